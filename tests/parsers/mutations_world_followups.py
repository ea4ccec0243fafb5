"""Short follow-up replies in many languages (issue 13, session 14, branch i13-updates15): the
families followup_world / followup_world_not of tests/parsers/mutations.py, a generator of their
own (the other families draw as before).

For the coin and targets of every dev signal, ``followup_world`` writes a short reply in one of
the languages of parsers/followup_lexicon.py (Russian, Ukrainian, Chinese, Vietnamese, Turkish,
Persian, Arabic, Indonesian, Spanish, Portuguese, Hindi in Latin letters, English): a target
reached, a stop hit, the stop to the entry, a close, a partial close or a cancel, the coin
written as channels write it (a tag, a pair, "по BTC", on its own line), with emoji, a gain, a
signature line. ``followup_world_not`` writes the same words where they ask for nothing: a
question, a negation ("не закрываем", "jangan tutup", "不要平仓", "kapatmayın"), a past report
("вчера скинули половину"), a condition, a re-entry ("перезаход"), chatter ("скиньте график").
Judged as tests/parsers/mutations_followups.judge judges: what each must give comes from the form
and the dev signal's hand-checked coin, never from the parser.
"""

from __future__ import annotations

import random
from typing import Any

from parsers.symbols import STOPWORDS
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.mutations_lexicon import pair

FOLLOW_WORLD, NOT_WORLD = "followup_world", "followup_world_not"

