"""Short follow-up replies, by language: a lexicon of what channels post under a signal when the
phrase tables (parsers/update_words.py, update_words_world.py) and the forms built from parts
(parsers/followup_forms.py) find nothing: "#BTC скинули половину", "в БУ", "ETH 吃肉",
"chốt lời TP1", "SOL stopado", "SL ke BEP", "BTC کنسل".

A row is a language, what the reply asks (or reports), and the words of its body. A reply is read
here only when it is short (at most three lines with text) and one of its lines is, in full, a
row's words with at most the coin (#BTC, BTC/USDT, "по BTC", an upper-case BTC), a filler word
("уже", "now", "ngay"), a signed gain ("+25%") and emoji or punctuation around them; every other
line holds only the coin, emoji, a signature or a pips count ("350+ Pips", "+65 Pips 💯", which
may also head the row's words: "+500 Pips Teilgewinne raus!"). A question mark anywhere, a negation, a date, a
condition or any other word leaves the reply unread here: the same words in chatter, a question,
a story or a past report ("вчера скинули половину") ask for nothing.

| kind | what | reading |
|---|---|---|
| TP | a target reached, profit taken, a gain reported ("吃肉", "翻倍了", "chốt lời TP1", "kar aldık") | TP_HIT (informs only; its number from the reply) |
| SL | the stop was hit ("выбило", "打止损", "stopado", "SL lag gaya") | SL_HIT |
| BE | the stop to the entry ("в БУ", "BE ✅", "SL ke BEP", "stop no 0x0", "SL cost to cost") | MOVE_SL to the entry |
| CLOSE | close it all now ("выходим", "清仓", "encerrar", "nikal jao") | CLOSE |
| PART | close a share ("скинули половину", "平一半", "realizar 50%", "amankan 30%") | CLOSE_PARTIAL with its share (none said: read, and refused by the engine) |
| CANCEL | the entry is off ("убираем лимитку", "作废", "کنسل", "anulado") | CANCEL |
| NONE | a re-entry ("перезаход", "re-entry", "reentrada"): a new entry needs its levels, nothing of the trade to do | no reading |

The rows are in parsers/followup_rows_ru.py, followup_rows_ru20.py, followup_rows_ru22.py,
followup_rows_ru23.py,
followup_rows_ru31.py, followup_rows_ru32.py, followup_rows_ru33.py, followup_rows_ru34.py,
followup_rows_world.py and followup_rows_more.py,
each with the sources of its words (public glossaries found with the search tool; no reply
copied into a row); the pieces they share in parsers/followup_parts.py.
"""

from __future__ import annotations

import re
from typing import Final

from parsers import head_coins
from parsers.close_share import fraction_of
from parsers.followup_events import event_kind
from parsers.followup_rows_more import ASCII_HINT, MORE_ROWS
from parsers.followup_rows_ru import RU_ROWS
from parsers.followup_rows_ru20 import RU20_ROWS
from parsers.followup_rows_ru22 import RU22_ROWS
from parsers.followup_rows_ru23 import RU23_ROWS
from parsers.followup_rows_ru31 import RU31_ROWS
from parsers.followup_rows_ru32 import RU32_ROWS
from parsers.followup_rows_ru33 import RU33_ROWS
from parsers.followup_rows_ru34 import RU34_ROWS
from parsers.followup_rows_world import WORLD_ROWS
from parsers.known_coin_words import ZH_COIN_NAMES, ZH_MAJOR_TICKERS
from parsers.models import UpdateKind
from parsers.ru_grammar import SLASH_SHARE
from parsers.update_words import FRACTION
from parsers.vocabulary import RU_COIN_NAMES

ZH_NAMES: Final = "|".join(sorted(ZH_COIN_NAMES, key=len)[::-1])
ZH_MAJORS: Final = frozenset(ZH_MAJOR_TICKERS.split("|"))

# The rows, in the order they are tried (the first whose words fit a line gives its kind).
ROWS: Final[tuple[tuple[str, str, str], ...]] = (
    RU_ROWS
    + RU20_ROWS
    + RU22_ROWS
    + RU23_ROWS
    + RU31_ROWS
    + RU32_ROWS
    + RU33_ROWS
    + RU34_ROWS
    + WORLD_ROWS
    + MORE_ROWS
)

