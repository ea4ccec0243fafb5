"""A Russian follow-up that tells rather than asks (session 23, branch i13-fu24): a status post
holding a close or a stop word that was read as the action (parsers/followup_guard.py asks
`told_ru` of any action but a target hit). Each is Russian grammar's way of saying the action is
not asked now:

- a reminder ("Напоминаю: по #ETH закрываем 50% на первой цели", "Напомню, что стоп по #ETH в
  безубытке"): the plan or the state said again, no new order;
- the readers who did it, a relative clause ("Кто закрыл половину #ETH на 3300 - молодцы",
  "поздравляю всех, кто зафиксировал"): a result;
- a state told: "уже" (already) before the verb or after the stop word ("50% позиции уже
  зафиксировано, остаток держим", "держим, стоп уже в б/у");
- a time before ("ранее закрыли 50% позиции", "до этого зафиксировали половину"): told, as
  parsers/ru_hedges.py's past times;
- a member's thanks for the call ("Спасибо, закрыл с профитом!"; i13-ru31);
- one person's own account ("у меня выбило стоп": a reader's in a thread as often as the
  analyst's; i13-ru31);
- a review of the day's trades (i13-ru34): headed "#DAILY", "#WEEKLY", "#ИТОГИ", or telling
  several trades' results as a range ("Из них больше половины позиций закрыты с профитом от 5%
  до 20%"): what became of them, no order (as parsers/not_close_rows.py's recaps);
- a plan for a level to come, after the verb ("закрываем позицию при достижении 3300"): as
  "При достижении первой цели закрываем 50%" (ru_hedges._PLAN), the verb first. ("закрываем
  50% на первой цели" stays a share closed at the target reached, as branch i13-ru21 read it:
  tests/parsers/test_ru21_followups.py; said in a reminder it is none, above.)
"""

from __future__ import annotations

import re
from typing import Final

from parsers.sentences import SEMICOLON_STOP, sentence_end, sentence_start

_CLAUSE_END: Final = re.compile(r"[,!?\n;—–]|\s-\s|\.(?![0-9])")
_REMINDER: Final = re.compile(r"[^\w\n]*(?:напомина\w{1,4}|напомню|напоминание)(?![а-яё])")
# The same said inside the post, before the action: "#ETH: напоминаю, позиция закрыта", "как и
# писал, закрыли половину" (what was said before, said again).
_SAID_AGAIN: Final = re.compile(
    r"(?<![а-яё])(?:напомина\w{1,4}|напомню|как\s(?:и\s)?(?:писал\w{0,2}|говорил\w{0,2}"
    r"|писалось|сообщал\w{0,2}))(?![а-яё])"
)
_WHO: Final = re.compile(r"(?<![а-яё])кто(?![а-яё])")
# A member's thanks for the call ("Закрыл в плюс, спасибо за сигнал!", "Спасибо, закрыл с
# профитом!"): a testimonial, not the channel's instruction (CONVENTIONS.md, batch gath28).
_THANKS: Final = re.compile(
    r"(?<![а-яёії])(?:спасибо|благодарю|дякую)(?:\sбольшое|\sвелике)?\sза\s(?:сигнал|сделк|иде"
    r"|профит|угод|ідею)"
    # (Heading the post, then one person's past close: "Спасибо, закрыл с профитом!"; not the
    # analyst's "Спасибо всем, закрываем сделку".)
    r"|^[^\w\n]*(?:[#$]?[a-z0-9/]{1,24}[^\w\n]{1,3})?(?:спасибо|благодарю|дякую)[^\w\n]{1,3}(?:я\s)?"
    r"(?:закрыл|зафиксировал|вышел|скинул|забрал|закрив|зафіксував|вийшов)(?![а-яёії])"
)
# "У меня выбило стоп", "у меня тоже закрылось по стопу": one person's own account set against
# the others' (a thread's reader as often as the analyst), right before the verb (i13-ru31).
# ("Мой стоп выбило", "Мне выбило стоп", "у него выбило", "Участник чата закрыл в плюс": one
# person's, or another reader's; i13-ru32.)
_MINE: Final = re.compile(
    r"(?<![а-яё])(?:у\sменя|у\sмене|в\sмене|мой|мою|моя|мне|у\s(?:него|неё|нее|них|тебя)"
    r"|участник\w{0,2}(?:\sчата)?|кто-то|кто\sто)\s(?:тоже\s|опять\s|снова\s|сегодня\s)?$"
)
# The reader left to choose, anywhere in the sentence after the action: "Я закрыл половину, вы
# как хотите", "Сам закрыл, вам решать" (i13-ru32).
_YOURS: Final = re.compile(
    r"(?<![а-яё])(?:вы\sкак\sхотите|как\sхотите|вам\sрешать|решать\sвам|решайте\sсами"
    r"|смотрите\sсами|на\sваше\sусмотрение)(?![а-яё])"
)
# "уже" (already) right before the verb, or after the stop word: a state told ("50% позиции уже
# зафиксировано, остаток держим", "держим, стоп уже в б/у").
# "Лично я стоп перенёс в бу", "Я для себя зафиксировал половину", "Я свой стоп переставил",
# "Свой стоп я перенёс": the same, said with "лично", "для себя", "свой" and "я" (i13-ru32).
_OWN: Final = re.compile(
    r"(?<![а-яёії])(?:лично\sя|особисто\sя|для\sсебя|для\sсебе|я\sсвой|я\sсвои|я\sсвій|я\sсвої"
    r"|(?:свой|свій)\s(?:стоп\w{0,3}\s)?я)(?![а-яёії])"
)
_ALREADY: Final = re.compile(r"(?<![а-яё])(?:уже|и\sтак)\s(?:[^\s,.;!?]+\s)?$")
_STOP_ALREADY: Final = re.compile(r"(?:стоп\w{0,3}|сл)\s(?:уже|и\sтак|давно)(?![а-яё])")
_BEFORE: Final = re.compile(r"(?<![а-яё])(?:ранее|до\sэтого|прежде|накануне)(?![а-яё])")
_NOW: Final = re.compile(r"(?<![а-яё])(?:теперь|сейчас|сегодня)(?![а-яё])")
# A review's heading tag at the post's start, or trades counted with a range of their results.
_REVIEW_TAG: Final = re.compile(
    r"[^\w\n#]*(?:#[a-z0-9_]{2,16}\s)*#(?:daily|weekly|monthly|recap|итоги\w{0,6}|дейли)(?![\w])"
)
_RESULTS: Final = re.compile(
    r"(?<![а-яё])от\s[+\-−]?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%\sдо\s[+\-−]?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%"
)
_TRADES: Final = re.compile(r"(?<![а-яё])(?:позиций|сделок|сигналов|трейдов)(?![а-яё])")
_AT_TARGET: Final = re.compile(r"(?<![а-яё])(?:при|по)\sдостижени[иею]")


