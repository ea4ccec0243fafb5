"""The follow-up family of tests/parsers/mutations.py (issue 13, session 13): for the coin and the
targets of each dev signal, a follow-up in one of the forms signal tools and channels post, and
a post that uses the same words but must not act.

- ``followup``: a target hit, a stop hit, a close, a partial close, a stop moved to the entry
  or a cancel, in a form drawn from FORMS (each form's source is named beside it: Cornix's
  channel auto-posts, other bots' templates, the shapes channels write by hand, the ordinals of
  the 16 languages of tests/parsers/lexicon_words.py). Read as that kind, coin, target number
  and share is right; no reading, or a target hit read with another number, a miss; read as a
  trade, another action, or the action for another coin or share is wrong.
- ``followup_not``: a review, a recap, a lesson, news, a PnL card, a question or a conditional
  instruction ("if TP1 hits, move SL to entry") with the coin and the follow-up's words: any
  action (a close, a partial close, a cancel, a stop moved, a stop hit, which closes) or a trade
  is wrong; no reading, or a target hit (which only informs), is right.

What each must give comes from the form and the dev signal's hand-checked coin, never from the
parser. A generator of its own (mutations.py), so the older families draw as before.
"""

from __future__ import annotations

import random
from typing import Any

from parsers import EnhancedParser, SignalUpdate
from tests.parsers.mutations_lexicon import pair

FOLLOW, NOT = "followup", "followup_not"
RIGHT, MISSED, WRONG = "right", "missed", "wrong_trade"
# Kinds that act on a position (SL_HIT closes it: engine/domain/follow_up.py CLOSES).
ACTS = frozenset({"CLOSE", "CLOSE_PARTIAL", "CANCEL", "MOVE_SL", "SL_HIT"})

# Ordinals by language for "the n-th target" (n = 1..5): each language's own words.
ORDINAL_FORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "en": ("{o} target hit ✅", ("First", "Second", "Third", "Fourth", "Fifth")),
    "en2": ("target {o} reached", ("one", "two", "three", "four", "five")),
    "es": ("{o} objetivo alcanzado ✅", ("Primer", "Segundo", "Tercer", "Cuarto", "Quinto")),
    "pt": ("{o} alvo atingido ✅", ("Primeiro", "Segundo", "Terceiro", "Quarto", "Quinto")),
    "it": ("{o} obiettivo raggiunto ✅", ("Primo", "Secondo", "Terzo", "Quarto", "Quinto")),
    "fr": (
        "{o} objectif atteint ✅",
        ("Premier", "Deuxième", "Troisième", "Quatrième", "Cinquième"),
    ),
    "de": ("{o} Ziel erreicht ✅", ("Erstes", "Zweites", "Drittes", "Viertes", "Fünftes")),
    "tr": ("{o} hedef ✅", ("Birinci", "İkinci", "Üçüncü", "Dördüncü", "Beşinci")),
    "id": ("Target {o} tercapai ✅", ("pertama", "kedua", "ketiga", "keempat", "kelima")),
    "vi": ("Mục tiêu thứ {n} ✅", ("",) * 5),
    "fa": ("تارگت {o} خورد", ("اول", "دوم", "سوم", "چهارم", "پنجم")),
    "hi": ("{o} टारगेट हिट ✅", ("पहला", "दूसरा", "तीसरा", "चौथा", "पांचवां")),
    "ko": ("{o} 목표 달성 ✅", ("첫 번째", "두 번째", "세 번째", "네 번째", "다섯 번째")),
    "zh": ("第{o}目标达成 ✅", ("一", "二", "三", "四", "五")),
    "ja": ("第{n}目標 達成 ✅", ("",) * 5),
    "ru": ("{o} цель взята ✅", ("Первая", "Вторая", "Третья", "Четвертая", "Пятая")),
    "ar": ("تم تحقيق الهدف {o} ✅", ("الأول", "الثاني", "الثالث", "الرابع", "الخامس")),
}
_NTH = ("1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th")

