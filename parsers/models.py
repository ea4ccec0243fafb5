"""What the parser returns: a new signal, or an update to an earlier one."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from parsers.spans import OffsetMap, Span, symbol_span, word_span
from parsers.symbols import base_of

if TYPE_CHECKING:
    from engine.domain.signal import Signal


@dataclass
class ParsedSignal:
    """A trade signal read from a message, with the reasons it may not be tradable."""

    symbol: str
    side: str | None
    entries: list[float] = field(default_factory=list)
    take_profits: list[float] = field(default_factory=list)
    stop_loss: float | None = None
    leverage: int | None = None
    raw_text: str = ""
    confidence: float = 0.0
    errors: list[str] = field(default_factory=list)
    # Why a person must look before this is traded ("entry label 'Buy zone' had no price I
    # could read"); any reason makes the signal invalid, so every caller refuses it.
    review: list[str] = field(default_factory=list)
    # "candle_close" when the channel meant "stop if a candle closes beyond the level".
    stop_kind: str | None = None
    stop_timeframe: str | None = None
    # The post's own trailing stop ("trailing stop 2% after TP1": 0.02, "tp1") and break-even
    # ("move SL to entry after TP2": 2), used for this trade instead of the settings.
    trailing_stop_pct: float | None = None
    trailing_activation: str | None = None
    break_even_after_tp: int | None = None
    # A breakout entry's condition ("Enter above 15.30": "above"; None for a plain entry).
    entry_trigger: str | None = None
    # Targets the post gave only as percentages ("TP: 5% 10% 15%"), as written with their label:
    # never placed as prices (every price traded is in the post); the card and the trade log say
    # so, and the position is managed as one without targets.
    target_percents: list[str] = field(default_factory=list)
    # Where each field was read (field -> one span per value) and what could not be read, as
    # offsets in norm_text (the text the parser read); .spans and .unread give raw_text's.
    norm_spans: dict[str, list[Span]] = field(default_factory=dict, repr=False)
    norm_unread: list[Span] = field(default_factory=list, repr=False)
    norm_text: str = field(default="", repr=False, compare=False)
    side_at: int = field(default=-1, repr=False, compare=False)  # the side word, in norm_text

    @property
    def spans(self) -> dict[str, list[Span]]:
        """Where each field was read: field -> one (start, end) per value, in raw_text."""
        norm = self.norm_text or self.raw_text
        low = norm.lower() if len(norm.lower()) == len(norm) else norm
        found = dict(self.norm_spans)
        sym = symbol_span(low, self.symbol, base_of(self.symbol)) if self.symbol else None
        if sym is not None and "symbol" not in found:
            found = {"symbol": [sym], **found}
        side = word_span(low, self.side_at)
        if side is not None and "side" not in found:
            found = {**found, "side": [side]}
        return OffsetMap(norm, self.raw_text).spans(found)

    @property
    def unread(self) -> list[Span]:
        """The parts of raw_text that could not be read, for the card to highlight."""
        offsets = OffsetMap(self.norm_text or self.raw_text, self.raw_text)
        return [offsets.span(sp) for sp in self.norm_unread]

    @property
    def is_market(self) -> bool:
        """True when the signal asks for a market entry (no entry price)."""
        return not self.entries

    @property
    def needs_review(self) -> bool:
        """True when part of the message could not be read with certainty."""
        return bool(self.review)

    def is_valid(self) -> bool:
        """True when the signal names a symbol and side, breaks no rule and needs no review."""
        return (
            bool(self.symbol)
            and self.side in ("LONG", "SHORT")
            and not self.errors
            and not self.review
        )

    def problems(self) -> list[str]:
        """Every reason this signal cannot be traded as it is: review reasons first."""
        return [*self.review, *self.errors]

    def to_signal(self, source: str | None = None, signal_id: str | None = None) -> Signal:
        """The engine's Signal for this parse (leverage 1 when the post names none)."""
        from engine.domain.signal import Signal

        return Signal(
            symbol=self.symbol,
            side=self.side or "",
            sl=self.stop_loss,
            leverage=self.leverage or 1,
            entries=list(self.entries),
            take_profits=list(self.take_profits),
            source=source,
            signal_id=signal_id,
            raw_text=self.raw_text,
            trailing_stop_pct=self.trailing_stop_pct,
            trailing_activation=self.trailing_activation,
            break_even_after_tp=self.break_even_after_tp,
            entry_trigger=self.entry_trigger,
            target_percents=list(self.target_percents),
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form, with is_valid, for the CLI and logs."""
        d = asdict(self)
        for private in ("raw_text", "norm_text", "norm_spans", "norm_unread", "side_at"):
            d.pop(private)
        d["needs_review"] = self.needs_review
        d["spans"] = {k: [list(sp) for sp in v] for k, v in self.spans.items()}
        d["unread"] = [list(sp) for sp in self.unread]
        d["is_valid"] = self.is_valid()
        d["confidence"] = round(self.confidence, 2)
        return d


class UpdateKind(StrEnum):
    """What a follow-up post asks for."""

    CLOSE = "CLOSE"
    CLOSE_PARTIAL = "CLOSE_PARTIAL"
    CANCEL = "CANCEL"
    MOVE_SL = "MOVE_SL"
    TP_HIT = "TP_HIT"
    SL_HIT = "SL_HIT"


@dataclass
class SignalUpdate:
    """A follow-up post about an open signal: close, cancel, move the stop, a target hit."""

    kind: UpdateKind
    symbol: str | None = None
    price: float | None = None
    to_entry: bool = False
    fraction: float | None = None
    tp_index: int | None = None
    raw_text: str = ""
    # A second action the same post asks for, done after this one: "Close 50% and move SL to
    # entry" is CLOSE_PARTIAL then MOVE_SL (price / to_entry say where the stop goes).
    then: UpdateKind | None = None
    # Why the post cannot be acted on as read (a part of it unread): nothing of it is done.
    problem: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form for the CLI and logs."""
        d = asdict(self)
        d.pop("raw_text")
        d["kind"] = self.kind.value
        d["then"] = self.then.value if self.then is not None else None
        return d
