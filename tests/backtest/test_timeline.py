"""The replay's time line: bars of several symbols in one order, each message at its bar."""

from __future__ import annotations

from pathlib import Path

from engine.backtest.replay import Replay
from tests.backtest.helpers import msg, settings, signal_text, synthetic

BAR = 1800.0
T0 = 1_530_000_000.0


def _flat(n: int, price: float) -> list[tuple[float, float, float, float]]:
    return [(price, price + 1, price - 1, price)] * n


def test_timeline_when_two_symbols_interleave_then_time_order_and_each_one_placed(
    tmp_path: Path,
) -> None:
    btc = synthetic("BTCUSD", _flat(4, 100.0), start=T0)
    eth = synthetic("ETHUSD", _flat(3, 50.0), start=T0 + BAR / 2)  # half a bar later
    r = Replay({"BTCUSD": btc, "ETHUSD": eth}, [], settings(tmp_path))
    tl = r.timeline
    assert tl.n == 7
    assert tl.ts.tolist() == sorted(tl.ts.tolist())
    assert tl.sym.tolist() == [0, 1, 0, 1, 0, 1, 0]
    assert [p.tolist() for p in tl.pos_of] == [[0, 2, 4, 6], [1, 3, 5]]
    assert tl.in_order([btc.close, eth.close]) == [100.0, 50.0] * 3 + [100.0]
    assert tl.ohlc[1][2].tolist() == [50.0, 51.0, 49.0, 50.0]


def test_place_when_messages_name_symbols_then_each_acts_at_its_symbols_next_bar(
    tmp_path: Path,
) -> None:
    btc = synthetic("BTCUSD", _flat(4, 100.0), start=T0)
    eth = synthetic("ETHUSD", _flat(3, 50.0), start=T0 + BAR / 2)
    messages = [
        # Just after BTC's bar 0 opens: ETH's bar 0 (position 1) opens next.
        msg(T0 + 60, signal_text("ETHUSDT", "LONG", 52, 48), mid="1"),
        # Just after ETH's bar 0 opens: BTC's bar 1 (position 2) is BTC's next.
        msg(T0 + BAR / 2 + 60, signal_text("BTC/USDT", "SHORT", 98, 102), mid="2"),
        # A reply to the ETH signal: it waits for ETH's bars, whatever symbol it names.
        msg(T0 + BAR + 60, "move SL to entry", mid="3", reply="1"),
        # After the last ETH bar: none left for it.
        msg(T0 + 3 * BAR, signal_text("ETHUSDT", "LONG", 52, 48), mid="4"),
    ]
    r = Replay({"BTCUSD": btc, "ETHUSD": eth}, messages, settings(tmp_path))
    placed = {a.outcome.msg.msg_id: a.pos for a in r.actions}
    assert placed == {"1": 1, "2": 2, "3": 3, "4": r.n}
    assert [a.outcome.msg.msg_id for a in r.actions] == ["1", "2", "3", "4"]  # in bar order
    sym = {a.outcome.msg.msg_id: a.signal.symbol for a in r.actions if a.signal is not None}
    assert sym == {"1": "ETH/USDT:USDT", "2": "BTC/USDT:USDT", "4": "ETH/USDT:USDT"}
