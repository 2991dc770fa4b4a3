"""The crawl-side commands: `sites`, `crawl` errors, `new-site` (on a temporary copy), `record` (loopback)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.cli import main
from crawler.config import PROJECT_ROOT
from crawler.sites import all_sites
from httpserver import Page, SiteServer, generate_site


def test_sites_json_lists_the_registry(capsys):
    assert main(["sites", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["key"] for row in rows] == list(all_sites())
    for row in rows:
        site = all_sites()[row["key"]]
        assert row["domains"] == list(site.domains) and row["start_urls"] == list(site.start_urls)
        assert set(row) == {"key", "name", "level", "province", "family", "domains", "start_urls"}


def test_unknown_site_is_one_line_exit_2_without_traceback():
    proc = subprocess.run([sys.executable, "-m", "crawler", "crawl", "no_such_site", "--db", "/nonexistent/x.db"],
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "no_such_site" in lines[0] and "partynews sites" in lines[0]
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("argv, message", [
    (["crawl"], "--all"),
    (["crawl", "--all", "--since", "yesterday-ish"], "not a date"),
])
def test_crawl_argument_errors(capsys, argv, message):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """The registry modules and fixture root copied to a temp project, for new-site to edit."""
    sites = tmp_path / "crawler" / "sites"
    sites.mkdir(parents=True)
    for module in (PROJECT_ROOT / "crawler" / "sites").glob("*.py"):
        shutil.copy(module, sites / module.name)
    (tmp_path / "tests" / "fixtures" / "sites").mkdir(parents=True)
    return tmp_path


def _family() -> str:
    from crawler.sites.families import FAMILIES

    return sorted(FAMILIES)[0] if FAMILIES else "none"


def test_new_site_scaffolds_entry_fixture_and_readme(project_copy, capsys):
    argv = ["new-site", "tinhuy_thu_nghiem", "--domain", "tinhuythunghiem.vn", "--family", _family(),
            "--start", "https://tinhuythunghiem.vn/tin-tuc", "--name", "Tỉnh ủy Thử Nghiệm", "--province", "Thử Nghiệm",
            "--root", str(project_copy)]
    assert main(argv) == 0
    registry = (project_copy / "crawler" / "sites" / "provincial.py").read_text(encoding="utf-8")
    entry_at, marker_at = registry.index("key='tinhuy_thu_nghiem'"), registry.index("# new-site inserts above this line")
    assert entry_at < marker_at
    namespace: dict = {}
    exec(compile(registry, "provincial.py", "exec"), namespace)  # the edited module still defines SITES
    (site,) = [s for s in namespace["SITES"] if s.key == "tinhuy_thu_nghiem"]
    assert site.domains == ("tinhuythunghiem.vn",) and site.start_urls == ("https://tinhuythunghiem.vn/tin-tuc",)
    assert site.province == "Thử Nghiệm" and site.level == "provincial"
    folder = project_copy / "tests" / "fixtures" / "sites" / "tinhuy_thu_nghiem"
    snapshot = json.loads((folder / "snapshot.json").read_text(encoding="utf-8"))
    assert snapshot["site"] == "tinhuy_thu_nghiem" and snapshot["pages"] == []
    assert (folder / "README.md").exists() and (folder / "expected").is_dir()
    # the real registry is untouched
    assert "tinhuy_thu_nghiem" not in (PROJECT_ROOT / "crawler" / "sites" / "provincial.py").read_text(encoding="utf-8")

    assert main(argv) == 2  # a second time: the key exists
    assert "already exists" in capsys.readouterr().err


def test_new_site_refuses_unknown_family_and_registered_key(project_copy, capsys):
    base = ["--domain", "x-test.vn", "--start", "https://x-test.vn/tin", "--root", str(project_copy)]
    assert main(["new-site", "x_test", "--family", "no_such_family", *base]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unknown family 'no_such_family'" in err[0]
    if all_sites():
        taken = next(iter(all_sites()))
        assert main(["new-site", taken, "--family", "none", *base]) == 2
        assert "already exists" in capsys.readouterr().err


def test_record_saves_pages_and_review_drafts(tmp_path):
    if not all_sites():
        pytest.fail("no registered site to record into")
    key = next(iter(all_sites()))
    pages = generate_site(3, per_page=3)
    pages["/old-link"] = Page(b"", 301, {"Location": "/tin-tuc/bai-viet-so-2.html"})
    from crawler.record import record_urls

    with SiteServer(pages) as server:
        recorded = record_urls([server.url("/tin-tuc"), server.url("/tin-tuc/bai-viet-so-3.html")], site=key,
                               fixtures_dir=tmp_path)
    assert [r.kind for r in recorded] == ["listing", "article"]
    folder = tmp_path / key
    manifest = json.loads((folder / "snapshot.json").read_text(encoding="utf-8"))
    assert manifest["synthetic"] is False and manifest["captured_at"]
    by_url = {p["url"]: p for p in manifest["pages"]}
    listing = by_url[server.url("/tin-tuc")]
    assert listing["article_links"] == [server.url(f"/tin-tuc/bai-viet-so-{i}.html") for i in (3, 2, 1)]
    article = by_url[server.url("/tin-tuc/bai-viet-so-3.html")]
    assert (folder / article["file"]).read_bytes() == pages["/tin-tuc/bai-viet-so-3.html"].body
    expected = json.loads((folder / article["expected"]).read_text(encoding="utf-8"))
    assert expected["_review"] is True and expected["title"] and expected["body"]

    # recording again replaces the entry instead of adding a second one
    with SiteServer(pages) as server2:
        record_urls([server2.url("/old-link")], site=key, fixtures_dir=tmp_path)
        manifest = json.loads((folder / "snapshot.json").read_text(encoding="utf-8"))
        redirect = [p for p in manifest["pages"] if p["url"] == server2.url("/old-link")]
        assert redirect and redirect[0]["status"] == 301


def test_record_without_a_site_for_the_url_is_a_clear_error(capsys):
    assert main(["record", "http://127.0.0.1:9/x.html"]) == 2
    assert "pass --site" in capsys.readouterr().err
