"""Status and follow-up posts written the ways channels write them (the status family of
tests/parsers/variants.py): each form of STATUS_FORMS with or without a coin, emoji, casing and a
chatter line, read as the kind the table gives; and how such a reading is judged.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

from parsers import EnhancedParser
from tests.parsers.corpus_score import CorpusCase
from tests.parsers.variant_edits import FOLLOWUP_CHATTER, _emoji_lines
from tests.parsers.variant_forms import EXACT, REFUSED, SEED, WRONG, fmt

# How channels report an event on an open trade, with the reading the bot must take: (template,
# kind, fields). {n} is a target number, {p} a price. Cornix's documented reports ("Take-Profit
# target 1 ✅ / Profit: 5.7% / Period: 12 Minutes", "All take-profit targets achieved", "Closed at
# stoploss") and the forms of the dev follow-ups in other languages. A kind of None is a status
# post no action follows (an entry filled): read as nothing, or as nothing the bot acts on.
STATUS_FORMS: tuple[tuple[str, str | None, dict[str, Any]], ...] = (
    ("Target {n} ✅", "TP_HIT", {"tp_index": "n"}),
    ("TP{n} reached 🎯", "TP_HIT", {"tp_index": "n"}),
    (
        "Take-Profit target {n} ✅\nProfit: 45.2% 📈\nPeriod: 2 Hours ⏰",
        "TP_HIT",
        {"tp_index": "n"},
    ),
    ("TP {n} hit 🔥", "TP_HIT", {"tp_index": "n"}),
    ("Target #{n} done", "TP_HIT", {"tp_index": "n"}),
    ("🎯 Target {n} achieved", "TP_HIT", {"tp_index": "n"}),
    ("Тейк-профит {n} ✅\n\nПрибыль: 21.3% 📈", "TP_HIT", {"tp_index": "n"}),
    ("Цель {n} достигнута ✅", "TP_HIT", {"tp_index": "n"}),
    ("Hedef {n} ✅", "TP_HIT", {"tp_index": "n"}),
    ("止盈{n} 已达成", "TP_HIT", {"tp_index": "n"}),
    ("All take-profit targets achieved 😎\nProfit: 120% 📈\nPeriod: 3 Days ⏰", "TP_HIT", {}),
    ("All targets hit ✅", "TP_HIT", {}),
    ("Closed at stoploss ⛔", "SL_HIT", {}),
    ("SL hit ❌", "SL_HIT", {}),
    ("Stop loss hit ❌", "SL_HIT", {}),
    ("Stopped out at breakeven", "SL_HIT", {}),
    ("Стоп сработал", "SL_HIT", {}),
    ("止损触发", "SL_HIT", {}),
    ("Entry {n} filled", None, {}),
    ("Entry target {n} ✅\nAverage Entry Price: {p} 💵", None, {}),
    ("Cancelled ❌", "CANCEL", {}),
    ("Signal cancelled", "CANCEL", {}),
    ("Отмена сделки", "CANCEL", {}),
    ("İptal", "CANCEL", {}),
    ("取消", "CANCEL", {}),
    ("Close half", "CLOSE_PARTIAL", {"fraction": 0.5}),
    ("Close 50% of the position", "CLOSE_PARTIAL", {"fraction": 0.5}),
    ("Закрываем половину", "CLOSE_PARTIAL", {"fraction": 0.5}),
    ("Move SL to entry", "MOVE_SL", {"to_entry": True}),
    ("SL moved to breakeven", "MOVE_SL", {"to_entry": True}),
    ("Move stop to {p}", "MOVE_SL", {"to_entry": False}),
    ("Стоп в безубыток", "MOVE_SL", {"to_entry": True}),
    ("止损移至开仓价", "MOVE_SL", {"to_entry": True}),
    ("Closed in profit", "CLOSE", {}),
    ("Close now", "CLOSE", {}),
    ("Закрываем сделку", "CLOSE", {}),
    ("平仓", "CLOSE", {}),
    ("TP{n} ✅ +38% profit", "TP_HIT", {"tp_index": "n"}),
    ("Take profit {n} hit", "TP_HIT", {"tp_index": "n"}),
    ("目标{n} ✅", "TP_HIT", {"tp_index": "n"}),
    ("Kâr al {n} ✅", "TP_HIT", {"tp_index": "n"}),
    ("Stop loss triggered", "SL_HIT", {}),
    ("Hit SL 😢", "SL_HIT", {}),
    ("Stopped out ❌ -12%", "SL_HIT", {}),
    ("Entry {n} triggered ✅", None, {}),
    ("Order cancelled, price never reached entry", "CANCEL", {}),
    ("Close all positions", "CLOSE", {}),
    ("Closed manually", "CLOSE", {}),
    ("Book profits now", "CLOSE", {}),
    ("Secure 50% profits", "CLOSE_PARTIAL", {"fraction": 0.5}),
    ("Close 25% here", "CLOSE_PARTIAL", {"fraction": 0.25}),
    ("SL to BE", "MOVE_SL", {"to_entry": True}),
    ("Stop moved to entry price", "MOVE_SL", {"to_entry": True}),
    ("Move stop loss to {p}", "MOVE_SL", {"to_entry": False}),
    ("Stopu girişe taşıyın", "MOVE_SL", {"to_entry": True}),
    ("Pozisyonu kapatın", "CLOSE", {}),
    ("Переносим стоп в безубыток", "MOVE_SL", {"to_entry": True}),
    ("Фиксируем 50%", "CLOSE_PARTIAL", {"fraction": 0.5}),
    ("الهدف {n} ✅", "TP_HIT", {"tp_index": "n"}),
    ("Stop out", "SL_HIT", {}),
    ("Stoploss ❌", "SL_HIT", {}),
    ("Zarar durdur çalıştı", "SL_HIT", {}),
    # Chinese replies (branch i13-updates10), traditional forms too.
    ("已過tp{n}", "TP_HIT", {"tp_index": "n"}),
    ("止盈到了", "TP_HIT", {}),
    ("小损，下一单再来", "SL_HIT", {}),
    ("撤单", "CANCEL", {}),
    ("撤銷", "CANCEL", {}),
    ("止损改到{p}", "MOVE_SL", {"to_entry": False}),
    ("止損移到成本價", "MOVE_SL", {"to_entry": True}),
    ("可以先走", "CLOSE", {}),
    ("先走一步", "CLOSE", {}),
    ("可以先平一半", "CLOSE_PARTIAL", {"fraction": 0.5}),
    # "protect the profit": raise the stop (its level unsaid), branch i13-rules11.
    ("盈利了，保護好利潤", "MOVE_SL", {"to_entry": False}),
    # English report templates (branch i13-hits20, tests/parsers/test_hits20_reports.py).
    (
        "UPDATE:\nTarget {n} done nicely ✔️\nSo far {p}% Profits with 10x leverage🤑",
        "TP_HIT",
        {"tp_index": "n"},
    ),
    ("Tp-{n} achieved 🎯", "TP_HIT", {"tp_index": "n"}),
    ("Target {n} crossed", "TP_HIT", {"tp_index": "n"}),
    ("Fully closed ✅", "CLOSE", {}),
    ("Trade Completed ✅", "CLOSE", {}),
    ("Close 100% of the position", "CLOSE", {"fraction": None}),
    ("Close 50 percent of the position", "CLOSE_PARTIAL", {"fraction": 0.5}),
    ("SL at entry hit", "SL_HIT", {}),
)
STATUS_COINS = ("SOL", "XRP", "1000PEPE", "DOGE", "AVAX")


def _status_coin_forms(coin: str) -> tuple[str, ...]:
    return (
        f"#{coin}/USDT",
        f"${coin}",
        f"#{coin}USDT",
        f"{coin}/USDT",
        f"Binance Futures\n#{coin}/USDT",
    )


def status_variants(seed: int = SEED, per_form: int = 6) -> list[CorpusCase]:
    """Every status form written per_form times: with or without a coin (before, after, on its
    own line), emoji, casing and a chatter line; read as the kind the table gives."""
    rng = random.Random(seed)
    out: list[CorpusCase] = []
    for i, (template, kind, fields) in enumerate(STATUS_FORMS):
        for j in range(per_form):
            n = rng.randrange(1, 6)
            body = template.format(n=n, p=fmt(round(rng.uniform(0.1, 90), 3)))
            if rng.random() < 0.15 and body.isascii():
                body = body.upper() if rng.random() < 0.5 else body.lower()
            want: dict[str, Any] = {"kind": kind}
            want.update({k: (n if v == "n" else v) for k, v in fields.items()})
            if j % 3:  # two in three name the coin
                coin = rng.choice(STATUS_COINS)
                form = rng.choice(_status_coin_forms(coin))
                body = rng.choice((f"{form}\n{body}", f"{form} {body}", f"{body}\n{form}"))
                if kind is not None:
                    want["symbol"] = f"{coin}USDT"
            if rng.random() < 0.25:
                body = rng.choice(FOLLOWUP_CHATTER) + "\n" + body
            if rng.random() < 0.2:
                body = _emoji_lines(rng, body)
            expect = {"kind": "update", "update": want}
            out.append(CorpusCase(f"status{i}:{j}", "synthetic", "dev", body, expect, ()))
    return out


def judge_status(parser: EnhancedParser, case: CorpusCase) -> tuple[str, str]:
    """exact; refused (no reading); wrong_trade (a tradable signal); wrong_action (another kind
    than the table's, or its fields differ: a TP hit read as a close, a close as a move)."""
    sig = parser.parse_sync(case.text)
    if sig is not None and sig.is_valid():
        return WRONG, f"read as a tradable {sig.side} {sig.symbol}"
    update = parser.parse_update_sync(case.text)
    want = case.expect["update"]
    got = update.kind.value if update is not None else None
    if want["kind"] is None:
        return (EXACT, "") if got is None else (WRONG_ACTION, f"read as {got} on a status post")
    if update is None:
        return REFUSED, "no update read"
    if got != want["kind"]:
        return WRONG_ACTION, f"read as {got}, want {want['kind']}"
    for key in ("symbol", "tp_index", "fraction", "to_entry"):
        if key in want and getattr(update, key) != want[key]:
            return WRONG_ACTION, f"{key} {getattr(update, key)!r} != {want[key]!r}"
    return EXACT, ""


WRONG_ACTION = "wrong_action"


def status_figures(seed: int = SEED) -> tuple[Counter[str], list[tuple[CorpusCase, str, str]]]:
    """The verdict counts over the status variants, and every case not read exactly."""
    parser = EnhancedParser(enable_ai=False)
    counts: Counter[str] = Counter()
    misses: list[tuple[CorpusCase, str, str]] = []
    for case in status_variants(seed):
        verdict, detail = judge_status(parser, case)
        counts[verdict] += 1
        if verdict != EXACT:
            misses.append((case, verdict, detail))
    return counts, misses
