"""Run every benchmark in one command and print one summary table.

    python benchmarks/run_all.py [--quick] [--only NAME ...] [--timeout SECONDS]

Each ``benchmarks/bench_*.py`` runs in its own subprocess (the crawl benchmark
starts Twisted reactors, the others time code paths that must not share warm
caches). Its stdout and stderr go to ``benchmarks/results/<name>.txt``. The
summary has one row per headline figure: our value, the baseline's value
(measured in the same run by the script itself), and the ratio as the script
states it. Figures are read from the script's ``--json`` output where it offers
one, else from its printed table; a script whose table cannot be read shows its
last lines instead, and a script that fails shows its exit status, so a broken
benchmark is never silently left out.

``--quick`` passes smaller sizes to the scripts that accept them (the
options are looked up in each script's argparse declarations), for a run of a few minutes.
Expected scripts that do not exist yet are listed as missing.

The table is also written to ``benchmarks/results/summary.md``; a full run (no
``--quick``, no ``--only``) writes it to ``benchmarks/results/LATEST.md`` too, the
one results file kept in git.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "benchmarks"
RESULTS_DIR = BENCH_DIR / "results"
EXPECTED = ("bench_extract", "bench_dates", "bench_store", "bench_crawl")

#: Smaller sizes for --quick, per script; an option is passed only if the script declares it.
QUICK_ARGS = {
    "bench_extract": [("--repeat", "1")],
    "bench_store": [("--n", "10000")],
    "bench_crawl": [("--articles", "1000"), ("--small", "200"), ("--bench-seconds", "5")],
}


@dataclass
class Figure:
    """One headline number of a benchmark, beside its baseline."""

    name: str
    ours: str
    baseline: str = "-"
    ratio: str = "-"


@dataclass
class Outcome:
    name: str
    status: str  # "ok", "failed (exit N)", "timeout", "missing"
    seconds: float = 0.0
    figures: list[Figure] | None = None
    note: str = ""
    load: float = 0.0  # 1-minute load average when the script started: other work on the machine skews times


def discover() -> list[str]:
    return sorted(p.stem for p in BENCH_DIR.glob("bench_*.py"))


def script_options(script: Path) -> str:
    """The option strings the script declares with argparse (read from its source, not by running it:
    a script without argparse would run the whole benchmark on --help)."""
    source = script.read_text(encoding="utf-8")
    return " ".join(re.findall(r"add_argument\(\s*[\"'](--[\w-]+)", source))


def command_for(name: str, *, quick: bool, json_path: Path) -> list[str]:
    script = BENCH_DIR / f"{name}.py"
    help_text = script_options(script)
    args = [sys.executable, str(script)]
    if "--json" in help_text:
        args += ["--json", str(json_path)]
    if quick:
        for option, value in QUICK_ARGS.get(name, []):
            if re.search(rf"{re.escape(option)}\b", help_text):
                args += [option, value]
    return args


def run_one(name: str, *, quick: bool, timeout: float) -> Outcome:
    script = BENCH_DIR / f"{name}.py"
    if not script.exists():
        return Outcome(name, "missing")
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    json_path = RESULTS_DIR / f"{name}.json"
    json_path.unlink(missing_ok=True)
    command = command_for(name, quick=quick, json_path=json_path)
    started = time.perf_counter()
    try:
        proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        stdout, stderr, code = proc.stdout, proc.stderr, proc.returncode
    except subprocess.TimeoutExpired as exc:
        stdout = _text(exc.stdout)
        stderr = _text(exc.stderr)
        code = None
    seconds = time.perf_counter() - started
    (RESULTS_DIR / f"{name}.txt").write_text(
        f"$ {' '.join(command)}\n# exit: {code}, {seconds:.1f} s\n\n{stdout}\n--- stderr ---\n{stderr}", encoding="utf-8"
    )
    if code is None:
        return Outcome(name, f"timeout after {timeout:.0f} s", seconds, note=_tail(stderr or stdout))
    if code != 0:
        checks = [line.strip() for line in stdout.splitlines() if line.startswith("CHECK FAILED")]
        return Outcome(name, f"failed (exit {code})", seconds, note=" | ".join(checks) or _tail(stderr or stdout))
    data = None
    if json_path.exists():
        try:
            data = json.loads(json_path.read_text(encoding="utf-8"))
        except ValueError:
            data = None
    reader = READERS.get(name)
    figures = []
    if reader is not None:
        try:
            figures = reader(stdout, data)
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            return Outcome(name, "ok", seconds, note=f"output not understood ({exc}): {_tail(stdout)}")
    if not figures:
        figures = generic_figures(stdout)
    note = "" if figures else (_tail(stdout) or "no figures in its output")
    return Outcome(name, "ok", seconds, figures, note)


def _text(value) -> str:
    if value is None:
        return ""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def _tail(text: str, lines: int = 2) -> str:
    kept = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return " | ".join(kept[-lines:])


# --- readers: one per script, from its --json data or its printed table ------------------


def read_extract(stdout: str, data) -> list[Figure]:
    rows = data if isinstance(data, list) else _extract_rows_from_table(stdout)
    by_key = {(r["corpus"], r["system"]): r for r in rows}
    figures = []
    for corpus in dict.fromkeys(r["corpus"] for r in rows):
        ours, base = by_key.get((corpus, "partynews")), by_key.get((corpus, "trafilatura"))
        if not ours or not base:
            continue
        figures.append(Figure(f"extract {corpus}: body F1 (vs trafilatura)", f"{ours['f1']:.3f}", f"{base['f1']:.3f}",
                              f"{ours['f1'] / base['f1']:.2f}" if base["f1"] else "n/a"))
        for field, label in (("title", "title exact"), ("date", "date, day-exact"), ("authors", "authors exact")):
            if corpus.startswith("vi-heldout") and ours.get(field) is not None and base.get(field) is not None:
                figures.append(Figure(f"extract {corpus}: {label} (vs trafilatura)", f"{ours[field]:.3f}",
                                      f"{base[field]:.3f}", f"{ours[field] / base[field]:.2f}" if base[field] else "n/a"))
        figures.append(Figure(f"extract {corpus}: ms/page (speed vs trafilatura)", f"{ours['ms_median']:.2f}",
                              f"{base['ms_median']:.2f}", f"{base['ms_median'] / ours['ms_median']:.1f}x faster"
                              if ours["ms_median"] else "n/a"))
    return figures


def _extract_rows_from_table(stdout: str) -> list[dict]:
    rows = []
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) >= 11 and parts[1] in ("partynews", "trafilatura"):
            rows.append({"corpus": parts[0], "system": parts[1], "f1": float(parts[5]), "ms_median": float(parts[9])})
    return rows


def read_dates(stdout: str, data) -> list[Figure]:
    ours = re.search(r"crawler\.extract\.dates\.parse_date\s+([\d.]+)\s+(\d+)/(\d+)", stdout)
    base = re.search(r"dateparser\.parse\S*(?:\s+\S+)*?\s+([\d.]+)\s+(\d+)/(\d+)", stdout)
    if not ours or not base:
        return []
    ratio = float(base.group(1)) / float(ours.group(1)) if float(ours.group(1)) else float("nan")
    return [
        Figure("dates: µs/string (vs dateparser.parse)", ours.group(1), base.group(1), f"{ratio:.0f}x faster"),
        Figure("dates: correct answers", f"{ours.group(2)}/{ours.group(3)}", f"{base.group(2)}/{base.group(3)}",
               f"{int(ours.group(2)) / max(1, int(base.group(2))):.2f}"),
    ]


def read_figures(stdout: str, data) -> list[Figure]:
    """For scripts whose --json holds a "figures" list of {name, ours, baseline, ratio} (ratio = ours / baseline)."""
    if not isinstance(data, dict) or "figures" not in data:
        raise ValueError("no figures in the --json output")
    return [Figure(f["name"], _number(f["ours"]), _number(f["baseline"]), _number(f["ratio"]))
            for f in data["figures"]]


def _number(value) -> str:
    if value is None:
        return "n/a"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3f}" if abs(value) < 1 else f"{value:.2f}"


def generic_figures(stdout: str) -> list[Figure]:
    """For a script without a reader: its lines that state a ratio or a baseline, as they are."""
    lines = [line.strip() for line in stdout.splitlines()
             if re.search(r"ratio|baseline|\bvs\b|speed-?up|\d+(\.\d+)?x\b", line, re.I) and line.strip()]
    return [Figure(line[:90], "-") for line in lines[:8]]


READERS = {"bench_extract": read_extract, "bench_dates": read_dates, "bench_crawl": read_figures,
           "bench_store": read_figures}


def summary_table(outcomes: list[Outcome]) -> str:
    width = max([48] + [len(f.name) for o in outcomes for f in (o.figures or [])])
    lines = [f"{'benchmark':<14} {'status':<18} {'s':>6}  {'figure':<{width}} {'ours':>10} {'baseline':>10} "
             f"{'ratio':>14}", "-" * (14 + 18 + 6 + width + 10 + 10 + 14 + 7)]
    for o in outcomes:
        head = f"{o.name:<14} {o.status:<18} {o.seconds:>6.1f}"
        if not o.figures:
            lines.append(f"{head}  {o.note}")
            continue
        for i, f in enumerate(o.figures):
            prefix = head if i == 0 else " " * len(head)
            lines.append(f"{prefix}  {f.name:<{width}} {f.ours:>10} {f.baseline:>10} {f.ratio:>14}")
        if o.note:
            lines.append(f"{' ' * len(head)}  {o.note}")
    lines += ["", "ratio: ours / baseline, except 'Nx faster' (baseline time / our time).",
              f"full outputs: {RESULTS_DIR.relative_to(ROOT)}/<name>.txt"]
    return "\n".join(lines)


def save_summary(path: Path, table: str, outcomes: list[Outcome], argv: list[str], seconds: float) -> None:
    """The table in Markdown, with what produced it."""
    command = " ".join(["python3 benchmarks/run_all.py", *argv])
    header = (f"# Benchmark summary\n\n`{command}`, {time.strftime('%Y-%m-%d %H:%M %Z')}, "
              f"Python {platform.python_version()}, {os.cpu_count()} CPUs ({platform.machine()}), "
              f"{seconds / 60:.1f} min in all. 1-minute load average as each script started: "
              + ", ".join(f"{o.name} {o.load:.1f}" for o in outcomes) + ".\n\n")
    path.write_text(header + "```\n" + table + "\n```\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes where a script supports them")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these (e.g. bench_dates)")
    parser.add_argument("--timeout", type=float, default=3600.0, metavar="SECONDS", help="per script (default 3600)")
    argv = sys.argv[1:] if argv is None else argv
    args = parser.parse_args(argv)
    names = sorted(set(discover()) | set(EXPECTED))
    if args.only:
        wanted = {n if n.startswith("bench_") else f"bench_{n}" for n in args.only}
        names = [n for n in names if n in wanted]
    started = time.perf_counter()
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    outcomes = []
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        load = os.getloadavg()[0]
        outcomes.append(run_one(name, quick=args.quick, timeout=args.timeout))
        outcomes[-1].load = load
    table = summary_table(outcomes)
    print("\n" + table)
    seconds = time.perf_counter() - started
    save_summary(RESULTS_DIR / "summary.md", table, outcomes, argv, seconds)
    if not args.quick and not args.only:
        save_summary(RESULTS_DIR / "LATEST.md", table, outcomes, argv, seconds)
    return 0 if all(o.status in ("ok", "missing") for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
