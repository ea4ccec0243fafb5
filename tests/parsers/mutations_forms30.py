"""The misreadings session 27 left, by form (branch i13-forms30): the families forms30_stop /
forms30_not / forms30_card / forms30_fx / forms30_action of tests/parsers/mutations.py, a
generator of their own (the other families draw as before).

For the coin of every dev signal quoted in USDT: ``forms30_stop`` writes the stop moved FROM its
stop level to the entry or to its first entry's price ("Move SL from {s} to break even", "стоп с
{s} в бу", "止损从{s}移到成本", "stop from {s} moved to {e}"; parsers/stop_level.py): it must be
read as a stop move to the entry, or to that price, never to the old level. ``forms30_not``
writes a post asking no action: a sign-up, a sale, a poll closed, a question with no mark
("都止盈了吧", "{c} 止盈了吗", "{c} kapattınız mı"), a close at a price to come whose only mark is a
target's ("{c} TP1 ✅ exit fully at {t}"; parsers/not_close.py, followup_guard.py,
close_to_come.py): any action is wrong. ``forms30_card`` writes the coin's card (when it has
entries, targets and a stop) with a moon/long-term/swing/hold/bonus target line after its
targets, or an entry given as a hope on the entry's line (parsers/target_horizon.py,
call_lines.py): any trade is wrong. ``forms30_fx`` writes a forex, metal, index or commodity call
(parsers/fx_markets.py): any trade is wrong. ``forms30_action`` writes a real follow-up beside
the same words (a close ordered with "吧", a close with its mark after the price, the stop moved
from the entry to a price), which must be read as the action it asks. Forms: the rows of
tests/parsers/test_forms30.py (made up).
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutations_drawn import coin_tag, usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.mutations_wrong25 import _card, _usable
from tests.parsers.variant_forms import fmt

STOP_FORMS30, NOT_FORMS30, CARD_FORMS30, FX_FORMS30, ACTION_FORMS30 = (
    "forms30_stop",
    "forms30_not",
    "forms30_card",
    "forms30_fx",
    "forms30_action",
)
MAKERS = (STOP_FORMS30, NOT_FORMS30, CARD_FORMS30, FX_FORMS30, ACTION_FORMS30)

# {c}: the coin's tag; {s}: its stop; {e}: its first entry. (form, to the entry or to {e})
STOP_FORMS: tuple[tuple[str, bool], ...] = (
    ("{c} Move SL from {s} to break even", True),
    ("{c} move stop from {s} to entry", True),
    ("{c} SL {s} -> BE", True),
    ("{c} стоп с {s} в бу", True),
    ("{c} стоп переносим с {s} в безубыток", True),
    ("{c} 止损从{s}移到成本", True),
    ("{c} 止损{s}移到保本", True),
    ("{c} mover stop de {s} a entrada", True),
    ("{c} stop from {s} moved to {e}", False),
    ("{c} стоп от {s} переносим на {e}", False),
)
NOT_FORMS: tuple[str, ...] = (
    "Registration for the VIP group: closed",
    "Registration: closed, {c} signals only for members",
    "Free trial closed — {c} calls continue in VIP",
    "Poll: closed. {c} won",
    "Exchange maintenance: {c} deposits closed",
    "Market closed for the holiday, {c} trades 24/7 though",
    "Регистрация в VIP: закрыта",
    "Las inscripciones para el grupo VIP están cerradas",
    "Inscriptions fermées",
    "Đăng ký đã đóng",
    "都止盈了吧",
    "{c} 止盈了吗",
    "大家{c}平仓了没",
    "{c} kapattınız mı",
    "Have you all moved your stop to entry on {c}",
    "{c} TP1 ✅ exit fully at {t}",
    "{c} TP1 hit, exit fully at {t}",
    "{c} Target 1 done ✅ Close all at {t}",
)
HORIZON_LINES: tuple[str, ...] = (
    "Moon target: {t}",
    "Long-term target: {t}",
    "Swing target {t}",
    "Hold target: {t}",
    "Bonus target: {t}",
    "Долгосрочная цель: {t}",
    "长期目标 {t}",
    "Uzun vadeli hedef: {t}",
)
HOPES: tuple[str, ...] = ("if lucky", "(if lucky)", "if we get a wick", "(bonus)", "если повезёт")
FX_CALLS: tuple[str, ...] = (
    "EURUSD LONG\nEntry 1.0850\nTP 1.0900\nSL 1.0800",
    "EUR/USD BUY 1.0850\nTP 1.0900\nSL 1.0800",
    "XAUUSD BUY\nEntry 2650\nTP 2670\nSL 2640",
    "XAU/USD SELL @ 2650\nTP1 2640\nTP2 2630\nSL 2660",
    "GOLD BUY\nEntry 2650\nTP 2670\nSL 2640",
    "GBPJPY SELL\nEntry 190.50\nTP 189.50\nSL 191.50",
    "USDJPY BUY\nEntry 150.10\nTP 151\nSL 149.5",
    "US30 BUY\nEntry 42000\nTP 42200\nSL 41900",
    "NAS100 SELL\nEntry 21000\nTP 20900\nSL 21100",
    "OIL BUY\nEntry 70.5\nTP 72\nSL 69",
    "USOIL BUY\nEntry 70.5\nTP 72\nSL 69",
    "XAGUSD BUY\nEntry 31.2\nTP 32\nSL 30.5",
)
# (form, what it must be read as)
ACTION_FORMS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("{c} 平仓吧，明天再看", {"kind": "CLOSE"}),
    ("{c} exit fully at {t} ✅", {"kind": "CLOSE"}),
    ("{c} TP1 ✅ exit fully now", {"kind": "CLOSE"}),
    ("{c} closed for now, will re-enter later", {"kind": "CLOSE"}),
    ("Позиция по {c}: закрыта", {"kind": "CLOSE"}),
)


def _stop(rng: random.Random, symbol: str, want: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    form, to_entry = rng.choice(STOP_FORMS)
    entry = want["entries"][0]
    text = form.format(c=coin_tag(rng, symbol), s=fmt(want["stop_loss"]), e=fmt(entry))
    expect: dict[str, Any] = {"kind": "MOVE_SL", "symbol": symbol, "to_entry": to_entry}
    expect["price"] = None if to_entry else float(fmt(entry))
    return text, expect


def _card_in_doubt(rng: random.Random, symbol: str, want: dict[str, Any]) -> str:
    card = _card(rng, symbol, want).split("\n")
    last = want["take_profits"][-1]
    far = fmt(last * 1.5 if want["side"] == "LONG" else last * 0.6)
    if rng.randrange(2) == 0 or len(want["entries"]) < 2:
        # a horizon target after the targets, over the stop's line
        return "\n".join([*card[:-1], rng.choice(HORIZON_LINES).format(t=far), card[-1]])
    # a third entry beyond the zone, given as a hope on the entry's line
    low, high = sorted(want["entries"][:2])
    third = fmt(low * 0.97 if want["side"] == "LONG" else high * 1.03)
    card[1] = f"{card[1]} or {third} {rng.choice(HOPES)}"
    return "\n".join(card)


def forms30_mutations(seed: int) -> list[tuple[str, str, str, dict[str, Any], str]]:
    """For tests/parsers/mutations.py: for each dev signal quoted in USDT with entries, targets
    and a stop, a stop moved from its level and a card in doubt; for each such coin a post asking
    no action, a forex call and a follow-up read as the action it asks, as (case id, family,
    text, reading, must)."""
    rng = random.Random(seed * 2654435761 + 30)
    out: list[tuple[str, str, str, dict[str, Any], str]] = []
    for case_id, want, symbol in usdt_signals():
        t = fmt(want["take_profits"][0]) if want["take_profits"] else "100"
        if _usable(want):
            text, expect = _stop(rng, symbol, want)
            out.append((case_id, STOP_FORMS30, text, expect, FOLLOW))
            out.append((case_id, CARD_FORMS30, _card_in_doubt(rng, symbol, want), {}, NOT))
        tag = coin_tag(rng, symbol)
        out.append((case_id, NOT_FORMS30, rng.choice(NOT_FORMS).format(c=tag, t=t), {}, NOT))
        out.append((case_id, FX_FORMS30, rng.choice(FX_CALLS), {}, NOT))
        form, reads = rng.choice(ACTION_FORMS)
        text = form.format(c=coin_tag(rng, symbol), t=t)
        out.append((case_id, ACTION_FORMS30, text, {"symbol": symbol, **reads}, FOLLOW))
    return out
