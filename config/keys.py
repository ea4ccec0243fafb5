"""Settings of the API key manager (`sigcopy keys`), each settable by an environment variable."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class KeysConfig(BaseSettings):
    """Where the encrypted key store lives, which key live trading uses, how the store is unlocked."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=True)

    # The encrypted store; empty means DATA_DIR/keys.enc.
    KEYS_FILE: Path | None = None
    # Which of the store's keys for EXCHANGE live trading uses (`sigcopy keys add --label`).
    EXCHANGE_KEY_LABEL: str = Field("default", min_length=1, max_length=40)
    # What encrypts the store: "auto" takes the OS keyring when one is available, else a
    # passphrase; the choice is written in the store and kept.
    KEYS_PROTECTOR: Literal["auto", "keyring", "passphrase"] = "auto"
    # The passphrase, when the store is protected by one (else asked in the terminal). Best set
    # in the service's environment, not in .env next to the store.
    SIGCOPY_KEYS_PASSPHRASE: SecretStr | None = None
    # Keys older than this get a reminder to rotate them (list, doctor, bot start).
    KEY_MAX_AGE_DAYS: int = Field(90, ge=1)
