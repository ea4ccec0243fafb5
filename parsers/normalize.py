"""Text clean-up before parsing: markup, look-alike digits, list markers and noise."""

from __future__ import annotations

import html
import re
import unicodedata
from decimal import Decimal
from typing import Final

from parsers.char_scans import (
    colon_between_digits,
    date_starts,
    dot_then_extension_letter,
    line_ends_with_the_one_before,
)
from parsers.char_table import NEEDS_DIGITS, NEEDS_TABLE, from_table
from parsers.glued_pair import unglue_pair_label
from parsers.lead_first import lead_first
from parsers.led_search import sub_at
from parsers.lexicon import GLUED_LABELS, GLUED_QUOTES, GLUED_SIDES
from parsers.mixed_script import one_alphabet_words
from parsers.post_chars import (
    ALL,
    ANGLE,
    APOSTROPHE,
    BLANK,
    COLON,
    CONTROL,
    CYRILLIC,
    DASH,
    DOT,
    KEYCAP,
    MARK,
    MARKUP,
    MOJIBAKE,
    NEWLINE,
    SLASH,
    TABLE,
    THIN_SPACE,
    held_chars,
)
from parsers.read_once import keep_normalized, normalized
from parsers.spaced_thousands import join_spaced_thousands

# Telegram caps a message at 4096 characters (captions at 1024); anything far longer is not a
# channel post, so we read only its head. This also bounds the worst case of every regex below.
MAX_CHARS: Final = 16_000


# Characters that change the order in which text is displayed (embeddings, overrides and
# isolates): "SL \u202e54.0" shows as "SL 0.45". What is parsed must be what a person sees,
# so a message holding one is refused rather than read.
BIDI_CONTROLS: Final = re.compile("[\u202a-\u202e\u2066-\u2069]")
# ASCII control characters other than tab, newline, carriage return, vertical tab, form feed.
_ASCII_CONTROLS: Final = re.compile("[\x00-\x08\x0e-\x1f\x7f]")

