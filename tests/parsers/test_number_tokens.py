"""parsers/number_tokens.py reads the number pattern's matches itself where re's first attempt
needs no backtracking: every token must be what the pattern's own finditer gives (span, the
number's span and text, the "k", the "%", the value), on random texts of the characters its
groups and look-arounds test, on cut forms of each alternative, and on the dev posts' lines;
and the reader must read most dev tokens itself (else it saves nothing)."""

from __future__ import annotations

import random

from parsers import number_tokens
from parsers.number_tokens import NumberToken
from parsers.number_tokens import number_tokens as tokens
from parsers.numbers import NUMBER, find_numbers, first_price_at, read_prices
from tests.parsers.corpus_score import load_split

# Every character a group or look-around of the pattern tests, and some it never matches.
_CHARS = (
    *"0123456789" * 4,
    *",,.. ..$$kKbinusdtcUSDTC%%",
    *(
        "\t",
        "\n",
        "\x0b",
        "\x1c",
        "\x1f",
        "\xa0",
        "\u2009",
        "ſ",
        "#",
        "x",
        "é",
        "ɏ",
        "ɐ",
        "я",
        "Ё",
        "ӿ",
        "Ԁ",
        "-",
        "/",
    ),
    *("🚀", "A", "z", "(", ")", ":", "_", "٣", "١"),
)
# Forms of each alternative and group, cut and joined at random.
_FORMS = (
    *("38,900", "1,234,567.5", "1,234,567,890,123.25", "27 450", "1 195,4", "12 345 678.9"),
    *("0,7310", "148,5", "12,50", "63200", "0.1585", ".0000871", "31k", "31 K", "2bin", "5 bin"),
    *("$ 12", "$.5", "0.51USDT", "0.51 usdc", "3usd", "0.5$", "0.5 $", "4%", "4 %", "12.5k$%"),
    *("1,2345", "1,234,5678", "1 234 5678", "1234567890123", "0." + "1" * 20, "1," + "2" * 19),
    *("11.934trailing", "5kg", "5.5.5", "1,234.5,6", "1 234,5678", "#1234", "x10", "1 2345"),
    *("1,234,567,890,123,456.5", "1 234 567 890 123,5", "0.5 USDC", "7 uſdt"),
    # (The edges of the look-arounds' letter ranges, after a number and before one.)
    *("5ӿ", "5Ԁ", "5ɏ", "5ɐ", "5\u00bf", "5\u00c0", "5\u03ff", "ӿ5", "Ԁ5", "ɏ5", "ɐ5", "\u00bf5"),
)


def _random_text(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(1, 8)):
        if rng.random() < 0.4:
            form = rng.choice(_FORMS)
            a = rng.randint(0, len(form) // 2)
            b = rng.randint(a, len(form)) if rng.random() < 0.3 else len(form)
            parts.append(form[a:b] if rng.random() < 0.5 else form)
        else:
            parts.append("".join(rng.choice(_CHARS) for _ in range(rng.randint(1, 6))))
    return "".join(parts)


def _fields(t: NumberToken) -> tuple[object, ...]:
    return (t.start, t.end, t.num_start, t.num_end, t.k_end, t.percent, t.raw, t.valid, t.value)


def _expected(text: str, pos: int = 0, end: int = -1) -> list[tuple[object, ...]]:
    matches = NUMBER.finditer(text, pos, len(text) if end < 0 else end)
    return [_fields(number_tokens._from_match(m)) for m in matches]


def _check(text: str, pos: int = 0, end: int = -1) -> None:
    got = [_fields(t) for t in tokens(NUMBER, text, pos, end)]
    assert got == _expected(text, pos, end), (text, pos, end)


def test_tokens_are_the_patterns_matches_on_random_texts() -> None:
    rng = random.Random(16)
    for _ in range(12_000):
        text = _random_text(rng)
        _check(text)
        pos = rng.randint(0, len(text))
        _check(text, pos, rng.randint(pos, len(text)))


def test_tokens_on_the_forms_and_their_cuts() -> None:
    for form in _FORMS:
        for text in (form, f"a {form} b", f"({form})", f"{form}x", f"{form}.5", f"Entry: {form}"):
            _check(text)
            for cut in range(len(text) + 1):
                _check(text, 0, cut)
                _check(text, cut)


def test_tokens_on_dev_lines_mostly_read_without_re() -> None:
    left = read = 0
    keep = number_tokens._from_match
    calls: list[int] = []

    def counting(m):  # type: ignore[no-untyped-def]
        calls.append(1)
        return keep(m)

    lines = {line for case in load_split("dev") for line in case.text.lower().splitlines() if line}
    number_tokens._from_match = counting
    try:
        for line in sorted(lines):
            _check(line)
            read += len(tokens(NUMBER, line))
    finally:
        number_tokens._from_match = keep
    left = len(calls) - read  # (_check's own expectations call it once a match)
    assert read > 5_000
    # Where the compiled module runs, the module's own global is not the one replaced: the
    # count then says nothing, and the comparison above is the test.
    assert left <= read // 50 or number_tokens.__file__.endswith((".so", ".pyd"))


def test_callers_read_as_before() -> None:
    # (Rows: made-up forms; read_prices skips percentages, first_price_at gives the first
    # percentage when no price comes before it, find_numbers flags them.)
    assert read_prices("Entry: 38,900 - 39,100 (2%)", 10) == [(38900.0, 17, 23), (39100.0, 26, 32)]
    assert read_prices("TP 31k / 32 K", 0) == [(31000.0, 3, 6), (32000.0, 9, 13)]
    assert first_price_at("-5% then 0.51USDT", 0)[0] == (0.51, 9, 13)
    assert first_price_at("about 5 % away", 0) == (None, 5.0)
    assert [(n.value, n.percent) for n in find_numbers("0,7310 and 4%")] == [
        (0.731, False),
        (4.0, True),
    ]
