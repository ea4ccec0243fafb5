"""Short follow-up replies in many languages (branch i13-updates15), through the parser's public
entry point (EnhancedParser.parse_update_sync, which the bot calls on every post that is no
signal): each row of parsers/followup_lexicon.py read as its action, with the coin written as
channels write it; and the same words where they ask for nothing (a question, a negation, a past
report, a condition, a re-entry, chatter), read as no action.

Each positive below was read as nothing by the parser before this branch, or (marked) as a wrong
action: "yarısını kapatın", "half book karo", "tutup setengah" (close half) as a FULL close; each
negation ("не закрываем", "jangan tutup", "不要平仓", "kapatmayın") as the action it negates. The
mutation families followup_world / followup_world_not (tests/parsers/mutations_world_followups.py)
write them for every dev signal's coin.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.parsers import mutations_world_followups
from tests.parsers.mutations_followups import FOLLOW, NOT, RIGHT, judge
from tests.parsers.reads import ACTS, PARSER
from tests.parsers.reads import update_fields as _read


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("#ETH в БУ", "ETHUSDT"),  # ru: "into break-even", the stop to the entry
        ("БУ ✅", None),  # the reply alone (the bot asks which trade)
        ("BTC\nв бу", "BTCUSDT"),  # the coin on its own line
        ("по SOL в бу", "SOLUSDT"),
        ("#SOL перевели в безубыток", "SOLUSDT"),
        ("#ADA стоп в беззбиток", "ADAUSDT"),  # uk
        ("#BTC Breakeven ✅", "BTCUSDT"),  # en
        ("#BTC BE ✅", "BTCUSDT"),
        ("BTC/USDT 保本", "BTCUSDT"),  # zh: protect the principal
        ("#XRP kéo SL về entry", "XRPUSDT"),  # vi
        ("#XRP stopu maliyete çekin", "XRPUSDT"),  # tr: to the cost
        ("#XRP استاپ به نقطه ورود", "XRPUSDT"),  # fa
        ("#XRP الستوب على الدخول", "XRPUSDT"),  # ar
        ("#XRP geser SL ke BEP", "XRPUSDT"),  # id: break-even point
        ("#XRP stop a BE", "XRPUSDT"),  # es
        ("#XRP stop no 0x0", "XRPUSDT"),  # pt (Brazil): zero-to-zero
        ("#XRP SL cost to cost kar do", "XRPUSDT"),  # hi in Latin letters
    ],
)
def test_stop_to_entry_when_short_reply_then_moved_to_entry(text: str, symbol: str | None) -> None:
    kind, got, _, _, to_entry = _read(text)
    assert (kind, got, to_entry) == ("MOVE_SL", symbol, True)


@pytest.mark.parametrize(
    ("text", "symbol", "fraction"),
    [
        ("#BTC скинули половину", "BTCUSDT", 0.5),  # ru: dumped half
        ("BTC скинул 30% позиции", "BTCUSDT", 0.3),
        ("#BTC\nсбросили 25% 🔥\n@signals_ru", "BTCUSDT", 0.25),  # a signature line under it
        ("ETH/USDT 平一半", "ETHUSDT", 0.5),  # zh: close half
        ("#ETH 减半", "ETHUSDT", 0.5),  # zh: halve
        ("#ETH chốt lời 30%", "ETHUSDT", 0.3),  # vi
        ("#ETH yarısını kapatın", "ETHUSDT", 0.5),  # tr: was a FULL close
        ("#ETH 70% سیو کنید", "ETHUSDT", 0.7),  # fa: save 70%
        ("#ETH إغلاق نصف الصفقة", "ETHUSDT", 0.5),  # ar
        ("#ETH amankan 50%", "ETHUSDT", 0.5),  # id: secure 50%
        ("#ETH tutup setengah", "ETHUSDT", 0.5),  # id: was a FULL close
        ("#ETH realizar 50%", "ETHUSDT", 0.5),  # pt
        ("#ETH half book karo", "ETHUSDT", 0.5),  # hi: was a FULL close
        ("#ETH ۵۰ درصد سیو کنید", "ETHUSDT", 0.5),  # fa: the word for percent
        ("#ETH скинули 30 процентов", "ETHUSDT", 0.3),
        ("#ETH أغلق نصف الصفقة", "ETHUSDT", 0.5),  # ar: close (imperative) half
    ],
)
def test_partial_close_when_short_reply_then_its_share(
    text: str, symbol: str, fraction: float
) -> None:
    kind, got, _, share, _ = _read(text)
    assert (kind, got, share) == ("CLOSE_PARTIAL", symbol, fraction)


@pytest.mark.parametrize(
    ("text", "kind", "symbol"),
    [
        ("#BTC выходим", "CLOSE", "BTCUSDT"),
        ("#BTC забираем профит", "CLOSE", "BTCUSDT"),
        ("#BTC вийшли", "CLOSE", "BTCUSDT"),  # uk
        ("BTC 清仓", "CLOSE", "BTCUSDT"),  # zh: clear the position
        ("#BTC 全平", "CLOSE", "BTCUSDT"),
        ("#BTC chốt lời toàn bộ", "CLOSE", "BTCUSDT"),  # vi
        ("#BTC خارج شدیم", "CLOSE", "BTCUSDT"),  # fa
        ("#BTC encerrado", "CLOSE", "BTCUSDT"),  # pt
        ("#BTC nikal jao", "CLOSE", "BTCUSDT"),  # hi
        ("#BTC выбило", "SL_HIT", "BTCUSDT"),
        ("стоп по BTC", "SL_HIT", "BTCUSDT"),
        ("#BTC выбило по бу", "SL_HIT", "BTCUSDT"),  # the stop at the entry was hit
        ("#BTC 打止损了", "SL_HIT", "BTCUSDT"),  # zh
        ("#BTC stop patladı", "SL_HIT", "BTCUSDT"),  # tr
        ("#BTC استاپ شدیم", "SL_HIT", "BTCUSDT"),  # fa
        ("#BTC تم ضرب الستوب", "SL_HIT", "BTCUSDT"),  # ar
        ("#BTC SL kena", "SL_HIT", "BTCUSDT"),  # id
        ("#BTC saltó el stop", "SL_HIT", "BTCUSDT"),  # es
        ("#BTC stopado", "SL_HIT", "BTCUSDT"),  # pt
        ("#BTC SL lag gaya", "SL_HIT", "BTCUSDT"),  # hi
        ("#BTC убираем лимитку", "CANCEL", "BTCUSDT"),  # ru: remove the limit order
        ("#BTC 作废", "CANCEL", "BTCUSDT"),  # zh: void
        ("#BTC bỏ kèo", "CANCEL", "BTCUSDT"),  # vi: drop the call
        ("#BTC کنسل", "CANCEL", "BTCUSDT"),  # fa
        ("#BTC anulado", "CANCEL", "BTCUSDT"),  # es
        # An author's tag, the signal's number and the coin with its side over the reply.
        ("[trader #b] Signal ID: #b12\n#ETHUSDT Short\nСняла лимитку", "CANCEL", "ETHUSDT"),
        ("[trader #b] Signal ID: #b12\n#ETHUSDT Short\nСтоп", "SL_HIT", "ETHUSDT"),
        ("[trader #b] Signal ID: #b12\n#ETHUSDT Short\n+3.2R", "TP_HIT", "ETHUSDT"),
        ("#ETH -1R", "SL_HIT", "ETHUSDT"),  # the stop: one R lost
        ("#SOL зафиксировала 50%", "CLOSE_PARTIAL", "SOLUSDT"),  # feminine past (was no close)
    ],
)
def test_action_when_short_reply_then_read(text: str, kind: str, symbol: str) -> None:
    assert _read(text)[:2] == (kind, symbol)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("ETH 吃肉", None),  # zh: "eat meat", profit taken (informs only)
        ("#ETH 翻倍了", None),  # zh: doubled
        ("#ETH chốt lời TP1", 1),  # vi: TP1 taken
        ("#ETH ăn TP2 ✅", 2),
        ("#ETH kar aldık", None),  # tr
        ("#ETH - первая цель есть", 1),  # ru
        ("#ETH пришла ко второй цели", 2),
        ("#ETH 1 тейк", 1),
        ("#ETH тп3", 3),
        ("#ETH перша ціль", 1),  # uk
        ("#ETH отработал 🔥", None),
        ("#ETH +45% чистыми", None),
        ("#ETH TP2 kena 💰", 2),  # id
        ("#ETH تارگت 2 تاچ شد", 2),  # fa: touched
        ("#ETH سود ۵۰٪", None),  # fa: profit, the Arabic percent sign
        ("#ETH ربح ٣٠٪", None),  # ar
        ("#ETH الهدف 2 تم", 2),  # ar: done
        ("#ETH 第一止盈到", 1),  # zh
        ("#ETH 到达目标1", 1),
        ("#ETH Touch TP 80%", None),  # the event before the target
        ("#ETH забрали 30%", None),  # a gain taken, not 30 % of the position
        ("#ETH профит 120% 🔥", None),
        ("#ETH цель выполнена", None),
    ],
)
def test_target_or_profit_when_short_reply_then_target_hit(text: str, index: int | None) -> None:
    assert _read(text)[0::2][:2] == ("TP_HIT", index)
    assert _read(text)[1] == "ETHUSDT"


@pytest.mark.parametrize(
    "text",
    [
        "#BTC перезаход",  # a re-entry: a new entry needs its levels
        "#BTC перезаход по рынку",
        "#BTC re-entry",
        "#BTC 重新进场",
        "#BTC vào lại",
        "Вчера скинули половину по BTC",  # a past report
        "Скинуть половину BTC?",  # a question
        "#BTC в бу?",
        "#BTC стоп?",  # was a stop hit
        "#BTC не в бу",
        "Если BTC дойдёт до 70000, стоп в бу",  # a condition
        "#BTC скиньте график",  # chatter: "send the chart"
        "#BTC не закрываем, держим",  # negations, each was read as the action
        "#BTC не фиксируем",
        "#BTC не отменяем",
        "#BTC не переносим стоп в бу",
        "#BTC 不要平仓",
        "#BTC chưa đóng lệnh",
        "#BTC đừng đóng lệnh",
        "#BTC yarısını kapatmayın",
        "#BTC jangan tutup setengah",
        "#BTC belum tutup",
        "#BTC no cerramos todavía",
        "#BTC não fechar ainda",
        "#BTC SL mat hatao, exit mat karo",
        "#BTC выбило бы, если бы не отскок",
        "#BTC скинул 130%",  # no share of a position
        "Забрали 120%",
        "#BTC скинули 300 процентов",
        "#BTC 止损: 62000",  # the stop's level, no stop hit
    ],
)
def test_same_words_when_no_instruction_then_no_action(text: str) -> None:
    assert _read(text)[0] not in ACTS


def test_world_families_when_seed_13_drawn_then_right_and_never_wrong() -> None:
    """The families of tests/parsers/mutations.py for seed 13: every negative right, no
    follow-up read as another action, coin or share; at most 2 % missed (one-letter or
    word-like coins the bot asks about)."""
    verdicts: Counter[tuple[str, str]] = Counter()
    for _, family, text, want, must in mutations_world_followups.world_followups(13):
        verdicts[(family, judge(PARSER, text, want, must)[0])] += 1
    follow = {v: n for (f, v), n in verdicts.items() if f == mutations_world_followups.FOLLOW_WORLD}
    negatives = {v: n for (f, v), n in verdicts.items() if f == mutations_world_followups.NOT_WORLD}
    assert set(negatives) == {RIGHT}
    assert "wrong_trade" not in follow
    assert follow[RIGHT] >= 0.98 * sum(follow.values())
    assert FOLLOW != NOT