# ("10️⃣", "11️⃣" opening a line, after its bullet: a two-digit index, its last digit capped; the
# digit before the cap is the index too, never a price: "🔸10️⃣ 1,13" is the tenth target at 1.13.
# Elsewhere only the capped digit is blanked, as before.)
_KEYCAP: Final = re.compile(
    r"(?:(?<=\n)|(?<=\n[^\w\s])|(?<=\n[^\w\s]{2})|^|(?<=^[^\w\s])|(?<=^[^\w\s]{2}))"
    r"[1-9][0-9]\ufe0f?\u20e3(?=[ \t])|[0-9#*]\ufe0f?\u20e3",
    re.M,
)
# Starts with the space class (the digit before it is a lookbehind) so re skips to candidates.
_NBSP_THOUSANDS: Final = re.compile(
    r"[\u00a0\u202f\u2009\u2007\u2008](?<=[0-9].)(?=[0-9]{3}(?![0-9]))"
)
_APOSTROPHE_THOUSANDS: Final = re.compile(r"['’](?<=[0-9].)(?=[0-9]{3}(?![0-9]))")
# Discord mentions (<@id>, <@!id>, <@&role>, <#channel>) are ids, never prices; its <:emoji:id>
# and <t:unix> already read as tags. https://discord.com/developers/docs/reference#message-formatting
_HTML_TAG: Final = re.compile(r"</?[a-zA-Z][^<>\n]{0,200}>|<(?:@[&!]?|#)[0-9]{1,25}>")
_MD_LINK: Final = re.compile(r"\[([^\[\]\n]{0,200})\]\([^()\s]{0,500}\)")
_URL: Final = re.compile(r"(?:https?://|www\.|t\.me/)[^\s]{0,500}", re.IGNORECASE)
_HANDLE: Final = re.compile(lead_first(r"(?<![A-Za-z0-9_])@[A-Za-z_][A-Za-z0-9_]{2,40}"))
# "âEntry Price: 0.01794": an emoji's UTF-8 bytes read as Windows-1250/1252 ("✅" is E2 9C 85:
# "â" and two characters the copy dropped) glued to the label opening the line.
_MOJIBAKE_BULLET: Final = re.compile(r"(?m)^â(?=[A-Z])")
# "the price action in 28273.jpg", "IMG_1234.Webp": a picture's file name, its digits no price.
FILE_EXTENSIONS: Final = ("jpg", "jpeg", "png", "gif", "webp")
_EXTENSION: Final = r"\.(?:" + "|".join(FILE_EXTENSIONS) + r")(?!\w)"
_FILE_NAME: Final = re.compile(r"[\w-]{1,80}" + _EXTENSION, re.IGNORECASE)
# The cheap test before it: the same extension in any case, found by looking at the dots only.
_MAYBE_FILE_NAME: Final = re.compile(_EXTENSION, re.IGNORECASE)
# Patterns below start with a character class (lookbehinds come after the first character) so
# that re can skip ahead to candidate positions instead of trying the pattern everywhere.
# "Entry Zone:  0.076 _ 0.070" (a channel's documented post): an underscore alone between two
# numbers parts a zone's ends, never markdown; read as the dash it stands for.
_UNDERSCORE_RANGE: Final = re.compile(r"(?<=[0-9]) _ (?=[$0-9])")
# "Open >> 0.3185", "TP 1 >> 117443", "Leverage: Cross >> 15x": ">>" between a label (a word, or
# a word and its index) and its value is the label's separator, read as the arrow it stands for.
_CHEVRONS: Final = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[^\W\d_][0-9])|(?<=[^\W\d_] [0-9]))[ \t]?>>(?=[ \t]?\$?\.?[0-9])"
)
# ("[*`]{1,3}" written as one alternative a character: re skips to the characters a pattern's
# alternatives open with only when each opens with a literal.)
_MARKDOWN: Final = re.compile(
    r"\*[*`]{0,2}|`[*`]{0,2}|~~|\|\||__|_(?<![A-Za-z0-9]_)|_(?![A-Za-z0-9])"
)
_DATE: Final = re.compile(
    r"[0-9](?<![0-9.,][0-9])[0-9]{0,3}([./-])[0-9]{1,2}\1[0-9]{2,4}(?![0-9])(?![.,][0-9])"
)
_TIME: Final = re.compile(
    # Not "TP1:25.029" (a label's index, then a price): no letter before, no decimals after.
    # A day and month before the time are its date ("12.05 14:30": 12.05 is no price).
    # ("31-12 06:29": a day and month joined by a dash, then the time: the date of a results
    # channel's call, batch gath26e; a dash is read so only before a time.)
    r"[0-9](?<![0-9.,A-Za-z][0-9])(?<![A-Za-z])(?:[0-9]?[./-](?:0?[1-9]|1[0-2])"
    r"(?:[./](?:19|20)?[0-9]{2})?,?\s{1,2}[0-2][0-9]|[0-9]?)"
    r":[0-9]{2}(?::[0-9]{2})?(?![0-9]|[.,][0-9])"
    r"(?:\s?(?:utc|gmt|am|pm)\b)?",
    re.IGNORECASE,
)
# "R:R 1:10", "Risk/Reward = 1:12": a ratio written like a time, kept (it is no price either,
# and the line's reading needs to see that the ratio label has its value).
_RATIO_BEFORE: Final = re.compile(r"(?:\br\s?[:/]\s?r|\brr|reward|ratio)\W{0,4}$", re.IGNORECASE)
# "TP2 1:10", "Target 3: 1:4" (i13-cards33): after a target's label a "time" is a ratio where the
# price belongs, kept for the target's reader to refuse (parsers/ratio_notes.ratio_for_price).
_TARGET_BEFORE: Final = re.compile(
    r"\b(?:tp|target)[ \t]?[0-9]{0,2}[ \t]?[:=-]?[ \t]?$", re.IGNORECASE
)


def _time_or_ratio(m: re.Match[str]) -> str:
    text, start = m.string, m.start()
    if _RATIO_BEFORE.search(text, max(0, start - 16), start):
        return m.group()
    if _TARGET_BEFORE.search(text, max(0, start - 12), start):
        return m.group()  # "TP2 1:10": a target given as a ratio, refused, never dropped
    return " "


