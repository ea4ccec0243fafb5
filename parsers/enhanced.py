"""The public parser: rules first, an optional AI fallback when the rules are unsure."""

from __future__ import annotations

import logging
from dataclasses import replace

from parsers.ai_fallback import AIFallback
from parsers.models import ParsedSignal, SignalUpdate, UpdateKind
from parsers.prose_levels import words
from parsers.reports import status_heading
from parsers.results_card import result_line, results_card
from parsers.signal_parser import quoted_levels, read_signal
from parsers.stories import told_not_asked
from parsers.ticked_card import ticked_card
from parsers.updates import read_update

log = logging.getLogger(__name__)

# Below this, a rule result is handed to the AI for a second opinion (when enabled).
AI_CONFIDENCE_THRESHOLD = 0.6


_ACTIONS = frozenset(
    (UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.CANCEL, UpdateKind.MOVE_SL)
)
_HITS = frozenset((UpdateKind.TP_HIT, UpdateKind.SL_HIT))
# A status line is short ("TP1 hit ✅ move SL to entry"); a longer one is the quoted signal's text.
_STATUS_LINE_WORDS = 10
_NOT_LEVELS = frozenset(("symbol", "leverage"))


def _status_lines(text: str) -> tuple[str, ParsedSignal] | None:
    """The short lines around a signal posted again under a status line, and that signal; None
    when the post quotes no signal read whole and clean. (A status post of its own, "Alvo 1
    atingido / Entrada: 245.50 / Preço do alvo: 248.43", is no signal quoted.)"""
    quoted = quoted_levels(text)
    if quoted is None or not quoted.is_valid() or not quoted.take_profits:
        return None
    if not (quoted.entries or quoted.stop_loss is not None):
        return None
    if not quoted.entries and _stop_line_acts(text, quoted):
        return None  # "Первая цель (2500) достигнута ✅ / Стоп переносим в точку входа (2400)"
    # (The coin and the leverage are not levels: "✅ #ETH/USDT closed" over the card, "💰 Profit:
    # 45% (Cross 20x)" under it are status lines; i13-upd25.)
    levels = [v for k, v in quoted.spans.items() if k not in _NOT_LEVELS] or list(
        quoted.spans.values()
    )
    ends = [end for spans in levels for _, end in spans]
    starts = [start for spans in levels for start, _ in spans]
    # (The spans hold the signal's own trailing stop too: "Trailing Configuration: / Stop:
    # Breakeven - Trigger: Target (2)" under the stop is no status line.)
    first = text.rfind("\n", 0, min(starts)) + 1
    last = text.find("\n", max(ends))
    around = text[:first].split("\n") + (text[last:].split("\n") if last >= 0 else [])
    status = "\n".join(
        line
        for line in around
        if words(line, 0, len(line), _STATUS_LINE_WORDS) <= _STATUS_LINE_WORDS
    )
    return status, quoted


def _stop_line_acts(text: str, quoted: ParsedSignal) -> bool:
    """Whether the line the quoted levels' stop was read from is a follow-up of its own ("Стоп
    переносим в точку входа (2400)"): the levels are the status lines' own, no call quoted."""
    spans = quoted.spans.get("stop_loss")
    if not spans:
        return False
    at = spans[0][0]
    end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1 : len(text) if end < 0 else end]
    said = read_update(line)
    return said is not None and said.kind is UpdateKind.MOVE_SL


def _from_status_lines(text: str, update: SignalUpdate) -> SignalUpdate | None:
    """A signal posted again under a status line ("Entry filled ✅", "TP1 hit ✅" over it): the
    follow-up is what the short lines around the quoted levels ask, never the signal's own words
    ("🔘 Закрыть по $0.098" as a target, "move the stop to entry after TP1" as its plan)."""
    found = _status_lines(text)
    if found is None:
        return update
    status, quoted = found
    said = read_update(status) if status.strip() else None
    if said is None:
        return None
    return replace(said, symbol=said.symbol or quoted.symbol, raw_text=text)


def _acts(clause: str) -> str | None:
    """The coin a clause read alone acts on ("" for none), or None when it is no follow-up that
    acts."""
    update = read_update(clause)
    if update is None or update.kind not in _ACTIONS:
        return None
    return update.symbol or ""


