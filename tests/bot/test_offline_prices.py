"""Offline paper trading: the simulated feed starts where today's signals are, and says so."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from bot.runner import run
from config import LiveConfig, load_settings
from engine import Signal, TradingEngine
from tests.cli_run import sigcopy

ZONE_SIGNAL = "BTCUSDT LONG\nEntry: 96000 - 98000\nTP: 99500\nSL: 95000\nLeverage 2x"
OLD_PRICE_SIGNAL = "BTCUSDT LONG\nEntry: 42000\nTP: 43000\nSL: 41000"


def _console(tmp_path: Path, *lines: str) -> subprocess.CompletedProcess[str]:
    return sigcopy(tmp_path, "run", stdin="\n".join(lines) + "\n")


def test_console_when_todays_signal_on_simulated_prices_then_feed_starts_at_its_zone(
    tmp_path: Path,
):
    proc = _console(tmp_path, ZONE_SIGNAL, "", "y", "/stats", OLD_PRICE_SIGNAL, "", "/quit")
    out = proc.stdout
    assert proc.returncode == 0, proc.stderr
    first_card, rest = out.split("Approve? [y/n]", 1)
    # Judged against the middle of its own zone, not the built-in 42,000: accepted.
    assert "Refused" not in first_card and "too far" not in first_card
    assert "SIMULATED PRICES" in first_card
    now = float(first_card.split("Price now: ", 1)[1].split()[0].replace(",", ""))
    assert abs(now - 97000) / 97000 < 0.03, first_card
    assert "Executed" in rest
    stats = rest.split("📊 Stats", 1)[1]
    assert "SIMULATED PRICES" in stats.split("Signals:", 1)[1].split("\n\n", 1)[0]
    # The walk now sits near 97,000: a signal at the old built-in price is far from it.
    after = stats.split("Signals:", 1)[1]
    assert "Refused" in after and "SIMULATED PRICES" in after


def test_console_when_candles_on_disk_then_feed_starts_at_the_newest_close(tmp_path: Path):
    candles = tmp_path / "data" / "candles" / "mexc-1h"
    candles.mkdir(parents=True)
    (candles / "ETHUSDT.csv").write_text(
        "timestamp,open,high,low,close,volume\n"
        "2026-12-01T00:00:00Z,3400,3420,3390,3410,1\n"
        "2026-12-01T01:00:00Z,3410,3530,3400,3512.5,1\n"
    )
    # A market-entry signal: no price of its own, so the candle's close is the reference.
    proc = _console(tmp_path, "ETHUSDT SHORT\nTP: 3300\nSL: 3600", "", "n", "/quit")
    assert proc.returncode == 0, proc.stderr
    card = proc.stdout.split("Approve? [y/n]", 1)[0]
    now = float(card.split("Price now: ", 1)[1].split()[0].replace(",", ""))
    assert abs(now - 3512.5) / 3512.5 < 0.03, card  # the walk has taken a few steps since
    assert "SIMULATED PRICES" in card


async def test_run_console_when_stats_on_simulated_prices_then_stats_say_so(tmp_path: Path, capsys):
    settings = load_settings(
        TRADING_MODE="paper",
        PAPER_PRICE_SOURCE="simulated",
        DATA_DIR=tmp_path / "data",
        LOG_DIR=tmp_path / "logs",
        TELEGRAM_BOT_TOKEN=None,
        live=LiveConfig(REQUIRE_CONFIRMATION=True),
    )
    code = await run(settings, console=True, stdin=io.StringIO("/stats\n/quit\n"))
    assert code == 0
    stats = capsys.readouterr().out.split("📊 Stats", 1)[1]
    assert "SIMULATED PRICES" in stats


async def test_engine_when_restarted_offline_then_walk_resumes_near_open_position(
    tmp_path: Path,
):
    settings = load_settings(
        TRADING_MODE="paper",
        PAPER_PRICE_SOURCE="simulated",
        DATA_DIR=tmp_path,
        LOG_DIR=tmp_path / "logs",
    )
    engine = TradingEngine(mode="paper", settings=settings)
    try:
        signal = Signal("BTC/USDT", "LONG", entry=97000.0, tp=99000.0, sl=95000.0, leverage=2)
        assert (await engine.execute(signal)).ok
        assert engine.positions()
    finally:
        await engine.aclose()
    again = TradingEngine(mode="paper", settings=settings)
    try:
        await again.start()
        price = await again.get_current_price("BTC/USDT")
        assert price is not None and 95000 < price < 99000  # not the built-in 42,000
        assert again.positions(), "the restored position must not be stopped out"
    finally:
        await again.aclose()