# (form, where it comes from). {c}: the coin as channels tag it; {n}: the target; {p}: a gain or
# loss; {m}: minutes; {x}: an exchange line; {k}: a trade number.
TP_FORMS: tuple[tuple[str, str], ...] = (
    (
        "{x}\n{c} Take-Profit target {n} ✅\nProfit: {p}% 📈\nPeriod: {h} Hours {m} Minutes ⏰",
        "Cornix",
    ),
    ("{c}\nTarget Touch {n}\nProfit: {p}%\nPeriod: {m} Minutes", "auto-poster"),
    ("{c} UPDATE:\nTarget {n} done nicely✔️\nSo far {p}% Profits with 10x leverage🤑", "hand"),
    ("{c} TP{n} ✅", "hand"),
    ("{c} T{n} hit 🔥", "hand"),
    ("{c} 🎯{n} ✅", "hand"),
    ("{c} {nth} target done", "hand"),
    ("{c}\nhit {nth} target 💰 +{p}%", "hand"),
    ("{c} {ladder}✅", "hand: a ladder of target emoji"),
    ("{c}\n{ticks}", "hand: TP1 ✔️ TP2 ✔️"),
    ("{c} {count}/{total} targets hit", "hand"),
    ("{c} +{p}% 🚀 ({count} targets)", "hand"),
    ("{c} {ordinal}", "ordinals of 16 languages"),
    # (i13-updates17: the sources are in tests/parsers/test_documented_followups.py.)
    (
        "{c} - 🚨 Target {n} reached\n💸 Profit collected {p}%\n⏰ Posted: {h} hr {m} min Ago",
        "filter",
    ),
    ("🎯 Target {n} Reached!\n🔹 Symbol: {c}\n🔹 Price: {lvl}", "alert bot"),
    ("{c} - Target Hit {n}", "hand"),
    ("{c} (TP{n}) +{p}%", "hand"),
    ("{c} 🟢 TP{n} 📈 +{p}%", "hand"),
)
SL_FORMS: tuple[tuple[str, str], ...] = (
    ("{x}\n{c} Stoploss ⛔️\nLoss: {p}% 📉", "Cornix"),
    ("{c} Stop Target Hit ⛔\nLoss: {p}% 📉", "Altsignals auto-post"),
    ("{x}\n{c} Closed at stoploss after reaching take profit ⚠️", "Cornix"),
    ("STOP TARGET HIT\n\nPAIR: {c} #{k}\n\nLOSS: -{p}%", "bot template"),
    ("{c} SL hit ❌ -{p}%", "hand"),
    ("{c} stopped out", "hand"),
    ("{c} 🛑 stopped at {lvl} (-{p}%)", "hand"),
    ("{c} got stopped ❌", "hand"),
)
CLOSE_FORMS: tuple[tuple[str, str], ...] = (
    ("{c} Closed manually ✅ +{p}%", "hand"),
    ("{c} closed in profit +{p}%", "hand"),
    ("Close {c} now", "hand"),
    ("{c} trade closed", "hand"),
    ("{c} - Closed! 🔘\nTrade closed with {p}% profit.", "filter"),
    ("{c}\nStatus: Closed - Profit", "fxpesa statuses"),
    ("{c}\nStatus: Closed - Loss", "fxpesa statuses"),
    ("{c} Closed with loss -{p}%", "hand: a loss, no share"),
    ("{c} closed -{p}%", "hand: a loss, no share"),
    ("{c} Take profit now", "hand"),
    ("{c} I'm out of this one", "hand"),
    ("{c} short closed ✅ +{p}%", "hand"),
    ("{c} cut loss", "hand"),
)
CANCEL_FORMS: tuple[tuple[str, str], ...] = (
    ("{x}\n{c} Cancelled ❌\nTarget achieved before entering the entry zone", "Cornix"),
    ("{c} Manually Cancelled", "Altsignals auto-post"),
    ("PAIR: {c} #{k} CANCELED\n\nEntry was not reached", "bot template"),
    ("{c} signal invalid", "hand"),
    ("{c} not triggered, cancel it", "hand"),
    ("{c} Signal invalidated ❌", "hand"),
    ("{c} pending order removed", "hand"),
    ("{c}: disregard this signal", "hand"),
)
MOVE_FORMS: tuple[tuple[str, str], ...] = (
    ("{c} move SL to BE", "hand"),
    ("{c} SL moved to entry ✅", "hand"),
    ("{c} TP1 ✅ move stop to breakeven", "hand"),
)
PART_FORMS: tuple[tuple[str, str], ...] = (
    ("{c} book {s}% profit", "hand"),
    ("{c} close {s}% now", "hand"),
    ("{c} secure {s}% profits", "hand"),
    ("{c} sell {s}%", "hand"),
    ("{c} sold {s}% of the position", "hand"),
)
# Same words, no action now.
NOT_FORMS: tuple[tuple[str, str], ...] = (
    ("Last week we closed {q} trades in profit, {c} among them", "recap"),
    ("How to move your stop to entry: a lesson (example: {c})", "lesson"),
    ("{b} closed the day above {lvl}", "news"),
    ("Should I close {c}?", "question"),
    ("If TP1 hits on {c}, move SL to entry", "condition"),
    ("Once {c} reaches the second target, book 50% profit", "condition"),
    ("Weekly recap: {c} TP1 hit, others stopped out, 8 wins 2 losses", "recap"),
    ("{c} LONG 20x\nPNL +{p}%\nROI {p}%\nEntry price {lvl}", "PnL card"),
    ("Why do we cancel signals? A thread", "lesson"),
    ("Do you close {c} at TP1 or hold?", "question"),
    ("{c}: not closing yet, holding for TP3", "instruction not to act"),
    ("Monthly results: {q} signals, {c} +{p}%", "recap"),
    ("{c} sell {s}% at {lvl}", "a plan at a price"),
    ("Yesterday we sold half of {c}", "recap"),
    ("Should we take profit now on {c}?", "question"),
    ("{c} Status: Expired", "fxpesa statuses"),
    ("Price of {c} stopped at {lvl} and bounced", "chatter"),
    ("{c} closing soon", "a plan"),
    ("{c} cancel TP{n}", "one target, not the signal"),
    ("{c} cancel the remaining targets", "one order, not the signal"),
    ("{c} close at TP{n}", "a plan at a target"),
    ("{c} TP1 (+{p}%) TP2 (+{q}%)", "targets as distances"),
)

