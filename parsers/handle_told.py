"""A close, a cancel or a stop move told of someone else by their handle (session 25, branch
i13-left26): "@trader123 closed #ETH at 3300 👏", "Our member @x closed #SOL in profit",
"Congrats @anna_t on closing #BTC +40%", "@ivan закрыл #ETH в плюс 🔥". The handle is blanked
by normalisation (parsers/normalize.py `_HANDLE`: an id, never a price) before the follow-up
reader sees the post, so it read as the channel's own close of the coin: a wrong action. A
member's trade asks nothing of the reader: the post is no follow-up (parsers/updates.py asks
this of the raw text). "@all close #ETH now" (a handle addressing the readers, the verb asked
of them) stays a close. (Forms made up from the ruling's examples; never a held-out post.)
"""

from __future__ import annotations

import re
from typing import Final

_HANDLE: Final = r"(?<![a-z0-9_])@[a-z_][a-z0-9_]{2,40}"
# The handle as the subject of a past action ("@x closed", "@x just took profit on", "@x has
# moved his stop"), or praised for one ("Congrats @x on closing", "Well done @x").
_TOLD: Final = re.compile(
    _HANDLE + r"[^\S\n]{1,3}(?:(?:just|also|has|have|had|already|successfully|finally|nicely"
    r"|did|was|тоже|уже|успешно|красиво)[^\S\n]{1,3}){0,2}"
    r"(?:closed|closes|took|takes|booked|secured|exited|sold|cashed|cancell?ed|moved|hit|nailed"
    r"|banked|caught|made|locked|закрыл\w{0,3}|зафиксировал\w{0,3}|вышел|вышла|отменил\w{0,3}"
    r"|забрал\w{0,3}|перенес\w{0,3}|перен[её]с\w{0,3})(?![a-zа-яё])"
    r"|(?<![a-zа-яё])(?:congrats|congratulations|kudos|shout\s?-?out|well\sdone|respect|bravo"
    r"|great\sjob|nice\sone|поздравляем|поздравля\w{1,3}|молодец|респект)[^\n]{0,24}?" + _HANDLE
)


def told_of_handle(text: str) -> bool:
    """Whether the raw post tells an action of someone named by their handle."""
    return "@" in text and _TOLD.search(text.lower()) is not None
