"""CMS families, one module each; every module defines `FAMILY = Family(...)`.

Modules are discovered, so adding a family is adding a file.
"""

from __future__ import annotations

import importlib
import pkgutil

from crawler.sites import Family


def _discover() -> dict[str, Family]:
    families: dict[str, Family] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        family = getattr(module, "FAMILY", None)
        if isinstance(family, Family):
            families[family.name] = family
    return families


FAMILIES: dict[str, Family] = _discover()
