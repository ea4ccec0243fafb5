"""Follow-ups (close, move the stop...): which open trades they name, whether they make sense,
and how they read on a card. Functions over the engine's public views (positions, resting
trades, waiting entries); whether a stop may move there is the engine's own decision, asked
(stop_move_problem), never worked out here again.

In confirmation mode a follow-up that changes risk is asked like a signal; in either mode one
that makes no sense (a stop past the price or beyond liquidation, a position the bot never
opened) is refused with the reason and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.cards import fmt_num
from engine.domain.follow_up import ENDS_WAITING
from engine.domain.signal import canonical_symbol

# Kinds that change what is at risk: asked first in confirmation mode.
RISKY = ("MOVE_SL", "CLOSE", "CLOSE_PARTIAL", "CANCEL", "SL_HIT")


@dataclass
class Action:
    """A follow-up resolved to what the engine's apply_update will be asked."""

    kind: str
    trade_ids: list[str]
    symbol: str | None = None
    price: float | None = None
    to_entry: bool = False
    fraction: float | None = None
    source: str | None = None
    label: str = ""
    then: str | None = None  # "MOVE_SL" after a CLOSE_PARTIAL: "close 50% and move SL to entry"
    what: str = ""  # the trade named, in words: "LONG BTC/USDT:USDT 2x"
    # Every trade named had nothing filled when the card was made: a close or stop hit ends
    # their entries, and must close no position that filled since (not what was approved).
    entry_only: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Stored in the approval record."""
        return dict(vars(self))


# The shares a card offers when the post says to close part but not how much.
SHARES = (0.25, 0.5, 1.0)


def named(engine: Any) -> list[dict[str, Any]]:
    """What a follow-up can name: the open positions, the trades whose limit entries rest with
    nothing filled (each says "resting at ..."), then the entries waiting for their level
    (each says "waiting")."""
    resting = [_resting(r) for r in engine.resting_trades()]
    return [*engine.positions(), *resting, *engine.waiting_entries()]


def _resting(r: Any) -> dict[str, Any]:
    """A trade whose limit entries rest unfilled (the engine's RestingTrade), as a follow-up
    names it: the prices of the orders that rest, not the signal's (one may not have been
    placed: a size too small to split goes as one order)."""
    at = " · ".join(fmt_num(price) for price, _ in r.entries) or "market"
    return {
        "trade_id": r.trade_id,
        "symbol": r.symbol,
        "side": r.side,
        "leverage": r.leverage,
        "sl": r.sl,
        "source": r.source,
        "book": r.book,
        "resting": f"resting at {at}, nothing filled yet",
    }


def needs_share(action: Action) -> bool:
    """True for a partial close whose post did not say how much ("take some profits")."""
    return action.kind == "CLOSE_PARTIAL" and action.fraction is None and action.then is None


def asks_share(action: dict[str, Any] | None) -> bool:
    """True when an approval's stored follow-up (None: a signal) waits for a share to be
    chosen: its card offers the shares instead of Approve."""
    return action is not None and needs_share(Action(**action))


def no_share_text(action: Action) -> str:
    """Auto mode's answer to a partial close without its share: nothing is closed."""
    coin = canonical_symbol(str(action.symbol)).replace("/", "")
    return (
        f"↪️ close partial: not applied: the post says to close part of {action.what} "
        f"but not how much, so nothing was closed. To close a share yourself: /close {coin} "
        "25% (or any share; /close without one closes all). With confirmation on for the "
        "channel, the card asks how much."
    )


def targets(
    positions: list[dict[str, Any]], *, trade_id: str | None, symbol: str | None, source: str | None
) -> list[dict[str, Any]]:
    """The open positions a follow-up names: the trade replied to, else the symbol's ones from
    the same source (a channel acts on its own trades; the user's own words on any)."""
    if trade_id:
        mine = [p for p in positions if p.get("trade_id") == trade_id]
        if mine:
            return mine
    if not symbol:
        return []
    want = canonical_symbol(symbol)
    return [
        p
        for p in positions
        if canonical_symbol(str(p.get("symbol"))) == want
        and (source is None or p.get("source") == source)
    ]


