"""A backtest replays a channel's follow-ups as the bot applies them: a partial close that does
not say how much ("take some profits") is refused with the reason, never replayed as a guessed
share (it used to close 50%)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine.backtest.cli import main
from tests.backtest.helpers import CANDLES

MESSAGES = [
    {
        "time": "2018-06-05T09:10:00Z",
        "text": "#BTCUSDT LONG\nEntry: market\nTP1: 7520\nTP2: 7650\nSL: 7330",
        "source": "alpha",
    },  # noqa: E501
    {"time": "2018-06-05T09:20:00Z", "text": "Take some profits on BTC", "source": "alpha"},
    {"time": "2018-06-05T09:40:00Z", "text": "close BTC", "source": "alpha"},
]


def test_backtest_when_partial_close_says_no_share_then_refused_and_whole_position_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    signals = tmp_path / "signals.jsonl"
    signals.write_text("".join(json.dumps(m) + "\n" for m in MESSAGES))
    args = ["backtest", "--candles", str(CANDLES), "--no-progress", "--json"]
    span = ["--from", "2018-06-05", "--to", "2018-06-06"]
    assert main([*args, "--signals", str(signals), *span]) == 0
    report = json.loads(capsys.readouterr().out)
    rows = report["messages"]
    assert [r["status"] for r in rows[1:]] == ["update refused", "update applied"]
    assert rows[1]["detail"] == (
        "a partial close needs the share to close (fraction above 0, at most 1) and none was "
        "given: nothing was closed"
    )
    (trade,) = report["trades"]  # one close, of the whole position: no half closed before
    assert trade["exit_reason"] == "closed_by_update"
