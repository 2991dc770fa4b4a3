"""Crawl throughput, end to end (download, extraction, pipelines, store), against `scrapy bench`.

  python benchmarks/bench_crawl.py [--articles 10000] [--small 1000] [--bench-seconds 10]

(a) replay crawl of every registered site from the snapshots (`crawl --all --replay`);
(b) a generated news site of N articles (listing pages of 20 links, articles from a
    template with varied text) served on loopback by `tests/httpserver.py`: pages/s and
    peak RSS, at --small and at --articles articles;
(c) `scrapy bench -s CLOSESPIDER_TIMEOUT=<s>` (Scrapy's own loopback spider, no parsing,
    no storage), run in the same invocation as the baseline.

Each crawl runs in its own subprocess (Twisted's reactor starts once per process);
times exclude interpreter start-up. Politeness is off for (b): no robots.txt, no
AutoThrottle, no delay, 16 concurrent requests per domain.
"""

from __future__ import annotations

import argparse
import json
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
    """`scrapy bench` outside the project (Scrapy's defaults); its steady pages/min."""
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "scrapy", "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}"],
                          cwd=workdir, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    rates = [int(r) for r in re.findall(r"Crawled \d+ pages \(at (\d+) pages/min\)", proc.stderr)]
    steady = [r for r in rates[1:] if r > 0] or rates
    pages = re.search(r"'response_received_count': (\d+)", proc.stderr)
    return {"pages_per_min": statistics.median(steady) if steady else 0.0, "rates": rates,
            "pages": int(pages.group(1)) if pages else 0, "elapsed": elapsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--bench-seconds", type=int, default=10)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        workdir = Path(tmp)
        replay = run_child({"all_replay": True, "db": str(workdir / "replay.db")}, workdir, "replay")
        rows.append(("(a) replay, all sites", replay))
        for n in (args.small, args.articles):
            rows.append((f"(b) loopback, {n} articles", bench_generated(n, workdir)))
        scrapy_bench = bench_scrapy(args.bench_seconds, workdir)
    baseline = scrapy_bench["pages_per_min"]
    print(f"\n{'run':<30} {'pages':>7} {'items':>7} {'seconds':>8} {'pages/s':>8} {'pages/min':>10} {'peak RSS MB':>12} {'ours/bench':>11}")
    for name, r in rows:
        rate = r["pages"] / r["elapsed"] if r["elapsed"] else 0.0
        ratio = f"{rate * 60 / baseline:.2f}" if baseline else "n/a"
        print(f"{name:<30} {r['pages']:>7} {r['items']:>7} {r['elapsed']:>8.1f} {rate:>8.1f} {rate * 60:>10.0f} "
              f"{r['peak_rss_mb']:>12.0f} {ratio:>11}")
    print(f"{'(c) scrapy bench (baseline)':<30} {scrapy_bench['pages']:>7} {'-':>7} {scrapy_bench['elapsed']:>8.1f} "
          f"{baseline / 60:>8.1f} {baseline:>10.0f} {'-':>12} {'1.00':>11}")


if __name__ == "__main__":
    main()