# Russian and Ukrainian follow-ups in trader slang (issue 13, session 13, branch i13-ru14): the
# families followup_ru / followup_ru_not, drawn by a generator of their own (the families above
# draw as before). The words are the slang of the public glossaries cited in
# parsers/update_words_world.py (bitkogan.com's "Словарь биржевого сленга", gerchikco-trading.com's
# guide to traders' slang, gate.tv/uk's crypto-wiki on TP/SL) and of the Russian channels of the
# dev corpus; the grammar varies (verb persons and tenses, cases, gender of the ordinal).
# {o}: an ordinal for the target, in the gender {g} the noun asks ("первая цель", "первый тейк").
RU_ORDINALS: dict[str, tuple[str, ...]] = {
    "f": ("первая", "вторая", "третья", "четвертая", "пятая"),
    "m": ("первый", "второй", "третий", "четвертый", "пятый"),
    "acc_m": ("первый", "второй", "третий", "четвертый", "пятый"),
    "acc_f": ("первую", "вторую", "третью", "четвертую", "пятую"),
    "uk_f": ("перша", "друга", "третя", "четверта", "пʼята"),
}
RU_FORMS: dict[str, tuple[str, ...]] = {
    "TP_HIT": (
        "{c} тейк {n} ✅",
        "{c} тэйк {n} взят",
        "{c} цель {n} достигнута",
        "{c} цель {n} отработала 🔥",
        "{c} {n} тейк ✅ +{p}%",
        "{c} {o:f} цель взята",
        "{c} {o:m} тейк ✅",
        "По {b} взяли {o:acc_m} тейк",
        "{c} забрали {o:acc_f} цель 💰",
        "{c} ціль {n} досягнута",
        "{c} {o:uk_f} ціль ✅",
    ),
    "SL_HIT": (
        "{c} стоп",
        "{c} стопнуло",
        "{c} выбило по стопу",
        "{c} словили стоп ❌",
        "{c} закрылись по стопу",
        "{c} сработал стоп-лосс",
        "{c} вибило по стопу",
    ),
    "MOVE_SL": (
        "{c} стоп в БУ",
        "{c} переносим стоп в безубыток",
        "{c} стоп переносим на точку входа",
        "{c} перевёл стоп в б/у ✅",
        "{c} стоп в беззбиток",
    ),
    "CLOSE": (
        "{c} закрываем",
        "{c} закрыл +{p}%",
        "{c} фиксируем прибыль",
        "{c} фикс",
        "{c} выходим из сделки",
        "По {b} закрываем сделку",
        "{c} закрываемся по рынку",
        "{c} закриваємо",
    ),
    "PART": (
        "{c} фиксируем {s}%",
        "{c} фикс {s}%",
        "{c} закрываем {s}% позиции",
        "{c} фіксуємо {s}%",
    ),
    "CANCEL": (
        "{c} отмена",
        "{c} отменяем",
        "{c} не актуально",
        "{c} сигнал отменён",
        "{c} не зашли, отменяем",
        "{c} сигнал скасовано",
    ),
}
RU_NOT_FORMS: tuple[str, ...] = (
    "{b} закрыл день выше {lvl}",
    "Вчера закрыли {q} сделок в плюс, {c} среди них",
    "{c} закрывать?",
    "Если {c} дойдёт до {lvl} — фиксируем",
    "Как переносить стоп в безубыток (пример: {c})",
    "Стоит ли фиксировать {c} сейчас?",
    "Итоги недели: {q} сделок, {c} +{p}%",
    "Когда {c} дойдёт до первой цели, стоп в бу",
)
FOLLOW_RU, NOT_RU = "followup_ru", "followup_ru_not"


