"""`partynews record`: capture live pages into a site's snapshot, for someone with network.

Each URL is fetched once (plain urllib), saved in ``tests/fixtures/sites/<key>/``
and entered in its ``snapshot.json`` with ``"synthetic": false`` and the capture
time. For an article page the extractor's output is written to
``expected/<name>.json`` marked ``"_review": true``: it is a draft for a human to
check against the page, never ground truth as written.
"""

from __future__ import annotations

import hashlib
import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from crawler.config import SITE_FIXTURES_DIR

EXPECTED_FIELDS = ("title", "published", "published_precision", "authors", "source", "lead", "body", "images",
                   "tags", "category", "canonical_url")
USER_AGENT = "partynews-record/0.1 (+https://github.com/partynews/partynews)"


class RecordError(ValueError):
    """A URL that cannot be recorded (no site for it, fetch failed)."""


@dataclass
class Fetched:
    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    content_type: str
    body: bytes


@dataclass
class Recorded:
    url: str
    file: str
    kind: str
    expected: str | None = None


def fetch_url(url: str, timeout: float = 30.0) -> Fetched:
    """GET a URL; HTTP error statuses are returned (and recorded), network failures raise RecordError."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (user-given URL)
            return Fetched(url, response.geturl(), response.status,
                           response.headers.get("Content-Type", "text/html; charset=utf-8"), response.read())
    except urllib.error.HTTPError as exc:
        return Fetched(url, url, exc.code, exc.headers.get("Content-Type", "text/html"), exc.read())
    except (urllib.error.URLError, OSError) as exc:
        raise RecordError(f"cannot fetch {url}: {getattr(exc, 'reason', exc)}") from None


def page_name(url: str, kind: str) -> str:
    """A stable file stem for a URL: re-recording a page overwrites its files."""
    tail = re.sub(r"[^a-z0-9]+", "-", url.lower().rsplit("/", 1)[-1])[:40].strip("-") or "index"
    return f"{kind}-{tail}-{hashlib.sha1(url.encode()).hexdigest()[:8]}"


def record_urls(urls: list[str], *, site: str | None = None, fixtures_dir: str | Path | None = None,
                fetch=fetch_url, now: datetime | None = None, kind: str | None = None) -> list[Recorded]:
    """Fetch and save each URL into its site's snapshot; returns what was written.

    `kind` ("listing" or "article") overrides the guess made from the page.
    """
    from crawler.sites import get_site, site_for_url

    root = Path(fixtures_dir) if fixtures_dir else SITE_FIXTURES_DIR
    captured_at = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    if site:
        try:
            get_site(site)
        except KeyError as exc:
            raise RecordError(exc.args[0]) from None
    recorded = []
    for url in urls:
        key = site
        if key is None:
            found = site_for_url(url)
            if found is None:
                raise RecordError(f"no registered site serves {url}; pass --site KEY")
            key = found.key
        recorded.extend(_record_one(fetch(url), key, root / key, captured_at, kind))
    return recorded


def _guess_kind(fetched: Fetched, key: str) -> str:
    """"listing" when the page shows a list of article links (site rules or generic finder), else "article"."""
    from parsel import Selector

    from crawler.extract import looks_like_article
    from crawler.sites import get_site
    from spiders.generic import discover_article_links

    if not looks_like_article(fetched.body, fetched.final_url)[0]:
        return "listing"
    rules = get_site(key).listing_rules
    if rules.links:
        selector = Selector(text=fetched.body.decode("utf-8", "replace"))
        if sum(len(selector.css(css)) for css in rules.links) >= 2:
            return "listing"
    return "listing" if len(discover_article_links(fetched.body, fetched.final_url)) >= 3 else "article"


def _record_one(fetched: Fetched, key: str, folder: Path, captured_at: str, forced_kind: str | None = None) -> list[Recorded]:
    from crawler.extract import extract_article

    folder.mkdir(parents=True, exist_ok=True)
    manifest_path = folder / "snapshot.json"
    manifest = (json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists()
                else {"site": key, "synthetic": False, "captured_at": captured_at, "pages": []})
    entries: list[dict] = []
    written: list[Recorded] = []
    if fetched.final_url != fetched.url:
        entries.append({"url": fetched.url, "status": 301, "location": fetched.final_url,
                        "synthetic": False, "captured_at": captured_at})
    if "json" in fetched.content_type.lower():
        kind = "json"
    elif fetched.status >= 400:
        kind = "other"
    else:
        kind = forced_kind or _guess_kind(fetched, key)
    name = page_name(fetched.final_url, kind)
    file_name = f"{name}.json" if kind == "json" else f"{name}.html"
    (folder / file_name).write_bytes(fetched.body)
    entry = {"url": fetched.final_url, "file": file_name, "kind": kind, "synthetic": False, "captured_at": captured_at}
    if fetched.status != 200:
        entry["status"] = fetched.status
    if not fetched.content_type.lower().startswith("text/html"):
        entry["content_type"] = fetched.content_type
    record = Recorded(fetched.final_url, file_name, kind)
    if kind == "listing":
        from spiders.generic import discover_article_links

        entry["article_links"] = discover_article_links(fetched.body, fetched.final_url)
        entry["_review"] = True  # found by the generic finder: a human checks them against the page
    elif kind == "article":
        article = extract_article(fetched.body, fetched.final_url, site=key, fetched_at=captured_at)
        data = article.to_dict()
        expected = {name_: data[name_] for name_ in EXPECTED_FIELDS if data.get(name_) not in (None, "", [])}
        expected["_review"] = True
        (folder / "expected").mkdir(exist_ok=True)
        expected_file = f"expected/{name}.json"
        (folder / expected_file).write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        entry["expected"] = record.expected = expected_file
    entries.append(entry)
    urls = {e["url"] for e in entries}
    manifest["pages"] = [p for p in manifest.get("pages", []) if p.get("url") not in urls] + entries
    manifest["captured_at"] = captured_at
    manifest["synthetic"] = not all(p.get("synthetic") is False for p in manifest["pages"])
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    written.append(record)
    return written
