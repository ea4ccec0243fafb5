"""The replay: candles in time order through the very engine that trades live.

Three ways over the same bars, with identical trades:
- bar by bar: the replay looks at every bar in turn and shows the engine each one that reaches a
  level the engine says matters (engine.levels), carries a message, or reaches an expiry or a
  funding time; a bar strictly inside its symbol's levels (a quiet bar) is passed over;
- fast: per symbol, numpy finds the next bar that reaches a level, and the replay jumps to it;
- every tick (a reference): every bar is shown, each of its ticks, quiet or not.
A quiet bar, shown, would change nothing but the last price: before any bar it shows, the replay
brings the last price of every other symbol with a live trade up to date with one real tick
(which triggers nothing), so every part of the engine is as it would be had it seen every bar
(the shown bar's own symbol gets its open next: only the replay's last price is set for it).
"""

from __future__ import annotations

import math
import sys
import time
from typing import Any

import numpy as np

from config import Settings, load_settings
from engine.backtest.actions import Action, Outcome, read_actions
from engine.backtest.candles import Candles
from engine.backtest.funding import Funding
from engine.backtest.gc_pause import gc_paused
from engine.backtest.market_data import CandleMarketData, NoKillSwitch
from engine.backtest.replay_trades import ReplayTrades
from engine.backtest.replay_types import (
    INTRABAR_PATHS,
    PESSIMISTIC,
    ReplayOptions,
    ReplayResult,
)
from engine.backtest.signals_io import Message
from engine.backtest.timeline import ActionPlacer, Timeline
from engine.engine import TradingEngine

__all__ = ["Replay", "ReplayOptions", "ReplayResult", "run_replay"]

INF = math.inf
NAN = math.nan
_CHUNK = 256
_NEAR = 16


