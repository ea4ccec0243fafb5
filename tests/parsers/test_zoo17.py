"""Rules found by the format zoo's documented layouts (branch i13-zoo17, tests/fixtures/
format_zoo.jsonl and the doc_layout harness family, tests/parsers/mutations_layouts.py), each with
its doubtful neighbour. Read through the real entry point."""

from __future__ import annotations

import pytest

from tests.parsers.mutations import Mutation, judge
from tests.parsers.mutations_layouts import LAYOUTS, layout_mutations
from tests.parsers.reads import PARSER, valid

_COIN_LINE = (
    "🆕 New position\n🪙 Coin: BRETT LONG ({lev})\n📥 Entry: 0.43 - 0.45\n🎯 Target 1: 0.48\n"
    "🎯 Target 2: 0.491\n🎯 Target 3: 0.502\n🛑 Stop loss: 0.40\n"
)


# A number before its leverage word, no "x" ("(20 leverage cross)", as a copier's documented
# WhatsApp post writes it): the leverage. It was dropped, and the trade placed at the default
# leverage: a wrong trade on every dev signal written in that layout.
@pytest.mark.parametrize(
    ("lev", "want"),
    [
        ("20 leverage cross", 20),
        ("5 leverage", 5),
        ("10 плечо", 10),
        ("15 kaldıraç", 15),
    ],
)
def test_a_number_before_its_leverage_word_is_the_leverage(lev: str, want: int) -> None:
    sig = valid(_COIN_LINE.format(lev=lev))
    assert (sig.entries, sig.take_profits, sig.stop_loss) == (
        [0.43, 0.45],
        [0.48, 0.491, 0.502],
        0.4,
    )
    assert sig.leverage == want


@pytest.mark.parametrize(
    "lev",
    [
        "0.20 leverage cross",  # a decimal: no leverage level
        "high leverage cross",  # no number
    ],
)
def test_no_whole_number_before_the_leverage_word_gives_no_leverage(lev: str) -> None:
    sig = PARSER.parse_sync(_COIN_LINE.format(lev=lev))
    assert sig is None or sig.leverage is None


# "Entry Zone:  0.076 _ 0.070" (tigger's documented free-channel post form): an underscore
# alone between two numbers is the zone's dash. Read as markdown and dropped, "95 _ 107" became
# the one number "95 107" (thousands grouped by a space): refused as far from the levels.
@pytest.mark.parametrize(
    ("zone", "want"),
    [("95 _ 107", [95.0, 107.0]), ("0.076 _ 0.070", [0.076, 0.07])],
)
def test_an_underscore_between_two_numbers_parts_a_zone(zone: str, want: list[float]) -> None:
    high = max(want)
    text = (
        f"LONG SIGNAL\n\nPAIR:  NAV/ USDT\n\nEntry Zone:  {zone}\n\n🎯 Take-Profit Targets:\n\n"
        f"{high * 1.1:.4g}$\n\n{high * 1.2:.4g}$\n\n Stop-Loss:  {min(want) * 0.9:.4g}\n"
    )
    sig = valid(text)
    assert sig.entries == want


def test_markdown_underscores_stay_markdown() -> None:
    sig = valid("#SOL/USDT LONG\n__Entry:__ 140 - 142\n_TP:_ 150, 160\n_SL:_ 130")
    assert (sig.entries, sig.take_profits, sig.stop_loss) == ([140, 142], [150, 160], 130)


def test_every_layout_writes_its_post_and_the_family_is_deterministic() -> None:
    first = list(layout_mutations(13))
    assert len(first) >= 1500
    assert [r[2] for r in first] == [r[2] for r in layout_mutations(13)]
    assert {r[1] for r in first} == {"doc_layout"}


@pytest.mark.parametrize(("name", "layout", "must"), LAYOUTS, ids=[n for n, _, _ in LAYOUTS])
def test_a_documented_layout_of_a_plain_signal_is_read_exactly(name, layout, must) -> None:  # type: ignore[no-untyped-def]
    import random

    want = {
        "symbol": "ARBUSDT",
        "side": "SHORT",
        "entries": [1.12, 1.15],
        "take_profits": [1.08, 1.05, 1.01],
        "stop_loss": 1.19,
        "leverage": 20,
    }
    if name in {"copytrade_card", "markdown_card", "arrow_targets", "repeated_tp"}:
        want["entries"] = [1.12]
    if name in {"turkish_card", "aligned_columns", "one_line"}:
        want["entries"] = [1.12]
    text = layout(random.Random(1), want)
    assert text is not None
    assert judge(PARSER, Mutation("x", name, text, want, must)) == ("right", ""), text


