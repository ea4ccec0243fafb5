"""Mutation families of the harness (tests/parsers/mutations.py) that edit the real dev post: a
status post or a recap quoting the original signal. No new signal: each must be refused.
"""

from __future__ import annotations

import random
from collections.abc import Callable

STATUS_BEFORE = (
    "TP1 hit ✅",
    "✅ Target 2 reached +35% profit",
    "Update: all targets achieved 🎯",
    "Stop loss hit ❌",
    "Entry filled ✅",
    "Closed in profit 💰",
    "Signal update: TP2 done ✅",
    "Profit booked on this one 💰",
    "Congrats to everyone who followed 🎉 all 5 targets done",
    "Signal result: +85%",
    "Another winner 🏆",
    "This signal is now closed",
    "Full target achieved ✅✅",
)
STATUS_AFTER = (
    *("✅ Target 1 reached", "TP2 hit ✅ +48%", "❌ Stopped out", "Closed at breakeven"),
    *("This one went perfectly ✅", "Closed +45%", "Result: SL hit", "Status: completed ✅"),
    "Entry got filled, waiting for targets",
)
RECAP = (
    ("Weekly recap 📊\n\n", "\n\nResult: +120% ✅"),
    ("Reminder: this signal is still open\n\n", ""),
    ("Our last call 👇\n\n", "\n\nAll targets hit ✅"),
    ("Recap of yesterday's signal:\n", "\n+64% in 9 hours 🔥"),
    ("Yesterday's call 👇\n", ""),
    ("Throwback to this signal\n", ""),
    ("Breakout confirmed! Our signal from Monday:\n", ""),
    ("Previously shared:\n", "\n\nCalled it 🎯"),
)


def status_quote(rng: random.Random, text: str) -> str:
    """A follow-up that reports on the signal and quotes it."""
    if rng.random() < 0.6:
        return rng.choice(STATUS_BEFORE) + "\n\n" + text
    return text + "\n\n" + rng.choice(STATUS_AFTER)


def recap_quote(rng: random.Random, text: str) -> str:
    """The signal inside a recap of past calls."""
    before, after = rng.choice(RECAP)
    return before + text + after


EDITED: dict[str, Callable[[random.Random, str], str]] = {
    "status_quote": status_quote,
    "recap_quote": recap_quote,
}
