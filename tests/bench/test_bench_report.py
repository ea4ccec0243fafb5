"""`make bench` (bench/__main__.py): a bench whose trades differ from the reference is an error:
an "error" entry in the JSON, a line on stderr, and exit status 1 (stdout stays JSON only)."""

from __future__ import annotations

import json
import sys
import types
from typing import Any

import pytest

from bench import __main__ as bench_main

MISMATCH = {
    "backtest": {
        "trades_sigcopy": 411,
        "trades_backtesting_py": 412,
        "trades_match": False,
        "trade_differences": {"fast_replay": ["trade 17: exit 101.5 != 101.0"]},
    }
}


def _bench_module(monkeypatch: pytest.MonkeyPatch, result: dict[str, Any]) -> str:
    """A bench module whose run() returns `result`, importable as bench.bench_probe."""
    mod = types.ModuleType("bench.bench_probe")
    mod.run = lambda: json.loads(json.dumps(result))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bench.bench_probe", mod)
    return "bench_probe"


def _run_main(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], result: dict[str, Any]
) -> tuple[int, dict[str, Any], str]:
    """main() over one bench (run by _one, the code its own process runs): code, JSON, stderr."""
    name = _bench_module(monkeypatch, result)

    def in_own_process(n: str) -> dict[str, object]:
        bench_main._one(n)
        return json.loads(capsys.readouterr().out)

    monkeypatch.setattr(bench_main, "_in_own_process", in_own_process)
    monkeypatch.setattr(
        bench_main.pkgutil, "iter_modules", lambda _: [types.SimpleNamespace(name=name)]
    )
    monkeypatch.setattr(sys, "argv", ["bench"])
    code = bench_main.main()
    out = capsys.readouterr()
    return code, json.loads(out.out), out.err


def test_bench_when_backtest_trades_differ_then_error_entry_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, figures, err = _run_main(monkeypatch, capsys, MISMATCH)
    assert code == 1
    error = figures["backtest"]["error"]
    assert "the trades differ from the reference" in error and "trade 17" in error
    assert figures["backtest"]["trades_sigcopy"] == 411  # the figures are kept beside it
    assert "make bench: backtest failed: backtest: the trades differ" in err


def test_bench_when_backtest_trades_match_then_exit_0_and_no_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    same = {"backtest": {**MISMATCH["backtest"], "trades_match": True, "trade_differences": {}}}
    code, figures, err = _run_main(monkeypatch, capsys, same)
    assert code == 0 and "error" not in figures["backtest"] and "failed" not in err
