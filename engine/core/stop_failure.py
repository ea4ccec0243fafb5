"""Stop failures: what is done when a position's stop could not be placed.

A position must never stay open without its stop. When a stop (a new one, or the new one of a
swap) is not accepted:

1. its answer was lost (`FateUnknown`): it may rest; looked up first (lost_answers.py), said;
2. the exchange's rate-limit window kept it from going out (`HeldForWindow`): placed after the
   window (rate_hold.py); sending into the window would get the IP banned;
3. the stop it was to replace still rests: that one stays, and the record says so. A re-size
   up at the kept level refused (an entry filled more) leaves part of the position without a
   stop: that part is closed at market, the user told (sent once more first where the exchange
   says it may be: 4.); the kept stop then covers what is held. Where the
   refused one was also a re-size (a take-profit filled), the kept level is placed again for
   what is held now, new first (the kept stop, sized for the whole position, would close more).
   A re-size at the kept level refused too leaves the kept stop resting, oversized (never too
   little stop: it is not cancelled before one of the right size rests), and the user told once
   what rests and what is held; the re-size is tried again after the backoff of a failed cancel
   (cancel_retry.py: a minute, doubled at each failure in a row, at most 15), until one is
   placed or the trade ends;
4. the exchange answered that it did not carry it out and that it may be sent again
   (`Resend`, errors.NotProcessed: Binance 503 -1001, "a failure API operation and you can
   resend your request", https://developers.binance.com/docs/derivatives/usds-margined-futures/
   general-info, "HTTP Return Codes"): sent once more at once, as a new order (new client id,
   written first), in the same settle. Only if that one fails too is the position closed;
5. anything else (refused for its price or amount, would trigger at once, a fate that stays
   unknown after the look-up): the position is closed at market, and the user told.

Why one retry in 4, and only there. The position is without a stop either way until something
goes out: the retry is one request, as long as the close's own. The close is also a create, sent
into the same outage the -1001 came from, so it may fail the same way, and then the position has
neither; when it succeeds, it realises the loss or gain the signal did not ask for, pays the
spread and fees, and ends the trade the user approved, all for a passing fault the exchange
itself calls resendable. The retry cannot double the stop: -1001 says the first was not carried
out, and the look-up by client id right after confirmed it. It is not done for an answer whose
fate is unknown (-1006, -1007, a timeout, a bare 5xx): a late first stop plus a retried second,
both firing, would close another trade's share of the position (stop_swap.py). It is not
repeated: a second failure in a row is an outage, and the position is closed then, as before.
freqtrade does the same split: a refused stop (InvalidOrder) exits the trade at once, a
temporary exchange error leaves it for the next loop to place again
(freqtrade/freqtradebot.py, `create_stoploss_order`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Protocol

from engine import events as ev
from engine.core.bus import EventBus
from engine.core.cancel_retry import retry_wait
from engine.core.journal import Journal
from engine.core.portfolio import Portfolio
from engine.core.position_cover import PositionCover
from engine.core.rate_hold import RateHold
from engine.domain.orders import FateUnknown, HeldForWindow, Order, Resend
from engine.domain.trade import Trade
from engine.ports import Clock

log = logging.getLogger("sigcopy.engine")


class CloseTrade(Protocol):
    """How a stop failure closes a position at market (Protector.close_trade): all of the
    trade's open amount, or at most `amount`; True when the close went out."""

    async def __call__(
        self,
        t: Trade,
        reason: str,
        fraction: Decimal | None = None,
        *,
        amount: Decimal | None = None,
    ) -> bool: ...


