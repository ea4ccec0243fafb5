"""pydantic settings for sigcopy, read once at start-up and passed down."""

from config.settings import Settings, load_settings
from config.trading_config import LiveConfig, RiskConfig

__all__ = ["LiveConfig", "RiskConfig", "Settings", "load_settings"]
