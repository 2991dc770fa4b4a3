"""A static, self-contained HTML report of the run history.

One file, no scripts, no external assets (inline CSS and SVG drawn here), so it can
be mailed or opened from disk anywhere. It shows new articles per day (all sites,
then one small chart per site), field coverage per day, and the latest runs.
All figures come from the `runs` table.
"""

from __future__ import annotations

import html
import os
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from crawler.extensions.runs import COVERAGE_FIELDS, list_runs

COLOURS = {"published": "#1f77b4", "authors": "#ff7f0e", "lead": "#2ca02c", "images": "#9467bd", "body": "#7f7f7f"}
OUTCOME_CLASS = {"finished": "ok", "failed": "bad", "crashed": "bad", "interrupted": "warn", "skipped-overlap": "muted"}


def write_report(db_path: str | os.PathLike, out: str | os.PathLike, *, days: int = 30, now: datetime | None = None) -> Path:
    """Write the report for the last `days` days to `out`; return its path."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    runs = list_runs(db_path) if Path(db_path).exists() else []
    out.write_text(build_report(runs, days=days, now=now), encoding="utf-8")
    return out


def build_report(runs: list[dict], *, days: int = 30, now: datetime | None = None) -> str:
    """The report's HTML for these runs (newest first, as `list_runs` gives them)."""
    now = now or datetime.now(UTC)
    axis = [(now - timedelta(days=offset)).date() for offset in range(days - 1, -1, -1)]
    in_range = [r for r in runs if r.get("started_at") and _day(r) >= axis[0]]

    new_by_site: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    coverage_sum: dict[str, dict[date, float]] = {f: defaultdict(float) for f in COVERAGE_FIELDS}
    coverage_runs: dict[date, int] = defaultdict(int)
    for run in in_range:
        day = _day(run)
        new_by_site[run["site"]][day] += int(run.get("new") or 0)
        coverage = run.get("coverage") or {}
        if run.get("outcome") == "finished" and isinstance(coverage, dict) and coverage:
            coverage_runs[day] += 1
            for field in COVERAGE_FIELDS:
                coverage_sum[field][day] += float(coverage.get(field) or 0)

    totals = [sum(new_by_site[s][d] for s in new_by_site) for d in axis]
    coverage_series = {
        field: [coverage_sum[field][d] / coverage_runs[d] if coverage_runs[d] else None for d in axis]
        for field in COVERAGE_FIELDS
    }
    labels = [d.strftime("%d/%m") for d in axis]

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>partynews report</title>',
        f"<style>{_CSS}</style></head><body>",
        "<h1>partynews crawl report</h1>",
        f"<p class=muted>Generated {html.escape(now.strftime('%Y-%m-%d %H:%M UTC'))}; last {days} days;"
        f" {len(in_range)} runs in range, {len(runs)} in all.</p>",
        "<h2>New articles per day, all sites</h2>",
        bar_chart(totals, labels, width=760, height=180),
        "<h2>Field coverage per day (finished runs, mean)</h2>",
        line_chart(coverage_series, labels, width=760, height=200, colours=COLOURS),
        "<h2>New articles per day, per site</h2>",
        "<table><tr><th>site</th><th>new articles</th><th>total</th></tr>",
    ]
    for site in sorted(new_by_site, key=lambda s: -sum(new_by_site[s].values())):
        values = [new_by_site[site][d] for d in axis]
        parts.append(
            f"<tr><td>{html.escape(site)}</td><td>{bar_chart(values, labels, width=360, height=40, axes=False)}</td>"
            f"<td class=num>{sum(values)}</td></tr>"
        )
    parts.append("</table>")
    parts.append("<h2>Latest runs</h2>")
    parts.append(runs_table(runs[:50]))
    parts.append("</body></html>")
    return "\n".join(parts)


