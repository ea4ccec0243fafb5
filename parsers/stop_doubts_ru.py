"""A Russian stop move a person must read (session 23, branch i13-fu24): posts read as a stop
move although they ask something else or more, each the rule of an earlier session said in
Russian's own forms (parsers/followup_guard.py asks `ru_stop_doubt` of a MOVE_SL):

- another coin's stop moved in the same post, each coin in a clause of its own ("ETH/USDT стоп
  переносим на 3100, BTC/USDT стоп на 65000"; "#AERO - также перевел стоп", dev
  vovilonn-ch1-ru-021): the session-16 ruling, two coins' stops (`ru_coins_stops`, asked by
  parsers/two_trades.py, which gives the reason; followup_doubts.two_coins asks only for coins
  listed together);
- an add-on entry at a price beside the move ("стоп в бу, добор на 2900", "докупаем на 2950"):
  the session-21/22 ruling (parsers/order_changes.py has the verbs placing an order, not the
  noun alone);
- the move under a condition said before it ("при закреплении выше 3200 стоп переносим на
  3100", "если ..., стоп на ...") or after it ("стоп переношу на 3100 после закрытия свечи");
- the move under a modal, or put off ("стоп можно передвинуть на 3100", "стоп переставлю на
  3100 позже", "перенесу стоп завтра"): parsers/ru_hedges.py weighs the words before the stop
  word, these come after it;
- a level written as a range with its thousands spaced or a decimal comma ("стоп на 3 100,5 -
  3 050"): which of the two? (followup_doubts.stop_in_doubt reads "3100-3050", not the spaced
  thousands.)
"""

from __future__ import annotations

import re
from typing import Final

from parsers.sentences import line_bounds, sentence_end, sentence_start

# A coin named as channels tag it: "#BTC", "$BTC", "BTC/USDT", "BTCUSDT".
_COIN: Final = r"(?:[#$](?=[a-z0-9]{0,14}[a-z])[a-z0-9]{1,15}|[a-z0-9]{2,12}\s?/\s?usdt|[a-z0-9]{2,12}usdt)(?![a-z0-9])"
_STOP: Final = r"(?:стоп\w{0,3}|сл|sl|stop)(?![а-яёa-z])"
# Another coin, then its stop within a few words ("BTC/USDT стоп на 65000", "#AERO - также
# перевел стоп в б/у").
_OTHER_COIN_STOP: Final = re.compile(
    r"(?<![a-z0-9#$])(?P<coin>" + _COIN + r")[^\n.!?]{0,3}(?:[^\s\n]+\s){0,3}?" + _STOP
)
# An add-on entry at a price: "добор на 2900", "докупаем по 2950", "доливаю от 2900",
# "усредняемся на 2900".
_ADD_ON: Final = re.compile(
    r"(?<![а-яё])(?:добор\w{0,2}|докуп\w{1,5}|долив\w{1,5}|долью|усредн\w{1,6})"
    r"(?:\s[^\s\d]{1,12}){0,2}\s(?:на|по|от|в\sрайоне|около)\s\$?[0-9]"
)
# A condition opening the move's clause, before the stop word.
_CONDITION_BEFORE: Final = re.compile(
    r"(?<![а-яё])(?:при\s(?:закреплении|пробое|пробитии|достижении|уходе|потере|возврате)"
    r"|если|когда|как\sтолько|в\sслучае)(?![а-яё])"
)
# After the stop word, in its sentence: a modal, or the move put off, or a candle's condition
# ("если" after the move is left: "стоп в бу, если еще не перенесли" is the channel's own case).
_AFTER: Final = re.compile(
    r"(?<![а-яё])(?:можно|стоит|позже|потом|завтра|вечером|после\sзакрыти\w{1,2}"
    r"|при\s(?:закреплении|пробое|пробитии|достижении)"
    # (the 1st persons of the perfective future, "ё" written too: "стоп перенесём на 0.45";
    # the conditional, too early: "стоп бы в бу", "стоп в бу рано"; i13-ru32)
    r"|(?:перестав|перенес|передвин|подтян|сдвин|подвин|постав)(?:лю|у|ем|ём)|бы|рано"
    # (a rule, an opinion: "стоп в бу всегда", "стоп в бу - ошибка")
    r"|всегда|обычно|ошибк\w{0,2}"
    # (what to do once a target is taken: "стоп в бу ставим как возьмём первый тейк"; i13-ru32)
    r"|как\s(?:только\s)?(?:возьм|дойд|достигн|пройд|закро|отработа)\w{0,3})(?![а-яё])"
)
# A plan for a target to come, right after where the stop goes: "стоп в бу при тп1", "стоп в бу
# на первой цели", "стоп на 0.45 после тп1", "стоп в бу с первой цели" (i13-ru32: read as the
# stop moved now). Not "стоп на тп1" (the stop to that target: no place said before it), nor
# "тп1 ✅ стоп в бу" (the target first: reached).
_AT_TARGET: Final = re.compile(
    r"(?:бу|б/у|безубыт\w{0,3}|беззбит\w{0,3}|вход\w?|вхід|точк\w\sвхода|[0-9])[^\w\n]{0,3}\s"
    r"(?:при|на|с|после|по|після|з)\s(?:достижени\w\s|досягненн\w\s|взяти\w\s)?"
    r"(?:(?:перв|втор|трет|четв[её]рт|перш|друг)\w{1,3}\s(?:тейк|тэйк|цел|ціл|тп)"
    r"|(?:тп|tp|тейк\w{0,2}|цел\w{0,2}|ціл\w{0,2})\s?[1-9])"
)
# A cross right after where the stop goes: that stop hit, or the move struck out (i13-ru32).
_STRUCK: Final = re.compile(r"(?:бу|б/у|безубыт\w{0,3}|беззбит\w{0,3}|вход\w?|вхід)\s?❌")
# Said before the stop word, in its sentence: a time to come ("завтра перенесу стоп в бу", "потом
# стоп в бу"), a 1st person's perfective future ("переставлю стоп на 0.45", "подвинем стоп"),
# the conditional, a suggestion weighed ("подумайте о переносе стопа", "имеет смысл", "можете
# перенести"): the move not done now (i13-ru32; "советую", "рекомендую" stay the channel's order).
_BEFORE: Final = re.compile(
    r"(?<![а-яё])(?:завтра|вечером|позже|потом|дальше|затем|утром|на\sвыходных"
    r"|(?:перестав|перенес|передвин|подтян|сдвин|подвин|постав)(?:лю|у|ем|ём)"
    r"|подумайте|имеет\sсмысл|есть\sсмысл|можете|можешь|например|для\sновичков|всегда|обычно)"
    r"(?![а-яё])"
)
# Another trade's stop: "стоп по прошлой сделке в бу", "по старой позиции стоп на 0.45".
_OTHER_TRADE: Final = re.compile(
    r"(?<![а-яё])по\s(?:прошл|предыдущ|стар|друг|вчерашн|спотов)\w{1,3}\s(?:сделк|позици|лонг|шорт"
    r"|сетап|иде|монет)\w{0,2}(?![а-яё])"
    # ... or beside it: "Стоп в бу, как и по BTC", "по #BTC стоп в бу, а по этой держим".
    r"|(?<![а-яё])(?:как\sи\sпо|а\s(?:по\s(?:этой|этому)|здесь|тут))(?![а-яё])"
)
# An entry at a price beside the stop: a new plan's stop ("Стоп ставим 0.45, вход от 0.5"), not
# the stop to the entry ("стоп на вход 0.5", "стоп в точку входа 0.5"; i13-ru32).
_ENTRY_AT: Final = re.compile(
    r"(?<![а-яё])(?<!на\s)(?<!в\s)(?<!к\s)(?<!точку\s)(?<!точке\s)(?:вход|входим|заходим|заход|вхід)"
    r"(?:\s(?:от|по|на|в\sрайоне|около|з|від))?\s?:?\s?\$?[0-9]"
)
# A stop level as two numbers, thousands spaced or a decimal comma: "3 100,5 - 3 050".
_SPACED_RANGE: Final = re.compile(
    r"(?<![0-9.,])[0-9]{1,3}(?:\s[0-9]{3})+(?:[.,][0-9]+)?\s?[-–/]\s?\$?[0-9]"
    r"|(?<![0-9.,])[0-9]+,[0-9]+\s?[-–/]\s?\$?[0-9]"
)


