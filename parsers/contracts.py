"""A futures contract named by its delivery month ("#EOS/H20", "#XBTZ20": BitMEX's quarterly
contracts, the month a letter F..Z and the year two digits): the contract is the market, not the
coin quoted in USDT. parsers/updates.py reads a follow-up's coin with it first."""

from __future__ import annotations

import re
from typing import Final

# (The base two to six letters; the month codes F G H J K M N Q U V X Z; years 17 to 29.)
_CONTRACT: Final = re.compile(
    r"[#$]([a-z]{2,6})(?:\s?/\s?)?([fghjkmnquvxz](?:1[7-9]|2[0-9]))(?![a-z0-9/])"
)


def contract_of(low: str) -> str | None:
    """The dated contract a tag names ("#eos/h20", "#eosh20" give EOSH20), or None."""
    if "#" not in low and "$" not in low:
        return None
    m = _CONTRACT.search(low)
    return (m.group(1) + m.group(2)).upper() if m is not None else None
