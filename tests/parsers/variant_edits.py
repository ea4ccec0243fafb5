"""The *edited* family of the variants (tests/parsers/variants.py): the real post itself with
chatter, hashtags, blank lines or emoji added; and the chatter any post can carry, for the
follow-up and status variants.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.parsers.variant_forms import CHATTER


def _chatter_first(rng: random.Random, text: str) -> str:
    return rng.choice(CHATTER) + "\n" + text


def _chatter_last(rng: random.Random, text: str) -> str:
    return text + "\n\n" + rng.choice(CHATTER) + "\n" + rng.choice(CHATTER)


def _hashtags(rng: random.Random, text: str) -> str:
    return text + "\n#crypto #altcoins #" + rng.choice(("signals", "futures", "binance"))


def _blank_lines(rng: random.Random, text: str) -> str:
    return text.replace("\n", "\n\n")


def _emoji_lines(rng: random.Random, text: str) -> str:
    mark = rng.choice(("📍", "👉", "🔹", "⚡"))
    return "\n".join(mark + " " + ln if ln.strip() else ln for ln in text.split("\n"))


EDITS: dict[str, Callable[[random.Random, str], str]] = {
    "chatter_first": _chatter_first,
    "chatter_last": _chatter_last,
    "hashtags": _hashtags,
    "blank_lines": _blank_lines,
    "emoji_lines": _emoji_lines,
}

# Lines any post can carry, with no word that changes what a follow-up asks for.
FOLLOWUP_CHATTER = ("Good luck!", "DYOR", "#crypto #altcoins", "Join our VIP channel 👑", "🔥🔥🔥")
