"""Mutation family of session 16 (issue 13, branch i13-zoo17): every dev signal written again in
a whole layout that a signal tool or copier documents (tests/fixtures/format_zoo.jsonl names the
sources), rather than one label swapped at a time.

A channel the rules have never seen mostly differs from dev in its layout as a whole: Cornix's
template ("Entry Zone:", "Take-Profit Targets: 1) ... 2) ...", "Stop Targets: 1) ..."), a
Binance-Killers-style card ("COIN: $ETH/USDT / Direction: Long / ENTRY: a - b - c"), an
exchange's copy-trade card ("Name: ETH/USDT / Margin mode: Cross (20X) / Entry price(USDT):"),
a markdown card with the levels in backticks, a Russian or Turkish template, a one-line post.
Each layout is a row of LAYOUTS: a function of the dev reading that writes the post.

- ``doc_layout``: the dev reading in one documented layout: it must be read exactly (``exact``)
  where every level is labelled as the layout's source labels it; ``safe`` for the layouts
  whose text a person could doubt (read exactly or refused, never traded otherwise).

What each must give comes from the dev case's hand-checked reading, never from the parser.
``python -m tests.parsers.mutations --family doc_layout --missed`` prints the figures and posts.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from tests.parsers.mutation_post import EXACT, Row, Want
from tests.parsers.variants import fmt

Layout = Callable[[random.Random, Want], str | None]


def _base(symbol: str) -> str | None:
    """The coin of a USDT pair ("SOL" of "SOLUSDT"); None for another quote."""
    if symbol.endswith("USDT") and len(symbol) > 4:
        return symbol[:-4]
    return None


def _side(want: Want) -> str:
    return "Long" if want["side"] == "LONG" else "Short"


def _p(values: list[float]) -> list[str]:
    return [fmt(v) for v in values]


def _lev(want: Want, default: int) -> int:
    return want["leverage"] if want["leverage"] is not None else default


def _needs(want: Want, *, entries: bool = True, stop: bool = True) -> bool:
    """Whether the reading has what the layout writes (a layout never invents a level)."""
    if not want["take_profits"] or len(want["take_profits"]) > 10:
        return False
    if entries and not want["entries"]:
        return False
    if stop and want["stop_loss"] is None:
        return False
    return True


def _lev_line(want: Want, template: str) -> str:
    """The layout's leverage line, or nothing when the reading has no leverage."""
    return template.format(want["leverage"]) if want["leverage"] is not None else ""


def cornix_full(rng: random.Random, want: Want) -> str | None:
    """Cornix's template (help.cornix.io signal posting; nix0283/CITARION-2-1's format doc)."""
    base = _base(want["symbol"])
    if base is None or not _needs(want) or len(want["entries"]) > 2:
        return None
    e = _p(want["entries"])
    zone = f"{e[0]} - {e[-1]}"
    tps = " ".join(f"{i}) {v}" for i, v in enumerate(_p(want["take_profits"]), 1))
    margin = rng.choice(("Isolated", "Cross"))
    return (
        f"⚡⚡ #{base}/USDT ⚡⚡\nExchanges: Binance Futures\nSignal Type: Regular ({_side(want)})\n"
        + _lev_line(want, f"Leverage: {margin} ({{}}X)\n")
        + f"Entry Zone: {zone}\n"
        f"Take-Profit Targets: {tps}\nStop Targets: 1) {fmt(want['stop_loss'])}\n"
    )


def cornix_lines(rng: random.Random, want: Want) -> str | None:
    """Cornix's numbered blocks, one level a line (sfraser-dev/perl-cornix-formatting's posts)."""
    base = _base(want["symbol"])
    if base is None or not _needs(want):
        return None
    lines = [f"#{base}/USDT", f"Signal Type: Regular ({_side(want)})"]
    lines.append(_lev_line(want, "Leverage: Cross ({}.0X)"))
    lines += ["", "Entry Targets:"] + [f"{i}) {v}" for i, v in enumerate(_p(want["entries"]), 1)]
    lines += ["", "Take-Profit Targets:"]
    lines += [f"{i}) {v}" for i, v in enumerate(_p(want["take_profits"]), 1)]
    lines += ["", "Stop Targets:", f"1) {fmt(want['stop_loss'])}"]
    return "\n".join(lines)


def killers_card(rng: random.Random, want: Want) -> str | None:
    """The "COIN: $BTC/USDT / Direction: Long / ENTRY: a - b - c" card (a copier README's
    documented order format)."""
    base = _base(want["symbol"])
    if base is None or not _needs(want):
        return None
    return (
        f"COIN: ${base}/USDT\nDirection: {_side(want)}\nExchange: ByBit USDT\n"
        + _lev_line(want, "Leverage: {}x\n")
        + f"\nENTRY: {' - '.join(_p(want['entries']))}\n\n"
        f"TARGETS: {' - '.join(_p(want['take_profits']))}\n\n"
        f"STOP LOSS: {fmt(want['stop_loss'])}"
    )


