"""Rules of branch i13-zoo18: a number set under a word no label row holds is refused, not
excused as "no price" (parsers/label_value.py), with the neighbours that stay read. Read through
the real entry point."""

from __future__ import annotations

import pytest

from tests.parsers.mutations_channels import CHANNEL_FAMILIES, channel_mutations
from tests.parsers.reads import PARSER, valid

_LEVELS = ("Entry: 60000 - 61000", "TP1: 63000", "TP2: 65000", "SL: 58000")
_SMALL = ("Entry: 0.1 - 0.11", "TP1: 0.12", "TP2: 0.13", "SL: 0.09")


def _post(extra: str, where: int, levels: tuple[str, ...] = _LEVELS, head: str = "") -> str:
    lines = [*levels]
    lines.insert(where, extra)
    return "\n".join([head or "#BTC/USDT LONG", *lines])


# A leverage (or any setting) under a word the lexicon lacks, the number far from the levels: it
# was excused as an id or a volume, and the trade placed at the default leverage.
@pytest.mark.parametrize(
    "extra",
    [
        *("Zorblat 10", "Lvrg: 25", "🔸 Plecho - 20", "Hebelwirkung = 50", "Efecto palanca: 15"),
        *("Plokta :: 10", "Snelk >> 25", "Gorvy ➜ 20", "Kwintel： 5"),
    ],
)
@pytest.mark.parametrize("where", [0, 1, 4])  # before the levels, among them, after them
def test_a_number_set_under_an_unknown_word_is_refused(extra: str, where: int) -> None:
    sig = PARSER.parse_sync(_post(extra, where))
    assert sig is not None and not sig.is_valid()
    assert sig.leverage is None
    said = "a word I do not know as a label"
    assert any(said in why for why in sig.problems()), sig.problems()


def test_a_setting_under_an_unknown_word_is_refused_beside_small_prices_too() -> None:
    sig = PARSER.parse_sync(_post("Zorblat 10", 4, _SMALL, "#DOGE/USDT LONG"))
    assert sig is not None and not sig.is_valid()


def test_a_setting_heading_the_post_is_refused() -> None:
    sig = PARSER.parse_sync("Zorblat 20\n" + _post("", 4).rstrip())
    assert sig is not None and not sig.is_valid()


# What a rule reads, or a number that says what it is, stays read: a leverage word or "x", an
# id above any leverage, zero, a unit or a currency after the number, a percentage, a note.
@pytest.mark.parametrize(
    ("extra", "leverage"),
    [
        ("Zorblat 10x", 10),
        ("Leverage 20", 20),
        ("Premium signal: 1348", None),
        ("Strength: 0", None),
        ("Таймфрейм: 5 минут", None),
        ("Zorblat 10 USDT", None),
        ("Zorblat 100$", None),
        ("Zorblat 5%", None),
        ("Signal #12", None),
        ("Top 10", None),
        ("RSI 28", None),
        ("Zorblat 2.5", None),
        ("Risk 2", None),
    ],
)
def test_a_number_a_rule_reads_or_that_says_what_it_is_stays_read(
    extra: str, leverage: int | None
) -> None:
    sig = valid(_post(extra, 4))
    assert (sig.entries, sig.take_profits, sig.stop_loss) == (
        [60000.0, 61000.0],
        [63000.0, 65000.0],
        58000.0,
    )
    assert sig.leverage == leverage


def test_a_coin_and_its_price_heading_a_post_is_no_setting() -> None:
    text = "$$$XRP 100$\n#XRP/USDT SHORT\nEntry: 3.135\nTP1: 3.104\nTP2: 3.08\nSL: 3.16"
    valid(text)


# "Margin 10": a margin label over a bare whole number is a leverage or an amount, nobody can
# tell; read as a note it traded at the default leverage.
@pytest.mark.parametrize("extra", ["Margin 10", "Margin: 10", "Маржа: 20", "🔹 Margin - 25 🔹"])
def test_a_bare_number_as_the_margin_is_refused(extra: str) -> None:
    sig = PARSER.parse_sync(_post(extra, 4))
    assert sig is not None and not sig.is_valid()
    assert any("margin is given as a bare" in why for why in sig.problems()), sig.problems()


@pytest.mark.parametrize(
    ("extra", "leverage"),
    [
        ("Margin: 10 USDT", None),
        ("Margin: 10$", None),
        ("Margin 5%", None),
        ("Margin: 0.5", None),
        ("Margin: Cross, 50X", 50),
        ("Margin: isolated 20", 20),
        ("Margin: 10\nLeverage: 20x", 20),  # the leverage read: the margin is an amount
    ],
)
def test_a_margin_that_says_what_it_is_stays_read(extra: str, leverage: int | None) -> None:
    sig = valid(_post(extra, 4))
    assert sig.leverage == leverage


# ">>" between a label and its value (a new channel's separator, as "→" is): it was no separator,
# so "Open >> 0.3185 | 0.3292" was a line no label claims and the post was refused.
@pytest.mark.parametrize(
    ("entry", "tp", "want"),
    [
        ("Open >> 0.3185 | 0.3292", "TP 1 >> 0.3358\nTP 2 >> 0.3397", [0.3185, 0.3292]),
        ("Entry price >> 0.3185", "T1 >> 0.3358\nT2 >> 0.3397", [0.3185]),
        ("Buy zone>>0.3185 - 0.3292", "Targets >> 0.3358 - 0.3397", [0.3185, 0.3292]),
    ],
)
def test_chevrons_part_a_label_from_its_value(entry: str, tp: str, want: list[float]) -> None:
    sig = valid(f"#XRP/USDT LONG\n{entry}\n{tp}\nStop-Loss >> 0.3127\nLeverage >> 15x")
    assert (sig.entries, sig.take_profits, sig.stop_loss) == (want, [0.3358, 0.3397], 0.3127)
    assert sig.leverage == 15


