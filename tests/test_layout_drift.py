"""A site redesigns its article pages: the generic layer keeps the articles coming and the run says so.

The site's rules are the first layer; when its article container disappears (here
nhandan's `article__body` / `cms-body` classes and its title classes are renamed in a
copy of its snapshot), every page must still yield its article through the generic
layer, with the same title and nearly the same text, no boilerplate, and the run's
"site rules match" check must fail, so `partynews status` flags the site.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import unicodedata

from crawler.config import PROJECT_ROOT, SITE_FIXTURES_DIR
from crawler.urls import canonicalize_url
from test_replay_crawl import BOILERPLATE

SITE = "nhandan"
RENAMES = {
    "article__body cms-body zce-content-body": "detail-content-v2",
    "article__title cms-title": "detail-title-v2",
    "article__sapo cms-desc": "detail-sapo-v2",
}


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text or "").lower().split()


def _recall(expected: str, got: str) -> float:
    """Share of the expected body's words found, in order-insensitive multiset terms, in the stored body."""
    want, have = _words(expected), _words(got)
    pool: dict[str, int] = {}
    for word in have:
        pool[word] = pool.get(word, 0) + 1
    hit = 0
    for word in want:
        if pool.get(word, 0) > 0:
            pool[word] -= 1
            hit += 1
    return hit / len(want) if want else 1.0


def _redesigned_fixtures(tmp_path):
    root = tmp_path / "sites"
    shutil.copytree(SITE_FIXTURES_DIR / SITE, root / SITE)
    manifest = json.loads((root / SITE / "snapshot.json").read_text(encoding="utf-8"))
    articles = [p for p in manifest["pages"] if p.get("expected")]
    for page in articles:
        path = root / SITE / page["file"]
        html = path.read_text(encoding="utf-8")
        for old, new in RENAMES.items():
            assert old in html, f"{page['file']} no longer has class {old!r}: update this test"
            html = html.replace(old, new)
        path.write_text(html, encoding="utf-8")
    return root, articles


def test_redesigned_site_falls_back_to_generic_and_fails_the_rules_check(tmp_path):
    root, articles = _redesigned_fixtures(tmp_path)
    db = tmp_path / "store.db"
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "crawler", "crawl", SITE, "--replay", "--db", str(db), "--quiet",
         "--set", f"PARTYNEWS_REPLAY_DIR={root}"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]

    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    stored = {row["canonical_url"]: dict(row) for row in conn.execute("SELECT * FROM articles")}
    [run] = [dict(r) for r in conn.execute("SELECT * FROM runs WHERE site = ?", (SITE,))]
    conn.close()

    assert len(stored) == len(articles)
    for page in articles:
        expected = json.loads((SITE_FIXTURES_DIR / SITE / page["expected"]).read_text(encoding="utf-8"))
        row = stored[canonicalize_url(expected.get("canonical_url") or page["url"])]
        assert json.loads(row["extraction"])["body"] == "generic", page["url"]
        assert row["title"] == expected["title"]
        assert row["published"] == expected["published"]
        assert _recall(expected["body"], row["body"]) >= 0.95, page["url"]
        assert len(_words(row["body"])) <= 1.05 * len(_words(expected["body"])), page["url"]
        assert not [phrase for phrase in BOILERPLATE if phrase in row["body"]], page["url"]

    checks = {c["check"]: c for c in json.loads(run["checks"])}
    [rules] = [c for name, c in checks.items() if "rules" in name.lower()]
    assert rules["status"] == "FAIL" and "generic layer" in rules["message"]
    assert run["alerts"] >= 1

    status = subprocess.run([sys.executable, "-m", "crawler", "status", "--json", "--db", str(db)],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert status.returncode == 0, status.stderr
    [row] = [r for r in json.loads(status.stdout) if r["site"] == SITE]
    assert row["warning"] and "rules" in row["warning"].lower()
