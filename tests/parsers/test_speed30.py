"""Session 28 (i13-speed30): normalize()'s gates asked of one pass over the post's characters.

`post_chars.held_chars` answers as bits which of normalize's character classes the post holds a
character of; normalize asks a gate's bit first while its text is the very text the bits were
taken of, and makes its test as before otherwise (and where the bit is set). Here: each bit is
set exactly for its class, every code point asked; and normalize gives the same text as with every
bit set (`normalize_held(text, ALL)`: every test made as it was) on every dev post, every
recorded reading's text, copies of them with the rare characters put in, and random texts of
the characters and forms the gates stand for. (All rows fail on main: no post_chars.)"""

from __future__ import annotations

import random

import pytest

from parsers import mixed_script
from parsers import normalize as norm
from parsers import post_chars as pc
from parsers.char_scans import colon_between_digits, line_ends_with_the_one_before
from parsers.char_table import TABLE as TABLE_CHARS
from parsers.normalize import normalize, normalize_held
from parsers.post_chars import ALL, ASTRAL_TABLE, held_chars
from tests.parsers.corpus_score import load_split

_CLASSES = {
    pc.CONTROL: lambda ch: norm._ASCII_CONTROLS.match(ch) is not None,
    pc.APOSTROPHE: lambda ch: ch in "'’",
    pc.MARKUP: lambda ch: ch in "<&]@",
    pc.SLASH: lambda ch: ch == "/",
    pc.DOT: lambda ch: ch == ".",
    pc.MARK: lambda ch: ch in "*_`~|",
    pc.ANGLE: lambda ch: ch == ">",
    pc.DASH: lambda ch: ch == "-",
    pc.COLON: lambda ch: ch == ":",
    pc.BLANK: lambda ch: ch in "\t\r\f\v",
    pc.NEWLINE: lambda ch: ch == "\n",
    pc.TABLE: lambda ch: ord(ch) in TABLE_CHARS,
    pc.KEYCAP: lambda ch: ch == "\u20e3",
    pc.THIN_SPACE: lambda ch: ch in "\u00a0\u202f\u2009\u2007\u2008",
    pc.MOJIBAKE: lambda ch: ch == "â",
    pc.CYRILLIC: lambda ch: mixed_script._ANY_CYRILLIC.match(ch) is not None,
}


def test_each_bit_is_set_for_its_class_exactly() -> None:
    assert sum(_CLASSES) == ALL and len(_CLASSES) == 16
    assert {c for c in TABLE_CHARS if c >= 0x10000} == set(ASTRAL_TABLE)
    wrong = []
    for c in (*range(0xD800), *range(0xE000, 0x20000), 0x10FFFF):
        ch = chr(c)
        want = sum(bit for bit, holds in _CLASSES.items() if holds(ch))
        if held_chars(ch) != want:
            wrong.append(hex(c))
    assert wrong == []


def test_the_bits_of_a_text_are_its_characters_bits() -> None:
    text = "Entry: 0.5 ✅\nTP1 → 0.7’ <b> Стоп 1️⃣\u00a0—\t"
    want = 0
    for ch in text:
        want |= held_chars(ch)
    assert held_chars(text) == want
    assert held_chars("") == 0
    assert held_chars("BTC LONG 100 200") == 0


def _texts() -> list[str]:
    from tests.parsers.readings import messages

    raw = [case.text for case in load_split("dev") if case.text]
    raw += [text for _, text in messages()]
    return list(dict.fromkeys(raw))


_TEXTS = _texts()
# What the gates stand for, put into the posts and random texts.
_PIECES = (
    "'",
    "’",
    "<b>",
    "</i>",
    "&amp;",
    "&#8364;",
    "&",
    "[link](https://x.io/a)",
    "](",
    "://",
    "www.x.com",
    "t.me/chan",
    "@trader_bot",
    "@",
    "IMG_1234.jpg",
    ".png",
    ".J",
    "*",
    "**",
    "_",
    " _ ",
    "`",
    "~~",
    "|",
    "||",
    ">>",
    " >> ",
    "TP 1 >> 117443",
    ">",
    "7.16044E-5",
    "1e-3",
    "E-",
    "-",
    "12:30",
    "1:10",
    "R:R 1:10",
    ":",
    "12.05.2024",
    "2024-05-14",
    "31/12/24",
    "5-6-7",
    "112 000",
    "108 050",
    "\t",
    "\r",
    "\f",
    "\v",
    "\n",
    "\n0",
    "$1\n03,500",
    "0. 830",
    "0. ",
    "  ",
    "   ",
    "USDT",
    "PairETH/USDT",
    "CoinBTC/USDT",
    "PERP",
    "/",
    ".",
    "1️⃣",
    "10️⃣ ",
    "#⃣",
    "\u20e3",
    "\ufe0f",
    "\u00a0",
    "64\u00a0000",
    "64\u202f000",
    "\u2009",
    "\u2007",
    "\u2008",
    "64'000",
    "64’000",
    "âEntry",
    "\nâTP",
    "â",
    "Cтоп",
    "USDТ",
    "стоп",
    "Ёё",
    "ї",
    "①",
    "➊",
    "٣٠٪",
    "۵۰",
    "：",
    "，",
    "—",
    "–",
    "→",
    "➡",
    "✓",
    "\u200b",
    "\u00ad",
    "İ",
    "損",
    "🔟",
    "\U0001f10b",
    "\x00",
    "\x08",
    "\x1b",
    "\x7f",
    "\x85",
    "𝟏𝟐",
    "ｅｎｔｒｙ",
    "\u202e",
    "✅",
    "🚀",
    "Entry: ",
    "TP1: ",
    "SL: ",
    "0.45",
    "105",
    " ",
    "\n",
    "a",
    "Z",
    "9",
)


