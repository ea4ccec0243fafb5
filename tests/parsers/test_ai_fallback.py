"""AI fallback against a fake OpenAI-compatible /v1/chat/completions server on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

from parsers import EnhancedParser

# Rules cannot read this: no ticker form, no labels, just a trader's words. Every price the
# model reads from it is written in it (a model's answer with other numbers is refused).
VAGUE = (
    "thinking about bitcoin at 5x, might go up from 64000 to 65000 and 66000, out if it loses 63000"
)
AI_SIGNAL = {
    "is_signal": True,
    "symbol": "BTC/USDT",
    "side": "LONG",
    "entries": [64000],
    "take_profits": [65000, 66000],
    "stop_loss": 63000,
    "leverage": 5,
}


@dataclass
class FakeLLM:
    """Serves chat completions; the reply is chosen per test."""

    reply: Callable[[dict[str, Any]], Any] = lambda body: AI_SIGNAL
    delay: float = 0.0  # answer this late (cut short when the server stops)
    stopping: asyncio.Event = field(default_factory=asyncio.Event)
    requests: list[dict[str, Any]] = field(default_factory=list)
    auth: list[str | None] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append(body)
        self.auth.append(request.headers.get("Authorization"))
        if self.delay:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), self.delay)
        content = self.reply(body)
        if not isinstance(content, str):
            content = json.dumps(content)
        return web.json_response(
            {
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "model": body.get("model"),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                    }
                ],
            }
        )


@pytest.fixture
async def llm() -> AsyncIterator[tuple[FakeLLM, str]]:
    fake = FakeLLM()
    app = web.Application()
    app.router.add_post("/v1/chat/completions", fake.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield fake, f"http://127.0.0.1:{port}/v1"
    fake.stopping.set()  # a late answer still pending is sent now: the server stops at once
    await runner.cleanup()


def _parser(base_url: str, timeout: float = 5.0) -> EnhancedParser:
    return EnhancedParser(
        enable_ai=True,
        ai_base_url=base_url,
        ai_model="llama3.1:8b",
        ai_api_key="sk-test-secret",
        ai_timeout=timeout,
    )


async def test_parse_when_rules_find_nothing_then_ai_answer_used(
    llm: tuple[FakeLLM, str],
) -> None:
    fake, url = llm
    sig = await _parser(url).parse(VAGUE)
    assert sig is not None and sig.is_valid()
    assert sig.symbol == "BTCUSDT" and sig.side == "LONG"
    assert sig.entries == [64000] and sig.take_profits == [65000, 66000]
    assert sig.stop_loss == 63000 and sig.leverage == 5
    assert len(fake.requests) == 1
    req = fake.requests[0]
    assert req["model"] == "llama3.1:8b"
    assert req["messages"][-1]["content"] == VAGUE
    assert fake.auth == ["Bearer sk-test-secret"]


async def test_parse_when_rules_confident_then_ai_not_called(llm: tuple[FakeLLM, str]) -> None:
    fake, url = llm
    sig = await _parser(url).parse("#ETH/USDT SHORT\nEntry 3100\nTP 3000 / 2900\nSL 3200")
    assert sig is not None and sig.symbol == "ETHUSDT"
    assert fake.requests == []


async def test_parse_when_update_post_then_ai_not_called(llm: tuple[FakeLLM, str]) -> None:
    fake, url = llm
    assert await _parser(url).parse("#ETHUSDT TP2 hit ✅") is None
    assert fake.requests == []


async def test_parse_when_ai_returns_garbage_then_rule_result_kept(
    llm: tuple[FakeLLM, str],
) -> None:
    fake, url = llm
    fake.reply = lambda body: "Sure! Here is the signal: BTC long, probably."
    assert await _parser(url).parse(VAGUE) is None
    fake.reply = lambda body: {"is_signal": True, "symbol": "BTC", "side": "SIDEWAYS"}
    assert await _parser(url).parse(VAGUE) is None
    assert len(fake.requests) == 2


async def test_parse_when_ai_answer_inconsistent_then_not_valid(
    llm: tuple[FakeLLM, str],
) -> None:
    fake, url = llm
    fake.reply = lambda body: {**AI_SIGNAL, "take_profits": [63000]}  # TP below a long entry
    sig = await _parser(url).parse(VAGUE)
    assert sig is not None and not sig.is_valid()
    assert any("take profit" in e for e in sig.errors)


async def test_parse_when_ai_times_out_then_falls_back_quickly(
    llm: tuple[FakeLLM, str],
) -> None:
    fake, url = llm
    fake.delay = 30.0  # the server would answer in 30 s
    loop = asyncio.get_running_loop()
    start = loop.time()
    assert await _parser(url, timeout=0.3).parse(VAGUE) is None
    assert loop.time() - start < 3.0  # the 0.3 s timeout, with room for a busy machine


async def test_parse_when_ai_server_down_then_falls_back() -> None:
    parser = _parser("http://127.0.0.1:9/v1", timeout=1.0)
    assert await parser.parse(VAGUE) is None


async def test_parse_when_ai_says_not_a_signal_then_none(llm: tuple[FakeLLM, str]) -> None:
    fake, url = llm
    fake.reply = lambda body: {"is_signal": False}
    assert await _parser(url).parse("gm everyone, big week ahead") is None
    assert len(fake.requests) == 1


def test_ai_client_when_printed_then_key_not_shown(llm: tuple[FakeLLM, str]) -> None:
    _, url = llm
    parser = _parser(url)
    assert "sk-test-secret" not in repr(parser._ai)


async def test_parse_when_ai_answers_prices_not_in_the_message_then_refused_with_reason(
    llm: tuple[FakeLLM, str],
) -> None:
    fake, url = llm
    # 67000 is nowhere in the post (a "computed" target); 1e308 and -5 are absurd.
    fake.reply = lambda body: {**AI_SIGNAL, "take_profits": [65000, 67000], "stop_loss": 1e308}
    sig = await _parser(url).parse(VAGUE)
    assert sig is not None and not sig.is_valid() and sig.needs_review
    assert sig.take_profits == [65000] and sig.stop_loss is None
    assert any("67000 is not a number in the message" in r for r in sig.review)
    assert any("stop_loss 1e+308 is not a price" in r for r in sig.review)
    assert sig.spans["take_profits"] == [(VAGUE.index("65000"), VAGUE.index("65000") + 5)]


async def test_parse_when_rules_need_review_then_ai_cannot_override(
    llm: tuple[FakeLLM, str],
) -> None:
    fake, url = llm
    # A model answering a market entry (no entries) for an unread entry label.
    fake.reply = lambda body: {**AI_SIGNAL, "symbol": "XRPUSDT", "entries": []}
    sig = await _parser(url).parse("#XRP LONG\nBuy zone: see chart\nTP 0.60\nSL 0.45")
    assert sig is not None and sig.needs_review and not sig.is_valid()
    assert any("entry label 'Buy zone'" in r for r in sig.review)
    assert fake.requests == []


# ----------------------------------------------------------------- the rules' review, for the AI
# The rules find no signal in these (no side, no ticker form), so the model is asked; its answer
# is held to the labels of the post as a rule reading would be.
PEPE_ZONE = "pepe looking ready\nBuy zone: see chart\nTP 0.0000120\nSL 0.0000090"
PEPE_ANSWER = {
    "is_signal": True,
    "symbol": "PEPEUSDT",
    "side": "LONG",
    "entries": [],
    "take_profits": [0.000012],
    "stop_loss": 0.000009,
}


async def test_parse_when_ai_answers_market_for_an_unread_entry_label_then_needs_review(
    llm: tuple[FakeLLM, str],
) -> None:
    fake, url = llm
    fake.reply = lambda body: PEPE_ANSWER
    sig = await _parser(url).parse(PEPE_ZONE)
    assert len(fake.requests) == 1  # the rules found nothing: the model was asked
    assert sig is not None and sig.symbol == "PEPEUSDT"
    assert sig.needs_review and not sig.is_valid() and sig.entries == []
    # The rules' own wording, and the unread part highlighted in the original text.
    assert "entry label 'Buy zone' had no price I could read ('see chart')" in sig.review
    assert [PEPE_ZONE[a:b] for a, b in sig.unread] == ["Buy zone: see chart"]


async def test_parse_when_ai_gives_an_entry_the_entry_label_does_not_hold_then_needs_review(
    llm: tuple[FakeLLM, str],
) -> None:
    fake, url = llm
    # 0.0000120 is in the post, but as the target: the 'Buy zone' label itself read nothing.
    fake.reply = lambda body: {**PEPE_ANSWER, "entries": [0.000012]}
    sig = await _parser(url).parse(PEPE_ZONE)
    assert sig is not None and not sig.is_valid()
    assert any("entry label 'Buy zone' had no price I could read" in r for r in sig.review)


async def test_parse_when_ai_answer_agrees_with_readable_labels_then_valid(
    llm: tuple[FakeLLM, str],
) -> None:
    fake, url = llm
    text = "pepe looking ready\nBuy zone: 0.0000110\nTP 0.0000120\nSL 0.0000090"
    fake.reply = lambda body: {**PEPE_ANSWER, "entries": [0.000011]}
    sig = await _parser(url).parse(text)
    assert len(fake.requests) == 1
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert (sig.symbol, sig.entries, sig.take_profits) == ("PEPEUSDT", [0.000011], [0.000012])


async def test_parse_when_ai_answers_infinite_target_beside_its_targets_then_needs_review(
    llm: tuple[FakeLLM, str],
) -> None:
    fake, url = llm
    text = "pepe looking ready\nBuy zone: 0.0000110\nTP 0.0000120 inf\nSL 0.0000090"
    fake.reply = lambda body: {**PEPE_ANSWER, "entries": [0.000011]}
    sig = await _parser(url).parse(text)
    assert sig is not None and not sig.is_valid()
    assert any(r.startswith("'inf' stands where a price should be") for r in sig.review)


_PEPE_LEVELS = {"entries": [0.000011], "take_profits": [0.000012], "stop_loss": 0.000009}
_ZONE = "looking ready\nBuy zone: 0.0000110\nTP 0.0000120\nSL 0.0000090"


@pytest.mark.parametrize(
    ("text", "answer", "reason"),
    [
        # A nickname is no ticker: "frog coin" may be PEPE, or any other frog.
        (
            f"frog coin {_ZONE}",
            {**PEPE_ANSWER, **_PEPE_LEVELS},
            "the AI's coin PEPE is not written in the message",
        ),
        (
            VAGUE.replace("bitcoin", "the orange coin"),
            AI_SIGNAL,
            "the AI's coin BTC is not written in the message",
        ),
        # 1000PEPE trades at a thousand times PEPE: the multiplier must be written too.
        (
            f"pepe {_ZONE}",
            {**PEPE_ANSWER, **_PEPE_LEVELS, "symbol": "1000PEPEUSDT"},
            "the AI's coin 1000PEPE is not written in the message",
        ),
        # A ticker inside another word is not written: "ARB" in "arbitrage".
        (
            "arbitrage looking ready\nBuy zone: 0.51\nTP 0.60\nSL 0.45",
            {**PEPE_ANSWER, "symbol": "ARB", "entries": [0.51], "take_profits": [0.6]}
            | {"stop_loss": 0.45},
            "the AI's coin ARB is not written in the message",
        ),
    ],
)
async def test_parse_when_ai_coin_not_written_in_the_post_then_refused_with_reason(
    llm: tuple[FakeLLM, str], text: str, answer: dict[str, Any], reason: str
) -> None:
    fake, url = llm
    fake.reply = lambda body: answer
    sig = await _parser(url).parse(text)
    assert len(fake.requests) == 1
    assert sig is not None and sig.needs_review and not sig.is_valid()
    assert any(reason in r for r in sig.review), sig.review


@pytest.mark.parametrize(
    ("coin", "symbol"),
    [
        ("$PEPE", "PEPEUSDT"),
        ("#PEPE/USDT", "PEPEUSDT"),
        ("PEPEUSDT.P", "PEPEUSDT"),
        ("1000pepe", "1000PEPEUSDT"),
        ("XBT", "BTCUSDT"),  # a known name of the coin
        ("比特币", "BTCUSDT"),
    ],
)
async def test_parse_when_ai_coin_written_as_ticker_pair_or_name_then_accepted(
    llm: tuple[FakeLLM, str], coin: str, symbol: str
) -> None:
    fake, url = llm
    text = f"thinking about {coin} here, might go from 110 to 120, out if it loses 90"
    assert EnhancedParser(enable_ai=False).parse_sync(text) is None  # so the model is asked
    fake.reply = lambda body: {
        **PEPE_ANSWER,
        "symbol": symbol,
        "entries": [110],
        "take_profits": [120],
        "stop_loss": 90,
    }
    sig = await _parser(url).parse(text)
    assert len(fake.requests) == 1
    assert sig is not None and sig.symbol == symbol
    assert not any("not written in the message" in r for r in sig.review), sig.review
