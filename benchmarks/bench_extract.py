"""Extraction quality and speed: partynews against trafilatura, side by side in one run.

Corpora:
  vi-rules    every article page of the site snapshots, partynews with site rules
  vi-generic  the same pages with site rules switched off (an unknown layout)
  vi-heldout  benchmarks/heldout: Vietnamese pages of layouts no site rule knows, written blind
              (by someone who had not seen the extractor), with hand-written gold; as users get it.
              Set A was used to find and fix generic-layer faults after its first (blind) run;
  vi-heldout-b  benchmarks/heldout_b: a second set written blind, later, by another hand that saw
              neither the extractor nor set A; measured once as it came (after the set A fixes),
              then used for fixes too. Blind first runs: see benchmarks/heldout*/README.md.
  aeb         the Zyte article-extraction benchmark (../shared/benchmarks/aeb), generic path
Baseline: trafilatura (bare_extraction with metadata) on the same pages, same process.

    python benchmarks/bench_extract.py [--aeb PATH] [--repeat 3] [--json OUT]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.scoring import f1_of_averages, precision_recall  # noqa: E402
from crawler.config import SITE_FIXTURES_DIR  # noqa: E402


def vietnamese_pages():
    for snapshot in sorted(SITE_FIXTURES_DIR.glob("*/snapshot.json")):
        manifest = json.loads(snapshot.read_text(encoding="utf-8"))
        for page in manifest.get("pages", []):
            if page.get("kind") != "article" or not page.get("expected"):
                continue
            folder = snapshot.parent
            yield {
                "site": manifest["site"],
                "url": page["url"],
                "html": (folder / page["file"]).read_bytes(),
                "encoding": _charset(page.get("content_type")),
                "truth": json.loads((folder / page["expected"]).read_text(encoding="utf-8")),
            }


def _charset(content_type: str | None) -> str | None:
    if content_type and "charset=" in content_type:
        return content_type.split("charset=")[-1].strip()
    return None


HELDOUT_DIR = ROOT / "benchmarks" / "heldout"
HELDOUT_B_DIR = ROOT / "benchmarks" / "heldout_b"


def heldout_pages(folder: Path = HELDOUT_DIR):
    """The blind held-out pages with their gold (see benchmarks/heldout/README.md)."""
    for gold_path in sorted((folder / "gold").glob("*.json")):
        truth = json.loads(gold_path.read_text(encoding="utf-8"))
        html_path = folder / "pages" / f"{gold_path.stem}.html"
        yield {"site": None, "url": truth["url"], "html": html_path.read_bytes(), "encoding": None, "truth": truth}


def aeb_pages(folder: Path):
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for key, item in sorted(truth.items()):
        path = folder / "html" / f"{key}.html.gz"
        if path.exists():
            yield {"site": None, "url": item.get("url") or "", "html": gzip.decompress(path.read_bytes()),
                   "encoding": None, "truth": {"body": item.get("articleBody") or ""}}


def run_partynews(page, use_rules: bool):
    from crawler.extract import extract_article

    article = extract_article(page["html"], page["url"], site=page["site"] if use_rules else None,
                              use_rules=use_rules, encoding=page["encoding"])
    return {"body": article.body, "title": article.title, "published": article.published, "authors": article.authors}


def run_trafilatura(page):
    import trafilatura

    html = page["html"]
    try:
        html = html.decode("utf-8")
    except UnicodeDecodeError:
        pass
    doc = trafilatura.bare_extraction(html, url=page["url"] or None, with_metadata=True, include_comments=False)
    if doc is None:
        return {"body": "", "title": None, "published": None, "authors": []}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    authors = [a.strip() for a in (data.get("author") or "").split(";") if a.strip()]
    return {"body": data.get("text") or "", "title": data.get("title"), "published": data.get("date"), "authors": authors}


def _norm(text):
    return " ".join(unicodedata.normalize("NFC", text or "").lower().split())


def _day(value):
    return (value or "")[:10] or None


def evaluate(pages, system, repeat: int):
    pairs, times = [], []
    title_ok = date_ok = author_ok = have_meta = 0
    for page in pages:
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            result = system(page)
            runs.append(time.perf_counter() - start)
        times.append(statistics.median(runs))
        truth = page["truth"]
        pairs.append(precision_recall(result["body"], truth.get("body", "")))
        if "title" in truth:
            have_meta += 1
            title_ok += _norm(result["title"]) == _norm(truth["title"])
            date_ok += _day(result["published"]) == _day(truth.get("published"))
            author_ok += sorted(map(_norm, result["authors"])) == sorted(map(_norm, truth.get("authors", [])))
    p, r, f1 = f1_of_averages(pairs)
    row = {"pages": len(pages), "precision": p, "recall": r, "f1": f1,
           "ms_median": 1000 * statistics.median(times) if times else 0.0,
           "ms_mean": 1000 * statistics.mean(times) if times else 0.0}
    if have_meta:
        row.update(title=title_ok / have_meta, date=date_ok / have_meta, authors=author_ok / have_meta)
    return row


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aeb", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "aeb")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the results as JSON")
    args = parser.parse_args(argv)

    import trafilatura  # noqa: F401  (warm imports before timing)
    from crawler.extract.dates import warm_up

    warm_up()
    vi = list(vietnamese_pages())
    corpora = [
        ("vi-rules", vi, lambda p: run_partynews(p, True)),
        ("vi-generic", vi, lambda p: run_partynews(p, False)),
    ]
    for name, folder in (("vi-heldout", HELDOUT_DIR), ("vi-heldout-b", HELDOUT_B_DIR)):
        pages = list(heldout_pages(folder))
        if pages:
            corpora.append((name, pages, lambda p: run_partynews(p, True)))
    if (args.aeb / "ground-truth.json").exists():
        aeb = list(aeb_pages(args.aeb))
        corpora.append(("aeb", aeb, lambda p: run_partynews(p, False)))
    else:
        print(f"note: no Zyte benchmark at {args.aeb}; skipping that corpus", file=sys.stderr)

    results = []
    header = f"{'corpus':<13} {'system':<12} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6} {'title':>6} {'date':>6} {'author':>6} {'ms/pg':>7} {'speed':>7}"
    print(header)
    print("-" * len(header))
    for name, pages, ours in corpora:
        run_ours(pages, ours)  # one unmeasured pass: imports, caches, dateparser
        mine = evaluate(pages, ours, args.repeat)
        base = evaluate(pages, run_trafilatura, args.repeat)
        speed = base["ms_median"] / mine["ms_median"] if mine["ms_median"] else float("nan")
        for system, row, ratio in (("partynews", mine, speed), ("trafilatura", base, 1.0)):
            results.append({"corpus": name, "system": system, **row, "speed_vs_trafilatura": ratio})
            print(f"{name:<13} {system:<12} {row['pages']:>5} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f} "
                  f"{_fmt(row.get('title'))} {_fmt(row.get('date'))} {_fmt(row.get('authors'))} {row['ms_median']:>7.2f} {ratio:>6.1f}x")
    print("\nspeed = trafilatura median ms/page / partynews median ms/page (higher is faster)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


def run_ours(pages, system):
    for page in pages[:5]:
        system(page)


def _fmt(value):
    return f"{value:>6.3f}" if value is not None else f"{'-':>6}"


if __name__ == "__main__":
    sys.exit(main())
