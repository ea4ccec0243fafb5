"""The backtest report: one JSON shape (--json) and a readable table."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from engine.backtest.market_data import market_for
from engine.backtest.replay_types import ReplayResult
from engine.domain.market import BUILTIN_MARKETS, MarketCatalog
from engine.domain.trade import Trade

EXIT_REASONS = (
    "take_profit",
    "stop_loss",
    "break_even",
    "closed_by_update",
    "expired",
    "end_of_data",
)
TRADE_FIELDS = (
    "symbol",
    "side",
    "source",
    "entry_time",
    "entry_price",
    "exit_time",
    "exit_price",
    "quantity",
    "pnl",
    "fees",
    "exit_reason",
)


_DAYS: dict[int, str] = {}  # day number -> "YYYY-MM-DD" (bar times fall on few days)
_CLOCK: dict[int, str] = {}  # second of the day -> "THH:MM:SSZ" (bar times: a few dozen)


def _iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    if ts.is_integer() and ts >= 0:  # a whole second (bar times): the day's text, then h:m:s
        day, sec = divmod(int(ts), 86400)
        text = _DAYS.get(day)
        if text is None:
            if len(_DAYS) > 65536:
                _DAYS.clear()
            text = _DAYS[day] = datetime.fromtimestamp(day * 86400, UTC).strftime("%Y-%m-%d")
        clock = _CLOCK.get(sec)
        if clock is None:
            h, rest = divmod(sec, 3600)
            clock = _CLOCK[sec] = f"T{h:02d}:{rest // 60:02d}:{rest % 60:02d}Z"
        return text + clock
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _exit_reason(t: Trade) -> str:
    reason = t.close_reason or "end_of_data"
    if reason in EXIT_REASONS:
        return reason
    # Anything else that closed a filled position (a partial fill cancelled by a post, a stop
    # the broker refused) was the result of an instruction, not of a level being reached.
    return "closed_by_update"


def trade_rows(result: ReplayResult) -> list[dict[str, Any]]:
    """Every trade that filled, in the order it closed."""
    filled = [t for t in result.engine.trades.values() if t.entry_qty > 0]
    filled.sort(
        key=lambda t: (
            t.closed_at or 0.0,
            t.first_fill_at or 0.0,
            int(t.trade_id[1:]) if t.trade_id[1:].isdigit() else 0,
        )
    )
    return [
        {
            "symbol": t.symbol,
            "side": t.side,
            "source": t.source,
            "entry_time": _iso(t.first_fill_at),
            "entry_price": float(t.avg_entry or 0),
            "exit_time": _iso(t.closed_at),
            "exit_price": float(t.avg_exit) if t.avg_exit is not None else None,
            "quantity": float(t.entry_qty),
            "pnl": float(t.net_pnl),
            "fees": float(t.fees),
            "exit_reason": _exit_reason(t),
        }
        for t in filled
    ]


def max_drawdown_pct(capital: float, pnls: list[float]) -> float:
    """Largest fall from a peak of the equity after each close, in percent."""
    equity = peak = capital
    worst = 0.0
    for x in pnls:
        equity += x
        peak = max(peak, equity)
        if peak > 0:
            worst = max(worst, (peak - equity) / peak * 100)
    return worst


def equity_points(capital: float, trades: list[dict[str, Any]]) -> list[tuple[str, float]]:
    """(exit time, equity) after each closed trade, starting from the capital."""
    pts: list[tuple[str, float]] = []
    eq = capital
    for t in trades:
        eq += t["pnl"]
        pts.append((t["exit_time"], eq))
    return pts


def _block(
    capital: float, outs: list[Any], trades: list[dict[str, Any]], bars: int, elapsed: float
) -> dict[str, Any]:
    pnls = [t["pnl"] for t in trades]
    wins = sum(1 for x in pnls if x > 0)
    gross_win = sum(x for x in pnls if x > 0)
    gross_loss = -sum(x for x in pnls if x <= 0)
    net = sum(pnls)
    signals = [o for o in outs if o.kind == "signal"]
    refused = [o for o in signals if not o.ok]
    return {
        "messages": len(outs),
        "signals": len(signals),
        "refused": len(refused),
        "trades": len(trades),
        "wins": wins,
        "losses": len(trades) - wins,
        "win_rate": round(wins / len(trades), 4) if trades else 0.0,
        "net_pnl": round(net, 2),
        "fees": round(sum(t["fees"] for t in trades), 2),
        "return_pct": round(net / capital * 100, 4),
        "max_drawdown_pct": round(max_drawdown_pct(capital, pnls), 4),
        "profit_factor": (round(gross_win / gross_loss, 4) if gross_loss > 0 else None),
        "final_equity": round(capital + net, 2),
        "bars_processed": bars,
        "elapsed_s": round(elapsed, 4),
    }


def _refusals(outs: list[Any]) -> dict[str, int]:
    """Why signals were not traded: the first reason of each, counted."""
    c: Counter[str] = Counter()
    for o in outs:
        if o.kind == "signal" and not o.ok:
            c[_reason_key(o.refused[0] if o.refused else "refused")] += 1
    return dict(c.most_common())


def _reason_key(reason: str) -> str:
    # A risk refusal carries its kind ("entry too far from the market price ..."): counted by
    # it; any other reason (parser, replay) by its own words, numbers and all.
    return getattr(reason, "kind", None) or str(reason)


MESSAGE_FIELDS = ("time", "source", "id", "status", "symbol", "side", "detail", "pnl", "text")


def message_rows(result: ReplayResult) -> list[dict[str, Any]]:
    """What became of every message: traded (with its result), not filled, refused (why),
    an update applied or refused, or not a signal."""
    trades = result.engine.trades
    rows = []
    for o in result.outcomes:
        row: dict[str, Any] = {
            "time": _iso(o.msg.time),
            "source": o.msg.source,
            "id": o.msg.msg_id,
            "status": "not a signal",
            "symbol": None,
            "side": None,
            "detail": "",
            "pnl": None,
            "text": " | ".join([ln for ln in map(str.strip, o.msg.text.splitlines()) if ln])[:160],
        }
        t = trades.get(o.trade_id) if o.trade_id else None
        if t is not None:
            row["symbol"], row["side"] = t.symbol, t.side
        if o.kind == "update":
            row["status"] = "update applied" if o.ok else "update refused"
            row["detail"] = "; ".join(o.refused)
        elif o.kind == "signal":
            if o.ok and t is None:  # a breakout that waited for its level and never reached it
                row["status"] = "not entered"
                row["detail"] = "; ".join(o.refused) or "waiting for its level"
            elif not o.ok or t is None:
                row["status"] = "refused"
                row["detail"] = "; ".join(o.refused) or "refused"
            elif t.entry_qty > 0:
                row["status"] = "traded"
                row["detail"] = _exit_reason(t) if not t.is_active else "open"
                row["pnl"] = float(t.net_pnl)
            else:
                row["status"] = "not filled"
                row["detail"] = t.close_reason or "end_of_data"
        rows.append(row)
    return rows


def precision(result: ReplayResult) -> dict[str, tuple[int, int]]:
    """(price decimals, amount decimals) of each market: the exchange's steps when known."""

    def places(step: Any) -> int:
        return max(0, -int(step.normalize().as_tuple().exponent))

    known = MarketCatalog(BUILTIN_MARKETS)
    out = {}
    for name, c in result.candles.items():
        m = market_for(name, c.decimals)  # fills are simulated at the data's own precision
        shown = known.resolve(m.symbol) or m  # shown at the exchange's, when it is known
        out[m.symbol] = (places(shown.price_step), places(shown.amount_step))
    return out


