"""Parser hygiene (issue 13, session 11): a cheap test before a pattern agrees with the pattern,
and a position 0 is a position, through the public parser."""

from __future__ import annotations

import itertools

import pytest

from parsers import EnhancedParser
from parsers.models import UpdateKind
from parsers.normalize import FILE_EXTENSIONS, normalize

PARSER = EnhancedParser(enable_ai=False)


def _casings(word: str) -> list[str]:
    """Every way of writing word in upper and lower case ("gif", "Gif", ..., "GIF")."""
    return ["".join(c) for c in itertools.product(*((ch.lower(), ch.upper()) for ch in word))]


def test_normalize_when_a_picture_file_is_named_in_any_case_then_its_digits_are_gone() -> None:
    kept = [
        ext
        for ext in (c for name in FILE_EXTENSIONS for c in _casings(name))
        if "1234" in normalize(f"see IMG_1234.{ext} for the chart")
    ]
    assert kept == []


@pytest.mark.parametrize("name", ["28273.webp", "28273.Jpg", "28273.GIF", "28273.JPEG"])
def test_parse_when_the_picture_file_has_another_extension_or_case_then_no_price(
    name: str,
) -> None:
    sig = PARSER.parse_sync(
        f"CHZ/USDT SHORT\nEntry: 0.01794\nChart {name}\nSL: 0.01820\nTP: 0.01717"
    )
    assert sig is not None and sig.is_valid(), sig and sig.review
    assert (sig.entries, sig.take_profits, sig.stop_loss) == ([0.01794], [0.01717], 0.0182)


# --- The coin of a follow-up: the one tagged on the action's own line, wherever that line is.


@pytest.mark.parametrize(
    ("text", "kind", "symbol"),
    [
        # The action is the post's first word (position 0), another pair named below it.
        ("Cancel #DYDX\nBTC/USDT still looks strong above 60000", UpdateKind.CANCEL, "DYDXUSDT"),
        ("Stopped out #DYDX\nETH/USDT is next", UpdateKind.SL_HIT, "DYDXUSDT"),
        ("Closed #DYDX at entry\nBTC/USDT still looks strong", UpdateKind.CLOSE, "DYDXUSDT"),
        ("SL to entry #DYDX\nBTC/USDT keeps its stop", UpdateKind.MOVE_SL, "DYDXUSDT"),
        # The action further on: the same coin.
        ("BTC/USDT still looks strong\nCancel #DYDX", UpdateKind.CANCEL, "DYDXUSDT"),
        (" Cancel #DYDX\nBTC/USDT still looks strong", UpdateKind.CANCEL, "DYDXUSDT"),
    ],
)
def test_update_when_the_action_line_tags_a_coin_then_that_coin_even_at_position_0(
    text: str, kind: UpdateKind, symbol: str
) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None
    assert (update.kind, update.symbol) == (kind, symbol)


def test_update_when_no_action_word_is_placed_then_the_post_names_the_coin() -> None:
    # A target hit places no action word: the pair the post names, not the coin tagged on the
    # first line (an action "not found" is not one at position 0).
    update = PARSER.parse_update_sync("#DYDX next 👀\nBTC/USDT Target 2 hit ✅")
    assert update is not None
    assert (update.kind, update.symbol, update.tp_index) == (UpdateKind.TP_HIT, "BTCUSDT", 2)
