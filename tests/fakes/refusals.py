"""A fake exchange's refusal kinds, each rendered as the code its exchange documents for it.

A kind a fake does not list has no documented answer: rendering it is a bug in the test or the
fake, not an exchange's answer. It used to fall back to a code of the fake's choosing (Binance
-1000, which the engine reads as "execution status unknown"; MEXC 600 "Param error", a
refusal): the fake then told the engine a fate the exchange never said. Now it is recorded and
raised: the request gets the server's bare 500, and the fake's stop() fails the test.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, TypeVar

T = TypeVar("T")


class UnlistedRefusal(AssertionError):
    """A refusal kind the fake has no documented code for (a test bug)."""


class Refusals(Generic[T]):
    """kind -> the exchange's documented answer; an unlisted kind is a test bug, said loudly."""

    def __init__(self, exchange: str, table: Mapping[str, T], where: str) -> None:
        self.exchange = exchange
        self.table = table
        self.where = where  # the module holding the table, named in the failure
        self.bugs: list[str] = []

    def answer(self, kind: str) -> T:
        found = self.table.get(kind)
        if found is None:
            bug = (
                f"fake {self.exchange}: refusal kind {kind!r} has no documented code "
                f"(add it to {self.where} with the code the exchange documents)"
            )
            self.bugs.append(bug)
            raise UnlistedRefusal(bug)
        return found

    def check(self) -> None:
        """Fail (at the fake's stop) if any unlisted kind was rendered."""
        if self.bugs:
            raise UnlistedRefusal("; ".join(self.bugs))
