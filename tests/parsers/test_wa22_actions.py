"""Wrong actions (session 21, branch i13-wa22): a follow-up read as the wrong action, or a post
that asks nothing read as one. Each table's first rows were misread on the branch's parent; the
guard rows beside them are read as before.
"""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from parsers.updates import read_update

CLOSE, PARTIAL, MOVE_SL = UpdateKind.CLOSE, UpdateKind.CLOSE_PARTIAL, UpdateKind.MOVE_SL

# A company's or a public figure's name is the subject of a past or third-person verb only
# (parsers/not_close_others.py, the "figure" rows): with the channel's own first-person or
# imperative verb after it, the name heading the post is the coin (the ru21 harness family,
# seeds 39/43/51: read as the stop move alone, the close of 30 % dropped).
COIN_NAMED_LIKE_A_FIGURE = [
    ("TRUMP Закрываем 30% по 10, стоп на точку входа 11.3", PARTIAL, 0.3),
    ("TRUMP закрываем 50%", PARTIAL, 0.5),
    ("TRUMP close 50% now", PARTIAL, 0.5),
    ("TRUMP Закрываем позицию", CLOSE, None),
    ("TRUMP cancel the order", UpdateKind.CANCEL, None),
]

# The news those rows are for: no action, before and after.
FIGURE_NEWS = [
    "Grayscale cancelled its ETH ETF application",
    "Trump cancelled the tariffs on China",
    "Trump cancels the tariffs, BTC pumps",
    "BlackRock has closed its bitcoin fund to new investors",
    "Трамп отменил пошлины, биткоин растёт",
]


@pytest.mark.parametrize(("text", "kind", "share"), COIN_NAMED_LIKE_A_FIGURE)
def test_followup_when_a_figure_named_coin_heads_the_channels_own_verb_then_read(
    text: str, kind: UpdateKind, share: float | None
) -> None:
    update = read_update(text)
    assert update is not None and update.kind is kind, update
    assert update.symbol == "TRUMPUSDT"
    assert update.fraction == (pytest.approx(share) if share is not None else None)


@pytest.mark.parametrize("text", FIGURE_NEWS)
def test_news_when_a_figure_did_it_then_no_action(text: str) -> None:
    update = read_update(text)
    assert update is None or update.kind not in (CLOSE, PARTIAL, UpdateKind.CANCEL), update
