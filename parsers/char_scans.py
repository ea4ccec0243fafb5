"""Yes/no questions about a text's characters, by compiled loops (`make native`), asked where a
pattern would cost more than the answer: a search costs about a thousand machine instructions
before it reads a character (twice that when it finds one: the match object), and re enters
some patterns' matcher at every point or dash of every price. Each function answers what the
pattern it stands for answers (tests/parsers/test_char_scans.py compares them on random texts).
"""

from __future__ import annotations

from typing import Final


def places(text: str, c: str) -> list[int]:
    """Where c (one character or more) stands in text, in order: str.find's answers."""
    out: list[int] = []
    i = text.find(c)
    while i >= 0:
        out.append(i)
        i = text.find(c, i + 1)
    return out


def has_digit(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] holds one of 0-9, the bounds read as a pattern's search reads
    them (clipped to the text; none past the end)."""
    stop = len(text) if end is None else max(0, min(end, len(text)))
    for i in range(max(start, 0), stop):
        c = ord(text[i])
        if 48 <= c <= 57:
            return True
    return False


def digit_count(text: str) -> int:
    """How many of 0-9 text holds (what deleting them with str.translate takes from its length:
    translate looks every character up in a table and builds a new string)."""
    count = 0
    for i in range(len(text)):
        c = ord(text[i])
        if 48 <= c <= 57:
            count += 1
    return count


def first_digit(text: str) -> int:
    """Where the first of 0-9 stands in text, or -1 (what a search of [0-9] gives as its
    start, without the match object)."""
    for i in range(len(text)):
        c = ord(text[i])
        if 48 <= c <= 57:
            return i
    return -1


def ascii_letter_count(text: str) -> int:
    """How many of A-Z and a-z text holds (the length of a findall of [A-Za-z])."""
    count = 0
    for i in range(len(text)):
        c = ord(text[i])
        if 65 <= c <= 90 or 97 <= c <= 122:
            count += 1
    return count


def _letter(text: str, i: int) -> bool:
    """Whether text[i] is a letter as patterns read [^\\W\\d_]: a word character that is no
    decimal digit and no "_" (str.isalnum and str.isdecimal are re's own tests)."""
    c = ord(text[i])
    if c < 128:
        return 97 <= c <= 122 or 65 <= c <= 90
    ch = text[i]
    return ch.isalnum() and not ch.isdecimal()


def word_free(text: str) -> bool:
    """Whether text holds no word character (a full match of [^\\w]*): "", "👇👇👇", "➖➖➖"."""
    for i in range(len(text)):
        c = ord(text[i])
        if c < 128:
            if 97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95:
                return False
        elif text[i].isalnum():
            return False
    return True


def letter_run(text: str, start: int, end: int, length: int) -> bool:
    """Whether text[start:end] holds length letters in a row (a search of [^\\W\\d_]{length},
    the bounds read as the search reads them)."""
    run = 0
    for i in range(max(start, 0), min(end, len(text))):
        if _letter(text, i):
            run += 1
            if run >= length:
                return True
        else:
            run = 0
    return False


def letter_words(text: str, start: int, end: int, most: int) -> int:
    """How many runs of two letters or more text[start:end] holds (what a findall of
    [^\\W\\d_]{2,} finds), counted up to most + 1."""
    count = 0
    run = 0
    for i in range(max(start, 0), min(end, len(text))):
        if _letter(text, i):
            run += 1
            if run == 2:
                count += 1
                if count > most:
                    return count
        else:
            run = 0
    return count


def digit_then_close(text: str) -> bool:
    """Whether a digit stands right before a ")" in text (every inline list index, "1)", does)."""
    at = text.find(")")
    while at >= 0:
        if at > 0 and 48 <= ord(text[at - 1]) <= 57:
            return True
        at = text.find(")", at + 1)
    return False


def ascii_control(text: str) -> bool:
    """Whether text holds an ASCII control character other than a tab, a line break, a
    vertical tab, a form feed or a carriage return (parsers/normalize.py _ASCII_CONTROLS)."""
    for i in range(len(text)):
        c = ord(text[i])
        if c <= 0x08 or 0x0E <= c <= 0x1F or c == 0x7F:
            return True
    return False


def _digit_at(text: str, i: int) -> bool:
    return 0x30 <= ord(text[i]) <= 0x39


def _date_after(text: str, i: int) -> bool:
    """Whether one or two digits, the same separator again and two digits follow the separator
    at text[i] (text holds at least four characters after it). (The same one: the date pattern
    reads its second separator as its first, `\\1`; "0.52-0.55", "27.45-27.50", a range of
    two prices, left re to try the pattern at four places before the point for nothing.)"""
    if not _digit_at(text, i + 1):
        return False
    at = i + 3 if _digit_at(text, i + 2) else i + 2  # (two digits, else one)
    if at + 2 >= len(text):
        return False
    return ord(text[at]) == ord(text[i]) and _digit_at(text, at + 1) and _digit_at(text, at + 2)


_DATE_SEPARATORS: Final = (".", "/", "-")


def date_starts(text: str) -> list[int]:
    """Where a date of parsers/normalize.py _DATE can begin: one to four characters before each
    separator followed by one or two digits, the same separator and two digits (every date's first
    digits, one to four of them, stand right before such a separator), in order, each once.
    (The separators found by str.find, a memory scan, each before the last four characters: a
    compiled loop reading every character cost about 55 instructions a character; session 27,
    i13-speed27. The same places: tests/parsers/test_speed27.py.)"""
    last = len(text) - 4  # (a separator at i < last: four characters after it at least)
    if last <= 0:
        return []  # (str.find would read a bound of 0 or less from the end)
    seps: list[int] = []
    for sep in _DATE_SEPARATORS:
        i = text.find(sep, 0, last)
        while i >= 0:
            if _date_after(text, i):
                seps.append(i)
            i = text.find(sep, i + 1, last)
    out: list[int] = []
    if seps:
        seps.sort()  # (in order, as the text reads them)
        for i in seps:
            for at in range(max(i - 4, 0), i):
                if not out or at > out[-1]:
                    out.append(at)
    return out


def dot_then_extension_letter(text: str) -> bool:
    """Whether a point is followed by a letter a picture's extension starts with: j, p, g or w in
    either case (with re.IGNORECASE no other character matches them), as every match of
    parsers/normalize.py _MAYBE_FILE_NAME starts."""
    at = text.find(".")
    while 0 <= at < len(text) - 1:
        if text[at + 1] in "jpgwJPGW":
            return True
        at = text.find(".", at + 1)
    return False


def caps_alone(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the ticker in capitals alone on the line text[start:end] starts and ends, or (-1,
    -1): what group 1 of `(?m)\\n[^\\w\\n#]*([A-Z][A-Z0-9]{1,11})[^\\w\\n]*$` matched at the
    line's "\\n" gave (marks, the ticker, marks; not "#CRYPTOZONE": a hashtag alone names the
    channel). A compiled walk of the line, where re's search was entered at every line (most
    lines fail at their first word character)."""
    i = start
    while i < end and not _word_at(text, i):
        if text[i] == "#":
            return -1, -1
        i += 1
    if i >= end or not 65 <= ord(text[i]) <= 90:
        return -1, -1
    j = i + 1
    while j < end:
        c = ord(text[j])
        if not (65 <= c <= 90 or 48 <= c <= 57):
            break
        j += 1
    if not 2 <= j - i <= 12:
        return -1, -1
    for k in range(j, end):
        if _word_at(text, k):
            return -1, -1
    return i, j


def _word_at(text: str, i: int) -> bool:
    """Whether text[i] is a word character as re reads \\w in a str pattern (str.isalnum, "_")."""
    c = ord(text[i])
    if c < 128:
        return 97 <= c <= 122 or 65 <= c <= 90 or 48 <= c <= 57 or c == 95
    return text[i].isalnum()


def colon_between_digits(text: str) -> bool:
    """Whether a colon stands after a digit and before two (parsers/normalize.py _MAYBE_TIME,
    ":(?<=[0-9]:)[0-9]{2}": most posts' colons follow a label's word, "Entry:"), the colons
    found by str.find."""
    at = text.find(":", 1)
    last = len(text) - 2  # (two characters after the colon at least)
    while 0 < at < last:
        if _digit_at(text, at - 1) and _digit_at(text, at + 1) and _digit_at(text, at + 2):
            return True
        at = text.find(":", at + 1)
    return False


# The characters str.strip() takes beyond ASCII's (Py_UNICODE_ISSPACE).
_WIDE_SPACES: Final = frozenset(
    (0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000)
)


def _space_at(text: str, i: int) -> bool:
    """Whether text[i] is a character str.strip() takes (str.isspace())."""
    c = ord(text[i])
    if c < 0x80:
        return c == 32 or 9 <= c <= 13 or 0x1C <= c <= 0x1F
    return c in _WIDE_SPACES


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of text[start:end].strip() in text."""
    while start < end and _space_at(text, start):
        start += 1
    while end > start and _space_at(text, end - 1):
        end -= 1
    return start, end


