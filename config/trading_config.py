"""Risk and live-trading settings, each settable by an environment variable of the same name."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

_CFG = SettingsConfigDict(
    env_file=".env", extra="ignore", case_sensitive=True, use_attribute_docstrings=True
)


class RiskConfig(BaseSettings):
    """Position sizing and the risk rules checked before every order."""

    model_config = _CFG

    INITIAL_CAPITAL: float = Field(10000.0, gt=0)
    """Paper starting equity, in the quote currency (USDT); the equity chart starts here."""
    MAX_POSITION_SIZE_PCT: float = Field(0.10, gt=0, le=1)
    """Margin per trade as a fraction of equity (0.10 = 10 %)."""
    RISK_PER_TRADE_PCT: float | None = Field(None, gt=0, le=1)
    """Size each trade so that its stop, if hit, loses at most this fraction of equity (0.01 = 1 %),
    before fees and slippage. The smaller of this size and the MAX_POSITION_SIZE_PCT one is
    traded. It needs a stop: a signal without one is refused with the reason unless
    DEFAULT_STOP_LOSS_PCT gives it one. Unset (the default): sizes come from
    MAX_POSITION_SIZE_PCT alone."""
    MAX_CONCURRENT_TRADES: int = Field(5, ge=1)
    """Open or pending trades at once; more signals are refused."""
    DAILY_LOSS_LIMIT_PCT: float = Field(0.05, gt=0, le=1)
    """Stop new entries for the rest of the UTC day once the day's loss (realized + unrealized) reaches this fraction of the day's starting equity."""
    MAX_LEVERAGE: int = Field(3, ge=1, le=125)
    """Higher leverage in a signal is clamped to this (and the card says so)."""
    MAX_ENTRY_DISTANCE_PCT: float = Field(0.10, gt=0)
    """Refuse limit entries farther than this fraction from the market price."""
    DEFAULT_STOP_LOSS_PCT: float | None = Field(None, gt=0, lt=1)
    """Stop distance from the entry, as a fraction (0.03 = 3 %), for a live or dry-run signal that
    has no stop loss. Unset (the default), such a signal is refused with the reason: a live
    position is never opened without a stop. Set, the stop is placed at this distance from the
    (average) entry and the confirmation card says so. Paper and backtest ignore it."""
    TP_SPLIT: Annotated[list[float], NoDecode] = Field(default_factory=list)
    """Share of the position closed at TP1, TP2, ... e.g. `0.5,0.3,0.2` (must add up to 1). Empty: an even split."""
    MOVE_SL_TO_ENTRY_AFTER_TP1: bool = True
    """Move the stop to the entry price once TP1 fills."""
    TRAILING_STOP_PCT: float | None = Field(None, gt=0, lt=1)
    """Trailing stop distance behind the best price since activation, as a fraction (0.02 = 2 %).
    Unset (the default): stops do not trail, unless a signal asks for its own ("trailing stop 2%
    after TP1"). The stop only ever moves in the trade's favour. Paper and backtest trail on
    every price; live on Binance USD-M the exchange's own trailing stop is placed at activation
    (its limits: 0.001 to 0.1, else sigcopy refuses to start); other exchanges do not trail yet."""
    TRAILING_ACTIVATION: str = "entry"
    """When the trailing stop starts: `entry` (at the entry fill), `tp1`, `tp2` ... (once that
    take-profit fills) or a profit percent such as `1.5%` (once the price is that far in profit)."""
    TRAILING_MIN_STEP_PCT: float = Field(0.002, ge=0, lt=1)
    """Live, on an exchange without its own trailing stop (MEXC): the smallest move of the stop
    worth a new order, as a fraction of the stop's price (0.002 = 0.2 %). Each move places a new
    stop and then cancels the old one; smaller moves wait until the price has gone further."""
    TRAILING_MAX_AMENDMENTS_PER_MIN: int = Field(4, ge=1, le=60)
    """Live, on an exchange without its own trailing stop (MEXC): at most this many stop moves per
    position in any minute (each is two requests, within the exchange's rate limits). A move held
    back is made at the next check once the minute allows it."""
    LIMIT_ORDER_TTL_HOURS: float = Field(24.0, gt=0)
    """Unfilled limit entries are cancelled after this many hours."""
    WAITING_ENTRY_TTL_HOURS: float = Field(24.0, gt=0)
    """A breakout entry ("Enter above 43000") whose level the price has not reached waits this
    many hours at most, then is cancelled and you are told (the same day as a limit entry)."""
    CANCEL_ENTRIES_WHEN_TP1_REACHED: bool = True
    """Cancel unfilled entries when the price reaches TP1 first."""
    ALLOW_DUPLICATE_POSITIONS: bool = False
    """Allow a second position on the same symbol and side (several channels often post the same trade)."""

    @field_validator("TRAILING_ACTIVATION")
    @classmethod
    def _activation(cls, v: str) -> str:
        from engine.domain.trailing import parse_activation

        parse_activation(v)  # raises with what to write
        return v.strip().lower()

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
    """Live mode builds every order exactly but sends nothing, logging what it would send. Turn off only after checking the dry run."""
    REQUIRE_CONFIRMATION: bool = True
    """Every trade waits for your tap on ✅ Approve (or `y` in the console). Off: signals are traded at once."""
    APPROVAL_TIMEOUT_MINUTES: float = Field(10.0, gt=0)
    """A card not answered within this many minutes expires; nothing is traded."""
    RECONCILE_INTERVAL_S: float = Field(60.0, gt=0)
    """Live: every this many seconds, positions and orders are compared with the exchange."""
    POLL_INTERVAL_S: float = Field(2.0, gt=0)
    """Live: order states are polled every this many seconds (paper: price checks)."""
    WATCH_ORDERS: bool = True
    """Live: also take order updates from the exchange's websocket (ccxt.pro) where supported; polling stays on."""
