"""partynews: a crawler for news on the websites of the Communist Party of Vietnam."""

__version__ = "0.1.0"