def _fill_reported(text: str) -> bool:
    """ "Order filled ✅" over the signal posted again: its status line says the entry went in,
    and nothing of a target or the stop; the ✅ and "TP1" of the signal under it are no hit."""
    found = _status_lines(text)
    if found is None or not found[0].strip():
        return False
    return status_heading((found[0].lower(), "")) and read_update(found[0]) is None


class EnhancedParser:
    """Reads channel posts into ParsedSignal or SignalUpdate; never raises on any input."""

    def __init__(
        self,
        enable_ai: bool = False,
        ai_base_url: str | None = None,
        ai_model: str | None = None,
        ai_api_key: str | None = None,
        ai_timeout: float = 10.0,
        ai_threshold: float = AI_CONFIDENCE_THRESHOLD,
    ) -> None:
        self.ai_threshold = ai_threshold
        self._ai: AIFallback | None = None
        if enable_ai and ai_base_url and ai_model:
            self._ai = AIFallback(ai_base_url, ai_model, ai_api_key, ai_timeout)
        elif enable_ai:
            log.warning("AI fallback enabled but AI_BASE_URL or AI_MODEL is missing; rules only")

    @property
    def ai_enabled(self) -> bool:
        """True when an AI endpoint is configured."""
        return self._ai is not None

    def parse_sync(self, text: str) -> ParsedSignal | None:
        """Rule-based parse (no AI): the signal, or None when the text is not one."""
        try:
            return read_signal(text)
        except Exception:  # the parser must never take the bot down on a strange post
            log.exception("parser error; message treated as not a signal")
            return None

    async def parse(self, text: str) -> ParsedSignal | None:
        """Parse a post; asks the AI only when the rules find nothing or are unsure."""
        result = self.parse_sync(text)
        if self._ai is None or not text or not text.strip():
            return result
        if result is not None and result.confidence >= self.ai_threshold:
            return result
        if result is not None and result.needs_review:
            # What the text does not say, a model cannot read either: its "market entry" for an
            # unread 'Buy zone' would be the very guess the review refuses. A person decides.
            return result
        if result is None and self.parse_update_sync(text) is not None:
            return None  # a follow-up post, not a new signal: nothing for the AI to add
        ai = await self._ai.parse(text)
        if ai is None:
            return result
        if result is None or (
            ai.is_valid() and not (result.is_valid() and result.confidence >= ai.confidence)
        ):
            return ai
        return result

    def parse_update_sync(self, text: str) -> SignalUpdate | None:
        """Follow-up post (close, cancel, move SL, TP/SL hit), or None."""
        try:
            # "XTZBTC 31-12 06:10 / ID: 15630 / ALVO 1: 0.0000698 WWW / ...": a results channel's
            # card, the outcome of a call (parsers/results_card.py; batch gath26e).
            if (card := results_card(text)) is not None:
                return card
            # "✅ WIN em `XRP/USDT` ✅": a fixed-time call's result (results_card; gath30w).
            if (result := result_line(text)) is not None:
                return result
            update = read_update(text)
            if update is None:
                return None
            if update.kind in _ACTIONS and told_not_asked(text.lower(), _acts):
                return None  # "We closed 12 trades last week", "BTC closed the day above ..."
            sig = read_signal(text)
            # A full new signal may say "cancel if ..." or "close below ..."; it is not an update.
            # Two of entry, targets and stop make a new signal too, even one needing review
            # ("Close the order at the price $43600" as its target lines): never a close.
            if sig is not None and (
                (sig.take_profits and (sig.entries or sig.stop_loss))
                or (sig.entries and sig.stop_loss is not None)
            ):
                # A call posted again with its targets ticked off, "Sell : 0.29✅ - 0.45 ✅",
                # reports the targets reached: a target hit informs, it acts on nothing; so does
                # one headed by the trade's close ("Trade Close ✅ (FHEUSDT Perp) / ... / TP1:
                # 0.0697 ✅"): a report of the channel's trade, no instruction (i13-en22).
                return ticked_card(text, update)
            if sig is None and update.kind in _ACTIONS:
                return _from_status_lines(text, update)
            if sig is None and update.kind in _HITS and _fill_reported(text):
                return None  # an entry-filled report is no target hit
            return update
        except Exception:
            log.exception("update parser error; message ignored")
            return None

    async def parse_update(self, text: str) -> SignalUpdate | None:
        """Async form of parse_update_sync, for symmetry with parse()."""
        return self.parse_update_sync(text)
