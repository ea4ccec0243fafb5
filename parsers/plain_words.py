"""Ordinary English words that channels write in capitals beside a call ("LONG ABOVE 2.630", "BUY
UNDER 210", "⚠️ RISKY", "SHORT SAFE ENTRY"): words, never a coin's ticker on their own.

A bare capitals word is taken for a ticker unless symbols.STOPWORDS holds it; these tables join
it. A word here is still a coin where a post writes it as one: as a pair ("BELOW/USDT",
"BELOWUSDT") or a cashtag ("$BELOW"). The second table holds words that are also listed coins
(SAFE, QUICK, ...): those are a coin tagged as well ("#SAFE LONG", "Short #QUICK", via
vocabulary.COIN_WORDS' rule), never written bare. Words that are the usual way a coin is named
(ONE, NEAR, GAS, FLOW, LINK, ...) are in neither table: "NEAR LONG" names the coin NEAR. A new
word is a new entry here, never a new branch of code.
"""

from __future__ import annotations

from typing import Final

# Words of a sentence or a heading that no exchange lists as a coin. (The last three rows: a gold
# channel's capitals around its replies, "CLOSE ALL TRADES GUYS", "WE HIT BREAK EVEN", "MOVE YOUR
# SL TO TP2", "CONGRATS EVERYONE", read as the coins TRADES, BREAK, YOUR, CONGRATS; i13-gath31.
# The last: "DELETE THIS TRADE. WE MISSED 15pips", "HITTING TP2 and TP3", read as the coins MISSED
# and HITTING; i13-gath32.)
PLAIN_WORDS: Final = frozenset(
    """
    BELOW ABOVE UNDER OVER AROUND BETWEEN AFTER BEFORE WHEN IF ONLY AGAIN ALSO STILL THEN THAN
    FROM INTO UPTO WITHIN WITHOUT ABOUT APPROX APPROXIMATELY NEXT LAST FINAL FIRST SECOND THIRD
    RISKY RISKIER SAFER SAFEST CAREFUL CAUTION WARNING IMPORTANT ATTENTION NOTICE REMINDER PLEASE
    AVOID OPTIONAL EXTRA AGGRESSIVE CONSERVATIVE MODERATE MEDIUM EASY MINIMUM MAXIMUM CURRENT
    CURRENTLY SMALL HUGE GOOD NICE GREAT PERFECT CONFIRMED CONFIRMATION RETEST BREAKDOWN BOUNCE
    REVERSAL UPTREND DOWNTREND VERY FAST SLOW WEAK DOWN MORE LESS AREA RANGE YES BUT ARE WAS
    WILL SHOULD MUST SUMMARY MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY BOTH WHAT
    STOPS STOPLOSSES PIP PIPS IM DELETE REMOVE THIS THAT LIMITS
    BREAK EVEN
    CONGRATS CONGRATULATIONS CLOSING EDIT EDITED SNIPER SOLID GUYS GUY YOUR ACTIVATED TRADES HITS
    TRAILING WHO HELD IMPACT SMASHING COMING EVERYONE BUYS SELLS LIVE SESSION MAJOR
    MISSED HITTING HIITING
    """.split()
)

# Ordinary words that are also listed coins: a coin only tagged ("#SAFE", "$SAFE") or paired.
# The second row: words of symbols.STOPWORDS (a channel's tag or a heading's word written bare)
# that Binance lists as coins: Highstreet HIGH, Pump.fun PUMP, Notcoin NOT, Movement MOVE,
# Orderly ORDER, Sleepless AI, SPACE ID, OpenLedger OPEN, AltLayer ALT, APENFT NFT, SuperVerse
# SUPER. Tagged where a coin stands ("#HIGH LONG", "Short #NOT", "#PUMP Buy: 0.0051") they are
# the coin; a tag elsewhere ("... Target 3 - 15\n#PUMP" closing a post, "#QUICK" alone over
# "Buy/Long 1INCH") stays a channel's tag (symbols.from_tag); heading a report of a target or
# the stop hit, in capitals, the report's coin (update_coin: "HIGH hit TP 3").
LISTED_PLAIN_WORDS: Final = frozenset(
    """
    SAFE QUICK MAX UP BIG OMG
    HIGH PUMP NOT MOVE ORDER AI ID OPEN ALT NFT SUPER
    """.split()
)
