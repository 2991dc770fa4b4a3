"""Per-site locks across processes: exclusive, released, stale ones recovered."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta

from crawler.config import PROJECT_ROOT
from crawler.extensions.runs import ensure_runs_table
from crawler.locks import SiteLock, connect, current_locks, iso, pid_alive, recover_stale_locks, utcnow


def test_acquire_is_exclusive_until_released(tmp_path):
    db = tmp_path / "s.db"
    first = SiteLock(db, "nhandan")
    second = SiteLock(db, "nhandan")
    other_site = SiteLock(db, "hue")
    assert first.acquire()
    assert not second.acquire()
    assert other_site.acquire()
    assert second.holder()["token"] == first.token
    first.release()
    assert second.acquire()
    assert [row["site"] for row in current_locks(db)] == ["hue", "nhandan"]


def test_release_only_removes_own_lock(tmp_path):
    db = tmp_path / "s.db"
    mine = SiteLock(db, "hue")
    assert mine.acquire()
    impostor = SiteLock(db, "hue")
    impostor.held = True  # pretend; its token differs
    impostor.release()
    assert mine.holder()["token"] == mine.token


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_lock_of_a_dead_process_is_recovered_and_its_run_closed(tmp_path):
    db_path = tmp_path / "s.db"
    db = connect(db_path)
    ensure_runs_table(db)
    run_id = db["runs"].insert({"site": "hue", "outcome": "running", "started_at": iso(utcnow())}).last_pk
    db.conn.close()
    dead = SiteLock(db_path, "hue", run_id=run_id, pid=_dead_pid())
    assert dead.acquire()
    taker = SiteLock(db_path, "hue")
    assert taker.acquire()
    assert taker.recovered["pid"] == dead.pid
    db = connect(db_path)
    run = db["runs"].get(run_id)
    assert run["outcome"] == "crashed" and run["finish_reason"] == "lock_recovered" and run["finished_at"]
    assert not dead.heartbeat()  # the dead holder has lost it


def test_zombie_counts_as_dead():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with open(f"/proc/{child.pid}/stat") as fh:
            if fh.read().rsplit(")", 1)[1].split()[0] == "Z":
                break
        time.sleep(0.02)
    assert not pid_alive(child.pid)
    child.wait()
    assert pid_alive(os.getpid())


def test_stale_heartbeat_from_another_host(tmp_path):
    db = tmp_path / "s.db"
    remote = SiteLock(db, "hue", host="elsewhere", pid=1, stale_after=60)
    assert remote.acquire()
    assert not SiteLock(db, "hue", stale_after=60).acquire()  # fresh: a live holder elsewhere
    conn = connect(db)
    conn.conn.execute("UPDATE locks SET heartbeat_at = ?", (iso(utcnow() - timedelta(seconds=120)),))
    conn.conn.close()
    assert recover_stale_locks(db, stale_after=60)[0]["host"] == "elsewhere"
    assert SiteLock(db, "hue", stale_after=60).acquire()


def test_heartbeat_keeps_a_remote_lock_fresh(tmp_path):
    db = tmp_path / "s.db"
    remote = SiteLock(db, "hue", host="elsewhere", pid=1, stale_after=60)
    assert remote.acquire()
    conn = connect(db)
    conn.conn.execute("UPDATE locks SET heartbeat_at = ?", (iso(utcnow() - timedelta(seconds=120)),))
    conn.conn.close()
    assert remote.heartbeat()
    assert recover_stale_locks(db, stale_after=60) == []


RACER = """
import json, sys, time
from crawler.locks import SiteLock
db, start = sys.argv[1], float(sys.argv[2])
while time.time() < start:
    time.sleep(0.001)
lock = SiteLock(db, "hue")
won = lock.acquire()
print(json.dumps(won))
sys.stdout.flush()
time.sleep(1.0)
"""


def test_racing_processes_get_one_lock(tmp_path):
    db = str(tmp_path / "s.db")
    SiteLock(db, "init").acquire()  # create the table before the race
    start = time.time() + 1.5
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    racers = [
        subprocess.Popen([sys.executable, "-c", RACER, db, str(start)], stdout=subprocess.PIPE, text=True, env=env)
        for _ in range(6)
    ]
    results = [json.loads(p.communicate(timeout=30)[0]) for p in racers]
    assert results.count(True) == 1


def test_sigkilled_holder_is_recovered(tmp_path):
    db = str(tmp_path / "s.db")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time\nfrom crawler.locks import SiteLock\n"
         "assert SiteLock(sys.argv[1], 'hue').acquire()\nprint('held', flush=True)\ntime.sleep(60)", db],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
    )
    assert holder.stdout.readline().strip() == "held"
    assert not SiteLock(db, "hue").acquire()
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    assert SiteLock(db, "hue").acquire()
