"""Risk and live-trading settings, each settable by an environment variable of the same name."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

_CFG = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=True)


class RiskConfig(BaseSettings):
    """Position sizing and the risk rules checked before every order."""

    model_config = _CFG

    INITIAL_CAPITAL: float = Field(10000.0, gt=0)
    MAX_POSITION_SIZE_PCT: float = Field(0.10, gt=0, le=1)
    MAX_CONCURRENT_TRADES: int = Field(5, ge=1)
    DAILY_LOSS_LIMIT_PCT: float = Field(0.05, gt=0, le=1)
    MAX_LEVERAGE: int = Field(3, ge=1, le=125)
    MAX_ENTRY_DISTANCE_PCT: float = Field(0.10, gt=0)
    DEFAULT_STOP_LOSS_PCT: float | None = Field(None, gt=0, lt=1)
    """Stop distance from the entry, as a fraction (0.03 = 3 %), for a live or dry-run signal that
    has no stop loss. Unset (the default), such a signal is refused with the reason: a live
    position is never opened without a stop. Set, the stop is placed at this distance from the
    (average) entry and the confirmation card says so. Paper and backtest ignore it."""
    # Fractions of the position closed at TP1, TP2, ...; empty means an even split.
    TP_SPLIT: Annotated[list[float], NoDecode] = Field(default_factory=list)
    MOVE_SL_TO_ENTRY_AFTER_TP1: bool = True
    LIMIT_ORDER_TTL_HOURS: float = Field(24.0, gt=0)
    CANCEL_ENTRIES_WHEN_TP1_REACHED: bool = True
    # Several channels may post the same trade: off by default, one position per symbol and side.
    ALLOW_DUPLICATE_POSITIONS: bool = False

    @field_validator("TP_SPLIT", mode="before")
    @classmethod
    def _split(cls, v: object) -> object:
        if isinstance(v, str):
            return [float(x) for x in v.replace(";", ",").split(",") if x.strip()]
        return v

    @field_validator("TP_SPLIT")
    @classmethod
    def _split_sum(cls, v: list[float]) -> list[float]:
        if v and (any(x <= 0 for x in v) or abs(sum(v) - 1.0) > 1e-6):
            raise ValueError("TP_SPLIT must be positive fractions adding up to 1, e.g. 0.5,0.3,0.2")
        return v


class LiveConfig(BaseSettings):
    """Safety switches for live trading and for the Telegram confirmation flow."""

    model_config = _CFG

    DRY_RUN_FIRST: bool = True
    REQUIRE_CONFIRMATION: bool = True
    APPROVAL_TIMEOUT_MINUTES: float = Field(10.0, gt=0)
    RECONCILE_INTERVAL_S: float = Field(60.0, gt=0)
    POLL_INTERVAL_S: float = Field(2.0, gt=0)
    # Order updates pushed over the exchange's websocket (ccxt.pro watch_orders) where supported;
    # polling stays on either way, as the safety net.
    WATCH_ORDERS: bool = True