# {c}: the coin as channels tag it; {B}: the coin in capitals, bare; {n}: the target; {s}: a
# share (%); {p}: a gain; {lvl}: a price of the signal. A TP form without {n} reports no number.
WORLD_FORMS: dict[str, tuple[tuple[str, str], ...]] = {
    "TP_HIT": (
        ("ru", "{c} тп{n}"),
        ("ru", "{c} - {o_f} цель есть"),
        ("ru", "{c} пришла к {o_dat} цели 🚀"),
        ("ru", "{c} {n} тейк ✅"),
        ("ru", "{c} отработал 🔥"),
        ("ru", "{c} +{p}% чистыми"),
        ("uk", "{c} {o_uk} ціль"),
        ("zh", "{c} 吃肉了"),
        ("zh", "{c} 翻倍了🔥"),
        ("vi", "{c} chốt lời TP{n}"),
        ("vi", "{c} ăn TP{n} ✅"),
        ("tr", "{c} kar aldık ✅"),
        ("ar", "{c} تم جني الأرباح"),
        ("id", "{c} TP{n} kena 💰"),
        ("zh", "{c} 到目标{n}了"),  # (i13-updates17: the rows of parsers/followup_rows_more.py)
    ),
    "SL_HIT": (
        ("ru", "{c} выбило"),
        ("ru", "стоп по {B}"),
        ("ru", "{c} - стоп-лосс"),
        ("ru", "{c} выбило по бу"),
        ("zh", "{c} 打止损了"),
        ("zh", "{c} 扫损"),
        ("tr", "{c} stop patladı"),
        ("fa", "{c} استاپ شدیم"),
        ("ar", "{c} تم ضرب الستوب"),
        ("id", "{c} SL kena"),
        ("es", "{c} saltó el stop"),
        ("pt", "{c} stopado"),
        ("hi", "{c} SL lag gaya"),
        ("zh", "{c} 被扫了"),
        ("fa", "{c} استاپ لاس خورد"),
    ),
    "MOVE_SL": (
        ("ru", "{c} в БУ"),
        ("ru", "{c}\nБУ ✅"),
        ("ru", "{c} перевели в безубыток"),
        ("ru", "по {B} в бу"),
        ("uk", "{c} стоп в беззбиток"),
        ("zh", "{c} 保本"),
        ("vi", "{c} kéo SL về entry"),
        ("tr", "{c} stopu maliyete çekin"),
        ("fa", "{c} استاپ به نقطه ورود"),
        ("ar", "{c} الستوب على الدخول"),
        ("id", "{c} geser SL ke BEP"),
        ("es", "{c} stop a BE"),
        ("pt", "{c} stop no 0x0"),
        ("hi", "{c} SL cost to cost kar do"),
        ("ar", "{c} انقلوا الستوب إلى سعر الدخول"),
        ("en", "{c} Breakeven ✅"),
        ("en", "{c} BE ✅"),
    ),
    "CLOSE": (
        ("ru", "{c} выходим"),
        ("ru", "{c} забираем профит"),
        ("uk", "{c} вийшли"),
        ("zh", "{c} 清仓"),
        ("zh", "{c} 全平"),
        ("vi", "{c} chốt lời toàn bộ"),
        ("fa", "{c} خارج شدیم"),
        ("es", "{c} salimos"),
        ("pt", "{c} encerrado"),
        ("hi", "{c} nikal jao"),
        ("zh", "{c} 先跑了"),
        ("ru", "{c} - вышел в ноль"),
        ("fa", "{c} معامله بسته شد"),
        ("pt", "{c} encerrar operação"),
        ("ar", "{c} تم إغلاق الصفقة بربح {p}%"),
        ("ru", "{c} закрыли с убытком {p}%"),
        ("vi", "{c} đóng lệnh lỗ {p}%"),
        ("zh", "{c} 我先出了"),
    ),
    "PART": (
        ("ru", "{c} скинули половину"),
        ("ru", "{c} скинул {s}% позиции"),
        ("ru", "{c}\nсбросили {s}% 🔥\n@signals_ru"),
        ("uk", "{c} скинули половину"),
        ("vi", "{c} chốt lời {s}%"),
        ("tr", "{c} yarısını kapatın"),
        ("fa", "{c} {s}% سیو کنید"),
        ("ar", "{c} إغلاق نصف الصفقة"),
        ("id", "{c} amankan {s}%"),
        ("id", "{c} tutup setengah"),
        ("pt", "{c} realizar {s}%"),
        ("hi", "{c} half book karo"),
        ("zh", "{c} 平一半"),
        ("zh", "{c} 减半"),
        ("tr", "{c} kârın yarısını alın"),
        ("fa", "{c} نصف حجم را ببندید"),
        ("pt", "{c} realizar {s}% da posição"),
    ),
    "CANCEL": (
        ("ru", "{c} убираем лимитку"),
        ("ru", "{c} лимитку снимаем"),
        ("zh", "{c} 作废"),
        ("vi", "{c} bỏ kèo"),
        ("fa", "{c} کنسل"),
        ("es", "{c} anulado"),
        ("zh", "{c} 挂单撤了"),
        ("zh", "{c} 这单作废"),
        ("vi", "{c} rút lệnh"),
        ("vi", "{c} huỷ lệnh"),
        ("id", "{c} batalkan order"),
        ("fa", "{c} سیگنال کنسل شد"),
    ),
}
# (Shares written in words: the share they say.)
_HALF = ("половину", "一半", "yarısını", "نصف", "setengah", "half", "平一半", "减半")
WORLD_NOT_FORMS: tuple[str, ...] = (
    "Вчера скинули половину по {B}",
    "Скинуть половину {B}?",
    "{c} не в бу",
    "{c} в бу?",
    "Если {B} дойдёт до {lvl}, стоп в бу",
    "{c} перезаход",
    "{c} перезаход по рынку",
    "{c} скиньте график",
    "{c} не закрываем, держим",
    "{c} не скидываем",
    "{c} 不要平仓",
    "{c} 重新进场",
    "{c} chưa đóng lệnh",
    "{c} vào lại",
    "{c} yarısını kapatmayın",
    "{c} jangan tutup setengah",
    "{c} belum tutup",
    "{c} no cerramos todavía",
    "{c} não fechar ainda",
    "{c} re-entry",
    "{c} SL mat hatao",
    "{c} стоп?",
    "{c} выбило бы, если бы не отскок",
    "{c} 不要撤单",
    "{c} 跑了",
    "{c} 出了吗",
    "{c} jangan batalkan order",
    "{c} rút lệnh chưa?",
    "{c} закрою на втором тейке",
    "{c} 到第二目标平仓",
    "{c} TP2'de kapatacağız",
    "{c} отмена третьего тейка",
    "{c} 取消止盈3",
    "{c} отменяем второй вход",
)
_O_F = ("первая", "вторая", "третья", "четвертая", "пятая")
_O_DAT = ("первой", "второй", "третьей", "четвертой", "пятой")
_O_UK = ("перша", "друга", "третя", "четверта", "пʼята")


