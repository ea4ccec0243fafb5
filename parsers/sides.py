"""Trade direction from words in many languages, emojis, or the geometry of the levels."""

from __future__ import annotations

import re

LONG = "LONG"
SHORT = "SHORT"

# "long"/"short" and their translations are strong; "buy"/"sell" are weaker because channels
# also write "sell 50% at TP1" inside a long. Patterns start with \W (searched in " " + text)
# so re skips positions inside words cheaply; Chinese forms have no word boundaries.
_STRONG = re.compile(
    r"\W(?:(?P<long>long(?:s|ing|ed)?(?![\s-]term)|лонг[а-я]{0,3}|largo|uzun|لانگ)"
    r"|(?P<short>short(?:s|ing|ed)?(?![\s-]term)|шорт[а-я]{0,3}|corto|k[ıi]sa|شورت))(?!\w)"
)
_STRONG_CJK = re.compile(r"(?P<long>做多|开多|多单)|(?P<short>做空|开空|空单)")
_WEAK = re.compile(
    r"\W(?:(?P<long>buy(?:ing)?|bullish|покупка|купить|покупаем|compra[rs]?|comprado|"
    r"al[ıi][sş]|kaufen|kauf|mua|خرید)|(?P<short>sell(?:ing)?|bearish|продажа|продать|"
    r"продаем|venta|vender|venda|vendido|sat[ıi][sş]|verkaufen|verkauf|bán|فروش))(?!\w)"
)
_WEAK_CJK = re.compile(r"(?P<long>买入)|(?P<short>卖出)")
_EMOJI = re.compile(r"(?P<long>🟢|📈|⬆|🔼|🐂)|(?P<short>🔴|📉|⬇|🔽|🐻)")


def _first(word: re.Pattern[str], cjk: re.Pattern[str], low: str) -> tuple[str | None, int]:
    m = word.search(" " + low)
    side, pos = (LONG if m.group("long") else SHORT, m.start()) if m else (None, -1)
    if not low.isascii():
        c = cjk.search(low)
        if c and (pos < 0 or c.start() < pos):
            side, pos = (LONG if c.group("long") else SHORT), c.start()
    return side, pos


def side_from_words(low: str) -> tuple[str | None, float, int]:
    """Side named in lower-cased text, how sure (1.0 long/short, 0.8 buy/sell), and where."""
    for word, cjk, strength in ((_STRONG, _STRONG_CJK, 1.0), (_WEAK, _WEAK_CJK, 0.8)):
        side, pos = _first(word, cjk, low)
        if side:
            return side, strength, pos
    return None, 0.0, -1


def side_from_emoji(text: str) -> str | None:
    """Side suggested by coloured circles or chart emojis; the weakest hint of all."""
    if text.isascii():
        return None
    m = _EMOJI.search(text)
    if m is None:
        return None
    return LONG if m.group("long") else SHORT


def side_from_levels(entries: list[float], tps: list[float], sl: float | None) -> str | None:
    """LONG when targets sit above the entry (or the stop below it), SHORT when the reverse."""
    ref = entries[0] if entries else None
    if ref is not None and tps:
        if tps[0] != ref:
            return LONG if tps[0] > ref else SHORT
    if ref is not None and sl is not None and sl != ref:
        return LONG if sl < ref else SHORT
    if tps and sl is not None and tps[0] != sl:
        return LONG if tps[0] > sl else SHORT
    return None
