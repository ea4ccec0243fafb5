"""Reading the fields: the numbers of one labelled segment, with where each one was read.

parsers/lines.py walks the lines and hands each segment (the text after a label, or a line of
its list) to take(). Every price is kept with its span, so the cross-check can prove it is in
the message and the card can show where it came from. What could not be read is recorded (an
empty label, a percentage, a number nobody explains, a minus sign), never guessed.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.char_scans import digit_then_close, first_digit, has_digit, letter_words
from parsers.chart_notes import reference_notes
from parsers.fib_notes import ratio_alone
from parsers.label_notes import note_alone, note_before_colon
from parsers.label_value import bare_margin
from parsers.labels import MARKET, at_market
from parsers.leftovers import BENIGN, leftover, negative
from parsers.leftovers import HAS_DIGIT as HAS_DIGIT  # (parsers/explain.py reads it here)
from parsers.not_prices import NON_FINITE, blank, inline_indexes, not_prices, percent_item
from parsers.numbers import Num, first_price_at, read_prices, strip_list_index
from parsers.percent_levels import PCT_AWAY, off_market
from parsers.plain_numbers import plain_list, read_plain
from parsers.ratio_notes import ratio_for_price
from parsers.reading import Reading, Span
from parsers.unknown_labels import may_name_others, note_end, other_label, rest_of_note
from parsers.value_chars import may_note
from parsers.value_forms import (
    COMMA_PAIR,
    LIST_KINDS,
    SPACED_INDEX_OR_THOUSANDS,
    comma_pair,
    spaced_index,
)

_INLINE_INDEX: Final = re.compile(r"(?=[(0-9])(?<![\w.,])\(?[0-9]{1,2}\)(?!\s?%)")
# What follows an arrow or "avg" in an entry line is the average of the zone, not another level.
# (A bare arrow is no average: "Enter 0.103 → 0.101" is a zone, "159.8 → 153 → 147" a list.)
AVG: Final = re.compile(r"a(?<!\wa)v(?:g|erage)\b|средн|promedio|média|ortalama|durchschnitt|平均")
# A dash glued to the label or its colon is a separator ("TP1-2367", "BUY :- 22"), not a sign.
_LEAD: Final = re.compile(r"\s*[^\w\s\-+.$(:=;]+\s*(?=[:=;])")
# ("Targets -0.195-0.198": a dash after the label's space parts too; "SL: -0.45": a minus.)
_SEPARATOR_DASH: Final = re.compile(r"(?:\s?[:=;]-|\s?-)(?=\s?[0-9.$])")
PRICE_KINDS: Final = ("entry", "tp", "sl", "buy", "sell", "slclose")
_SEPARATORS: Final = " \t:=;@-→"
# Between the two ends of a leverage range: "10-20x", "10x - 20x", "5 to 10", "20X_50X".
_LEV_RANGE: Final = re.compile(r"\s?[xх×]?\s?(?:-|–|~|to|/|_)\s?")
_FIRST_ALNUM: Final = re.compile(r"[^\W_]")


def _number_first(value: str) -> bool:
    """The value's first word is a number (after its list index): "💰 20.4 - 50%", not "Use 2%"."""
    m = _FIRST_ALNUM.search(strip_list_index(value.lstrip(_SEPARATORS)))
    return m is not None and m.group().isdigit()


_MONEY_AFTER: Final = re.compile(r"\s?(?:\$|usd)")


def _money(value: str, start: int, end: int) -> bool:
    """Whether value[start:end] is a sum of money: "$" before it, or "$" / "usdt" after it."""
    return value[max(0, start - 2) : start].rstrip()[-1:] == "$" or bool(
        _MONEY_AFTER.match(value, end)
    )


_SPACED_INDEX: Final = re.compile(r"\s#?[0-9]{1,2}$")
_PCT: Final = re.compile(r"(\d{1,3}(?:[.,]\d{1,4})?)\s?%")


_DOT_BEFORE_DECIMAL: Final = re.compile(r"\.[0-9]+\.[0-9]+(?![0-9.,])")


