"""Per-channel settings in the engine (issue 17.2): a signal carries its channel's limits
(ChannelLimits) and every book judges it with the channel's keys in place of its own."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from config.trading_config import RiskConfig
from engine import Signal
from engine.adapters.simulated_feed import SimulatedFeed
from engine.books import BookSet, build_engine
from engine.domain.channel_checks import listed
from engine.domain.channel_limits import ChannelLimits
from tests.engine.conftest import make_settings

WHALE = -1_003_333_333_333


def _limits(**kw: Any) -> ChannelLimits:
    return ChannelLimits(channel=kw.pop("channel", WHALE), name=kw.pop("name", "Whale"), **kw)


def _btc(limits: ChannelLimits | None = None, **kw: Any) -> Signal:
    args: dict[str, Any] = {"tp": 43000, "sl": 41000, "leverage": 2, **kw}
    s = Signal("BTCUSDT", "LONG", **args)
    s.limits = limits
    return s


def _eth(limits: ChannelLimits | None = None) -> Signal:
    s = Signal("ETHUSDT", "SHORT", tp=2200, sl=2400, leverage=2)
    s.limits = limits
    return s


async def test_preview_when_channel_sets_size_pct_then_its_margin_not_the_global(
    engine: Any,
) -> None:
    plain = await engine.preview(_btc())
    small = await engine.preview(_btc(_limits(size_pct=0.02)))
    assert plain.approved and small.approved
    assert plain.margin == pytest.approx(1000, rel=0.01)  # MAX_POSITION_SIZE_PCT 0.10 of 10,000
    assert small.margin == pytest.approx(200, rel=0.01)
    assert small.quantity == pytest.approx(plain.quantity / 5, rel=0.1)  # amount steps


async def test_preview_when_risk_pct_and_far_stop_then_stop_loses_that_share_and_smaller_wins(
    make_engine: Any,
) -> None:
    engine = await make_engine(RISK_PER_TRADE_PCT=0.01)
    far = await engine.preview(_btc(sl=37800))  # ~10 % away: the risk size is the smaller
    assert far.approved
    assert 95 < far.loss_at_stop <= 100  # 1 % of 10,000, the amount rounded down a step
    assert any("RISK_PER_TRADE_PCT" in n for n in far.notes)
    assert far.margin < 1000
    near = await engine.preview(_btc(sl=41800))  # a close stop: the size cap is the smaller
    assert near.margin == pytest.approx(1000, rel=0.01)
    assert near.loss_at_stop < 100 and not any("RISK_PER" in n for n in near.notes)
    # A channel's risk_pct replaces the global one for its signals.
    half = await engine.preview(_btc(_limits(risk_pct=0.005), sl=37800))
    assert 45 < half.loss_at_stop <= 50


async def test_execute_when_risk_sizing_and_no_stop_then_refused_unless_a_default_stop(
    make_engine: Any,
) -> None:
    engine = await make_engine(RISK_PER_TRADE_PCT=0.01)
    r = await engine.execute(Signal("BTCUSDT", "LONG", tp=43000, leverage=2))
    assert not r.ok
    assert any("RISK_PER_TRADE_PCT sizes a trade by its stop" in x for x in r.reasons)
    assert engine.get_stats()["signals_refused"] == 1
    with_default = Signal("BTCUSDT", "LONG", tp=43000, leverage=2)
    with_default.limits = _limits(default_stop_loss_pct=0.05)
    p = await engine.preview(with_default)
    assert p.approved and p.sl is not None
    assert p.sl == pytest.approx(p.current_price * 0.95, rel=0.001)
    assert 95 < p.loss_at_stop <= 100
    assert any("default stop" in n for n in p.notes)


async def test_preview_when_channel_max_leverage_then_it_replaces_the_global_cap(
    make_engine: Any,
) -> None:
    engine = await make_engine(MAX_LEVERAGE=3)
    assert (await engine.preview(_btc(leverage=10))).leverage == 3
    looser = await engine.preview(_btc(_limits(max_leverage=5), leverage=10))
    assert looser.leverage == 5 and looser.leverage_clamped
    stricter = await engine.preview(_btc(_limits(max_leverage=2), leverage=10))
    assert stricter.leverage == 2


async def test_execute_when_symbol_outside_allow_or_in_deny_then_refused_naming_the_list(
    engine: Any,
) -> None:
    only_btc = _limits(allow=("BTC",))
    r = await engine.execute(_eth(only_btc))
    assert not r.ok
    assert any("ETH/USDT is not in the allow list of channel Whale" in x for x in r.reasons)
    assert (await engine.preview(_btc(only_btc))).approved
    no_eth = _limits(deny=("ETHUSDT",))
    r = await engine.execute(_eth(no_eth))
    assert any("ETH/USDT is in the deny list of channel Whale" in x for x in r.reasons)
    assert [getattr(x, "kind", None) for x in r.reasons] == ["symbol in the channel's deny list"]
    assert engine.get_stats()["signals_refused"] == 2 and engine.positions() == []


def test_listed_when_written_several_ways_then_matches_the_market() -> None:
    names = {"BTC/USDT", "1000PEPE/USDT"}
    for entry in ("BTC", "btcusdt", "BTC/USDT", "BTC/USDT:USDT", "#BTCUSDT", "PEPE", "1000PEPE"):
        assert listed(entry, names | {"PEPE/USDT"}), entry
    for entry in ("ETH", "BTCUSDC", "BTC/EUR"):
        assert not listed(entry, names), entry


async def test_execute_when_channel_max_open_reached_then_refused_until_one_closes_and_after_restart(
    make_engine: Any,
) -> None:
    engine = await make_engine()
    one = _limits(max_open=1)
    assert (await engine.execute(_btc(one))).ok
    r = await engine.execute(_eth(one))
    assert not r.ok
    assert any(
        "channel Whale already has 1 open trade (channels.toml: max_open = 1)" in x
        for x in r.reasons
    )
    # Another channel, and the user's own signals, are not counted against it.
    assert (await engine.preview(_eth(_limits(channel=-100777, max_open=1)))).approved
    assert (await engine.preview(_eth())).approved
    await engine.aclose()
    again = await make_engine()  # the same data dir: the trade and its channel are restored
    assert not (await again.preview(_eth(one))).approved
    await again.on_price("BTCUSDT", 42100)  # the restarted paper feed has no price yet
    assert await again.close_position("BTCUSDT")
    assert (await again.execute(_eth(one))).ok


async def test_on_price_when_channel_sets_trailing_then_its_trades_trail_and_others_do_not(
    make_engine: Any,
) -> None:
    engine = await make_engine(ALLOW_DUPLICATE_POSITIONS=True)  # no global trailing
    r = await engine.execute(_btc(_limits(trailing_stop_pct=0.02), sl=39000, tp=50000))
    plain = await engine.execute(_btc(sl=39000, tp=50000, leverage=3))
    assert r.ok and plain.ok
    t, p = engine.trades[r.trade_id], engine.trades[plain.trade_id]
    await engine.on_price("BTCUSDT", 44000)
    assert t.sl == Decimal("43120") and t.extra["trail"]["active"]  # 44,000 less 2 %
    assert p.sl == Decimal("39000") and "trail" not in p.extra
    assert t.extra["trail_spec"] == {"pct": 0.02, "activation": "entry"}


async def test_on_price_when_signal_and_channel_both_trail_then_the_signal_own_wins(
    make_engine: Any,
) -> None:
    engine = await make_engine(ALLOW_DUPLICATE_POSITIONS=True)
    own = _btc(_limits(trailing_stop_pct=0.02), sl=39000, tp=50000, trailing_stop_pct=0.01)
    r = await engine.execute(own)
    assert r.ok
    await engine.on_price("BTCUSDT", 44000)
    assert engine.trades[r.trade_id].sl == Decimal("43560")  # 1 % (the post's), not 2 %


async def test_on_price_when_global_trailing_and_channel_sets_zero_then_that_channel_does_not_trail(
    make_engine: Any,
) -> None:
    engine = await make_engine(
        TRAILING_STOP_PCT=0.02, TRAILING_ACTIVATION="tp1", ALLOW_DUPLICATE_POSITIONS=True
    )
    off = await engine.execute(_btc(_limits(trailing_stop_pct=0.0), sl=39000, tp=50000))
    late = await engine.execute(
        _btc(_limits(channel=-1009, trailing_activation="entry"), sl=39000, tp=50000, leverage=3)
    )
    await engine.on_price("BTCUSDT", 44000)
    assert engine.trades[off.trade_id].sl == Decimal("39000")
    # Its own activation (entry), the global distance (2 %): trailing before any TP.
    assert engine.trades[late.trade_id].sl == Decimal("43120")


def test_over_when_channel_sets_keys_then_only_those_replace_the_book_settings() -> None:
    book = RiskConfig(_env_file=None, MAX_POSITION_SIZE_PCT=0.05, MAX_LEVERAGE=4)  # type: ignore[call-arg]
    cfg = _limits(size_pct=0.2, default_stop_loss_pct=0.03).over(book)
    assert (cfg.MAX_POSITION_SIZE_PCT, cfg.DEFAULT_STOP_LOSS_PCT, cfg.MAX_LEVERAGE) == (
        0.2,
        0.03,
        4,
    )
    assert book.MAX_POSITION_SIZE_PCT == 0.05  # the book's own are untouched
    assert _limits().over(book) is book
    back = ChannelLimits.from_dict(json.loads(json.dumps(_limits(allow=("BTC",)).to_dict())))
    assert back == _limits(allow=("BTC",))


async def test_books_when_copied_to_two_books_then_channel_settings_apply_in_each(
    tmp_path: Path,
) -> None:
    small = {"name": "small", "mode": "paper", "risk": {"MAX_POSITION_SIZE_PCT": 0.05}}
    s = make_settings(tmp_path, COPY_TO=json.dumps([small]))
    feed = SimulatedFeed(seed=1, start_prices={"BTC": 42000.0, "ETH": 2300.0})
    books = build_engine(s, market_data=feed)
    assert isinstance(books, BookSet)
    async with books:
        plain = await books.preview(_btc())
        assert [b["quantity"] for b in plain.books][0] > [b["quantity"] for b in plain.books][1]
        ch = await books.preview(_btc(_limits(size_pct=0.02)))
        q_main, q_small = (b["quantity"] for b in ch.books)
        assert q_main == pytest.approx(q_small) and q_main < plain.books[1]["quantity"]
        r = await books.execute(_eth(_limits(deny=("ETH",))))
        assert not r.ok and not any(x.ok for x in r.books.values())
        for name in ("paper", "small"):
            assert any(x.startswith(f"{name}: ETH/USDT is in the deny list") for x in r.reasons)
