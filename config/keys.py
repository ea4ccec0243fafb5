"""Settings of the API key manager (`sigcopy keys`), each settable by an environment variable."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class KeysConfig(BaseSettings):
    """Where the encrypted key store lives, which key live trading uses, how the store is unlocked."""

    model_config = SettingsConfigDict(
        env_file=".env", extra="ignore", case_sensitive=True, use_attribute_docstrings=True
    )

    KEYS_FILE: Path | None = None
    """The encrypted key store (`sigcopy keys`). Empty: `DATA_DIR/keys.enc`."""
    EXCHANGE_KEY_LABEL: str = Field("default", min_length=1, max_length=40)
    """Which of the store's keys for EXCHANGE live trading uses (`sigcopy keys add --label`)."""
    KEYS_PROTECTOR: Literal["auto", "keyring", "passphrase"] = "auto"
    """What encrypts a new key store: `keyring` (the OS keyring), `passphrase`, or `auto` (the keyring when one is available, else a passphrase). Written in the store and kept."""
    SIGCOPY_KEYS_PASSPHRASE: SecretStr | None = None
    """The key store's passphrase (asked in a terminal when unset). Set it in the service's environment, not in `.env` next to the store."""
    KEY_MAX_AGE_DAYS: int = Field(90, ge=1)
    """Keys older than this many days get a reminder to rotate them (keys list, doctor, bot start)."""
