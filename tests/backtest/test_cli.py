"""`sigcopy backtest` on a Telegram Desktop export and on JSONL: the report's shape and counts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from engine.backtest.cli import main
from tests.backtest.helpers import CANDLES, FIXTURES

SUMMARY = {
    "messages",
    "signals",
    "refused",
    "trades",
    "wins",
    "losses",
    "win_rate",
    "net_pnl",
    "fees",
    "return_pct",
    "max_drawdown_pct",
    "profit_factor",
    "final_equity",
    "bars_processed",
    "elapsed_s",
}
TRADE = {
    "symbol",
    "side",
    "source",
    "entry_time",
    "entry_price",
    "exit_time",
    "exit_price",
    "quantity",
    "pnl",
    "fees",
    "exit_reason",
}
REASONS = {"take_profit", "stop_loss", "break_even", "closed_by_update", "expired", "end_of_data"}


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # DATA_DIR and any .env are the test's own
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    code = main(["backtest", "--candles", str(CANDLES), "--no-progress", "--json", *args])
    out = capsys.readouterr().out
    assert code == 0
    return json.loads(out)


def _check_shape(report: dict) -> None:
    assert set(report) == {"summary", "by_source", "trades", "messages", "precision"}
    assert SUMMARY <= set(report["summary"])
    for block in report["by_source"].values():
        assert SUMMARY <= set(block)
    for t in report["trades"]:
        assert set(t) == TRADE
        assert t["exit_reason"] in REASONS


def test_backtest_when_telegram_export_then_report_counts_messages_signals_and_refusals(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    png, trades_csv = tmp_path / "eq.png", tmp_path / "trades.csv"
    r = _run(
        capsys,
        "--signals",
        str(FIXTURES / "backtest" / "result.json"),
        "--plot",
        str(png),
        "--trades",
        str(trades_csv),
    )
    _check_shape(r)
    s = r["summary"]
    assert (s["messages"], s["signals"], s["refused"], s["trades"]) == (9, 6, 2, 3)
    assert s["tp1_before_entry"] == 1
    assert s["updates"] == 2
    assert any("no candles for XRPUSDT" in k for k in s["refused_reasons"])
    assert any("stop loss" in k for k in s["refused_reasons"])
    assert list(r["by_source"]) == ["Demo Signals"]
    assert s["bars_processed"] == 6000
    assert png.stat().st_size > 10_000 and png.read_bytes()[:4] == b"\x89PNG"
    rows = list(csv.DictReader(trades_csv.open()))
    assert len(rows) == 3 and set(rows[0]) == TRADE
    assert s["final_equity"] == pytest.approx(10_000 + s["net_pnl"], abs=0.01)


def test_backtest_when_jsonl_then_sources_split_and_close_update_applied(
    capsys: pytest.CaptureFixture[str],
) -> None:
    r = _run(capsys, "--signals", str(FIXTURES / "backtest" / "signals.jsonl"))
    _check_shape(r)
    assert set(r["by_source"]) == {"alpha", "beta"}
    assert r["by_source"]["alpha"]["trades"] == 2
    assert r["by_source"]["beta"]["trades"] == 1
    reasons = [t["exit_reason"] for t in r["trades"]]
    assert "closed_by_update" in reasons
    assert r["summary"]["messages"] == 5


def test_backtest_when_date_range_then_only_messages_and_bars_inside_count(
    capsys: pytest.CaptureFixture[str],
) -> None:
    r = _run(
        capsys,
        "--signals",
        str(FIXTURES / "backtest" / "signals.jsonl"),
        "--from",
        "2018-06-15",
        "--to",
        "2018-06-30",
    )
    assert r["summary"]["messages"] == 2
    assert r["summary"]["bars_processed"] == 2 * 16 * 48


def test_backtest_when_table_output_then_readable_summary(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(
        [
            "backtest",
            "--candles",
            str(CANDLES),
            "--no-progress",
            "--signals",
            str(FIXTURES / "backtest" / "result.json"),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "trades 3" in out and "Demo Signals" in out and "take_profit" in out


def test_backtest_when_candles_missing_then_error_says_what_to_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main(
        [
            "backtest",
            "--candles",
            str(tmp_path / "none"),
            "--signals",
            str(FIXTURES / "backtest" / "signals.jsonl"),
        ]
    )
    assert code == 1
    assert "--candles" in capsys.readouterr().err