# Languages a sweep of the zoo's layouts found unread (parsers/lexicon_more.py): each post was
# refused (an entry line of prices no label claims, or no side at all), never misread.
_IN_LANGUAGE = {
    "nl": "Munt: BTC/USDT\nRichting: Long\nInstap: 42000\nDoelen: 43000 - 44000\n"
    "Stop loss: 41000\nHefboom: 10x",
    "cs": "BTC/USDT Long\nVstupní cena: 42000\nCíl 1: 43000\nCíl 2: 44000\nStop: 41000\nPáka: 10x",
    "ro": "BTC/USDT Long\nZonă de intrare: 42000\nȚinte: 43000 - 44000\nStop loss: 41000\n"
    "Efect de levier: 10x",
    "hu": "Érme: BTC/USDT\nIrány: Long\nBelépési ár: 42000\nCélok: 43000 - 44000\n"
    "Stop loss: 41000\nTőkeáttétel: 10x",
    "el": "BTC/USDT Long\nΕίσοδος: 42000\nΣτόχοι: 43000 - 44000\nStop loss: 41000\nΜόχλευση: 10x",
    "he": "מטבע: BTC/USDT\nכיוון: לונג\nכניסה: 42000\nיעדים: 43000 - 44000\nסטופ לוס: 41000\n"
    "מינוף: 10x",
    "ur": "کوائن: BTC/USDT\nسمت: لانگ\nانٹری: 42000\nٹارگٹ: 43000 - 44000\nسٹاپ لاس: 41000\n"
    "لیوریج: 10x",
    "bn": "কয়েন: BTC/USDT\nদিক: লং\nএন্ট্রি: 42000\nটার্গেট: 43000 - 44000\nস্টপ লস: 41000\nলিভারেজ: 10x",
    "ms": "Syiling: BTC/USDT\nArah: Long\nKemasukan: 42000\nSasaran: 43000 - 44000\n"
    "Henti rugi: 41000\nLeveraj: 10x",
    "th": "คู่เหรียญ: BTC/USDT\nทิศทาง: Long\nจุดเข้า: 42000\nทำกำไร: 43000 - 44000\n"
    "ตัดขาดทุน: 41000\nเลเวอเรจ: 10x",
    "pl": "BTC/USDT LONG\nStrefa wejścia: 42000\nCele: 43000 - 44000\nStop loss: 41000\n"
    "Dźwignia: 10x",
}


@pytest.mark.parametrize("lang", sorted(_IN_LANGUAGE))
def test_a_signal_in_a_language_of_the_sweep_is_read_exactly(lang: str) -> None:
    sig = valid(_IN_LANGUAGE[lang])
    got = (sig.symbol, sig.side, sig.entries, sig.take_profits, sig.stop_loss, sig.leverage)
    assert got == ("BTCUSDT", "LONG", [42000], [43000, 44000], 41000, 10)


@pytest.mark.parametrize(
    "text",
    [
        # a Dutch word no row holds: the entry's prices are still nobody's
        "BTC/USDT Long\nKoopzone: 42000\nDoelen: 43000 - 44000\nStop loss: 41000",
        # Thai "ลอง" is "try", no side: the short the prices show is not read as a long
        "BTC/USDT ลอง\nจุดเข้า: 42000\nทำกำไร: 41000\nตัดขาดทุน: 43000\nเลเวอเรจ: 10x",
    ],
)
def test_a_word_of_those_languages_no_row_holds_is_still_refused_or_not_a_long(text: str) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid() or sig.side != "LONG"


# A leverage line under a label no row held ("LV 3-5" in a dev pump channel's call, "Lvg 10",
# "Leva 10") was excused as a number too far from the levels: the trade went out at the default
# leverage (the harness family lev_label writes every dev leverage in 35 such forms).
@pytest.mark.parametrize(
    ("line", "want"),
    [("LV 3-5", 3), ("LV 10", 10), ("Lvg 10", 10), ("Levg: 10", 10), ("Leva 10", 10)],
)
def test_a_leverage_under_an_abbreviation_or_italian_word_is_read(line: str, want: int) -> None:
    sig = PARSER.parse_sync(
        f"#MATIC/USDT Long\nEntry: 1.150-1.155\nTarget: 1.174-1.195-1.235\nStop: 1.08\n{line}"
    )
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.leverage == want


def test_an_indexed_entry_written_e1_is_an_entry() -> None:
    sig = valid("ETH/USDT LONG\nE1: 3000\nE2: 2950\nT1: 3050\nT2: 3100\nT3: 3200\nSL: 2900")
    assert (sig.entries, sig.take_profits, sig.stop_loss) == (
        [3000, 2950],
        [3050, 3100, 3200],
        2900,
    )


def test_a_word_starting_with_e_and_a_digit_is_no_entry_label() -> None:
    # "E2E" / "e5" inside words stay words: the post's own entry is the only one
    sig = valid("ETH/USDT LONG\nEntry: 3000\nTP: 3050\nSL: 2900\nTested e2e on 5 bots")
    assert sig.entries == [3000]


# "#SOL/USDT (20xLONG)": the leverage's x glued to the side word (a copier's parser documents the
# card, ali-moments/simpleCopyBot parsers/mahee.py). The x followed by a letter was no leverage
# token, so the trade went out at the default leverage.
@pytest.mark.parametrize(("side", "lev"), [("LONG", 20), ("SHORT", 5), ("Long", 10)])
def test_a_leverage_glued_to_the_side_word_is_the_leverage(side: str, lev: int) -> None:
    levels = (
        ("140.5/138.2", "143/146", "135")
        if side.upper() == "LONG"
        else ("140.5/142", "138/136", "145")
    )
    text = (
        f"SIGNAL ALERT\n#SOL/USDT ({lev}x{side})\nENTRY: {levels[0]}\nTARGETS:-{levels[1]}\n"
        f"STOP LOSS: {levels[2]}"
    )
    sig = valid(text)
    assert (sig.side, sig.leverage) == (side.upper(), lev)


def test_an_x_glued_to_another_word_is_still_no_leverage() -> None:
    sig = PARSER.parse_sync("#SOL/USDT LONG 10xlonger\nEntry: 140\nTP: 150\nSL: 130")
    assert sig is not None and sig.leverage is None
