"""A forum trader's short Russian reply read clause by clause (branch i13-ru33).

A trader posting in a forum thread writes one or two short lines, each clause a report or an
instruction of its own, parted by a line break, a full stop, an ellipsis or a comma ("2🎯 / Стоп
на твх", "Фиксирую… Стоп на твх", "Тут стоп, дальше не буду", "Ещё один тейк. Остаток в бу",
"Не входим , не актуально"). The phrase tables read a clause alone, but not the reply whole: its
other clause is a remark they do not know, or a second action. This module reads each clause
alone with the follow-up reader (parsers/updates.py passes it in), or as one of the few forms
below, and joins the readings by a table of what two clauses make together:

| the clauses read | the reply |
|---|---|
| all one kind (a remark beside them) | that kind, its target's number and its coin |
| a target reached, the stop to the entry | MOVE_SL to the entry with the target's number (as "Тп1 ✅ стоп в бу"; CONVENTIONS.md, session 31: also_ok TP_HIT) |
| a close with no share, the stop to the entry | CLOSE_PARTIAL then MOVE_SL, its share unsaid (refused by the engine for it): the stop moved says a part is kept |
| a share closed, the stop moved | CLOSE_PARTIAL then MOVE_SL |

A clause that is no reading and no remark (a hedge, a condition, a question, a plan, a word
nobody listed) leaves the reply as the reader read it whole: never a guess. So does a reply
whose clauses name two coins or ask two other things.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from parsers.exit_price_ru import with_exit_price
from parsers.known_coin_words import ZH_MAJOR_TICKERS
from parsers.models import SignalUpdate, UpdateKind
from parsers.normalize import lower, normalize
from parsers.reply_plain_ru import plain_reply
from parsers.symbols import from_tag, make_symbol
from parsers.update_coin import symbol as update_symbol
from parsers.update_pair import problem as pair_problem

Reader = Callable[[str], SignalUpdate | None]

_LONGEST: Final = 160  # a reply's characters at most
_PIECES: Final = 6  # a reply's clauses at most, its heading lines and remarks counted
_READINGS: Final = 3  # ... and those that read as a follow-up
_STRUCK: Final = re.compile(r"[❌🛑⛔🚫]")
_CYRILLIC: Final = re.compile(r"[а-яё]")
# Where a clause ends: a line break, an ellipsis, a full stop, a comma or a "!" after a word
# (a space before the comma too: "Не входим , не актуально"), a target's mark glued to the next
# word ("2🎯стоп на твх"). Never inside a number ("0,55", "1.5").
_CUT: Final = re.compile(
    r"\n|…|\.{2,}|(?<=[^\W\d_])\s?[.,;!]+(?=\s|$)|(?<=[)%])\s?[.,;!]+(?=\s|$)|(?<=🎯)(?=[^\W\d_])"
    # ("Закрыл по текущим и спасибо за профит": thanks after "и", a clause of its own.)
    r"|\s(?:и|а)\s(?=(?:всем\s)?(?:спасибо|благодар))"
)
_DECOR: Final = re.compile(r"[^\w🎯+\-−%]+")
_EDGES: Final = re.compile(r"^[^\w🎯+\-−#$\[]+|[^\w🎯%)\]]+$")

# A target reached, in the forms the reader does not read alone: its number and the target's
# mark ("2🎯", "2 🎯"), the first target named with a price or a gain after it ("Первый тейк
# 0.55", "первый тейк +3%"), one more target ("Ещё один тейк", "Очередной тейк", "Взяли один
# тейк", "Вот и второй тейк").
_ORDINAL: Final = (
    ("перв", 1),
    ("втор", 2),
    ("трет", 3),
    ("четв", 4),
    ("пят", 5),
)
_TARGET: Final = re.compile(
    r"(?P<n>[1-9])\s?🎯"
    r"|(?P<ord>перв|втор|трет|четв[её]рт|пят)\w{1,3}\s(?:тейк|тэйк|тп|цель|таргет)"
    r"(?:\s(?:взят|есть|готов)\w{0,2})?\s[+]?[0-9]+(?:[.,][0-9]+)?\s?%?"
    # ("Плюс один тейк", "+1 тейк": one more target; i13-ru34.)
    r"|(?:(?:ещ[её]|вот\sи|и|взяли|забрали|есть|плюс|\+)\s?)?(?:ещ[её]\s)?(?:один|очередной)\s"
    r"(?:тейк|тэйк|тп|цель|таргет)(?:\s(?:взят|есть|готов)\w{0,2})?"
    # ("2 таргет", "Таргет 2 здесь", "Первый таргет взят": the target's other word.)
    r"|(?:(?P<n2>[1-9])\s?-?(?:й|ой|ый|ий)?\s)?таргет(?:\s?(?P<n3>[1-9]))?"
    r"(?:\s(?:взят|есть|готов|здесь|тут)\w{0,2})?"
    r"|(?P<ord2>перв|втор|трет|четв[её]рт|пят)\w{1,3}\sтаргет(?:\s(?:взят|есть|готов|здесь|тут)\w{0,2})?"
)
# The stop to the entry said of what is left, the position or "now", and the stop put on the
# entry said after it ("Остаток в бу", "Позиция в б/у", "Сейчас в Б/У стоим", "в бу перевёл").
_TO_ENTRY: Final = re.compile(
    r"(?:(?:остаток|остальн\w{2}|позици\w{1,2}|сделк\w|сейчас|уже|вс[её])\s)?"
    r"(?:в|на)\s(?:бу|б/у|б\.у\.?|безубыт\w{0,3}|твх|т\.\s?вх\.?|точку\sвхода)"
    r"(?:\s(?:перев[её]л\w{0,2}|переведен\w{0,2}|перен[её]с\w{0,2}|перенесен\w{0,2}|поставил\w{0,2}"
    r"|переставил\w{0,2}|стоим|стоит|стоят|стоп\w{0,2}|держим|сидим"
    # ("Сейчас в Б/У позиция", "Остальные в бу": what stands at the entry said after it; i13-ru34)
    r"|позици\w{1,2}|сделк\w|остаток|остальн\w{2}))?"
)
# The stop to a target named by its number, no level said ("стоп на первой цели", "Стоп на
# тп2"): a move the bot cannot make, shown with its reason (as "Стоп переносим на первый тейк").
_TO_TARGET: Final = re.compile(
    r"(?:стоп\w{0,3}|sl|сл)\s(?:на|к)\s(?:уровень\s|уровне\s)?"
    r"(?:(?P<ord>перв|втор|трет|четв[её]рт)\w{1,3}\s(?:тейк\w{0,2}|цел\w{0,2}|тп)"
    r"|(?:тейк\w{0,2}|цел\w{0,2}|тп)\s?(?P<n>[1-9]))"
)
# A target's report told done on the clause after it ("2-й тейк / Есть ✔️").
_DONE: Final = re.compile(r"(?:есть|взят\w{0,2}|взяли|готов\w{0,2}|забрали|отработал\w{0,2})")
# A verb of the stop's move alone, its object the next clause ("Переношу… Стоп на твх").
_MOVE_VERB: Final = re.compile(
    r"(?:перенош\w{1,2}|перенос\w{1,3}|перевож\w{1,2}|перевод\w{1,3}|двига\w{1,3}|подтягива\w{1,3}"
    r"|ставл\w{1,3}|став\w{1,3})"
)
# A remark asking nothing: a heading word, the trader's "I won't go on" after a stop, the
# market's move as the reason, the gain of the close, waiting for the
# next setup.
_REMARK: Final = re.compile(
    r"(?:итак|так|ну|ок|окей|вс[её]|друзья|ребята|коллеги|upd|апд|апдейт|увы|к\sсожалению|жаль"
    r"|бывает|ид[её]м\sдальше|ед[её]м\sдальше|не\sуспел\w{0,2}|не\sдождал\w{1,3})"
    # ("Тут стоп, рисковать не буду": what the trader won't do next, never a close's verb.)
    r"|(?!закр|фикс|выход|выйти|выхож|отмен|сним|снят|убир)[а-яё]{3,16}(?:ть|ти|ться)\sне\s(?:буду|будем)"
    r"|(?:(?:дальше|больше|тут|здесь|пока)\s)?(?:не\sбуду|не\sбудем)"
    r"(?:\s(?:пере)?(?:заходить|входить|держать|ждать|усредн\w{2,4}|добирать|продолжать))?"
    r"|(?:(?:пере)?(?:заходить|входить)|держать|ждать|усредн\w{2,4}|добирать)\sне\s(?:буду|будем)"
    # ("рынок слишком слабый", "цена улетела": the market, a few words on it, no action's word.)
    r"|(?:рынок|цена|монета|биток|битко\w{2,3})(?!(?:\s[а-яё]{1,16}){0,5}\s(?:закр|фикс|стоп|вход|выход"
    r"|тейк|перенос|перев|отмен|держ|добир|усредн|бу(?!\w)))(?:\s[а-яё]{1,16}){1,6}"
    # ("На сегодня всё": the day's last word; "кто не закрыл уже даже больше": the gain since,
    # for whoever held on; i13-ru34.)
    r"|на\sсегодня\s(?:вс[её]|хватит|закончили)"
    # ("Тут стоп, ушли в минус", "минус в копилку", "всё в рамках риска": the stop's result.)
    r"|(?:ушли|уш[её]л|ушла|вышли|ид[её]м)\sв\sминус|минус\sв\sкопилку|(?:вс[её]\s)?в\sрамках\sриска"
    r"|такое\sбывает"
    # ("Не входим, цену не дали", "не дошли", "не налили": why the entry is off.)
    r"|(?:цен[уа]\s)?не\s(?:дал[аи]?(?:\sцену|\sвход)?|дош[её]?л[аи]?|налил[аи]?|получилось)"
    r"|кто\s(?:ещ[её]\s)?не\s[а-яё]{3,16}(?:\s(?:уже|даже|ещ[её]|там|тут))*"
    r"\s(?:больше|выше|ниже|лучше|в\sплюсе|в\sпрофите)"
    r"|не\sинтересно|жд[её]м\s(?:откат\w{0,2}|ретест\w{0,2}|коррекци\w{1,2})"
    r"|(?:рынок|цена|монета|биток|битко\w{2,3}|сетап|идея|уровень)\s(?:не\s)?"
    r"(?:развернул\w{0,3}|пош[её]л\w{0,2}|ушл\w{1,2}|уш[её]л|упал\w{0,2}|вырос\w{0,2}|отработал\w{0,2}"
    r"|сломал\w{0,3}|пробил\w{0,2})(?:\s(?:вниз|вверх|выше|ниже|против\sнас|без\sнас))?"
    r"|(?:в\s)?[+]\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%(?:\sпо\sтекущим)?"
    r"|жд[её]м|наблюдаем|смотрим|жд[её]м\sследующ\w{1,3}(?:\s(?:сетап|сигнал|сделк|вход)\w{0,2})?"
)


# A clause read alone would lose what makes the reply no instruction: a clause of a sentence
# ("что", "если", "когда", "чтобы"), a hedge or a plan ("может", "можно", "надо", "потом",
# "завтра", "бы"); a negation beside anything but a cancel ("стоп не переносим").
_DOUBT: Final = re.compile(
    r"(?<![\w])(?:что|чтобы|если|когда|как|пока\sне\s(?!входим|заходим)|после|потом|завтра|вечером"
    r"|может|можно|можете|надо|нужно|стоит|бы|хотел\w{0,2}|наверное|думаю|план\w{0,3})(?!\w)"
)
_NOT: Final = re.compile(r"(?<!\w)(?:не|нет|ни)(?!\w)")


# The share of one target closed ("Закрыл один тейк", "Фиксирую ещё один тп"): a part.
_ONE_TARGET: Final = re.compile(
    r"(?<!\w)(?:закр[ыо]\w{1,5}|(?:за)?фикс\w{0,8}|скин\w{1,4})\s(?:ещ[её]\s)?один\s"
    r"(?:тейк|тэйк|тп|таргет|цель)(?!\w)"
)
_THANKS: Final = re.compile(
    r"(?:всем\s)?(?:спасибо|благодарю)(?:\sвсем)?(?:\sза\s(?:профит\w{0,2}|прибыл\w{0,2}|сделк\w{0,2}))?"
)


# The post's heading lines: the coin (its side), the author's tag, the signal's number.
_HEAD: Final = re.compile(
    r"(?:\[?[^\]\n]{1,30}\]\s?)?(?:(?:signal|сигнал)(?:\sid)?\s?:?\s?#?[a-z0-9]{1,10})?"
    r"|(?:[#$][a-z0-9]{1,15}(?:/[a-z]{3,5})?|[a-z0-9]{1,12}/(?:usdt|usdc|usd|btc)|[a-z0-9]{2,12}usdt)"
    r"(?:\.p)?"
    r"(?:\s(?:long|short|лонг|шорт))?"
)


_TICKER: Final = re.compile(
    r"[A-Z][A-Z0-9]{1,9}(?:\s(?:LONG|SHORT|Long|Short|Лонг|Шорт|ЛОНГ|ШОРТ))?"
)


def _index(m: re.Match[str]) -> int | None:
    groups = m.groupdict()
    n = groups.get("n") or groups.get("n2") or groups.get("n3")
    if n is not None:
        return int(n)
    ordinal = groups.get("ord") or groups.get("ord2")
    if ordinal is None:
        return None
    return next((i for stem, i in _ORDINAL if ordinal.startswith(stem)), None)


def _clauses(norm: str) -> list[str]:
    """The reply's clauses, their marks at the edges trimmed; the empty ones dropped."""
    out: list[str] = []
    at = 0
    for cut in [*_CUT.finditer(norm), None]:
        end = len(norm) if cut is None else cut.start()
        piece = _EDGES.sub("", norm[at:end])
        if piece and _DECOR.fullmatch(piece) is None:
            out.append(piece)
        at = len(norm) if cut is None else cut.end()
    return out


