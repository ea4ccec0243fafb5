"""Moving a live exchange stop step by step, where the exchange has no trailing stop of its own.

On a simulated broker a trailing stop moves on every price. On an exchange without a native
trailing stop (MEXC), every move is a new stop placed and then the old one cancelled (the stop
swap, engine/core/stop_swap.py): two requests that count against the exchange's rate limits. So
a trailing move is only made when it is worth it and the exchange can take it:

- the stop moves by at least TRAILING_MIN_STEP_PCT of its price (0.002 = 0.2 %);
- a position's stop moves at most TRAILING_MAX_AMENDMENTS_PER_MIN times in any 60 seconds of
  the injected clock; a move held back by this is retried at the next monitor pass (`due`);
- it never moves back (a looser stop than the one in place is refused).

The times of a position's moves in the last minute are kept with its trade
(`trade.extra["stop_moves"]`, written with the trade as each move is), so a restart within the
minute does not start the count again.

An exchange's native trailing stop (Binance TRAILING_STOP_MARKET) sits beside this: the exchange
moves that stop itself, and the engine does not ask here. Whoever computes the trailing level
asks `allow(trade, level)` before it moves `trade.sl`; nothing else changes.
"""

from __future__ import annotations

import logging
from collections import deque
from decimal import Decimal

from config.trading_config import RiskConfig
from engine.domain.trade import Trade
from engine.ports import Clock

log = logging.getLogger("sigcopy.engine")
WINDOW_S = 60.0
MOVES = "stop_moves"  # trade.extra: the times of its recent moves (survive a restart)


class StopMover:
    """Decides whether a trailing stop may be moved on the exchange now, per position."""

    def __init__(self, clock: Clock, min_step: Decimal, max_per_min: int) -> None:
        self.clock = clock
        self.min_step = min_step
        self.max_per_min = max_per_min
        self._moves: dict[str, deque[float]] = {}  # trade id -> times of its recent moves
        self._held: dict[str, str] = {}  # trade id -> symbol: a move held back by the limit

    @classmethod
    def from_risk(cls, clock: Clock, risk: RiskConfig) -> StopMover:
        """The mover for a book's settings."""
        step = Decimal(str(risk.TRAILING_MIN_STEP_PCT))
        return cls(clock, step, risk.TRAILING_MAX_AMENDMENTS_PER_MIN)

    def allow(self, t: Trade, level: Decimal | None) -> bool:
        """True when the trade's stop may move to `level` now (the move is then counted)."""
        if level is None:
            return False  # a stop is never taken away
        cur = t.sl
        if cur is not None:
            gain = level - cur if t.is_long else cur - level
            if gain <= 0:
                return False  # never back (nor a move that changes nothing)
            if gain < cur * self.min_step:
                return False  # too small for a new order: waits until the price goes further
        now = self.clock.time()
        moves = self._moves.get(t.trade_id)
        if moves is None:  # the first ask since the start: the moves its record kept
            kept = t.extra.get(MOVES)
            moves = deque(float(x) for x in kept) if isinstance(kept, list) else deque()
            self._moves[t.trade_id] = moves
        while moves and moves[0] <= now - WINDOW_S:
            moves.popleft()
        if len(moves) >= self.max_per_min:
            if t.trade_id not in self._held:
                log.info(
                    "%s: trailing stop move to %s held back (%d moves in the last minute)",
                    t.symbol,
                    level,
                    len(moves),
                )
            self._held[t.trade_id] = t.symbol
            return False
        moves.append(now)
        t.extra[MOVES] = list(moves)  # saved with the trade, whose stop now moves
        self._held.pop(t.trade_id, None)
        return True

    def due(self) -> set[str]:
        """Symbols with a move held back whose minute now has room (handed out once: a move
        still refused is held again)."""
        now = self.clock.time()
        out: set[str] = set()
        for tid, symbol in list(self._held.items()):
            moves = self._moves.get(tid)
            if not moves or moves[0] <= now - WINDOW_S or len(moves) < self.max_per_min:
                del self._held[tid]
                out.add(symbol)
        return out
