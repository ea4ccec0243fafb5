"""The book's tag: a short random word made once with the book's database and kept in it.

Every client order id the book builds carries it (`Trade.next_client_id`), so two books that
reach one exchange account (paper and live share none, but two key pairs of one account, or a
book whose database was reset or replaced, do) never build the same client id: a look-up by
client id after a lost answer can only find this database's own orders, never another book's
or an older database's. Trade ids alone do not tell them apart: the same signal copied to two
books has one id, and a fresh database may see a signal id again.

Exchanges' rules for client ids: Binance USD-M `newClientOrderId` (and `clientAlgoId`) "A unique
id among open orders ... ^[\\.A-Z\\:/a-z0-9_-]{1,36}$"
(https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api); MEXC
futures `externalOid` states no length or character set
(https://mexcdevelop.github.io/apidocs/contract_v1_en/#order-under-maintenance), so sigcopy
keeps to [A-Za-z0-9_-] and 32 characters there (`ccxt_exchange.exchange_client_id`, which
hashes what does not fit). The tag is 6 lowercase letters and digits: inside every rule.
"""

from __future__ import annotations

import logging
import secrets
import string
from typing import Any

log = logging.getLogger("sigcopy.engine")
KEY = "book_tag"  # its row in the store's "state" kind
_ALPHABET = string.ascii_lowercase + string.digits
LENGTH = 6  # 36**6: about 2 billion tags


def new_tag() -> str:
    """A fresh random tag (from the OS's generator: unique across machines and databases)."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(LENGTH))


async def book_tag(store: Any, book: str, now: float) -> str:
    """The book's tag, made and committed on the database's first open. A store that keeps
    nothing (a backtest's) has none: its orders never reach an exchange."""
    if getattr(store, "volatile", False):
        return ""
    row = await store.get("state", KEY)
    if row and isinstance(row.get("tag"), str) and row["tag"]:
        return str(row["tag"])
    tag = new_tag()
    keys = getattr(store, "keys_sync", None)
    had_orders = bool(keys("order")) if keys is not None else bool(await store.load("order"))
    store.put("state", KEY, "ok", {"tag": tag, "created_at": now})
    await store.flush()  # before any order carries it
    if had_orders:
        log.info(
            "book %s: its database predates client-id tags; orders already sent keep their "
            "client ids, new orders carry the tag %s",
            book,
            tag,
        )
    return tag