# Cheap tests: most posts have no date or time at all, and these reject them without running the
# patterns above at every digit. A date's places are parsers/char_scans.py date_starts (a compiled
# loop: re entered the date pattern's matcher at every point of every price); _MAYBE_TIME's
# matches are char_scans.colon_between_digits' colons (a loop over the colons by str.find, where
# the search cost about a thousand instructions before reading the post).
_MAYBE_TIME: Final = re.compile(r":(?<=[0-9]:)[0-9]{2}")
# Runs of spaces, then of the other blanks, each to one space (a run of one kind never holds
# the other, so the second pass finds the runs a single pass over both would). Apart, each
# pattern opens with what re can skip to ("  ", a blank); together, "[\t\r\f\v]+| {2,}", re
# entered its matcher at every character of the post.
_SPACE_RUN: Final = re.compile("  " + " *")  # (two spaces first: the literal re skips to)
_BLANK_RUN: Final = re.compile(r"[\t\r\f\v]+")


# "Stop loss :7.16044E-5": a bot printing a float. The same number, written out: 0.0000716044.
_SCIENTIFIC: Final = re.compile(r"(?<![\w.])[0-9](?:\.[0-9]{1,15})?[eE]-[0-9]{1,2}(?![\w.])")


def _plain_decimal(m: re.Match[str]) -> str:
    return format(Decimal(m.group()), "f")


def _date_or_not(m: re.Match[str]) -> str:
    """A date is blanked; "88-91-94" (three targets) is no date and stays, nor is a run of
    more than three numbers ("5-6-7-8-9-10": targets)."""
    text, start, end = m.string, m.start(), m.end()
    if (start > 1 and text[start - 1] in "./-" and text[start - 2].isdigit()) or (
        text[end : end + 1] in ("-", "/") and text[end + 1 : end + 2].isdigit()
    ):
        return m.group()
    parts = re.split(r"[./-]", m.group())
    a, b, c = (int(x) for x in parts)
    if a > 31:  # year first: 2024-05-14
        plausible = 1990 <= a <= 2099 and 1 <= b <= 12 and 1 <= c <= 31
    else:
        # A year of this era ("12.05.24", "12.05.2024"): "1.6.382" or "2.5.45" is a list index
        # run into a price, which must stay for the cross-check to see.
        year = 1990 <= c <= 2099 if len(parts[2]) == 4 else len(parts[2]) == 2 and 17 <= c <= 35
        plausible = year and ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31))
    return " " if plausible else m.group()


def _printable(text: str) -> bool:
    """True when text holds no control, format or separator character but newlines and spaces.

    Every ASCII control and direction control is such a character, so a printable post holds
    none of them: str.isprintable() tells in one quick pass, where a regex search over the whole
    post costs several times more, and most posts are printable.
    """
    return text.replace("\n", " ").isprintable()


def normalize(text: str) -> str:
    """Return text with markup, look-alike digits, list markers, links and dates neutralised."""
    if (kept := normalized(text)) is not None:  # (the post just normalised: parsers/read_once.py)
        return kept
    cut = text[:MAX_CHARS]
    return keep_normalized(text, normalize_held(cut, held_chars(cut)))


