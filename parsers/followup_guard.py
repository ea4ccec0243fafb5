"""Posts that use a follow-up's words but ask nothing of a position: a question ("should I close
ETH?"), a lesson ("How to move your stop to entry: a lesson"), a recap or a results post ("last
week we closed 12 trades in profit", "Weekly recap: ETH TP1 hit, BTC stopped out"). A close, a
cancel, a stop moved or a stop hit (which closes) acts on a real position: such a post is read as
no action. parsers/updates.py asks `not_an_instruction` before it returns one.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.chatter_posts import explained, others_stop, promotion, results_or_rule
from parsers.chatter_tips import tips_list
from parsers.chatter_titles import method_or_results
from parsers.chatter_who import said_of_readers
from parsers.chatter_words import near_miss
from parsers.followup_doubts import (
    cease,
    condition_after,
    hedged,
    stop_in_doubt,
)
from parsers.models import UpdateKind
from parsers.order_changes import several_changes
from parsers.plan_stop import plans_stop
from parsers.results_board import coins_by_line, results_board
from parsers.ru_hedges import told_not_asked
from parsers.sentences import sentence_end, sentence_start
from parsers.stop_doubts_ru import ru_stop_doubt
from parsers.told_ru import told_ru
from parsers.told_zh import told_zh

# The kinds a results board or a market review is read as (a stop hit or a move stays read).
_BOARD_KINDS: Final = (UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.CANCEL)
# The end of the sentence holding the action's word: a question mark ends a question.
_SENTENCE_END: Final = re.compile(r"[!?？؟\n]|\.(?![0-9])")  # (not "245.5": a price)
_QUESTION_MARKS: Final = ("?", "？", "؟")
_CLOSES: Final = (UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL)
# A question opening the post, its mark later ("Should I close ETH now or wait for TP2?").
_ASKS: Final = re.compile(
    r"\W*(?:should|shall|can|could|would|do|does|did|is\sit|are\swe|anyone|what|when|why|how"
    r"|стоит\sли|нужно\sли|debo|devo|sollte|dois-je)(?!\w)"
)
# A lesson, a guide: the words of teaching, not of one trade.
_LESSON: Final = re.compile(
    # ("Trading 101", not the digits of a price: "CME gap below at 2.101", "move SL to 101.5".)
    r"(?<!\w)(?:how\sto|lesson|tutorial|guide|educational|explained|beginners?|(?<![.,])101(?![.,][0-9])"
    # "Как переносить стоп в безубыток", "як фіксувати прибуток": how to + an infinitive (ru, uk).
    r"|tips?\s(?:for|on)|rules?\sfor|psychology|психология|урок(?:а|е|и|ов)?|как\sправильно|как\s[а-яё]{2,16}(?:ть|ти|ться)|як\s[а-яіїєґ']{2,16}(?:ти|тися)|cómo|como\s(?:mover|fechar|cerrar)"
    r"|nasıl|wie\sman|comment"
    # "Cara geser SL ke entry", "Hướng dẫn dời SL", "Qué es un stop loss" (i13-wrong28)
    r"|cara\s(?:geser|pindah|pasang|tutup|ambil|memindah\w*|menutup)|hướng\sdẫn|cách"
    r"|qué\ses|o\sque\sé|was\sist|what\sis)(?!\w)"
)
# A recap, a results post: trades counted over a period.
_RECAP: Final = re.compile(
    r"(?<!\w)(?:recap|summary|(?:weekly|monthly|daily)\s(?:results?|report|update|stats)"
    r"|(?:last|past|this)\s(?:week|month|year)|итоги|resumen|resumo|özet"
    # ("закрываем 1/2 позиции": a share, not two positions counted; i13-ru22.)
    r"|(?<!all\s)(?<![0-9/])[0-9]{1,4}\s(?:trades|signals|positions|calls|wins|сдел\w{0,3}|сигнал\w{0,3}|позици\w{0,2}|угод\w{0,2})(?!\w)"
    r"|(?:недельн|месячн|дневн)\w{0,3}\sотч[её]т|вчера|учора"
    # ("Отчет по сделкам: / #ETH — закрыта +2R / #SOL — ...": the trades' report; i13-fu24.)
    r"|отч[её]т\w{0,2}\sпо\sсделк\w{0,2}"
    # "Last trade closed in profit. Re-scanning ...": a trade before this one, reported.
    r"|(?:last|previous)\s(?:trade|signal|call|position)\s(?:was\s|has\sbeen\s|got\s)?closed)"
)
# (Each of those holds one of these: a substring test skips the searches.)
_RECAP_STEMS: Final = (
    "recap",
    "summar",
    "result",
    "report",
    "stats",
    "week",
    "month",
    "year",
    "итоги",
    "отч",
    "resum",
    "özet",
    "trades",
    "signals",
    "positions",
    "calls",
    "wins",
    "сдел",
    "сигнал",
    "позици",
    "угод",
    "отч",
    "вчера",
    "учора",
    "update",
    "last ",
    "previous ",
)


# A Chinese or Japanese question with no mark: the action's clause ends in a question's
# particle ("都止盈了吧": you all took profit, right?; "止盈了吗", "平仓了没", "利確しましたか"). An
# order with "吧" and no "了" ("今晚都止盈吧", dev gath29w-lzyh-zh-079) stays one (i13-forms30).
_CJK_PARTICLES: Final = r"(?:了吧|吗|嗎|嘛|么|麼|了没有?|了沒有?|呢|ましたか|したか|ますか)"
_CJK_ASKS: Final = re.compile(
    r"[^\n。！!，,；;、？?\s]*?" + _CJK_PARTICLES + r"[\s~～…。.!！]*(?:$|\n|[，,；;、])"
)
_CJK_ASKS_END: Final = re.compile(_CJK_PARTICLES + r"[\s~～…。.!！]*$")
# The same with no mark in Turkish ("ETH kapattınız mı": did you close ETH?) and English (a
# post opening "Have you all moved your stop to entry", "Who closed ETH already").
_PARTICLE_ASKS: Final = re.compile(
    r"[^\n.!?]{0,40}?\s(?:(?:mı|mi|mu|mü)(?:sunuz|sun|yız|yiz)?(?!\w)"
    # "Sudah close ETH belum" (closed ETH yet?), "Закрыли ETH или держим" (or holding?)
    r"|(?:belum|blm)[\s?!.]*$|или\s(?:нет|держим|держите|ещё\sдержим|как)[\s?!.]*$)"
)
_ASKS_UNMARKED: Final = re.compile(
    r"\W*(?:(?:have|did|has|do)\s(?:you|u|y['’]?all|everyone|everybody|anyone|anybody|we)"
    r"|who\s(?:else\s)?(?:closed|took|moved|has|have|did|is\sstill)"
    r"|(?:anyone|anybody|someone)\s(?:else\s)?(?:closed|took|moved|still))(?!\w)"
)


def _question(low: str, at: int | None) -> bool:
    if not low.isascii():
        if at is not None and _CJK_ASKS.match(low, at):
            return True
        if at is None and "\n" not in low.strip() and _CJK_ASKS_END.search(low):
            return True  # ("#ETH 止損了嗎": did ETH stop out?, its word's place unknown)
        if at is not None and _PARTICLE_ASKS.match(low, at):
            return True
    if at is not None and ("belum" in low or "blm" in low) and _PARTICLE_ASKS.match(low, at):
        return True
    if _ASKS_UNMARKED.match(low):
        return True
    if not any(q in low for q in _QUESTION_MARKS):
        return False
    if at is not None:
        end = _SENTENCE_END.search(low, at)
        if end is not None and end.group() in _QUESTION_MARKS:
            return True
    return _ASKS.match(low) is not None


def not_an_instruction(low: str, kind: UpdateKind, at: int | None) -> str | None:
    """Why a post read as an action on a position (any kind but a target hit, which only
    informs) asks for none (a question, a lesson, a recap), or None. at: where the action's word
    is, when known."""
    if kind is UpdateKind.TP_HIT:
        return None
    if _question(low, at):
        return "a question"
    if _negated(low):
        return "a negation"  # "#BTC не закрываем", "jangan tutup", "不要平仓": do not
    if at is not None and (_condition(low, at) or condition_after(low, at)):
        return "a condition"  # ("закрываем при пробое 2900": followup_doubts.condition_after)
    if at is not None and not low.isascii() and (why := told_not_asked(low, at)) is not None:
        return why  # "можно закрыть половину", "в прошлый раз выбило по стопу" (ru_hedges.py)
    if at is not None and not low.isascii() and (why := told_ru(low, at, kind in _CLOSES)):
        return why  # "Напоминаю: ...", "кто закрыл - молодцы", "ранее закрыли" (told_ru.py)
    if at is not None and not low.isascii() and (why := told_zh(low, at)) is not None:
        return why  # "不上去 不取消", "上去了 猜取消", "昨晚到位就止盈了" (told_zh.py)
    if at is not None and (hedged(low, at) or cease(low, at)):
        return "a hedge"  # "maybe close half", "Stop moving your stops!" (followup_doubts.py)
    if kind is UpdateKind.MOVE_SL and at is not None and stop_in_doubt(low, at):
        return "a stop in doubt"  # "move stop just below 2900", "2900 или 2850"
    # (The stops of two coins, "#BTC and #ETH move SL to entry", are read with the reason they
    # are not moved: parsers/two_trades.py.)
    if kind is UpdateKind.MOVE_SL and at is not None and (why := ru_stop_doubt(low, at)):
        return why  # "стоп в бу, добор на 2900", "стоп можно передвинуть" (stop_doubts_ru.py)
    if at is not None and near_miss(low, at):
        return "a near miss"  # "nearly hit our stop loss": it did not (parsers/chatter_words.py)
    if at is not None and kind is not UpdateKind.SL_HIT and several_changes(low, at):
        return "several changes"  # "Новая лимитка 3050, остальные снимаем" (order_changes.py)
    if kind is UpdateKind.MOVE_SL and at is not None and plans_stop(low, at):
        return "a new plan's stop"  # "buy at 2980, set SL at 2960" (parsers/plan_stop.py)
    if kind is UpdateKind.MOVE_SL and at is not None and others_stop(low, at):
        return "the market's stops"  # "stop hunt", "whales moved the stops" (chatter_posts.py)
    if kind in _BOARD_KINDS and at is not None and (why := explained(low, at)) is not None:
        return why  # "Some members asked why #AVAX was closed" (chatter_posts.py)
    if (why := said_of_readers(low, at) or tips_list(low, at)) is not None:
        return why  # "everyone who exited", "1️⃣ Cut losses quickly: close ..." (chatter_tips)
    if (why := promotion(low, at)) is not None:
        return why  # "Last day! VIP doors close at midnight", "you decide" (chatter_posts.py)
    if (why := results_or_rule(low, at)) is not None:
        return why  # "Результаты марта: ...", "Tip: always close half at TP1" (chatter_posts)
    if (why := method_or_results(low, at)) is not None:
        return why  # "How we manage trades: we close 50% at TP1" (chatter_titles.py)
    if kind in _BOARD_KINDS and (why := results_board(low, at)) is not None:
        return why  # "① BTC closed +12% / ② ETH closed +9%" (parsers/results_board.py)
    if kind is UpdateKind.SL_HIT and (why := coins_by_line(low)) is not None:
        return why  # "ETH ✅ 3 targets / SOL ✅ 2 targets / LINK ❌ stop" (results_board.py)
    # The post's title (its first line) or the action's own line says what the post is: a
    # footer's "Guide: our website" or a signal's notes ("... bleeding down last week") do not.
    for line in _title_and_line(low, at):
        if _LESSON.search(line):
            return "a lesson"
    # A recap's words after the action's sentence are a remark under the report, not the post's
    # title ("Gold stopped out / This week we made only +145 pips", "Nvm just got spiked into
    # stop loss ... . Sorry I let you guys down this week"; gath30): asked up to its end only.
    told = low if at is None else low[: sentence_end(low, at)]
    for line in _title_and_line(told, at):
        if any(s in line for s in _RECAP_STEMS) and _RECAP.search(line):
            return "a recap"
    return None


# An instruction NOT to act, in the languages whose negation stands before the verb (ru, uk, es,
# pt, id, vi, hi in Latin letters, ar; English is parsers/updates.py's _NEGATED), a negative verb
# (tr "kapatmayın", fa "نبندید"), or a Chinese "不要" / "别" / "不用" before the verb.
_NEGATED_WORLD: Final = re.compile(
    r"(?<!\w)(?:не|ні|no|não|nao|nunca|jangan|belum|tidak|tak|không|chưa|đừng|mat|nahi|nahin|لا)"
    r"\s(?:\w+\s)?(?:закр|закрив|фикс|фікс|отмен|скасов|перен|перев|перест|скид|скин|сброс|выход|меня|поменя|измен"
    r"|выйд|вихо|сним|убир|двиг|подтяг|cerr|cancel|anul|fech|encerr|sal|mov|sub|tutup|batal|pindah|geser|đóng|chốt"
    r"|hủy|dời|exit|close|book|band|hatao|ت?غلق|[إا]غلاق|ت?لغ)"
    r"|kapatma(?!k)|iptal\setme|نبند|نکنید|(?:不要|别|不用|先别|暂时不)(?:平|撤|止损|清仓|减|取消|走|出|动)"
)
# A negated verb of the price, not of the trade: "не смог закрепиться" (consolidate), "не
# меняется", "не перестает расти" (i13-ru25: a review over "#APT - выбило по стоп-лоссу." was
# refused as a negation). ("Не закрываемся" stays one: a close in slang.)
_NOT_TRADE_VERB: Final = re.compile(
    r"закреп|(?:меня|поменя|измен|(?:пере|по|с)?двиг|подтяг)[а-яё]*(?:ся|сь)(?![а-яё])|перестал"
    r"|перестает|перестаёт"
)


def _negated(low: str) -> bool:
    """Whether low negates an action on the trade ("#BTC не закрываем"), not a move of the price."""
    for m in _NEGATED_WORLD.finditer(low):
        word_at = m.end() - 1
        while word_at > m.start() and low[word_at - 1].isalpha():
            word_at -= 1  # (the stem's word: the match ends inside it)
        if _NOT_TRADE_VERB.match(low, word_at) is None:
            return True
    return False


# A condition in Russian and Ukrainian ("В случае пробоя 0.45 выходим", "При закреплении ниже
# закрываю", "якщо", "у разі"), a candle's close beyond a level ("Закрытие дня ниже 0.45 -
# выходим"): a break or a hold still to come (i13-ru31).
_RU_CONDITION: Final = (
    r"(?:в\sслучае|у\sразі|якщо|коли"
    r"|при\s(?:закреплени|пробо|пробити|уход|возврат|слом|закріпленн|пробитт|поверненн)\w{0,3}"
    r"|закрыти[ея]\s(?:дня|недели|свечи|[0-9]{1,2}\s?[чhдd]\w{0,4}|(?:дневн|часов|недельн)\w{2,3}"
    r"\sсвечи)\s(?:ниже|выше|под|над))"
)
# A sentence opening with a condition: "Once SHIB reaches the second target, book 50% profit",
# "If TP1 hits on SOL, move SL to entry": what to do then, nothing now.
_CONDITION: Final = re.compile(
    # (after a tag naming the coin: "#ETH if not filled by tomorrow, cancel"; i13-wa23)
    r"[^\w\n]*(?:if|once|when|whenever|as\ssoon\sas|in\scase|если|когда|как\sтолько|si|cuando"
    r"|una\svez|quando|assim\sque|sobald|wenn|falls|lorsque|eğer|jika|nếu|如果|一旦"
    # (id "kalo", "klo", "kalau", "bila": "Kalo mau short set SL di 90"; i13-gath26.)
    r"|kalo|klo|kalau|bila|apabila|" + _RU_CONDITION + r")(?!\w)"
    # ... after a tag naming the coin ("#ETH if not filled by tomorrow, cancel"; i13-wa23), not
    # the reader's own case ("#ETH if you are still in, close it" asks it now).
    r"|[^\w\n]*(?:по\s)?[#$]?[a-z0-9/]{1,24}[^\w\n]{1,3}" + _RU_CONDITION + r"(?!\w)"
    r"|[^\w\n]*[#$][a-z0-9/]{1,24}[^\w\n]{1,3}(?:if|once|when|если|когда)(?!\w)"
    r"(?!\s(?:you|u|your|you're|вы|ты|still|ещё|еще))"
)


# (After a move still to come, "反弹后 记得减仓": reduce once it has rebounded, not now; i13-gath29w.)
_CLAUSES: Final = (
    "的话",
    "成交后",
    "成交後",
    "反弹后",
    "回调后",
    "拉升后",
    "突破后",
    "企稳后",
    "降息后",
)


def _condition(low: str, at: int) -> bool:
    """The sentence holding the action (low[at]) opens with a condition."""
    start = sentence_start(low, at, stops=_SENTENCE_END)
    # ("怕的话，也可以不进": "if afraid, you may also stay out": "X的话" is a clause of condition;
    # "成交後止損改至 96045": the stop moves after the order fills, not now; i13-gath25.)
    clause = low[start:at]
    if _CONDITION.match(low, start) is not None or any(w in clause for w in _CLAUSES):
        return True
    # "Если BTC пробьет 60 000$: / #APT - стоп в б/у": a condition heading the lines under it
    # (i13-ru25: read as the stop moved now).
    line_start = low.rfind("\n", 0, at) + 1
    above = low[:line_start].rstrip()
    head = above[above.rfind("\n") + 1 :]
    return head.endswith(":") and _CONDITION.match(head) is not None


def recap_title(low: str) -> bool:
    """The post's first line says it is a recap or a results post ("📊 WEEKLY RESULTS 📊")."""
    first = low.lstrip().split("\n", 1)[0]
    return any(s in first for s in _RECAP_STEMS) and _RECAP.search(first) is not None


_TITLE_WORDS: Final = 12  # a title is a line of a few words; more is the post's paragraph


def _title_and_line(low: str, at: int | None) -> list[str]:
    text = low.lstrip()
    first, _, rest = text.partition("\n")
    under = rest.lstrip().split("\n", 1)[0]
    if not any(c.isdigit() for c in first) and len(first.split()) <= 3 and under.strip():
        # A greeting or a tag line over the title ("Good luck!", "#crypto", "🔥🔥🔥") is no
        # title: the line under it is ("Good luck!" / "Quick Guide: Understanding Liquidation");
        # a paragraph or a sentence under a heading is none ("#BTC обзор 💸 / Вчера биткоин
        # протестировал ... ."; i13-ru25).
        if len(under.split()) <= _TITLE_WORDS and not under.rstrip().endswith("."):
            first = first + " " + under
    if at is None:
        return [first]
    start = low.rfind("\n", 0, at) + 1
    end = low.find("\n", at)
    line = low[start : len(low) if end < 0 else end]
    return [first] if line.strip() == first.strip() else [first, line]
