"""Follow-up posts in the forms copier projects document (branch i13-updates18), read through the
parser's public entry points (EnhancedParser.parse_sync, then parse_update_sync, as the bot does),
as tests/parsers/test_documented_followups.py reads its rows: each row names where its form comes
from, and its expected reading was written before the parser was run on it.

Sources (found with the search tool; a form is reworded to a neutral coin where the source named
its own, and none is copied from the project's corpus):

- CALISTO: jose-oyuko/calisto_fx FOLLOWUP_SIGNALS_GUIDE.md, the follow-ups its copier handles:
  "Secured 30% partials", "Close 50% of position", "Take 25% profit", "Position closed", "Exit the
  trade", "Move SL to breakeven", "BE now", "Secure breakeven", "New stop at ...".
- MIRROR: ibrxhim216/telegramsignalmirror electron/services/keywordDetector.ts and
  signalModificationParser.ts, a copier's update keywords (read only on replies to a signal):
  "close tp1" / "close tp2" (close the part of one target: "Close only TP1"), "close half",
  "close all", "break even", "move to entry", "delete" / "cancel" (the pending order).
- ID-BOT: an Indonesian XAU bot's alerts (code search "TP1 tercapai"): "🎯 TP1 tercapai!",
  "🛑 Stop Loss terkena!"; a trailing rule's reasons "TP1 tercapai -> SL digeser ke Entry".
- AR-BOT: an options bot's Arabic captions (code search "تم تحقيق الهدف"): "✅ تم تحقيق الهدف الثاني
  أمن صفقة✅" (the second target reached, secure the trade), "تم إغلاق الصفقة على الهدف الثالث"
  (the trade closed at the third target).
- GRAMMAR18: each language's own words for the same actions (as test_documented_followups.py's
  GRAMMAR): de "Teilgewinn mitnehmen" (take partial profit), pt "operação encerrada" (the trade
  closed), tr "%50 kâr al" (take 50% profit), fr "SL à l'entrée" (the stop to the entry), id
  "terkena" (got hit); a part in words: id "sebagian", pt "uma parte", vi "một phần", ar "جزء",
  es "cierre parcial" (a partial close).
- STATUS: status posts that ask nothing of a position (an entry filled, a zone reached, a stop's
  place described): never an action.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.parsers.reads import check_followup, check_no_action

# (text, kind, what else the reading must hold, source)
READ: list[tuple[str, str, dict[str, Any], str]] = [
    # Was read as a FULL close (a wrong action): securing the breakeven or the trade moves the
    # stop to the entry, as the Arabic "أمن الصفقة" does (followup_rows_world: "تأمين الصفقة").
    ("#ICP Secure breakeven", "MOVE_SL", {"symbol": "ICPUSDT", "to_entry": True}, "CALISTO"),
    ("#ICP secure your breakeven", "MOVE_SL", {"to_entry": True}, "CALISTO"),
    ("#ICP secure the trade", "MOVE_SL", {"to_entry": True}, "AR-BOT"),
    # Was read as a FULL close (a wrong action): the part of one target, its share unsaid (the
    # engine refuses it in auto mode with the reason, a card asks how much).
    ("#ICP close TP1", "CLOSE_PARTIAL", {"symbol": "ICPUSDT", "fraction": None}, "MIRROR"),
    ("#ICP Close tp2 now", "CLOSE_PARTIAL", {"fraction": None}, "MIRROR"),
    # Was read as a FULL close (a wrong action): a part in words, its share unsaid.
    ("#ICP Tutup sebagian", "CLOSE_PARTIAL", {"fraction": None}, "GRAMMAR18"),  # id
    ("#ICP tutup sebagian posisi", "CLOSE_PARTIAL", {"fraction": None}, "GRAMMAR18"),
    ("#ICP Fecha uma parte", "CLOSE_PARTIAL", {"fraction": None}, "GRAMMAR18"),  # pt
    # Were not read.
    ("#ICP Cierre parcial", "CLOSE_PARTIAL", {"fraction": None}, "GRAMMAR18"),  # es
    ("#ICP cierre parcial 50%", "CLOSE_PARTIAL", {"fraction": 0.5}, "GRAMMAR18"),
    ("#ICP Chốt một phần", "CLOSE_PARTIAL", {"fraction": None}, "GRAMMAR18"),  # vi
    ("#ICP إغلاق جزء من الصفقة", "CLOSE_PARTIAL", {"fraction": None}, "GRAMMAR18"),  # ar
    ("#ICP Secured 30% partials", "CLOSE_PARTIAL", {"fraction": 0.3}, "CALISTO"),
    ("#ICP secured partials", "CLOSE_PARTIAL", {"fraction": None}, "CALISTO"),
    ("#ICP move to entry", "MOVE_SL", {"symbol": "ICPUSDT", "to_entry": True}, "MIRROR"),
    ("#ICP Move to BE", "MOVE_SL", {"to_entry": True}, "MIRROR"),
    ("#ICP delete pending order", "CANCEL", {"symbol": "ICPUSDT"}, "MIRROR"),
    ("#ICP remove the limit orders", "CANCEL", {"symbol": "ICPUSDT"}, "MIRROR"),
    ("🛑 Stop Loss terkena!", "SL_HIT", {"symbol": None}, "ID-BOT"),
    ("#ICP SL terkena", "SL_HIT", {"symbol": "ICPUSDT"}, "GRAMMAR18"),
    ("#ICP Teilgewinn mitnehmen 50%", "CLOSE_PARTIAL", {"fraction": 0.5}, "GRAMMAR18"),
    ("#ICP Teilgewinne sichern", "CLOSE_PARTIAL", {"fraction": None}, "GRAMMAR18"),
    ("#ICP Operação encerrada", "CLOSE", {"symbol": "ICPUSDT"}, "GRAMMAR18"),
    ("#ICP trade encerrado no lucro", "CLOSE", {"symbol": "ICPUSDT"}, "GRAMMAR18"),
    ("#ICP %50 kâr al", "CLOSE_PARTIAL", {"fraction": 0.5}, "GRAMMAR18"),
    ("#ICP SL à l'entrée", "MOVE_SL", {"to_entry": True}, "GRAMMAR18"),
    # Read before this branch (kept as a guard): the same sources' other forms.
    ("🎯 TP1 tercapai!", "TP_HIT", {"tp_index": 1}, "ID-BOT"),
    ("#ICP TP1 tercapai, SL digeser ke Entry", "MOVE_SL", {"to_entry": True}, "ID-BOT"),
    ("✅تم تحقيق الهدف الثاني أمن صفقة✅", "TP_HIT", {"tp_index": 2}, "AR-BOT"),
    ("#ICP Close 50% of position", "CLOSE_PARTIAL", {"fraction": 0.5}, "CALISTO"),
    ("#ICP Take 25% profit", "CLOSE_PARTIAL", {"fraction": 0.25}, "CALISTO"),
    ("#ICP Exit the trade", "CLOSE", {"symbol": "ICPUSDT"}, "CALISTO"),
    ("#ICP BE now", "MOVE_SL", {"to_entry": True}, "CALISTO"),
    ("#ICP close half", "CLOSE_PARTIAL", {"fraction": 0.5}, "MIRROR"),
    # A bare "take profit" posted alone (a reply under its signal: the bot closes the trade it
    # answers, and refuses it when it answers none; tests/bot/test_coinless_close.py).
    ("take profit", "CLOSE", {"symbol": None}, "MIRROR"),
    ("Take profits!", "CLOSE", {"symbol": None}, "MIRROR"),
]

# Status posts and descriptions: no action (a target reported, TP_HIT, informs only; each marked
# one was read as an action).
NOT_READ: list[tuple[str, str]] = [
    ("#ICP Entry 1 filled", "STATUS"),
    ("#ICP Entry 2 filled ✅", "STATUS"),
    ("#ICP Entry zone reached", "STATUS"),
    ("#ICP Order filled", "STATUS"),
    ("#ICP Вход 1 исполнен", "STATUS"),
    # The stop's place said against the entry is no move to the entry (was MOVE_SL to entry).
    ("#ICP SL below entry", "STATUS"),
    ("#ICP stop under the entry zone", "STATUS"),
    ("#ICP SL is above entry", "STATUS"),
    # A target reported, not an instruction to take profit (no close).
    ("Take profit ✅", "STATUS"),
    ("🎯 Take profit", "STATUS"),
    ("Should I take profit", "STATUS"),
    ("#ICP close at TP1", "STATUS"),  # a plan: when TP1 is reached
    ("Secure your profits with a stop-loss: a lesson", "STATUS"),
]


@pytest.mark.parametrize(("text", "kind", "more", "source"), READ)
def test_documented_followup18_when_posted_then_read_as_its_action(
    text: str, kind: str, more: dict[str, Any], source: str
) -> None:
    check_followup(text, kind, more, source)


@pytest.mark.parametrize(("text", "source"), NOT_READ)
def test_status_post18_when_it_asks_nothing_then_no_action(text: str, source: str) -> None:
    check_no_action(text, source)
