"""The key a running bot signs with, from the key manager, swapped without a restart.

When the store holds a key for EXCHANGE and EXCHANGE_KEY_LABEL, every ccxt client the bot builds
with keys (REST and websocket) is bound to one LiveKey. Each request's signing goes through it:
it first looks whether the store file changed (one stat), and if `sigcopy keys rotate` replaced
the key, swaps in the new immutable Credentials; then, under the lock the swap also takes, it
sets that one object's key and secret on the client and signs. ccxt signs synchronously on the
event loop's thread, so a request is signed wholly with the old key or wholly with the new one,
never with a mix; requests already sent keep the key they were signed with.
"""

from __future__ import annotations

import getpass
import logging
import sys
import threading
import weakref
from pathlib import Path
from typing import Any

from config.settings import Settings
from engine import redaction
from engine.keys.credentials import Credentials
from engine.keys.crypto import KeyStoreError, Unlock
from engine.keys.store import KeyEntry, KeyStore, find, keys_path, reminder
from engine.ports import Clock

log = logging.getLogger("sigcopy.keys")


def settings_unlock(settings: Settings, *, interactive: bool | None = None) -> Unlock:
    """How to unlock the store: SIGCOPY_KEYS_PASSPHRASE, else a prompt when in a terminal."""
    given = settings.keys.SIGCOPY_KEYS_PASSPHRASE
    if given is not None:
        value = given.get_secret_value()
        return Unlock(settings.keys.KEYS_PROTECTOR, lambda _confirm: value)
    if interactive is None:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    if not interactive:
        return Unlock(settings.keys.KEYS_PROTECTOR, None)

    def ask(confirm: bool) -> str:
        first = getpass.getpass("Key store passphrase: ")
        if confirm and getpass.getpass("Same passphrase again: ") != first:
            raise KeyStoreError("The two passphrases differ.", "Run the command again.")
        return first

    return Unlock(settings.keys.KEYS_PROTECTOR, ask)


class LiveKey:
    """The current credentials of one exchange/label, read per request, swapped atomically."""

    def __init__(self, store: KeyStore, entry: KeyEntry) -> None:
        self.store = store
        self.exchange = entry.exchange
        self.label = entry.label
        self.entry = entry
        self.lock = threading.Lock()
        self._current = entry.credentials
        self._texts = self._current.texts()
        self._seen = store.fingerprint()
        self._bound: weakref.WeakSet[Any] = weakref.WeakSet()
        self.swaps = 0

    @property
    def current(self) -> Credentials:
        return self._current

    def bind(self, exchange: Any) -> None:
        """Sign every request of this ccxt client with the current credentials."""
        original = exchange.sign

        def sign(*args: Any, **kwargs: Any) -> Any:
            self.refresh()
            with self.lock:
                self._apply(exchange)
                return original(*args, **kwargs)

        exchange.sign = sign
        with self.lock:
            self._apply(exchange)
        self._bound.add(exchange)

    def _apply(self, exchange: Any) -> None:
        exchange.apiKey, exchange.secret = self._texts[0], self._texts[1]
        if len(self._texts) > 2:
            exchange.password = self._texts[2]

    def refresh(self) -> None:
        """Swap in the store's key when the store file changed (a stat when it did not)."""
        seen = self.store.fingerprint()
        if seen == self._seen or seen is None:
            return
        self._seen = seen
        try:
            entry = find(self.store.read(), self.exchange, self.label)
        except KeyStoreError as exc:
            log.warning("key store changed but cannot be read (%s); keeping the current key", exc)
            return
        if entry is None:
            log.warning(
                "key %s/%s was removed from the store; the running bot keeps the key it has "
                "until it stops",
                self.exchange,
                self.label,
            )
            return
        self.entry = entry
        if not entry.credentials.same_key(self._current):
            self.swap(entry.credentials)

    def swap(self, new: Credentials) -> None:
        """Replace the credentials for every bound client at once; the old ones are wiped."""
        redaction.remember(*new.texts())
        with self.lock:
            old, self._current = self._current, new
            self._texts = new.texts()
            for exchange in list(self._bound):
                self._apply(exchange)
            self.swaps += 1
        log.warning(
            "API key %s/%s rotated: now signing with %s", self.exchange, self.label, new.masked()
        )
        old.wipe()

    def start_warnings(self, clock: Clock, max_age_days: int) -> list[str]:
        """Said at bot start: the age reminder. Also records the key's last use."""
        try:
            with self.store.editing() as entries:
                stored = find(entries, self.exchange, self.label)
                if stored is not None:
                    stored.last_used = clock.time()
            self._seen = self.store.fingerprint()
        except (OSError, KeyStoreError) as exc:
            log.warning("could not record the key's last use (%s)", type(exc).__name__)
        note = reminder(self.entry, clock, max_age_days)
        return [f"Key manager: {note}"] if note else []


_LIVE: dict[tuple[Path, str, str], LiveKey] = {}
_LIVE_LOCK = threading.Lock()


def managed_key(settings: Settings) -> LiveKey | None:
    """The LiveKey for the configured exchange and label (one per process), or None when the
    store does not exist or holds no such key. Raises KeyStoreError when it cannot be opened."""
    path = keys_path(settings)
    if not path.exists():
        return None
    exchange, label = settings.EXCHANGE.lower(), settings.keys.EXCHANGE_KEY_LABEL
    slot = (path.resolve(), exchange, label)
    with _LIVE_LOCK:
        live = _LIVE.get(slot)
        if live is None:
            store = KeyStore(path, settings_unlock(settings))
            entry = find(store.read(), exchange, label)
            if entry is None:
                return None
            live = _LIVE[slot] = LiveKey(store, entry)
            log.info("exchange key: %s from the key manager (%s)", entry.name, path)
    return live


def bind_managed_credentials(exchange: Any, settings: Settings) -> LiveKey | None:
    """Bind a ccxt client to the key manager's key when it holds one (it wins over .env)."""
    live = managed_key(settings)
    if live is not None:
        live.bind(exchange)
        exchange._sigcopy_key = live
    return live


def start_warnings(exchange: Any, settings: Settings, clock: Clock) -> list[str]:
    """The key manager's start-up reminders for a bound client ([] for .env keys)."""
    live = getattr(exchange, "_sigcopy_key", None)
    if not isinstance(live, LiveKey):
        return []
    return live.start_warnings(clock, settings.keys.KEY_MAX_AGE_DAYS)
