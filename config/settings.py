"""All settings, read once at start-up from the environment and `.env`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from config.trading_config import LiveConfig, RiskConfig


def _ids(v: object) -> object:
    if isinstance(v, str):
        return [int(x) for x in v.replace(";", ",").replace(" ", ",").split(",") if x.strip()]
    if isinstance(v, int):
        return [v]
    return v


class Settings(BaseSettings):
    """Every setting sigcopy reads; nothing else in the project reads the environment."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=True)

    TRADING_MODE: Literal["paper", "live", "backtest"] = "paper"
    EXCHANGE: str = "mexc"
    MARKET_TYPE: Literal["swap", "spot"] = "swap"
    MARGIN_MODE: Literal["isolated", "cross"] = "isolated"
    MEXC_API_KEY: SecretStr | None = None
    MEXC_API_SECRET: SecretStr | None = None
    EXCHANGE_API_KEY: SecretStr | None = None
    EXCHANGE_API_SECRET: SecretStr | None = None
    EXCHANGE_API_PASSWORD: SecretStr | None = None
    EXCHANGE_API_BASE_URL: str | None = None
    EXCHANGE_SANDBOX: bool = False
    DATA_DIR: Path = Path("data")
    LOG_DIR: Path = Path("logs")
    LOG_LEVEL: str = "INFO"

    PAPER_TAKER_FEE: float | None = Field(None, ge=0, lt=0.05)
    PAPER_MAKER_FEE: float | None = Field(None, ge=-0.01, lt=0.05)
    PAPER_SLIPPAGE_BPS: float = Field(5.0, ge=0, le=1000)
    # "auto": the exchange's public prices, falling back to the simulated feed when unreachable.
    PAPER_PRICE_SOURCE: Literal["auto", "exchange", "simulated"] = "auto"
    SIMULATED_FEED_SEED: int = 42
    # The exchange's market list is kept in DATA_DIR/cache this long (paper prices; 0 = off).
    MARKETS_CACHE_HOURS: float = Field(24.0, ge=0)

    TELEGRAM_BOT_TOKEN: SecretStr | None = None
    TELEGRAM_ADMIN_IDS: Annotated[list[int], NoDecode] = Field(default_factory=list)
    TELEGRAM_CHANNEL_IDS: Annotated[list[int], NoDecode] = Field(default_factory=list)
    TELEGRAM_API_BASE_URL: str | None = None

    AI_BASE_URL: str | None = None
    AI_MODEL: str = "llama3.1"
    AI_API_KEY: SecretStr | None = None
    AI_ENABLED: bool = False

    risk: RiskConfig = Field(default_factory=lambda: RiskConfig())
    live: LiveConfig = Field(default_factory=lambda: LiveConfig())

    _ids_admin = field_validator("TELEGRAM_ADMIN_IDS", mode="before")(_ids)
    _ids_chan = field_validator("TELEGRAM_CHANNEL_IDS", mode="before")(_ids)

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
        loc = ".".join(str(p) for p in err["loc"] if p not in ("risk", "live")) or "settings"
        given = err.get("input")
        shown = "(hidden)" if "KEY" in loc or "SECRET" in loc or "TOKEN" in loc else repr(given)
        lines.append(f"{loc}={shown}: {err['msg']}")
    return "Invalid settings: " + "; ".join(lines)


def load_settings(**overrides: object) -> Settings:
    """Read and validate settings; raises ConfigError naming each bad or unknown setting."""
    from config.unknown import unknown_settings
    from engine.errors import ConfigError

    env_file = overrides.get("_env_file", Settings.model_config.get("env_file"))
    unknown = unknown_settings(env_file if isinstance(env_file, str | Path) else None)
    if unknown:
        raise ConfigError("; ".join(unknown) + ".", "Fix the name in .env or the environment.")
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise ConfigError(
            describe_validation_error(exc), "Fix it in .env or the environment."
        ) from exc