class Replay:
    """Feeds one engine the bars of several symbols in time order, messages at their bars."""

    def __init__(
        self,
        candles: dict[str, Candles],
        messages: list[Message],
        settings: Settings | None = None,
        options: ReplayOptions | None = None,
        parsed: tuple[list[Outcome], list[Action]] | None = None,
    ) -> None:
        """`parsed`: read_actions(messages), when the caller has parsed them already."""
        self.opts = options or ReplayOptions()
        if self.opts.every_tick and self.opts.fast:
            raise ValueError("every_tick is a bar-by-bar option: pass fast=False with it")
        if self.opts.intrabar not in INTRABAR_PATHS:
            raise ValueError(f"intrabar path {self.opts.intrabar!r}: expected {INTRABAR_PATHS}")
        self.settings = settings or load_settings(TRADING_MODE="backtest")
        self.candles = {k: v for k, v in candles.items() if len(v)}
        self.md = CandleMarketData(self.candles)
        self.engine = TradingEngine(
            "backtest", self.settings, market_data=self.md, kill_switch=NoKillSwitch()
        )
        # What every tick and level look calls, bound once (the symbols are market symbols).
        book = self.engine.book
        # Every tick goes to the engine through observe (and act), and to the market data's
        # last prices (_prices): the replay is the feed.
        self._observe, self._react, self._prices = book.observe, book.act, self.md.last
        self._levels = book.protector.market_levels
        self._watchlist = book.protector.watchlist
        self.names = list(self.candles)
        self.msyms = [self.md.markets[n].symbol for n in self.names]
        self._sym_of = {m: i for i, m in enumerate(self.msyms)}
        self.outcomes, self.actions = parsed or read_actions(messages, limits=self.opts.limits)
        tl = self.timeline = Timeline([self.candles[n] for n in self.names])
        self.g_ts, self.g_sym, self.g_loc, self.n = tl.ts, tl.sym, tl.loc, tl.n
        self.pos_of, self._ohlc, self._np_hl = tl.pos_of, tl.ohlc, tl.hl
        self._placer = ActionPlacer(self.md.markets, self._sym_of, tl)
        self._market_symbol = self._placer.market_symbol
        self._placer.place(self.actions)
        self._ticked = [-1] * len(self.names)
        self._shown = INF  # the last price shown to the engine
        self.funding = Funding(self.opts.funding_rate_8h)
        # The messages acted on, and the trade ids they opened per symbol (oldest first).
        self.roster = ReplayTrades(self.engine, self._sym_of, self._market_symbol, self.funding)
        self._open = self.roster.open  # (the same lists: changed in place)
        self._act = self.roster.act
        self._every = self.opts.every_tick
        self._pessimistic = self.opts.intrabar == PESSIMISTIC
        self.visited = 0

    # -- the run ---------------------------------------------------------------------------------
    async def run(self) -> ReplayResult:
        """Replay every bar (or every bar that matters) and close what is open at the end."""
        with gc_paused():
            return await self._run()

    async def _run(self) -> ReplayResult:
        eng = self.engine
        await eng.start()
        bar = None
        if self.opts.progress:
            from tqdm import tqdm

            bar = tqdm(
                total=self.n,
                unit="bar",
                unit_scale=True,
                file=sys.stderr,
                desc="backtest",
                mininterval=0.5,
            )
        t0 = time.perf_counter()
        self._ai = 0
        try:
            if self.opts.fast:
                await self._run_fast(bar)
            else:
                await self._run_bars(bar)
            await self._sync(self.n)
            await self._finish()
        finally:
            if bar is not None:
                bar.update(self.n - bar.n)
                bar.close()
        elapsed = time.perf_counter() - t0
        await eng.aclose()
        return ReplayResult(
            eng, self.outcomes, self.n, self.visited, elapsed, self.funding.paid, self.candles
        )

    def _next_action_pos(self) -> int:
        return self.actions[self._ai].pos if self._ai < len(self.actions) else self.n

    def _advance(self, t: float) -> None:
        clock: Any = self.engine.clock
        if t > clock.time():
            if t >= self.funding.next:
                self.funding.pay(t, self.engine, self._open, self.md.last)
            clock.advance_to(t)

    async def _run_bars(self, bar: Any) -> None:
        # Each bar's symbol, low and high in the timeline's order, as lists: the loop below
        # reads three list items a bar. (No comprehension over self: a closure would make
        # self a cell, slower to read.)
        tl = self.timeline
        syms = self.g_sym.tolist()
        lows = tl.in_order([c.low for c in tl.candles])
        highs = tl.in_order([c.high for c in tl.candles])
        levels, msyms = self._levels, self.msyms
        # Each symbol's levels (lower, upper), asked once and kept while bars are passed over:
        # nothing runs in the engine between two bars it is shown, so nothing can move them.
        # NaN: not asked yet (no bar compares inside it).
        unknown = [NAN] * len(self.names)
        los, his = list(unknown), list(unknown)
        every = self.opts.every_tick
        stop = -1 if every else self._due(0)
        for p, s, lo, hi in zip(range(self.n), syms, lows, highs, strict=True):
            if p < stop:
                if los[s] < lo and hi < his[s]:
                    continue  # quiet: no tick inside this bar reaches a level (see _show)
                if his[s] != his[s]:  # (NaN: not asked yet)
                    los[s], his[s] = levels(msyms[s])
                    if los[s] < lo and hi < his[s]:
                        continue
            await self._show(p)
            los, his = list(unknown), list(unknown)
            if not every:
                stop = self._due(p + 1)
            if bar is not None and p - bar.n >= 65536:
                bar.update(p - bar.n)

    async def _run_fast(self, bar: Any) -> None:
        # numpy arrays: the fast replay touches only the bars it stops at (read with .item():
        # a Python number, no numpy scalar on the way).
        pos, levels = self.pos_of, self._levels
        cache: list[tuple[float, float, int]] = [(INF, INF, -1)] * len(self.names)
        n, p = self.n, 0
        while p < n:
            stop = self._due(p)
            for s, msym in enumerate(self.msyms):
                lo, hi = levels(msym)
                if lo == -INF and hi == INF:
                    continue
                clo, chi, cj = cache[s]
                ps = pos[s]
                m = len(ps)
                if not (clo == lo and chi == hi and cj < m and ps.item(cj) >= p):
                    cj = self._next_cross(s, int(ps.searchsorted(p)), lo, hi)
                    cache[s] = (lo, hi, cj)
                if cj < m and ps.item(cj) < stop:
                    stop = ps.item(cj)
            if stop >= n:
                break
            await self._show(stop)
            p = stop + 1
            if bar is not None and p - bar.n >= 65536:
                bar.update(p - bar.n)

    def _due(self, p: int) -> int:
        """The first bar at or after p the engine must be shown whatever its prices: the next
        message's, the first at or after the next entry expiry, the next funding time."""
        stop = self._next_action_pos()
        exp, pay = self._watchlist.next_expiry, self.funding.next
        if exp < INF:
            stop = min(stop, max(p, int(self.g_ts.searchsorted(exp))))
        if pay < INF:
            stop = min(stop, max(p, int(self.g_ts.searchsorted(pay))))
        return stop

    async def _show(self, p: int) -> None:
        """Show the engine bar p, after the bars passed over since the last one shown.

        A bar passed over lies strictly inside its symbol's levels (and before any message,
        expiry or funding time): shown, its ticks would have reached nothing and changed
        nothing but the last price. So the last price of every other symbol with a live trade
        is brought to its last bar before p first (a real tick: every part records it, as it
        would have then), then the clock moves (funding paid, at the replay's last prices) and
        the bar is ticked.
        """
        s, j = self.g_sym.item(p), self.g_loc.item(p)
        for sym, k in self._behind(p, s, j):  # (most bars: none, and no coroutine)
            if sym == s:
                # This symbol's next tick is bar p's open, with nothing between but the clock
                # (and funding, which reads the replay's last prices): the engine's tick at this
                # close would reach nothing and be overwritten before anything read it.
                self._prices[self.msyms[sym]] = self._ohlc[sym].item(k, 3)
            else:
                await self._tick(self.msyms[sym], self._ohlc[sym].item(k, 3))
            self._ticked[sym] = k
        self._advance(self.g_ts.item(p))
        await self._bar(p, s, j)
        self.visited += 1

    def _next_cross(self, s: int, start: int, lo: float, hi: float) -> int:
        """First local bar index >= start whose range reaches lo or hi (len when none)."""
        high, low = self._np_hl[s]
        n = high.shape[0]
        # The next few bars in Python first: most crossings are that near (a trade's median is
        # 7 bars in the bench), and one numpy call costs more than a few bars read here.
        near = min(n, start + _NEAR)
        highs, lows = high[start:near].tolist(), low[start:near].tolist()
        for k, (h, lw) in enumerate(zip(highs, lows, strict=True)):
            if lw <= lo or h >= hi:
                return start + k
        i, size = near, _CHUNK
        while i < n:
            j = min(n, i + size)
            hit = np.flatnonzero((low[i:j] <= lo) | (high[i:j] >= hi))
            if hit.size:
                return i + int(hit[0])
            i, size = j, size * 4
        return n

    async def _sync(self, p: int) -> None:
        """Bring the last price of every symbol with a live trade to its last bar before p.

        Those bars were skipped because nothing lay inside them, so the tick triggers nothing;
        it only makes equity (unrealized PnL) what a bar-by-bar replay would have seen.
        """
        for s, j in self._behind(p):
            await self._tick(self.msyms[s], self._ohlc[s].item(j, 3))
            self._ticked[s] = j

    def _behind(self, p: int, at: int = -1, loc: int = 0) -> list[tuple[int, int]]:
        """(symbol, bar) of each symbol with a live trade whose last price is not yet its last
        bar before p (bar p, when given, is bar loc of symbol at: that symbol's last is loc - 1).
        Ticking them changes nothing another one would see: none reaches a level."""
        trades = self.engine.trades
        if self.roster.waits:
            self.roster.adopt()
        out: list[tuple[int, int]] = []
        for s, ids in enumerate(self._open):
            if ids and not trades[ids[-1]].is_active:
                for i in list(ids):  # (a loop: no closure over trades)
                    if not trades[i].is_active:
                        ids.remove(i)
            if not ids:
                continue
            j = loc - 1 if s == at else int(self.pos_of[s].searchsorted(p)) - 1
            if j >= 0 and j != self._ticked[s]:
                out.append((s, j))
        return out

    # -- one bar ---------------------------------------------------------------------------------
    async def _tick(self, msym: str, price: float) -> None:
        """The engine's on_price for one of the replay's market symbols (already resolved)."""
        self._shown = self._prices[msym] = price
        work = self._observe(msym, price)
        if work is not None:
            await self._react(msym, price, *work)

    async def _bar(self, p: int, s: int, j: int) -> None:
        msym = self.msyms[s]
        o, h, lo, c = self._ohlc[s][j].tolist()
        self._shown = self._prices[msym] = o  # (the open's tick, inline: see _tick)
        work = self._observe(msym, o)
        if work is not None:
            await self._react(msym, o, *work)
        self._ticked[s] = j
        while self._ai < len(self.actions) and self.actions[self._ai].pos == p:
            await self._act(self.actions[self._ai])
            self._ai += 1
        cur, levels, every = o, self._levels, self._every
        # Which extreme first: against the oldest open trade (its stop first) when pessimistic,
        # else the one nearer the open.
        long = self.roster.oldest_side(s) if self._pessimistic and self._open[s] else None
        down = (o - lo <= h - o) if long is None else long
        for target in (lo, h) if down else (h, lo):
            llo, lhi = levels(msym)
            if llo < target < lhi and not every:
                cur = target  # (no level between: see _leg; the close sets the last price, below)
            else:
                cur = await self._leg(msym, cur, target)
        if self._shown != c:
            llo, lhi = levels(msym)
            if llo < c < lhi and not every:
                # A quiet close reaches nothing: the engine gets it as it gets a passed-over
                # bar's (_behind, before anything else reads this symbol's price; this symbol's
                # own next bar starts with its open). Only the replay's last price is set now.
                self._prices[msym] = c
                self._ticked[s] = j - 1
                return
            self._shown = self._prices[msym] = c  # (the close's tick, inline: see _tick)
            work = self._observe(msym, c)
            if work is not None:
                await self._react(msym, c, *work)

    async def _leg(self, msym: str, cur: float, target: float) -> float:
        """Tick every level the move from cur to target crosses, in order, then the target
        unless it lies strictly inside the levels (it would reach nothing; the close, shown
        after it, sets the last price) and not every tick is asked for."""
        levels, observe, prices = self._levels, self._observe, self._prices
        down = target < cur
        for _ in range(64):  # each tick fills or cancels something; a few suffice
            lo, hi = levels(msym)
            level = lo if down else hi
            if (target <= level < cur) if down else (cur < level <= target):
                self._shown = cur = prices[msym] = level
                work = observe(msym, level)  # (the tick, inline: this is the fill path)
                if work is not None:
                    await self._react(msym, level, *work)
            else:
                break
        if cur != target and (self._every or not lo < target < hi):
            await self._tick(msym, target)
        return target

    # -- the end -------------------------------------------------------------------------------
    async def _finish(self) -> None:
        """end_of_data: close what is open at the last price, cancel entries never filled."""
        if self.n:
            self._advance(float(self.g_ts[-1]))
        await self.roster.finish(self.actions[self._ai :])


async def run_replay(
    candles: dict[str, Candles],
    messages: list[Message],
    settings: Settings | None = None,
    options: ReplayOptions | None = None,
) -> ReplayResult:
    """Build a replay and run it."""
    return await Replay(candles, messages, settings, options).run()
