"""Fixtures for the live-trading tests: fake exchanges on loopback (see tests/fakes)."""

from tests.fakes.fixtures import (  # noqa: F401
    binance_settings,
    fake_binance,
    fake_mexc,
    mexc_settings,
)
