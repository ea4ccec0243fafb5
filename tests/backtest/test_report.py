"""The backtest report through `sigcopy backtest`: every message accounted for with a readable
reason, CSVs at the market's precision, and a self-contained HTML page beside the PNG."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from engine.backtest.cli import main
from tests.backtest.helpers import CANDLES, FIXTURES

EXPORT = FIXTURES / "backtest" / "result.json"


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))


def _backtest(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(["backtest", "--candles", str(CANDLES), "--no-progress", *args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def test_backtest_when_messages_csv_then_each_message_traded_refused_or_not_a_signal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "messages.csv"
    _backtest(capsys, "--signals", str(EXPORT), "--messages", str(path))
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [r["status"] for r in rows] == [
        "not a signal",
        "traded",
        "update applied",
        "traded",
        "update refused",
        "refused",
        "refused",
        "not filled",
        "traded",
    ]
    by_id = {r["id"]: r for r in rows}
    assert by_id["2"]["detail"] == "take_profit" and by_id["2"]["pnl"] == "57.29"
    assert by_id["10"]["detail"] == "stop_loss" and by_id["10"]["pnl"] == "-32.62"
    assert by_id["6"]["detail"].startswith("stop loss 7800 is not below the entry 7600 of a LONG")
    assert by_id["8"]["detail"] == "no candles for XRPUSDT: add XRPUSDT.csv"
    assert by_id["9"]["detail"] == "tp1_before_entry"
    assert by_id["5"]["detail"] == "no open trade for this update"
    assert by_id["1"]["text"] == "Good morning, traders! Big week ahead."


def test_backtest_when_trades_csv_then_prices_and_quantities_at_the_market_precision(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "trades.csv"
    report = json.loads(
        _backtest(capsys, "--signals", str(EXPORT), "--trades", str(path), "--json")
    )
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) == 3
    # BTC/USDT:USDT ticks 0.1 with amounts of 0.001; ETH 0.01 and 0.01; money to the cent.
    places = {"BTC/USDT:USDT": (1, 3), "ETH/USDT:USDT": (2, 2)}
    for row, exact in zip(rows, report["trades"], strict=True):
        price, amount = places[row["symbol"]]
        for k in ("entry_price", "exit_price"):
            assert re.fullmatch(rf"\d+\.\d{{{price}}}", row[k]), row[k]
            assert float(row[k]) == pytest.approx(exact[k], abs=10**-price)
        assert re.fullmatch(rf"\d+\.\d{{{amount}}}", row["quantity"])
        assert re.fullmatch(r"-?\d+\.\d\d", row["pnl"]) and re.fullmatch(r"\d+\.\d\d", row["fees"])
    assert rows[0]["entry_price"] == "7437.0"  # 7433.3 with 5 bps of slippage: 7437.01665


def test_backtest_when_risk_refusals_then_reasons_whole_and_counted_by_kind(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAX_CONCURRENT_TRADES", "1")
    lines = [
        ("2018-06-04T10:00:00Z", "BTCUSDT LONG\nEntry: market\nTP: 9000\nSL: 6000"),
        ("2018-06-04T11:00:00Z", "ETHUSDT LONG\nEntry: market\nTP: 900\nSL: 500"),
        ("2018-06-04T12:00:00Z", "ETHUSDT SHORT\nEntry: market\nTP: 500\nSL: 900"),
        ("2018-06-04T13:00:00Z", "BTCUSDT SHORT\nEntry: 12000\nTP: 11000\nSL: 12500"),
    ]
    jsonl = tmp_path / "s.jsonl"
    jsonl.write_text(
        "".join(json.dumps({"time": t, "text": x, "source": "c"}) + "\n" for t, x in lines)
    )
    messages = tmp_path / "m.csv"
    report = json.loads(
        _backtest(capsys, "--signals", str(jsonl), "--messages", str(messages), "--json")
    )
    assert report["summary"]["refused_reasons"] == {"MAX_CONCURRENT_TRADES reached": 3}
    details = [r["detail"] for r in csv.DictReader(messages.open(encoding="utf-8"))]
    assert details[1] == "MAX_CONCURRENT_TRADES reached (1 open)"
    assert "entry 12000.0 is 59.3% from the market price 7531.1" in details[3]
    assert not any("#" in d for d in details)
    table = _backtest(capsys, "--signals", str(jsonl))
    assert "3  MAX_CONCURRENT_TRADES reached" in table
    assert "0.00 s" not in table and re.search(r"6,000 bars in (\d+ ms|< 1 ms|\d+\.\d\d s)", table)


def test_backtest_when_plot_then_self_contained_html_report_beside_the_png(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    hostile = tmp_path / "s.jsonl"
    text = "<script>alert(1)</script> BTCUSDT LONG\nEntry: market\nTP: 9000\nSL: 6000"
    hostile.write_text(
        json.dumps({"time": "2018-06-04T10:00:00Z", "text": text, "source": "<b>chan</b>"})
        + "\n"
        + (EXPORT.parent / "signals.jsonl").read_text()
    )
    png = tmp_path / "out" / "equity.png"
    png.parent.mkdir()
    report = json.loads(_backtest(capsys, "--signals", str(hostile), "--plot", str(png), "--json"))
    page = png.with_suffix(".html").read_text(encoding="utf-8")
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<svg" in page and "<path" in page  # the curve, inline
    assert "<script" not in page and "&lt;script&gt;" in page and "&lt;b&gt;chan" in page
    assert not re.search(r"""(src|href)=["'](?!#)""", page)  # nothing to fetch: one file
    trades = page.split("<h2>Trades")[1].split("<h2>")[0]
    assert trades.count("<tr>") == 1 + len(report["trades"]) > 1
    messages = page.split("<h2>Messages")[1]
    assert messages.count("<tr") == 1 + report["summary"]["messages"]
    equity = f"{report['summary']['final_equity']:,.2f}"
    assert re.search(rf"final equity</td><td[^>]*>{re.escape(equity)}</td>", page)


def test_backtest_when_html_option_then_report_written_there_without_a_png(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "report.html"
    _backtest(capsys, "--signals", str(EXPORT), "--html", str(page))
    text = page.read_text(encoding="utf-8")
    assert "Messages (9)" in text and "Trades (3)" in text and "not a signal" in text
    assert not list(tmp_path.glob("*.png"))
