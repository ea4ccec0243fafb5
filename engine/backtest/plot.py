"""The equity curve and its drawdown as a PNG or inline SVG (matplotlib, no display needed)."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

from engine.backtest.report import equity_points


def plot_equity(
    report: dict[str, Any], capital: float, path: str | Path, title: str = "sigcopy backtest"
) -> Path:
    """Write equity (after each close) and drawdown to path; returns the path."""
    out = Path(path)
    _draw(report, capital, title, out, "png")
    return out


def equity_svg(report: dict[str, Any], capital: float, title: str = "sigcopy backtest") -> str:
    """The same chart as an <svg> element to put inline in an HTML page."""
    buf = io.StringIO()
    _draw(report, capital, title, buf, "svg")
    text = buf.getvalue()
    return text[text.index("<svg") :]


def _draw(report: dict[str, Any], capital: float, title: str, dest: Any, fmt: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pts = equity_points(capital, report["trades"])
    if report["trades"]:
        first = min(t["entry_time"] for t in report["trades"])
        pts.insert(0, (first, capital))  # the curve starts at the capital, at the first entry
    times = [datetime.fromisoformat(t.replace("Z", "+00:00")) for t, _ in pts]
    equity = [e for _, e in pts]
    peak, dd = capital, []
    for e in equity:
        peak = max(peak, e)
        dd.append((e - peak) / peak * 100 if peak else 0.0)
    fig, (ax1, ax2) = plt.subplots(
        2, 1, figsize=(10, 6), sharex=True, gridspec_kw={"height_ratios": [3, 1]}
    )
    ax1.step(times, equity, where="post", color="#1f77b4", lw=1.4)
    ax1.axhline(capital, color="grey", lw=0.8, ls="--")
    s = report["summary"]
    ax1.set_title(
        f"{title}: {s['trades']} trades, return {s['return_pct']:+.2f}%, "
        f"max drawdown {s['max_drawdown_pct']:.2f}%"
    )
    ax1.set_ylabel("equity")
    ax1.grid(alpha=0.3)
    ax2.fill_between(times, dd, 0, step="post", color="#d62728", alpha=0.4)
    ax2.set_ylabel("drawdown %")
    ax2.grid(alpha=0.3)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(dest, dpi=110, format=fmt)
    plt.close(fig)