def resolve(
    kind: str,
    update: Any,
    engine: Any,
    *,
    reply_to: str | None,
    source: str | None,
) -> tuple[Action | None, str | None]:
    """The action a parsed follow-up asks for, or (None, why it is refused)."""
    symbol = getattr(update, "symbol", None)
    found = targets(named(engine), trade_id=reply_to, symbol=symbol, source=source)
    if kind == "CANCEL":  # a cancel acts on what has not filled: a position beside it stays
        found = [p for p in found if not _filled_only(p)] or found
    what = name(kind)
    if not found and not symbol and not reply_to:  # "Close this position", posted as no reply
        return None, (
            f"↪️ {what}: not applied: the post names no coin and replies to no signal, so which "
            "trade it means cannot be told. Nothing was changed."
        )
    if not found:
        which = symbol or "the post replied to"
        return None, (
            f"↪️ {what}: not applied: the bot has no open position for {which} (it never "
            "opened one, or it is closed). Nothing was changed."
        )
    action = Action(
        kind,
        # One id once: a signal copied to several books has one trade id in each (COPY_TO),
        # and apply_update acts in every book holding it.
        list(dict.fromkeys(str(p["trade_id"]) for p in found)),
        symbol=str(found[0]["symbol"]),
        price=getattr(update, "price", None),
        to_entry=bool(getattr(update, "to_entry", False)),
        fraction=getattr(update, "fraction", None),
        source=source,
        then=then_of(update),
    )
    bad = nonsense(engine, action, found)
    if bad:
        return None, f"↪️ {what}: refused: {bad}. Nothing was changed."
    action.label = label(action, found)
    action.what = _what(found[0])
    action.entry_only = all(_unfilled(p) for p in found)
    return action, None


def then_of(update: Any) -> str | None:
    """The second action of an update, by name ("MOVE_SL"), or None."""
    then = getattr(update, "then", None)
    return None if then is None else str(getattr(then, "value", then))


def nonsense(engine: Any, action: Action, found: list[dict[str, Any]]) -> str | None:
    """Why a follow-up makes no sense for these positions, or None. A stop move is the
    engine's to judge (stop_move_problem: the rule and the tick it applies): asked, not
    checked here again, so the card and the engine never disagree."""
    kind, price, then = action.kind, action.price, action.then
    for p in found:
        if p.get("waiting") and kind not in ENDS_WAITING:
            return (
                f"the {p.get('side')} {p.get('symbol')} is still {p['waiting']}: nothing is "
                "entered yet"
            )
        if p.get("resting") and kind not in ENDS_WAITING and not _sets_resting_stop(kind, price):
            return (
                f"the {p.get('side')} {p.get('symbol')} has limit entries {p['resting']}: "
                "there is no position yet"
            )
    if kind == "CANCEL" and all(_filled_only(p) for p in found):
        p = found[0]
        return (
            f"every entry of the {p.get('side')} {p.get('symbol')} has filled, so there is "
            f"nothing to cancel; the position stays open with {_stop(p)}"
        )
    if "MOVE_SL" not in (kind, then) or (price is None and not action.to_entry):
        return None
    for p in found:
        why = engine.stop_move_problem(str(p["trade_id"]), price, action.to_entry)
        if why:
            return f"{why} ({p.get('side')} {p.get('symbol')})"
    return None


def _sets_resting_stop(kind: str, price: float | None) -> bool:
    """A stop move to a price: on a trade whose limit entries rest with nothing filled it sets
    the stop the trade gets when an entry fills (the engine checks it is below every entry
    still to fill for a long, above for a short). "Move SL to entry" names no price there."""
    return kind == "MOVE_SL" and price is not None


def _unfilled(p: dict[str, Any]) -> bool:
    """An entry waiting for its level, or limit entries resting with nothing filled."""
    return bool(p.get("waiting") or p.get("resting"))


def _filled_only(p: dict[str, Any]) -> bool:
    """An open position with no entry left resting."""
    return not (p.get("waiting") or p.get("resting") or p.get("resting_entries"))


def _stop(p: dict[str, Any]) -> str:
    sl = p.get("sl")
    return f"its stop at {fmt_num(sl)}" if sl is not None else "no stop (the signal gave none)"


def _what(p: dict[str, Any]) -> str:
    return f"{p.get('side')} {p.get('symbol')} {p.get('leverage')}x"