def told_ru(low: str, at: int, closes: bool) -> str | None:
    """Why the Russian action word at low[at] tells and asks nothing now, or None. closes: the
    action is a close (a plan at a target is weighed for a close only: "стоп на 1 цель" moves
    the stop to the target)."""
    if _REMINDER.match(low) is not None:
        return "a reminder"
    if _REVIEW_TAG.match(low) is not None or (
        _RESULTS.search(low) is not None and _TRADES.search(low) is not None
    ):
        return "a review of trades"
    if _THANKS.search(low) is not None:
        return "a member's thanks"
    start = sentence_start(low, at, stops=SEMICOLON_STOP)
    clause = start
    for m in _CLAUSE_END.finditer(low, start, at):
        clause = m.end()
    if _SAID_AGAIN.search(low, start, at) is not None:
        return "a reminder"
    if _WHO.search(low, clause, at) is not None:
        return "the readers who did it"
    if _MINE.search(low, max(clause, at - 24), at) is not None:
        return "one person's own trade (у меня): whose is it?"
    clause_end = _CLAUSE_END.search(low, at)
    if _OWN.search(low, clause, at + 24 if clause_end is None else clause_end.start()) is not None:
        return "one person's own trade (лично я, для себя): whose is it?"
    if _ALREADY.search(low, max(clause, at - 24), at) is not None or _STOP_ALREADY.match(low, at):
        return "a state told"
    end = sentence_end(low, at, SEMICOLON_STOP)
    if _YOURS.search(low, at, end) is not None:
        return "a choice, or not yet"
    if _BEFORE.search(low, start, end) is not None and _NOW.search(low, start, end) is None:
        return "a time before"  # (not "половину закрыли ранее, теперь закрываем полностью")
    clause_end = _CLAUSE_END.search(low, at)
    stop = min(end, clause_end.start() if clause_end is not None else end, at + 60)
    if closes and _AT_TARGET.search(low, at, stop) is not None:
        return "a plan for a level"
    return None