def _own(low: str) -> SignalUpdate | None:
    """A clause in one of this module's forms, read, or None."""
    if (m := _TARGET.fullmatch(low)) is not None:
        return SignalUpdate(kind=UpdateKind.TP_HIT, tp_index=_index(m))
    if _TO_ENTRY.fullmatch(low) is not None:
        return SignalUpdate(kind=UpdateKind.MOVE_SL, to_entry=True)
    if (m := _TO_TARGET.fullmatch(low)) is not None:
        return SignalUpdate(
            kind=UpdateKind.MOVE_SL,
            tp_index=_index(m),
            problem="it moves the stop, but gives no price to move it to",  # updates.NO_STOP_LEVEL
        )
    return None


def reread(text: str, found: SignalUpdate | None, read: Reader) -> SignalUpdate | None:
    """The reply read clause by clause when its clauses say more than the reader read whole
    (nothing, or a close or a stop move beside which a close keeps a part), else found; a close
    given the price its post says it was done at (parsers/exit_price_ru.py)."""
    if found is None and text:
        plain = plain_reply(text)
        if plain != text:  # ("2 тейк / 🟢[Bybit](https://...)", "Signal ID: #с9" in Cyrillic)
            text, found = plain, read(plain)
    return with_exit_price(_reread(text, found, read), text)


