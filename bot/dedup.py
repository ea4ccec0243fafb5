"""Posts already handled, keyed by (chat id, message id): a post reaching sigcopy through both
the Bot API and the user-account listener (or twice through one of them) is handled once."""

from __future__ import annotations

from collections import OrderedDict

Key = tuple[int, int]


class SeenPosts:
    """A bounded memory of handled posts; edits are remembered by their text too."""

    def __init__(self, limit: int = 10_000) -> None:
        self._limit = limit
        self._seen: OrderedDict[tuple[Key, str | None], None] = OrderedDict()

    def first(self, key: Key, edit_text: str | None = None) -> bool:
        """True the first time (key, edit_text) is offered; False for a repeat."""
        item = (key, edit_text)
        if item in self._seen:
            return False
        self._seen[item] = None
        if len(self._seen) > self._limit:
            self._seen.popitem(last=False)
        return True
