"""Focused behaviour of the parser's parts: numbers, symbols, export flattening, to_signal, CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from parsers import EnhancedParser, ParsedSignal, SignalUpdate, UpdateKind, flatten_text
from parsers.cli import main
from parsers.export import iter_export_messages
from parsers.numbers import find_leverage, prices
from parsers.symbols import from_pair_text, make_symbol

PARSER = EnhancedParser(enable_ai=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("38,900", [38900.0]),
        ("27 450", [27450.0]),
        ("0,7310", [0.731]),
        (".0000871", [0.0000871]),
        ("31k 1.8k", [31000.0, 1800.0]),
        ("$64.3k", [64300.0]),
        ("2.17$", [2.17]),
        ("28000 (+2%)", [28000.0]),
        ("TP1 4H 1000PEPE", []),
        ("28000,29000", [28000.0, 29000.0]),
    ],
)
def test_prices_when_written_as_channels_do_then_read_as_numbers(
    text: str, expected: list[float]
) -> None:
    assert prices(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10x", 10),
        ("x10", 10),
        ("×20", 20),
        ("cross (20.0x)", 20),
        ("х10", 10),
        ("10倍", 10),
        ("10x - 20x", 10),
        ("10-20x", 10),
        ("next 10", None),
        ("imx 1.5", None),
    ],
)
def test_find_leverage_when_written_inline_then_lower_bound_taken(
    text: str, expected: int | None
) -> None:
    assert find_leverage(text)[0] == expected


def test_symbol_when_pair_forms_vary_then_canonical_base_quote() -> None:
    assert from_pair_text("#btc/usdt") == "BTCUSDT"
    assert from_pair_text("btcusdt.p") == "BTCUSDT"
    assert from_pair_text("1000pepe-usdt") == "1000PEPEUSDT"
    assert from_pair_text("signal: eth_usdc") == "ETHUSDC"
    assert from_pair_text("binance futures") is None
    assert make_symbol("sol") == "SOLUSDT"


def test_to_signal_when_parsed_then_engine_signal_has_all_levels() -> None:
    sig = PARSER.parse_sync("#ETH/USDT SHORT\nEntry 3100 - 3150\nTP 3000 / 2900\nSL 3220\n20x")
    assert sig is not None and sig.is_valid()
    engine_signal = sig.to_signal(source="chan", signal_id="abc")
    assert engine_signal.symbol == "ETHUSDT"
    assert engine_signal.side == "SHORT"
    assert engine_signal.entries == [3100.0, 3150.0]
    assert engine_signal.take_profits == [3000.0, 2900.0]
    assert engine_signal.sl == 3220.0
    assert engine_signal.leverage == 20
    assert engine_signal.source == "chan" and engine_signal.signal_id == "abc"
    assert engine_signal.raw_text and "3220" in engine_signal.raw_text


def test_to_signal_when_no_leverage_and_market_then_leverage_one_and_market() -> None:
    sig = PARSER.parse_sync("LONG #BTC now\nTP 70000\nSL 60000")
    assert sig is not None
    engine_signal = sig.to_signal()
    assert engine_signal.leverage == 1
    assert engine_signal.is_market


def test_is_valid_when_tp_on_wrong_side_then_false_with_reason() -> None:
    sig = PARSER.parse_sync("#BTC LONG\nEntry 64000\nTP 63000\nSL 62000")
    assert sig is not None
    assert not sig.is_valid()
    assert any("take profit 63000" in e for e in sig.errors)


async def test_parse_when_awaited_then_same_as_sync() -> None:
    text = "#SOL/USDT LONG\nEntry 150\nTP 155\nSL 145"
    assert await PARSER.parse(text) == PARSER.parse_sync(text)
    update = await PARSER.parse_update("close half of #SOLUSDT")
    assert isinstance(update, SignalUpdate) and update.kind is UpdateKind.CLOSE_PARTIAL


def test_parse_update_when_full_signal_mentions_cancel_then_not_an_update() -> None:
    text = "#BTC/USDT LONG\nEntry 64000\nTP 65000\nSL 63000\nCancel if 4H closes below 63500"
    assert PARSER.parse_update_sync(text) is None
    assert isinstance(PARSER.parse_sync(text), ParsedSignal)


def test_flatten_text_when_export_entities_then_plain_text() -> None:
    text = ["Entry ", {"type": "bold", "text": "100"}, "\n", {"type": "code", "text": "TP 110"}]
    assert flatten_text(text) == "Entry 100\nTP 110"
    assert flatten_text("plain") == "plain"
    assert flatten_text(None) == ""


def test_iter_export_messages_when_service_messages_then_skipped() -> None:
    export = {
        "messages": [
            {"id": 1, "type": "service", "action": "pin_message", "text": ""},
            {
                "id": 2,
                "type": "message",
                "date": "2024-05-01T10:00:00",
                "text": ["a", {"type": "bold", "text": "b"}],
            },
        ]
    }
    assert list(iter_export_messages(export)) == [
        {"id": 2, "date": "2024-05-01T10:00:00", "text": "ab"}
    ]


def test_cli_when_signal_text_then_prints_json_and_returns_zero(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["parse", "#BTC/USDT LONG Entry 27450 TP 28000 SL 27000 10x"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["signal"]["symbol"] == "BTCUSDT"
    assert out["signal"]["is_valid"] is True
    assert out["signal"]["errors"] == []
    assert out["signal"]["leverage"] == 10


def test_cli_when_not_a_signal_then_reason_and_exit_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["Good morning traders!"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    assert out["signal"] is None and "not a trade signal" in out["reason"]


def test_cli_when_update_then_update_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["move SL to entry on #ETHUSDT"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["update"]["kind"] == "MOVE_SL" and out["update"]["to_entry"] is True


def test_python_m_parsers_when_text_on_stdin_then_prints_signal() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "parsers"],
        input="SHORT #ETH\nEntry 3100\nTP 3000\nSL 3200\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["signal"]["side"] == "SHORT"


def test_import_when_warnings_are_errors_then_no_regex_warning() -> None:
    # re warns (FutureWarning "Possible nested set") about patterns it may read differently later.
    code = "import parsers, parsers.signal_parser, parsers.updates"
    done = subprocess.run([sys.executable, "-W", "error", "-c", code], capture_output=True)
    assert done.returncode == 0, done.stderr.decode()


def test_one_line_when_space_inside_a_class_then_no_nested_set() -> None:
    from parsers.labels import _one_line

    assert _one_line(r"stop[\s-]?loss\s?x[^\s]") == r"stop[ \t-]?loss[ \t]?x[^ \t]"


async def test_parse_update_when_post_says_not_to_act_then_none() -> None:
    from parsers import EnhancedParser

    p = EnhancedParser(enable_ai=False)
    for text in (
        "Don't close BTC yet, hold!",
        "ETH not closing yet",
        "Do not cancel BTC order",
        "Never move the stop on SOL",
    ):
        assert await p.parse_update(text) is None, text
    still = await p.parse_update("Stopped out on BTC, do not panic, stop was tight")
    assert still is not None and still.kind.value == "SL_HIT"


def test_parse_when_take_profit_is_a_percentage_then_no_target_and_nothing_computed() -> None:
    # A target computed from a percentage is a price the channel never wrote: never traded. The
    # entry and stop as posted are (CONVENTIONS.md, targets given as percentages; session 19: this
    # asked for review before), the percentages kept as a note.
    from parsers import EnhancedParser

    p = EnhancedParser(enable_ai=False)
    r = p.parse_sync("Long #BTC\nEntry 60000\nTP: 5%\nSL 59000")
    assert r is not None and r.is_valid() and r.target_percents == ["TP: 5%"]
    assert r.take_profits == [] and r.entries == [60000.0] and r.stop_loss == 59000.0
    r = p.parse_sync("Short ETH\nEntry 3000\nTP 2,5% / 4%\nSL 3100")
    assert r is not None and r.take_profits == [] and r.target_percents == ["TP 2,5% / 4%"]
    r = p.parse_sync("Long #BTC\nEntry market\nTP: 5%\nSL 59000")
    assert r is not None and r.is_valid() and r.entries == [] and r.take_profits == []
    r = p.parse_sync("Long #BTC\nEntry market\nTP: 5%")  # no price at all: nothing to trade
    assert r is None or not r.is_valid()
    assert any("percentage" in e for e in r.review)