def _reread(text: str, found: SignalUpdate | None, read: Reader) -> SignalUpdate | None:
    if found is None and _STRUCK.search(text) is None and (stop := _coin_stop(text)) is not None:
        return stop  # "Sl Xrp 0.55", "Xrp Sl 0.55"
    if found is not None and found.kind not in (UpdateKind.CLOSE, UpdateKind.MOVE_SL):
        return found
    if not text or len(text) > _LONGEST or "?" in text or _STRUCK.search(text) is not None:
        return found  # ("Стоп 0.45 ❌", "Стоп в бу ❌": a level struck out or hit; read whole)
    norm = normalize(text)
    low = lower(norm)
    if (_CYRILLIC.search(low) is None and "🎯" not in low) or low.count("\n") > 3:
        return found
    if found is not None and found.kind is UpdateKind.CLOSE and _ONE_TARGET.search(low):
        # "Закрыл один тейк": the share of one target closed, never all of it (was a close)
        return replace(found, kind=UpdateKind.CLOSE_PARTIAL, fraction=None)
    joined = _by_clauses(norm, found, read, _CYRILLIC.search(low) is None)
    if found is not None and (joined is None or joined.kind is not UpdateKind.CLOSE_PARTIAL):
        # (a close or a stop move read whole is changed only into the part a close keeps beside
        # the stop move; its coin, written last, is read: "Стоп на твх Eth")
        return found if found.symbol is not None else replace(found, symbol=_last_coin(low))
    if joined is None:
        return None
    return replace(joined, symbol=joined.symbol or _last_coin(low), raw_text=text)


