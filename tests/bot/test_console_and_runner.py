"""The terminal console (through stdin) and `sigcopy run` picking its front end."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
from pathlib import Path

from bot.console import Console
from bot.desk import Desk
from bot.runner import build_parser, run
from config import LiveConfig, load_settings
from tests.bot.conftest import ADMIN, SIGNAL, make_settings
from tests.fakes.fake_telegram import FakeTelegram

ROOT = Path(__file__).resolve().parents[2]


def _script(*blocks: str) -> str:
    return "\n".join(blocks) + "\n"


def _console_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SIGCOPY_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        PAPER_PRICE_SOURCE="simulated",
        TRADING_MODE="paper",
        DATA_DIR=str(tmp_path / "data"),
        LOG_DIR=str(tmp_path / "logs"),
    )
    return env


def test_console_when_driven_through_stdin_then_card_approval_and_commands(tmp_path: Path):
    env = _console_env(tmp_path)
    stdin = _script(
        SIGNAL, "", "y", "/stats", "/positions", "good morning", "", "/halt", SIGNAL, "",
        "/resume", "/quit",
    )  # fmt: skip
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,  # no .env here: no token, so the console starts
        env=env,
        timeout=120,
    )
    out = proc.stdout
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in out + proc.stderr
    assert "No TELEGRAM_BOT_TOKEN" in out
    assert "SIMULATED PRICES" in out
    assert "LONG BTC/USDT" in out and "PAPER" in out
    assert "Approve? [y/n]" in out
    assert "Executed" in out
    assert "Open positions: 1" in out
    assert "No signal found" in out
    assert "Halted" in out
    after_halt = out.split("Halted: no new trades", 1)[1]
    assert "Refused" in after_halt and "halted" in after_halt
    assert "Resumed" in out
    assert out.rstrip().endswith("Bye.") or "Bye." in out


async def test_console_when_answer_is_no_then_nothing_traded(tmp_path: Path):
    settings = load_settings(
        TRADING_MODE="paper",
        PAPER_PRICE_SOURCE="simulated",
        DATA_DIR=tmp_path,
        LOG_DIR=tmp_path / "logs",
        TELEGRAM_BOT_TOKEN=None,
        live=LiveConfig(REQUIRE_CONFIRMATION=True),
    )
    from engine.engine import TradingEngine

    engine = TradingEngine(mode="paper", settings=settings)
    out: list[str] = []
    try:
        desk = Desk(engine, build_parser(settings), settings)
        stdin = io.StringIO(_script(SIGNAL, "", "maybe", "n", "/pending", "/positions"))
        code = await Console(desk, stdin=stdin, write=out.append).run()
    finally:
        await engine.aclose()
    text = "".join(out)
    assert code == 0
    assert "Please answer y or n." in text
    assert "Rejected" in text
    assert "Nothing waiting for approval." in text
    assert "No open positions, no entries resting or waiting for their level" in text


async def test_run_when_token_given_then_polls_telegram_until_stopped(
    tmp_path: Path, tg: FakeTelegram
):
    settings = make_settings(tmp_path, tg)
    stop = asyncio.Event()
    task = asyncio.create_task(run(settings, stop=stop))
    await tg.wait_for("setMyCommands", timeout=30)
    mark = tg.mark()
    tg.push_command(ADMIN, "/start")
    help_text = await tg.wait_text("sigcopy", chat_id=ADMIN, after=mark)
    assert "PAPER" in help_text["text"] and "/halt" in help_text["text"]
    stop.set()
    assert await asyncio.wait_for(task, 30) == 0


async def test_run_when_token_is_wrong_then_says_so_without_traceback(
    tmp_path: Path, tg: FakeTelegram, capsys
):
    settings = make_settings(tmp_path, tg).model_copy(
        update={"TELEGRAM_BOT_TOKEN": load_settings(TELEGRAM_BOT_TOKEN="1:nope").TELEGRAM_BOT_TOKEN}
    )
    assert await asyncio.wait_for(run(settings), 30) == 1
    assert "BotFather" in capsys.readouterr().out


def test_console_when_killed_while_card_waits_then_card_asked_again_and_approved(tmp_path: Path):
    argv = [sys.executable, "-m", "bot", "run"]
    first = subprocess.Popen(
        argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, cwd=tmp_path, env=_console_env(tmp_path),
    )  # fmt: skip
    assert first.stdin is not None and first.stdout is not None
    first.stdin.write(_script(SIGNAL, ""))
    first.stdin.flush()
    seen = []
    for line in first.stdout:  # the card, then its question
        seen.append(line)
        if "Approve? [y/n]" in line:
            break
    assert any("LONG BTC/USDT" in x for x in seen), seen
    first.kill()  # SIGKILL while the card waits for its answer
    first.wait(timeout=30)
    second = subprocess.run(
        argv, input=_script("y", "/positions", "/quit"), capture_output=True, text=True,
        cwd=tmp_path, env=_console_env(tmp_path), timeout=120,
    )  # fmt: skip
    out = second.stdout
    assert second.returncode == 0, second.stderr
    assert "Waiting for your answer from before the restart" in out
    after = out.split("from before the restart", 1)[1]
    assert "LONG BTC/USDT" in after and "Executed" in after
    assert "Open positions" in after and "BTC/USDT" in after.split("Open positions", 1)[1]


async def test_console_halt_close_when_answered_yes_then_closes_what_it_asked(tmp_path: Path):
    from tests.bot.conftest import paper_desk

    desk, engine = paper_desk(tmp_path)  # auto mode: the signal is taken at once
    out: list[str] = []
    try:
        stdin = io.StringIO(_script(SIGNAL, "", "/halt close", "y", "/positions"))
        code = await Console(desk, stdin=stdin, write=out.append).run()
    finally:
        await engine.aclose()
    text = "".join(out)
    assert code == 0 and "Close every open position (1)? [y/n]" in text
    assert "✅ Closed 1 position." in text
    assert "No open positions" in text