def _expect(kind: str, form: str, symbol: str, n: int, share: int) -> dict[str, Any]:
    """The reading a form must give (PART: a close of its share; a TP with no number: none)."""
    expect: dict[str, Any] = {"kind": kind, "symbol": symbol}
    if kind == "TP_HIT" and ("{n}" in form or "{o_" in form):
        expect["tp_index"] = n
    elif kind == "MOVE_SL":
        expect["to_entry"] = True
    elif kind == "PART":
        expect["kind"] = "CLOSE_PARTIAL"
        expect["fraction"] = 0.5 if any(w in form for w in _HALF) else share / 100
    return expect


def _fill(rng: random.Random, form: str, want: dict[str, Any], n: int, share: int) -> str:
    symbol = want["symbol"]
    base = symbol[:-4] if symbol.endswith("USDT") and len(symbol) > 4 else symbol
    tags: tuple[str, ...] = (f"#{base}", f"{base}/USDT", f"${base}", f"#{symbol}")
    if len(base) >= 3 and base.isalpha() and base not in STOPWORDS:
        tags = (*tags, base)  # bare, in capitals ("BTC в БУ"); "ID", "2Z" are tagged
    if not symbol.endswith("USDT"):
        tags = (pair(symbol),)  # ("#DOGE/BTC": a coin quoted in another coin keeps its quote)
    level = want["entries"][0] if want["entries"] else 100
    text = form.replace("{o_f}", _O_F[n - 1]).replace("{o_dat}", _O_DAT[n - 1])
    text = text.replace("{o_uk}", _O_UK[n - 1])
    return text.format(
        c=rng.choice(tags),
        B=base,
        n=n,
        s=share,
        p=rng.choice(("12.5", "25", "44", "8", "133.3")),
        lvl=level,
    )


def world_followups(seed: int) -> list[tuple[str, str, str, dict[str, Any], str]]:
    """For tests/parsers/mutations.py: for each dev signal one short reply in a language of the
    lexicon and one post with its words that must not act, as (case id, family, text, reading,
    must)."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 49979687 + 11)
    out: list[tuple[str, str, str, dict[str, Any], str]] = []
    for case in signal_cases():
        want = case.expect["signal"]
        symbol = want["symbol"]
        total = max(1, min(len(want["take_profits"]), 5))
        n = rng.randint(1, total)
        kind = rng.choice(sorted(WORLD_FORMS))
        _, form = rng.choice(WORLD_FORMS[kind])
        share = rng.choice((25, 30, 50, 70))
        base = symbol[:-4]
        bare_ok = symbol.endswith("USDT") and base.isalpha() and len(base) >= 3
        bare_ok = bare_ok and base not in STOPWORDS and len(base) <= 6
        if not bare_ok:
            form = form.replace("{B}", "{c}")  # ("по 1000PEPE": a coin written with its tag)
        text = _fill(rng, form, want, n, share)
        out.append((case.id, FOLLOW_WORLD, text, _expect(kind, form, symbol, n, share), FOLLOW))
        form = rng.choice(WORLD_NOT_FORMS)
        if not bare_ok:
            form = form.replace("{B}", "{c}")
        out.append((case.id, NOT_WORLD, _fill(rng, form, want, n, share), {}, NOT))
    return out
