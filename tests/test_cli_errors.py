"""Bad configuration and bad arguments at the command line: one clear line, exit 2, no traceback.

Every case runs `python -m crawler` in a subprocess, as a user would, so an
exception that escapes `crawler.cli.main` shows up as the traceback it would
print. Nothing may be created on the way out (no store, no partial export).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.config import PROJECT_ROOT


def partynews(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crawler", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env=_env())


def _env() -> dict:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("PARTYNEWS_")}
    env["PYTHONPATH"] = str(PROJECT_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def assert_one_line_error(proc: subprocess.CompletedProcess, *expected: str) -> str:
    output = proc.stdout + proc.stderr
    assert "Traceback" not in output, output[-3000:]
    assert proc.returncode == 2, (proc.returncode, output[-2000:])
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    line = lines[0]
    assert line.startswith("partynews"), line
    assert "error" in line.lower(), line
    for text in expected:
        assert text in line, (text, line)
    return line


def make_store(path: Path) -> Path:
    from crawler.store import Store

    with Store(path):
        pass
    return path


# --- schedule files ---------------------------------------------------------------------


def test_schedule_that_is_not_toml(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("this is [not toml\n", encoding="utf-8")
    assert_one_line_error(partynews("scheduler", "check", "--schedule", str(bad), cwd=tmp_path), "bad.toml")


@pytest.mark.parametrize("body, expected", [
    ('[entries.x]\nsites = ["nosuch_site_at_all"]\ncron = "0 6 * * *"\n', "nosuch_site_at_all"),
    ('[entries.x]\ngroup = "central"\ncron = "99 * * * *"\n', "99 * * * *"),
    ('[entries.x]\ngroup = "central"\nevery = "often"\n', "often"),
    ('[entries.x]\ncron = "0 6 * * *"\n', "'x'"),
    ('max_parallel = "many"\n[entries.x]\ngroup = "central"\nevery = "1h"\n', "max_parallel"),
    ('[entries.x]\ngroup = "central"\nevery = "1h"\ntimezone = "Mars/Olympus"\n', "Mars/Olympus"),
    ('[entries.x]\ngroup = "central"\nevery = "1h"\nmax_items = -3\n', "max_items"),
])
def test_schedule_with_bad_values(tmp_path, body, expected):
    bad = tmp_path / "bad.toml"
    bad.write_text(body, encoding="utf-8")
    assert_one_line_error(partynews("scheduler", "check", "--schedule", str(bad), cwd=tmp_path), expected)


def test_missing_schedule_file(tmp_path):
    assert_one_line_error(partynews("scheduler", "check", "--schedule", str(tmp_path / "nope.toml"), cwd=tmp_path),
                          "nope.toml")


# --- crawl --------------------------------------------------------------------------------


def test_unknown_site_creates_nothing(tmp_path):
    db = tmp_path / "store" / "x.db"
    line = assert_one_line_error(partynews("crawl", "nosuchsite", "--db", str(db), cwd=tmp_path), "nosuchsite")
    assert "partynews sites" in line  # says where the known sites are
    assert not db.parent.exists()


def test_crawl_bad_since(tmp_path):
    db = tmp_path / "x.db"
    from crawler.sites import all_sites

    site = next(iter(all_sites()))
    assert_one_line_error(partynews("crawl", site, "--replay", "--since", "last tuesday", "--db", str(db), cwd=tmp_path),
                          "last tuesday")
    assert not db.exists()


def test_crawl_bad_setting(tmp_path):
    from crawler.sites import all_sites

    site = next(iter(all_sites()))
    assert_one_line_error(partynews("crawl", site, "--replay", "-s", "NOEQUALS", "--db", str(tmp_path / "x.db"),
                                    cwd=tmp_path), "NOEQUALS")


def test_crawl_url_not_http(tmp_path):
    assert_one_line_error(partynews("crawl-url", "ftp://example.org/x", "--db", str(tmp_path / "x.db"), cwd=tmp_path),
                          "ftp://example.org/x")


# --- export and search ----------------------------------------------------------------------


@pytest.mark.parametrize("command", [["export", "--out", "out.jsonl"], ["search", "đảng"]])
def test_missing_store(tmp_path, command):
    db = tmp_path / "missing.db"
    assert_one_line_error(partynews(*command, "--db", str(db), cwd=tmp_path), str(db))
    assert not db.exists()
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("command", [["export", "--out", "out.jsonl"], ["search", "đảng"]])
def test_store_that_is_not_sqlite(tmp_path, command):
    db = tmp_path / "garbage.db"
    db.write_bytes(b"this is not a database\n" * 100)
    assert_one_line_error(partynews(*command, "--db", str(db), cwd=tmp_path), "garbage.db")
    assert db.read_bytes() == b"this is not a database\n" * 100
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("out", ["/proc/nope/x.jsonl", "{tmp}/a_file/x.jsonl"])
def test_unwritable_export_path(tmp_path, out):
    db = make_store(tmp_path / "s.db")
    (tmp_path / "a_file").write_text("I am a file, not a folder")
    out = out.format(tmp=tmp_path)
    assert_one_line_error(partynews("export", "--out", out, "--db", str(db), cwd=tmp_path))
    assert (tmp_path / "a_file").read_text() == "I am a file, not a folder"


def test_export_into_read_only_proc_leaves_no_temp_file(tmp_path):
    db = make_store(tmp_path / "s.db")
    target = tmp_path / "exports"
    target.mkdir()
    (target / "articles.jsonl").write_text('{"previous": true}\n')
    (target / "articles.jsonl").chmod(0o444)
    # the target exists and is read-only: root may still replace it, so only check no debris is left either way
    proc = partynews("export", "--out", str(target / "articles.jsonl"), "--db", str(db), cwd=tmp_path)
    assert "Traceback" not in proc.stdout + proc.stderr
    assert sorted(p.name for p in target.iterdir()) == ["articles.jsonl"]


# --- extract ------------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["/nonexistent/page.html", "{tmp}"])
def test_extract_unreadable_source(tmp_path, source):
    source = source.format(tmp=tmp_path)
    assert_one_line_error(partynews("extract", source, cwd=tmp_path), source)


def test_extract_unknown_site(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><body><p>x</p></body></html>")
    assert_one_line_error(partynews("extract", str(page), "--site", "nosuchsite", cwd=tmp_path), "nosuchsite")


def test_extract_unreachable_url(tmp_path):
    import socket

    with socket.socket() as sock:  # a loopback port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert_one_line_error(partynews("extract", f"http://127.0.0.1:{port}/x.html", cwd=tmp_path), f"127.0.0.1:{port}")


# --- stores that exist but are empty or foreign ------------------------------------------------------


def test_search_on_foreign_sqlite_file_answers_cleanly(tmp_path):
    db = tmp_path / "foreign.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE other (x)")
    proc = partynews("search", "đảng", "--db", str(db), cwd=tmp_path)
    assert "Traceback" not in proc.stdout + proc.stderr
    assert proc.returncode in (1, 2)  # 1: no match (grep-like), 2: refused as not a store
    assert len([line for line in proc.stderr.splitlines() if line.strip()]) == 1


def test_search_does_not_write_into_a_foreign_sqlite_file(tmp_path):
    db = tmp_path / "foreign.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE other (x)")
    partynews("search", "đảng", "--db", str(db), cwd=tmp_path)
    with sqlite3.connect(db) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"other"}
