"""What the parser returns: a new signal, or an update to an earlier one."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

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

    @property
    def is_market(self) -> bool:
        """True when the signal asks for a market entry (no entry price)."""
        return not self.entries

    def is_valid(self) -> bool:
        """True when the signal names a symbol and side and breaks no consistency rule."""
        return bool(self.symbol) and self.side in ("LONG", "SHORT") and not self.errors

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
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form, with is_valid, for the CLI and logs."""
        d = asdict(self)
        d.pop("raw_text")
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

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form for the CLI and logs."""
        d = asdict(self)
        d.pop("raw_text")
        d["kind"] = self.kind.value
        return d