def _spliced(text: str, rng: random.Random) -> str:
    """text with two to five of the pieces put in at random places."""
    for _ in range(rng.randrange(2, 6)):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(_PIECES) + text[at:]
    return text


def _differences(texts: list[str]) -> list[str]:
    return [t[:80] for t in texts if normalize(t) != normalize_held(t[: norm.MAX_CHARS], ALL)]


def test_normalize_gives_every_dev_post_and_recorded_text_as_every_test_made() -> None:
    assert len(_TEXTS) > 6000
    assert _differences(_TEXTS) == []


def test_normalize_gives_the_posts_with_rare_characters_put_in_as_every_test_made() -> None:
    rng = random.Random(30)
    assert _differences([_spliced(t, rng) for t in _TEXTS]) == []


@pytest.mark.parametrize("seed", range(4))
def test_normalize_gives_random_texts_as_every_test_made(seed: int) -> None:
    rng = random.Random(seed)
    texts = ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 30))) for _ in range(5000)]
    assert _differences(texts) == []


def test_a_text_longer_than_the_cap_is_cut_before_its_bits() -> None:
    text = "Entry: 1\n" * 2000 + "SL: 0. 5 <b>x</b>"
    assert normalize(text) == normalize_held(text[: norm.MAX_CHARS], ALL)
    assert "<b>" not in normalize("Entry 0. 5 <b>x</b>") and "0.5" in normalize("Entry 0. 5")


def test_made_up_posts_read_as_before() -> None:
    # (Made-up posts, one gate each: the step still runs where its character is there.)
    assert normalize("TP1: 1٫5 ✅") == normalize_held("TP1: 1٫5 ✅", ALL)
    assert normalize("Cтоп 1.5") == "Стоп 1.5"
    # (The bits taken again after the table's step: the dash it brings, a Cyrillic word after it.)
    assert normalize("✅ Cтоп — 1٫5 12/05/2024") == "✅ Стоп - 1.5 "
    assert normalize("SL\u00a0: 64\u00a0000") == normalize_held("SL\u00a0: 64\u00a0000", ALL)
    assert normalize("**LONG** BTC") == " LONG  BTC".replace("  ", " ")
    assert normalize("Entry &gt;&gt; 5") == normalize_held("Entry &gt;&gt; 5", ALL)
    assert normalize("SL 7.16044E-5") == "SL 0.0000716044"


# Lever 2: _MAYBE_TIME's search as a loop over the colons.
def _times(texts: list[str]) -> list[str]:
    return [t[:80] for t in texts if colon_between_digits(t) != bool(norm._MAYBE_TIME.search(t))]


def test_the_colons_between_digits_are_the_time_patterns_matches() -> None:
    rng = random.Random(302)
    assert _times(_TEXTS) == []
    assert _times([normalize(t) for t in _TEXTS]) == []
    pieces = ("1", "2", "0", "9", ":", "::", "a", " ", "\n", "٣", "١٢:٣٠", "12:30", ":1", "1:")
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9))) for _ in range(30000)]
    assert _times(texts) == []
    assert colon_between_digits("at 12:30") and colon_between_digits("1:10")
    assert not colon_between_digits("Entry: 12") and not colon_between_digits(":12")
    assert not colon_between_digits("1:2") and not colon_between_digits("")


# Lever 3: drop_broken_copies' first question asked of the line bounds.
def _alike(text: str) -> bool:
    """The question as drop_broken_copies asks it, of the split lines (session 27's loop)."""
    lines = text.split("\n")
    for i in range(2, len(lines)):
        prev, line = lines[i - 1].strip(), lines[i].strip()
        if prev and line.endswith(prev) and len(line) > len(prev):
            return True
    return False


def _alike_wrong(texts: list[str]) -> list[str]:
    return [t[:80] for t in texts if line_ends_with_the_one_before(t) != _alike(t)]


def test_a_line_ending_with_the_one_before_is_found_as_the_split_finds_it() -> None:
    rng = random.Random(303)
    assert _alike_wrong(_TEXTS) == []
    assert _alike_wrong([normalize(t) for t in _TEXTS]) == []
    pieces = (
        "2",
        "2.",
        ".94",
        "2.94",
        "-",
        " ",
        "  ",
        "\n",
        "\n",
        "\n \n",
        "\t",
        "\u00a0",
        "\u2003",
        "\u3000",
        "\x1c",
        "\x85",
        "✅",
        "a",
        "ab",
        "b",
        "\r",
    )
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12))) for _ in range(40000)]
    assert _alike_wrong(texts) == []
    # (Where it says no, drop_broken_copies gives the text back as it was.)
    assert all(
        norm.drop_broken_copies(t) == t for t in texts if not line_ends_with_the_one_before(t)
    )


def test_the_spaces_strip_takes_are_the_ones_asked() -> None:
    from parsers.char_scans import _space_at

    wrong = [hex(c) for c in range(0x110000) if _space_at(chr(c), 0) != chr(c).isspace()]
    assert wrong == []


def test_made_up_broken_copies_are_still_dropped() -> None:
    # (The docstring's forms, made up: the pieces of the line that follows go.)
    assert normalize("Entry\n2.\n \n2.94\n2. 2.94") == "Entry\n2. 2.94"
    assert normalize("Entry\n2\n-\n2.5\n2-2.5") == "Entry\n2-2.5"
    assert normalize("TP\n1\n2\n12") == "TP\n1\n2\n12"