class StopFailures:
    """Decides what a stop that was not placed leads to; owns which trades' stop was sent once
    more after a Resend answer (until one is placed)."""

    def __init__(
        self,
        portfolio: Portfolio,
        journal: Journal,
        bus: EventBus,
        hold: RateHold,
        cover: PositionCover,
        want: Callable[[str], None],
        close: CloseTrade,
        clock: Clock,
    ) -> None:
        self.clock = clock
        self.portfolio = portfolio
        self.journal = journal
        self.bus = bus
        self.hold = hold
        self.cover = cover
        self.want = want
        self.close = close
        self.resent: set[str] = set()  # trades whose stop goes (went) out once more
        # Trades whose kept stop rests oversized: (when the re-size is tried again, failures)
        self.resize: dict[str, tuple[float, int]] = {}

    def placed(self, trade_id: str) -> None:
        """A stop of this trade rests: a later failure may be sent once more again."""
        self.resent.discard(trade_id)
        self.resize.pop(trade_id, None)

    def due(self, now: float) -> None:
        """The oversized stops whose re-size is due are made to match at the next settle."""
        for tid, (at, n) in list(self.resize.items()):
            t = self.portfolio.trades.get(tid)
            if t is None or not t.is_active:
                del self.resize[tid]
            elif at <= now:
                self.resize[tid] = (float("inf"), n)  # (under way: its answer sets the next)
                self.want(tid)

    async def failed(self, o: Order, why: str, old: list[Order] | None = None) -> None:
        """The stop `o` was not placed (`why`, the send's answer); `old`: the stops it was to
        replace."""
        t = self.portfolio.trades.get(o.trade_id)
        if t is None or not t.is_active or t.open_qty <= 0:
            if t is not None and t.is_active:
                self.cover.failed(t, o, why)  # the stop of a position_cover.py cover
            return
        kept = [s for s in old or () if s.is_live]
        if isinstance(why, FateUnknown):  # may rest: looked up first (lost_answers.py), said
            return
        if isinstance(why, HeldForWindow):  # not refused: sent once the rate-limit window is over
            self.hold.hold(t, o, why, kept)
            return
        last = kept[-1] if kept else None
        if (
            last is not None
            and o.trigger_price is not None
            and o.trigger_price == last.trigger_price
        ):
            # A re-size at the kept level refused: more than is held rests (tried again later),
            # or less (an entry filled more: what it does not cover is closed).
            if last.remaining > t.open_qty:
                self._oversized(t, o, last, why)
                return
            if last.remaining < t.open_qty:
                await self._short(t, o, last, why)
                return
        if kept:
            self.bus.emit(
                ev.Event(
                    ev.ERROR,
                    f"{t.symbol}: the stop could not be moved to {o.trigger_price} for "
                    f"{o.amount} ({why}); the previous stop at {kept[-1].trigger_price} stays.",
                    t.symbol,
                    t.trade_id,
                )
            )
            # The record says what protects the position; a later move starts from there.
            t.sl = kept[-1].trigger_price
            if isinstance(st := t.extra.get("trail"), dict) and st.get("stop"):
                st["stop"] = str(t.sl)
            self.journal.put_trade(t)
            if kept[-1].remaining != t.open_qty and o.trigger_price != t.sl:
                # The refused stop was a move and a re-size at once (TP1 filled: break-even,
                # refused as it would trigger at once): the kept one is sized for the position
                # as it was, more than is held now. Re-sized at its own level, new first, in
                # this settle (no loop: a re-size refused at the kept level ends here).
                self.want(t.trade_id)
            return
        if isinstance(why, Resend) and t.trade_id not in self.resent:
            self.resent.add(t.trade_id)
            log.warning(
                "%s: stop %s not processed (%s): sent once more", t.symbol, o.client_id, why
            )
            self.want(t.trade_id)  # a new stop (new client id, written first), this settle
            return
        again = " again, after one more try" if t.trade_id in self.resent else ""
        self.resent.discard(t.trade_id)
        self.bus.emit(
            ev.Event(
                ev.ERROR,
                f"{t.symbol}: the stop could not be placed{again} ({why}); closing the position.",
                t.symbol,
                t.trade_id,
            )
        )
        await self.close(t, "stop_rejected")

    def _oversized(self, t: Trade, o: Order, kept: Order, why: str) -> None:
        """The re-size of `kept` to what `t` holds was refused at its own level: it rests as it
        is (more than is held), tried again after the backoff; said once."""
        tid = t.trade_id
        n = self.resize.get(tid, (0.0, 0))[1] + 1
        wait = retry_wait(n)
        self.resize[tid] = (self.clock.time() + wait, n)
        log.warning("%s: %s stays oversized (%s); re-sized in %gs", tid, kept.client_id, why, wait)
        if n > 1:
            return  # said at the first refusal
        self.bus.emit(
            ev.Event(
                ev.ERROR,
                f"{t.symbol}: the stop at {kept.trigger_price} could not be re-sized to "
                f"{o.amount} ({why}), so it rests oversized, for {kept.remaining} while the "
                f"trade holds {t.open_qty}: when it fires it closes up to that, never more than "
                f"the position (reduce-only), but with the shares of other trades on "
                f"{t.symbol}, if any. The re-size is tried again in {wait / 60:g} minute(s), "
                "the stop resting meanwhile.",
                t.symbol,
                tid,
                {"hint": "Nothing to do; to fix it now, set the stop's size on the exchange."},
            )
        )

    async def _short(self, t: Trade, o: Order, kept: Order, why: str) -> None:
        """The re-size up of `kept` to what `t` holds was refused at its own level: what it does
        not cover is closed at market (sent once more first on a Resend), the user told."""
        tid = t.trade_id
        if isinstance(why, Resend) and tid not in self.resent:
            self.resent.add(tid)
            self.want(tid)  # a new stop (new client id, written first), this settle
            return
        self.resent.discard(tid)
        bare = t.open_qty - kept.remaining
        self.bus.emit(
            ev.Event(
                ev.ERROR,
                f"{t.symbol}: the stop at {kept.trigger_price} could not be re-sized to "
                f"{o.amount} ({why}): it covers {kept.remaining} of the {t.open_qty} held, so "
                f"the {bare} it does not cover is closed at market (and the entries still "
                "resting are cancelled): no part of the position is left without a stop.",
                t.symbol,
                tid,
            )
        )
        await self.close(t, "stop_rejected", amount=bare)