def _by_clauses(
    norm: str, found: SignalUpdate | None, read: Reader, latin: bool
) -> SignalUpdate | None:
    """What the reply's clauses say, each read alone, together; None when a clause is neither
    a reading nor a remark, or the readings make nothing together. (latin: a reply in no
    Cyrillic is read here only when it is the target's number and mark, "#SOL / 2🎯": "plan 🎯
    once TP2 is hit, move SL to entry" is English the phrase tables read whole.)"""
    pieces = _clauses(norm)
    if not pieces or len(pieces) > _PIECES or (found is not None and len(pieces) < 2):
        return None
    readings: list[SignalUpdate] = []
    bare: list[str] = []  # the clauses that are a verb or a "done" word alone
    for i, piece in enumerate(pieces):
        said = lower(piece)
        if latin and _HEAD.fullmatch(said) is None and _TICKER.fullmatch(piece) is None:
            if _TARGET.fullmatch(said) is None:
                return None
        if _REMARK.fullmatch(said) is not None or (i > 0 and _THANKS.fullmatch(said) is not None):
            continue
        if _HEAD.fullmatch(said) is not None or _TICKER.fullmatch(piece) is not None:
            continue  # ("#SOL", "[trader #A] Signal #a2", "#SOLUSDT Лонг": the post's heading)  # (thanks heading the reply are a member's: "Спасибо, закрыл с профитом!")
        if _DONE.fullmatch(said) is not None or _MOVE_VERB.fullmatch(said) is not None:
            bare.append(said)
            continue
        if _DOUBT.search(said) is not None:
            return None  # ("Жаль, что не зафиксировал", "если пробьём", "можно стоп в бу")
        got = _own(said) or read(piece)
        if got is None or (got.kind is not UpdateKind.CANCEL and _NOT.search(said) is not None):
            return None  # ("Не входим" is a cancel; "стоп не переносим" no move)
        readings.append(got)
        if len(readings) > _READINGS:
            return None  # (a reply says one or two things; more is a report of a trade's story)
    joined = _join(readings, bare)
    coins = {r.symbol for r in readings if r.symbol is not None}
    if joined is None or len(coins) > 1:
        return None
    return replace(joined, symbol=next(iter(coins), None) or update_symbol(norm, lower(norm)))


