"""Command-line conventions, through the real `sigcopy` command: --help, --version, exit codes,
progress only on a terminal, and a clean shutdown (no unclosed HTTP sessions)."""

from __future__ import annotations

import asyncio
import io
from importlib.metadata import version
from pathlib import Path

import pytest

from engine.cli import COMMANDS
from engine.progress import working
from tests.cli.conftest import sigcopy
from tests.fakes.fixtures import start_fake

HELP_ARGS = [[name, "--help"] for name in COMMANDS] + [["candles", "download", "--help"]]


@pytest.mark.parametrize("args", HELP_ARGS, ids=lambda a: " ".join(a[:-1]))
def test_help_when_asked_on_any_subcommand_then_prints_usage_and_does_nothing_else(
    run_cli, tmp_path: Path, args: list[str]
):
    proc = run_cli(*args)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.lstrip().startswith("usage: sigcopy")
    assert proc.stderr == ""
    assert list(tmp_path.iterdir()) == []  # no data folder, no log, no database


def test_version_when_asked_then_prints_installed_version(run_cli):
    proc = run_cli("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"sigcopy {version('sigcopy')}"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ([], 0),
        (["frobnicate"], 2),
        (["run", "--bogus"], 2),
        (["candles"], 2),
        (["parse", "good morning everyone"], 1),
        (["parse", "BTCUSDT LONG entry 42000 TP 43000 SL 41000"], 0),
    ],
)
def test_exit_code_when_command_runs_then_zero_success_one_failure_two_usage(
    run_cli, args: list[str], code: int
):
    proc = run_cli(*args)
    assert proc.returncode == code, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr


def test_run_when_stdout_is_not_a_terminal_then_no_progress_bar(run_cli):
    proc = run_cli("run", stdin="/quit\n")
    assert proc.returncode == 0, proc.stderr
    assert "starting:" not in proc.stderr and "\r" not in proc.stderr


async def test_working_when_on_a_terminal_then_shows_what_is_waited_for():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty, pipe = Tty(), io.StringIO()
    async with working("loading mexc markets", tty):
        await asyncio.sleep(0.3)
    async with working("loading mexc markets", pipe):
        await asyncio.sleep(0.01)
    assert "loading mexc markets" in tty.getvalue()
    assert pipe.getvalue() == ""


CLEAN_RUNS = {
    "paper on exchange prices": (["run"], {"PAPER_PRICE_SOURCE": "exchange"}),
    "paper falling back to simulated": (["run"], {"PAPER_PRICE_SOURCE": "auto", "_DOWN": "1"}),
    "live dry run": (["run"], {"TRADING_MODE": "live"}),
    "doctor": (["doctor"], {"TRADING_MODE": "live"}),
}


@pytest.mark.parametrize("case", list(CLEAN_RUNS))
async def test_shutdown_when_command_ends_then_no_unclosed_session_warning(
    tmp_path: Path, case: str
):
    args, extra = CLEAN_RUNS[case]
    fake = await start_fake("mexc")
    try:
        env = dict(
            EXCHANGE="mexc",
            EXCHANGE_API_KEY=fake.api_key,
            EXCHANGE_API_SECRET=fake.secret,
            EXCHANGE_API_BASE_URL=fake.url,
            PYTHONWARNINGS="always",  # ResourceWarning is silent by default: make it loud
            PYTHONTRACEMALLOC="0",
        )
        env.update({k: v for k, v in extra.items() if not k.startswith("_")})
        if extra.get("_DOWN"):
            env["EXCHANGE_API_BASE_URL"] = "http://127.0.0.1:9"  # discard port: refused
        proc = await asyncio.to_thread(sigcopy, tmp_path, *args, stdin="/quit\n", **env)
    finally:
        await fake.stop()
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    for leak in ("Unclosed client session", "Unclosed connector", "ResourceWarning"):
        assert leak not in proc.stderr, proc.stderr
    assert "Bye." in proc.stdout or "checks:" in proc.stdout


async def test_run_when_exchange_hangs_in_auto_mode_then_console_starts_on_simulated_prices(
    tmp_path: Path,
):
    fake = await start_fake("mexc")
    fake.set_latency(8.0)  # answers nothing in time, like a resolver or link that hangs
    try:
        env = dict(EXCHANGE="mexc", EXCHANGE_API_BASE_URL=fake.url, PAPER_PRICE_SOURCE="auto")
        proc = await asyncio.to_thread(sigcopy, tmp_path, "run", stdin="/quit\n", **env)
        calls = [c.path for c in fake.calls]
    finally:
        fake.set_latency(0.0)
        await fake.stop()
    assert proc.returncode == 0, proc.stderr
    assert "SIMULATED PRICES" in proc.stdout and "Bye." in proc.stdout
    # One attempt that times out, then simulated prices: not ccxt's retries of a hanging
    # exchange, one after another (counted on the fake, which records a request on arrival,
    # before its latency; no wall-clock bound, which a busy machine breaks).
    assert len(calls) == 1, calls