@pytest.mark.parametrize(
    ("entry", "want"),
    [("3150,3100", [3150.0, 3100.0]), ("0.123,0.125", [0.123, 0.125])],
)
def test_two_prices_parted_by_a_bare_comma_stay_two(entry: str, want: list[float]) -> None:
    low, high = min(want), max(want)
    text = f"#ETH/USDT LONG\nEntry: {entry}\nTP1: {high * 1.1:.4g}\nSL: {low * 0.9:.4g}"
    sig = valid(text)
    assert sig.entries == want


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        # a coin that trades in thousands: the comma groups them
        ("#ETH/USDT LONG\nEntry - 3,150\nTargets - 3,300 ; 3,450\nStop loss - 3,020", [3150.0]),
        # a decimal point elsewhere says the comma groups thousands
        ("#AR/USDT LONG\nEntry - 4,165.5\nTargets - 4,869 ; 6,469\nStop loss - 3,799", [4165.5]),
        # a decimal comma elsewhere says it is one (crosscheck reads 4,869 as 4.869)
        ("#AR/USDT LONG\nEntry - 4,1\nTargets - 4,869 ; 6,469\nStop loss - 3,79", [4.1]),
    ],
)
def test_a_comma_the_post_explains_is_read(text: str, entries: list[float]) -> None:
    sig = valid(text)
    assert sig.entries == entries


def test_the_unseen_families_write_every_family_and_are_deterministic() -> None:
    first = list(channel_mutations(7))
    assert [r[2] for r in first] == [r[2] for r in channel_mutations(7)]
    assert {r[1] for r in first} == set(CHANNEL_FAMILIES)
    assert len(first) > 2000


# "S/R : 64400/66000" (an Indonesian bot's card, format zoo hydan-doc-01): a support and a
# resistance for reference under their label, as "Support:" and "Resistance:" are. Without a
# separator after it the line stays a line no label claims.
@pytest.mark.parametrize(
    ("line", "valid"),
    [
        ("S/R : 64400/66000", True),
        ("S/R - 64400 / 66000", True),
        ("S/R 64400/66000", False),
        ("S/R flip zone 64400", False),
    ],
)
def test_a_support_and_resistance_label_is_a_note(line: str, valid: bool) -> None:
    text = f"#BTCUSDT LONG 10x\nENTRY : 65200 - 65350\nSL : 64500\nTP1 : 66000\nTP2 : 66800\n{line}"
    sig = PARSER.parse_sync(text)
    assert sig is not None and sig.is_valid() is valid, sig and sig.problems()
    assert (sig.entries, sig.take_profits, sig.stop_loss) == ([65200, 65350], [66000, 66800], 64500)


# A line headed by a word under an unnumbered target list ("Zorblat 1.95", "Quabbe → 5": a field
# under a word no row holds) was read as the list's next target: a target nobody posted.
@pytest.mark.parametrize("line", ["Zorblat 1.95", "Quabbe ➜ 5", "🔸 Gorvy = 2.1", "Plokta 3"])
def test_a_word_heading_a_line_under_a_list_ends_the_list(line: str) -> None:
    sig = PARSER.parse_sync(
        f"#BELUSDT LONG\nEntry: 1.65\nTargets:\n1.7\n1.76\n1.85\n{line}\nStop: 1.55"
    )
    assert sig is None or not sig.is_valid() or sig.take_profits == [1.7, 1.76, 1.85]
    assert sig is not None and not sig.is_valid(), sig and sig.take_profits


@pytest.mark.parametrize("line", ["1.95 final", "1.95 🚀", "Below 1.95"])
def test_a_price_with_its_note_or_side_word_carries_the_list_on(line: str) -> None:
    sig = valid(f"#BELUSDT LONG\nEntry: 1.65\nTargets:\n1.7\n1.76\n1.85\n{line}\nStop: 1.55")
    assert sig.take_profits == [1.7, 1.76, 1.85, 1.95]


# "10️⃣" (a two-digit index with its last digit capped, as channels write past 9️⃣): the "1" left
# after the cap was blanked was read as a target at 1.
def test_a_two_digit_keycap_index_is_an_index() -> None:
    rows = "\n".join(
        f"{i}\ufe0f\u20e3 {p}"
        for i, p in zip(range(8, 12), ("0.87", "1", "1.13", "1.2"), strict=True)
    )
    sig = valid(f"$MANA LONG\nEntry 0.418 | 0.4675\nTargets:\n{rows}\nStop loss 0.394")
    assert sig.take_profits == [0.87, 1.0, 1.13, 1.2]


# The number under the unknown word equal to a level ("Tramba ➜ 5" beside a target at 5): it was
# excused as a level said again, and the trade went at the default leverage.
def test_a_setting_equal_to_a_level_is_still_refused() -> None:
    text = "#ATOMUSDT LONG\nEntry: 4.712 - 4\nTargets: 5 - 6 - 7\nSL: 3.7\nTramba ➜ 5"
    sig = PARSER.parse_sync(text)
    assert sig is not None and not sig.is_valid()
    assert any("a word I do not know as a label" in why for why in sig.problems()), sig.problems()
