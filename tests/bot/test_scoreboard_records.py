"""Issue 17.3: every message the pipeline sees is recorded with what became of it (Bot API
channel posts, approvals, the user-account listener), through the real Application against the
fake Bot API; the scoreboard reads those records and the book's trades."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from engine.adapters.message_log import MESSAGE_LOG, read_messages
from engine.core import scoreboard as sb
from engine.core.scoreboard import find_score, format_score_line
from tests.bot.conftest import ADMIN, CHANNEL, ETH_SIGNAL, SIGNAL, BotHarness, eventually
from tests.bot.telethon_feed import OfflineClient, channel, edited_post, message, new_post
from tests.fakes.fake_telegram import FakeTelegram

BAD = "BTCUSDT LONG\nEntry: 42000\nTP: 43000\nSL: 43500"  # the stop above a long's entry
CHAT = "Good morning traders, big week ahead"


def _records(bot: BotHarness) -> list[sb.MessageRecord]:
    return read_messages(Path(bot.settings.DATA_DIR) / MESSAGE_LOG)


async def _scores(bot: BotHarness) -> list[sb.ChannelScore]:
    scores: list[sb.ChannelScore] = await bot.desk.notes.scores(bot.engine.store)
    return scores


async def test_channel_posts_when_chat_invalid_traded_and_refused_then_recorded_and_scored(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    tg.push_channel_post(CHANNEL, CHAT, title="Whale Calls")
    tg.push_channel_post(CHANNEL, BAD, title="Whale Calls")
    mark = tg.mark()
    post = tg.push_channel_post(CHANNEL, SIGNAL, title="Whale Calls")
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    await eventually(lambda: len(_records(bot)) == 3, what="three messages recorded")
    mark = tg.mark()
    approve = next(b["callback_data"] for b in card.buttons if "Approve" in b["text"])
    tg.push_callback(ADMIN, card, approve)
    await tg.wait_for("editMessageText", lambda c: "Executed" in c["text"], after=mark)
    # An edit of the traded post changes no outcome; the same signal again is refused.
    tg.push_edited_channel_post(post, SIGNAL.replace("TP: 43000", "TP: 43500"))
    mark = tg.mark()
    tg.push_channel_post(CHANNEL, SIGNAL, title="Whale Calls")
    await tg.wait_for("sendMessage", lambda c: "already open" in c["text"], after=mark)
    await eventually(lambda: len(_records(bot)) == 5, what="five records")

    got = [(r.signal_id.split("_")[-1], r.outcome, r.reasons) for r in _records(bot)]
    assert [(o, why) for _, o, why in got] == [
        (sb.NOT_SIGNAL, ()),
        (sb.REFUSED, ("stop loss 43500 is not below the entry 42000 of a LONG",)),
        (sb.READ, ()),
        (sb.TRADED, ()),
        (sb.REFUSED, ("a position on that side is already open",)),
    ]
    assert got[2][0] == got[3][0] == str(post["message_id"])
    assert {r.source for r in _records(bot)} == {"Whale Calls"}

    assert "Closed" in await bot.desk.close_symbol("BTCUSDT")
    score = find_score(await _scores(bot), chat_id=CHANNEL)
    assert score is not None and score.name == "Whale Calls"
    assert (score.seen, score.read, score.traded, score.closed) == (4, 3, 1, 1)
    assert score.refused == {
        "stop loss 43500 is not below the entry 42000 of a LONG": 1,
        "a position on that side is already open": 1,
    }
    assert score.avg_r is not None  # the trade opened with its stop at 41,000
    line = format_score_line(score)
    assert line.startswith("4 seen · 3 read · 2 refused · 1 traded · win ")


async def test_listener_posts_when_read_as_user_then_recorded_under_their_chat_id(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    from bot.listener import Listener

    assert bot.front is not None
    client = OfflineClient()
    Listener(client, bot.front.handle_channel_text, [-1_003_333_333_333]).attach()
    ch = [channel(3_333_333_333, "Paid Group")]
    mark = tg.mark()
    await client.feed(new_post(message(3_333_333_333, 7, CHAT)), [], ch)
    await client.feed(new_post(message(3_333_333_333, 8, SIGNAL)), [], ch)
    await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    await eventually(lambda: len(_records(bot)) == 2, what="two messages recorded")
    score = find_score(await _scores(bot), chat_id=-1_003_333_333_333)
    assert score is not None and score.name == "Paid Group"
    assert (score.seen, score.read, score.traded, score.refused_total) == (2, 1, 0, 0)
    # The chatter is edited into a signal: read now, and still one message seen.
    mark = tg.mark()
    edited = message(3_333_333_333, 7, ETH_SIGNAL, edit=True)
    await client.feed(edited_post(edited), [], ch)
    await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    await eventually(lambda: len(_records(bot)) == 3, what="the edit recorded")
    assert [r.outcome for r in _records(bot)] == [sb.NOT_SIGNAL, sb.READ, sb.READ]
    score = find_score(await _scores(bot), chat_id=-1_003_333_333_333)
    assert score is not None and (score.seen, score.read) == (2, 2)
    assert client.requests == []


async def test_message_log_when_bot_stops_then_file_complete(
    bot: BotHarness, tg: FakeTelegram, tmp_path: Path
) -> None:
    from bot.replies import NO_SIGNAL, Reply

    for n in range(50):
        bot.desk.notes.reply(Reply(NO_SIGNAL, ""), "Whale Calls", f"tg{CHANNEL}_{n}", False, None)
    await bot.stop()
    recs: list[Any] = _records(bot)
    assert [r.signal_id for r in recs] == [f"tg{CHANNEL}_{n}" for n in range(50)]


async def test_card_when_rejected_then_counted_as_not_traded_with_why(
    bot: BotHarness, tg: FakeTelegram
) -> None:
    mark = tg.mark()
    tg.push_forward(ADMIN, SIGNAL, channel_id=CHANNEL, channel_title="Whale Calls")
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    reject = next(b["callback_data"] for b in card.buttons if "Reject" in b["text"])
    mark = tg.mark()
    tg.push_callback(ADMIN, card, reject)
    await tg.wait_for("editMessageText", lambda c: "Rejected" in c["text"], after=mark)
    await eventually(lambda: len(_records(bot)) == 2, what="the rejection recorded")
    assert [r.outcome for r in _records(bot)] == [sb.READ, sb.REJECTED]
    score = find_score(await _scores(bot), chat_id=CHANNEL)  # a forward keeps its channel
    assert score is not None and score.name == "Whale Calls"
    assert (score.seen, score.read, score.traded) == (1, 1, 0)
    assert score.refused == {"rejected on its card": 1}
