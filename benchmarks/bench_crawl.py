"""Crawl throughput, end to end (download, extraction, pipelines, store), against `scrapy bench`.

  python benchmarks/bench_crawl.py [--articles 10000] [--small 1000] [--bench-seconds 10] [--json OUT]

(a) replay crawl of every registered site from the snapshots (`crawl --all --replay`);
(b) a generated news site of N articles (listing pages of 20 links, articles from a
    template with varied text) served on loopback by `tests/httpserver.py`: pages/s and
    peak RSS, at --small and at --articles articles;
(c) `scrapy bench -s CLOSESPIDER_TIMEOUT=<s>` (Scrapy's own loopback spider, no parsing,
    no storage), run in the same invocation as the baseline, once before and once
    after our crawls: the median of its steady pages/min from both logs, and its
    peak RSS.

Ratios are ours / scrapy bench. A crawl that exits non-zero or stores fewer new
articles than the generated site holds fails the benchmark instead of being timed.

Each crawl runs in its own subprocess (Twisted's reactor starts once per process);
times exclude interpreter start-up. Politeness is off for (b): no robots.txt, no
AutoThrottle, no delay, 16 concurrent requests per domain.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

UNPOLITE = {
    "ROBOTSTXT_OBEY": False,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "PARTYNEWS_STOP_AFTER_KNOWN": 1_000_000,
    "PARTYNEWS_MAX_LISTING_PAGES": 100_000,
}


def child(spec_path: str) -> None:
    """Run one crawl in this process and print its figures as JSON."""
    spec = json.loads(Path(spec_path).read_text())
    from crawler.crawl import run_crawl
    from crawler.extract.rules import ListingRules
    from crawler.sites import Site

    if spec.get("all_replay"):
        from crawler.sites import all_sites

        sites, replay = list(all_sites()), True
    else:
        sites = [Site(key="bench_site", name="Benchmark site", level="provincial", domains=("127.0.0.1",),
                      start_urls=(spec["start_url"],),
                      listing=ListingRules(links=(".list-news article h3 a",), next_page=("a.next",)))]
        replay = False
    results = []
    started = time.perf_counter()
    code = run_crawl(sites, db=spec["db"], replay=replay, quiet=True, settings_overrides=spec.get("settings"),
                     results=results)
    elapsed = time.perf_counter() - started
    print(json.dumps({
        "code": code,
        "elapsed": elapsed,
        "pages": sum(r.pages for r in results),
        "items": sum(r.items for r in results),
        "new": sum(r.new for r in results),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


def run_child(spec: dict, workdir: Path, name: str) -> dict:
    spec_path = workdir / f"{name}.json"
    spec_path.write_text(json.dumps(spec))
    proc = subprocess.run([sys.executable, __file__, "--child", str(spec_path)], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_generated(n_articles: int, workdir: Path) -> dict:
    from httpserver import SiteServer, generate_site

    pages = generate_site(n_articles, per_page=20)
    with SiteServer(pages) as server:
        return run_child({"start_url": server.url("/tin-tuc"), "db": str(workdir / f"gen-{n_articles}.db"),
                          "settings": UNPOLITE}, workdir, f"gen-{n_articles}")


def bench_scrapy(seconds: int, workdir: Path) -> dict:
    """`scrapy bench` outside the project (Scrapy's defaults): its steady pages/min and its peak RSS.

    The peak comes from wait4() on the `scrapy bench` process (the largest of it and
    the mock server it starts and waits for)."""
    out, err = workdir / "scrapy-bench.out", workdir / "scrapy-bench.err"
    started = time.perf_counter()
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "scrapy", "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}"],
                                cwd=workdir, stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - started
    log = err.read_text(encoding="utf-8", errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"scrapy bench failed (exit {proc.returncode}):\n{log[-3000:]}")
    rates = [int(r) for r in re.findall(r"Crawled \d+ pages \(at (\d+) pages/min\)", log)]
    steady = [r for r in rates[1:] if r > 0] or rates
    pages = re.search(r"'response_received_count': (\d+)", log)
    return {"pages_per_min": statistics.median(steady) if steady else 0.0, "rates": rates,
            "pages": int(pages.group(1)) if pages else 0, "elapsed": elapsed, "peak_rss_mb": usage.ru_maxrss / 1024}


def combine(before: dict, after: dict) -> dict:
    """`scrapy bench` is run before and after our crawls, so that a busy moment on the machine weighs on
    the baseline no more than on us: the median of both runs' steady rates, the larger peak RSS."""
    steady = [r for run in (before, after) for r in run["rates"][1:] if r > 0]
    return {"pages_per_min": statistics.median(steady) if steady else 0.0, "runs": [before, after],
            "pages": before["pages"] + after["pages"], "elapsed": before["elapsed"] + after["elapsed"],
            "peak_rss_mb": max(before["peak_rss_mb"], after["peak_rss_mb"])}


def figures_of(runs: dict[str, dict], small: int, large: int, bench: dict) -> list[dict]:
    """Headline figures, each beside the `scrapy bench` figure measured in this run; ratio = ours / baseline."""
    base_rate, base_rss = bench["pages_per_min"] / 60, bench["peak_rss_mb"]
    figures = []
    for key, label in (("replay", "replay, all sites"), ("small", f"loopback, {small} articles"),
                       ("large", f"loopback, {large} articles")):
        r = runs[key]
        figures.append({"key": f"{key}_pages_per_s", "name": f"crawl {label}: pages/s (vs scrapy bench)",
                        "ours": r["pages_per_s"], "baseline": base_rate,
                        "ratio": r["pages_per_s"] / base_rate if base_rate else None})
    for key, label in (("small", f"{runs['small']['pages']} pages"), ("large", f"{runs['large']['pages']} pages")):
        r = runs[key]
        figures.append({"key": f"{key}_peak_rss", "name": f"crawl peak RSS MB, {label} (vs scrapy bench)",
                        "ours": r["peak_rss_mb"], "baseline": base_rss, "ratio": r["peak_rss_mb"] / base_rss})
    return figures


def check(name: str, run: dict, articles: int | None) -> list[str]:
    """A crawl that failed or missed articles must not be reported as a speed."""
    problems = [f"{name}: run_crawl returned {run['code']}"] if run["code"] != 0 else []
    if articles is not None and run["new"] != articles:
        problems.append(f"{name}: stored {run['new']} new articles of {articles}")
    if articles is None and run["items"] == 0:
        problems.append(f"{name}: no articles")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles of the large generated site")
    parser.add_argument("--small", type=int, default=1_000, help="articles of the small generated site")
    parser.add_argument("--bench-seconds", type=int, default=10, help="CLOSESPIDER_TIMEOUT of scrapy bench")
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        workdir = Path(tmp)
        before = bench_scrapy(args.bench_seconds, workdir)
        runs = {"replay": run_child({"all_replay": True, "db": str(workdir / "replay.db")}, workdir, "replay"),
                "small": bench_generated(args.small, workdir), "large": bench_generated(args.articles, workdir)}
        after = bench_scrapy(args.bench_seconds, workdir)
    scrapy_bench = combine(before, after)
    for r in runs.values():
        r["pages_per_s"] = r["pages"] / r["elapsed"] if r["elapsed"] else 0.0
    problems = (check("(a) replay", runs["replay"], None) + check("(b) small", runs["small"], args.small)
                + check("(b) large", runs["large"], args.articles))
    figures = figures_of(runs, args.small, args.articles, scrapy_bench)

    baseline = scrapy_bench["pages_per_min"]
    names = {"replay": "(a) replay, all sites", "small": f"(b) loopback, {args.small} articles",
             "large": f"(b) loopback, {args.articles} articles"}
    print(f"\n{'run':<30} {'pages':>7} {'items':>7} {'seconds':>8} {'pages/s':>8} {'pages/min':>10} "
          f"{'peak RSS MB':>12} {'ours/bench':>11}")
    for key, r in runs.items():
        ratio = f"{r['pages_per_s'] * 60 / baseline:.2f}" if baseline else "n/a"
        print(f"{names[key]:<30} {r['pages']:>7} {r['items']:>7} {r['elapsed']:>8.1f} {r['pages_per_s']:>8.1f} "
              f"{r['pages_per_s'] * 60:>10.0f} {r['peak_rss_mb']:>12.0f} {ratio:>11}")
    for when, run in zip(("before", "after"), scrapy_bench["runs"]):
        print(f"{'(c) scrapy bench, ' + when:<30} {run['pages']:>7} {'-':>7} {run['elapsed']:>8.1f} "
              f"{run['pages_per_min'] / 60:>8.1f} {run['pages_per_min']:>10.0f} {run['peak_rss_mb']:>12.0f}")
    print(f"{'(c) scrapy bench (baseline)':<30} {scrapy_bench['pages']:>7} {'-':>7} {scrapy_bench['elapsed']:>8.1f} "
          f"{baseline / 60:>8.1f} {baseline:>10.0f} {scrapy_bench['peak_rss_mb']:>12.0f} {'1.00':>11}")
    for problem in problems:
        print(f"CHECK FAILED: {problem}")
    if args.json:
        Path(args.json).write_text(json.dumps({"runs": runs, "scrapy_bench": scrapy_bench, "figures": figures,
                                               "checks_failed": problems}, indent=1))
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
