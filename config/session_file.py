"""The user-account session file (DATA_DIR/telegram.session): where it is and whether only its
owner can read it (it is as good as the account's password). Like env_check for `.env`."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

SESSION_FILE = "telegram.session"


def session_path(settings: Any) -> Path:
    """Where the login is kept when TELEGRAM_SESSION is not set."""
    return Path(settings.DATA_DIR) / SESSION_FILE


def secure_session_file(path: Path) -> None:
    """Owner-only (0600)."""
    if path.exists():
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def session_file_problem(settings: Any) -> str | None:
    """Why the session file is unsafe (readable by others), or None."""
    if settings.TELEGRAM_SESSION is not None:
        return None
    path = session_path(settings)
    if not path.exists():
        return None
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        return f"{path} is readable by others (mode {mode:o}); run: chmod 600 {path}"
    return None
