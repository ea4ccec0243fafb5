"""Follow-ups read as the wrong action (branch i13-fu24): the families fu24_not / fu24_action of
tests/parsers/mutations.py, a generator of their own (the other families draw as before).

For the coin of every dev signal quoted in USDT, ``fu24_not`` writes one post that asks for no
action a bot may take (a close at a price, a target or a time still to come: the session-23
ruling; a close beside a new position; a Russian reminder, result or state told; a Russian stop
move under a condition, a modal, beside an add-on entry, for two coins, or to a range): any
action or a trade is wrong. ``fu24_action`` writes a follow-up whose words were read as another
action (a close report re-stating its card with a result, a count of targets or its stop line; a
Russian share in words; the rest closed for later; a stop move saying why; a stop hit told with
a close and a percentage): each must be read as the action it asks, for the tagged coin. Judged
as tests/parsers/mutations_followups.judge judges; what each must give comes from the form, never
from the parser. The forms' sources: the rows of tests/parsers/test_fu24.py.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutations_wa23 import quiet_and_action

NOT_FU24, ACTION_FU24 = "fu24_not", "fu24_action"

# {c}: the coin as channels tag it; {o}: another coin, tagged; {p}, {q}: prices near its levels.
NOT_FORMS: tuple[str, ...] = (
    "{c} close at {p}",
    "Close {c} long at {p} for profit",
    "{c} exit at {p}",
    "Close 50% of {c} at {p}",
    "{c} close half at {p}",
    "🔥 {c} close at {p}",
    "{c} exit around {p} 🔥",
    "{c} close in 2 hours ⏰",
    "✅ {c} Target 1 done. Close 50% at TP2 🎯",
    "{c} close half or full 🤔",
    "{c} зафиксирую половину по {p}",
    "{c} ⚠️ Close long, flip to short 🔻",
    "{c} close and reverse 🔄",
    "🚨 {c} Close the trade and buy again at {p}",
    "Напоминаю: по {c} закрываем 50% на первой цели",
    "Напоминаю, что стоп по {c} в безубытке",
    "{c} - ранее закрыли 50% позиции, остальное держим",
    "{c} дал +35%, кто зафиксировал - молодцы",
    "Кто закрыл половину {c} на {p} - молодцы",
    "{c} - 50% позиции уже зафиксировано, остаток держим",
    "{c} - держим, стоп уже в б/у",
    "{c} стоп переносим на {p}, {o} стоп на {q}",
    "{c} стоп в бу, добор на {p}",
    "{c} переносим стоп на {p}, докупаем на {q}",
    "{c} при закреплении выше {q} стоп переносим на {p}",
    "{c} - стоп переставлю на {p} позже",
    "{c} стоп можно передвинуть на {p}",
)

# (form, what it must be read as: kind, and fraction / price "p" when said).
ACTION_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("{c} closed ✅\nResult: 35%", {"kind": "CLOSE", "fraction": None}),
    ("{c} Closed ✅ 35% 🚀", {"kind": "CLOSE", "fraction": None}),
    ("{c} Trade Closed ✅\nTotal: 35% 🚀", {"kind": "CLOSE", "fraction": None}),
    ("Close {c} ✅ 35% profit", {"kind": "CLOSE", "fraction": None}),
    ("{c}\nEntry: {q}\nTP1: {p} ✅\nProfit: 35%\nClosed ✅", {"kind": "CLOSE", "fraction": None}),
    ("{c} Closed ✅\nEntry: {q}\nTP1 {p} ✅\nSL: breakeven", {"kind": "CLOSE", "fraction": None}),
    ("CLOSED {c} ✅\n🎯 TP1 ✅\n🛑 SL moved to BE\n💰 +35%", {"kind": "CLOSE", "fraction": None}),
    ("{c} 🔒 Trade closed\n1/3 targets hit", {"kind": "CLOSE", "fraction": None}),
    ("{c} closed 50%", {"kind": "CLOSE_PARTIAL", "fraction": 0.5}),
    ("{c} Closed ✅ 50% of the position", {"kind": "CLOSE_PARTIAL", "fraction": 0.5}),
    ("{c} закрыл 50 процентов позиции", {"kind": "CLOSE_PARTIAL", "fraction": 0.5}),
    ("{c} закрываю полпозиции", {"kind": "CLOSE_PARTIAL", "fraction": 0.5}),
    (
        "{c} зафиксировал 50%, остаток закрываем на второй цели",
        {"kind": "CLOSE_PARTIAL", "fraction": 0.5},
    ),
    ("{c} закрыл 50%, остальное закрываем по {p}", {"kind": "CLOSE_PARTIAL", "fraction": 0.5}),
    ("{c} Move SL to {p} to close the trade in profit", {"kind": "MOVE_SL", "price": "p"}),
    ("{c} closed in SL 35%", {"kind": "SL_HIT"}),
    ("{c} Stopped in profit, 50% closed at TP1", {"kind": "SL_HIT"}),
    ("Closed at {p} ✅", {"kind": "CLOSE", "fraction": None}),
    ("{c} close now at {p}", {"kind": "CLOSE", "fraction": None}),
    ("{c} стоп переносим на {p}", {"kind": "MOVE_SL", "price": "p"}),
)


def fu24_mutations(seed: int) -> list[tuple[str, str, str, dict[str, Any], str]]:
    """For tests/parsers/mutations.py: for each dev signal quoted in USDT one post that asks for
    no action and one follow-up read as the action it asks, as (case id, family, text, reading,
    must)."""
    rng = random.Random(seed * 2654435761 + 24)
    return quiet_and_action(rng, (ACTION_FU24, NOT_FU24), NOT_FORMS, ACTION_FORMS)