def _ru_fill(form: str, n: int) -> str:
    """The ordinal placeholders ({o:f}, {o:m} ...) written out for target n."""
    for gender, words in RU_ORDINALS.items():
        form = form.replace("{o:" + gender + "}", words[n - 1])
    return form


def _expect(kind: str, symbol: str, n: int, share: int) -> dict[str, Any]:
    """The reading a written follow-up must give (PART: a close of share %)."""
    expect: dict[str, Any] = {"kind": kind, "symbol": symbol}
    if kind == "TP_HIT":
        expect["tp_index"] = n
    elif kind == "MOVE_SL":
        expect["to_entry"] = True
    elif kind == "PART":
        expect["kind"] = "CLOSE_PARTIAL"
        expect["fraction"] = share / 100
    return expect


def russian_followups(seed: int) -> list[tuple[str, str, str, dict[str, Any], str]]:
    """For tests/parsers/mutations.py: for each dev signal one Russian or Ukrainian follow-up
    and one Russian post with its words that must not act (a generator of its own)."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 32452843 + 7)
    out: list[tuple[str, str, str, dict[str, Any], str]] = []
    for case in signal_cases():
        want = case.expect["signal"]
        total = max(1, min(len(want["take_profits"]), 5))
        n = rng.randint(1, total)
        kind = rng.choice(sorted(RU_FORMS))
        form = _ru_fill(rng.choice(RU_FORMS[kind]), n)
        if not want["symbol"].endswith("USDT"):
            form = form.replace("{b}", "{c}")  # ("По LRCBTC": a bare pair of another quote)
        share = rng.choice((25, 30, 50, 70))
        expect = _expect(kind, want["symbol"], n, share)
        out.append((case.id, FOLLOW_RU, _fill(rng, form, want, n, total, share), expect, FOLLOW))
        form = rng.choice(RU_NOT_FORMS)
        out.append((case.id, NOT_RU, _fill(rng, form, want, n, total), {}, NOT))
    return out


EXCHANGES = ("Binance Futures, Bitget Futures", "ByBit USDT", "Binance Futures", "OKX")


def _fill(
    rng: random.Random, form: str, want: dict[str, Any], n: int, total: int, share: int = 50
) -> str:
    symbol = want["symbol"]
    base = symbol[:-4] if symbol.endswith("USDT") and len(symbol) > 4 else symbol
    tags = (pair(symbol), f"#{base}", f"{base}/USDT", f"${base}", f"#{symbol}")
    if not symbol.endswith("USDT"):
        tags = (pair(symbol),)  # ("#DOGE/BTC": a coin quoted in another coin keeps its quote)
    lang = rng.choice(sorted(ORDINAL_FORMS))
    ordinal_form, words = ORDINAL_FORMS[lang]
    level = want["entries"][0] if want["entries"] else 100
    return form.format(
        c=rng.choice(tags),
        b=base,
        n=n,
        nth=_NTH[n - 1],
        p=rng.choice(("12.5", "25", "44.4719", "8", "133.3")),
        h=rng.randint(1, 9),
        m=rng.randint(1, 59),
        x=rng.choice(EXCHANGES),
        k=rng.randint(1000, 9999),
        ladder="🎯" * n,
        ticks=rng.choice((" ", "\n")).join(f"TP{i} ✔️" for i in range(1, n + 1)),
        count=n,
        total=total,
        ordinal=ordinal_form.format(o=words[n - 1], n=n),
        s=share,
        q=rng.randint(5, 40),
        lvl=level,
    )


def followups(seed: int) -> list[tuple[str, str, str, dict[str, Any], str]]:
    """For tests/parsers/mutations.py: for each dev signal one follow-up and one post that must
    not act, as (case id, family, text, reading, must)."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 15485867 + 5)
    out: list[tuple[str, str, str, dict[str, Any], str]] = []
    for case in signal_cases():
        want = case.expect["signal"]
        total = max(1, min(len(want["take_profits"]), 5))
        n = rng.randint(1, total)
        kind = rng.choice(("TP_HIT", "TP_HIT", "SL_HIT", "CLOSE", "CANCEL", "MOVE_SL", "PART"))
        forms = {
            "TP_HIT": TP_FORMS,
            "SL_HIT": SL_FORMS,
            "CLOSE": CLOSE_FORMS,
            "CANCEL": CANCEL_FORMS,
            "MOVE_SL": MOVE_FORMS,
            "PART": PART_FORMS,
        }[kind]
        form, _ = rng.choice(forms)
        if "{count}" in form and total < 2:
            form = "{c} TP{n} ✅"
        share = rng.choice((25, 30, 50, 70))
        text = _fill(rng, form, want, n, total, share)
        expect = _expect(kind, want["symbol"], n, share)
        out.append((case.id, FOLLOW, text, expect, FOLLOW))
        form, _ = rng.choice(NOT_FORMS)
        out.append((case.id, NOT, _fill(rng, form, want, n, total), {}, NOT))
    return out


