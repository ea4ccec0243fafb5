"""/close, /cancel and /halt close (Telegram and the console): a symbol's trades closed (all,
or a share), or only what has not filled cancelled, through the engine's apply_update; or
everything /halt close's question showed closed (what opened since is asked again). The
answer says what was done: a position closed, the entry orders not yet
filled that ended with it, a waiting entry cancelled while nothing was open, each book's part;
or why nothing was done.

Functions of the Desk (bot/desk.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

CLOSE_USAGE = (
    "Usage: /close SYMBOL [share] [BOOK ...], e.g. /close BTCUSDT, /close BTCUSDT 25% or "
    "/close BTCUSDT paper (only in that book)."
)
CANCEL_USAGE = (
    "Usage: /cancel SYMBOL [BOOK ...], e.g. /cancel BTCUSDT (in every book) or "
    "/cancel BTCUSDT paper (only in that book)."
)
SHARE_WORD = re.compile(r"[-+]?[\d.]+%?|.*%")  # "25%", "25", "0.5": a share, else a book


def _share(text: str) -> float | None:
    """'25%' or '25' as 0.25; None when it is not a share above 0, at most 100 %."""
    try:
        fraction = float(text.strip().rstrip("%")) / 100
    except ValueError:
        return None
    return fraction if 0 < fraction <= 1 else None


def _books(engine: Any, books: list[str], nothing: str) -> tuple[dict[str, Any], str | None]:
    """The `books=` argument for apply_update (none: every book), or the answer naming a book
    sigcopy does not have (`nothing`: "Nothing was closed.")."""
    known = list(getattr(engine, "books", None) or [engine.book_name])
    unknown = [b for b in books if b not in known]
    if unknown:
        return {}, (
            f"There is no book {', '.join(unknown)}: the books are {', '.join(known)}. {nothing}"
        )
    return ({"books": books} if books and len(known) > 1 else {}), None


def _outcome(r: Any, what: str) -> str:
    """What a close did: closed (or closing: held for the rate-limit window, close_hold.py),
    nothing was open (only entries not filled ended, resting or waiting: the engine says, having
    acted), or nothing was closed."""
    if not r.ok:
        return "nothing was closed"
    if not r.positions:
        return "nothing was open"
    return ("closing " if r.held else "closed ") + what


def _notes(r: Any) -> str:
    """The engine's reasons after the outcome: why nothing was closed, else what it did too."""
    if not r.ok:
        return ": " + ("; ".join(r.reasons) or "the engine gave no reason")
    return "".join(f"; {x}" for x in r.reasons)


def _head(r: Any, symbol: str, what: str) -> str:
    """The answer's lead, e.g. "✅ Closed BTCUSDT", "Nothing was closed for BTCUSDT"."""
    outcome = _outcome(r, what)
    mark = "" if not r.ok else ("⏳ " if r.positions and r.held else "✅ ")
    where = {"nothing was closed": f" for {symbol}", "nothing was open": f" on {symbol}"}
    return mark + outcome[0].upper() + outcome[1:] + where.get(outcome, "")


async def close(engine: Any, symbol: str, args: Sequence[str] = ()) -> str:
    """/close SYMBOL [share] [BOOK ...]: all of it (or that share) at market, in the books named,
    else in every book. One book: one sentence; several: their lead, then one line a book
    saying what was done there (the same words)."""
    share = args[0] if args and SHARE_WORD.fullmatch(args[0]) else None
    fraction = _share(share) if share is not None else None
    if share is not None and fraction is None:
        return f"{CLOSE_USAGE} The share is a percentage above 0, at most 100 ({share!r})."
    only, unknown = _books(engine, list(args[1:] if share else args), "Nothing was closed.")
    if unknown:
        return unknown
    kind = "CLOSE" if fraction is None else "CLOSE_PARTIAL"
    r = await engine.apply_update(kind, symbol=symbol, fraction=fraction, reason="manual", **only)
    what = symbol if fraction is None else f"{fraction:.0%} of {symbol}"
    if not r.books:
        return _head(r, symbol, what) + _notes(r) + "."
    lines = [f"• book {name}: {_outcome(b, what)}{_notes(b)}" for name, b in r.books.items()]
    return "\n".join([f"{_head(r, symbol, what)}:", *lines])


async def cancel(engine: Any, symbol: str, books: list[str]) -> str:
    """/cancel SYMBOL [BOOK ...]: the symbol's entries not yet filled cancelled (limit entries
    resting, breakouts waiting for their level) in the books named, else in every book; an
    open position stays. One line a book says what was done there."""
    only, unknown = _books(engine, books, "Nothing was cancelled.")
    if unknown:
        return unknown
    r = await engine.apply_update("CANCEL", symbol=symbol, reason="manual", **only)
    each = r.books or {engine.book_name: r}
    lines = [
        f"• book {name}: " + ("; ".join(b.reasons) or ("done" if b.ok else "nothing to cancel"))
        for name, b in each.items()
    ]
    head = f"🚫 Cancelled for {symbol}:" if r.ok else f"Nothing was cancelled for {symbol}:"
    return "\n".join([head, *lines])


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


