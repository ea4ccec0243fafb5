"""Fixtures for the live-trading tests: fake exchanges on loopback (see tests/fakes)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from engine.adapters.ccxt_broker import CcxtBroker
from tests.fakes.fixtures import (  # noqa: F401
    BTC_ID,
    binance_settings,
    fake_binance,
    fake_mexc,
    live_settings,
    mexc_settings,
    start_fake,
)
from tests.fakes.server import FakeExchangeServer
from tests.live.helpers import make_broker


@dataclass
class Venue:
    name: str
    fake: FakeExchangeServer
    broker: CcxtBroker
    btc: str  # the fake's market id

    def sent(self, part: str) -> list[dict[str, Any]]:
        """Bodies/queries of the POSTs to a path (what the exchange received)."""
        out = []
        for c in self.fake.calls:
            if c.method == "POST" and c.path.endswith(part):
                if c.body.startswith(("{", "[")):
                    out.append(json.loads(c.body))
                else:
                    out.append(dict(x.split("=", 1) for x in c.body.split("&")))
        return out


@pytest.fixture(params=["mexc", "binanceusdm"])
async def venue(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Venue]:
    fake = await start_fake(request.param)
    broker = await make_broker(live_settings(fake, request.param, tmp_path))
    yield Venue(request.param, fake, broker, BTC_ID[request.param])
    await broker.close()
    await fake.stop()


@pytest.fixture(params=["mexc", "binanceusdm"])
async def fake_venue(
    request: pytest.FixtureRequest,
) -> AsyncIterator[tuple[str, FakeExchangeServer]]:
    """Each fake exchange alone (its name and server), for tests that build their own engine."""
    fake = await start_fake(request.param)
    yield request.param, fake
    await fake.stop()


def create_path(v: Venue, stop: bool = False) -> str:
    """The path a venue's order creation goes to."""
    if v.name == "mexc":
        return "planorder/place" if stop else "order/create"
    return "algoOrder" if stop else "/fapi/v1/order"
