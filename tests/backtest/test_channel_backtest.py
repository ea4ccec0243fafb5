"""`sigcopy backtest --channel @name --days N` (issue 17.4): the history read through a real
Telethon client answered at its request boundary (tests/bot/telethon_history.py), the candles
downloaded by the real ccxt client from the fake Binance on loopback, the replay and the report
per message. No network."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from pathlib import Path
from typing import Any

import pytest
from telethon.tl import types

from bot.channel_history import main
from tests.bot.telethon_feed import channel
from tests.bot.telethon_history import READS, HistoryClient
from tests.fakes.fixtures import start_fake

RAW = 1_555_555_555
CHAT = -1_001_555_555_555
MIN = 60_000


def _msg(n: int, at: float, text: str, reply_to: int | None = None) -> Any:
    return types.Message(
        id=n,
        peer_id=types.PeerChannel(RAW),
        date=dt.datetime.fromtimestamp(at, dt.UTC),
        message=text,
        post=True,
        reply_to=types.MessageReplyHeader(reply_to_msg_id=reply_to) if reply_to else None,
    )


def _bars(t0_ms: int, n: int, path: list[tuple[int, float]]) -> list[list[Any]]:
    """n one-minute bars from t0; the price is each (from bar i) level, +-0.1 % wicks."""
    rows = []
    for i in range(n):
        px = [p for at, p in path if at <= i][-1]
        rows.append([t0_ms + i * MIN, px, px * 1.001, px * 0.999, px, 10.0])
    return rows


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.chdir(tmp_path)
    for k, v in {
        "DATA_DIR": str(tmp_path / "data"),
        "LOG_DIR": str(tmp_path / "logs"),
        "TELEGRAM_API_ID": "12345",
        "TELEGRAM_API_HASH": "0123456789abcdef0123456789abcdef",
        "EXCHANGE": "binanceusdm",
        "MARKET_TYPE": "swap",
    }.items():
        monkeypatch.setenv(k, v)
    monkeypatch.delenv("TELEGRAM_SESSION", raising=False)
    HistoryClient.made = []
    HistoryClient.signed_in = True
    HistoryClient.channels = {RAW: channel(RAW, "Whale Calls")}
    HistoryClient.channels[RAW].username = "whalecalls"
    return tmp_path


async def test_backtest_channel_when_history_and_candles_then_report_per_message(
    env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    now_ms = int(time.time() * 1000) // MIN * MIN
    t0 = now_ms - 2 * 1440 * MIN  # two days of bars
    at = (t0 + 60 * MIN) / 1000  # the first signal, an hour into the bars
    history = [
        _msg(1, at - 5 * 86400, "BTCUSDT LONG\nTP: 43000\nSL: 41000"),  # before --days 3
        _msg(2, at, "Good morning traders"),
        _msg(3, at + 60, "BTCUSDT LONG\nTP: 43000\nSL: 41000"),
        _msg(4, at + 120, "ETHUSDT SHORT\nTP: 2250\nSL: 2330"),
        _msg(5, at + 180, "BTCUSDT LONG\nEntry: 42000\nTP: 43000\nSL: 43500"),
        _msg(6, at + 240, "XYZUSDT LONG\nTP: 2\nSL: 0.5"),
    ]
    # Enough chatter after them that Telethon pages (100 a request).
    history += [_msg(10 + i, at + 3600 + i * 60, f"market update {i}") for i in range(130)]
    HistoryClient.history = {RAW: history}
    fake = await start_fake("binanceusdm")
    try:
        # BTC climbs through its take-profit; ETH through the short's stop.
        fake.candles.set_bars("BTCUSDT", _bars(t0, 2880, [(0, 42000.0), (600, 43200.0)]))
        fake.candles.set_bars("ETHUSDT", _bars(t0, 2880, [(0, 2300.0), (900, 2340.0)]))
        monkeypatch.setenv("EXCHANGE_API_BASE_URL", fake.url)
        argv = ["--channel", "@WhaleCalls", "--days", "3", "--no-progress"]
        code = await asyncio.to_thread(main, argv, client_cls=HistoryClient)
    finally:
        await fake.stop()
    out, err = capsys.readouterr()
    assert code == 0, err
    (client,) = HistoryClient.made
    assert all(isinstance(r, READS) for r in client.requests), client.requests
    assert sum(isinstance(r, READS[2]) for r in client.requests) >= 2  # paged
    assert client.disconnected_ == 1
    assert "binanceusdm lists no market for XYZ/USDT: its signals are refused" in err

    rows = [ln.split(maxsplit=2) for ln in out.splitlines() if ln.strip().startswith("20")]
    lines = {r[1]: r[2] for r in rows if r[1].startswith("#")}
    assert "#1" not in lines  # older than --days
    assert len(lines) == 5 + 130
    assert "not a signal" in lines["#2"] and "Good morning traders" in lines["#2"]
    assert "traded" in lines["#3"] and "BTC/USDT:USDT LONG; take_profit; +" in lines["#3"]
    assert "traded" in lines["#4"] and "ETH/USDT:USDT SHORT; stop_loss; -" in lines["#4"]
    assert "refused" in lines["#5"] and "stop loss 43500 is not below the entry" in lines["#5"]
    assert "refused" in lines["#6"] and "no candles for XYZ" in lines["#6"]
    assert "not a signal 131, traded 2, refused 2" in out
    assert "trades 2   wins 1   losses 1" in out
    (score,) = [ln for ln in out.splitlines() if ln.startswith("  Whale Calls: ")]
    assert score.startswith("  Whale Calls: 135 seen · 4 read · 2 refused · 2 traded · win 50% ·")
    assert "avg R " in score and "worst -19.39" in score
    # The candles went through ccxt's fetch_ohlcv into the cache, for the two listed symbols.
    cached = env / "data" / "candles" / "binanceusdm-1m"
    assert sorted(p.name for p in cached.iterdir()) == ["BTCUSDT.csv", "ETHUSDT.csv"]
    asked = {q["symbol"] for q in fake.candles.requests}
    assert asked == {"BTCUSDT", "ETHUSDT"}
    assert all(q["interval"] == "1m" for q in fake.candles.requests)


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("not signed in", "no Telegram account is signed in"),
        ("unknown name", "unknown channel '@nobody'"),
        ("unknown id", "unknown channel '-1009999999999'"),
        ("no history", "no text message in @whalecalls since"),
        ("no signal", "none of the 1 messages of @whalecalls reads as a signal"),
    ],
)
async def test_backtest_channel_when_it_cannot_be_read_then_says_what_to_do(
    env: Path, capsys: pytest.CaptureFixture[str], case: str, expected: str
) -> None:
    HistoryClient.signed_in = case != "not signed in"
    when = time.time() - (3600 if case == "no signal" else 10 * 86400)
    HistoryClient.history = {RAW: [_msg(1, when, "Good morning traders")]}
    target = {"unknown name": "@nobody", "unknown id": "-1009999999999"}.get(case, "@whalecalls")
    argv = ["--channel", target, "--days", "3"]

    def run() -> int:
        from engine.errors import SigcopyError

        try:
            return main(argv, client_cls=HistoryClient)
        except SigcopyError as exc:  # what `sigcopy` prints (engine.cli.main)
            print(f"sigcopy: {exc.user_message()}")
            return 1

    assert await asyncio.to_thread(run) == 1
    out = capsys.readouterr().out
    assert expected in out and "Traceback" not in out
    hints = {
        "not signed in": "sigcopy login",
        "unknown name": "sigcopy channels",
        "unknown id": "sigcopy channels",
        "no history": "more --days",
        "no signal": "sigcopy parse",
    }
    assert hints[case] in out
    assert all(isinstance(r, READS) for r in HistoryClient.made[0].requests)


def test_sigcopy_backtest_when_channel_without_api_id_or_no_input_then_says_what_to_do(
    tmp_path: Path,
) -> None:
    from tests.cli_run import sigcopy

    proc = sigcopy(tmp_path, "backtest", "--channel", "@whalecalls", "--days", "30")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "TELEGRAM_API_ID and TELEGRAM_API_HASH are needed" in proc.stderr
    assert "my.telegram.org" in proc.stderr
    proc = sigcopy(tmp_path, "backtest", "--candles", "data")
    assert proc.returncode == 2 and "give --signals and --candles (or --channel" in proc.stderr
    proc = sigcopy(tmp_path, "backtest", "--channel", "@x", "--from", "2026-01-01")
    assert proc.returncode == 2 and "without --signals/--from/--to" in proc.stderr


async def test_backtest_channel_when_exchange_has_no_candles_then_says_so(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from engine.errors import ConfigError

    signal = _msg(3, time.time() - 3600, "BTCUSDT LONG\nTP: 43000\nSL: 41000")
    HistoryClient.history = {RAW: [signal]}
    fake = await start_fake("binanceusdm")  # lists BTCUSDT, holds no candles for it
    try:
        monkeypatch.setenv("EXCHANGE_API_BASE_URL", fake.url)
        argv = ["--channel", str(CHAT), "--days", "1"]
        with pytest.raises(ConfigError) as err:
            await asyncio.to_thread(main, argv, client_cls=HistoryClient)
    finally:
        await fake.stop()
    assert "no 1m candles for BTC/USDT on binanceusdm in the last 1 days" in str(err.value)
    assert "Set EXCHANGE" in err.value.user_message()
    assert fake.candles.requests and fake.candles.requests[0]["symbol"] == "BTCUSDT"