_KIND: Final[dict[str, UpdateKind | None]] = {
    "TP": UpdateKind.TP_HIT,
    "SL": UpdateKind.SL_HIT,
    "BE": UpdateKind.MOVE_SL,
    "CLOSE": UpdateKind.CLOSE,
    "PART": UpdateKind.CLOSE_PARTIAL,
    "HALF": UpdateKind.CLOSE_PARTIAL,
    "CANCEL": UpdateKind.CANCEL,
    "NONE": None,
}

# Around the words: emoji, punctuation, spaces (no question mark); a signed gain; filler words.
_DECOR: Final = r"[^\w\n?？؟]*"
# (After emoji or a comma, in parentheses, "к депо", "от входа": "Стоп, -1%", "Тейк 2 (+35%)",
# "Цель достигнута ✅ +20%", "Стоп -1% к депо"; i13-ru20; "Стоп, минус 1%"; i13-ru31.)
_GAIN: Final = (
    r"(?:[^\w\n?？؟+\-−]{0,6}(?:[+\-−]|минус\s|плюс\s)\s?[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?(?:%|[rр](?!\w))\)?"
    r"(?:\s(?:к\s|от\s)?(?:депо\w{0,4}|депозит\w{0,2}|входа)|\sс\sплечом|\sчистыми)?)?"
)
_FILL: Final = (
    # ("я скинул 30%", "мы сняли половину", "ми фіксуємо частину": who did it; i13-ru31.)
    r"(?:я|мы|ми|уже|тут|здесь|сейчас|пока|тоже|вот\sи|друзья|ребята|красиво|отлично|идеально|ч[её]тко|по\sрынку|по\sтекущим|по\sсделке|по\sпозиции|now|here|guys|all"
    r"|ya|já|agora|ahora|şimdi|sekarang|ngay|luôn|也|了)"
)
# A remark beside the reply's words, asking nothing (i13-ru20): a greeting, a congratulation or a
# consolation ("Друзья, первая цель!", "Тейк! Поздравляю всех", "Стоп. Бывает", "Стоп, идём
# дальше", "Еще один тейк в копилку").
_REMARK: Final = (
    r"(?:поздравля\w{1,3}(?:\sвсех)?(?:\sс\s(?:профит\w{0,2}|прибыл\w{0,2}))?|бывает"
    r"|(?:ид[её]м|едем|летим|двигаемся)\sдальше|не\sповезло|ничего\sстрашного"
    r"|рынок\sнепредсказуем|жд[её]м\sследующ\w{1,3}(?:\s(?:сетап|сигнал|сделк|вход)\w{0,2})?"
    r"|всем\s(?:профита|спасибо)|отличн\w{2}\sсделка|в\sкопилку|друзья|ребята|коллеги"
    # ("К сожалению, по #ETH стоп", "#ETH — увы, выбило"; i13-ru25.)
    r"|к\sсожалению|увы|жаль"
    # ("upd: стоп -1р", "upd:тейк +1.5р": a terse trader's heading; i13-ru32.)
    r"|upd|апд|апдейт"
    # ("Да, выбило", "Ну, первая цель есть": a thread's answer heading the reply; i13-ru31.)
    r"|да|ну|так|вс[её]"
    # ("Цена ушла, не входим", "Сетап сломан, не входим": why, beside the reply.)
    r"|цена\sушла(?:\sбез\sнас)?|(?:сетап|идея)\sсломан\w?"
    # ("Стоп. Рынок развернулся", "Стоп, сетап не отработал", "Выбило. Уровень не удержали":
    # the reason of the stop, told after it; i13-ru32.)
    r"|(?:(?:рынок|цена|монета|биток|сетап|идея|сделка|уровень|пробой)\s)?(?:не\s)?(?:развернул\w{0,3}"
    r"|отработал\w{0,2}|удержал\w{0,2}|сломал\w{0,3}|пош[её]л\w{0,2}\sпротив\s(?:нас)?"
    r"|оказал\w{0,2}\sложн\w{2})|(?:пробили|сломали)\sуровень|ложный\sпробой"
    # ("Стоп, цель не дошла", "Цель не взяли, стоп": the target missed, told beside the stop.)
    r"|(?:до\s)?(?:цел[ьи]|тейк\w?)\s(?:так\s)?не\s(?:дош[её]?л\w{0,2}|взяли|достал\w{0,2})"
    # (... and Ukrainian: "Стоп. Ринок розвернувся", "сетап не відпрацював".)
    r"|(?:(?:ринок|ціна|монета|сетап|ідея|угода)\s)?(?:не\s)?(?:розвернув\w{2,3}|відпрацюва\w{1,3})"
    # ("Снял половину, остальное пусть работает": what is left kept, asking nothing; i13-ru31.)
    r"|(?:остальн\w{2}|остаток|решт\w{1,2})\s(?:держ\w{1,3}|трима\w{1,3}|оставля\w{1,3}"
    r"|пусть\s(?:работает|ид[её]т|живет|живёт)))"
)
_PREP: Final = r"(?:(?:по|on|en|em|no|di|trên|برای|على|在)\s)?"
# A forex channel's gain in pips, a line of its own ("350+ Pips", "+65 Pips 💯") or heading the
# reply's line ("+500 Pips Teilgewinne raus!"): a result, as the signed gain "+25%" (i13-gath28).
_PIPS: Final = r"(?:[+\-−]?[0-9]{1,5}\+?\s?pips?)"
_COIN: Final = (
    # (A major in Russian slang after "по": "тейк по эфиру", parsers/known_coin_words.py.)
    r"(?:(?<=по\s)(?:" + "|".join(RU_COIN_NAMES) + r")(?:[ауеы]|ом|ой)?(?!\w)"
    # (Its nickname heading the reply, "Биток первая цель", parsers/known_coin_words.py; i13-ru21.)
    r"|(?:биток|биткоин|эфириум|солана|рипл)(?!\w)"
    # (A major's Chinese name heading a Chinese reply, "以太已跑路", "大饼 止损";
    # parsers/known_coin_words.py; i13-gath27w.)
    r"|(?:" + ZH_NAMES + r")"
    r"|[#$][a-z0-9]{1,15}(?:/[a-z]{3,5})?|[a-z0-9]{1,12}\s?/\s?(?:usdt|usdc|usd|btc)"
    r"|[a-z0-9]{2,12}(?:usdt|usdc)(?:\.p)?|(?P<NAME>(?=[0-9]{0,9}[a-z])[a-z0-9]{2,10}))"
)
# (Chinese writes no space between the coin's name and the words: "以太都走了哈"; i13-gath27w.)
_SEP: Final = r"(?:\s?[-–—:|,]\s?|\s|(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff]))"
_BODY: Final = "|".join(f"(?P<r{i}>{words})" for i, (_, _, words) in enumerate(ROWS))
# A row's words with the fill words around them ("+65 pips ... stop to entry ..."): the heart of
# a reply's line, with a coin or without one.
_WORDS_CORE: Final = (
    r"(?:" + _PIPS + r"\s)?(?:" + _FILL + r"\s)*(?:" + _BODY + r")(?:\s" + _FILL + r")*"
)
_LINE: Final = re.compile(
    _DECOR
    + r"(?:"
    + _REMARK
    + r"[^\w\n?？؟]+)?(?:"
    + _PREP
    + _COIN.replace("NAME", "b1")
    + _SEP
    + r")?"
    + _WORDS_CORE
    + r"(?:"
    + _SEP
    + _PREP
    + _COIN.replace("NAME", "b2")
    + r")?"
    + _GAIN
    + r"(?:[^\w\n?？؟]+"
    + _REMARK
    + r")*"
    + _DECOR
)
# A line of a row's words with no coin (tried when _LINE took a plain word for one: "Auf BE
# setzen ✅" is "auf" as a coin, then "be", then "setzen" as a coin; i13-gath28).
_BARE_LINE: Final = re.compile(_DECOR + _WORDS_CORE + _GAIN + _DECOR)
# The other lines of a reply: the coin (with its side: "#ETHUSDT Short"), the signal's number
# ("Signal ID: #c19"), an author's tag ("[trader #c]"), a signature ("@signals_ru"), a heading
# ("UPDATE"), emoji.
_OTHER_LINE: Final = re.compile(
    _DECOR
    + r"(?:\[[^\]\n]{1,30}\]\s?)?(?:"
    # (a heading of its own, before a coin's bare word: "[trader #d] Signal ID: #d1 / #LITUSDT
    # SHORT / UPDATE / Sl на вход"; i13-ru32)
    + r"(?:update|upd|апдейт|апд|обновление)(?=[^\w\n]*$)|"
    + _COIN.replace("NAME", "b")
    + r"(?:\s(?:long|short|лонг|шорт|buy|sell))?|(?:signal|сигнал|сделка|trade)\s?(?:id|№)?\s?:?\s?"
    + r"#?[a-z0-9]{1,10}|@\w{3,32}|"
    + _PIPS
    + r")?"
    + _DECOR
)
# A share written with the word for percent ("50 درصد", "30 процентов", "50 persen").
_PERCENT_WORD: Final = re.compile(
    r"(?<![0-9.,])([0-9]{1,3})\s?(?:درصد|процент|persen|phần\străm|por\sciento|por\scento)"
)
# A share written as a fraction, "1/2", "1/3", "1/4" (parsers/ru_grammar.py).
_SLASH: Final = re.compile(SLASH_SHARE.replace("[234]", "([234])"))
# Every row that ASCII text can say holds one of these (a row added in Latin letters adds its
# word here: tests/parsers/test_world_followups.py reads each row's forms).
_ASCII_HINT: Final = re.compile(
    r"sl|s/l|stop|be|break|entr|cost|kena|encerr|sal[ií]mos|saimos|realiz|parcial|anulad|amankan"
    r"|ambil|tutup|geser|pindah|lag\sg|hit\sho|nikal|band|exit|k[aâ]r|patlad|yedik|olduk|takild"
    r"|sat[ıi]|[çc][ıi]k|yeniden|[0-9]\s?[rр](?!\w)|" + ASCII_HINT
)
_R_MULTIPLE: Final = re.compile(r"[0-9]\s?[rр](?!\w)")  # "-1R": read as a coin line
_NUMBER: Final = re.compile(r"[0-9]+(?:[.,][0-9]+)?")
_LEVELS: Final = re.compile(r"(?<![\w.,])[0-9]+(?:[.,][0-9]+)?")  # not a coin's digits, "#c19"
_WORDS: Final = 9  # a reply's line holds a few words: the coin, the row's, a filler, a gain
_LONGEST: Final = 80  # a reply's line of more characters is a sentence, not a reply