def label(action: Action, found: list[dict[str, Any]]) -> str:
    """What the follow-up does, in words, e.g. "move the stop of LONG BTC/USDT 2x 41,000 → …"."""
    p = found[0]
    what = _what(p)
    more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
    if p.get("waiting"):  # a breakout not entered: a cancel or close ends its wait
        return f"cancel the waiting entry of {what} ({p['waiting']}){more}"
    if p.get("resting") and _sets_resting_stop(action.kind, action.price):
        return (
            f"move the stop of the resting entries of {what} ({p['resting']}){more} from "
            f"{fmt_num(p.get('sl'))} to {fmt_num(action.price)}: it is placed when an entry fills"
        )
    if p.get("resting"):  # limit entries, nothing filled: a cancel or close ends them
        return f"cancel the resting entries of {what} ({p['resting']}){more}"
    if len(found) > 1:
        what += f" (and {len(found) - 1} more)"
    if action.kind == "MOVE_SL":
        to = "the entry" if action.to_entry else fmt_num(action.price)
        return f"move the stop of {what} from {fmt_num(p.get('sl'))} to {to}"
    if action.kind == "CLOSE_PARTIAL" and action.then == "MOVE_SL":
        to = "the entry" if action.to_entry else fmt_num(action.price)
        return (
            f"close {action.fraction or 0:.0%} of {what}, then move its stop from "
            f"{fmt_num(p.get('sl'))} to {to}"
        )
    if action.kind == "CLOSE_PARTIAL" and action.fraction is None:
        return f"close part of {what}: the post does not say how much, choose below"
    if action.kind == "CLOSE_PARTIAL":
        return f"close {action.fraction:.0%} of {what}"
    if action.kind == "CANCEL":
        at = " · ".join(fmt_num(x) for x in p.get("resting_entries") or [])
        return (
            f"cancel the unfilled entries of {what} ({at}); the filled position stays open "
            f"with {_stop(p)}"
        )
    return f"close {what} at market"


NO_SHARE = "the post does not say how much to close, and no share was chosen"


def card(action: Action, source: str | None) -> str:
    """The body of a follow-up's approval card."""
    return f"↪️ Follow-up from {source or 'you'}\nAsked: {action.label}"


def name(kind: str) -> str:
    """A follow-up kind in words ("move sl")."""
    return kind.replace("_", " ").lower()


async def apply(engine: Any, action: Action, share: float | None = None) -> tuple[bool, str]:
    """Apply a follow-up to exactly the trades it names, re-checked first; (ok, text).

    A partial close whose post did not say how much closes only the share the user chose
    (`share`, the button tapped): without one, nothing."""
    what = name(action.kind)
    if needs_share(action):
        if share not in SHARES:
            return False, f"↪️ {what}: not applied: {NO_SHARE}. Nothing was changed."
        action.fraction = share
    found = [p for p in named(engine) if p.get("trade_id") in action.trade_ids]
    if not found:
        return False, f"↪️ {what}: not applied (the position is no longer open)"
    bad = nonsense(engine, action, found)
    ends = action.kind not in ("CANCEL", "MOVE_SL")
    if action.entry_only and ends and not all(map(_unfilled, found)):
        # ("Cancel" ends only what has not filled, whenever it runs: it stays what was asked;
        # so does a stop move: the trade's stop becomes the price approved, filled or not.)
        bad = (
            f"an entry filled since the card, which asked to {action.label}; closing the "
            "position now is not what was approved"
        )
    if bad:
        return False, f"↪️ {what}: refused: {bad}. Nothing was changed."
    action.label = label(action, found)  # what it does now (the share chosen)
    ok, reasons = True, []
    for trade_id in action.trade_ids:
        result = await engine.apply_update(
            action.kind,
            trade_id=trade_id,
            price=action.price,
            to_entry=action.to_entry,
            fraction=action.fraction,
            **({"then": action.then} if action.then else {}),
        )
        ok = ok and bool(result.ok)
        reasons += list(result.reasons or [])
    if ok and action.kind == "MOVE_SL" and all(map(_unfilled, found)):
        return True, resting_stop_text(engine, action)
    if ok:
        # What the engine did beyond the label (the unfilled entries a close ended, a close
        # held by the rate limit); a cancel's or an entry-only close's label says it all.
        said = [] if action.kind == "CANCEL" or action.entry_only else reasons
        return True, f"↪️ {what}: done ({action.label})" + "".join(f"; {x}" for x in said)
    return False, f"↪️ {what}: not applied ({'; '.join(reasons) or 'nothing to do'})"


def resting_stop_text(engine: Any, action: Action) -> str:
    """The answer to a stop moved on trades whose entries rest unfilled: the stop the engine
    now holds for them (its tick-rounded price), placed when an entry fills."""
    coin = canonical_symbol(str(action.symbol)).replace("/", "")
    held = [p for p in named(engine) if p.get("trade_id") in action.trade_ids]
    stops = " · ".join(dict.fromkeys(fmt_num(p.get("sl")) for p in held)) or fmt_num(action.price)
    return (
        f"↪️ move sl: done: the stop for {coin}'s resting entries is now {stops}; it is placed "
        "when an entry fills"
    )
