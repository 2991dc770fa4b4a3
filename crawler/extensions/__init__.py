"""Scrapy extensions of partynews: run history with per-site locks (`runs`), post-run checks (`monitor`)."""
