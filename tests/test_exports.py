"""Exports: schema-valid UTF-8 lines, incremental cursors, atomic replacement."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from crawler.cli import main
from crawler.config import PROJECT_ROOT, SCHEMA_PATH
from crawler.exports import ExportError, export_articles
from crawler.store import Store
from factories import make_article

VALIDATOR = Draft202012Validator(json.loads(SCHEMA_PATH.read_text()), format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "store.db"
    with Store(path) as store:
        store.upsert_articles([make_article(seed, site="hanam" if seed % 2 else "thanhhoa") for seed in range(1, 11)])
    return path


def lines(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_every_line_validates_and_keeps_vietnamese(db, tmp_path):
    out = tmp_path / "out" / "all.jsonl"
    result = export_articles(db, out)
    assert result.count == 10 and result.path == out
    raw = out.read_text(encoding="utf-8")
    assert "Đảng" in raw or "đảng" in raw
    assert "\\u" not in raw
    records = lines(out)
    for record in records:
        errors = list(VALIDATOR.iter_errors(record))
        assert not errors, errors[0].message
        assert {"id", "cluster_id", "is_original", "first_seen_at", "updated_at", "version", "change_seq"} <= set(record)
    seqs = [r["change_seq"] for r in records]
    assert seqs == sorted(seqs) and result.cursor == seqs[-1]


def test_incremental_after_cursor_returns_new_and_updated(db, tmp_path):
    first = export_articles(db, tmp_path / "a.jsonl")
    assert export_articles(db, tmp_path / "b.jsonl", after_cursor=first.cursor).count == 0
    changed = make_article(3, site="hanam", body=make_article(3)["body"] + "\n\nĐoạn cập nhật mới.")
    with Store(db) as store:
        store.upsert_articles([changed, make_article(50)])
    result = export_articles(db, tmp_path / "c.jsonl", after_cursor=first.cursor)
    records = lines(tmp_path / "c.jsonl")
    assert result.count == 2 and result.cursor > first.cursor
    updated = next(r for r in records if r["url"] == changed["url"])
    assert updated["version"] == 2 and updated["body"].endswith("Đoạn cập nhật mới.")


def test_consumer_cursor_saved_after_success(db, tmp_path):
    assert export_articles(db, tmp_path / "1.jsonl", consumer="dashboard").count == 10
    assert export_articles(db, tmp_path / "2.jsonl", consumer="dashboard").count == 0
    assert export_articles(db, tmp_path / "3.jsonl", consumer="other").count == 10
    with Store(db) as store:
        store.upsert_articles([make_article(99)])
        saved = store.conn.execute("SELECT cursor FROM consumers WHERE name = 'dashboard'").fetchone()[0]
    assert export_articles(db, tmp_path / "4.jsonl", consumer="dashboard").count == 1
    with Store(db) as store:
        assert store.conn.execute("SELECT cursor FROM consumers WHERE name = 'dashboard'").fetchone()[0] > saved


def test_filters_json_and_gzip(db, tmp_path):
    result = export_articles(db, tmp_path / "h.json.gz", format="json", site="hanam", gzip=True)
    with gzip.open(tmp_path / "h.json.gz", "rt", encoding="utf-8") as handle:
        records = json.load(handle)
    assert result.count == len(records) == 5 and {r["site"] for r in records} == {"hanam"}
    assert export_articles(db, tmp_path / "s.jsonl", since="2024-01-01T17:30").count == 1  # only seed 10, at 18:00
    empty = export_articles(db, tmp_path / "e.json", format="json", site="none")
    assert empty.count == 0 and json.loads((tmp_path / "e.json").read_text()) == []


def test_failure_keeps_previous_export_and_leaves_no_temp(db, tmp_path, monkeypatch):
    out = tmp_path / "x" / "articles.jsonl"
    export_articles(db, out)
    before = out.read_bytes()

    def broken(*args, **kwargs):
        yield {"change_seq": 1, "title": "một"}
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("crawler.exports.iter_records", broken)
    with pytest.raises(RuntimeError):
        export_articles(db, out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["articles.jsonl"]


def test_errors_are_export_errors(db, tmp_path):
    with pytest.raises(ExportError, match="no store"):
        export_articles(tmp_path / "missing.db", tmp_path / "o.jsonl")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError):
        export_articles(db, blocker / "o.jsonl")
    with pytest.raises(ExportError, match="format"):
        export_articles(db, tmp_path / "o.csv", format="csv")


SLOW_EXPORT = """
import sys, time
import crawler.exports as exports
real = exports.json.dumps
class SlowJson:
    @staticmethod
    def dumps(*args, **kwargs):
        time.sleep(0.01)
        return real(*args, **kwargs)
exports.json = SlowJson
exports.export_articles(sys.argv[1], sys.argv[2])
"""


def test_sigkill_mid_export_leaves_previous_file_intact(tmp_path):
    db = tmp_path / "big.db"
    with Store(db) as store:
        store.upsert_articles([make_article(seed, paragraphs=2) for seed in range(400)])
    out = tmp_path / "exp" / "articles.jsonl"
    out.parent.mkdir()
    out.write_text('{"previous": "bản xuất trước"}\n', encoding="utf-8")
    before = out.read_bytes()
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", SLOW_EXPORT, str(db), str(out)], env=env)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            temps = [p for p in out.parent.iterdir() if p.name.endswith(".tmp") and p.stat().st_size > 0]
            if temps:
                break
            assert proc.poll() is None, "export finished before it could be killed"
            time.sleep(0.02)
        else:
            pytest.fail("no temporary file appeared")
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert out.read_bytes() == before
    assert [p.name for p in out.parent.iterdir() if not p.name.endswith(".tmp")] == ["articles.jsonl"]


def test_cli_export(db, tmp_path, capsys, monkeypatch):
    out = tmp_path / "cli.jsonl"
    assert main(["export", "--db", str(db), "--out", str(out), "--site", "hanam"]) == 0
    assert "exported 5 articles, cursor" in capsys.readouterr().err
    assert len(lines(out)) == 5
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PARTYNEWS_DB", str(db))
    assert main(["export", "--consumer", "c1", "--gzip"]) == 0
    written = list((tmp_path / "exports").glob("articles-*.jsonl.gz"))
    assert len(written) == 1 and len(lines(written[0])) == 10
    assert main(["export", "--db", str(tmp_path / "none.db")]) == 2
    assert "no store at" in capsys.readouterr().err
    (tmp_path / "blocker").write_text("")
    assert main(["export", "--db", str(db), "--out", str(tmp_path / "blocker" / "x.jsonl")]) == 2