MONEY_DECIMALS = 2  # PnL and fees are in the quote currency (USDT): to the cent


def rounded_trades(
    trades: list[dict[str, Any]], places: dict[str, tuple[int, int]]
) -> list[dict[str, Any]]:
    """The trades with prices and quantities as text at the market's precision, money to the
    cent (what the CSV and the HTML show)."""
    out = []
    for t in trades:
        pd, ad = places.get(t["symbol"], (8, 8))
        r = dict(t)
        for k in ("entry_price", "exit_price"):
            r[k] = None if t[k] is None else f"{t[k]:.{pd}f}"
        r["quantity"] = f"{t['quantity']:.{ad}f}"
        for k in ("pnl", "fees"):
            r[k] = f"{t[k]:.{MONEY_DECIMALS}f}"
        out.append(r)
    return out


def duration(seconds: float) -> str:
    """0.004 -> "4 ms", 2.5 -> "2.50 s"."""
    if seconds < 1:
        ms = seconds * 1000
        return "< 1 ms" if ms < 1 else f"{ms:.0f} ms"
    return f"{seconds:.2f} s"


def build_report(result: ReplayResult) -> dict[str, Any]:
    """The report dict (--json prints exactly this)."""
    eng = result.engine
    capital = float(eng.risk.INITIAL_CAPITAL)
    trades = trade_rows(result)
    summary = _block(capital, result.outcomes, trades, result.bars, result.elapsed_s)
    unfilled = Counter(
        t.close_reason for t in eng.trades.values() if t.entry_qty == 0 and t.close_reason
    )
    summary["updates"] = sum(1 for o in result.outcomes if o.kind == "update")
    summary["updates_applied"] = sum(1 for o in result.outcomes if o.kind == "update" and o.ok)
    summary["expired_entries"] = unfilled.get("expired", 0)
    summary["tp1_before_entry"] = unfilled.get("tp1_before_entry", 0)
    summary["unfilled_at_end"] = unfilled.get("end_of_data", 0)
    summary["refused_reasons"] = _refusals(result.outcomes)
    if result.funding_paid:
        summary["funding"] = round(result.funding_paid, 2)
    summary["bars_visited"] = result.bars_visited
    by_source: dict[str, Any] = {}
    for src in sorted({o.msg.source for o in result.outcomes}):
        outs = [o for o in result.outcomes if o.msg.source == src]
        mine = [t for t in trades if t["source"] == src]
        by_source[src] = _block(capital, outs, mine, result.bars, result.elapsed_s)
    return {
        "summary": summary,
        "by_source": by_source,
        "trades": trades,
        "messages": message_rows(result),
        "precision": precision(result),
    }