def _row(norm: str, low: str) -> str | None:
    """The kind of the row a short reply's line says in full, or None."""
    if low.count("\n") > 8 or len(_LEVELS.findall(low)) > 3:
        return None  # a signal's levels (a reply holds a share, a gain, a target's number)
    lines = [(start, line) for start, line in _lines(low) if line.strip()]
    if not lines or len(lines) > 4:
        return None
    # The lines that are more than a coin, a number or a signature: one, the reply's words (two:
    # a signal's fields, a post of sentences; read by the phrase tables or not at all). (The
    # cheap test first: the rows' pattern is tried on one line at most, "-1R" aside.)
    said: list[tuple[int, str]] = []
    for start, line in lines:
        if len(line) > _LONGEST:
            return None
        if not _other_line(norm, start, line):
            if said:
                return None
            said.append((start, line))
    for start, line in said or [(at, x) for at, x in lines if _R_MULTIPLE.search(x)]:
        if len(line.split()) > _WORDS or len(_NUMBER.findall(line)) > 2:
            return None  # a sentence, or a signal's levels on one line
        if line.isascii() and _ASCII_HINT.search(line) is None:
            return None  # none of the words of the rows that ASCII text can hold
        m: re.Match[str] | None = _LINE.fullmatch(line)
        if m is not None and not _coin_ok(norm, start, m, ("b1", "b2")):
            m = _BARE_LINE.fullmatch(line)
            if m is None:
                continue
        if m is not None:
            return next(ROWS[i][1] for i in range(len(ROWS)) if m.group(f"r{i}") is not None)
        if m is None and not line.isascii() and (kind := _clauses(norm, start, line)) is not None:
            return kind
    return None


