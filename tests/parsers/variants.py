"""Variants of the dev corpus's signals: the ways real channels differ, with a known reading.

A channel the parser has never seen writes the same signal with its own words and layout. This
harness takes every dev signal (tests/fixtures/corpus/dev, kind "signal") with its hand-checked
reading and writes it again the ways channels do: label synonyms in several languages, separators
(":", "-", "=", "→", "@"), ranges ("0.51-0.53", "0.51 to 0.53", "0.51 ~ 0.53"), numbering
("1)", "1.", "1⃣", "①", "T1", "TP1", "Target 1"), emoji prefixes, casing, block order, chatter
lines, hashtags, pair forms (BTC/USDT, BTCUSDT.P, BTC-PERP, $BTC), leverage forms (Cross 20x,
Isolated (10X), Lev: 5-10x) and digits of other scripts. Two families:

- *rebuilt*: a fresh post written from the expected reading with a random choice of each form;
- *edited*: the real post itself with chatter, hashtags, emoji, blank lines or casing added.

Every variant must be read exactly, or refused (None, or needs review / invalid): never read as
a tradable signal with other numbers (a wrong trade). Seeded and deterministic.
Run ``python -m tests.parsers.variants`` for the figures and the first failures.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from parsers import EnhancedParser
from tests.parsers.corpus_score import CorpusCase, load_split, signal_differences

SEED = 13
REBUILT_PER_SIGNAL = 6
EXACT, REFUSED, WRONG = "exact", "refused", "wrong_trade"


@dataclass(frozen=True)
class Variant:
    """One rewritten post with the reading it must give (or be refused)."""

    case_id: str
    family: str  # "rebuilt" or "edited:<how>"
    text: str
    expect: dict[str, Any]


# ------------------------------------------------------------------ forms channels use

ENTRY_LABELS = (
    *("Entry", "Entry Zone", "Entry Price", "Entry Targets", "Entry Area", "Entries", "ENTRY"),
    *("Enter", "Entry range", "Entry Points", "Open", "Giriş", "入场", "Вход", "Entrada"),
    *("Einstieg", "Zona de entrada", "ورود", "Ingresso", "Entrée", "Điểm vào", "진입"),
    *("Entry Levels", "Limit Orders", "Entry price range", "Entrance", "Точка входа"),
    *("Punto de entrada", "Preço de entrada", "Giriş bölgesi", "Einstiegszone"),
    *("Harga masuk", "入场区间", "开仓价", "진입가", "エントリー", "نقطه ورود", "الدخول", "EP"),
    *("Purchase zone", "Purchase price", "Opening price", "Open position", "Вхід", "Wejście"),
)
ENTRY_LABELS_LONG = (
    *("Buy zone", "Buy", "Buy Price", "Accumulate", "Bid", "Long zone", "Buy Area", "Buying zone"),
    *("Limit buy", "Long entry", "Accumulation zone", "Vùng mua"),
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
)
TARGET_LABELS_LONG = ("Sell targets", "Sell")
TARGET_LABELS_SHORT = ("Buy back targets",)
STOP_LABELS = (
    *("SL", "Stop", "Stop Loss", "Stop-loss", "Stoploss", "StopLoss", "Stop Targets", "S/L"),
    *("Invalidation", "Zarar Durdur", "止损", "Стоп", "Стоп-лосс", "حد ضرر", "Stop-Loss"),
    *("STOP LOSS", "Stop loss price", "Stop Price", "Stop level", "Invalidation level"),
    *("Zarar kes", "Verlustbegrenzung", "Cắt lỗ", "Dừng lỗ", "止损位", "손절가", "損切り"),
    *("استاپ لاس", "وقف الخسارة", "Stopp", "Cut loss", "Cutloss", "ستوب", "الستوب"),
)
SEPARATORS = (":", ": ", " : ", " - ", " = ", " → ", " @ ", " ", "：", " :- ", " -> ", "- ")
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


def _case(rng: random.Random, text: str) -> str:
    roll = rng.random()
    if roll < 0.1:
        return text.upper()
    if roll < 0.2:
        return text.title() if text.isascii() else text
    return text


def _levels(want: dict[str, Any]) -> list[float]:
    stop = [want["stop_loss"]] if want["stop_loss"] is not None else []
    return [*want["entries"], *want["take_profits"], *stop]


def _commas_unambiguous(want: dict[str, Any]) -> bool:
    """Every level reads the same with a decimal comma: "0,512", "24,5" (never "1,234")."""
    for v in _levels(want):
        whole, _, decimals = fmt(v).partition(".")
        if not decimals or (len(decimals) == 3 and whole != "0") or v >= 1000:
            return False
    return True


def _comma(m: re.Match[str]) -> str:
    whole, decimals = m.group(1), m.group(2)
    if len(decimals) == 3 and whole != "0":
        return m.group()  # "4.120" as "4,120" would be four thousand: that post keeps its dot
    return f"{whole},{decimals}"


def _decimal_commas(text: str) -> str:
    return re.sub(r"(?<![0-9.])([0-9]+)\.([0-9]+)(?![0-9.])", _comma, text)


def rebuild(rng: random.Random, want: dict[str, Any]) -> str:
    """A fresh post giving the reading want, every form picked at random."""
    side = want["side"]
    sym = rng.choice(_symbol_forms(want["symbol"]))
    word = rng.choice(LONG_WORDS if side == "LONG" else SHORT_WORDS)
    if want["entries"] and want["take_profits"] and want["stop_loss"] and rng.random() < 0.05:
        word = ""  # no side word: the levels say it
    lev_inline = want["leverage"] is not None and rng.random() < 0.2
    if lev_inline:
        word += f" {want['leverage']}x"
    head: list[str]
    roll = rng.random()
    if roll < 0.35:
        head = [f"{sym} {word}"]
    elif roll < 0.5:
        head = [f"{word} {sym}"] if not sym.startswith(("Coin", "Pair")) else [sym, word]
    elif word.strip():
        head = [sym, rng.choice(SIDE_LINES).format(word)]
    else:
        head = [sym]
    blocks = [
        _entry_block(rng, want["entries"], side),
        _target_block(rng, want["take_profits"], side),
        _stop_block(rng, want["stop_loss"]),
    ]
    if want["leverage"] is not None and not lev_inline:
        blocks.insert(rng.randrange(len(blocks) + 1), [_leverage(rng, want["leverage"])])
    if rng.random() < 0.3:
        rng.shuffle(blocks)
    body = [_case(rng, line) if rng.random() < 0.3 else line for b in blocks for line in b]
    if rng.random() < 0.3:
        body = [rng.choice(EMOJI) + " " + line if rng.random() < 0.7 else line for line in body]
    lines = head + ([""] if rng.random() < 0.3 else []) + body
    if rng.random() < 0.3:
        lines.insert(0, rng.choice(CHATTER))
    if rng.random() < 0.4:
        lines.append(rng.choice(CHATTER))
    if rng.random() < 0.1:
        lines.insert(0, rng.choice(("📅 12.05.2024 14:30 UTC", "2024-05-12", "🕒 09:15", "May 12")))
    joiner = "\n"
    if rng.random() < 0.08 and all(len(b) == 1 for b in blocks):
        joiner = rng.choice((" | ", " ", " / ", ", ", " • "))  # a one-line post
    text = joiner.join(line.strip() for line in lines if line.strip())
    if rng.random() < 0.05 and _commas_unambiguous(want):
        text = _decimal_commas(text)
    if rng.random() < 0.06:
        digits = rng.choice(SCRIPTS[1:])
        text = text.translate(str.maketrans("0123456789", digits))
    return text


# ------------------------------------------------------------------ edits of the real post


def _chatter_first(rng: random.Random, text: str) -> str:
    return rng.choice(CHATTER) + "\n" + text


def _chatter_last(rng: random.Random, text: str) -> str:
    return text + "\n\n" + rng.choice(CHATTER) + "\n" + rng.choice(CHATTER)


def _hashtags(rng: random.Random, text: str) -> str:
    return text + "\n#crypto #altcoins #" + rng.choice(("signals", "futures", "binance"))


def _blank_lines(rng: random.Random, text: str) -> str:
    return text.replace("\n", "\n\n")


def _emoji_lines(rng: random.Random, text: str) -> str:
    mark = rng.choice(("📍", "👉", "🔹", "⚡"))
    return "\n".join(mark + " " + ln if ln.strip() else ln for ln in text.split("\n"))


EDITS: dict[str, Callable[[random.Random, str], str]] = {
    "chatter_first": _chatter_first,
    "chatter_last": _chatter_last,
    "hashtags": _hashtags,
    "blank_lines": _blank_lines,
    "emoji_lines": _emoji_lines,
}


def signal_cases() -> list[CorpusCase]:
    """The dev signals the variants are built from."""
    return [c for c in load_split("dev") if c.kind == "signal"]


def variants(seed: int = SEED, per_signal: int = REBUILT_PER_SIGNAL) -> list[Variant]:
    """Every variant, in a fixed order for a given seed."""
    rng = random.Random(seed)
    out: list[Variant] = []
    for case in signal_cases():
        want = case.expect["signal"]
        expect = {"signal": {**want}, "flags": {}}
        for _ in range(per_signal):
            out.append(Variant(case.id, "rebuilt", rebuild(rng, want), expect))
        for name, edit in EDITS.items():
            out.append(Variant(case.id, f"edited:{name}", edit(rng, case.text), case.expect))
    return out


# Lines any post can carry, with no word that changes what a follow-up asks for.
FOLLOWUP_CHATTER = ("Good luck!", "DYOR", "#crypto #altcoins", "Join our VIP channel 👑", "🔥🔥🔥")


def followup_variants(seed: int = SEED) -> list[CorpusCase]:
    """The dev posts that are no new signal (follow-ups, status posts, chatter, posts to refuse),
    with a chatter line, hashtags, blank lines or emoji added: read as before, never a trade,
    never an action the post does not ask for."""
    rng = random.Random(seed)
    out: list[CorpusCase] = []
    for case in load_split("dev"):
        if case.kind == "signal":
            continue
        for name, edit in (
            ("chatter_first", lambda t: rng.choice(FOLLOWUP_CHATTER) + "\n" + t),
            ("chatter_last", lambda t: t + "\n\n" + rng.choice(FOLLOWUP_CHATTER)),
            ("blank_lines", lambda t: t.replace("\n", "\n\n")),
            ("emoji_lines", lambda t: _emoji_lines(rng, t)),
        ):
            out.append(
                CorpusCase(
                    f"{case.id}:{name}",
                    case.source,
                    "dev",
                    edit(case.text),
                    case.expect,
                    case.classes,
                )
            )
    return out


def judge(parser: EnhancedParser, v: Variant) -> tuple[str, str]:
    """exact, refused or wrong_trade, and what differed."""
    sig = parser.parse_sync(v.text)
    if sig is None or not sig.is_valid():
        return REFUSED, "" if sig is None else "; ".join(sig.problems())
    diffs = signal_differences(sig, v.expect)
    return (WRONG, "; ".join(diffs)) if diffs else (EXACT, "")


@dataclass
class Figures:
    """Exact reads, refusals and wrong trades over the variants, per family."""

    total: Counter[str]
    by_family: dict[str, Counter[str]]
    wrong: list[tuple[Variant, str]]
    refused: list[tuple[Variant, str]]

    @property
    def exact_rate(self) -> float:
        return self.total[EXACT] / max(1, sum(self.total.values()))


def measure(seed: int = SEED, per_signal: int = REBUILT_PER_SIGNAL) -> Figures:
    """Read every variant with the rule parser and tally the verdicts."""
    parser = EnhancedParser(enable_ai=False)
    figures = Figures(Counter(), {}, [], [])
    for v in variants(seed, per_signal):
        verdict, detail = judge(parser, v)
        figures.total[verdict] += 1
        family = v.family.split(":")[0] if v.family == "rebuilt" else v.family
        figures.by_family.setdefault(family, Counter())[verdict] += 1
        if verdict == WRONG:
            figures.wrong.append((v, detail))
        elif verdict == REFUSED:
            figures.refused.append((v, detail))
    return figures


def main(argv: list[str]) -> None:
    seed = int(argv[1]) if len(argv) > 1 else SEED
    show = int(argv[2]) if len(argv) > 2 else 10
    f = measure(seed)
    n = sum(f.total.values())
    print(f"variants {n}: exact {f.total[EXACT]} ({f.exact_rate:.1%}), refused {f.total[REFUSED]},")
    print(f"wrong trades {f.total[WRONG]}")
    for family, c in sorted(f.by_family.items()):
        print(f"  {family:24} {dict(c)}")
    for v, detail in f.wrong[:show]:
        print(f"--- WRONG {v.case_id} {v.family}: {detail}\n{v.text}")
    for v, detail in f.refused[: show if len(argv) > 3 else 0]:
        print(f"--- REFUSED {v.case_id} {v.family}: {detail}\n{v.text}")


if __name__ == "__main__":
    main(sys.argv)


# ------------------------------------------------------------------ status and follow-up posts

# How channels report an event on an open trade, with the reading the bot must take: (template,
# kind, fields). {n} is a target number, {p} a price. Cornix's documented reports ("Take-Profit
# target 1 ✅ / Profit: 5.7% / Period: 12 Minutes", "All take-profit targets achieved", "Closed at
# stoploss") and the forms of the dev follow-ups in other languages. A kind of None is a status
# post no action follows (an entry filled): read as nothing, or as nothing the bot acts on.
STATUS_FORMS: tuple[tuple[str, str | None, dict[str, Any]], ...] = (
    ("Target {n} ✅", "TP_HIT", {"tp_index": "n"}),
    ("TP{n} reached 🎯", "TP_HIT", {"tp_index": "n"}),
    (
        "Take-Profit target {n} ✅\nProfit: 45.2% 📈\nPeriod: 2 Hours ⏰",
        "TP_HIT",
        {"tp_index": "n"},
    ),
    ("TP {n} hit 🔥", "TP_HIT", {"tp_index": "n"}),
    ("Target #{n} done", "TP_HIT", {"tp_index": "n"}),
    ("🎯 Target {n} achieved", "TP_HIT", {"tp_index": "n"}),
    ("Тейк-профит {n} ✅\n\nПрибыль: 21.3% 📈", "TP_HIT", {"tp_index": "n"}),
    ("Цель {n} достигнута ✅", "TP_HIT", {"tp_index": "n"}),
    ("Hedef {n} ✅", "TP_HIT", {"tp_index": "n"}),
    ("止盈{n} 已达成", "TP_HIT", {"tp_index": "n"}),
    ("All take-profit targets achieved 😎\nProfit: 120% 📈\nPeriod: 3 Days ⏰", "TP_HIT", {}),
    ("All targets hit ✅", "TP_HIT", {}),
    ("Closed at stoploss ⛔", "SL_HIT", {}),
    ("SL hit ❌", "SL_HIT", {}),
    ("Stop loss hit ❌", "SL_HIT", {}),
    ("Stopped out at breakeven", "SL_HIT", {}),
    ("Стоп сработал", "SL_HIT", {}),
    ("止损触发", "SL_HIT", {}),
    ("Entry {n} filled", None, {}),
    ("Entry target {n} ✅\nAverage Entry Price: {p} 💵", None, {}),
    ("Cancelled ❌", "CANCEL", {}),
    ("Signal cancelled", "CANCEL", {}),
    ("Отмена сделки", "CANCEL", {}),
    ("İptal", "CANCEL", {}),
    ("取消", "CANCEL", {}),
    ("Close half", "CLOSE_PARTIAL", {"fraction": 0.5}),
    ("Close 50% of the position", "CLOSE_PARTIAL", {"fraction": 0.5}),
    ("Закрываем половину", "CLOSE_PARTIAL", {"fraction": 0.5}),
    ("Move SL to entry", "MOVE_SL", {"to_entry": True}),
    ("SL moved to breakeven", "MOVE_SL", {"to_entry": True}),
    ("Move stop to {p}", "MOVE_SL", {"to_entry": False}),
    ("Стоп в безубыток", "MOVE_SL", {"to_entry": True}),
    ("止损移至开仓价", "MOVE_SL", {"to_entry": True}),
    ("Closed in profit", "CLOSE", {}),
    ("Close now", "CLOSE", {}),
    ("Закрываем сделку", "CLOSE", {}),
    ("平仓", "CLOSE", {}),
    ("TP{n} ✅ +38% profit", "TP_HIT", {"tp_index": "n"}),
    ("Take profit {n} hit", "TP_HIT", {"tp_index": "n"}),
    ("目标{n} ✅", "TP_HIT", {"tp_index": "n"}),
    ("Kâr al {n} ✅", "TP_HIT", {"tp_index": "n"}),
    ("Stop loss triggered", "SL_HIT", {}),
    ("Hit SL 😢", "SL_HIT", {}),
    ("Stopped out ❌ -12%", "SL_HIT", {}),
    ("Entry {n} triggered ✅", None, {}),
    ("Order cancelled, price never reached entry", "CANCEL", {}),
    ("Close all positions", "CLOSE", {}),
    ("Closed manually", "CLOSE", {}),
    ("Book profits now", "CLOSE", {}),
    ("Secure 50% profits", "CLOSE_PARTIAL", {"fraction": 0.5}),
    ("Close 25% here", "CLOSE_PARTIAL", {"fraction": 0.25}),
    ("SL to BE", "MOVE_SL", {"to_entry": True}),
    ("Stop moved to entry price", "MOVE_SL", {"to_entry": True}),
    ("Move stop loss to {p}", "MOVE_SL", {"to_entry": False}),
    ("Stopu girişe taşıyın", "MOVE_SL", {"to_entry": True}),
    ("Pozisyonu kapatın", "CLOSE", {}),
    ("Переносим стоп в безубыток", "MOVE_SL", {"to_entry": True}),
    ("Фиксируем 50%", "CLOSE_PARTIAL", {"fraction": 0.5}),
    ("الهدف {n} ✅", "TP_HIT", {"tp_index": "n"}),
    ("Stop out", "SL_HIT", {}),
    ("Stoploss ❌", "SL_HIT", {}),
    ("Zarar durdur çalıştı", "SL_HIT", {}),
    # Chinese replies (branch i13-updates10), traditional forms too.
    ("已過tp{n}", "TP_HIT", {"tp_index": "n"}),
    ("止盈到了", "TP_HIT", {}),
    ("小损，下一单再来", "SL_HIT", {}),
    ("撤单", "CANCEL", {}),
    ("撤銷", "CANCEL", {}),
    ("止损改到{p}", "MOVE_SL", {"to_entry": False}),
    ("止損移到成本價", "MOVE_SL", {"to_entry": True}),
    ("可以先走", "CLOSE", {}),
    ("先走一步", "CLOSE", {}),
    ("可以先平一半", "CLOSE_PARTIAL", {"fraction": 0.5}),
    # "protect the profit": raise the stop (its level unsaid), branch i13-rules11.
    ("盈利了，保護好利潤", "MOVE_SL", {"to_entry": False}),
)
STATUS_COINS = ("SOL", "XRP", "1000PEPE", "DOGE", "AVAX")


def _status_coin_forms(coin: str) -> tuple[str, ...]:
    return (
        f"#{coin}/USDT",
        f"${coin}",
        f"#{coin}USDT",
        f"{coin}/USDT",
        f"Binance Futures\n#{coin}/USDT",
    )


def status_variants(seed: int = SEED, per_form: int = 6) -> list[CorpusCase]:
    """Every status form written per_form times: with or without a coin (before, after, on its
    own line), emoji, casing and a chatter line; read as the kind the table gives."""
    rng = random.Random(seed)
    out: list[CorpusCase] = []
    for i, (template, kind, fields) in enumerate(STATUS_FORMS):
        for j in range(per_form):
            n = rng.randrange(1, 6)
            body = template.format(n=n, p=fmt(round(rng.uniform(0.1, 90), 3)))
            if rng.random() < 0.15 and body.isascii():
                body = body.upper() if rng.random() < 0.5 else body.lower()
            want: dict[str, Any] = {"kind": kind}
            want.update({k: (n if v == "n" else v) for k, v in fields.items()})
            if j % 3:  # two in three name the coin
                coin = rng.choice(STATUS_COINS)
                form = rng.choice(_status_coin_forms(coin))
                body = rng.choice((f"{form}\n{body}", f"{form} {body}", f"{body}\n{form}"))
                if kind is not None:
                    want["symbol"] = f"{coin}USDT"
            if rng.random() < 0.25:
                body = rng.choice(FOLLOWUP_CHATTER) + "\n" + body
            if rng.random() < 0.2:
                body = _emoji_lines(rng, body)
            expect = {"kind": "update", "update": want}
            out.append(CorpusCase(f"status{i}:{j}", "synthetic", "dev", body, expect, ()))
    return out


def judge_status(parser: EnhancedParser, case: CorpusCase) -> tuple[str, str]:
    """exact; refused (no reading); wrong_trade (a tradable signal); wrong_action (another kind
    than the table's, or its fields differ: a TP hit read as a close, a close as a move)."""
    sig = parser.parse_sync(case.text)
    if sig is not None and sig.is_valid():
        return WRONG, f"read as a tradable {sig.side} {sig.symbol}"
    update = parser.parse_update_sync(case.text)
    want = case.expect["update"]
    got = update.kind.value if update is not None else None
    if want["kind"] is None:
        return (EXACT, "") if got is None else (WRONG_ACTION, f"read as {got} on a status post")
    if update is None:
        return REFUSED, "no update read"
    if got != want["kind"]:
        return WRONG_ACTION, f"read as {got}, want {want['kind']}"
    for key in ("symbol", "tp_index", "fraction", "to_entry"):
        if key in want and getattr(update, key) != want[key]:
            return WRONG_ACTION, f"{key} {getattr(update, key)!r} != {want[key]!r}"
    return EXACT, ""


WRONG_ACTION = "wrong_action"


def status_figures(seed: int = SEED) -> tuple[Counter[str], list[tuple[CorpusCase, str, str]]]:
    """The verdict counts over the status variants, and every case not read exactly."""
    parser = EnhancedParser(enable_ai=False)
    counts: Counter[str] = Counter()
    misses: list[tuple[CorpusCase, str, str]] = []
    for case in status_variants(seed):
        verdict, detail = judge_status(parser, case)
        counts[verdict] += 1
        if verdict != EXACT:
            misses.append((case, verdict, detail))
    return counts, misses
