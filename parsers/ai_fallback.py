"""Optional second opinion from an OpenAI-compatible chat-completions endpoint (Ollama, llama.cpp).

The only I/O in parsers/. Any failure (network, timeout, bad JSON, schema mismatch) returns None
so the caller keeps the rule result. The API key is sent as a bearer token and never logged.
"""

from __future__ import annotations

import json
import logging
import math
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from parsers import symbols, validate
from parsers.answer_check import coin_written, label_review
from parsers.guard import MAX_PRICE, written
from parsers.models import ParsedSignal
from parsers.normalize import hygiene_problem, normalize
from parsers.numbers import Num, dot_thousands, read_prices
from parsers.spans import Span

log = logging.getLogger(__name__)

AI_CONFIDENCE = 0.7
_MAX_INPUT = 4000  # Telegram's own cap is 4096; no need to send more

SYSTEM_PROMPT = (
    "You extract crypto futures trade signals from Telegram posts. Reply with ONE JSON object "
    "and nothing else, with exactly these keys: "
    '{"is_signal": bool, "symbol": "BASEQUOTE like BTCUSDT or null", '
    '"side": "LONG" | "SHORT" | null, "entries": [numbers, empty for market], '
    '"take_profits": [numbers, TP1 first], "stop_loss": number | null, '
    '"leverage": integer | null}. '
    "is_signal is false for results, status updates, promotions and chatter. "
    "Never invent prices that are not in the post."
)

_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$")


class AIAnswer(BaseModel):
    """The JSON the model must return."""

    model_config = ConfigDict(extra="ignore")

    is_signal: bool
    symbol: str | None = None
    side: str | None = None
    entries: list[float] = Field(default_factory=list)
    take_profits: list[float] = Field(default_factory=list)
    stop_loss: float | None = None
    leverage: int | None = None

    @field_validator("side")
    @classmethod
    def _side(cls, v: str | None) -> str | None:
        if v is None:
            return None
        v = v.strip().upper()
        if v in ("BUY",):
            return "LONG"
        if v in ("SELL",):
            return "SHORT"
        if v not in ("LONG", "SHORT"):
            raise ValueError("side must be LONG or SHORT")
        return v


def _symbol(raw: str) -> str | None:
    low = raw.strip().lower()
    return symbols.from_pair_text(low) or (
        symbols.make_symbol(re.sub(r"[^a-z0-9]", "", low)) if re.search(r"[a-z]", low) else None
    )


def numbers_of(norm: str) -> dict[float, Span]:
    """Every price the normalised text writes (each reading of each literal), with where."""
    found: dict[float, Span] = {}
    for n in read_prices(norm):
        if not written(norm, n, set()):
            continue  # half of a number ("5" of "0000,5"): the rules' guard refuses it too
        found.setdefault(n.value, (n.start, n.end))
        alt = dot_thousands(norm[n.start : n.end])
        if alt is not None:
            found.setdefault(alt, (n.start, n.end))
    return found


def answer_to_signal(answer: AIAnswer, text: str) -> ParsedSignal | None:
    """Turn a validated AI answer into a ParsedSignal, held to the rule parser's standard.

    A model may "read" a price that is not in the post (a computed target, a typo fixed, a
    hallucination): every price it gives must be a number of the normalised message, or it is
    dropped and the signal needs review with the reason, so it is never traded. The post's
    labels get the rules' review (parsers/answer_check.py: an entry label with no price read is
    never a market entry), and the coin must be written in the post.
    """
    if not answer.is_signal or not answer.symbol or not answer.side:
        return None
    symbol = _symbol(answer.symbol)
    if not symbol:
        return None
    norm = normalize(text)
    written = numbers_of(norm)
    review: list[str] = []
    problem = hygiene_problem(text)
    if problem:
        review.append(problem)
    spans: dict[str, list[Span]] = {}

    def kept(field_name: str, values: list[float]) -> list[float]:
        out: list[float] = []
        for v in values:
            if not (math.isfinite(v) and 0 < v < MAX_PRICE):
                review.append(f"the AI's {field_name} {v!r} is not a price that can be traded")
            elif v not in written:
                review.append(f"the AI's {field_name} {v:g} is not a number in the message")
            else:
                out.append(v)
                spans.setdefault(field_name, []).append(written[v])
        return out

    entries = kept("entries", list(answer.entries))
    tps = kept("take_profits", list(answer.take_profits))
    stop = kept("stop_loss", [answer.stop_loss] if answer.stop_loss is not None else [])
    base = symbols.base_of(symbol)
    if not coin_written(base, norm):
        review.append(
            f"the AI's coin {base} is not written in the message: which market is meant is a guess"
        )

    def at(field_name: str, values: list[float]) -> list[Num]:
        return [Num(v, *spans[field_name][i]) for i, v in enumerate(values)]

    stop_at = at("stop_loss", stop)
    checked = label_review(norm, at("take_profits", tps), stop_at[0] if stop_at else None)
    review.extend(checked.review)
    leverage = answer.leverage
    if leverage is not None and not 1 <= leverage <= 200:
        review.append(f"the AI's leverage {leverage} is not a leverage that can be traded")
        leverage = None
    sig = ParsedSignal(
        symbol=symbol,
        side=answer.side,
        entries=entries,
        take_profits=tps,
        stop_loss=stop[0] if stop else None,
        leverage=leverage,
        raw_text=text,
        confidence=AI_CONFIDENCE,
        review=review,
        norm_spans=spans,
        norm_unread=checked.unread,
        norm_text=norm,
    )
    sig.errors = validate.check(sig)
    if not sig.errors:
        sig.review.extend(validate.implausible(sig))
    if sig.errors or sig.review:
        sig.confidence = AI_CONFIDENCE / 2
    return sig


class AIFallback:
    """Client for POST {base_url}/chat/completions that returns a checked ParsedSignal or None."""

    def __init__(
        self, base_url: str, model: str, api_key: str | None = None, timeout: float = 10.0
    ) -> None:
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.timeout = timeout
        self._headers = {"Content-Type": "application/json"}
        if api_key:
            self._headers["Authorization"] = f"Bearer {api_key}"

    def __repr__(self) -> str:  # keeps the key out of any log line that prints the object
        return f"AIFallback(url={self.url!r}, model={self.model!r})"

    def _body(self, text: str) -> dict[str, Any]:
        return {
            "model": self.model,
            "temperature": 0,
            "response_format": {"type": "json_object"},
            "messages": [
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": text[:_MAX_INPUT]},
            ],
        }

    async def parse(self, text: str) -> ParsedSignal | None:
        """Ask the model; None on any failure so the rule result stands."""
        import httpx  # here: a command that never asks the model (a backtest) skips its import

        try:
            async with httpx.AsyncClient(timeout=self.timeout) as client:
                resp = await client.post(self.url, json=self._body(text), headers=self._headers)
            resp.raise_for_status()
            content = resp.json()["choices"][0]["message"]["content"]
            answer = AIAnswer.model_validate(json.loads(_FENCE.sub("", content.strip())))
        except httpx.TimeoutException:
            log.warning("AI fallback timed out after %.1fs; using the rule result", self.timeout)
            return None
        except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError, ValidationError) as e:
            log.warning("AI fallback failed (%s); using the rule result", type(e).__name__)
            return None
        return answer_to_signal(answer, text)