def _clean(kind: str, value: str, base: int, continuation: bool) -> tuple[str, int]:
    """Drop the label's colon, list indexes and, for entries, a trailing average; keep offsets."""
    if value[:2].lstrip(" \t")[:1] == "(" and (note := note_before_colon(value)):
        value, base = value[note:], base + note  # "T1 (1:2 R:R): 4,570" (parsers/label_notes.py)
    # (Each pattern needs its own character: most values have neither, so look first.)
    lead = _LEAD.match(value) if (":" in value or "=" in value or ";" in value) else None
    if lead and lead.end():  # "STOP 🛑:-20": the symbols between a label and its value
        value, base = value[lead.end() :], base + lead.end()
    dash = _SEPARATOR_DASH.match(value) if "-" in value[:3] else None
    if dash:
        value, base = value[dash.end() :], base + dash.end()
    stripped = value.lstrip(" :=;@\t")
    if stripped[:1] == "." and _DOT_BEFORE_DECIMAL.match(stripped):
        stripped = stripped[1:]  # "止盈.11.569": no number has two points; the first parts
    base += len(value) - len(stripped)
    value = strip_list_index(stripped)
    if len(value) < len(stripped):
        value = inline_indexes(stripped[: len(stripped) - len(value)], value)
    if "|" in value or "•" in value:
        value = _FIELD_INDEX.sub(blank, value)  # (spaces: the offsets stay)
    if not continuation and stripped[: len(stripped) - len(value)].rstrip().endswith("-"):
        value = stripped  # "Targets: 13 - 13.35": after a label, "13 -" is a price, not "3 -"
    base += len(stripped) - len(value)
    if kind in ("entry", "buy"):
        m = AVG.search(value)
        if m and has_digit(value, 0, m.start()):
            value = value[: m.start()]
    if digit_then_close(value):  # (each inline index is one or two digits, then ")")
        value = _INLINE_INDEX.sub(_blank_index, value)
    if "(" in value:
        # "$3.750 (Just below the $3.771 bounce low)", "$155 (above the local high of $153.8)":
        # where the level sits, beside a chart feature named by its price (chart_notes.py).
        value = reference_notes(kind, value)
    if kind in ("sl", "slclose") and _GLUED_BEYOND.search(value):
        # "• Below1.93": a stop's word run into its price (a copy that lost the space).
        value = _GLUED_BEYOND.sub(blank, value)
    # Percentage ranges and durations ("7 days", "4h", "15m"): only text with one of these.
    if may_note(value):
        value = not_prices(value)
    return value, base


_STOP_DISTANCE: Final = re.compile(r"\s?(?:%\s?[0-9.,]+|[0-9.,]+\s?%)\s?\)|\s?\(-?[0-9.,]+%\)\s*$")
# A candle-close level, then a clause of its own: "$2.45, a short-term retracement toward $2.36"
# (the consequence a sentence draws, its numbers no stop; i13-sig24, dev sq22-sui-retracement).
_CLAUSE_AFTER: Final = re.compile(r"[ \t:=]*\$?[0-9][0-9.,]*\$?(?=,[ \t](?:[^\W\d_]+[ \t-]){2})")
_GLUED_BEYOND: Final = re.compile(r"(?<![a-z])(?:below|above|under|over)(?=[0-9])")


def _blank_index(m: re.Match[str]) -> str:
    """An inline list index ("1) 0.51 2) 0.53"), unless its ")" closes a parenthesis opened
    before it: "Entry (0.965 - 1)" ends a zone with the price 1."""
    text, start = m.string, m.start()
    if text[start] != "(" and text.rfind("(", 0, start) > text.rfind(")", 0, start):
        return m.group()
    return " " * len(m.group())


# "Pair: BTC/USDT", "Coin Name: #APE", "Coin #SOL": a separator or tag right after the label.
_SYM_VALUE: Final = re.compile(r"[ \t]*(?:[^\W\d_]{2,12}[ \t]?)?[:=#$-]")


# A stop's value giving examples or a choice: "(e.g., $3.88 or $3.85)", "0.45 or 0.43".
EXAMPLE_OR_CHOICE: Final = re.compile(
    r"(?<![a-z])(?:e\.\s?g\.|for\s(?:example|instance)|such\sas)"
    r"|[0-9]\$?\s(?:or|ou|или|o|veya|或)\s(?:below\s|under\s|above\s)?\$?\s?[0-9]"
)