# A major's ticker in any case as the reply's last word ("Стоп на твх Eth"), as forum replies
# write it (parsers/known_coin_words.ru_ticker_coin reads it after "по" or heading the reply).
_LAST_COIN: Final = re.compile(r"(?<![\w#$/])(" + ZH_MAJOR_TICKERS + r")[^\w\n]*$")
_ANY_MAJOR: Final = re.compile(r"(?<![\w#$/])(?:" + ZH_MAJOR_TICKERS + r")(?![\w/])")


def _last_coin(low: str) -> str | None:
    m = _LAST_COIN.search(low)
    if m is None or len(_ANY_MAJOR.findall(low)) > 1:
        return None
    return make_symbol(m.group(1).upper())


# A stop and its level with the coin's ticker before or after the stop word, the whole reply
# ("Sl Xrp 0.55", "Xrp Sl 0.55", "#XRP стоп 0.55"): the stop of that coin's trade moved there,
# as a bare "SL 0.55" moves the replied trade's (parsers/bare_stop.py; session 21's ruling).
_COIN_STOP: Final = re.compile(
    r"[^\w\n#$]{0,3}(?:[#$]?(?P<a>[a-z0-9]{2,12})\s)?(?:sl|стоп|сл|stop)(?:[\s-]?(?:loss|лосс))?\s?[:=\-–]?\s?"
    r"(?:[#$]?(?P<b>[a-z0-9]{1,12}[a-z][a-z0-9]{0,11})\s?[:=\-–]?\s?)?"
    r"\$?(?P<price>[0-9]+(?:[.,][0-9]+)?)\$?[^\w\n%]{0,4}"
)