def copytrade_card(rng: random.Random, want: Want) -> str | None:
    """An exchange copy-trade card: "Name: SYMBOL/USDT / Margin mode: Cross (20X) / Entry
    price(USDT): / x / Targets(USDT): / 1) ...", a stop line under it."""
    base = _base(want["symbol"])
    if base is None or not _needs(want) or len(want["entries"]) != 1:
        return None
    lines = [_side(want), f"Name: {base}/USDT", _lev_line(want, "Margin mode: Cross ({}.0X)")]
    lines += ["", "↪️ Entry price(USDT):", fmt(want["entries"][0]), "", "Targets(USDT):"]
    lines += [f"{i}) {v}" for i, v in enumerate(_p(want["take_profits"]), 1)]
    lines += ["", "Stop loss(USDT):", fmt(want["stop_loss"])]
    return "\n".join(lines)


def markdown_card(rng: random.Random, want: Want) -> str | None:
    """A markdown alert card, the levels in backticks (a copier's TEST_SIGNALS format)."""
    base = _base(want["symbol"])
    if base is None or not _needs(want) or len(want["entries"]) != 1:
        return None
    side = want["side"]
    lines = ["**TRADING SIGNAL ALERT**", "", f"**📝PAIR:** {base}/USDT", ""]
    lines += [f"**SIDE:** __{side}{'📈' if side == 'LONG' else '📉'}__", ""]
    lines += [f"**📍ENTRY:** `{fmt(want['entries'][0])}`"]
    lines += [f"**✖️SL:** `{fmt(want['stop_loss'])}`", "", "**💰TAKE PROFIT TARGETS:**"]
    lines += [f"**TP{i}:** `{v}`" for i, v in enumerate(_p(want["take_profits"]), 1)]
    lines += ["", _lev_line(want, "**⚖️LEVERAGE:** {}x")]
    return "\n".join(lines)


def dollar_list(rng: random.Random, want: Want) -> str | None:
    """ "PAIR: FHE/ USDT", "Entry Zone: 0.076 _ 0.070", the targets one a line as "0.078$" under
    "🎯 Take-Profit Targets:", blank lines between (a free channel's post form)."""
    base = _base(want["symbol"])
    if base is None or not _needs(want) or len(want["entries"]) > 2:
        return None
    e = _p(want["entries"])
    zone = f"{e[0]} _ {e[-1]}" if len(e) == 2 else e[0]
    lines = [f"{want['side']} SIGNAL", "", f"PAIR:  {base}/ USDT", ""]
    lines += [_lev_line(want, "Leverage: {}x"), "", f"Entry Zone:  {zone}", ""]
    lines += ["🎯 Take-Profit Targets:", ""]
    for v in _p(want["take_profits"]):
        lines += [f"{v}$", ""]
    lines += ["", f" Stop-Loss:  {fmt(want['stop_loss'])}", "", "Wallet size 2%"]
    return "\n".join(lines)


def coin_line_lev(rng: random.Random, want: Want) -> str | None:
    """ "🪙 Coin: BRETT LONG (20 leverage cross)", "📥 Entry: a - b", "🎯 Target n: x"."""
    base = _base(want["symbol"])
    if base is None or not _needs(want) or len(want["entries"]) > 2:
        return None
    lev = _lev_line(want, " ({} leverage cross)")
    lines = ["🆕 New position", f"🪙 Coin: {base} {want['side']}{lev}"]
    lines.append(f"📥 Entry: {' - '.join(_p(want['entries']))}")
    lines += [f"🎯 Target {i}: {v}" for i, v in enumerate(_p(want["take_profits"]), 1)]
    lines.append(f"🛑 Stop loss: {fmt(want['stop_loss'])}")
    return "\n".join(lines)


def arrow_targets(rng: random.Random, want: Want) -> str | None:
    """ "#METUSDT P | LONG 🟢", "Entry: x", "TP 1 → x", "Stop Loss: x ☠️"."""
    base = _base(want["symbol"])
    if base is None or not _needs(want, stop=True) or len(want["entries"]) != 1:
        return None
    mark = "🟢" if want["side"] == "LONG" else "🔴"
    lines = [f"#{base}USDT P | {want['side']} {mark}", f"Entry: {fmt(want['entries'][0])}"]
    lines += [f"TP {i} → {v}" for i, v in enumerate(_p(want["take_profits"]), 1)]
    lines += [f"Stop Loss: {fmt(want['stop_loss'])} ☠️", _lev_line(want, "Leverage: {}x")]
    return "\n".join(lines)


