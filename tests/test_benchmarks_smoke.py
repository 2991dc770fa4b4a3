"""The store benchmark still runs end to end and reports sane figures (tiny sizes, so it stays fast).

It runs `benchmarks/bench_store.py` in a subprocess, as `benchmarks/run_all.py`
does, at 300 pages, and reads its --json output. One size keeps it under ten
seconds (every phase is a child process); the growth figures, which need two
sizes, are checked on that result against itself, where every growth is 1.0.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PER_SIZE = ("insert", "known_urls", "has_url", "neardup", "recall", "db", "export", "rss_insert", "rss_neardup",
            "rss_export")
GROWTH = ("growth_insert", "growth_known_urls", "growth_has_url", "growth_neardup", "growth_db", "growth_export",
          "growth_rss_insert", "growth_rss_neardup", "growth_rss_export")


def test_bench_store_reports_every_figure_with_its_baseline(tmp_path):
    out = tmp_path / "store.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_store.py"), "--n", "300", "--lookups", "200",
         "--probes", "40", "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:] + proc.stdout[-2000:]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["checks_failed"] == []

    figures = {(f.get("n"), f["key"]): f for f in data["figures"]}
    assert {(300, key) for key in PER_SIZE} == set(figures)
    for figure in figures.values():
        assert figure["ours"] > 0 and math.isfinite(figure["ours"]), figure
        assert figure["baseline"] > 0 and math.isfinite(figure["baseline"]), figure
        assert figure["ratio"] == figure["ours"] / figure["baseline"], figure
        assert figure["name"] in proc.stdout

    assert 20 < figures[(300, "rss_insert")]["ours"] < 2000
    assert figures[(300, "recall")]["ours"] >= 0.5
    result = data["sizes"]["300"]
    outcomes = result["insert_store"]["outcomes"]
    assert sum(outcomes.values()) == 300
    assert outcomes["new"] > 0 and outcomes["duplicate"] > 0 and outcomes["updated"] > 0
    assert result["neardup_store"]["false_positives"] == 0
    assert result["export_store"]["records"] == result["insert_store"]["counts"]["articles"]
    assert result["lookups"]["store_known_urls"]["known"] == result["lookups"]["expected_known"] > 0

    sys.path.insert(0, str(ROOT))
    from benchmarks.bench_store import growth

    growths = {f["key"]: f for f in growth(result, result, 300, 300)}
    assert set(growths) == set(GROWTH)
    for figure in growths.values():
        assert figure["ours"] == pytest.approx(1.0) and figure["baseline"] == pytest.approx(1.0), figure
