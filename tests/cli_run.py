"""Run the real `sigcopy` command in a clean folder, as a user would (no .env, own DATA_DIR)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIGCOPY = Path(sys.executable).parent / "sigcopy"


def clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment minus the user's sigcopy settings, with DATA_DIR and LOG_DIR in tmp."""
    from config.settings import Settings
    from config.unknown import setting_names

    ours = set(setting_names(Settings))
    env = {k: v for k, v in os.environ.items() if k not in ours and not k.startswith("SIGCOPY_")}
    env.update(
        PYTHONPATH=str(ROOT),
        DATA_DIR=str(tmp_path / "data"),
        LOG_DIR=str(tmp_path / "logs"),
        PAPER_PRICE_SOURCE="simulated",
    )
    env.update(extra)
    return env


def sigcopy(
    tmp_path: Path, *args: str, stdin: str = "", timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    """`sigcopy ARGS` run in tmp_path (no .env there unless the test wrote one)."""
    cmd = [str(SIGCOPY)] if SIGCOPY.exists() else [sys.executable, "-m", "engine.cli"]
    return subprocess.run(
        [*cmd, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_env(tmp_path, **env),
        timeout=timeout,
    )