def normalize_held(text: str, held: int) -> str:
    """normalize(text) for text of at most MAX_CHARS characters, held the bits of
    parsers/post_chars.py its characters hold or more (ALL: every test made as asked).

    held tells of the text it was taken of only (seen): each gate asks its bit while the text is
    that very object, and its test as before once a step has changed it (but that the bits are
    taken again of the text the table and NFKC steps changed, which most emoji posts' is)."""
    seen = text
    if held & CONTROL:
        text = _ASCII_CONTROLS.sub("", text)
    if not text.isascii():
        if (text is not seen or held & KEYCAP) and "\u20e3" in text:
            text = _KEYCAP.sub(" ", text)
        if (text is not seen or held & THIN_SPACE) and (
            "\u00a0" in text
            or "\u202f" in text
            or "\u2009" in text
            or "\u2007" in text
            or "\u2008" in text
        ):
            text = _NBSP_THOUSANDS.sub("", text)
        # (A post holds few of these: replacing the matches is far cheaper than translating
        # every character through the table.)
        if text is not seen or held & TABLE:
            text = NEEDS_TABLE.sub(from_table, text)
        if (text is not seen or held & MOJIBAKE) and "â" in text:
            text = _MOJIBAKE_BULLET.sub(" ", text)
        if not unicodedata.is_normalized("NFKC", text):
            # NFKC maps math-bold and fullwidth look-alikes to ASCII; it can also produce
            # characters of the table again (dashes), hence the second pass.
            text = NEEDS_DIGITS.sub(from_table, unicodedata.normalize("NFKC", text))
        if text is not seen and held != ALL:  # (the bits again, of what the table or NFKC gave)
            seen, held = text, held_chars(text)
        if held & CYRILLIC:
            text = one_alphabet_words(text)  # "Cтоп" typed with a Latin "C" (mixed_script.py)
    if (text is not seen or held & APOSTROPHE) and ("'" in text or "’" in text):
        text = _APOSTROPHE_THOUSANDS.sub("", text)  # "64'000": Swiss thousands
    if text is not seen or held & MARKUP:
        if "<" in text:
            text = _HTML_TAG.sub(" ", text)
        if "&" in text:
            text = html.unescape(text)
        if "](" in text:
            text = _MD_LINK.sub(r"\1", text)
    if (text is not seen or held & (SLASH | DOT)) and (
        "://" in text or "www." in text or "t.me/" in text
    ):
        text = _URL.sub(" ", text)
    if (text is not seen or held & MARKUP) and "@" in text:
        text = _HANDLE.sub(" ", text)
    if (
        (text is not seen or held & DOT)
        and dot_then_extension_letter(text)
        and _MAYBE_FILE_NAME.search(text)
    ):
        text = _FILE_NAME.sub(" ", text)
    if (text is not seen or held & MARK) and (
        "*" in text or "_" in text or "`" in text or "~" in text or "|" in text
    ):
        if " _ " in text:
            text = _UNDERSCORE_RANGE.sub(" - ", text)
        text = _MARKDOWN.sub(" ", text)
    if (text is not seen or held & ANGLE) and ">>" in text:
        text = _CHEVRONS.sub(" →", text)
    if (
        (text is not seen or held & DASH)
        and ("E-" in text or "e-" in text)
        and _SCIENTIFIC.search(text)
    ):
        text = _SCIENTIFIC.sub(_plain_decimal, text)
    if (text is not seen or held & COLON) and colon_between_digits(text):
        text = _TIME.sub(_time_or_ratio, text)
    # (re entered _DATE at every digit of the post)
    if (text is not seen or held & (DOT | SLASH | DASH)) and (starts := date_starts(text)):
        text = sub_at(_DATE, starts, _date_or_not, text)
    text = join_spaced_thousands(text)  # "112 000" (parsers/spaced_thousands.py)
    if "USD" in text or "/" in text or "PERP" in text:
        text = unglue_pair_label(text)  # "PairETH/USDT" (parsers/glued_pair.py)
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if (text is not seen or held & BLANK) and (
        "\t" in text or "\r" in text or "\f" in text or "\v" in text
    ):
        text = _BLANK_RUN.sub(" ", text)
    if (text is not seen or held & DOT) and "0. " in text:  # "0. 830": a space after the point
        text = _ZERO_POINT_SPACE.sub("0.", text)  # (no list counts from 0)
    # "a stop-loss at $1\n03,500": a line wrapped inside a number
    if (text is not seen or held & NEWLINE) and "\n0" in text:
        text = _WRAPPED_NUMBER.sub(r"\1\2", text)
    # (drop_broken_copies' first question, asked without splitting: most posts stop there)
    if (text is not seen or held & NEWLINE) and line_ends_with_the_one_before(text):
        text = drop_broken_copies(text)
    return text


_ZERO_POINT_SPACE: Final = re.compile(r"(?<![0-9.,])0\. (?=[0-9])")
# (No number starts "03,500": the digits before the break are its head.)
_WRAPPED_NUMBER: Final = re.compile(r"(\$[0-9]{1,3})\n(0[0-9]{0,2},[0-9]{3})(?![0-9])")
_PLAIN_NUMBER: Final = re.compile(r"[0-9.,]*")
_MAX_PIECES: Final = 6


