"""Issue 13's example forms combined: every entry form with every target form, stop form, symbol
form, side word, note and digit script, sampled, through the public parser. Each class is
tested alone in test_issue13_classes.py; here they must also hold together in one post."""

from __future__ import annotations

import itertools
import random

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)

ENTRIES = (
    ("Buy zone: 0.512 - 0.530", [0.512, 0.53]),
    ("Entry Targets: 1) 0.512 2) 0.498", [0.498, 0.512]),
    ("Entry Targets:\n1) 0.512\n2) 0.498", [0.498, 0.512]),
    ("Accumulate 0.51-0.53", [0.51, 0.53]),
    ("Enter above 0.53", [0.53]),
    ("Buy between 0.51 and 0.53", [0.51, 0.53]),
    ("BUY : 0.51", [0.51]),
    ("Open 0.51", [0.51]),
    ("Bid 0.51", [0.51]),
    ("Giriş: 0.51", [0.51]),
    ("خرید: 0.51", [0.51]),
    ("入场：0.51", [0.51]),
)
TARGETS = (
    ("Sell: 0.56 0.60 0.66", [0.56, 0.6, 0.66]),
    ("Exit: 0.60", [0.6]),
    ("Close 0.60", [0.6]),
    ("Sell zone 0.58-0.62", [0.58, 0.62]),
    ("Short term: 0.56 Mid term: 0.60 Long term: 0.70", [0.56, 0.6, 0.7]),
    ("🎯 0.56", [0.56]),
    ("Take-Profit Targets:\n1) 0.56\n2) 0.60", [0.56, 0.6]),
    ("Target 1 0.56\nTarget 2 0.60", [0.56, 0.6]),
    ("TP10.56\nTP20.60", [0.56, 0.6]),
    ("T1: 0.56\nT2: 0.60", [0.56, 0.6]),
    ("Targets:\n1⃣ 0.56\n2⃣ 0.60", [0.56, 0.6]),
    ("Targets:\n① 0.56\n② 0.60", [0.56, 0.6]),
    ("Hedef 1: 0.56\nHedef 2: 0.60", [0.56, 0.6]),
    ("تارگت: 0.56 - 0.60", [0.56, 0.6]),
    ("止盈：0.56 / 0.60", [0.56, 0.6]),
)
STOPS = (
    ("SL: 0.45", "plain"),
    ("close below 0.45", "candle_close"),
    ("SL: daily close under 0.45", "candle_close"),
    ("stop if 4h candle closes below 0.45", "candle_close"),
    ("Zarar durdur: 0.45", "plain"),
    ("حد ضرر: 0.45", "plain"),
    ("止損：0.45", "plain"),
    ("SL: 0.45 (5%)", "plain"),
)
SYMBOLS = (
    ("$XRP", "XRPUSDT"),
    ("#XRP/USDT", "XRPUSDT"),
    ("XRP-PERP", "XRPUSDT"),
    ("XRPUSDT.P", "XRPUSDT"),
    ("XRP (Binance Futures)", "XRPUSDT"),
    ("1000XRP/USDT", "1000XRPUSDT"),
)
SIDES = ("LONG", "Long", "Uzun", "خرید", "做多", "BUY")
NOTES = (
    ("", None),
    ("Risk: 2% of portfolio", None),
    ("Volume: 3%", None),
    ("R:R 1:3", None),
    ("Leverage: cross 20x", 20),
    ("Isolated (10X)", 10),
    ("Lev: 5-10x", 5),
    ("Cross 20x", 20),
)
SCRIPTS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９", "۰۱۲۳۴۵۶۷۸۹")


def test_issue_forms_when_combined_in_one_post_then_read_exactly() -> None:
    rng = random.Random(13)
    grid = list(itertools.product(ENTRIES, TARGETS, STOPS, SYMBOLS, SIDES, NOTES))
    failures = []
    for (entry, entries), (target, targets), (stop, kind), (sym, symbol), side, (
        note,
        lev,
    ) in rng.sample(grid, 1500):
        text = f"{sym} {side}\n{entry}\n{target}\n{stop}" + (f"\n{note}" if note else "")
        text = text.translate(str.maketrans("0123456789", rng.choice(SCRIPTS)))
        sig = PARSER.parse_sync(text)
        want = (symbol, "LONG", entries, targets, 0.45, lev, kind)
        got = sig and (
            sig.symbol,
            sig.side,
            sorted(sig.entries),
            sig.take_profits,
            sig.stop_loss,
            sig.leverage,
            sig.stop_kind or "plain",
        )
        if sig is None or not sig.is_valid() or got != want:
            failures.append((text, got, sig and sig.problems()))
    assert not failures, f"{len(failures)} of 1500: {failures[:3]}"