def emoji_dash(rng: random.Random, want: Want) -> str | None:
    """ "🟢 LONG", "💲 DOGEUSDT", "📈 Entry : a - b", "🎯 Target 1 - x", "🛑 Stop Loss : x"."""
    base = _base(want["symbol"])
    if base is None or not _needs(want) or len(want["entries"]) > 2:
        return None
    mark = "🟢" if want["side"] == "LONG" else "🔴"
    lines = [f"{mark} {want['side']}", f"💲 {base}USDT", _lev_line(want, "⚡ Leverage : {}x")]
    lines.append(f"📈 Entry : {' - '.join(_p(want['entries']))}")
    lines += [f"🎯 Target {i} - {v}" for i, v in enumerate(_p(want["take_profits"]), 1)]
    lines += [f"🛑 Stop Loss : {fmt(want['stop_loss'])}", "", "This is not investment advice."]
    return "\n".join(lines)


def whales_here(rng: random.Random, want: Want) -> str | None:
    """ "Longing #BTCUSDT Here", "Long (5x - 10x)", "Entry: $a - $b", "Targets: $x, $y"."""
    base = _base(want["symbol"])
    if base is None or not _needs(want) or len(want["entries"]) > 2:
        return None
    verb = "Longing" if want["side"] == "LONG" else "Shorting"
    lev = want["leverage"]
    said = f"{_side(want)} ({lev}x - {lev * 2}x)" if lev is not None else _side(want)
    lines = [f"{verb} #{base}USDT Here", "", said, ""]
    lines += ["Entry: " + " - ".join("$" + v for v in _p(want["entries"])), ""]
    lines += ["Targets: " + ", ".join("$" + v for v in _p(want["take_profits"])), ""]
    lines += [f"Stoploss: ${fmt(want['stop_loss'])}"]
    return "\n".join(lines)


def repeated_tp(rng: random.Random, want: Want) -> str | None:
    """ "AVAX/USDT: BUY", "Entry: x", "SL: x", "TP: x" once a target, "Leverage: 20X"."""
    base = _base(want["symbol"])
    if base is None or not _needs(want) or len(want["entries"]) != 1:
        return None
    word = "BUY" if want["side"] == "LONG" else "SELL"
    lines = [f"{base}/USDT: {word}", "", f"Entry: {fmt(want['entries'][0])}", ""]
    lines += [f"SL: {fmt(want['stop_loss'])}", ""]
    lines += [f"TP: {v}" for v in _p(want["take_profits"])]
    lines += ["", _lev_line(want, "Leverage: {}X")]
    return "\n".join(lines)


def russian_card(rng: random.Random, want: Want) -> str | None:
    """ "🚀 ЛОНГ BTCUSDT", "Вход: x", "ТП: a, b", "СЛ: x", "Плечо: 10x"."""
    base = _base(want["symbol"])
    if base is None or not _needs(want):
        return None
    word = "ЛОНГ" if want["side"] == "LONG" else "ШОРТ"
    return (
        f"🚀 {word} {base}USDT\nВход: {' - '.join(_p(want['entries']))}\n"
        f"ТП: {', '.join(_p(want['take_profits']))}\nСЛ: {fmt(want['stop_loss'])}\n"
        + _lev_line(want, "Плечо: {}x")
    )


def turkish_card(rng: random.Random, want: Want) -> str | None:
    """ "📊 YENİ SİNYAL", "Coin: #MATIC", "Yön: LONG 📈", "Giriş: x", "Hedef n: x", "Stop: x",
    "Kaldıraç: 10x"."""
    base = _base(want["symbol"])
    if base is None or not _needs(want) or len(want["entries"]) != 1:
        return None
    lines = ["📊 YENİ SİNYAL", "", f"Coin: #{base}", f"Yön: {want['side']}"]
    lines.append(f"Giriş: {fmt(want['entries'][0])}")
    lines += [f"Hedef {i}: {v}" for i, v in enumerate(_p(want["take_profits"]), 1)]
    lines += [f"Stop: {fmt(want['stop_loss'])}", _lev_line(want, "Kaldıraç: {}x")]
    lines += ["", "Risk/Reward: 1:3 ⚡"]
    return "\n".join(lines)


def aligned_columns(rng: random.Random, want: Want) -> str | None:
    """ "📣ETH/USDT📣", "Direction: SELL", "Entry Price:   x", "TP1     x", "SL       x": labels
    and values lined up with spaces, no colon after the target numbers."""
    base = _base(want["symbol"])
    if base is None or not _needs(want) or len(want["entries"]) != 1:
        return None
    word = "BUY" if want["side"] == "LONG" else "SELL"
    lines = [f"📣{base}/USDT📣", f"Direction: {word}", f"Entry Price:   {fmt(want['entries'][0])}"]
    lines += [f"TP{i}     {v}" for i, v in enumerate(_p(want["take_profits"]), 1)]
    lines += [f"SL       {fmt(want['stop_loss'])}", _lev_line(want, "Leverage: {}x")]
    return "\n".join(lines)


