"""What the variant harnesses (tests/parsers/variants.py, status_variants.py) share: the seed,
the verdicts, and the forms channels use to write a signal: label words in several languages,
separators, ranges, numbering, side words, chatter lines, emoji, digits of other scripts, pair and
leverage forms, and the writers of each block of a post (entry, targets, stop).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any

SEED = 13
EXACT, REFUSED, WRONG = "exact", "refused", "wrong_trade"


ENTRY_LABELS = (
    *("Entry", "Entry Zone", "Entry Price", "Entry Targets", "Entry Area", "Entries", "ENTRY"),
    *("Enter", "Entry range", "Entry Points", "Open", "Giriş", "入场", "Вход", "Entrada"),
    *("Einstieg", "Zona de entrada", "ورود", "Ingresso", "Entrée", "Điểm vào", "진입"),
    *("Entry Levels", "Limit Orders", "Entry price range", "Entrance", "Точка входа"),
    *("Punto de entrada", "Preço de entrada", "Giriş bölgesi", "Einstiegszone"),
    *("Harga masuk", "入场区间", "开仓价", "진입가", "エントリー", "نقطه ورود", "الدخول", "EP"),
    *("Purchase zone", "Purchase price", "Opening price", "Open position", "Вхід", "Wejście"),
    *("Зона закупа", "Точка закупа", "Набираем позицию"),  # i13-labels31
)
ENTRY_LABELS_LONG = (
    *("Buy zone", "Buy", "Buy Price", "Accumulate", "Bid", "Long zone", "Buy Area", "Buying zone"),
    *("Limit buy", "Long entry", "Accumulation zone", "Vùng mua"),
    *("Purchase", "Закуп", "Зона покупки"),  # i13-labels31
)
ENTRY_LABELS_SHORT = (
    *("Sell zone", "Sell", "Sell Price", "Short zone", "Short entry", "Sell Area", "Selling zone"),
    "Limit sell",
)
TARGET_LABELS = (
    *("Targets", "Target", "Take-Profit Targets", "Take Profit", "TP", "TPs", "Take Profits"),
    *("Profit Targets", "Exit Targets", "Tgt", "Objectives", "Hedefler", "Цели", "目标"),
    *("Objetivos", "Alvos", "Ziele", "Take Profit Targets", "Take-Profit", "تارگت", "Goals"),
    *("Take profit levels", "TP levels", "Target levels", "Exit points", "Profit taking"),
    *("Тейк-профит", "Metas", "Kâr al", "Kursziele", "Mục tiêu", "Chốt lời", "目标价", "목표가"),
    *("利確", "ターゲット", "اهداف", "حد سود", "الأهداف", "Obiettivi", "Objectifs", "Cibles"),
    *("Profit levels", "Exits", "Цілі", "Cele", "الاهداف", "أهداف"),
    *("Trgt", "Tragets", "Тэйки", "Hedef Fiyat"),  # i13-labels31
)
TARGET_LABELS_LONG = ("Sell targets", "Sell")
TARGET_LABELS_SHORT = ("Buy back targets",)
STOP_LABELS = (
    *("SL", "Stop", "Stop Loss", "Stop-loss", "Stoploss", "StopLoss", "Stop Targets", "S/L"),
    *("Invalidation", "Zarar Durdur", "止损", "Стоп", "Стоп-лосс", "حد ضرر", "Stop-Loss"),
    *("STOP LOSS", "Stop loss price", "Stop Price", "Stop level", "Invalidation level"),
    *("Zarar kes", "Verlustbegrenzung", "Cắt lỗ", "Dừng lỗ", "止损位", "손절가", "損切り"),
    *("استاپ لاس", "وقف الخسارة", "Stopp", "Cut loss", "Cutloss", "ستوب", "الستوب"),
    *("Stoplose", "Stoplos", "防守"),  # i13-labels31
)
SEPARATORS = (":", ": ", " : ", " - ", " = ", " → ", " @ ", " ", "：", " :- ", " -> ", "- ")
SEPARATORS += (" :: ", " => ")  # i13-labels31
RANGES = (" - ", "-", " to ", " ~ ", " – ", " / ", "~", " — ")
INLINE_LISTS = (" - ", ", ", " / ", " | ", " ", " , ", " → ", "-", " • ")
# (prefix for target n, whether it is a label of its own so no heading is needed)
NUMBERINGS: tuple[tuple[Callable[[int], str], bool], ...] = (
    (lambda n: f"TP{n}: ", True),
    (lambda n: f"TP {n}: ", True),
    (lambda n: f"Target {n}: ", True),
    (lambda n: f"Target {n} - ", True),
    (lambda n: f"T{n}: ", True),
    (lambda n: f"TP{n} ", True),
    (lambda n: f"Take Profit {n}: ", True),
    (lambda n: f"🎯 TP{n}: ", True),
    (lambda n: f"{n}) ", False),
    (lambda n: f"{n}. ", False),
    (lambda n: f"{n} - ", False),
    (lambda n: "".join(d + "\ufe0f\u20e3" for d in str(n)) + " ", False),
    (lambda n: "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"[n - 1] + " ", False),
    (lambda n: "🎯 ", False),
    (lambda n: "- ", False),
    (lambda n: "• ", False),
    (lambda n: f"({n}) ", False),
    (lambda n: f"Hedef {n}: ", True),
    (lambda n: f"Цель {n}: ", True),
    (lambda n: f"止盈{n}: ", True),
    (lambda n: f"TP-{n}: ", True),
    (lambda n: f"T-{n}: ", True),
    (lambda n: f"Target-{n} = ", True),
)
LONG_WORDS = (
    *("LONG", "Long", "#LONG", "LONG 📈", "🟢 LONG", "Long 🟢", "BUY", "Uzun", "Лонг", "做多"),
    *("Long setup", "Longing", "Compra", "Покупка", "Kauf", "Mua", "خرید", "شراء", "롱"),
)
SHORT_WORDS = (
    *("SHORT", "Short", "#SHORT", "SHORT 📉", "🔴 SHORT", "Short 🔴", "SELL", "Kısa", "Шорт"),
    *("做空", "Short setup", "Shorting", "Venta", "Продажа", "Verkauf", "Bán", "فروش", "숏"),
)
SIDE_LINES = ("Direction: {}", "Signal Type: Regular ({})", "Position: {}", "Side: {}", "{}")
CHATTER = (
    *("Good luck!", "Not financial advice.", "Use proper risk management.", "R:R 1:3"),
    *("Risk: 2% of portfolio", "Volume: 3%", "⚠️ Use only 2-3% of your capital", "#crypto #signals"),
    *("Join our VIP channel for more!", "Trade at your own risk 🙏", "Timeframe: 4H"),
    *("Exchange: Binance Futures", "Mode: Isolated", "Signal #1234", "Posted by admin 👑"),
    *("Margin mode: Cross", "DYOR", "Short term trade", "📊 Chart below 👇", "Probability: 78%"),
)
# (Not ✅: before a target it ticks the target off, a status post.)
EMOJI = ("📍", "👉", "🔹", "⚡", "💰", "📈", "🔰", "➡️", "▪️")
SCRIPTS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９", "۰۱۲۳۴۵۶۷۸۹")


def fmt(value: float) -> str:
    """A price as a channel writes it: no exponent, no float noise ("0.00006893", "64000")."""
    text = format(Decimal(repr(value)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def levels_of(want: dict[str, Any]) -> list[float]:
    """Every price of a reading: its entries, targets and stop."""
    stop = [want["stop_loss"]] if want["stop_loss"] is not None else []
    return [*want["entries"], *want["take_profits"], *stop]


def near_price(rng: random.Random, want: dict[str, Any], spread: float = 0.1) -> str:
    """A number that could be a price of this coin (within `spread` of its middle level) and is
    none of its levels, as written."""
    return near_level(rng, levels_of(want), spread)


def near_level(rng: random.Random, levels: list[float], spread: float = 0.1) -> str:
    """A number within `spread` of the middle of levels (not empty) that is none of them, as
    written."""
    mid = sorted(levels)[len(levels) // 2]
    written = {fmt(v) for v in levels}
    for _ in range(20):
        value = float(f"{mid * rng.uniform(1 - spread, 1 + spread):.4g}")
        if value not in levels and fmt(value) not in written:
            return fmt(value)
    return fmt(mid * 1.07)


def _price(rng: random.Random, value: float) -> str:
    text = fmt(value)
    roll = rng.random()
    if "." in text and roll < 0.1:
        return text + "0"  # "0.540"
    if "." not in text and value >= 1000 and roll < 0.15:
        return f"{int(value):,}"  # "64,000"
    if roll > 0.92:
        return "$" + text if rng.random() < 0.5 else text + "$"
    return text


def _symbol_forms(symbol: str) -> tuple[str, ...]:
    if symbol.endswith("USDT") and len(symbol) == 5:
        return (f"{symbol[0]}/USDT", f"#{symbol[0]}/USDT", f"Pair: {symbol[0]}/USDT")
    if symbol.endswith("USDT") and len(symbol) > 5:
        b = symbol[:-4]
        return (
            *(f"#{b}/USDT", f"{b}/USDT", f"${b}", f"#{b}", f"{b}USDT", f"#{b}USDT", f"{b}USDT.P"),
            *(f"{b}-USDT", f"{b}_USDT", f"${b}/USDT", f"{b}/USDT (Binance Futures)", f"{b}-PERP"),
            *(f"{b}USDT Perpetual", f"Coin: {b}", f"Pair: {b}/USDT", f"#{b}/USDT:USDT"),
            *(f"{b}USDTM", f"{b}/USDT Perp", f"Binance: {b}USDT", f"{b}/USDT 📈"),
        )
    for quote in ("BTC", "USD", "ETH"):
        if symbol.endswith(quote) and len(symbol) > len(quote) + 1:
            b = symbol[: -len(quote)]
            return (f"#{b}/{quote}", f"{b}/{quote}", f"Pair: {b}/{quote}")
    return (f"#{symbol}",)


def _leverage(rng: random.Random, lev: int) -> str:
    forms = (
        f"Leverage: {lev}x",
        f"Leverage: Cross {lev}x",
        f"Cross {lev}x",
        f"Isolated ({lev}X)",
        f"Lev: {lev}x",
        f"Leverage {lev}",
        f"Lev: {lev}-{lev * 2}x",
        f"Leverage: Cross ({lev}.0X)",
        f"{lev}x leverage",
        f"Leverage: {lev}X - {lev * 2}X",
        f"Margin: Isolated {lev}x",
        f"Kaldıraç: {lev}x",
        f"杠杆: {lev}倍",
        f"杠杆{lev}x",
        f"Leverage: {lev} to {lev * 2}x",
        f"Lev: {lev}~{lev * 2}x",
    )
    return rng.choice(forms)


def _entry_block(rng: random.Random, entries: list[float], side: str) -> list[str]:
    if not entries:
        return [rng.choice(("Entry: Market", "Entry: CMP", "Entry: market price", "Buy now"))]
    pool = ENTRY_LABELS + (ENTRY_LABELS_LONG if side == "LONG" else ENTRY_LABELS_SHORT)
    label = rng.choice(pool)
    sep = rng.choice(SEPARATORS)
    prices = [_price(rng, v) for v in entries]
    if len(prices) == 2 and rng.random() < 0.85:
        return [label + sep + rng.choice(RANGES).join(prices)]
    if len(prices) >= 2 and rng.random() < 0.5:
        return [label + ":", *(f"{i}) {p}" for i, p in enumerate(prices, 1))]
    return [label + sep + rng.choice(INLINE_LISTS).join(prices)]


def _target_block(rng: random.Random, targets: list[float], side: str) -> list[str]:
    if not targets:
        return []
    pool = TARGET_LABELS + (TARGET_LABELS_LONG if side == "LONG" else TARGET_LABELS_SHORT)
    label = rng.choice(pool)
    prices = [_price(rng, v) for v in targets]
    roll = rng.random()
    if roll < 0.3 or len(prices) > 12:
        return [label + rng.choice(SEPARATORS) + rng.choice(INLINE_LISTS).join(prices)]
    number, is_label = rng.choice(NUMBERINGS)
    lines = [number(i) + p for i, p in enumerate(prices, 1)]
    if rng.random() < 0.15:  # a note after each target: "(+5%)", "- 25%", "🚀"
        note = rng.choice((" (+{}%)", " - {}%", " 🚀", " ({}% of position)", " ({}%)"))
        lines = [line + note.format(rng.randrange(5, 60)) for line in lines]
    if is_label and rng.random() < 0.6:
        return lines
    return [label + rng.choice((":", "", " 👇", ":")), *lines]


def _stop_block(rng: random.Random, stop: float | None) -> list[str]:
    if stop is None:
        return []
    label = rng.choice(STOP_LABELS)
    if label == "Stop Targets":
        return [label + ":", f"1) {_price(rng, stop)}"]
    note = rng.choice(("", "", "", "", " (-8%)", " (close below on 4H)", " (4H close)", " 💀"))
    prefix = rng.choice(("", "🛑 ", "❌ ", "⛔ "))
    return [prefix + label + rng.choice(SEPARATORS) + _price(rng, stop) + note]


def plain_blocks(rng: random.Random, want: dict[str, Any]) -> dict[str, list[str]]:
    """The reading want written in plain blocks (head, entry, tp, sl, lev), forms drawn from the
    tables above."""
    side = want["side"]
    sym = rng.choice(_symbol_forms(want["symbol"]))
    word = rng.choice(LONG_WORDS if side == "LONG" else SHORT_WORDS)
    return {
        "head": [f"{sym} {word}"],
        "entry": _entry_block(rng, want["entries"], side),
        "tp": _target_block(rng, want["take_profits"], side),
        "sl": _stop_block(rng, want["stop_loss"]),
        "lev": [_leverage(rng, want["leverage"])] if want["leverage"] is not None else [],
    }
