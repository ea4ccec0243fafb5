"""More ways channels write a breakout entry (session 19), rows beside parsers/vocabulary.py's
TRIGGER_WORDS, TRIGGER_AFTER_WAYS and TRIGGER_AFTER, read by parsers/trigger.py.

"Buy when it reclaims 0.53", "Entry: 0.53 (on 4H close above)", "Short once 0.45 is broken":
each waits for the price to cross the level. Read as a plain limit, a buy limit above the market
fills at once: a trade nobody posted.
"""

from __future__ import annotations

# Before the price, after the entry's label: "Long if it reclaims 0.53" (a reclaim is a move back
# above a level), "Short if it loses 0.45" (a level lost is crossed downwards), "Buy on a close
# above 0.53".
# (Reclaim and lose rows are named "breaks above"/"breaks below": they count with no entry label
# before them too; a close's rows only after the entry's label: "SL @ 6800 (close below on 4H),
# Entry -> 6640" closes the stop's field, not the entry's.)
TRIGGER_WORDS_MORE = (
    # Russian order types: "Вход: бай-стоп 0.53", "0.53 (стоп-лимит)", "стоп-ордером".
    ("stop", r"(?:бай|селл|buy|sell)[\s-]?стоп|стоп[\s-]?(?:лимит\w*|маркет\w*|ордер\w*)"),
    ("breaks above", r"reclaim(?:s|ed|ing)?(?:\s(?:of|above))?|flips?\s(?:above|over)"),
    # "лонг если пробьём 3000", "шорт, когда пробьют 2900": the level broken, the verb (i13-ru33:
    # traded as a plain limit at 3000).
    ("break", r"пробь[её]\w{0,3}|пробива\w{1,3}|пробить|пробит\w{0,3}|пробьют"),
    ("breaks below", r"loses|losing|lose|loss\sof|flips?\s(?:below|under)"),
    ("above", r"close[sd]?\s(?:above|over)|closing\s(?:above|over)"),
    ("below", r"close[sd]?\s(?:below|under)|closing\s(?:below|under)"),
)

# Right after the entry's price, a condition with its way: "0.53 (on 4H close above)", "0.53
# after a daily close over", "0.53 on reclaim", "0.45 once lost".
_LEAD = (
    r"[^\S\n]*[(\[–—-]?[^\S\n]*(?:(?:on|upon|after|with|if|once|when|wait(?:ing)?\sfor)\s"
    r"(?:a\s|the\s|it\s)?(?:is\s|gets\s)?)?(?:[0-9]{1,2}\s?[mhdw]\s|daily\s|weekly\s|hourly\s)?"
    r"(?:candle\s)?"
)
TRIGGER_AFTER_MORE = (
    ("above", _LEAD + r"(?:(?:close[sd]?|closing)\s(?:above|over)|reclaim(?:ed)?)(?!\w)"),
    ("below", _LEAD + r"(?:(?:close[sd]?|closing)\s(?:below|under)|lost)(?!\w)"),
)

# Right after the price, the level broken, the side's own way: "Entry: 0.53 once broken",
# "Short once 0.45 is broken", "0.53 if broken" (group 1: the words to show).
TRIGGER_BROKEN_AFTER = (
    r"[^\S\n]*[(\[–—-]?[^\S\n]*((?:once|if|when|after)\s(?:it\s)?(?:is\s|gets\s|has\sbeen\s)?"
    r"(?:broken|breached|cleared)|(?:is|gets)\sbroken)(?!\w)"
)

# A condition after the entry's price that no row above reads (no way said, or not how the entry
# waits): "Entry: 0.53 only after confirmation", "0.53 on a 1H close", "0.53 if price holds
# above", "0.53 if it flips resistance to support". The entry waits for something a limit order
# does not: the signal needs review (parsers/trigger.py). (Words on how sure the call is, "only
# on clear rejection", "wait for the pullback", are the channel's advice on a limit entry.)
ENTRY_CONDITION = (
    r"(?<!\w)(?:(?:on|after|upon|with)\s(?:a\s|the\s)?(?:[0-9]{1,2}\s?[mhdw]\s|daily\s|weekly\s"
    r"|hourly\s|candle\s)+clos(?:e|ing)|confirmation|break\s?(?:&|and|\+)\s?close"
    r"|(?:once|if|when|provided)\s(?:that\s)?(?:it\s|price\s|the\sprice\s)?(?:[0-9]{1,2}\s?[mhdw]\s"
    r"|daily\s|weekly\s|candle\s)?(?:is\s)?(?:confirmed|holds|flips|closes|reclaims|retests)"
    # "0.53 after a retest", "0.53 (after it retests)": the break comes first, then the entry
    # (session 22; "wait for the pullback" stays the channel's advice on a limit entry).
    # (Not "chart looks clean after the retest": one that happened, the call's reason.)
    r"|after\s(?:a\s)?retest(?![a-z])|after\sit\sretests"
    r"|flips\s(?:resistance|support)|\(\s?stop\s?\)"
    # A break in other languages: "Entrada: 0.53 (en ruptura)", "Einstieg: 0.53 nach Ausbruch".
    r"|ruptura|rompimiento|rompimento|quiebre|ausbruch|cassure"
    # "Вход: 0.53 (после подтверждения)": after confirmation, in Russian (session 23).
    r"|(?:после|при|до)\sподтверждени[яи]"
    # "Вход: 60000 (после ретеста)", "на ретесте", "после пробоя": after a retest or a break
    # (session 24, i13-wrong25: traded as a plain limit).
    r"|(?:после|на)\s(?:ретест\w{0,2}|пробо\w{1,2}|закрепл\w{0,5})"
    # "0.53 (BO)", "0.53 on B/O": a breakout, abbreviated.
    r"|\(\s?b/?o\s?\)|on\sb/?o"
    # "0.53 (wait for the candle to close)", "0.53 wait for a 4H close": a close awaited, no way
    # said; "0.53 OCO": an order kind no row reads (session 21).
    r"|wait(?:ing)?\sfor\s(?:a\s|the\s)?(?:[0-9]{1,2}\s?[mhdw]\s|daily\s|weekly\s|hourly\s)?"
    r"(?:candle\s)?(?:to\s)?clos(?:e|ing)|oco)(?!\w)"
)
