"""Store benchmark: crawler.store.Store against plain sqlite3 and datasketch, at 10k and 100k pages.

  python benchmarks/bench_store.py [--n 10000 100000] [--batch 100] [--lookups 20000] [--probes 1000] [--json OUT]

The pages are synthetic Vietnamese articles (`benchmarks/synthetic.py`): originals,
exact duplicates at other URLs, syndicated near-copies on other sites and changed
re-crawls, in crawl order. Each figure has a baseline measured in the same run:

* inserts/s: `Store.upsert_articles` in batches of --batch (dedupe, versions,
  aliases, FTS, MinHash clustering) against a plain `sqlite3` executemany
  (INSERT OR REPLACE, one transaction per batch) of the same pages into a table
  with the store's own `articles` DDL and indexes, same pragmas, nothing else;
* lookups/s: `Store.known_urls` (20 URLs a call, as for a listing page) and
  `Store.has_url` against a plain ``canonical_url IN (...)`` / ``= ?`` query on
  the plain table, over --lookups URLs, half of them known;
* near-duplicate query, median ms per article: signature plus `NearDupIndex.matches`
  (LSH bands in SQLite) against `datasketch.MinHashLSH` in memory holding the
  same signatures with the same 16 x 8 bands, candidates verified alike; --probes
  pages, half syndicated copies of stored originals (recall), half unrelated;
* DB size: the store file against the plain table's file;
* export: `crawler.exports.export_articles` to JSON Lines against a plain
  ``SELECT`` of the same rows written with `json.dumps`, one line each;
* peak RSS: ru_maxrss of the child process that ran the phase (every child
  imports the same modules first; the peak after imports alone is in the notes).

Every phase runs in its own child process, so sizes and phases do not share
memory or warm caches; times exclude generating the pages and process start-up.
Times are wall-clock; the notes give the CPU share of each timed section, which
falls under 1.0 when the section waits on the disk or other processes take the CPU.
With two sizes, growth from the smaller to the larger is the cost per page at the
larger over the cost per page at the smaller (1.0: linear) and, for memory, the
ratio of peaks (1.0: flat).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import KIND_NAMES, SITES, SYNDICATED, Corpus  # noqa: E402

PHASES = ("insert_store", "insert_plain", "lookups", "neardup_store", "neardup_datasketch", "export_store",
          "export_plain")
LISTING_LINKS = 20
PRAGMAS = ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Clock:
    """Wall time of the timed sections and, beside it, this process's CPU time in them: a CPU share well
    under 1.0 says other processes took the CPU meanwhile, and the wall times are pessimistic."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0

    @contextmanager
    def running(self):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.wall += time.perf_counter() - wall
            self.cpu += time.process_time() - cpu

    def as_dict(self) -> dict:
        return {"seconds": self.wall, "cpu_seconds": self.cpu}


def db_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())


# --- phases, each run in a child process --------------------------------------------------


def insert_store(work: Path, args) -> dict:
    from crawler.store import Store, UpsertStats

    corpus, stats, clock, copies = Corpus(args.n), UpsertStats(), Clock(), []
    store = Store(work / "store.db")
    for start, batch in zip(range(0, args.n, args.batch), corpus.batches(args.batch)):
        copies += [(a["canonical_url"], corpus.targets[start + i]) for i, a in enumerate(batch)
                   if corpus.kinds[start + i] == SYNDICATED]
        with clock.running():
            stats += store.upsert_articles(batch)
    counts = store.counts()
    clustered = sum(_cluster_of(store.conn, url) == _cluster_of(store.conn, corpus.original(target)["canonical_url"])
                    for url, target in copies)
    store.close()
    return {**clock.as_dict(), "pages": args.n, "batch": args.batch, "outcomes": stats.as_dict(), "counts": counts,
            "plan": corpus.counts, "syndicated_clustered": clustered, "syndicated": len(copies),
            "db_bytes": db_bytes(work / "store.db")}


def _cluster_of(conn: sqlite3.Connection, url: str):
    row = conn.execute("SELECT cluster_id FROM articles WHERE canonical_url = ?", (url,)).fetchone()
    return row[0] if row else None


