"""Batch gath26's shapes (session 25, branch i13-gath26): the rest of the Indonesian call
channel's export (entries 150-299 of paul-lestyo/TradeCaraCrypto's
`CaraCrypto/group_last_chat_300.json`), read through the parser's entry point (EnhancedParser,
as the corpus scorer and the bot read a post). Every row of the tables named *_FIXED was misread
on the branch's parent (main adfd504d); the GUARDS tables are read as before (they pass on both).
Forms: the batch's dev posts (their ids beside them), gath25's posts of the same channel, and
made-up posts in their shape, marked (made up).
"""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import ACTIONS, CANCEL, CLOSE, MOVE_SL, check_labelled
from tests.parsers.reads import follow_up as _update

SL_HIT, TP_HIT = UpdateKind.SL_HIT, UpdateKind.TP_HIT


# (text, kind, symbol, price): kind None is no action at all.
FOLLOWUPS_FIXED = [
    # A call post edited when its trade ended, "[CLOSED] X" heading it: a close whatever its note
    # says (dev gath26-caracrypto-id-100: read as a cancel; -133: as a partial close and a stop
    # move to 73K; both wrong actions).
    (
        "[CLOSED] BRETT. Long. 🟢\n\nShortnya cancel, reverse ke long kepala dino",
        CLOSE,
        "BRETTUSDT",
        None,
    ),
    (
        "[CLOSED] BTC. Long. 🟢 \n\nAda upaya keras dari buyer buat ambil pullback di area ini."
        "\n\nTargetnya balik ke 76K.\n\nInvalidasi jika break bawah lagi, bisa set SL di 73K",
        CLOSE,
        "BTCUSDT",
        None,
    ),
    (
        "[CLOSED] ETH. Short. 🔴\n\nEntry now, cancel limit lama",
        CLOSE,
        "ETHUSDT",
        None,
    ),  # (made up)
    # (test_variants' edits of -100: a chatter line over it, a mark before each line.)
    (
        "Good luck!\n[CLOSED] BRETT. Long. 🟢\n\nShortnya cancel, reverse ke long kepala dino",
        CLOSE,
        "BRETTUSDT",
        None,
    ),
    (
        "📍 [CLOSED] BRETT. Long. 🟢\n\n📍 Shortnya cancel, reverse ke long kepala dino",
        CLOSE,
        "BRETTUSDT",
        None,
    ),
    # "cutloss" (cut the loss) said as done now (dev gath26 -012, -079, -135; gath25 -012): not read.
    ("Sorry gk pantau, tau ganti arah kita revrse tadi. Cutloss ya", CLOSE, None, None),
    ("Cutloss dlu guys, baru liat 4Hnya bullish banget", CLOSE, None, None),
    ("CLO kami cutloss dlu. Mulai melemah.", CLOSE, "CLOUSDT", None),
    ("FARTCOIN cutloss. Reverse aja ke short", CLOSE, "FARTCOINUSDT", None),
    ("#SOL cut loss dulu", CLOSE, "SOLUSDT", None),  # (made up)
    # A listed word ticker or a letter heading a report (dev gath26 -060, -092; gath25 -078, -129,
    # -034): read with no coin (the stop move with no coin and no level: not read at all).
    ("NOT kena SL hunter baru gerak 🙃", SL_HIT, "NOTUSDT", None),
    ("D hit TP 4.", TP_HIT, "DUSDT", None),
    ("SUPER hit TP1.", TP_HIT, "SUPERUSDT", None),
    ("HIGH hit TP 3", TP_HIT, "HIGHUSDT", None),
    ("HIGH hit TP1. Hold = set SL+", MOVE_SL, "HIGHUSDT", None),
    ("PUMP hit SL", SL_HIT, "PUMPUSDT", None),  # (made up)
    # The stop at a price, in Indonesian (dev gath26 -063, -139): not read.
    ("SPORTFUN SL lebih dangkal di 0,056", MOVE_SL, "SPORTFUNUSDT", 0.056),
    ("MERL Short SL di 0.029.", MOVE_SL, "MERLUSDT", 0.029),
    ("#ARB SL lebih ketat di 0.41", MOVE_SL, "ARBUSDT", 0.41),  # (made up)
    # Two tickers side by side heading a close: said of both trades, refused ((made up) English:
    # read as SOL's close; dev gath25-092 is under NOT_ACTIONS).
    ("SOL ETH close now", None, None, None),
    # An Indonesian condition opening the stop's clause ("kalo mau": if you want): a choice
    # offered, no move (made up, in the shape of dev gath25-008 "Kalo mau short set SL 4-5%").
    ("Kalo mau short set SL di 90", None, None, None),
    ("klo mau set SL ketat di 0.3475", None, None, None),
]


