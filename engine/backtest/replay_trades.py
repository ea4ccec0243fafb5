"""The replay's messages acted on, and the trades they opened, per symbol.

A signal's message is executed by the engine, an update's applied to the trades it names; the
trade ids are kept per symbol, oldest first (the replay ticks the symbols behind and picks the
intrabar path from them), and breakouts waiting for their level until they are entered. At the
end of the data what is open is closed at the last price and entries never filled are cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from engine.backtest.actions import Action, Outcome
from engine.backtest.funding import Funding

if TYPE_CHECKING:
    from engine.engine import TradingEngine

__all__ = ["ReplayTrades"]


class ReplayTrades:
    """The replay's trade ids per symbol (oldest first) and the breakouts still waiting."""

    def __init__(
        self,
        engine: TradingEngine,
        sym_of: dict[str, int],
        market_symbol: Callable[[str | None], str | None],
        funding: Funding,
    ) -> None:
        self.engine = engine
        self._sym_of = sym_of
        self._market_symbol = market_symbol
        self._funding = funding
        self.open: list[list[str]] = [[] for _ in sym_of]  # trade ids per symbol, oldest first
        # Breakouts waiting for their level (symbol, id, outcome): in open once entered.
        self.waits: list[tuple[int, str, Outcome]] = []

    async def act(self, a: Action) -> None:
        """One message at its bar: a signal executed, or an update applied."""
        eng, out = self.engine, a.outcome
        if a.signal is not None:
            if a.signal.symbol not in self._sym_of:
                out.refused = [f"no candles for {a.signal.symbol}: add {a.signal.symbol}.csv"]
                return
            res = await eng.execute(a.signal)
            out.ok = res.ok
            if res.ok:
                s = self._sym_of.get(a.signal.symbol)
                if s is not None and res.waiting is not None:
                    self.waits.append((s, str(res.trade_id), out))
                elif s is not None:
                    self.open[s].append(str(res.trade_id))
                self._funding.arm(eng.clock.time())
            else:
                out.refused = list(res.reasons) or ["refused"]
            return
        await self._act_update(a)

    async def _act_update(self, a: Action) -> None:
        eng, out, u = self.engine, a.outcome, a.update
        assert u is not None
        if u.problem:  # a part of it unread: none of it is done
            out.refused = [u.problem]
            return
        ids = [a.target] if a.target else self._named(u.symbol, out.msg.source)
        waiting = eng.book.waiter.entries
        ids = [
            i
            for i in ids
            if i and (((t := eng.trades.get(i)) is not None and t.is_active) or i in waiting)
        ]
        if not ids:
            out.refused = ["no open trade for this update"]
            return
        ok = True
        for tid in ids:
            res = await eng.apply_update(
                u.kind.value,
                trade_id=tid,
                price=u.price,
                to_entry=u.to_entry,
                fraction=u.fraction,
                then=u.then.value if u.then is not None else None,
            )
            ok &= res.ok
            if not res.ok:
                out.refused += res.reasons
        out.ok = ok
        out.trade_id = ids[0]

    def _named(self, symbol: str | None, source: str) -> list[str]:
        """The trades of this symbol opened by this source's signals, waiting ones last."""
        msym = self._market_symbol(symbol)
        s = self._sym_of.get(msym or "")
        if s is None:
            return []
        trades, waiting = self.engine.trades, self.engine.book.waiter.entries
        named = [i for i in self.open[s] if (t := trades.get(i)) and t.source == source]
        return named + [
            i
            for ws, i, _ in self.waits
            if ws == s and i in waiting and waiting[i].signal.get("source") == source
        ]

    def adopt(self) -> None:
        """Waiting breakouts entered since are open trades now; ended ones are noted."""
        trades, waiting = self.engine.trades, self.engine.book.waiter.entries
        keep = []
        for s, tid, out in self.waits:
            if tid in trades:
                self.open[s].append(tid)
            elif tid in waiting:
                keep.append((s, tid, out))
            elif not out.refused:  # (shown as "not entered" with this detail)
                out.refused = ["waiting entry ended before its level was reached"]
        self.waits = keep

    def oldest_side(self, s: int) -> bool | None:
        """is_long of symbol s's oldest active trade (ended ones are dropped); None: none."""
        ids = self.open[s]
        trades = self.engine.trades
        while ids:
            t = trades.get(ids[0])
            if t is not None and t.is_active:
                return t.is_long
            ids.pop(0)
        return None

    async def finish(self, unplayed: list[Action]) -> None:
        """end_of_data: messages after the last candle refused, what is open closed at the last
        price, entries never filled cancelled."""
        eng = self.engine
        for a in unplayed:
            a.outcome.refused = ["no candle at or after the message time"]
        self.adopt()
        for _, _, out in self.waits:
            out.refused = ["waiting entry: its level was not reached by the end of the data"]
        for ids in self.open:
            for tid in list(ids):
                t = eng.trades.get(tid)
                if t is None or not t.is_active:
                    continue
                kind = "CLOSE" if t.entry_qty > 0 else "CANCEL"
                await eng.apply_update(kind, trade_id=tid, reason="end_of_data")
                if kind == "CANCEL":
                    t.close_reason = "end_of_data"