def insert_plain(work: Path, args) -> dict:
    from crawler.store import ARTICLE_FIELDS, JSON_FIELDS

    ddl = _articles_ddl(work / "schema.db")
    conn = sqlite3.connect(str(work / "plain.db"), isolation_level=None)
    for statement in (*PRAGMAS, *ddl):
        conn.execute(statement)
    names = (*ARTICLE_FIELDS, "version", "first_seen_at", "updated_at", "change_seq", "is_original")
    sql = f"INSERT OR REPLACE INTO articles ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    clock, seq = Clock(), 0
    for batch in Corpus(args.n).batches(args.batch):
        with clock.running():
            now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
            rows = []
            for article in batch:
                seq += 1
                rows.append((*(json.dumps(article[name], ensure_ascii=False) if name in JSON_FIELDS else article[name]
                               for name in ARTICLE_FIELDS), 1, now, now, seq, 1))
            conn.execute("BEGIN")
            conn.executemany(sql, rows)
            conn.execute("COMMIT")
    rows = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    return {**clock.as_dict(), "pages": args.n, "rows": rows, "db_bytes": db_bytes(work / "plain.db")}


def _articles_ddl(scratch: Path) -> list[str]:
    """The store's own CREATE statements for `articles` and its indexes (read from a fresh store)."""
    from crawler.store import Store

    with Store(scratch) as store:
        ddl = [sql for (sql,) in store.conn.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'articles' AND sql IS NOT NULL ORDER BY type DESC")]
    for path in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
        path.unlink(missing_ok=True)
    return ddl


def lookups(work: Path, args) -> dict:
    from crawler.store import Store

    corpus, rng = Corpus(args.n), random.Random(5)
    known = [corpus.article(rng.randrange(args.n))["canonical_url"] for _ in range(args.lookups // 2)]
    unknown = [f"https://{rng.choice(SITES)}.dcs.vn/tin-tuc/bai-viet-{args.n + j}.html"
               for j in range(args.lookups - len(known))]
    urls = known + unknown
    rng.shuffle(urls)
    chunks = [urls[i:i + LISTING_LINKS] for i in range(0, len(urls), LISTING_LINKS)]
    expected = len(set(known))

    store = Store(work / "store.db")
    plain = sqlite3.connect(str(work / "plain.db"), isolation_level=None)
    marks = ",".join("?" * LISTING_LINKS)
    plain_in = lambda chunk: plain.execute(  # noqa: E731
        f"SELECT canonical_url FROM articles WHERE canonical_url IN ({marks[:2 * len(chunk) - 1]})", chunk).fetchall()
    plain_one = lambda url: plain.execute(  # noqa: E731
        "SELECT 1 FROM articles WHERE canonical_url = ?", (url,)).fetchone() is not None
    for chunk in chunks[:50]:  # warm both connections' caches alike
        store.known_urls(chunk)
        plain_in(chunk)

    result = {"lookups": len(urls), "expected_known": expected}
    for name, run in (
        ("store_known_urls", lambda: set().union(*(store.known_urls(chunk) for chunk in chunks))),
        ("plain_in", lambda: {row[0] for chunk in chunks for row in plain_in(chunk)}),
        ("store_has_url", lambda: {url for url in urls if store.has_url(url)}),
        ("plain_select", lambda: {url for url in urls if plain_one(url)}),
    ):
        clock = Clock()
        with clock.running():
            found = run()
        result[name] = {**clock.as_dict(), "known": len(found)}
    store.close()
    plain.close()
    return result


def neardup_store(work: Path, args) -> dict:
    from crawler.store import Store

    store = Store(work / "store.db")
    return _probe(Corpus(args.n), args.probes, store.conn,
                  lambda signature: [i for i, _ in store.neardup.matches(signature)],
                  store.neardup.signature)


def neardup_datasketch(work: Path, args) -> dict:
    import numpy as np
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    from crawler.neardup import DEFAULT_BANDS, DEFAULT_NUM_PERM, DEFAULT_THRESHOLD, NearDupIndex

    conn = sqlite3.connect(str(work / "store.db"))
    index = NearDupIndex(conn)
    scheme = MinHash(num_perm=DEFAULT_NUM_PERM, hashfunc=int).scheme  # as NearDupIndex makes its signatures
    lean = lambda signature: LeanMinHash(seed=1, hashvalues=signature.astype(np.uint64), scheme=scheme)  # noqa: E731
    began = time.perf_counter()
    lsh = MinHashLSH(num_perm=DEFAULT_NUM_PERM, params=(DEFAULT_BANDS, DEFAULT_NUM_PERM // DEFAULT_BANDS))
    signatures = {}
    for article_id, blob in conn.execute("SELECT article_id, signature FROM minhash"):
        signatures[article_id] = signature = np.frombuffer(blob, dtype=np.uint32)
        lsh.insert(article_id, lean(signature))
    build = time.perf_counter() - began

    def matches(signature):
        found = []
        for candidate in lsh.query(lean(signature)):
            similarity = np.count_nonzero(signatures[candidate] == signature) / DEFAULT_NUM_PERM
            if similarity >= DEFAULT_THRESHOLD:
                found.append(candidate)
        return found

    return {**_probe(Corpus(args.n), args.probes, conn, matches, index.signature), "build_seconds": build,
            "indexed": len(signatures)}


def _probe(corpus: Corpus, probes: int, conn: sqlite3.Connection, matches, signature_of) -> dict:
    """Time signature + matches for each probe page; count syndicated probes that found their original."""
    times, hits, copies, false_positives, clock = [], 0, 0, 0, Clock()
    for j in range(probes):
        page, target = corpus.probe(j)
        target_id = None
        if target is not None:
            row = conn.execute("SELECT id FROM articles WHERE canonical_url = ?",
                               (corpus.original(target)["canonical_url"],)).fetchone()
            target_id = row[0] if row else None
        wall = clock.wall
        with clock.running():
            signature = signature_of(page["body"])
            found = matches(signature) if signature is not None else []
        times.append(clock.wall - wall)
        if target is None:
            false_positives += bool(found)
        else:
            copies += 1
            hits += target_id in found
    times.sort()
    return {**clock.as_dict(), "probes": probes, "mean_ms": sum(times) / len(times) * 1000,
            "median_ms": times[len(times) // 2] * 1000, "copies": copies, "found": hits,
            "unrelated": probes - copies, "false_positives": false_positives}


def export_store(work: Path, args) -> dict:
    from crawler.exports import export_articles

    out, clock = work / "export.jsonl", Clock()
    with clock.running():
        result = export_articles(work / "store.db", out)
    size = out.stat().st_size
    out.unlink()
    return {**clock.as_dict(), "records": result.count, "bytes": size}


def export_plain(work: Path, args) -> dict:
    from crawler.store import EXPORT_COLUMNS

    out = work / "plain.jsonl"
    conn, clock, records = sqlite3.connect(str(work / "store.db")), Clock(), 0
    with clock.running(), open(out, "w", encoding="utf-8") as handle:
        for row in conn.execute(f"SELECT {', '.join(EXPORT_COLUMNS)} FROM articles"):
            handle.write(json.dumps(dict(zip(EXPORT_COLUMNS, row)), ensure_ascii=False) + "\n")
            records += 1
    size = out.stat().st_size
    out.unlink()
    return {**clock.as_dict(), "records": records, "bytes": size}


def child(phase: str, work: Path, args) -> None:
    """Run one phase and print its result; every child imports the same modules first, so that peak RSS
    figures differ by what the phase did, and the peak after imports is reported beside them."""
    import datasketch  # noqa: F401

    import crawler.exports  # noqa: F401
    import crawler.store  # noqa: F401

    after_imports = peak_rss_mb()
    result = globals()[phase](work, args)
    print(json.dumps({**result, "peak_rss_mb": peak_rss_mb(), "rss_after_imports_mb": after_imports}))


# --- parent: run the phases, compare, report ------------------------------------------------


def run_size(n: int, args, root: Path) -> dict:
    work = root / f"n{n}"
    work.mkdir()
    results = {}
    for phase in PHASES:
        print(f"  n={n}: {phase} ...", file=sys.stderr, flush=True)
        command = [sys.executable, __file__, "--child", phase, "--workdir", str(work), "--n", str(n),
                   "--batch", str(args.batch), "--lookups", str(args.lookups), "--probes", str(args.probes)]
        proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"phase {phase} at n={n} failed:\n{proc.stderr[-3000:]}")
        results[phase] = json.loads(proc.stdout.strip().splitlines()[-1])
    return results


def label(n: int) -> str:
    return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)


def metrics(r: dict) -> list[tuple[str, str, float, float, str]]:
    """(key, figure name, ours, baseline, kind) for one size; the kind says how the figure grows with size."""
    lookups = r["lookups"]
    per_s = lambda phase: lookups["lookups"] / lookups[phase]["seconds"]  # noqa: E731
    nd, nd_base = r["neardup_store"], r["neardup_datasketch"]
    recall = lambda x: x["found"] / x["copies"] if x["copies"] else 0.0  # noqa: E731
    return [
        ("insert", f"inserts/s, batches of {r['insert_store']['batch']} (vs sqlite3 executemany)",
         r["insert_store"]["pages"] / r["insert_store"]["seconds"],
         r["insert_plain"]["pages"] / r["insert_plain"]["seconds"], "rate"),
        ("known_urls", f"known_urls lookups/s, {LISTING_LINKS} a call (vs sqlite3 IN)",
         per_s("store_known_urls"), per_s("plain_in"), "rate"),
        ("has_url", "has_url lookups/s (vs sqlite3 SELECT per URL)",
         per_s("store_has_url"), per_s("plain_select"), "rate"),
        ("neardup", "near-dup query ms/article, median (vs datasketch LSH)", nd["median_ms"], nd_base["median_ms"],
         "time"),
        ("recall", "near-dup recall, syndicated probes (vs datasketch)", recall(nd), recall(nd_base), "quality"),
        ("db", "DB size MB (vs plain sqlite3 articles table)", r["insert_store"]["db_bytes"] / 2**20,
         r["insert_plain"]["db_bytes"] / 2**20, "size"),
        ("export", "export all to JSONL s (vs SELECT + json.dumps lines)", r["export_store"]["seconds"],
         r["export_plain"]["seconds"], "total"),
        ("rss_insert", "peak RSS MB, insert (vs sqlite3 executemany)", r["insert_store"]["peak_rss_mb"],
         r["insert_plain"]["peak_rss_mb"], "memory"),
        ("rss_neardup", "peak RSS MB, near-dup query (vs datasketch)", nd["peak_rss_mb"], nd_base["peak_rss_mb"],
         "memory"),
        ("rss_export", "peak RSS MB, export (vs SELECT + json.dumps)", r["export_store"]["peak_rss_mb"],
         r["export_plain"]["peak_rss_mb"], "memory"),
    ]


GROWTH_NAMES = {
    "insert": "s per insert", "known_urls": "s per known_urls lookup", "has_url": "s per has_url lookup",
    "neardup": "near-dup ms per query", "db": "DB bytes per page", "export": "export s per record",
    "rss_insert": "peak RSS, insert", "rss_neardup": "peak RSS, near-dup query", "rss_export": "peak RSS, export",
}


def growth(small: dict, large: dict, n_small: int, n_large: int) -> list[dict]:
    """Cost per page at the large size over the small (1.0: linear), peak memory large over small (1.0: flat)."""
    figures = []
    small_m = {m[0]: m for m in metrics(small)}
    for key, _name, ours, base, kind in metrics(large):
        if key not in GROWTH_NAMES:
            continue
        _, _, ours_small, base_small, _ = small_m[key]
        if kind == "rate":
            g_ours, g_base = ours_small / ours, base_small / base
        elif kind in ("size", "total"):
            g_ours, g_base = (ours / n_large) / (ours_small / n_small), (base / n_large) / (base_small / n_small)
        else:
            g_ours, g_base = ours / ours_small, base / base_small
        target = "flat" if kind == "memory" else "linear"
        figures.append({"key": f"growth_{key}", "name": f"growth {label(n_small)}->{label(n_large)}: "
                        f"{GROWTH_NAMES[key]} (1.0 = {target})", "ours": g_ours, "baseline": g_base,
                        "ratio": g_ours / g_base if g_base else None})
    return figures


def checks(n: int, r: dict) -> list[str]:
    """What must hold whatever the speed; a failure makes the benchmark fail."""
    problems = []
    lookups, ins = r["lookups"], r["insert_store"]
    for phase in ("store_known_urls", "plain_in", "store_has_url", "plain_select"):
        if lookups[phase]["known"] != lookups["expected_known"]:
            problems.append(f"n={n}: {phase} found {lookups[phase]['known']} known URLs, "
                            f"expected {lookups['expected_known']}")
    for phase in ("export_store", "export_plain"):
        if r[phase]["records"] != ins["counts"]["articles"]:
            problems.append(f"n={n}: {phase} wrote {r[phase]['records']} records, "
                            f"store has {ins['counts']['articles']}")
    if sum(ins["outcomes"].values()) != n:
        problems.append(f"n={n}: upsert outcomes {ins['outcomes']} do not add up to {n}")
    return problems


def fmt(value: float | None) -> str:
    if value is None:
        return "n/a"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3f}" if abs(value) < 1 else f"{value:.2f}"


def cpu_shares(r: dict) -> str:
    timed = {phase: r[phase] for phase in ("insert_store", "insert_plain", "neardup_store", "neardup_datasketch",
                                           "export_store", "export_plain")}
    timed.update({f"lookups.{name}": value for name, value in r["lookups"].items() if isinstance(value, dict)})
    return ", ".join(f"{name} {value['cpu_seconds'] / value['seconds']:.2f}" for name, value in timed.items()
                     if value["seconds"])


def report(sizes: dict[int, dict]) -> tuple[list[dict], list[str]]:
    figures, notes = [], []
    for n, r in sizes.items():
        for key, name, ours, base, _kind in metrics(r):
            figures.append({"key": key, "n": n, "name": f"store {label(n)}: {name}", "ours": ours, "baseline": base,
                            "ratio": ours / base if base else None})
        ins, nd, nd_base = r["insert_store"], r["neardup_store"], r["neardup_datasketch"]
        notes.append(
            f"n={n}: plan {ins['plan']}; upserts {ins['outcomes']}; store {ins['counts']}; "
            f"syndicated copies clustered with their original at insert: {ins['syndicated_clustered']}/"
            f"{ins['syndicated']}; near-dup probes: ours {nd['found']}/{nd['copies']} found, "
            f"{nd['false_positives']}/{nd['unrelated']} false positives, mean {nd['mean_ms']:.2f} ms; "
            f"datasketch {nd_base['found']}/{nd_base['copies']}, {nd_base['false_positives']} false positives, "
            f"mean {nd_base['mean_ms']:.2f} ms, index built in {nd_base['build_seconds']:.1f} s; "
            f"plain table rows {r['insert_plain']['rows']}; export {r['export_store']['bytes'] / 2**20:.1f} MB; "
            f"peak RSS after imports, before any work: {ins['rss_after_imports_mb']:.0f} MB; "
            f"CPU share of the timed wall time: {cpu_shares(r)}")
    ns = sorted(sizes)
    if len(ns) > 1:
        figures += growth(sizes[ns[0]], sizes[ns[-1]], ns[0], ns[-1])
    return figures, notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[10_000, 100_000], help="pages (default: 10000 100000)")
    parser.add_argument("--batch", type=int, default=100, help="pages per upsert_articles call (pipeline default)")
    parser.add_argument("--lookups", type=int, default=20_000, help="URLs looked up, half of them known")
    parser.add_argument("--probes", type=int, default=1_000, help="near-duplicate queries")
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON")
    parser.add_argument("--child", choices=PHASES, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        args.n = args.n[0]
        child(args.child, Path(args.workdir), args)
        return

    sizes = {}
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        for n in sorted(set(args.n)):
            sizes[n] = run_size(n, args, Path(tmp))
    figures, notes = report(sizes)
    problems = [p for n, r in sizes.items() for p in checks(n, r)]

    print(f"store benchmark: synthetic pages ({', '.join(KIND_NAMES)}), batches of {args.batch}, "
          f"{args.lookups} lookups, {args.probes} near-dup probes; ratio = ours / baseline")
    width = max(len(f["name"]) for f in figures)
    print(f"\n{'figure':<{width}} {'ours':>10} {'baseline':>10} {'ratio':>8}")
    for f in figures:
        print(f"{f['name']:<{width}} {fmt(f['ours']):>10} {fmt(f['baseline']):>10} {fmt(f['ratio']):>8}")
    print()
    for note in notes:
        print(note)
    for problem in problems:
        print(f"CHECK FAILED: {problem}")
    if args.json:
        Path(args.json).write_text(json.dumps({"sizes": {str(n): r for n, r in sizes.items()}, "figures": figures,
                                               "checks_failed": problems}, indent=1))
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
