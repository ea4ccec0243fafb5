"""All settings, read once at start-up from the environment and `.env`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from config.keys import KeysConfig
from config.redact import looks_secret, mask
from config.trading_config import LiveConfig, RiskConfig
from config.unknown import unknown_settings


def _ids(v: object) -> object:
    if isinstance(v, str):
        return [int(x) for x in v.replace(";", ",").replace(" ", ",").split(",") if x.strip()]
    if isinstance(v, int):
        return [v]
    return v


class BookConfig(BaseModel):
    """One more book each signal is copied to (COPY_TO): paper, or a live account; its own
    risk settings are the main ones with `risk` applied on top."""

    model_config = ConfigDict(extra="forbid")

    mode: Literal["paper", "live"] = "paper"
    name: str | None = None  # default: paper, dry-run, or <exchange>-<hash of the key>
    exchange: str | None = None  # default: EXCHANGE
    api_key: SecretStr | None = None  # default: the main exchange credentials
    api_secret: SecretStr | None = None
    dry_run: bool | None = None  # default: DRY_RUN_FIRST
    risk: dict[str, Any] = Field(default_factory=dict)  # e.g. {"MAX_LEVERAGE": 5}

    @field_validator("risk")
    @classmethod
    def _known(cls, v: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(v) - set(RiskConfig.model_fields))
        if unknown:
            raise ValueError(f"unknown risk settings {', '.join(unknown)}")
        return v


def _books(v: object) -> object:
    """COPY_TO=paper, COPY_TO=paper,live or a JSON list of book objects."""
    if isinstance(v, str):
        text = v.strip()
        if text.startswith("["):
            return json.loads(text)
        return [{"mode": m.strip()} for m in text.split(",") if m.strip()]
    return v


class Settings(BaseSettings):
    """Every setting sigcopy reads; nothing else in the project reads the environment."""

    model_config = SettingsConfigDict(
        env_file=".env", extra="ignore", case_sensitive=True, use_attribute_docstrings=True
    )

    TRADING_MODE: Literal["paper", "live", "backtest"] = "paper"
    """`paper` (simulated fills, no money), `live` (real orders through ccxt) or `backtest`."""
    EXCHANGE: str = "mexc"
    """Any ccxt exchange id: `mexc`, `binanceusdm` (Binance USD-M futures), `bybit`, `okx`, `bitget`, ..."""
    MARKET_TYPE: Literal["swap", "spot"] = "swap"
    """`swap` (USDT-margined perpetual futures) or `spot` (no leverage, no shorts)."""
    MARGIN_MODE: Literal["isolated", "cross"] = "isolated"
    """Futures margin mode: `isolated` (each position risks only its own margin) or `cross`."""
    MEXC_API_KEY: SecretStr | None = None
    """MEXC API key (trade permission on, withdrawal permission OFF). Used when EXCHANGE=mexc and EXCHANGE_API_KEY is unset."""
    MEXC_API_SECRET: SecretStr | None = None
    """MEXC API secret."""
    EXCHANGE_API_KEY: SecretStr | None = None
    """API key for any exchange (takes precedence over MEXC_API_KEY). Trade permission on, withdrawal permission OFF."""
    EXCHANGE_API_SECRET: SecretStr | None = None
    """API secret for any exchange."""
    EXCHANGE_API_PASSWORD: SecretStr | None = None
    """API passphrase, for exchanges that have one (okx, bitget, kucoin)."""
    EXCHANGE_API_BASE_URL: str | None = None
    """Send every REST call (and the order websocket) to this base URL, keeping the paths: a proxy, a regional endpoint or a test server."""
    EXCHANGE_SANDBOX: bool = False
    """Use the exchange's testnet where ccxt has one."""
    DATA_DIR: Path = Path("data")
    """Folder for the SQLite database, trade logs, the market cache, downloaded candles and `EMERGENCY_STOP`. Must be writable."""
    LOG_DIR: Path = Path("logs")
    """Folder for the rotated log `sigcopy.log`."""
    LOG_LEVEL: str = "INFO"
    """`DEBUG`, `INFO`, `WARNING` or `ERROR`."""

    PAPER_TAKER_FEE: float | None = Field(None, ge=0, lt=0.05)
    """Paper taker fee as a fraction (0.0006 = 0.06 %). Empty: the market's own fee, else 0.0006."""
    PAPER_MAKER_FEE: float | None = Field(None, ge=-0.01, lt=0.05)
    """Paper maker fee as a fraction. Empty: the market's own fee, else 0.0002."""
    PAPER_SLIPPAGE_BPS: float = Field(5.0, ge=0, le=1000)
    """Market and stop fills in paper mode move this many basis points against you."""
    PAPER_PRICE_SOURCE: Literal["auto", "exchange", "simulated"] = "auto"
    """Where paper prices come from: `exchange` (public prices through ccxt), `simulated` (a seeded random walk, no network) or `auto` (the exchange, else simulated). Every card says SIMULATED PRICES when they are."""
    SIMULATED_FEED_SEED: int = 42
    """Seed of the simulated random walk (the same seed gives the same prices)."""
    MARKETS_CACHE_HOURS: float = Field(24.0, ge=0)
    """How long the exchange's market list is reused from `DATA_DIR/cache` for paper prices (a faster start); 0 turns the cache off."""

    TELEGRAM_BOT_TOKEN: SecretStr | None = None
    """The bot's token from @BotFather. Without it `sigcopy run` starts the terminal console."""
    TELEGRAM_ADMIN_IDS: Annotated[list[int], NoDecode] = Field(default_factory=list)
    """Comma-separated Telegram user ids allowed to approve trades and use commands."""
    TELEGRAM_CHANNEL_IDS: Annotated[list[int], NoDecode] = Field(default_factory=list)
    """Comma-separated ids of the channels the bot reads (it must be an admin there). Empty: posts forwarded by an admin only."""
    TELEGRAM_API_BASE_URL: str | None = None
    """A self-hosted Bot API server instead of Telegram's."""

    # The user-account listener (issue 17, docs/listener.md): reads channels the bot cannot join.
    TELEGRAM_API_ID: int | None = None
    """App id from my.telegram.org (API development tools); enables `sigcopy login`."""
    TELEGRAM_API_HASH: SecretStr | None = None
    """App hash from my.telegram.org, paired with TELEGRAM_API_ID. A secret."""
    TELEGRAM_SESSION: SecretStr | None = None
    """A Telethon session string; when unset the session lives in DATA_DIR/telegram.session."""
    LISTEN_CHATS: Annotated[list[int], NoDecode] = Field(default_factory=list)
    """Chat ids (-100... as `sigcopy channels` prints them) the user account copies signals from."""
    LISTEN_SENDERS: Annotated[list[int], NoDecode] = Field(default_factory=list)
    """In groups, copy only messages from these user ids (e.g. the admins); empty: everyone."""
    CHANNELS_FILE: Path = Path("channels.toml")
    """Per-channel settings ([[channels]] tables: id, enabled, ...); a missing file means none."""
    MESSAGE_LOG_MAX_MB: float = Field(20.0, gt=0)
    """Size at which `DATA_DIR/messages.jsonl` (what became of each message, for the scoreboard per channel) is rotated to `messages.jsonl.1`."""
    MESSAGE_LOG_KEEP: int = Field(5, ge=1, le=100)
    """How many rotated message logs are kept (`messages.jsonl.1` ... `.N`); older ones are deleted, and the scoreboard no longer counts them."""

    AI_BASE_URL: str | None = None
    """OpenAI-compatible endpoint for the optional parser fallback (e.g. Ollama's http://localhost:11434/v1)."""
    AI_MODEL: str = "llama3.1"
    """Model name for the AI fallback."""
    AI_API_KEY: SecretStr | None = None
    """API key for the AI fallback, when the endpoint needs one."""
    AI_ENABLED: bool = False
    """Ask the AI fallback about messages the rule parser cannot read (its answer is checked against the text)."""

    COPY_TO: Annotated[list[BookConfig], NoDecode] = Field(default_factory=list)
    """More books each signal is copied to, beside the TRADING_MODE one: `paper`, `paper,live`,
    or a JSON list of books (mode, name, exchange, keys, dry_run and risk overrides each); every
    book decides and records on its own. See the engine page."""

    risk: RiskConfig = Field(default_factory=lambda: RiskConfig())
    live: LiveConfig = Field(default_factory=lambda: LiveConfig())
    keys: KeysConfig = Field(default_factory=lambda: KeysConfig())

    _ids_admin = field_validator("TELEGRAM_ADMIN_IDS", mode="before")(_ids)
    _ids_chan = field_validator("TELEGRAM_CHANNEL_IDS", mode="before")(_ids)
    _ids_listen = field_validator("LISTEN_CHATS", "LISTEN_SENDERS", mode="before")(_ids)
    _copy_to = field_validator("COPY_TO", mode="before")(_books)

    def api_credentials(self) -> tuple[SecretStr | None, SecretStr | None]:
        """The exchange key and secret: EXCHANGE_API_* first, then <EXCHANGE>_API_* (MEXC_...)."""
        if self.EXCHANGE_API_KEY and self.EXCHANGE_API_SECRET:
            return self.EXCHANGE_API_KEY, self.EXCHANGE_API_SECRET
        if self.EXCHANGE.lower() == "mexc":
            return self.MEXC_API_KEY, self.MEXC_API_SECRET
        return self.EXCHANGE_API_KEY, self.EXCHANGE_API_SECRET


