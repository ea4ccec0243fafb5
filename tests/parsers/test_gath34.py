"""Batch gath34's Chinese group replies (session 32, branch i13-gath34; dev `gath34-lietu-zh`,
the member "猎徒V神"'s messages in the "valuescan" group, tests/fixtures/corpus/SOURCES.md).

- Said with no instruction in them (parsers/told_zh.py, asked by parsers/followup_guard.py as
  it asks parsers/ru_hedges.py for Russian): the action's word negated right before it ("不上去
  不取消": no cancel; was a cancel), guessed ("上去了 猜取消"; was a cancel), left to the reader to
  manage ("自己做好部分止盈": do it yourselves, as dev's "prom 自己做止盈哈"; was a partial close), or
  told of a time gone by ("昨晚到位就止盈了": last night; was a close).
- A close at the entry price stays one to come when "the market" of another sentence is a place
  ("Close this trade on entry price. ... Let's get inside the market tomorrow": was a close now;
  parsers/close_to_come.py's words of now).
- Read (parsers/followup_rows_world.py): the break-even stop set, told done ("设置了保本": a stop
  move to the entry; was unread), out of the trade told done of the group ("我们都下车了": a close;
  was unread).

Every text is a dev case (its id beside it) or made up (MARKED AS MADE UP); no held-out text was
seen.
"""

from __future__ import annotations

import pytest

from parsers.models import UpdateKind
from tests.parsers.reads import check_labelled, check_reply

CLOSE, PARTIAL, CANCEL, MOVE_SL = (
    UpdateKind.CLOSE,
    UpdateKind.CLOSE_PARTIAL,
    UpdateKind.CANCEL,
    UpdateKind.MOVE_SL,
)


@pytest.mark.parametrize(
    "text",
    [
        "不上去 不取消",  # dev gath34-lietu-zh-264 (was a cancel)
        "师父说的 上去了 猜取消",  # dev gath34-lietu-zh-263 (was a cancel)
        "自己做好部分止盈",  # dev gath34-lietu-zh-229 (was a partial close)
        "昨晚到位就止盈了",  # dev gath34-lietu-zh-288 (was a close)
        "prom 自己做止盈哈",  # dev gath30w-lzyh-zh-262 (guard: the precedent)
        "设置了止盈",  # dev pasttang-zh-channel-110 (guard: a target set, no stop)
        # MADE UP: the same forms with a coin, or another word of the kind
        "#SOL 不取消",
        "#SOL 先不取消",
        "#SOL 没取消",
        "#SOL 先不平仓",
        "#SOL 估计取消",
        "#SOL 自己做止盈",
        "#SOL 昨天止盈了",
        "#SOL 上周清仓了",
        "前天平仓了",
        # MADE UP / dev near misses of the new rows: a bare "下车了" (got off: of what?), "我们先下车"
        # (we would get off first: dev gath31-lzyh-zh-103), "下车靠自己" (dev gath29w-lzyh-zh-815)
        "下车了",
        "下次叫我们一下 我们先下车",
        "下车靠自己",
        # dev gath34-truenorth-135 (was a close now), and MADE UP forms of it
        "Guys Close this trade on entry price. We're good . Let's get inside the market tomorrow",
        "#ETH Close this trade on entry price. Let's get in the market again tomorrow",
        "#ETH close at entry price, back into the market later",
    ],
)
def test_gath34_when_negated_guessed_left_or_gone_by_then_no_action(text: str) -> None:
    check_labelled(text, None, None)


@pytest.mark.parametrize(
    ("text", "kind", "symbol", "more"),
    [
        ("设置了保本", MOVE_SL, None, {"to_entry": True}),  # dev gath34-lietu-zh-073
        ("我们都下车了", CLOSE, None, {}),  # dev gath34-lietu-zh-246
        # MADE UP: the same with a coin, or another subject
        ("#SOL 设了保本", MOVE_SL, "SOLUSDT", {"to_entry": True}),
        ("$SOL 大家都下车了", CLOSE, "SOLUSDT", {}),
        ("已经下车了", CLOSE, None, {}),
        # guards: the same words still act when nothing above is said (dev and made up)
        ("因为我们止盈了哈哈", CLOSE, None, {}),  # dev gath34-lietu-zh-254
        ("自己減倉，求穩的可以帶個保本損", PARTIAL, None, {}),  # dev pasttang-zh-channel-145
        ("#SOL 今天止盈了", CLOSE, "SOLUSDT", {}),  # MADE UP (today: no time gone by)
        ("#SOL 我自己平仓了", CLOSE, "SOLUSDT", {}),  # MADE UP ("我自己": the poster's own)
        ("#SOL 取消", CANCEL, "SOLUSDT", {}),  # MADE UP
        ("做个保本", MOVE_SL, None, {"to_entry": True}),  # dev gath30w-lzyh-zh-265
        # MADE UP guards: "now", "at the market" still say the close is now
        ("#ETH close on entry price now, the market is dumping", CLOSE, "ETHUSDT", {}),
        ("Close this trade at the market price", CLOSE, None, {}),
    ],
)
def test_gath34_when_told_then_read(
    text: str, kind: UpdateKind, symbol: str | None, more: dict[str, object]
) -> None:
    check_reply(text, kind, symbol, more)