# Where a Russian reply's line parts its clauses: "Идея отработала, цель достигнута." (i13-ru25).
_CLAUSE_END: Final = re.compile(r"(?<=[^\W\d_])[,.;!]+(?=\s|$)")
_REMARKS_ONLY: Final = re.compile(
    _DECOR + r"(?:(?:" + _FILL + r"|" + _REMARK + r")(?:[^\w\n?？؟]+|$))+" + _DECOR
)


def _clauses(norm: str, start: int, line: str) -> str | None:
    """The kind every clause of a Russian reply's line says in full, each a row's words (or a
    filler, a remark), all of one kind: "Идея отработала, цель достигнута." Never a second kind
    ("тейк взят, стоп в бу" is the phrase tables'), nor a clause that is no row."""
    kinds: set[str] = set()
    at = 0
    for cut in [*_CLAUSE_END.finditer(line), None]:
        end = len(line) if cut is None else cut.end()
        piece = line[at:end]
        if piece.strip() and _REMARKS_ONLY.fullmatch(piece) is None:
            m = _LINE.fullmatch(piece)
            if m is None or not _coin_ok(norm, start + at, m, ("b1", "b2")):
                return None
            kinds.add(next(ROWS[i][1] for i in range(len(ROWS)) if m.group(f"r{i}") is not None))
        at = end
    return kinds.pop() if len(kinds) == 1 and at > 0 else None


