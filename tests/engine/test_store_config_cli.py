"""The store's migrations, settings validation, the sigcopy CLI and the demo."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from config import load_settings
from engine.adapters.simulated_broker import SimulatedBroker
from engine.adapters.sqlite_store import SCHEMA_VERSION, SqliteStore
from engine.cli import main as cli_main
from engine.domain.market import BUILTIN_MARKETS
from engine.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]


async def test_open_when_database_is_schema_v1_then_migrated_forward_keeping_rows(
    tmp_path: Path,
) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version VALUES (1)")
    for t in ("signals", "trades", "orders", "fills", "state", "pending"):
        conn.execute(
            f"CREATE TABLE {t} (id TEXT PRIMARY KEY, status TEXT NOT NULL, "
            "updated_at REAL NOT NULL, data TEXT NOT NULL)"
        )
    conn.execute("INSERT INTO trades VALUES ('t1', 'open', 1.0, '{\"trade_id\": \"t1\"}')")
    conn.commit()
    conn.close()
    store = SqliteStore(db)
    await store.open()
    try:
        assert store.schema_version == SCHEMA_VERSION == 3
        assert await store.get("trade", "t1") == {"trade_id": "t1"}
        store.put("equity", "p1", "ok", {"ts": 1.0, "equity": 10000.0})
        await store.flush()
        assert await store.load("equity") == [{"ts": 1.0, "equity": 10000.0}]
        assert await store.integrity_check() == "ok"
    finally:
        await store.close()


async def test_open_when_database_is_newer_than_code_then_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version VALUES (99)")
    conn.commit()
    conn.close()
    from engine.errors import StoreError

    with pytest.raises(StoreError, match="newer than this sigcopy"):
        await SqliteStore(db).open()


def test_load_settings_when_value_is_bad_then_error_names_setting(monkeypatch) -> None:
    monkeypatch.setenv("MAX_LEVERAGE", "lots")
    with pytest.raises(ConfigError, match="MAX_LEVERAGE='lots'"):
        load_settings()
    monkeypatch.setenv("MAX_LEVERAGE", "3")
    monkeypatch.setenv("TRADING_MODE", "yolo")
    with pytest.raises(ConfigError, match="TRADING_MODE='yolo'.*'paper', 'live' or 'backtest'"):
        load_settings()


def test_load_settings_when_secret_is_bad_then_value_is_hidden(monkeypatch) -> None:
    monkeypatch.setenv("TELEGRAM_ADMIN_IDS", "12,abc")
    with pytest.raises(ConfigError) as exc:
        load_settings(MEXC_API_KEY="sk-visible-nowhere")
    assert "TELEGRAM_ADMIN_IDS" in str(exc.value)
    assert "sk-visible-nowhere" not in str(exc.value)


def test_load_settings_when_env_names_given_then_each_is_read(monkeypatch) -> None:
    monkeypatch.setenv("TRADING_MODE", "live")
    monkeypatch.setenv("EXCHANGE", "binanceusdm")
    monkeypatch.setenv("DAILY_LOSS_LIMIT_PCT", "0.02")
    monkeypatch.setenv("REQUIRE_CONFIRMATION", "false")
    monkeypatch.setenv("TELEGRAM_ADMIN_IDS", "11, 22")
    monkeypatch.setenv("TP_SPLIT", "0.5,0.5")
    s = load_settings()
    assert (s.TRADING_MODE, s.EXCHANGE, s.risk.DAILY_LOSS_LIMIT_PCT) == (
        "live",
        "binanceusdm",
        0.02,
    )
    assert s.live.REQUIRE_CONFIRMATION is False and s.live.DRY_RUN_FIRST is True
    assert s.TELEGRAM_ADMIN_IDS == [11, 22] and s.risk.TP_SPLIT == [0.5, 0.5]


def test_fee_rate_when_market_fee_is_zero_then_zero_is_used() -> None:
    from dataclasses import replace

    m = replace(BUILTIN_MARKETS["BTC/USDT:USDT"], maker_fee=Decimal(0), taker_fee=Decimal("0.0004"))
    b = SimulatedBroker({m.symbol: m})
    assert b.fee_rate(m, taker=False) == 0 and b.fee_rate(m, taker=True) == Decimal("0.0004")


def test_cli_when_no_command_then_usage_and_when_unknown_then_exit_2(capsys) -> None:
    assert cli_main([]) == 0
    assert "usage: sigcopy" in capsys.readouterr().out
    assert cli_main(["frobnicate"]) == 2
    assert "unknown command" in capsys.readouterr().err


def test_cli_parse_when_signal_text_then_json_result(capsys) -> None:
    code = cli_main(["parse", "BTCUSDT LONG Entry 42000 TP 45000 SL 40000 10x"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["signal"]["symbol"] == "BTCUSDT"


def test_python_m_engine_when_run_then_paper_demo_prints_stats(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "engine"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        env={"PYTHONPATH": str(ROOT), "PATH": ""},
    )
    assert proc.returncode == 0, proc.stderr
    stats = json.loads(proc.stdout[proc.stdout.index("{") :])
    assert stats["mode"] == "PAPER" and stats["trades_executed"] == 3
    assert stats["simulated_prices"] is True
