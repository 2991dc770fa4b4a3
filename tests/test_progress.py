"""The progress line of a manual crawl: redrawn on a terminal, absent in cron and CI, plain when forced."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from crawler.config import PROJECT_ROOT

LINE = re.compile(r"progress \d+:\d\d  sites (\d+)/(\d+) done  pages (\d+)  articles (\d+) \((\d+) new stored\)  "
                  r"rejects (\d+)  [\d.]+ pages/s")


def _crawl(tmp_path: Path, *extra: str, stderr) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    env.pop("PARTYNEWS_PROGRESS", None)
    return subprocess.Popen(
        [sys.executable, "-m", "crawler", "crawl", "nhandan", "dangcongsan", "--replay", "--db", str(tmp_path / "s.db"),
         *extra],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=stderr, stdin=subprocess.DEVNULL,
    )


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO once the child has closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def test_on_a_terminal_the_line_is_redrawn_and_ends_with_the_totals(tmp_path):
    master, slave = pty.openpty()
    proc = _crawl(tmp_path, "--set", "PARTYNEWS_PROGRESS_INTERVAL=0.05", stderr=slave)
    os.close(slave)
    out = _read_all(master).decode("utf-8", "replace")
    os.close(master)
    stdout, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, out[-3000:]
    assert "\r\x1b[K" in out
    lines = [m for m in LINE.finditer(out)]
    assert lines, out[-3000:]
    sites, total, pages, articles, new, rejects = map(int, lines[-1].groups())
    summary = stdout.decode().splitlines()[-1].split()
    assert (sites, total) == (2, 2)
    assert summary[0] == "total" and pages == int(summary[1]) and new == int(summary[2]) == articles > 0
    assert rejects == 0


def test_not_a_terminal_no_progress(tmp_path):
    proc = _crawl(tmp_path, "--set", "PARTYNEWS_PROGRESS_INTERVAL=0.05", stderr=subprocess.PIPE)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0
    assert b"sites 2/2 done" not in err and not LINE.search(err.decode())


def test_forced_on_prints_plain_lines_and_quiet_turns_it_off(tmp_path):
    proc = _crawl(tmp_path, "--set", "PARTYNEWS_PROGRESS=on", "--set", "PARTYNEWS_PROGRESS_INTERVAL=0.05",
                  stderr=subprocess.PIPE)
    _, err = proc.communicate(timeout=120)
    text = err.decode()
    assert proc.returncode == 0
    assert "\r" not in text
    assert [m.group(1, 2) for m in LINE.finditer(text)][-1] == ("2", "2")
    quiet = _crawl(tmp_path, "--quiet", "--set", "PARTYNEWS_PROGRESS_INTERVAL=0.05", stderr=subprocess.PIPE)
    _, err = quiet.communicate(timeout=120)
    assert quiet.returncode == 0 and not LINE.search(err.decode())
