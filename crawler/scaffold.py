"""`partynews new-site`: scaffold a site - registry entry, fixture folder, README note.

The entry is inserted as source text above the marker line
``# new-site inserts above this line`` of ``crawler/sites/central.py`` or
``provincial.py``, so the registry stays plain, reviewable Python. `root` is the
project root to write into (tests pass a temporary copy).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from crawler.config import PROJECT_ROOT

MARKER = "# new-site inserts above this line"
LEVELS = ("provincial", "central")
NO_FAMILY = ("none", "generic")
_KEY = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


class ScaffoldError(ValueError):
    """The new site cannot be scaffolded (bad key, taken key, unknown family ...)."""


@dataclass
class NewSite:
    key: str
    domain: str
    family: str | None
    start_url: str
    name: str
    level: str = "provincial"
    province: str | None = None


def validate(spec: NewSite, root: Path) -> None:
    """Raise ScaffoldError unless the site can be added under `root`."""
    from crawler.sites.families import FAMILIES

    if not _KEY.match(spec.key):
        raise ScaffoldError(f"bad key {spec.key!r}: use lower-case letters, digits and _ (e.g. tinhuy_hanam)")
    if spec.level not in LEVELS:
        raise ScaffoldError(f"bad level {spec.level!r}: use {' or '.join(LEVELS)}")
    if spec.family is not None and spec.family not in FAMILIES:
        known = ", ".join(sorted(FAMILIES)) or "none registered"
        raise ScaffoldError(f"unknown family {spec.family!r}; known families: {known} (or 'none' for generic)")
    if not _DOMAIN.match(spec.domain):
        raise ScaffoldError(f"bad domain {spec.domain!r}: give a host name such as tinhuy.example.vn")
    parts = urlsplit(spec.start_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ScaffoldError(f"bad start URL {spec.start_url!r}: give an http(s) URL")
    host = parts.hostname.lower()
    bare = spec.domain.removeprefix("www.")
    if host != spec.domain and host != bare and not host.endswith("." + bare):
        raise ScaffoldError(f"start URL {spec.start_url} is not on {spec.domain}")
    for module in registry_files(root):
        if re.search(rf"""key\s*=\s*["']{re.escape(spec.key)}["']""", module.read_text(encoding="utf-8")):
            raise ScaffoldError(f"site {spec.key!r} already exists in {module.relative_to(root)}")
    if (fixture_dir(root, spec.key)).exists():
        raise ScaffoldError(f"fixture folder {fixture_dir(root, spec.key).relative_to(root)} already exists")


def registry_files(root: Path) -> list[Path]:
    return [root / "crawler" / "sites" / f"{level}.py" for level in LEVELS]


def fixture_dir(root: Path, key: str) -> Path:
    return root / "tests" / "fixtures" / "sites" / key


def entry_source(spec: NewSite, indent: str = "    ") -> str:
    """The `Site(...)` source inserted into the registry."""
    lines = [
        "Site(",
        f"    key={spec.key!r},",
        f"    name={spec.name!r},",
        f"    level={spec.level!r},",
        f"    domains=({spec.domain!r},),",
        f"    start_urls=({spec.start_url!r},),",
        f"    family={spec.family!r},",
    ]
    if spec.province:
        lines.append(f"    province={spec.province!r},")
    lines.append('    notes="Scaffolded by `partynews new-site`: check selectors and record a snapshot.",')
    lines.append("),")
    return "".join(f"{indent}{line}\n" for line in lines)


def new_site(spec: NewSite, root: str | Path | None = None) -> list[Path]:
    """Add the site under `root` (default: this project); returns the files written."""
    root = Path(root) if root else PROJECT_ROOT
    validate(spec, root)
    registry = root / "crawler" / "sites" / f"{spec.level}.py"
    text = registry.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.strip() == MARKER:
            indent = line[: len(line) - len(line.lstrip())]
            lines.insert(index, entry_source(spec, indent))
            break
    else:
        raise ScaffoldError(f"{registry.relative_to(root)} has no line {MARKER!r}")
    registry.write_text("".join(lines), encoding="utf-8")

    folder = fixture_dir(root, spec.key)
    (folder / "expected").mkdir(parents=True)
    snapshot = {
        "site": spec.key,
        "synthetic": True,
        "captured_at": None,
        "note": "Skeleton from `partynews new-site`: run `partynews record URL --site "
                f"{spec.key}` for a listing and a few articles, then review expected/*.json.",
        "start_url": spec.start_url,
        "pages": [],
    }
    (folder / "snapshot.json").write_text(json.dumps(snapshot, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    readme = folder / "README.md"
    readme.write_text(
        f"# {spec.name} (`{spec.key}`)\n\n"
        f"Domain `{spec.domain}`, family `{spec.family or 'none (generic layers)'}`, start URL {spec.start_url}.\n\n"
        "To do:\n\n"
        f"1. `partynews record {spec.start_url} --site {spec.key}` and a few article URLs from that listing.\n"
        "2. Check each `expected/*.json` against the page, fix it by hand, remove `\"_review\": true`.\n"
        "3. Fill `article_links` of the listing in `snapshot.json` (the links a reader sees in its article area).\n"
        f"4. Run `partynews crawl {spec.key} --replay --db /tmp/{spec.key}.db` and the site's tests.\n",
        encoding="utf-8",
    )
    return [registry, folder / "snapshot.json", readme]
