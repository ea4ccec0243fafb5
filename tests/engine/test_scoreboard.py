"""The scoreboard per channel (issue 17.3): pure over message records and a book's trades."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path

from engine.adapters.message_log import JsonlMessageLog, read_messages
from engine.core import scoreboard as sb
from engine.core.scoreboard import MessageRecord, channel_scores, find_score, format_score_line
from engine.domain.risk import Reason
from engine.domain.trade import Trade, TradeStatus

WHALE = -1_001_234_567_890
T0 = 1_764_000_000.0


def msg(n: int, outcome: str, *reasons: str, chat: int = WHALE, name: str = "Whale Calls"):
    return MessageRecord(T0 + n, name, f"tg{chat}_{n}", outcome, tuple(reasons))


def trade(
    n: int,
    pnl: str,
    *,
    entry: str = "100",
    sl: str | None = "90",
    qty: str = "2",
    status: TradeStatus = TradeStatus.CLOSED,
    chat: int = WHALE,
) -> Trade:
    t = Trade(
        trade_id=f"tg{chat}_{n}",
        symbol="BTC/USDT:USDT",
        side="LONG",
        leverage=1,
        requested_leverage=1,
        planned_qty=Decimal(qty),
        entries=[Decimal(entry)],
        take_profits=[],
        tp_split=[],
        sl=Decimal(entry),  # moved to break-even since: R still uses the opening stop
        initial_sl=Decimal(sl) if sl is not None else None,
        source="Whale Calls",
        opened_at=T0 + n,
    )
    t.apply_entry_fill(Decimal(qty), Decimal(entry), Decimal(0), T0 + n)
    t.gross_pnl = Decimal(pnl)
    t.status = status
    t.closed_at = T0 + n + 60 if status == TradeStatus.CLOSED else None
    return t


def test_scores_when_messages_and_trades_then_counts_rates_and_r_per_channel():
    messages = [
        msg(1, sb.NOT_SIGNAL),
        msg(2, sb.READ),
        msg(2, sb.TRADED),  # approved later: one message, its last outcome counts
        msg(3, sb.REFUSED, "margin exceeds free equity"),
        msg(4, sb.REFUSED, "margin exceeds free equity"),
        msg(5, sb.REFUSED, "missing stop loss"),
        msg(6, sb.UPDATE),
        msg(7, sb.REJECTED),
        msg(8, sb.TRADED),
        msg(9, sb.TRADED),
        MessageRecord(T0 + 10, "Other", "tg-1009_1", sb.NOT_SIGNAL),
    ]
    # +20 on a risk of 2 x 10 = +1R; -10 on 20 = -0.5R; one still open (not in R or win rate)
    trades = [trade(2, "20"), trade(8, "-10"), trade(9, "5", status=TradeStatus.OPEN)]
    scores = channel_scores(messages, trades)
    assert [s.name for s in scores] == ["Whale Calls", "Other"]
    w = scores[0]
    assert (w.chat_id, w.seen, w.read, w.traded, w.closed, w.wins) == (WHALE, 9, 7, 3, 2, 1)
    assert w.refused == {
        "margin exceeds free equity": 2,
        "missing stop loss": 1,
        "rejected on its card": 1,
    }
    assert w.refused_total == 4
    assert w.win_rate == 0.5
    assert w.pnl == Decimal("15")
    assert w.avg_r == 0.25
    assert w.largest_loss == Decimal("-10")
    assert w.last_signal == T0 + 9
    assert [p for _, p in w.closes] == [Decimal("20"), Decimal("-10")]
    assert find_score(scores, chat_id=WHALE) is w
    assert find_score(scores, chat_id=-1) is None
    other = find_score(scores, chat_id=-1009)
    assert other is not None and (other.seen, other.read, other.last_signal) == (1, 0, None)


def test_scores_when_stop_unknown_or_entry_never_filled_then_left_out():
    unfilled = trade(3, "0", status=TradeStatus.CANCELED)
    unfilled.entry_qty = Decimal(0)
    scores = channel_scores([], [trade(1, "-5", sl=None), unfilled])
    (s,) = scores
    assert (s.traded, s.closed, s.avg_r, s.largest_loss) == (1, 1, None, Decimal("-5"))


def test_scores_when_source_has_no_chat_id_then_keyed_by_name_and_newest_name_kept():
    messages = [
        MessageRecord(T0, "manual", "tg111_5", sb.READ),
        msg(1, sb.NOT_SIGNAL, name="Old Title"),
        msg(2, sb.NOT_SIGNAL, name="New Title"),
    ]
    scores = channel_scores(messages)
    assert {(s.key, s.name, s.chat_id) for s in scores} == {
        ("manual", "manual", None),
        (str(WHALE), "New Title", WHALE),
    }


def test_reason_key_when_risk_reason_then_counted_by_kind_not_numbers():
    r = Reason("margin exceeds free equity", "margin 512.20 exceeds free equity 100.00")
    assert sb.reason_key(r) == "margin exceeds free equity"
    assert sb.reason_key("missing stop loss") == "missing stop loss"


def test_score_line_when_formatted_then_says_every_figure():
    (s,) = channel_scores([msg(1, sb.REFUSED, "x"), msg(2, sb.TRADED)], [trade(2, "-10")])
    line = format_score_line(s)
    assert line.startswith("2 seen · 2 read · 1 refused · 1 traded · win 0% · P&L -10.00")
    assert "avg R -0.50" in line and "worst -10.00" in line
    assert "last signal 2025-11-24 16:00" in line
    empty = format_score_line(sb.ChannelScore("x", "x"))
    assert "win" not in empty and "avg R" not in empty and "last signal never" in empty


def test_message_log_when_written_in_loop_then_one_write_later_and_read_back(tmp_path: Path):
    path = tmp_path / "d" / "messages.jsonl"
    log = JsonlMessageLog(path)

    async def go() -> bool:
        log.add(msg(1, sb.NOT_SIGNAL))
        log.add(msg(2, sb.REFUSED, "missing stop loss"))
        written_at_once = path.exists()
        await asyncio.sleep(0)  # the loop gets to the queued write
        return written_at_once

    assert asyncio.run(go()) is False  # the pipeline never waited for the disk
    log.add(msg(3, sb.TRADED))  # outside a loop: at once
    with path.open("a", encoding="utf-8") as fh:
        fh.write('{"not": "a record"}\n{"time": 1, "source": "x", "id": "y", "outc')
    log.close()
    got = read_messages(path)
    assert got == [
        msg(1, sb.NOT_SIGNAL),
        msg(2, sb.REFUSED, "missing stop loss"),
        msg(3, sb.TRADED),
    ]
    assert read_messages(tmp_path / "none.jsonl") == []


def test_trade_when_saved_and_loaded_then_initial_stop_kept_and_old_records_load():
    t = trade(1, "3")
    back = Trade.from_dict(t.to_dict())
    assert back.initial_sl == Decimal("90") and back.sl == Decimal("100")
    old = t.to_dict()
    del old["initial_sl"]
    assert Trade.from_dict(old).initial_sl is None