def _ends_with(text: str, start: int, end: int, tail_start: int, tail_end: int) -> bool:
    """Whether text[start:end] ends with text[tail_start:tail_end] (compared from the end)."""
    size = tail_end - tail_start
    if size > end - start:
        return False
    for k in range(1, size + 1):
        if ord(text[end - k]) != ord(text[tail_end - k]):
            return False
    return True


def line_ends_with_the_one_before(text: str) -> bool:
    """Whether a line after the first two, stripped, ends with the line right before it, stripped
    and not empty, and is longer (parsers/normalize.py drop_broken_copies' first question of each
    line, asked here of the text's line bounds: no split, no stripped copies)."""
    first = text.find("\n")
    if first < 0:
        return False
    end = text.find("\n", first + 1)
    if end < 0:
        return False  # (two lines: no line after the first two)
    prev_start, prev_end = _stripped(text, first + 1, end)
    while True:
        next_end = text.find("\n", end + 1)
        if next_end < 0:
            next_end = len(text)
        start, stop = _stripped(text, end + 1, next_end)
        if (
            prev_end > prev_start
            and stop - start > prev_end - prev_start
            and _ends_with(text, start, stop, prev_start, prev_end)
        ):
            return True
        if next_end == len(text):
            return False
        prev_start, prev_end, end = start, stop, next_end