def _may_offer(value: str) -> bool:
    """Whether value holds a word EXAMPLE_OR_CHOICE looks for (substring tests first)."""
    return (
        " o" in value
        or "e." in value
        or "for " in value
        or "such" in value
        or "или" in value
        or "veya" in value
        or "或" in value
    )


def _prose(value: str) -> bool:
    """A label followed, without a colon, by more than three words before any number (a
    percentage is no price: "limit orders is 0.01%, which means ... If you trade 15 points")."""
    head = value.lstrip(" \t")
    if head[:1] in (":", "=", "-", "：") or not head:
        return False
    if "%" in head:
        head = _PCT.sub(blank, head)
    digit = first_digit(head)
    if head[:1] == "|" and digit >= 0 and at_market(head[:digit]):
        return False  # "| Entry | Current Market Price (approx. $0.6330) |": a table's cell
    return letter_words(head, 0, digit if digit >= 0 else len(head), 3) > 3


# "| 1. 2.0622 | 2. 1.9451": a list index opening a field of a one-line post, before its price.
_FIELD_INDEX: Final = re.compile(r"(?<=[|•/]\s)[0-9]{1,2}[.)](?=\s{1,3}\$?[0-9])")


def take(
    kind: str, label: str, value: str, base: int, r: Reading, continuation: bool = False
) -> int:
    """Store the numbers of one labelled segment (value starts at base); return how many."""
    if kind in ("lev", "sym", "noise"):
        value = note_end(value, base, r)
    if kind == "lev":
        nums = read_prices(not_prices(value), base)
        if nums and ("$" in value or "usd" in value):
            # "→ buying power = $1000", "deposit about $25": money, never a leverage.
            nums = [n for n in nums if not _money(value, n.start - base, n.end - base)]
        if len(nums) > 2 and r.leverage is None:
            # "Lev 10 , 20, 30 ,40, 50%": a list of choices, no single leverage.
            r.unexplained.append(("leverage", (base, base + len(value.rstrip()))))
        nums = nums[:2]
        if len(nums) == 2 and not _LEV_RANGE.fullmatch(
            value, nums[0].end - base, nums[1].start - base
        ):
            nums = nums[:1]  # "Leverage 10 | Use only 2-3% ...": no range, one leverage
        if not nums and r.leverage is None and has_digit(value):
            r.unexplained.append(("leverage", (base, base + len(value.rstrip()))))
        if nums and r.leverage is not None and any(n.value != r.leverage for n in nums):
            # "Leverage: 10x (Recommended)15": another number on the leverage's line.
            r.unexplained.append(("leverage", (base, base + len(value.rstrip()))))
        rest_of_note(value, base, r)
        if nums and r.leverage is None:
            low = min(nums, key=lambda n: n.value)
            if low.value.is_integer() and 1 <= low.value <= 200:
                r.leverage, r.leverage_span = int(low.value), (low.start, low.end)
            else:
                r.unexplained.append(("leverage", (low.start, low.end)))
        return len(nums)
    if kind == "sym":
        rest_of_note(value, base, r)
        # "Pair: BTC/USDT", "Coin #SOL"; not "the ethusd pair has recently approached ...".
        if _SYM_VALUE.match(value) or letter_words(value, 0, len(value), 2) <= 2:
            r.symbol_values.append((value, base))
        return 1
    if kind == "tp" and ":" in value and ratio_for_price(value):
        r.unexplained.append(
            ("unread", (base - len(label), base + len(value.rstrip())))
        )  # "TP3 1:4"
        return 1
    if kind == "noise":
        rest_of_note(value, base, r)
        if (bare := bare_margin(label, value)) is not None:
            r.unexplained.append(("margin", (base + bare[0], base + bare[1])))  # "Margin 10"
        return 0
    if label[-1:].isdigit() and kind in ("entry", "tp"):
        index = label[-2:] if label[-2:].isdigit() else label[-1:]  # "tp1", "target 12"
        r.indexed.append((kind, base, int(index)))
    if kind in PRICE_KINDS and ("inf" in value or "nan" in value or "∞" in value):
        bad = NON_FINITE.search(value)
        if bad is not None:
            r.unexplained.append(("non-finite", (base + bad.start(), base + bad.end())))
    # Nothing after the label ("Targets:", "Stop Loss (SL)" over its price; "TP4: (1.272 ext)").
    if not value.strip(" :=\t") or ("(" in value[:4] and (note_alone(value) or ratio_alone(value))):
        return 0
    if (
        not continuation
        and value[:1] == " "
        and " " in value.lstrip(" \t")[1:3]  # (one or two digits, then a space: else no match)
        and (spaced := SPACED_INDEX_OR_THOUSANDS.match(value))
    ):
        spaced_index(kind, label, value, base, spaced, r)  # "TP 1 740" (parsers/value_forms.py)
        return 1
    if "," in value and kind in LIST_KINDS and (pair := COMMA_PAIR.fullmatch(value)):
        nums = comma_pair(pair, base, r)  # "Entry: 3150,3100"
        return _store(kind, nums, r, (nums[0].start, nums[1].end)) if nums else 1
    plain = read_plain(value, base)
    if plain is not None:  # the usual value, one plain number ("63200", ": 0.1585"): no checks
        return _store(kind, [plain], r, (plain.start, plain.end))
    if not continuation and kind not in ("sl", "slclose") and (listed := plain_list(value, base)):
        # "63900 / 64600", "0.46 - 0.472": plain numbers and separators only.
        _maybe_numbered(kind, label, value, base, listed, r)
        return _store(kind, listed, r, (listed[0].start, listed[-1].end))
    letters = value.lower() != value.upper()
    # (Not a candle-close stop: "cierre diario por debajo de 0.45" says its level last.)
    if (
        letters
        and len(value) > 10
        and not continuation
        and kind in PRICE_KINDS
        and kind != "slclose"
        and _prose(value)
    ):
        if kind == "sl" and r.sl is None and PCT_AWAY.search(value) and not read_prices(value):
            # "Stop loss should be placed about 5% under the entry": the stop told only as a
            # percentage, in a sentence; never a trade without the stop it asks for.
            r.percents.append((kind, label, (base, base + len(value.rstrip()))))
            return 1
        return -1  # a word in a sentence ("... our last entry and it has now retested at 3.0")
    if not has_digit(value):  # "Entry: market", "SL: see chart": words only
        # ("進場位置:現價輕倉進": Chinese letters have no case, and "现价" is the market price.)
        if (letters or not value.isascii()) and kind in ("entry", "buy") and at_market(value):
            r.market_in_entry = True
            r.market_at = base
            r.entry_label = True
            return 1
        return 0
    if kind == "slclose" and (clause := _CLAUSE_AFTER.match(value)) is not None:
        value = value[: clause.end()]  # "If price closes below $2.45, a retracement toward ..."
    raw, raw_base = value, base
    if kind == "sl" and r.sl is not None and _STOP_DISTANCE.match(raw):
        return 0  # "Stop loss- $ 2.574 (SL 4.90% )", "Stop:\n1.016\n(-35%)": its distance noted
    value, base = _clean(kind, value, base, continuation)
    if "%" in raw and kind != "slclose" and not has_digit(value) and _number_first(raw):
        # The value was nothing but a range of percentages ("T4: 3 - 47%"): a price and its
        # share, or a percentage target? Never a target silently dropped. (In a sentence, "Trade
        # with 3 to 5% of your funds", it is a note.)
        lead = len(raw) - len(raw.lstrip(" :=;@\t"))
        r.percents.append((kind, label, (raw_base + lead, raw_base + len(raw.rstrip()))))
        return 1
    if (
        letters
        and kind in ("entry", "buy")
        and MARKET.search(value) >= 0
        and not read_prices(value)
        and not off_market(raw)  # "Entry: -2% from current"
    ):
        r.market_in_entry = True
        r.market_at = base
        r.entry_label = True
        return 1
    if kind in ("sl", "slclose"):
        num, pct = first_price_at(value, base)
        nums = [num] if num is not None else []
    else:
        nums = read_prices(value, base)
        pct = None
    whole = (base, base + len(value.rstrip()))
    if (
        nums
        and kind == "tp"
        and ("-" in raw or "to" in raw or "–" in raw)  # (in every item: its range's dash or "to")
        and (item := percent_item(raw)) is not None
    ):
        # "(1) 11.3 - 16% | (2) 12 - 31%" on one line: target 2 at 12 and its share, or a range
        # of percentages? Never a target silently dropped.
        r.percents.append((kind, label, (raw_base + item[0], raw_base + item[1])))
    if len(nums) > 1 and kind == "tp" and _SPACED_INDEX.search(label):
        # "Target 1 → 1.2 → 1.4": target 1 at 1.2, or targets 1, 1.2, 1.4? One index, several
        # prices: the numbering and the list disagree.
        r.unexplained.append(("unread", (raw_base - len(label), whole[1])))
        return len(nums)
    if nums and "-" in value and negative(value, nums, base):
        r.unexplained.append(("negative", whole))
    elif nums and leftover(value, nums, base):
        r.unexplained.append(("unread", whole))
    elif (
        nums and kind in ("sl", "slclose") and _may_offer(value) and EXAMPLE_OR_CHOICE.search(value)
    ):
        # "SL: 0.45 or 0.43", "SL: ... below the support (e.g., $3.88)": an example, or a choice
        # of stops, is no stop the post gives.
        r.unexplained.append(("unread", whole))
    elif not nums and has_digit(value):
        if continuation and not has_digit(BENIGN.sub(" ", value)) and not _number_first(raw):
            return 0  # "Use 2% Fund Only" under the stop: a note, not an unread price
        if pct is not None or (kind != "slclose" and _PCT.search(value)):
            if kind == "sl" and r.sl is not None and not _number_first(raw):
                # "止損：0.32 / 止損很大跌幅要20%", "SL: 0.32 ... Stop is about 20% away": the
                # stop read, then its distance told in a sentence (words before the number).
                return 0
            if (
                kind == "tp"
                and label[-1:].isdigit()
                and int(label[-2:] if label[-2:].isdigit() else label[-1:]) <= len(r.tps)
                and not _number_first(raw)
            ):
                # "TP1: 0.0728 ... / MANAGEMENT / TP1 → Close 30%": the plan at a target whose
                # price was read above (words first: "TP1: 30%" stays a percentage target).
                return 0
            r.percents.append((kind, label, whole))
            return 1
        if has_digit(BENIGN.sub(" ", value)):
            r.unexplained.append(("unread", whole))
            return 1
    if nums and not continuation and may_name_others(kind, value, letters, len(nums)):
        other = other_label(value, nums[0].end - base)
        if other >= 0 and has_digit(BENIGN.sub(" ", value[other:])):
            # "Entry @ 27461.5 / Precio = 26000 / SL ...": a word the lexicon does not know
            # names the numbers after it; they are not this label's.
            r.unexplained.append(("other label", (base + other, base + len(value.rstrip()))))
    _maybe_numbered(kind, label, value, base, nums, r)
    return _store(kind, nums, r, whole)


def _maybe_numbered(
    kind: str, label: str, value: str, base: int, nums: list[Num], r: Reading
) -> None:
    """ "Target 2 10": a small first number that may be the label's index, settled later."""
    if kind in ("entry", "tp") and len(nums) > 1 and not label[-1:].isdigit():
        first = value[nums[0].start - base : nums[0].end - base]
        if first.isdigit() and 1 <= nums[0].value <= 20:
            r.numbered.append((kind, nums[0]))


def _store(kind: str, nums: list[Num], r: Reading, whole: Span) -> int:
    """File the numbers of a segment under its field."""
    if kind == "entry":
        r.entry_label = r.entry_label or bool(nums)
        r.entries.extend(nums)
    elif kind == "tp":
        r.tps.extend(nums)
    elif kind == "buy":
        r.buy.extend(nums)
    elif kind == "sell":
        r.sell.extend(nums)
    elif kind == "weak":
        r.weak_entries.extend(nums)
    elif kind == "sl":
        if r.sl is None and nums:
            r.sl = nums[0]
        elif nums and r.sl is not None and nums[0].value != r.sl.value:
            r.unexplained.append(("second stop", whole))
    elif kind == "slclose" and nums and r.slclose is None:
        r.slclose = nums[0]
    return len(nums)
