"""A status line over a signal posted again (issue 13, session 11): "Position has been activated",
"Entry activated", "Order filled", "Signal activated ✅", "Entered entry zone ✅" (Cornix-style
status lines) above the channel's original signal text is a status post, never a new trade; and
the follow-up it asks for is read from its status lines, never from the quoted signal's words.
Each test pairs the posts the rule is for with near misses (signals whose instructions say
"activate", "filled" or "triggered" of what is still to come), through the public parser."""

from __future__ import annotations

import pytest

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)

_LINK = (
    "#LINK/USDT LONG\nLeverage: Cross 20x\nEntry Targets: 14.10 - 13.85\n"
    "Take-Profit Targets:\n1) 14.35\n2) 14.60\n3) 14.95\nStop Targets: 13.20"
)
_OP = "OP/USDT SHORT 📉\nEntry zone: 1.92 - 1.95\nTP1: 1.85\nTP2: 1.78\nSL: 1.99"

_HEADINGS = (
    "Position has been activated",
    "Entry activated",
    "Order filled",
    "Signal activated ✅",
    "Entered entry zone ✅",
    "#LINK/USDT Entered entry zone ✅",
    "Trade activated 🟢",
    "Buy order filled ✅",
    "Limit order has been triggered",
    "Position opened ✅",
    "ACTIVATED",
    "Entry zone reached",
    "Вход активирован",
    "Orden ejecutada",
    "Pozisyon açıldı",
    "已入场",
)


@pytest.mark.parametrize("heading", _HEADINGS)
@pytest.mark.parametrize("signal", (_LINK, _OP))
def test_parse_when_a_status_line_heads_the_signal_posted_again_then_no_new_signal(
    heading: str, signal: str
) -> None:
    for post in (heading + "\n\n" + signal, heading + "\n" + signal, signal + "\n\n" + heading):
        assert PARSER.parse_sync(post) is None, post
    # (Near miss: the same signal alone is read whole.)
    sig = PARSER.parse_sync(signal)
    assert sig is not None and sig.is_valid()


_NEAR_MISSES = (
    "Activate notifications 🔔",
    "Cancel if not filled within 24h",
    "Order gets filled only after a retest",
    "Wait for the entry to be filled",
    "Activate the trade only once the 4h candle is green",
    "Not activated yet",
    "Pending order, not filled yet",
    "Use a limit order, it will be filled on the dip",
    "Signal will be activated when the price reaches the zone",
)


@pytest.mark.parametrize("line", _NEAR_MISSES)
def test_parse_when_a_line_says_the_order_is_still_to_come_then_the_signal_stands(
    line: str,
) -> None:
    for post in (line + "\n" + _LINK, _LINK + "\n" + line):
        sig = PARSER.parse_sync(post)
        assert sig is not None and sig.is_valid(), (post, sig and sig.review)
        assert (sig.entries, sig.take_profits, sig.stop_loss) == (
            [14.10, 13.85],
            [14.35, 14.60, 14.95],
            13.20,
        )


def test_parse_when_the_activation_is_a_sentence_of_the_analysis_then_the_signal_stands() -> None:
    # A long line reading a chart's marks is no status line of this signal.
    post = (
        _OP + "\nThe indicator printed an S at both peaks on the 4h chart, and the last time it "
        "did the short position was activated right before a long drop."
    )
    sig = PARSER.parse_sync(post)
    assert sig is not None and sig.is_valid(), sig and sig.review


# A channel whose targets are "close at" lines ("🔘 Закрыть по $0.098": close at $0.098), and a
# signal with its own plan for the stop: words the update reader acts on.
_HBAR = (
    "СИГНАЛ #HBAR/USDT\n\n🔑 Открываем ЛОНГ в зоне $0.092 – $0.094 — 5% депозита, плечо х5\n\n"
    "🉐 Цели:\n\n🔘 Закрыть по $0.098\n🔘 Закрыть по $0.103\n🔘 Закрыть по $0.110\n\n"
    "❗️ СТОП-ЛОСС: $0.088"
)
_PLAN = (
    "#SOL/USDT LONG\nEntry: 142 - 145\nTP1: 150\nTP2: 158\nSL: 136\n"
    "Move SL to entry after TP1 is hit"
)


@pytest.mark.parametrize("signal", (_HBAR, _PLAN))
@pytest.mark.parametrize("heading", ("Position has been activated", "Entry filled ✅"))
def test_parse_update_when_a_status_line_heads_a_signal_then_its_words_are_no_action(
    signal: str, heading: str
) -> None:
    for post in (heading + "\n\n" + signal, signal + "\n\n" + heading):
        update = PARSER.parse_update_sync(post)
        assert update is None or update.kind.value in ("TP_HIT", "SL_HIT"), (post, update)


@pytest.mark.parametrize("signal", (_HBAR, _LINK))
def test_parse_update_when_the_status_line_asks_an_action_then_it_is_read_alone(
    signal: str,
) -> None:
    # The status line's own action, for the coin of the quoted signal; never a close read from
    # the quoted targets' "Закрыть по".
    update = PARSER.parse_update_sync("TP1 hit ✅ move SL to entry\n\n" + signal)
    assert update is not None, signal
    assert (update.kind.value, update.to_entry, update.then) == ("MOVE_SL", True, None)
    assert update.symbol == ("HBARUSDT" if signal is _HBAR else "LINKUSDT")
    update = PARSER.parse_update_sync("TP2 reached ✅ Close 50% and move SL to entry\n\n" + signal)
    assert update is not None and update.kind.value == "CLOSE_PARTIAL"
    assert update.fraction == 0.5 and update.then is not None and update.then.value == "MOVE_SL"
