"""One line of `sigcopy doctor`'s report: OK, WARN or FAIL, what was found, what to do."""

from __future__ import annotations

from dataclasses import dataclass

from config.redact import mask

OK, WARN, FAIL = "OK", "WARN", "FAIL"


@dataclass
class Check:
    """One line of the report."""

    status: str
    name: str
    detail: str
    fix: str = ""

    def render(self) -> str:
        line = f"[{self.status:>4}] {self.name}: {self.detail}"
        line += f"\n       fix: {self.fix}" if self.fix and self.status != OK else ""
        return mask(line)  # a token or key pasted into any setting never reaches the screen
