"""The key manager's operations: add, list, test, rotate, remove, each tried on the exchange
before anything is stored, with ages read from the injected clock."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from config.settings import Settings
from engine.keys.credentials import Credentials
from engine.keys.crypto import Unlock
from engine.keys.probe import KeyRefused, ProbeResult, probe_key
from engine.keys.store import DAY, KeyEntry, KeyStore, age_days, find, keys_path, reminder
from engine.ports import Clock

Probe = Callable[[Settings, str, Credentials], Awaitable[ProbeResult]]
_SHORT = {  # Binance apiRestrictions flags as `list` shows them
    "enableReading": "read",
    "enableFutures": "futures",
    "enableSpotAndMarginTrading": "spot",
    "enableMargin": "margin",
    "enableWithdrawals": "WITHDRAW",
    "enableInternalTransfer": "transfer",
    "permitsUniversalTransfer": "universal-transfer",
}


def permissions_text(entry: KeyEntry) -> str:
    if entry.permissions is None:
        return "not reported (check by hand)"
    p = entry.permissions
    flags = [short for name, short in _SHORT.items() if str(p.get(name)).lower() == "true"]
    flags.append("ip-restricted" if str(p.get("ipRestrict")).lower() == "true" else "any-ip")
    return ",".join(flags)


def _when(ts: float | None, clock: Clock) -> str:
    if ts is None:
        return "never"
    days = int(max(0.0, clock.time() - ts) // DAY)
    return "today" if days == 0 else f"{days}d ago"


@dataclass
class Row:
    """One line of `sigcopy keys list`."""

    exchange: str
    label: str
    masked: str
    permissions: str
    age: str
    last_used: str
    reminder: str | None


class KeyManager:
    """Keys in the encrypted store; every new key is tried with read-only calls first."""

    def __init__(
        self, settings: Settings, unlock: Unlock, clock: Clock, probe: Probe = probe_key
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.probe = probe
        self.store = KeyStore(keys_path(settings), unlock)

    def entries(self) -> list[KeyEntry]:
        return self.store.read()

    def rows(self) -> list[Row]:
        limit = self.settings.keys.KEY_MAX_AGE_DAYS
        return [
            Row(
                e.exchange,
                e.label,
                e.credentials.masked(),
                permissions_text(e),
                f"{int(age_days(e, self.clock))}d",
                _when(e.last_used, self.clock),
                reminder(e, self.clock, limit),
            )
            for e in sorted(self.entries(), key=lambda e: (e.exchange, e.label))
        ]

    def _get(self, exchange: str, label: str) -> KeyEntry:
        entry = find(self.entries(), exchange, label)
        if entry is None:
            names = ", ".join(e.name for e in self.entries()) or "none"
            raise KeyRefused(
                f"No key {exchange}/{label} in the store (stored: {names}).",
                "Add it with `sigcopy keys add`, or give --exchange and --label.",
            )
        return entry

    async def add(self, exchange: str, label: str, creds: Credentials) -> ProbeResult:
        """Try the key, then store it (refused when already stored, or when it may withdraw)."""
        exchange = exchange.lower()
        self.store.prepare()  # the passphrase is asked (and checked) before the exchange call
        if find(self.entries(), exchange, label) is not None:
            raise KeyRefused(
                f"A key {exchange}/{label} is already stored.",
                "Use `sigcopy keys rotate` to replace it, or choose another --label.",
            )
        result = await self.probe(self.settings, exchange, creds)
        with self.store.editing() as entries:
            if find(entries, exchange, label) is not None:
                raise KeyRefused(f"A key {exchange}/{label} was stored meanwhile.", "Run it again.")
            entries.append(
                KeyEntry(
                    exchange,
                    label,
                    creds,
                    created_at=self.clock.time(),
                    last_used=self.clock.time(),
                    permissions=result.permissions,
                    notes=result.warnings,
                )
            )
        return result

    async def test(self, exchange: str, label: str) -> ProbeResult:
        """Try a stored key again; its permissions and last use are updated."""
        entry = self._get(exchange.lower(), label)
        result = await self.probe(self.settings, entry.exchange, entry.credentials)
        with self.store.editing() as entries:
            stored = find(entries, entry.exchange, label)
            if stored is not None:
                stored.last_used = self.clock.time()
                stored.permissions = result.permissions
                stored.notes = result.warnings
        return result

    async def rotate(
        self, exchange: str, label: str, creds: Credentials
    ) -> tuple[str, ProbeResult]:
        """Replace a stored key by a new one (tried first); the old one is wiped. Returns the
        old key's masked form."""
        entry = self._get(exchange.lower(), label)
        if entry.credentials.same_key(creds):
            raise KeyRefused(
                "That is the key already stored.", "Create a new key on the exchange first."
            )
        result = await self.probe(self.settings, entry.exchange, creds)
        with self.store.editing() as entries:
            stored = find(entries, entry.exchange, label)
            if stored is None:
                raise KeyRefused(f"{entry.name} was removed meanwhile.", "Add the key instead.")
            old = stored.credentials
            stored.credentials = creds
            stored.created_at = self.clock.time()
            stored.last_used = self.clock.time()
            stored.permissions = result.permissions
            stored.notes = result.warnings
        masked = old.masked()
        old.wipe()
        entry.credentials.wipe()
        return masked, result

    def remove(self, exchange: str, label: str) -> str:
        """Delete a stored key (wiped in memory); returns its masked form."""
        exchange = exchange.lower()
        self._get(exchange, label)
        with self.store.editing() as entries:
            stored = find(entries, exchange, label)
            if stored is None:
                raise KeyRefused(f"{exchange}/{label} was removed meanwhile.")
            entries.remove(stored)
        masked = stored.credentials.masked()
        stored.credentials.wipe()
        return masked
