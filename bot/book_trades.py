"""One book's trades as /channels' scoreboard reads them, kept between calls: each call reads
only the trade records written since the one before (the store's load_since), so a book with
years of trades is not read and parsed again for every /channels."""

from __future__ import annotations

from typing import Any

from engine.domain.trade import Trade

# Each read goes back this far before the newest record seen (store clock, seconds): a record
# written with an earlier clock reading than that one (a clock set back) is still read.
OVERLAP_S = 300.0


class BookTrades:
    """The trades of the book behind `store`, by id, brought up to date on each `current()`."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.trades: dict[str, Trade] = {}
        self.parsed = 0  # trade records read and parsed so far (what each call costs)
        self._since = 0.0

    async def current(self) -> list[Trade]:
        """Every trade of the book as the store holds it now."""
        load_since = getattr(self.store, "load_since", None)
        if load_since is None:  # a store without times: all of them
            records = await self.store.load("trade")
            self.trades = {}
        else:
            records, newest = await load_since("trade", self._since)
            self._since = max(self._since, newest - OVERLAP_S)
        for d in records:
            t = Trade.from_dict(d)
            self.trades[t.trade_id] = t
        self.parsed += len(records)
        return list(self.trades.values())
