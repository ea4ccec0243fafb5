"""Start-up checks on the .env file that holds the exchange keys and the bot token."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def env_file_warnings(path: str | os.PathLike[str] = ".env") -> list[str]:
    """Warnings for a .env that users other than its owner can read or change (else [])."""
    p = Path(path)
    if os.name == "nt":  # POSIX permission bits mean nothing there
        return []
    try:
        mode = p.stat().st_mode
    except OSError:  # no .env (settings from the environment): nothing to check
        return []
    if not stat.S_ISREG(mode):
        return []
    shared = mode & (stat.S_IRWXG | stat.S_IRWXO)
    if not shared:
        return []
    who = []
    if mode & stat.S_IRWXG:
        who.append("its group")
    if mode & stat.S_IRWXO:
        who.append("every user of this machine")
    return [
        f"{p} can be read by {' and '.join(who)} (mode {stat.S_IMODE(mode):03o}): it holds your "
        f"exchange keys and bot token. Run: chmod 600 {p}"
    ]