Key = tuple[str, str]  # (book, trade id)


@dataclass(frozen=True)
class CloseAllAsk:
    """/halt close's question, its button's label, and `shown`: exactly what the question
    counted (each open position and each trade with nothing filled, by book and trade id), which
    the button carries so the tap closes those and nothing else."""

    question: str
    label: str
    shown: str  # JSON: {"p": [[book, trade id], ...], "r": [...]}


@dataclass(frozen=True)
class CloseAllDone:
    """What the tap did, and the question for what opened since the one tapped (None: none)."""

    text: str
    again: CloseAllAsk | None = None


def _open_now(engine: Any) -> tuple[dict[Key, str], dict[Key, str]]:
    """The open positions and the trades with nothing filled now, by (book, trade id), each
    with its name ("LONG BTC/USDT:USDT")."""
    positions = {
        (str(p.get("book")), str(p["trade_id"])): f"{p.get('side')} {p.get('symbol')}"
        for p in engine.positions()
    }
    resting = {(r.book, r.trade_id): f"{r.side} {r.symbol}" for r in engine.resting_trades()}
    return positions, resting


def _ask(positions: dict[Key, str], resting: dict[Key, str], since: str = "") -> CloseAllAsk:
    """The question for these positions and trades with nothing filled (`since`: its lead)."""
    n, ended = len(positions), _plural(len(resting), "trade")
    also = f" and cancel the entries of {ended} not yet filled" if resting else ""
    question = f"{since}Close every open position ({n}){also}?"
    shown = json.dumps({"p": sorted(positions), "r": sorted(resting)})
    return CloseAllAsk(question, f"⚠️ Close all: {_plural(n, 'position')}", shown)


def close_all_question(engine: Any) -> CloseAllAsk:
    """/halt close's question and its button: how many positions it closes, and how many
    trades with nothing filled it ends (their resting entries are cancelled with the rest)."""
    return _ask(*_open_now(engine))


def _read(shown: str) -> tuple[set[Key], set[Key]]:
    got = json.loads(shown)
    return {(b, t) for b, t in got["p"]}, {(b, t) for b, t in got["r"]}


async def close_all(engine: Any, shown: str) -> CloseAllDone:
    """Close exactly what the question showed (`shown`): its positions, and its trades with
    nothing filled (their entries cancelled). The answer counts what the engine did to each
    trade as it acted (an entry filling meanwhile is a position closed), says what is still
    open (a close that failed or waits) and what the question showed that had already ended.
    What opened since the question (a new trade, or an entry of a trade shown with nothing
    filled that has filled) is not closed: it is named, and asked about again."""
    was_open, was_resting = _read(shown)
    positions, resting = _open_now(engine)
    go = (was_open & positions.keys()) | (was_resting & resting.keys())
    gone = (was_open | was_resting) - positions.keys() - resting.keys()
    new_open = {k: v for k, v in positions.items() if k not in go}
    new_resting = {k: v for k, v in resting.items() if k not in go}
    said = (
        [_closed_all(await engine.close_all_report(only=go))] if go else ["✅ Closed 0 positions"]
    )
    if gone:
        said.append(f"{_plural(len(gone), 'trade')} it showed had already ended")
    if not (new_open or new_resting):
        return CloseAllDone("; ".join(said) + ".")
    names = ", ".join(sorted({**new_open, **new_resting}.values()))
    said.append(f"not closed: what opened since the question ({names}), asked below")
    since = f"Opened since the last question: {names}. "
    return CloseAllDone("; ".join(said) + ".", _ask(new_open, new_resting, since))


def _closed_all(r: Any) -> str:
    """What closing did, counted as the engine acted on each trade."""
    said = [f"✅ Closed {_plural(r.closed, 'position')}"]
    if r.ended:
        said.append(
            f"the entries of {_plural(r.ended, 'trade')} with nothing filled were cancelled"
        )
    if still := r.waiting + r.failed:
        said.append(
            f"{_plural(still, 'position')} still open (a close failed, or waits for the "
            "exchange: see the messages and /positions)"
        )
    if r.resting:  # trades with nothing filled whose entries' cancel failed: they stay
        rest = "rests" if r.resting == 1 else "rest"
        said.append(
            f"{_plural(r.resting, 'entry order')} could not be cancelled and still {rest} on "
            "the exchange: their trades stay, each with its stop placed if an entry fills (see "
            "/positions; /cancel SYMBOL to try again)"
        )
    return "; ".join(said)
