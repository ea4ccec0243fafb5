"""Trade direction from words in many languages, emojis, or the geometry of the levels."""

from __future__ import annotations

import re

LONG = "LONG"
SHORT = "SHORT"

# "long"/"short" and their translations are strong; "buy"/"sell" are weaker because channels
# also write "sell 50% at TP1" inside a long.
_STRONG = re.compile(
    r"(?<!\w)(?:(?P<long>long(?:s|ing|ed)?(?![\s-]term)|лонг[а-я]{0,3}|largo|uzun|"
    r"لانگ|mua\slong)|(?P<short>short(?:s|ing|ed)?(?![\s-]term)|шорт[а-я]{0,3}|corto|"
    r"k[ıi]sa|شورت))(?!\w)"
    r"|(?P<long_cjk>做多|开多|多单)|(?P<short_cjk>做空|开空|空单)"
)
_WEAK = re.compile(
    r"(?<!\w)(?:(?P<long>buy(?:ing)?|bullish|покупка|купить|покупаем|compra[rs]?|comprado|"
    r"al[ıi][sş]|kaufen|kauf|mua|خرید)|(?P<short>sell(?:ing)?|bearish|продажа|продать|"
    r"продаем|venta|vender|venda|vendido|sat[ıi][sş]|verkaufen|verkauf|bán|فروش))(?!\w)"
    r"|(?P<long_cjk>买入)|(?P<short_cjk>卖出)"
)
_EMOJI = re.compile(r"(?P<long>🟢|📈|⬆|🔼|🐂)|(?P<short>🔴|📉|⬇|🔽|🐻)")


def _side_of(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    return LONG if (m.group("long") or m.groupdict().get("long_cjk")) else SHORT


def side_from_words(low: str) -> tuple[str | None, float, int]:
    """Side named in lower-cased text, how sure (1.0 long/short, 0.8 buy/sell), and where."""
    for regex, strength in ((_STRONG, 1.0), (_WEAK, 0.8)):
        m = regex.search(low)
        if m:
            return _side_of(m), strength, m.start()
    return None, 0.0, -1


def side_from_emoji(text: str) -> str | None:
    """Side suggested by coloured circles or chart emojis; the weakest hint of all."""
    return _side_of(_EMOJI.search(text))


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
