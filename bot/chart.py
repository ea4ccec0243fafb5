"""The equity curve as a PNG (matplotlib, Agg backend, imported only when asked)."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any


def equity_series(curve: list[tuple[float, float]], capital: float) -> list[tuple[float, float]]:
    """The points to draw: the starting capital at the first closed trade, then the equity at
    each close and now. `curve` is the engine's (closes..., now); [] before any close."""
    if len(curve) < 2:
        return []
    return [(curve[0][0], float(capital)), *curve]


def equity_png(curve: list[tuple[float, float]], capital: float, title: str = "Equity") -> bytes:
    """The equity chart as PNG bytes."""
    buf = io.BytesIO()
    equity_figure(curve, capital, title).savefig(buf, format="png", bbox_inches="tight")
    return buf.getvalue()


def equity_figure(curve: list[tuple[float, float]], capital: float, title: str = "Equity") -> Any:
    """The equity from the first closed trade on, starting at the starting capital."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 4), dpi=100)
    ax = fig.add_subplot(1, 1, 1)
    points = equity_series(curve, capital)
    if points:
        xs: Any = [datetime.fromtimestamp(t, tz=UTC) for t, _ in points]
        ys = [float(v) for _, v in points]
        # Equity changes when a trade closes: a step, not a slope between closes.
        ax.step(xs, ys, where="post", color="#1f77b4", linewidth=1.5)
        ax.axhline(capital, color="grey", linewidth=0.8, linestyle="--", label="starting capital")
        ax.fill_between(xs, ys, capital, step="post", alpha=0.1, color="#1f77b4")
        ax.legend(loc="best")
        fig.autofmt_xdate()
    else:
        ax.axhline(capital, color="grey", linewidth=0.8, linestyle="--")
        ax.text(0.5, 0.6, "no closed trades yet", ha="center", va="center", transform=ax.transAxes)
    ax.set_title(title)
    ax.set_ylabel("USDT")
    ax.grid(True, alpha=0.3)
    return fig