def _pieces_before(lines: list[str], i: int, whole: str) -> int:
    """How many lines right before line i are the pieces of whole (spaces aside), else 0."""
    acc = ""
    pieces = 0
    for j in range(i - 1, max(-1, i - 1 - _MAX_PIECES), -1):
        part = lines[j].replace(" ", "")
        if not whole.endswith(part + acc):
            return 0
        acc = part + acc
        pieces += bool(part)
        if acc == whole:
            return i - j if pieces >= 2 else 0
    return 0


def drop_broken_copies(text: str) -> str:
    """Drop a line copied in pieces right before the whole of it, a copy artefact:
    "2.\n \n2.94\n2. 2.94" is "2. 2.94", "2\n-\n2.5\n2-2.5" is "2-2.5". Only the exact
    pieces of the line that follows go, so every number stays in the text; a line that is only
    a number ("1\n2\n12") is never taken for its pieces."""
    lines = text.split("\n")
    drop: list[tuple[int, int]] = []
    # (Each line stripped once: a line's stripped text is the next one's prev.)
    line = lines[1].strip() if len(lines) > 2 else ""
    for i in range(2, len(lines)):
        prev, line = line, lines[i].strip()
        if not prev or not line.endswith(prev) or len(line) <= len(prev):
            continue
        whole = line.replace(" ", "")
        if _PLAIN_NUMBER.fullmatch(line):
            continue
        n = _pieces_before(lines, i, whole)
        if n:
            drop.append((i - n, i))
    if not drop:
        return text
    gone = {k for a, b in drop for k in range(a, b)}
    return "\n".join(ln for k, ln in enumerate(lines) if k not in gone)


# (Each label's first letter asked before its words, ignoring case, are tried at every letter
# and digit of the post: ~1,200 instructions a character were spent there. Every word of
# GLUED_LABELS opens with a letter of _GLUED_FIRSTS: the same matches; test_speed40.py.)
_GLUED_FIRSTS: Final = "".join(sorted({label[0] for label in GLUED_LABELS}))
_GLUED: Final = re.compile(
    r"[0-9A-Za-z)%$](?=[" + _GLUED_FIRSTS + "])"
    r"(?=(?i:" + "|".join(GLUED_LABELS) + r")(?:\s?[0-9]{1,2})?\s?[:=])",
    re.IGNORECASE,
)


_GLUED_SIDE: Final = re.compile(
    "(" + "|".join(GLUED_QUOTES) + ")(?=(?:" + "|".join(GLUED_SIDES) + r")(?![a-z]))"
)


_TWO_COLONS: Final = re.compile(r":[^\n:]*:")


def two_colons(text: str) -> bool:
    """Two colons on one line, as labels glued to the words before them leave ("LONGLeverage:
    10xEntry: 0.43"): the pattern only where the text has two colons at all (most posts have
    fewer), from the first."""
    first = text.find(":")
    return (
        first >= 0
        and text.find(":", first + 1) >= 0
        and _TWO_COLONS.search(text, first) is not None
    )


def unglue(text: str) -> str:
    """Put a label glued to the word before it back on its own line, and a side word glued to
    its pair ("BNB/USDTShort") back after a space."""
    text = _GLUED.sub(lambda m: m.group() + "\n", text)
    return _GLUED_SIDE.sub(r"\1 ", text) if "USD" in text or "BTC" in text else text


def hygiene_problem(text: str) -> str | None:
    """Why the text cannot be read as a person sees it (bidi controls), or None."""
    if text.isascii() or _printable(text):
        return None
    m = BIDI_CONTROLS.search(text)
    if m is None:
        return None
    return (
        f"the message holds an invisible direction control (U+{ord(m.group()):04X}) that changes"
        " how its numbers are displayed; ask the channel for a clean copy"
    )


def lower(text: str) -> str:
    """Lower-case text keeping every index aligned with the original."""
    low = text.lower()
    if len(low) != len(text):  # a rare character that lowers to two; keep alignment
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low