def _other_line(norm: str, start: int, line: str) -> bool:
    other = _OTHER_LINE.fullmatch(line)
    return other is not None and _coin_ok(norm, start, other, ("b",))


def _lines(low: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    start = 0
    for line in low.split("\n"):
        out.append((start, line))
        start += len(line) + 1
    return out


def _coin_ok(norm: str, start: int, m: re.Match[str], names: tuple[str, ...]) -> bool:
    """A coin written without a tag or its quote is one in capitals ("BTC в БУ"), not a word."""
    for name in names:
        if m.group(name) is not None:
            at = start + m.start(name)
            if at and norm[at - 1] in "#$":
                continue  # a tag, its sign read as decoration ("$CROSS")
            word = norm[at : start + m.end(name)]
            if word.lower() in ZH_MAJORS and not norm.isascii():
                continue  # a major in lower case over Chinese words ("eth 落袋吧"; i13-gath27w)
            if not word.isupper() or not head_coins.may_be_coin(word.lower()):
                return False
    return True


def short_reply(norm: str, low: str) -> tuple[UpdateKind | None, bool, float | None]:
    """A follow-up the phrase tables did not read: a short reply of the lexicon (kind, to the
    entry, share), else the forms of parsers/followup_events.py (event_kind)."""
    row = _row(norm, low) if len(low) <= 4 * _LONGEST else None
    if row is None:
        return event_kind(low), False, None
    if row == "HALF":
        return UpdateKind.CLOSE_PARTIAL, False, 0.5
    if row == "PART":
        share = FRACTION.search(low)
        if share is not None and share.group("partial"):  # "cierre parcial 50%": the number
            share = FRACTION.search(low, share.end()) or share
        fraction = fraction_of(share) if share else None
        if share is None and (slash := _SLASH.search(low)) is not None:
            fraction = 1 / int(slash.group(1))  # "продаём 1/2 позиции" (i13-ru22)
        elif share is None and (word := _PERCENT_WORD.search(low)) is not None:
            if not 0 < int(word.group(1)) <= 100:
                return event_kind(low), False, None  # "300 процентов": a gain, no share
            fraction = int(word.group(1)) / 100
        if fraction is None and share is not None and not share.group("partial"):
            return event_kind(low), False, None  # "скинул 130%": no share of a position
        return UpdateKind.CLOSE_PARTIAL, False, fraction
    return _KIND[row], row == "BE", None