def runs_table(runs: list[dict]) -> str:
    head = ("id", "site", "trigger", "started (UTC)", "outcome", "pages", "new", "updated", "rejected",
            "HTTP errors", "date cov.", "author cov.", "alerts")
    rows = ["<table><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    for run in runs:
        coverage = run.get("coverage") if isinstance(run.get("coverage"), dict) else {}
        outcome = run.get("outcome") or ""
        cells = [
            str(run.get("id")), run.get("site") or "", run.get("trigger") or "",
            (run.get("started_at") or "")[:19].replace("T", " "),
            f'<span class="{OUTCOME_CLASS.get(outcome, "")}">{html.escape(outcome)}</span>',
            *(str(run.get(k) or 0) for k in ("pages", "new", "updated", "rejected", "http_errors")),
            _pct(coverage.get("published")), _pct(coverage.get("authors")),
            f'<span class="bad">{run["alerts"]}</span>' if run.get("alerts") else "0",
        ]
        escaped = [c if c.startswith("<span") else html.escape(c) for c in cells]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in escaped) + "</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def bar_chart(values: list[float], labels: list[str], *, width: int, height: int, axes: bool = True) -> str:
    """An SVG bar chart; with `axes`, the maximum and first/last labels are written."""
    top = max(values, default=0) or 1
    pad_left, pad_bottom = (40, 18) if axes else (0, 0)
    plot_w, plot_h = width - pad_left, height - pad_bottom - (6 if axes else 0)
    step = plot_w / max(1, len(values))
    shapes = []
    for i, (value, label) in enumerate(zip(values, labels)):
        bar_h = plot_h * value / top
        x = pad_left + i * step
        y = height - pad_bottom - bar_h
        shapes.append(
            f'<rect x="{x + step * 0.1:.1f}" y="{y:.1f}" width="{step * 0.8:.1f}" height="{bar_h:.1f}"'
            f' fill="#1f77b4"><title>{html.escape(label)}: {value:g}</title></rect>'
        )
    if axes:
        shapes.append(f'<text x="{pad_left - 4}" y="12" text-anchor="end">{top:g}</text>')
        shapes.append(f'<text x="{pad_left - 4}" y="{height - pad_bottom}" text-anchor="end">0</text>')
        if labels:
            shapes.append(f'<text x="{pad_left}" y="{height - 4}">{html.escape(labels[0])}</text>')
            shapes.append(f'<text x="{width}" y="{height - 4}" text-anchor="end">{html.escape(labels[-1])}</text>')
        shapes.append(
            f'<line x1="{pad_left}" y1="{height - pad_bottom}" x2="{width}" y2="{height - pad_bottom}" stroke="#999"/>'
        )
    return _svg(width, height, shapes)


def line_chart(series: dict[str, list[float | None]], labels: list[str], *, width: int, height: int,
               colours: dict[str, str]) -> str:
    """An SVG chart of shares (0..1) over time, one line per series, with a legend; gaps where None."""
    pad_left, pad_bottom, pad_top = 40, 18, 20
    plot_w, plot_h = width - pad_left - 10, height - pad_bottom - pad_top
    count = max((len(v) for v in series.values()), default=0)
    step = plot_w / max(1, count - 1)
    shapes = [
        f'<text x="{pad_left - 4}" y="{pad_top + 4}" text-anchor="end">100%</text>',
        f'<text x="{pad_left - 4}" y="{pad_top + plot_h}" text-anchor="end">0%</text>',
        f'<line x1="{pad_left}" y1="{pad_top + plot_h}" x2="{pad_left + plot_w}" y2="{pad_top + plot_h}" stroke="#999"/>',
    ]
    for index, (name, values) in enumerate(series.items()):
        colour = colours.get(name, "#333")
        segments, current = [], []
        for i, value in enumerate(values):
            if value is None:
                if current:
                    segments.append(current)
                current = []
                continue
            current.append((pad_left + i * step, pad_top + plot_h * (1 - value)))
        if current:
            segments.append(current)
        for points in segments:
            if len(points) == 1:
                x, y = points[0]
                shapes.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colour}"/>')
            else:
                path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
                shapes.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        shapes.append(
            f'<text x="{pad_left + 8 + index * 90}" y="12" style="fill:{colour}">&#9632; {html.escape(name)}</text>'
        )
    if labels:
        shapes.append(f'<text x="{pad_left}" y="{height - 4}">{html.escape(labels[0])}</text>')
        shapes.append(f'<text x="{pad_left + plot_w}" y="{height - 4}" text-anchor="end">{html.escape(labels[-1])}</text>')
    return _svg(width, height, shapes)


def _svg(width: int, height: int, shapes: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"'
        f' viewBox="0 0 {width} {height}" role="img">' + "".join(shapes) + "</svg>"
    )


def _day(run: dict) -> date:
    return datetime.fromisoformat(run["started_at"]).astimezone(UTC).date()


def _pct(value) -> str:
    return "-" if value is None else f"{float(value):.0%}"


_CSS = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border-bottom: 1px solid #ddd; padding: 3px 8px; text-align: left; }
td.num { text-align: right; }
svg text { font: 11px sans-serif; fill: #555; }
.ok { color: #2a7a2a; } .bad { color: #b00020; font-weight: bold; } .warn { color: #b26a00; } .muted { color: #888; }
"""
