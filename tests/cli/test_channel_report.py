"""`sigcopy report --by-channel` (issue 17.3) through the real command, over what a paper book
and the message log recorded in DATA_DIR."""

from __future__ import annotations

import json
from pathlib import Path

from config import load_settings
from engine.adapters.message_log import MESSAGE_LOG, JsonlMessageLog
from engine.core import scoreboard as sb
from engine.domain.signal import Signal
from engine.engine import TradingEngine

WHALE = -1_001_234_567_890
BTC = "BTC/USDT:USDT"


async def _record_a_book(data: Path) -> None:
    """Two trades from Whale Calls in the paper book (a stop hit, a take-profit hit), and what
    the desk recorded of four of its messages and one of another channel's."""
    s = load_settings(
        TRADING_MODE="paper", PAPER_PRICE_SOURCE="simulated", DATA_DIR=data, LOG_DIR=data / "l"
    )
    e = TradingEngine("paper", s)
    await e.start()
    try:
        sig = Signal("BTCUSDT", "LONG", tp=43000, sl=41000, source="Whale Calls")
        sig.signal_id = f"tg{WHALE}_1"
        assert (await e.execute(sig)).ok
        await e.on_price(BTC, 40500.0)  # through the stop
        sig = Signal("BTCUSDT", "LONG", tp=41000, sl=40000, source="Whale Calls")
        sig.signal_id = f"tg{WHALE}_3"
        assert (await e.execute(sig)).ok
        await e.on_price(BTC, 41500.0)  # through the take-profit
        assert [t.status for t in e.trades.values()] == ["closed", "closed"]
    finally:
        await e.aclose()
    log = JsonlMessageLog(data / MESSAGE_LOG)
    for n, outcome, why in [
        (1, sb.TRADED, ()),
        (2, sb.REFUSED, ("margin exceeds free equity",)),
        (3, sb.TRADED, ()),
        (4, sb.NOT_SIGNAL, ()),
    ]:
        log.add(
            sb.MessageRecord(1_764_000_000.0 + n, "Whale Calls", f"tg{WHALE}_{n}", outcome, why)
        )
    log.add(sb.MessageRecord(1_764_000_009.0, "Quiet Channel", "tg-1005_1", sb.NOT_SIGNAL))
    log.close()


async def test_report_by_channel_when_book_and_messages_recorded_then_table_and_png(
    run_cli, tmp_path: Path
) -> None:
    await _record_a_book(tmp_path / "data")
    proc = run_cli("report", "--by-channel", "--plots", str(tmp_path / "plots"))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Channels · book paper" in out
    whale = out.split(f"Whale Calls ({WHALE})\n", 1)[1].splitlines()
    assert whale[0].strip().startswith("4 seen · 3 read · 1 refused · 2 traded · win 50% · P&L ")
    assert "avg R " in whale[0] and "worst -" in whale[0]
    assert whale[1].split() == ["1", "refused:", "margin", "exceeds", "free", "equity"]
    assert "Quiet Channel (-1005)" in out
    png = tmp_path / "plots" / "paper" / f"Whale_Calls-{WHALE}.png"
    assert f"equity curve: {png}" in out
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not (tmp_path / "plots" / "paper" / "Quiet_Channel--1005.png").exists()

    proc = run_cli("report", "--by-channel", "--json", "--book", "paper")
    assert proc.returncode == 0, proc.stderr
    (w, q) = json.loads(proc.stdout)["paper"]
    assert (w["name"], w["seen"], w["traded"], w["closed"], w["wins"]) == (
        "Whale Calls",
        4,
        2,
        2,
        1,
    )
    assert w["refused"] == {"margin exceeds free equity": 1} and w["avg_r"] is not None
    assert (q["name"], q["seen"], q["traded"]) == ("Quiet Channel", 1, 0)


def test_report_when_nothing_recorded_or_unknown_book_then_says_what_to_do(
    run_cli, tmp_path: Path
) -> None:
    proc = run_cli("report", "--by-channel")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "nothing recorded in" in proc.stderr and "sigcopy run" in proc.stderr
    (tmp_path / "data" / "books" / "paper").mkdir(parents=True)
    (tmp_path / "data" / "books" / "paper" / "sigcopy.db").touch()
    proc = run_cli("report", "--by-channel", "--book", "live")
    assert proc.returncode == 1 and "no book 'live'" in proc.stderr
    assert "Choose one of: paper" in proc.stderr
    proc = run_cli("report")
    assert proc.returncode == 2 and "--by-channel" in proc.stderr


def test_report_when_message_log_rotated_then_counts_the_kept_files_only(
    run_cli, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    first = sb.MessageRecord(1_764_000_001.0, "Whale Calls", f"tg{WHALE}_1", sb.READ)
    line = len(json.dumps(first.to_dict(), separators=(",", ":"))) + 1
    log = JsonlMessageLog(data / MESSAGE_LOG, max_bytes=2 * line, keep=5)  # 2 lines a file
    for n in range(1, 10):  # 9 messages: 5 files
        log.add(sb.MessageRecord(1_764_000_000.0 + n, "Whale Calls", f"tg{WHALE}_{n}", sb.READ))
    log.close()
    assert (data / f"{MESSAGE_LOG}.4").exists()
    proc = run_cli("report", "--by-channel", "--json")
    assert proc.returncode == 0, proc.stderr
    ((w,),) = json.loads(proc.stdout).values()
    assert (w["seen"], w["read"]) == (9, 9)
    # Keeping fewer rotated files: the report counts only those (the newest 1 + 2 x 2).
    proc = run_cli("report", "--by-channel", "--json", MESSAGE_LOG_KEEP="2")
    assert proc.returncode == 0, proc.stderr
    ((w,),) = json.loads(proc.stdout).values()
    assert (w["seen"], w["read"]) == (5, 5)
