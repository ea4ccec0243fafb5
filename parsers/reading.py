"""What the labelled segments of a post said, filled by parsers/fields.py and parsers/lines.py."""

from __future__ import annotations

from parsers.numbers import Num

Span = tuple[int, int]


class Reading:
    """What the labelled segments said, before side, symbol and validity are settled.

    A plain class: built once per message, where a dataclass's generated __init__ with a
    default factory per list costs twice as much.
    """

    __slots__ = (
        "entries",
        "weak_entries",
        "tps",
        "buy",
        "sell",
        "sl",
        "slclose",
        "slclose_line",
        "sl_line",
        "leverage",
        "leverage_span",
        "symbol_values",
        "entry_label",
        "market_in_entry",
        "market_at",
        "glued",
        "empty",
        "percents",
        "unexplained",
        "preludes",
        "numbered",
        "indexed",
        "spaced",
        "bare_lines",
        "first_label",
        "last_label",
        "labels",
        "unclaimed",
        "prose_targets",
        "prose_levels",
    )

    def __init__(self) -> None:
        self.entries: list[Num] = []
        self.weak_entries: list[Num] = []
        self.tps: list[Num] = []
        self.buy: list[Num] = []
        self.sell: list[Num] = []
        self.sl: Num | None = None
        self.slclose: Num | None = None
        self.slclose_line: Span | None = None
        self.sl_line: Span | None = None
        self.leverage: int | None = None
        self.leverage_span: Span | None = None
        self.symbol_values: list[tuple[str, int]] = []
        self.entry_label: bool = False
        self.market_in_entry: bool = False
        self.market_at: int = -1  # where the value saying "market" starts
        # "TP41.3100": index and price run together: (the digits, where, the index expected).
        self.glued: list[tuple[str, int, int]] = []
        # Labels whose value held no price: (kind, label text, span of the label and its value).
        self.empty: list[tuple[str, str, Span]] = []
        # Percentages where a price was expected ("SL 4%"): (kind, label text, span).
        self.percents: list[tuple[str, str, Span]] = []
        # Segments holding numbers that were not read: (why, span); why is one of unread,
        # negative, second stop, leverage, stray (see unread._WHY).
        self.unexplained: list[tuple[str, Span]] = []
        self.preludes: list[tuple[str, int]] = []
        # "Entry 1 - 299", "Target 2 10": a small first number that may be the label's index.
        self.numbered: list[tuple[str, Num]] = []
        # "Target 3 44.5": labels that carry their index: (kind, where, index).
        self.indexed: list[tuple[str, int, int]] = []
        # "Target 1 200": target 1 at 200, or one target at 1200 (a space grouping thousands)?
        # (the index, the price after it, the label and its value), settled beside the entry.
        self.spaced: list[tuple[Num, Num, Span]] = []
        self.bare_lines: list[tuple[str, int]] = []  # lines with no label
        self.first_label: int = 1 << 30  # where the first label starts
        self.last_label: int = -1  # and the last
        self.labels: list[tuple[str, int, int]] = []  # every label found: (kind, start, end)
        # A note's value run on into a word no lexicon holds and numbers ("Risk 2% Zorblat 61.4"
        # in a post whose lines were joined): the spans from that word, checked once the levels
        # are known (parsers/unknown_labels.py).
        self.unclaimed: list[Span] = []
        # "... move toward TP3 at 170 in the coming weeks" after TP1 and TP2: a numbered target
        # named in prose with a price the targets list does not hold: (its index, the label and
        # its value, the prices), a review reason (parsers/prose_levels.py).
        self.prose_targets: list[tuple[int, Span, Span]] = []
        # "... I would add a second entry at 0.48 ...": an entry or stop label read as prose
        # with prices after it: (kind, the label, the prices), weighed by parsers/prose_fields.py.
        self.prose_levels: list[tuple[str, Span, Span]] = []


class Settled:
    """The fields once settled: the values with spans, and why a person must look.

    A plain class, as Reading is: compiled (`make native`), its __init__ costs a tenth of the
    interpreted one a dataclass generates (one is built for every message read).
    """

    __slots__ = (
        "entries",
        "tps",
        "sl",
        "stop_kind",
        "stop_timeframe",
        "review",
        "unread",
        "split_at",
        "target_percents",
        "target_percent_spans",
    )

    def __init__(
        self,
        entries: list[Num] | None = None,
        tps: list[Num] | None = None,
        sl: Num | None = None,
        stop_kind: str | None = None,
        stop_timeframe: str | None = None,
        review: list[str] | None = None,
        unread: list[Span] | None = None,
        split_at: set[int] | None = None,
    ) -> None:
        self.entries: list[Num] = [] if entries is None else entries
        self.tps: list[Num] = [] if tps is None else tps
        self.sl: Num | None = sl
        self.stop_kind: str | None = stop_kind
        self.stop_timeframe: str | None = stop_timeframe
        self.review: list[str] = [] if review is None else review
        self.unread: list[Span] = [] if unread is None else unread
        # Where "TP41.3100" was split (at the 1).
        self.split_at: set[int] = set() if split_at is None else split_at
        # Targets given only as percentages ("TP: 5% 10%"), as written with their label: a note
        # for the card and the trade log, never a price (parsers/target_notes.percent_targets).
        self.target_percents: list[str] = []
        self.target_percent_spans: list[Span] = []  # where their labels were written

    def without_percent_targets(self, low: str) -> str:
        """low with the labels of the targets noted as percentages blanked ("Take profit: 20%"
        is no report of a profit taken when it is the post's own target label)."""
        for start, end in self.target_percent_spans:
            low = low[:start] + " " * (end - start) + low[end:]
        return low

    def levels(self) -> list[Num]:
        """Every level read: the entries, the targets, then the stop when there is one."""
        # (One concatenation and an append: the unpacking form builds a list for the stop and
        # extends an empty one three times.)
        out = self.entries + self.tps
        if self.sl is not None:
            out.append(self.sl)
        return out