def setup_dollar(rng: random.Random, want: Want) -> str | None:
    """ "#ICNT SHORT SETUP", "Entry: x", "Target 1: $x", "Lev: 20x", "STOP : $x"."""
    base = _base(want["symbol"])
    if base is None or not _needs(want):
        return None
    lines = [f"#{base} {want['side']} SETUP ", "", f"Entry: {' - '.join(_p(want['entries']))}"]
    lines += [f"Target {i}: ${v}" for i, v in enumerate(_p(want["take_profits"]), 1)]
    lines += [_lev_line(want, "Lev: {}x"), "", f"STOP : ${fmt(want['stop_loss'])}"]
    return "\n".join(lines)


def one_line(rng: random.Random, want: Want) -> str | None:
    """ "🚨 LONG BTC-USDT Entry: x SL: x TP: a, b Leverage: 10x": the whole post on one line."""
    base = _base(want["symbol"])
    if base is None or not _needs(want) or len(want["entries"]) != 1:
        return None
    return (
        f"🚨 {want['side']} {base}-USDT Entry: {fmt(want['entries'][0])} "
        f"SL: {fmt(want['stop_loss'])} TP: {', '.join(_p(want['take_profits']))}"
        + _lev_line(want, " Leverage: {}x")
    )


def buy_range(rng: random.Random, want: Want) -> str | None:
    """ "🟢XAUUSD🟢 BUY RANGE: a-b SL x TP: t1/t2/t3" written for a coin: a one-line range."""
    base = _base(want["symbol"])
    if base is None or not _needs(want) or len(want["entries"]) != 2:
        return None
    word = "BUY" if want["side"] == "LONG" else "SELL"
    mark = "🟢" if want["side"] == "LONG" else "🔴"
    e = _p(want["entries"])
    return (
        f"{mark}{base}USDT{mark} {word} RANGE: {e[0]}-{e[1]} SL {fmt(want['stop_loss'])} "
        f"TP: {'/'.join(_p(want['take_profits']))}" + _lev_line(want, "\nLeverage: {}x")
    )


def glued_lev_side(rng: random.Random, want: Want) -> str | None:
    """ "#SOL/USDT (20xLONG)", "ENTRY: a/b", "TARGETS:-t1/t2/t3", "STOP LOSS: x": the leverage
    glued to the side word in brackets (ali-moments/simpleCopyBot parsers/mahee.py documents the
    card by its pattern, "#([A-Z0-9]+/USDT)\\s*\\((\\d+)x(LONG|SHORT)\\)")."""
    base = _base(want["symbol"])
    if base is None or not _needs(want) or want["leverage"] is None or len(want["entries"]) > 2:
        return None
    return (
        f"SIGNAL ALERT\n#{base}/USDT ({want['leverage']}x{want['side']})\n"
        f"ENTRY: {'/'.join(_p(want['entries']))}\nTARGETS:-{'/'.join(_p(want['take_profits']))}\n"
        f"STOP LOSS: {fmt(want['stop_loss'])}"
    )


# (name, layout, what it must give)
LAYOUTS: tuple[tuple[str, Layout, str], ...] = (
    ("cornix_full", cornix_full, EXACT),
    ("cornix_lines", cornix_lines, EXACT),
    ("killers_card", killers_card, EXACT),
    ("copytrade_card", copytrade_card, EXACT),
    ("markdown_card", markdown_card, EXACT),
    ("dollar_list", dollar_list, EXACT),
    ("coin_line_lev", coin_line_lev, EXACT),
    ("arrow_targets", arrow_targets, EXACT),
    ("emoji_dash", emoji_dash, EXACT),
    ("whales_here", whales_here, EXACT),
    ("repeated_tp", repeated_tp, EXACT),
    ("russian_card", russian_card, EXACT),
    ("turkish_card", turkish_card, EXACT),
    ("aligned_columns", aligned_columns, EXACT),
    ("setup_dollar", setup_dollar, EXACT),
    ("one_line", one_line, EXACT),
    ("buy_range", buy_range, EXACT),
    ("glued_lev_side", glued_lev_side, EXACT),
)


def layout_mutations(seed: int) -> Iterator[Row]:
    """For tests/parsers/mutations.py: (case id, family, text, reading, must), a generator of its
    own; each dev signal in two layouts drawn from those that can write it."""
    from tests.parsers.variants import signal_cases

    rng = random.Random(seed * 86028121 + 9)
    for case in signal_cases():
        want = case.expect["signal"]
        for _name, layout, must in rng.sample(LAYOUTS, 4):
            text = layout(rng, want)
            if text is not None:
                yield case.id, "doc_layout", text, want, must
