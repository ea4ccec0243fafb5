"""A side whose way in is a chart event with no price: "BUY after breaking up from triangle",
"Entry after retest of the breakout", "Long once it breaks out of the wedge", "Short upon a
breakdown from the range", "Вход после пробоя треугольника".

The post gives its targets and its stop, but the entry waits for a break, a retest or a
confirmation whose level it does not give (also in Spanish, Portuguese, German, Turkish,
Vietnamese and Chinese) (the session-25 ruling, CONVENTIONS.md: "BUY after the
breakout / SL 1.20 / Target 1.45, 1.60" is `needs_review`). Read without the condition, the call
is a market order now, before the chart did what the channel waits for: a guess, never traded.
parsers/call_doubts.py asks this when no entry price was read, beside its shorter `_NOT_NOW`
forms ("Long on confirmation", "BUY after the breakout").

Only a side or entry word and, in the same clause, a condition word (after, once, upon, on, when,
if) and a chart event's word (break, breakout, breakdown, retest, confirmation, reclaim, bounce, a
candle's close above or below): not "Buy now", not "LONG" alone (a side with no entry word stays
a market `signal`, session 21), not a price given ("BUY after breaking 26.5" reads 26.5 and its
way: parsers/trigger.py).
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.lead_first import lead_first

_CONDITION: Final = re.compile(
    lead_first(
        r"(?<![\w-])(?:buy(?:ing)?|long(?:ing)?|short(?:ing)?|sell(?:ing)?|enter(?:ing)?|entry"
        r"|go[^\S\n](?:long|short)|open[^\S\n](?:a[^\S\n])?(?:long|short))"
        r"[^\S\n](?:[#$]?[a-z0-9]{2,12}[^\S\n])?(?:only[^\S\n])?(?:after|once|upon|on|when|if)[^\S\n]"
        r"(?:[^\n0-9.,;!?]{0,30}?[^\S\n])?"
        r"(?:break(?:s|ing)?(?:[^\S\n](?:up|out|down))?|broken|breakouts?|breakdowns?|retest(?:s|ing)?"
        r"|confirm(?:s|ed|ing|ation)|reclaim(?:s|ed|ing)?|bounc(?:e|es|ing)|flip(?:s|ped|ping)?"
        r"|clos(?:e|es|ing)[^\S\n](?:above|below))(?![a-z])"
        # ... and in Russian: "Вход после пробоя треугольника", "Лонг при подтверждении".
        r"|(?<!\w)(?:вход|лонг|шорт|покупка|покупаем|продажа|шортим|лонгуем)[^\S\n](?:[#$]?[a-z0-9]{2,12}[^\S\n])?"
        r"(?:только[^\S\n])?(?:после|при|на)[^\S\n](?:[^\n0-9.,;!?]{0,20}?[^\S\n])?"
        r"(?:пробо|ретест|подтвержд|закрепл|отско)\w*"
        # ... Spanish and Portuguese: "Compra después de la ruptura", "Comprar após o rompimento".
        r"|(?<!\w)(?:compra|comprar|venta|vender|venda|long|short|entrada)[^\S\n](?:(?:solo|só)[^\S\n])?"
        r"(?:después[^\S\n]de|tras|al|após|apos|depois[^\S\n]d[oa]|no|na|en[^\S\n]la|en[^\S\n]el)[^\S\n]"
        r"(?:(?:la|el|o|a|um|uma|una|un)[^\S\n])?(?:ruptura|rotura|rompimiento|rompimento|retest\w*"
        r"|confirmaci[oó]n|confirmação|confirmacao)(?!\w)"
        # ... German: "Long nach dem Ausbruch", "Einstieg erst bei Bestätigung".
        r"|(?<!\w)(?:long|short|kauf|kaufen|verkauf|verkaufen|einstieg)[^\S\n](?:erst[^\S\n])?"
        r"(?:nach|bei)[^\S\n](?:(?:dem|der|einem|einer)[^\S\n])?(?:ausbruch|bruch|retest|bestätigung)"
        r"(?!\w)"
        # ... Turkish, the event first: "Kırılım sonrası long", "Onay gelirse al".
        r"|(?<!\w)(?:kırılım|kirilim|onay|retest)\w{0,3}[^\S\n](?:sonrası|sonrasi|sonra|ardından"
        r"|gelirse|gelince)[^\S\n](?:long|short|al|sat|giriş|giris|alım|alim|satım|satim)(?!\w)"
        # ... Vietnamese: "Mua sau khi phá vỡ tam giác".
        r"|(?<!\w)(?:mua|bán|long|short|vào[^\S\n]lệnh)[^\S\n](?:sau[^\S\n]khi|khi)[^\S\n](?:giá[^\S\n])?"
        r"(?:phá[^\S\n]vỡ|breakout|retest|xác[^\S\n]nhận)(?!\w)"
        # ... Chinese, the event first: "突破三角形后做多", "回踩确认再进场".
        r"|(?:突破|回踩|确认|確認)[^\n0-9]{0,8}?(?:后|後|再)(?:做多|做空|买入|買入|卖出|賣出|进场|進場|入场|入場)"
    )
)
_GATE: Final = gate(
    (
        *("break", "retest", "confirm", "reclaim", "bounc", "flip", "close", "closing"),
        *("пробо", "ретест", "подтвержд", "закрепл", "отско"),
        *("ruptura", "rotura", "rompimiento", "rompimento", "confirmação", "confirmacao"),
        *("bruch", "bestätigung", "kırılım", "kirilim", "onay", "phá vỡ", "xác nhận"),
        *("突破", "回踩", "确认", "確認"),
    )
)


def unpriced_condition(low: str) -> re.Match[str] | None:
    """The side's or the entry's condition with no price in low (the lower-case post), or None.
    The caller asks it only when no entry price was read."""
    if not holds(low, _GATE):
        return None
    return _CONDITION.search(low)