@pytest.mark.parametrize(("text", "kind", "symbol", "price"), FOLLOWUPS_FIXED)
def test_read_update_when_a_batch_form_then_its_labelled_reading(
    text: str, kind: UpdateKind | None, symbol: str | None, price: float | None
) -> None:
    check_labelled(text, kind, symbol, price)  # (kind None: two coins' closes refused likewise)


# Read as before: the channel's other posts, a stop offered, a stop's label, a word that is no coin.
GUARDS = [
    # dev gath25-caracrypto-id-068: the tag after the post's own cancel, not heading it.
    ("CANCEL Long SUPER. Cutloss dlu. \n[CLOSED] Switch ke SHORT 🟢", CANCEL, None),
    (
        "[CLOSED] ZKJ. Short. 🔴 \n\nHigh risk = fomo long.\nEntry di kuning",
        CLOSE,
        "ZKJUSDT",
    ),  # -002
    ("[CANCEL] MAV. Long. ❌\n\nTest kepala dino", CANCEL, "MAVUSDT"),  # dev gath26 -017
    ("ZKJ hit TP1. Hold = set Sl+", MOVE_SL, "ZKJUSDT"),  # dev gath26 -006
    ("SKYAI hit TP 3. Hold = set sl+", MOVE_SL, "SKYAIUSDT"),  # dev gath26 -022
    ("DYM cancel. udah kejauhan terbangnya.", CANCEL, "DYMUSDT"),  # dev gath26 -110
    ("GRASS update SL 0.4235 (-4,38% dari kuning bawah)", MOVE_SL, "GRASSUSDT"),  # gath25 -099
    ("SL barunya di 0.00816", MOVE_SL, None),  # dev gath25-caracrypto-id-104
    ("ICP cut loss", CLOSE, "ICPUSDT"),  # (made up) the English row
]


@pytest.mark.parametrize(("text", "kind", "symbol"), GUARDS)
def test_read_update_when_a_guard_form_then_read_as_before(
    text: str, kind: UpdateKind, symbol: str | None
) -> None:
    check_labelled(text, kind, symbol)


NOT_ACTIONS = [
    "klo mau SL ketat di 0.3475 itu 11%",  # dev gath26-caracrypto-id-131: a stop offered
    "Cutlossnya ketutup yak",  # dev gath26-caracrypto-id-082: the cut loss, a noun
    "Cutloss ya kalau tembus 0.5",  # (made up) a condition
    "ZEC-PERP LONG ⛔ Cut loss -> 510.49",  # (made up, from a dev card's label) a stop's label
    "NOT hit SL yet, hold",  # (made up) no report: the word ticker's coin not taken
    # dev gath25-caracrypto-id-092: two coins' closes (not read on main: "Cutloss" was unread).
    "SOL ETH longnya meresahkan. \nCutloss dulu biar enak tidur",
]


@pytest.mark.parametrize("text", NOT_ACTIONS)
def test_read_update_when_no_instruction_then_no_action_on_a_coin(text: str) -> None:
    update = _update(text)
    assert update is None or (update.kind not in ACTIONS and update.symbol is None), update


def test_read_update_when_i_or_a_heads_a_report_then_no_coin_of_it() -> None:
    # (made up) "I" heading a report is the author, never a coin "I"; the coin named after it is.
    update = _update("I hit TP1 on ETH")
    assert update is not None and update.symbol == "ETHUSDT", update
