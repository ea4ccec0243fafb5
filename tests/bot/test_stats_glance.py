"""Stats a trader reads at a glance: the equity chart and the refused count."""

from __future__ import annotations

import re
from pathlib import Path

from bot.chart import equity_figure, equity_png, equity_series
from tests.bot.conftest import ADMIN, SIGNAL, BotHarness, eventually
from tests.cli_run import sigcopy
from tests.fakes.fake_telegram import FakeTelegram


def test_equity_series_when_no_trade_closed_then_nothing_to_draw():
    assert equity_series([(1000.0, 10_000.0)], 10_000.0) == []
    assert equity_series([], 10_000.0) == []


def test_equity_chart_when_trades_closed_then_starts_at_capital_at_first_close():
    curve = [(1_700_000_000.0, 10_120.0), (1_700_003_600.0, 9_980.0), (1_700_007_200.0, 9_990.0)]
    fig = equity_figure(curve, 10_000.0)
    line = fig.axes[0].lines[0]
    xs, ys = list(line.get_xdata()), [float(y) for y in line.get_ydata()]
    assert ys == [10_000.0, 10_120.0, 9_980.0, 9_990.0]
    assert xs[0].timestamp() == 1_700_000_000.0  # drawn from the first closed trade on
    assert min(x.timestamp() for x in xs) == 1_700_000_000.0
    assert equity_png(curve, 10_000.0).startswith(b"\x89PNG")


async def test_equity_button_when_a_trade_closed_then_bot_sends_the_chart(
    bot: BotHarness, tg: FakeTelegram
):
    engine = bot.engine
    mark = tg.mark()
    tg.push_forward(ADMIN, SIGNAL)
    card = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    approve = {b["text"]: b["callback_data"] for b in card.buttons}["✅ Approve"]
    tg.push_callback(ADMIN, card, approve)
    await eventually(lambda: bool(engine.positions()))
    await engine.on_price("BTC/USDT:USDT", 43_500.0)  # through the take-profit: closed
    await eventually(lambda: not engine.positions())
    curve = engine.equity_curve()
    assert len(curve) == 2 and curve[0][1] > float(bot.settings.risk.INITIAL_CAPITAL)
    mark = tg.mark()
    tg.push_command(ADMIN, "/stats")
    stats = await tg.wait_for("sendMessage", lambda c: bool(c.buttons), after=mark)
    tg.push_callback(ADMIN, stats, stats.buttons[0]["callback_data"])
    photo = await tg.wait_for("sendPhoto", after=mark)
    assert photo["chat_id"] == ADMIN and photo["caption"] == "Equity curve"


def test_stats_when_signals_refused_at_card_and_at_execution_then_count_matches_log(
    tmp_path: Path,
):
    far = "BTCUSDT LONG\nEntry: 60000\nTP: 61000\nSL: 59000"  # BTC is open near 42,000
    other = "SOLUSDT LONG\nTP: 100\nSL: 90"
    lines = [
        SIGNAL, "", "y",  # traded
        far, "",  # refused at the card: too far from the price
        far, "",  # the same text again: a new post, refused again
        "ETHUSDT SHORT\nTP: 2250\nSL: 2330", "", "y",  # traded
        other, "", "n",  # rejected by the user: not a refusal
        "/halt", "ETHUSDT LONG\nTP: 2400\nSL: 2200", "",  # refused: halted
        "/stats", "/quit",
    ]  # fmt: skip
    proc = sigcopy(tmp_path, "run", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    shown = re.search(r"(\d+) refused", proc.stdout.split("📊 Stats", 1)[1])
    assert shown is not None
    log = (tmp_path / "logs" / "sigcopy.log").read_text()
    logged = re.findall(r"signal \S+ refused: ", log)
    assert int(shown.group(1)) == len(logged) == 3, (shown.group(0), logged)
