"""The equity curve as a PNG (matplotlib, Agg backend, imported only when asked)."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any


def equity_png(points: list[tuple[float, float]], title: str = "Equity") -> bytes:
    """Render (epoch seconds, equity) points; a flat line when there is only one."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 4), dpi=100)
    ax = fig.add_subplot(1, 1, 1)
    if points:
        xs: Any = [datetime.fromtimestamp(t, tz=UTC) for t, _ in points]
        ys = [float(v) for _, v in points]
        if len(xs) == 1:
            xs, ys = xs * 2, ys * 2
        ax.plot(xs, ys, color="#1f77b4", linewidth=1.5)
        ax.fill_between(xs, ys, min(ys), alpha=0.1, color="#1f77b4")
        fig.autofmt_xdate()
    else:
        ax.text(0.5, 0.5, "no trades yet", ha="center", va="center", transform=ax.transAxes)
    ax.set_title(title)
    ax.set_ylabel("USDT")
    ax.grid(True, alpha=0.3)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight")
    return buf.getvalue()
