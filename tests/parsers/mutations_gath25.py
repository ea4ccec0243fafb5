"""Mutation families of session 24 (issue 13, branch i13-gath25): the shapes batch gath25 brought
(tests/fixtures/corpus/SOURCES.md, "batch gath25"), each dev signal's coin written in one of them.

- ``gath25_card``: a dev signal (one entry, one to three targets, a stop, no leverage) written as
  the traditional-Chinese 快進快出 / 加密掃描 Pro card ("📍 進場：", "🛑 止損：", "🎯 止盈一：") with the
  card's notes that are no prices (minutes and a score's points, "20 分", "-31 分"; a count of
  trades, "38 筆"; "0.6×ATR"; a date before the time of day, "08/11 下午"): ``exact``;
- ``gath25_followup``: the batch's follow-up forms for the signal's coin (an expired order's
  cancel, a trade ended, moved to break-even, a call's status tag heading its coin, the Indonesian
  "nembus SL", "SL baru"): each read as the action it reports or asks, for that coin;
- ``gath25_not``: the same channels' posts that ask nothing now (a stop to change once an add-on
  order fills; two coins at the head, the stop move after them): no action, no trade.

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
'gath25*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import EXACT, Row, Want
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.variant_forms import fmt, near_price

CARD, FOLLOW_G25, NOT_G25 = "gath25_card", "gath25_followup", "gath25_not"
_ORDINALS = ("一", "二", "三")
_STOP_NOTES = ("", " (0.6×ATR，機器人學習)", " (1.2×ATR)", " (-1.29%)")
# The card's notes where its posts put them: under the heading, under the stop, at the end.
_HEAD_NOTES = ("⏰ 07/12 下午 11:04", "⏱ Kill Zone： 😴 盤整時段", "📶 風控分：69 分")
_STOP_NOTES_LINE = ("🤖 └D 假突破反轉 38 筆學習 (秒損率 0%)", "📦 數量：1597.1606　名目 $540")
_TAIL_NOTES = (
    "⏱ 停滯 20 分出場｜最長持有 60 分",
    "⏰ 08/11 下午 10:13",
    "⏰ 07/25 上午 03:12",
    "🛡 風控扣分明細\n 止損風控扣分 -31 分",
    "💸 止損距離 0.667%，來回手續費約 15% 的 R",
)
_OTHERS = ("BTC", "ETH", "SOL", "XRP", "BNB")

# {b}: the coin's ticker; {pair}: its pair; {p}, {q}: prices near its levels.
ACTION_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "⚡ 未進場已飛越止盈二！\n\n💎 {pair} ▲ 做多\n\n📍 原掛單進場： ${p}\n🎯 止盈二： ${q}\n\n"
        "ℹ️ 價格未回踩進場位，直接突破止盈二，本次掛單已自動取消。",
        {"kind": "CANCEL"},
    ),
    (
        "✅ 快進快出｜交易結束 — 移動停利出場\n{b} ▲ 做多\n📝 結束原因：觸及止盈一後止損已上移至獲利區，"
        "價格回落觸及 ${p}，鎖住獲利出場\n📍 進場 ${q} → 出場 ${p}",
        {"kind": "CLOSE"},
    ),
    (
        "🛡 快進快出｜移到保本 — {b} ▲ 做多\n此後這筆單最差就是不賺不賠。",
        {"kind": "MOVE_SL", "to_entry": True},
    ),
    ("[CLOSED] {b}. Short. 🟢", {"kind": "CLOSE"}),
    ("[CLOSED] {b}. Long. 🟢\n\nHunting breakout", {"kind": "CLOSE"}),
    ("[CANCEL] {b}. Long ❌", {"kind": "CANCEL"}),
    ("{b} nembus SL", {"kind": "SL_HIT"}),
    ("#{b} SL baru {p}", {"kind": "MOVE_SL"}),
)
NOT_FORMS: tuple[str, ...] = (
    "📌 加倉確認 #1｜請掛單 — {b} ▲ 做多\n🎯 掛限價單於：${p}（回踩此價成交）\n🛑 成交後止損改至：${q}",
    "{b} 做多\n成交后止损改至: {q}",
    "{b} & {o} hit TP1. Hold = set sl+",
    "{b} & {o} hit TP1. Move SL to entry",
    "#{b} and #{o} hit TP2. Move SL to entry",
)


def _card(rng: random.Random, want: Want) -> str | None:
    if len(want["entries"]) != 1 or not 1 <= len(want["take_profits"]) <= 3:
        return None
    if want["stop_loss"] is None or want["leverage"] is not None:
        return None
    base = want["symbol"][:-4]
    long = want["side"] == "LONG"
    side = "▲ 做多" if long else "▼ 做空"
    head = rng.choice(
        (
            f"⚡ 快進快出訊號 — {base} {side}",
            f"🚨 加密掃描 Pro — 短線單信號\n{side}（{'Long' if long else 'Short'}）：{base}/USDT",
        )
    )
    lines = [head, *rng.sample(_HEAD_NOTES, rng.randint(0, 2))]
    lines.append(f"📍 進場： ${fmt(want['entries'][0])}")
    lines.append(f"🛑 止損： ${fmt(want['stop_loss'])}{rng.choice(_STOP_NOTES)}")
    lines.extend(rng.sample(_STOP_NOTES_LINE, rng.randint(0, 1)))
    for i, tp in enumerate(want["take_profits"]):
        lines.append(f"🎯 止盈{_ORDINALS[i]}： ${fmt(tp)}")
    lines.extend(rng.sample(_TAIL_NOTES, rng.randint(1, 3)))
    return "\n".join(lines)


def _fill(rng: random.Random, form: str, symbol: str, want: Want) -> str:
    base = symbol[:-4]
    other = rng.choice([o for o in _OTHERS if o != base])
    return form.format(
        b=base, pair=f"{base}/USDT", o=other, p=near_price(rng, want), q=near_price(rng, want)
    )


def gath25_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal, its card (when its reading
    fits one), one follow-up read as the action it asks and one post asking none, as (case id,
    family, text, reading, must)."""
    rng = random.Random(seed * 7919 + 25)
    out: list[Row] = []
    for case_id, want, symbol in usdt_signals():
        base = symbol[:-4]
        card = _card(rng, want)
        if card is not None:
            out.append((case_id, CARD, card, want, EXACT))
        if not base.isalpha():  # ("[CLOSED] 1000PEPE."): a ticker of letters, as the batch's
            continue
        form, reads = rng.choice(ACTION_FORMS)
        expect: dict[str, Any] = {**reads, "symbol": symbol}
        out.append((case_id, FOLLOW_G25, _fill(rng, form, symbol, want), expect, FOLLOW))
        out.append((case_id, NOT_G25, _fill(rng, rng.choice(NOT_FORMS), symbol, want), {}, NOT))
    return out