def describe_validation_error(exc: ValidationError) -> str:
    """One line per bad setting: its name, what was given, what was expected."""
    lines = []
    for err in exc.errors():
        loc = (
            ".".join(str(p) for p in err["loc"] if p not in ("risk", "live", "keys")) or "settings"
        )
        given = err.get("input")
        # A book in COPY_TO may carry credentials: never echoed, whatever part is wrong.
        secret = ("KEY", "SECRET", "TOKEN", "PASSWORD", "PASSPHRASE", "HASH")
        named = loc.upper().endswith(secret) or loc.upper().startswith("COPY_TO")
        shown = "(hidden)" if named or looks_secret(str(given)) else repr(given)
        lines.append(f"{loc}={shown}: {mask(err['msg'])}")
    return "Invalid settings: " + "; ".join(lines)


def load_settings(**overrides: object) -> Settings:
    """Read and validate settings; raises ConfigError naming each bad or unknown setting."""
    from engine.errors import ConfigError

    env_file = overrides.get("_env_file", Settings.model_config.get("env_file"))
    unknown = unknown_settings(Settings, env_file if isinstance(env_file, str | Path) else None)
    if unknown:
        raise ConfigError("; ".join(unknown) + ".", "Fix the name in .env or the environment.")
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        # from None: pydantic's own error repeats every input, secret-shaped or not.
        raise ConfigError(
            describe_validation_error(exc), "Fix it in .env or the environment."
        ) from None