def judge(parser: EnhancedParser, text: str, want: dict[str, Any], must: str) -> tuple[str, str]:
    """right, missed or wrong_trade (a trade, or a wrong action), and why."""
    sig = parser.parse_sync(text)
    if sig is not None and sig.is_valid():
        return WRONG, f"read as a tradable {sig.side} {sig.symbol}"
    update = parser.parse_update_sync(text)
    kind = update.kind.value if update is not None else None
    if must == NOT:
        # (An action read with the reason it is not done, SignalUpdate.problem, changes nothing,
        # as the corpus scorer counts it (corpus_score._acts): "BTC & ETH hit TP1. Move SL to
        # entry" is refused so since i13-tidy27, where it was left unread.)
        acts = kind in ACTS and not (update is not None and update.problem)
        return (WRONG, f"acts: {kind}") if acts else (RIGHT, "")
    if update is None:
        return MISSED, "no update read"
    # (An action read with the reason it is not done, SignalUpdate.problem, changes nothing: the
    # bot shows why. "Close #NOT, #XRP stays open" read as XRP's close is refused so; i13-left26.)
    if kind in ACTS and update.problem and (kind != want["kind"] or _differs(update, want)):
        return MISSED, f"refused: {update.problem}"
    if kind != want["kind"]:
        return (WRONG, f"read as {kind}") if kind in ACTS else (MISSED, f"read as {kind}")
    for key in ("symbol", "tp_index", "to_entry", "fraction", "price"):
        got = getattr(update, key)
        if key in want and got != want[key]:
            # (No coin read is a miss: the bot asks which trade. Another coin, share or stop is
            # an action on the wrong position.)
            wrong = kind in ACTS and key != "tp_index" and got is not None
            return (WRONG if wrong else MISSED), f"{key} {got!r}"
    return RIGHT, ""


def _differs(update: SignalUpdate, want: dict[str, Any]) -> bool:
    return any(
        key in want and getattr(update, key) != want[key]
        for key in ("symbol", "tp_index", "to_entry", "fraction", "price")
    )
