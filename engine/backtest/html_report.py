"""The backtest report as one self-contained HTML page: summary, equity curve (inline SVG), the
trades, and what became of every message. No scripts, no external files; every text from a
channel is escaped."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from engine.backtest.plot import equity_svg
from engine.backtest.report import MESSAGE_FIELDS, TRADE_FIELDS, duration, rounded_trades

_STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222;max-width:1200px}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0}
th,td{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.refused td{background:#fff4f4}tr.traded td{background:#f6fff4}
.svg svg{max-width:100%;height:auto}
"""


def _table(head: list[str], rows: list[list[Any]], classes: list[str] | None = None) -> str:
    def cell(v: Any) -> str:
        if v is None:
            return "<td></td>"
        num = isinstance(v, int | float) or (isinstance(v, str) and _is_number(v))
        return f'<td class="n">{escape(str(v))}</td>' if num else f"<td>{escape(str(v))}</td>"

    out = ["<table><tr>", *(f"<th>{escape(h)}</th>" for h in head), "</tr>"]
    for i, r in enumerate(rows):
        cls = f' class="{escape(classes[i])}"' if classes and classes[i] else ""
        out.append(f"<tr{cls}>" + "".join(cell(v) for v in r) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _summary(s: dict[str, Any]) -> str:
    pf = s["profit_factor"]
    rows = [
        ["messages", s["messages"]],
        ["signals", s["signals"]],
        ["refused", s["refused"]],
        ["trades", s["trades"]],
        ["wins / losses", f"{s['wins']} / {s['losses']}"],
        ["win rate", f"{s['win_rate'] * 100:.1f} %"],
        ["net PnL", f"{s['net_pnl']:+,.2f}"],
        ["fees", f"{s['fees']:,.2f}"],
        ["return", f"{s['return_pct']:+.2f} %"],
        ["max drawdown", f"{s['max_drawdown_pct']:.2f} %"],
        ["profit factor", "n/a" if pf is None else f"{pf:.2f}"],
        ["final equity", f"{s['final_equity']:,.2f}"],
        ["bars", f"{s['bars_processed']:,} in {duration(s['elapsed_s'])}"],
    ]
    return _table(["", ""], rows)


def render_html(report: dict[str, Any], capital: float, title: str) -> str:
    """The whole page as text."""
    s = report["summary"]
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        _summary(s),
    ]
    if s["refused_reasons"]:
        parts.append("<h2>Refused because</h2>")
        parts.append(
            _table(["signals", "reason"], [[n, w] for w, n in s["refused_reasons"].items()])
        )
    parts.append("<h2>Per channel</h2>")
    parts.append(
        _table(
            ["channel", "signals", "trades", "win rate %", "net PnL", "max drawdown %"],
            [
                [
                    src,
                    b["signals"],
                    b["trades"],
                    f"{b['win_rate'] * 100:.1f}",
                    f"{b['net_pnl']:.2f}",
                    f"{b['max_drawdown_pct']:.2f}",
                ]
                for src, b in report["by_source"].items()
            ],
        )
    )
    parts.append("<h2>Equity after each closed trade, and drawdown</h2>")
    if report["trades"]:
        parts.append(f"<div class='svg'>{equity_svg(report, capital, title)}</div>")
    else:
        parts.append("<p>No trade closed: no curve to draw.</p>")
    trades = rounded_trades(report["trades"], report["precision"])
    parts.append(f"<h2>Trades ({len(trades)})</h2>")
    parts.append(_table(list(TRADE_FIELDS), [[t[k] for k in TRADE_FIELDS] for t in trades]))
    msgs = report["messages"]
    parts.append(f"<h2>Messages ({len(msgs)})</h2>")
    rows = [
        [m[k] if k != "pnl" or m[k] is None else f"{m[k]:.2f}" for k in MESSAGE_FIELDS]
        for m in msgs
    ]
    classes = [m["status"].split()[0] for m in msgs]
    parts.append(_table(list(MESSAGE_FIELDS), rows, classes))
    parts.append("</body></html>\n")
    return "".join(parts)


def write_html(path: str | Path, report: dict[str, Any], capital: float, title: str) -> Path:
    """Write the page; returns its path."""
    out = Path(path)
    out.write_text(render_html(report, capital, title), encoding="utf-8")
    return out