def _write_csv(path: str | Path, fields: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    with Path(path).open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(fields))
        w.writeheader()
        for r in rows:
            w.writerow({k: r[k] for k in fields})


def write_trades_csv(path: str | Path, report: dict[str, Any]) -> None:
    """The trades table as CSV, prices and quantities at the market's precision."""
    _write_csv(path, TRADE_FIELDS, rounded_trades(report["trades"], report["precision"]))


def write_messages_csv(path: str | Path, report: dict[str, Any]) -> None:
    """One row per message: what became of it and why, PnL to the cent."""
    rows = [
        {**m, "pnl": None if m["pnl"] is None else f"{m['pnl']:.{MONEY_DECIMALS}f}"}
        for m in report["messages"]
    ]
    _write_csv(path, MESSAGE_FIELDS, rows)


def format_table(report: dict[str, Any], max_trades: int = 20) -> str:
    """A readable summary, per-channel figures and the last trades."""
    s = report["summary"]
    pf = s["profit_factor"]
    lines = [
        "Backtest",
        f"  messages {s['messages']}   signals {s['signals']}   refused {s['refused']}   "
        f"updates {s['updates']} ({s['updates_applied']} applied)",
        f"  trades {s['trades']}   wins {s['wins']}   losses {s['losses']}   "
        f"win rate {s['win_rate'] * 100:.1f}%",
        f"  net PnL {s['net_pnl']:+,.2f}   fees {s['fees']:,.2f}   return {s['return_pct']:+.2f}%"
        f"   max drawdown {s['max_drawdown_pct']:.2f}%   profit factor "
        f"{'n/a' if pf is None else f'{pf:.2f}'}",
        f"  final equity {s['final_equity']:,.2f}",
        f"  unfilled entries: expired {s['expired_entries']}, TP1 before entry "
        f"{s['tp1_before_entry']}, open at end {s['unfilled_at_end']}",
        f"  {s['bars_processed']:,} bars in {duration(s['elapsed_s'])}",
    ]
    if s["refused_reasons"]:
        lines.append("  refused because:")
        lines += [f"    {n:>5}  {why}" for why, n in s["refused_reasons"].items()]
    lines += [
        "",
        f"  {'channel':<24}{'signals':>8}{'trades':>8}{'win %':>8}{'net PnL':>12}{'max DD %':>10}",
    ]
    for src, b in report["by_source"].items():
        lines.append(
            f"  {src[:23]:<24}{b['signals']:>8}{b['trades']:>8}"
            f"{b['win_rate'] * 100:>8.1f}{b['net_pnl']:>12,.2f}{b['max_drawdown_pct']:>10.2f}"
        )
    trades = report["trades"]
    if trades:
        shown = trades[-max_trades:]
        lines += [
            "",
            f"  last {len(shown)} of {len(trades)} trades:",
            f"  {'exit time':<21}{'symbol':<15}{'side':<6}{'entry':>12}{'exit':>12}"
            f"{'PnL':>10}  reason",
        ]
        for t in shown:
            lines.append(
                f"  {t['exit_time'] or '':<21}{t['symbol']:<15}{t['side']:<6}"
                f"{t['entry_price']:>12.6g}{(t['exit_price'] or 0):>12.6g}"
                f"{t['pnl']:>10.2f}  {t['exit_reason']}"
            )
    return "\n".join(lines)


def format_messages(report: dict[str, Any], text_width: int = 48) -> str:
    """What became of each message, one line each: traded (its result), not filled, refused
    (why), an update, or not a signal; then the count of each."""
    rows = report["messages"]
    lines = ["", f"  {len(rows)} messages:"]
    for m in rows:
        what = f"{m['symbol'] or ''} {m['side'] or ''}".strip()
        pnl = f"{m['pnl']:+.2f}" if m["pnl"] is not None else ""
        detail = "; ".join(x for x in (what, m["detail"], pnl) if x)
        lines.append(
            f"  {m['time']}  #{m['id']:<6} {m['status']:<14} {detail}"
            + (f"  | {m['text'][:text_width]}" if m["text"] else "")
        )
    counts = Counter(m["status"] for m in rows)
    lines.append("  " + ", ".join(f"{status} {n}" for status, n in counts.most_common()))
    return "\n".join(lines)
