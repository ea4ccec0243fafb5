"""A token- or key-shaped value in ANY setting (a bot token pasted into the wrong variable) is
masked in `doctor`, in the logs and in errors, like the real secret settings."""

from __future__ import annotations

import asyncio
import logging
import os
import traceback
from pathlib import Path

import pytest

from bot.logs import install_redaction
from config import load_settings
from config.redact import mask
from engine import doctor
from engine.errors import ConfigError
from engine.logging_setup import secrets_of, setup_logging

TOKEN = "7412369850:AAH3kq9ZxV0bT4mW8sLpQe2RyNc5uJdK1oI"  # shaped like a real bot token
HEX_KEY = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
B64_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"
SHAPED = (TOKEN, TOKEN.split(":", 1)[1], HEX_KEY, B64_KEY)


def _leaks(text: str) -> list[str]:
    return [s for s in SHAPED if s in text]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for k in list(os.environ):
        if k.startswith(("TELEGRAM_", "EXCHANGE", "AI_", "MEXC_", "TRADING_", "DATA_DIR")):
            monkeypatch.delenv(k, raising=False)
    monkeypatch.chdir(tmp_path)


def _env(tmp: Path, **values: str) -> Path:
    base = {"TRADING_MODE": "paper", "DATA_DIR": str(tmp / "data"), "LOG_DIR": str(tmp / "l")}
    env = tmp / ".env"
    env.write_text("".join(f"{k}={v}\n" for k, v in {**base, **values}.items()))
    os.chmod(env, 0o600)
    return env


@pytest.mark.parametrize(
    "setting",
    [
        {"TELEGRAM_ADMIN_IDS": TOKEN},  # refused by validation: the error names the setting
        {"TELEGRAM_CHANNEL_IDS": f"-100123,{TOKEN}"},
        {"EXCHANGE": HEX_KEY},
        {"DATA_DIR": f"/tmp/{B64_KEY}"},  # accepted: printed by the data directory check
    ],
    ids=["admin_ids", "channel_ids", "exchange", "data_dir"],
)
async def test_doctor_when_token_in_wrong_setting_then_masked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setting: dict[str, str]
) -> None:
    env = _env(tmp_path, **setting)
    await asyncio.to_thread(doctor.main, ["--env-file", str(env)])
    out = capsys.readouterr().out
    assert "checks:" in out  # the report ran
    assert not _leaks(out), out
    name = next(iter(setting))
    if "IDS" in name:
        assert f"[FAIL] settings: Invalid settings: {name}=(hidden)" in out


def test_settings_error_when_token_in_id_list_then_message_and_traceback_clean() -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(TELEGRAM_ADMIN_IDS=TOKEN, _env_file=None)
    text = str(info.value) + "".join(traceback.format_exception(info.value))
    assert "TELEGRAM_ADMIN_IDS" in text
    assert not _leaks(text), text


def test_logs_when_token_shaped_value_in_any_setting_then_masked(tmp_path: Path) -> None:
    settings = load_settings(
        _env_file=None,
        TRADING_MODE="paper",
        DATA_DIR=tmp_path / "data",
        LOG_DIR=tmp_path / "logs",
        AI_MODEL=TOKEN,  # the token pasted into a plain setting
        AI_BASE_URL=f"http://127.0.0.1:9/{HEX_KEY}",
    )
    assert TOKEN in secrets_of(settings)
    root = logging.getLogger()
    before = list(root.handlers)
    flt = setup_logging(settings)
    install_redaction(None, secrets_of(settings))
    try:
        log = logging.getLogger("bot.test")
        log.warning("model %s at %s", settings.AI_MODEL, settings.AI_BASE_URL)
        try:
            raise RuntimeError(f"refused key {B64_KEY} for {TOKEN}")
        except RuntimeError:
            log.exception("call failed")
        for h in root.handlers:
            h.flush()
    finally:
        for h in [h for h in root.handlers if h not in before]:
            root.removeHandler(h)
            h.close()
    text = (tmp_path / "logs" / "sigcopy.log").read_text()
    assert "model *** at" in text and "RuntimeError" in text
    assert not _leaks(text), text
    assert flt.redact(f"x {TOKEN} y") == "x *** y"


@pytest.mark.parametrize(
    "text",
    [
        "order sck0001entry0 id 8389765536431293 filled at 60,000.5",
        "/tmp/pytest-of-root/pytest-16/test_bot_when_killed_at_each_approval_step0/data",
        "http://127.0.0.1:8080/bot/getUpdates at 2026-12-04 10:43:26",
        "trade tg-1001111111111_12 · pending Xy3_aB9-kLmN",
    ],
)
def test_mask_when_ordinary_text_then_unchanged(text: str) -> None:
    assert mask(text) == text
