"""The EMERGENCY_STOP file: its presence halts all new trading, across restarts."""

from __future__ import annotations

import os
from pathlib import Path


class FileKillSwitch:
    """DATA_DIR/EMERGENCY_STOP; the file's text is the reason."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._path = str(self.path)

    def is_set(self) -> bool:
        """True when the file exists (one access() call: cheap enough for every order; unlike
        os.path.exists it raises and catches no exception when the file is absent)."""
        return os.access(self._path, os.F_OK)

    def set(self, reason: str) -> None:
        """Create the file with the reason."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(reason + "\n", encoding="utf-8")

    def clear(self) -> None:
        """Remove the file."""
        self.path.unlink(missing_ok=True)

    def reason(self) -> str | None:
        """The reason written in the file, or None."""
        try:
            return self.path.read_text(encoding="utf-8").strip() or "emergency stop file present"
        except OSError:
            return None
