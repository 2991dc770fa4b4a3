"""Benchmark: crawler.extract.dates.parse_date against plain dateparser.parse.

Runs both over the table of date labels in tests/test_dates.py (real shapes and
traps, with the expected answers), in the same process, dateparser warmed first.
Prints µs per string, the speed ratio, and how many answers each got right.

    python3 benchmarks/bench_dates.py
"""

from __future__ import annotations

import importlib.util
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import dateparser  # noqa: E402

from crawler.extract import dates  # noqa: E402
from crawler.extract.dates import parse_date, warm_up  # noqa: E402


def load_cases():
    spec = importlib.util.spec_from_file_location("_date_cases", ROOT / "tests" / "test_dates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES, module.NOW


def baseline(text: str) -> datetime | None:
    return dateparser.parse(text, languages=["vi"], settings={"DATE_ORDER": "DMY"})


def baseline_correct(result: datetime | None, expected: str | None) -> bool:
    """dateparser gives naive wall-clock times unless the text has an offset: compare like with like."""
    if expected is None or result is None:
        return expected is None and result is None
    want = datetime.fromisoformat(expected)
    if result.tzinfo is None:
        return result == want.replace(tzinfo=None)
    return result == want


def ours_correct(result, expected: str | None, precision: str | None) -> bool:
    if expected is None or result is None:
        return expected is None and result is None
    return result.isoformat() == expected and result.precision == precision


def time_per_string(func, texts, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            func(text)
    return (time.perf_counter() - start) / (repeat * len(texts)) * 1e6


def main() -> None:
    cases, now = load_cases()
    texts = [text for text, _, _ in cases]

    warm_up()
    baseline("Thứ Sáu, 21/6/2024")  # dateparser's first call loads its language data

    ours_us = time_per_string(lambda s: parse_date(s, now=now), texts, repeat=200)
    base_us = time_per_string(baseline, texts, repeat=3)

    ours_ok = sum(ours_correct(parse_date(t, now=now), e, p) for t, e, p in cases)
    base_ok = sum(baseline_correct(baseline(t), e) for t, e, _ in cases)
    traps = [(t, e) for t, e, _ in cases if e is None]
    ours_traps = sum(parse_date(t, now=now) is None for t, _ in traps)
    base_traps = sum(baseline(t) is None for t, _ in traps)

    # Split the corpus by whether parse_date had to ask dateparser.
    asked: list[str] = []
    fallback = dates._dateparser_fallback

    def spying_fallback(text, folded, now):
        asked.append(text)
        return fallback(text, folded, now)

    dates._dateparser_fallback = spying_fallback
    for text in texts:
        parse_date(text, now=now)
    dates._dateparser_fallback = fallback
    regex_texts = [t for t in texts if t not in asked]
    regex_us = time_per_string(lambda s: parse_date(s, now=now), regex_texts, repeat=200)
    fallback_us = time_per_string(lambda s: parse_date(s, now=now), asked, repeat=20) if asked else 0.0

    n = len(cases)
    print(f"date strings: {n} ({len(traps)} traps expecting None)")
    print(f"{'parser':<44} {'µs/string':>10} {'correct':>9} {'traps ok':>9}")
    print(f"{'crawler.extract.dates.parse_date':<44} {ours_us:>10.1f} {ours_ok:>5}/{n:<3} {ours_traps:>5}/{len(traps)}")
    print(f"{'  regex path (' + str(len(regex_texts)) + ' strings)':<44} {regex_us:>10.1f}")
    print(f"{'  dateparser fallback asked (' + str(len(asked)) + ' strings)':<44} {fallback_us:>10.1f}")
    print(f"{'dateparser.parse(languages=[vi], DMY)':<44} {base_us:>10.1f} {base_ok:>5}/{n:<3} {base_traps:>5}/{len(traps)}")
    print(f"speed ratio (dateparser / parse_date): {base_us / ours_us:.0f}x overall, "
          f"{base_us / regex_us:.0f}x on the regex path")


if __name__ == "__main__":
    main()
