"""Branch i13-wrong28: the wrong trades and wrong actions left, attacked by shape (made-up posts,
tests/parsers/wrong28_set.py; no held-out text was read).

Every row of the attack set reads with no trade and no action where the post asks none (a hit
card, a card for later or in doubt, chatter with close words, a Russian plan or status), and a
Russian partial close said as a share stays a partial close; the guard rows below keep reading as
before: real calls traded, real follow-ups acted on, dates still no prices."""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import check_acts, check_asks_nothing, review, valid
from tests.parsers.wrong28_set import cases, verdict

_ROWS = cases()


@pytest.mark.parametrize(
    ("cls", "text", "allowed"), _ROWS, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(_ROWS)]
)
def test_attack_set_when_read_then_no_wrong_trade_or_action(
    cls: str, text: str, allowed: frozenset[str]
) -> None:
    got = verdict(text, allowed)
    assert not got or got.startswith("miss"), f"{cls}: {got}"


# Each refused with the reason of its shape (made up).
REASONS = (
    (
        "If #ETH breaks 3050, then long:\n#ETH/USDT LONG\nEntry: 3000 - 3050\nTP: 3120 - 3200\nSL: 2900",
        "a call for later",
    ),
    ("Plan for tomorrow 👇\n#SOL LONG\nEntry: 148.5\nTP: 156, 162\nSL: 142", "a call for later"),
    (
        "#LINK LONG\nEntry: 13.80\nTP: 14.60 15.20\nSL: 13.20\n\nWaiting for confirmation before entry.",
        "a call for later",
    ),
    ("#ETH LONG\nEntry 1: 3000\nEntry 2: later\nTP: 3120 / 3200\nSL: 2900", "an entry is written"),
    ("#ETH LONG\nEntry: 3000\nTP1: 3120\nTP2: 3200\nTP3:\nSL: 2900", "a target is written 'TP3:'"),
    ("#ETH LONG\nEntry: 3000-3050 or lower\nTP 3200 3300\nSL 2900", "the entry zone is followed"),
    ("#ETH LONG\nEntry: 3000\nTP 3120 / 3200 / 3300\nSL: 2900\n✅ 3120", "a target reached"),
    (
        "#ARB/USDT LONG\nEntry: 1.18\nTargets: 1.26 🔥 - 1.32 - 1.40\nStop: 1.12",
        "the first target is marked '🔥'",
    ),
    (
        "#ETH/USDT\nLONG\nEntry: 3000\nTP: 3120 / 3200\nSL: 2900\n#SOL same setup",
        "the call is given for another coin",
    ),
    ("$AVAX Long\nEntry: 34-35 maybe 33\nTarget: 38, 40\nStop: 32.8", "'maybe 33'"),
    # (the harness's seed 10: the card's word-coin unread, the other coin read as the card's)
    (
        "#TA LONG\nEntry: 0.102\nTP1: 0.109\nTP2: 0.118\nSL: 0.097\n\n#DOT same setup",
        "the call is given for another coin",
    ),
)


@pytest.mark.parametrize(("text", "why"), REASONS)
def test_card_when_shape_of_doubt_then_refused_with_its_reason(text: str, why: str) -> None:
    assert any(why in reason for reason in review(text)), review(text)


# Guards: real calls traded as before (made up in the dev forms).
CALLS = (
    (
        "#ETH LONG\nEntry: 3000\nTP1: 3120 🎯\nTP2: 3200 🎯\nTP3: 3300 🎯\nSL: 2900",
        [3120, 3200, 3300],
    ),
    ("#ETH LONG\nEntry: 3000\nTargets: 3120 - 3200 - 3300 🚀\nSL: 2900", [3120, 3200, 3300]),
    ("#ETH LONG\nEntry: 3000\nTargets: 3120, 3200, 3300 🚀🚀\nSL: 2900", [3120, 3200, 3300]),
    ("#ETH LONG\nEntry: 3000-3050\nTP: 3120 / 3200\nSL: 2900\n✅ Binance Futures", [3120, 3200]),
    ("#ETH/USDT LONG\nEntry: 3000\nTP1: 3120 (+4%)\nTP2: 3200\nSL: 2900", [3120, 3200]),
    ("$AVAX Long\nEntry: 34-35\nTarget: 38, 40\nStop: 32.8", [38, 40]),
    ("#ETH LONG\nEntry: 3000\nSL: 2900\nTP1:\n3120\nTP2:\n3200", [3120, 3200]),
    ("#ETC LONG\nEntry 26\nTarget 27.5\nStoploss 25.2", [27.5]),  # (the bench's: a price, no index)
    (
        "🔥 BTC dominance dropping 📉\n\n$SOL LONG\nEntry: 148.5-151\nTP: 156 / 162\nSL: 142",
        [156, 162],
    ),
    (
        "#ETH/USDT LONG 📈\nEntry: 3000-3050\nTP: 3120 / 3200\nSL: 2900\n\nBTC looks strong 💪",
        [3120, 3200],
    ),
)


@pytest.mark.parametrize(("text", "targets"), CALLS)
def test_call_when_plain_then_traded(text: str, targets: list[float] | None) -> None:
    sig = valid(text)
    if targets is not None:
        assert sig.take_profits == targets


# Guards: real follow-ups acted on as before (made up).
ACTS = (
    ("Закрываю половину по #ETH", UpdateKind.CLOSE_PARTIAL, "ETHUSDT", 0.5),
    ("#ETH фиксирую 50%", UpdateKind.CLOSE_PARTIAL, "ETHUSDT", 0.5),
    ("#ETH tutup posisi sekarang", UpdateKind.CLOSE, "ETHUSDT", None),
    ("Cerramos #ETH ahora ✅", UpdateKind.CLOSE, "ETHUSDT", None),
    ("Fechamos #SOL no lucro ✅", UpdateKind.CLOSE, "SOLUSDT", None),
    ("#ETH cancelamos la orden", UpdateKind.CANCEL, "ETHUSDT", None),
    ("Cerrar la mitad de #ETH", UpdateKind.CLOSE_PARTIAL, "ETHUSDT", 0.5),
    ("#ETH stop hit ❌", UpdateKind.SL_HIT, "ETHUSDT", None),
    ("Стоп в бу по #ETH", UpdateKind.MOVE_SL, "ETHUSDT", None),
    (
        "Закрыл #ETH рано, но в плюс",
        UpdateKind.CLOSE,
        "ETHUSDT",
        None,
    ),  # (told: "рано" of a past verb)
    ("Рано утром закрыл #ETH", UpdateKind.CLOSE, "ETHUSDT", None),
    ("Close #ETH now", UpdateKind.CLOSE, "ETHUSDT", None),
    ("Closing the rest of #ETH now", UpdateKind.CLOSE, "ETHUSDT", None),
)


@pytest.mark.parametrize(("text", "kind", "symbol", "fraction"), ACTS)
def test_followup_when_real_then_read_as_before(
    text: str, kind: UpdateKind, symbol: str, fraction: float | None
) -> None:
    check_acts(text, kind, symbol, fraction)


def test_board_when_coins_a_line_each_then_no_stop_hit() -> None:
    check_asks_nothing(
        "Results of the week 🏆\nETH LONG ✅ 3 targets\nSOL LONG ✅ 2 targets\nLINK SHORT ❌ stop"
    )


def test_dates_when_month_named_then_still_no_price() -> None:
    from parsers.not_prices import not_prices

    assert not_prices("may 12, 2024").strip() == ""
    assert not_prices("12 march 2024").strip() == ""
    assert not_prices("sept 3").strip() == ""
    assert not_prices("34-35 maybe 33") == "34-35 maybe 33"