def _coin_key(text: str) -> str:
    key = text.lstrip("#$").replace(" ", "").replace("/", "")
    return key[:-4] if key.endswith("usdt") and len(key) > 4 else key


def ru_stop_doubt(low: str, at: int) -> str | None:
    """Why the stop move whose stop word is at low[at] is a person's to read, or None."""
    if low.isascii():
        return None
    if ("доб" in low or "док" in low or "дол" in low or "усредн" in low) and _ADD_ON.search(low):
        return "several changes"
    start, end = sentence_start(low, at), sentence_end(low, at)
    if _CONDITION_BEFORE.search(low, start, at) is not None:
        return "a condition"
    if _AFTER.search(low, at, min(end, at + 80)) is not None:
        return "a plan"
    if _BEFORE.search(low, start, at) is not None:
        return "a plan"
    if _OTHER_TRADE.search(low, start, end) is not None:
        return "another trade's stop"
    if ("вход" in low or "заход" in low or "вхід" in low) and _ENTRY_AT.search(
        low, *line_bounds(low, at)
    ):
        return "a new plan's stop"  # (on the stop's line: a call re-posted above is no plan)
    if _AT_TARGET.search(low, at, min(end, at + 60)) is not None:
        return "a plan for a target"
    if "❌" in low and _STRUCK.search(low, at, min(end, at + 40)) is not None:
        return "a stop hit or struck out"  # "Стоп в бу ❌" (as "Стоп 0.45 ❌", bare_stop.py)
    if _SPACED_RANGE.search(low, at, min(end, at + 60)) is not None:
        return "a stop in doubt"
    return None


def ru_coins_stops(low: str, at: int) -> list[str] | None:
    """Two coins whose stops a Russian post moves, each in a clause of its own ("ETH/USDT стоп
    переносим на 3100, BTC/USDT стоп на 65000"; the stop word read at low[at]), or None
    (parsers/two_trades.py gives the reason)."""
    if low.isascii():
        return None
    coins = [_coin_key(m.group("coin")) for m in _OTHER_COIN_STOP.finditer(low) if m.start() != at]
    named = list(dict.fromkeys(coins))
    return [coin.upper() for coin in named[:2]] if len(named) > 1 else None
