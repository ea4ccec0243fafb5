"""A short Russian reply made plain before its clauses are read (branch i13-ru34;
parsers/clauses_ru.reread asks it when the reply read whole was nothing):

- a line that is a link alone ("🟢[**Торговать на Bybit**](https://...)", as a channel signs its
  replies) is dropped: normalize.py blanks the address, not the link's words, which no clause
  knows;
- a signal's id written with a Cyrillic letter that looks Latin ("Signal ID: #с9", "#а4") is
  written in Latin, as parsers/update_coin.py's signal ids and parsers/stop_lines.py's heading
  read it ("#c9");
- the slang past of getting out with the price, "now" or the gain after it ("Продал по 0.25",
  "Скинул по текущим", "Откупили в +5%") is written "закрыл", which the phrase tables read as the
  report of a close (session 23);
- the gain after a share taken ("Снял часть в ➕", "Сократил позицию в плюс", "Закрыл 1/2 в +3%")
  is dropped: the share's words are read as they are without it. Only after a share's word: "Все
  сигналы закрыты в плюс" (a count of past trades) keeps its gain and stays unread.
"""

from __future__ import annotations

import re
from typing import Final

_LONGEST: Final = 320  # a reply's characters at most (twice parsers/clauses_ru's clause reading)

# A line that is a link alone ("🟢[**Торговать на Bybit**](https://...)", as a channel signs its
# replies): no clause of the reply (normalize.py blanks the address, not the link's words).
_LINK_LINE: Final = re.compile(r"(?m)^[^\w\n\[]*\[[^\]\n]{1,60}\]\([^\s)]{1,400}\)?[^\w\n]*$")
# A signal's id written with a Cyrillic letter that looks Latin ("Signal ID: #с9", "#а4"; as
# parsers/update_coin.py's _SIGNAL_ID reads "#c9").
_CYRILLIC_ID: Final = re.compile(
    r"(?i)(signal\s?(?:id)?\s?:?\s?#)([асеорхук])(?=[0-9]{1,4}(?![\w.]))"
)
_LATIN: Final = str.maketrans("асеорхукАСЕОРХУК", "aceopxykACEOPXYK")


def plain_reply(text: str) -> str:
    """text without its lines that are a link alone, its signal ids' Cyrillic letters Latin."""
    if "](" in text and len(text) <= _LONGEST:
        text = _LINK_LINE.sub("", text).strip("\n")
    if "#" in text:
        text = _CYRILLIC_ID.sub(lambda m: m.group(1) + m.group(2).translate(_LATIN), text)
    text = _PART_GAIN.sub(r"\1", text) if " в " in text else text
    return _SOLD.sub(_closed, text) if " по " in text or " в " in text else text


# The slang past of getting out ("Продал по 0.25", "Скинул по текущим", "Откупили в +5%",
# "Фиксанул по 0.25"), told with the price, "now" or the gain after it: the trader closed, as
# "Закрыл по 0.25" says (the session-23 report; its person kept: "продали" is "закрыли"). Never
# the future ("продам", "скину": a plan) nor a verb alone ("Скинул в личку": sent).
_SOLD: Final = re.compile(
    r"(?<![а-яёА-ЯЁ])(?P<verb>[Пп]родал|[Сс]кинул|[Сс]бросил|[Оо]ткупил|[Фф]иксанул)(?P<end>[аи]?)"
    r"(?=\sпо\s(?:цене\s|рынку\s?|текущим\s?|курсу\s)?[0-9]|\sпо\s(?:текущим|рынку)(?![а-яё])"
    r"|\sв\s(?:[+]\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%|плюс(?![а-яё])|профит(?![а-яё])))"
)


def _closed(m: re.Match[str]) -> str:
    return ("З" if m.group("verb")[0].isupper() else "з") + "акрыл" + m.group("end")


# A share taken "в ➕", "в плюс" ("Снял часть в ➕, остаток держу"): the gain, no clause's words.
_PART_GAIN: Final = re.compile(
    r"(?i)((?<![а-яё])(?:част[ьи]|половин[уы]|треть|четверть|[0-9]\s?%|1/[234]|сократил\w{0,2}\sпозицию))"
    r"\sв\s(?:➕|плюс|профит|[+]\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%)(?=\s*(?:[,.;!…]|\n|$))"
)