def _coin_stop(text: str) -> SignalUpdate | None:
    if len(text) > _COIN_STOP_LONGEST or "\n" in text.strip():
        return None
    low = lower(normalize(text)).strip()
    m = _COIN_STOP.fullmatch(low)
    if m is None or (m.group("a") is None) == (m.group("b") is None):
        return None
    word = m.group("a") or m.group("b") or ""
    tagged = from_tag(low) if "#" in low or "$" in low else None
    if tagged is None and _MAJOR.fullmatch(word) is None:
        return None  # (a listed major written bare, or a tagged ticker)
    price = float(m.group("price").replace(",", "."))
    if price <= 0:
        return None
    return SignalUpdate(
        kind=UpdateKind.MOVE_SL, symbol=make_symbol(word), price=price, raw_text=text
    )


_COIN_STOP_LONGEST: Final = 40
_MAJOR: Final = re.compile(ZH_MAJOR_TICKERS)


def _join(readings: list[SignalUpdate], bare: list[str]) -> SignalUpdate | None:
    """What the clauses' readings make together (the table in the docstring), or None."""
    kinds = {r.kind for r in readings}
    if not readings or any(r.then is not None for r in readings):
        return None
    if any(_DONE.fullmatch(b) for b in bare) and UpdateKind.TP_HIT not in kinds:
        return None  # ("Есть" beside no target: what is there?)
    if any(_MOVE_VERB.fullmatch(b) for b in bare) and UpdateKind.MOVE_SL not in kinds:
        return None
    targets = [r.tp_index for r in readings if r.tp_index is not None]
    index = max(targets) if targets else None
    if len(kinds) == 1:
        first = readings[0]
        if first.kind in (UpdateKind.MOVE_SL, UpdateKind.CLOSE_PARTIAL):
            if len({(r.price, r.to_entry, r.fraction) for r in readings}) > 1:
                return None  # two levels, two shares: which?
        return replace(first, tp_index=index if first.kind is UpdateKind.TP_HIT else first.tp_index)
    moves = [r for r in readings if r.kind is UpdateKind.MOVE_SL]
    others = [r for r in readings if r.kind is not UpdateKind.MOVE_SL]
    if len(kinds) != 2 or len(moves) != 1 or moves[0].problem is not None:
        return None
    move = moves[0]
    other = {r.kind for r in others}
    if other == {UpdateKind.TP_HIT} and move.to_entry:
        return replace(move, tp_index=index)
    if other == {UpdateKind.CLOSE} and move.to_entry and len(others) == 1:
        return SignalUpdate(
            kind=UpdateKind.CLOSE_PARTIAL,
            to_entry=True,
            then=UpdateKind.MOVE_SL,
            problem=pair_problem(None, None, True),
        )
    if other == {UpdateKind.CLOSE_PARTIAL} and len(others) == 1:
        part = others[0]
        return SignalUpdate(
            kind=UpdateKind.CLOSE_PARTIAL,
            fraction=part.fraction,
            price=move.price,
            to_entry=move.to_entry,
            then=UpdateKind.MOVE_SL,
            problem=pair_problem(part.fraction, move.price, move.to_entry),
        )
    return None
