"""The pieces the lexicon's label patterns are built from (parsers/lexicon_en.py,
parsers/lexicon_world.py): how a label's index, the price right after it, a heading and a
history word look."""

from __future__ import annotations

# "TP1", "Target 2:", "цель 3 -", "Target 1 24.0": an index, not a price. A spaced index needs a
# separator after it (or a parenthesis naming it again: "Take Profit 1 (TP1): 4.15"), or a
# decimal price, so "TP 27 100" stays the price 27100; and it is 1 to 20,
# so "TP 90 - 80" is two targets.
IDX = (
    # "TP 1/3: 12.90", "Target 2/3 -": target 1 of 3, the count after a slash, then a separator.
    r"(?:\s?(?:1[0-9]|20|[1-9])\s?/\s?(?:1[0-9]|20|[1-9])(?=\s?[:)=→-])"
    r"|[0-9]{1,2}(?![0-9.,])|\s(?:1[0-9]|20|[1-9])(?=\s?[:)=→-]|\s?$|\n|\s\([a-z])"
    r"|\s[1-9](?=\s[0-9]*[.,][0-9])|\s?#[0-9]{1,2}(?![0-9.,])"
    # "Тейк №1", "TP No. 2" (normalisation writes "№" as "No"): the number sign, then the index.
    r"|\s?no\.?\s?[0-9]{1,2}(?![0-9.,])"
    # "TP-1:", "TP.2 =", "Target-3 →": the index after a dash or a point, then a separator.
    r"|[-.](?:1[0-9]|20|[1-9])(?=\s?[:)=→]|\s[-–]\s))?"
)
# "tp 9" ending its line over the stop's, the leverage's or the entry's label ("link / Entry 7.5 /
# stop 7 / tp 9 / lev 10x"): the target 9 of a short card, no index with no price (i13-cards33).
# Only for "TP": "Swing target 3" under TP1 and TP2 still names target 3.
IDX_TP = IDX.replace(
    r"|\s?$|\n|",
    r"|\s?$|\n(?![^\w\n]{0,4}(?:stop|sl|lev|leverage|entry)(?![a-z]))|",
)
# Plural labels ("Targets 13 - 13.35") take only a glued index: the number after them is a price.
IDXS = r"(?:[0-9]{1,2}(?![0-9.,]))?"
# A price, not the digits of a word: "Long 1000PEPE", "Buy 1INCH" name a coin ("31k" is a price;
# "_" before a digit joins two prices: "Закуп ⏩ 0.51_0.52").
NO_WORD = r"(?![0-9]|[.,][0-9]|[a-jl-z]|_(?![0-9])|k[a-z])"
# Labels that need a price right after them to be labels at all: "Open 0.51", "BUY : 0.51".
# (A mark may stand for the colon: "Buy ➖ 0.51", "Закуп ⏩ 0.51"; i13-labels31.)
NUM_NEXT = (
    r"(?=\s?[:=@]|\s?(?:→|->|-|–|➖|⏩)?\s?\$?\.?[0-9]{1,20}(?:[.,][0-9]{1,20}){0,3}"
    + NO_WORD
    + ")"
)
# "Sell 👇" or "Sell" alone on its line: the heading of a list.
HEADING = r"(?=\s?(?:👇{1,9}\s?)?(?:\n|$))"
# Side words are an entry label only with a price right after them ("Long: 0.75"), not before
# a coin ("LONG: #AVAX"). (A colon and a dash are one separator: "Exits :- 0.033".)
PRICE_NEXT = (
    r"(?=\s?(?:[:=@](?:[-–](?=\s))?|→|->|-|–)?\s?\$?\.?[0-9]{1,20}(?:[.,][0-9]{1,20}){0,3}"
    + NO_WORD
    + ")"
)
# "Long above: 12", "Short below 205": the side word names the entry.
BEYOND = r"\s?(?:above|below|under|over|around|near|from|at)"
# The words of the level labels, after a word that makes them history ("previous entry").
HISTORY = r"(?:\s[a-z]{2,8})?\s(?:entry|entries|sl|stop[\s-]?loss|stop|tps?|targets?)"
# A stop that is a candle close: "close below", "closes under", "closing above".
CLOSE_BEYOND = r"\s(?:below|under|above|over|beneath)"
