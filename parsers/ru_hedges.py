"""Russian follow-up words said with no instruction in them (branch i13-ru22): the action's verb
governed by a hedge or a modal ("можно закрыть половину", "я бы перенёс стоп в бу", "стоило
перенести стоп", "надо было зафиксировать", "собираюсь закрыть позицию", "хотел закрыть", "скоро будем фиксировать", "будем закрывать у 0.6"), left to the
reader or said too early ("стоп в бу по желанию", "переносить стоп рано", "закрываться не
спешим"; i13-wrong28), or told
of a time gone by ("в прошлый раз выбило по стопу", "в 2021 году я закрыл лонг", "тогда мы
зафиксировали половину"), or planned for a level to come ("при достижении первой цели закрываем
50%"). None of them asks anything of a position now. parsers/followup_guard.py asks
`told_not_asked` before a close, a cancel, a stop moved or a stop hit is returned.

The words are Russian grammar's: the modal predicatives (можно, стоит/стоило, надо/нужно было,
следует/следовало), the conditional particle "бы", the verbs of intent (собираться, планировать,
хотеть), the adverbs of doubt (возможно, наверное, пожалуй) and the adverbials of past time.
A channel's own advice to its readers ("советую перенести стоп", "рекомендую зафиксировать") is an
instruction and stays one (dev: "рекомендую снять все лимитные ордера", `dk-trader-a-008`).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.sentences import SEMICOLON_STOP, clause_end, clause_head, sentence_end, sentence_start

# A hedge or a modal, then at most two words, then the action's word (the end of the text before
# it): "можно закрыть", "я бы перенёс стоп", "думаю, пора фиксировать".
_HEDGED: Final = re.compile(
    r"(?<!\w)(?:можно|стоит|стоило|следует|следовало|(?:надо|нужно|необходимо)\sбыло|бы|собира\w{2,5}"
    r"|планиру\w{1,3}|планировал\w{0,2}|хотел\w{0,2}|хоч\w{1,3}|хотим|хотите|думаю|возможно|наверное"
    r"|пожалуй|может\sбыть|скоро|на\sвашем\sместе)"
    r",?(?:\s[^\s.!?\n]+){0,2}\s$"
)
# Right before the action's word, in its clause (i13-ru31): a plan ("будем закрывать у 0.6",
# "буду фиксировать половину"), a wait ("ждём закрытие"), a close prepared ("готовимся
# фиксировать"), a regret ("Жаль, что не зафиксировал", "зря не закрыл"). ("Ждём вторую цель,
# стоп в бу" moves the stop: a comma between ends it.)
_PLANNED: Final = re.compile(
    r"(?<!\w)(?:буд(?:у|ем|ете|емо)|жд[её]м|жду|ждите|ожида\w{1,4}|чека(?:ємо|ю)"
    r"|готов(?:имся|ьтесь|люсь|ься|уемся))\s(?:[^\s,.!?\n]+\s)?$"
    r"|(?<!\w)(?:жаль|зря|обидно),?\s(?:что\s)?(?:не\s|я\sне\s)?$"
)
# A time gone by, anywhere in the action's sentence.
_PAST_TIME: Final = re.compile(
    r"(?<!\w)(?:(?:в\s)?прошл(?:ый|ом|ую)\s(?:раз|месяц\w?|году|неделю)|на\sпрошлой\sнеделе|раньше"
    r"|когда-то|однажды|в\s(?:19|20)[0-9]{2}\s?(?:году|г\.?)|в\sтот\sраз)(?!\w)"
)
# "тогда" (then) with a verb in the past: a story ("тогда мы зафиксировали половину"); with the
# present it is the consequence of a condition, judged by parsers/followup_guard.py's.
_THEN_PAST: Final = re.compile(
    r"(?<!\w)тогда\s(?:[^\s.!?\n]+\s){0,2}?[а-яё]+(?:ли|ла|л|лось|лись|ло)(?!\w)"
)
# A plan for a level to come, opening the sentence: "при достижении первой цели закрываем 50%".
_PLAN: Final = re.compile(r"[^\w\n]*(?:при|по)\sдостижении(?!\w)")
# Anywhere in the action's sentence: the reader's choice, too early, no hurry, the plan told
# ("Стоп в бу по желанию", "Переносить стоп в бу рано", "Закрываться по #SOL не спешим",
# "сделка в работе, закрытие по плану", "держим, закрываться будем на цели"; i13-wrong28).
_NOT_NOW: Final = re.compile(
    r"(?<!\w)(?:по\sжеланию|на\sваше\sусмотрение|решать\sвам|решайте\sсами"
    r"|(?:пока|ещ[её])\sрано|не\s(?:спеш|тороп)\w*"
    # the plan told, no order: "закрытие по плану", "закрываться будем на цели"
    r"|(?:закрытие|фиксация)\sпо\sплану|(?:закрыва|фиксирова)\w{2,5}\sбудем"
    # the reader's choice, a method of staged exits: "фиксируйте по своему усмотрению",
    # "закрываем на каждой цели", "фиксируемся по целям" (i13-ru31; "фиксирую частями" is a
    # share taken now)
    r"|по\sсвоему\sусмотрению|на\sсво[её]\sусмотрение|на\sкаждой\sцели|по\sцелям"
    r"|на\sкожній\sцілі"
    # until the close, either exit, the orders set: "держим до полного закрытия", "закрытие - по
    # стопу или по цели", "ордера на закрытие выставлены"
    r"|до\s(?:полного\s)?(?:закрыти|фиксаци)\w{1,2}|или\sпо\s(?:цели|стопу|тейку)"
    r"|(?:ордер|заявк)\w{0,3}\sна\sзакрытие)(?!\w)"
)

# "рано" (too early) said of an infinitive: "Переносить стоп в бу рано" (a told close, "Закрыл
# #ETH рано", stays one).
_INFINITIVE: Final = re.compile(
    r"(?<![а-яё])(?:перенос|перевод|передвиг|двига|подтягива|став|закрыва|фиксирова|снима)[а-яё]{0,4}"
    r"(?:ть|ться)(?![а-яё])"
)
_EARLY: Final = re.compile(r"(?<![а-яё])рано(?![а-яё])")


def told_not_asked(low: str, at: int) -> str | None:
    """Why the Russian action word at low[at] asks nothing now (a hedge, a past time, a plan for
    a level), or None. low: the lower-case post."""
    start = sentence_start(low, at, stops=SEMICOLON_STOP)
    end = sentence_end(low, at, SEMICOLON_STOP)
    before = low[start:at]
    if _HEDGED.search(before) is not None or _PLANNED.search(before) is not None:
        return "a hedge"
    sentence = low[start:end]
    if _PAST_TIME.search(sentence) is not None or _THEN_PAST.search(sentence) is not None:
        return "a time gone by"
    if _PLAN.match(sentence) is not None:
        return "a plan for a level"
    # (in the action's own clause: "Переносим стоп в бу, закрывать не спешим" moves the stop,
    # "#SOL закрываем, не спешим с перезаходом" closes)
    head, cut = clause_head(low, at, at - start)
    clause = low[at - len(head) + cut : clause_end(low, at)]
    if _NOT_NOW.search(clause) is not None:
        return "a choice, or not yet"
    if _EARLY.search(clause) is not None and _INFINITIVE.search(clause) is not None:
        return "a choice, or not yet"  # "Переносить стоп в бу рано" (not "Закрыл #ETH рано")
    return None
