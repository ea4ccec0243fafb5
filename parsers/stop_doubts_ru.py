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

from parsers.sentences import sentence_end, sentence_start

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
    r"|(?:перестав|перенес|передвин|подтян|сдвин)(?:лю|у|ем))(?![а-яё])"
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
