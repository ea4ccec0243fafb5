"""Trading pair from #BTC/USDT, $BTC, BTC-USDT, BTCUSDT.P, "Coin: BTC", 1000PEPE/USDT ..."""

from __future__ import annotations

import re
from typing import Final

from parsers.plain_words import LISTED_PLAIN_WORDS, PLAIN_WORDS
from parsers.tickers import TICKERS
from parsers.vocabulary import COIN_NAMES, COIN_WORDS, KNOWN_BASES, ONE_DIGIT_COINS

QUOTES: Final = ("USDT", "USDC", "FDUSD", "BUSD", "TUSD", "USD", "BTC", "ETH", "EUR", "TRX")
DEFAULT_QUOTE: Final = "USDT"

# Words that look like tickers but are not: hashtags channels put on every post, exchange
# names, order vocabulary. Real coins with such names (e.g. NEAR, ONE) still parse from
# "#NEAR/USDT" or "NEARUSDT"; only a bare upper-case word is checked against this list.
STOPWORDS: Final = frozenset(
    """
    SIGNAL SIGNALS LONG SHORT BUY SELL VIP FREE PREMIUM FUTURES FUTURE SPOT MARGIN CROSS
    ISOLATED ISO ENTRY ENTRIES TARGET TARGETS TP TPS SL STOP STOPLOSS LOSS PROFIT TAKE LEVERAGE
    LEV BINANCE BYBIT OKX BITGET KUCOIN MEXC GATE GATEIO BINGX HTX HUOBI KRAKEN COINBASE BITMEX
    DERIBIT PHEMEX CORNIX CME USDT USDC USD BUSD FDUSD CMP DCA NOW MARKET PERP PERPETUAL NEW TRADE
    TRADING ALERT UPDATE NOTE RISK HIGH LOW AND THE FOR WITH ZONE PRICE TIME UTC GMT AM PM BE
    RR TA NFA DYOR ID OK SETUP SCALP SCALPING SWING BREAKOUT PUMP DUMP CRYPTO CALL CALLS LIMIT
    ORDER MID TERM AVG AVERAGE MA ANALYSIS CHART NEWS BULLISH BEARISH ATH TF HTF LTF SUPPORT
    RESISTANCE MODE ALL IN AT TO OF ON IS IT MY WE OUR TOP BEST JOIN HERE TODAY DAY WEEK MONTH
    EXCHANGE TYPE PAIR COIN SYMBOL ASSET REWARD RESULT RESULTS SPECIAL BONUS ACCURACY CHANNEL
    GROUP ADMIN MANAGEMENT CAPITAL SIZE POSITION OPEN CLOSE CLOSED HIT DONE CANCEL CANCELLED
    MOVE ENTER TARGETED SIGNALES SINYAL SINAL ALARM USE NOT FA DCA1 DCA2 PNL ROI ROE QTY
    LEVERAGED HOLD SPOTS SHORTS LONGS TPS1 WAIT WAITING SOON READY GO LFG GM GN HODL MOON
    STOPPED EXIT OUT SECURE PARTIAL PARTIALS HALF BREAKEVEN AI BOT PRO API ALT ALTS ALTCOIN OLDU OLDUK GESER PINDAH PINDAHKAN
    ALTCOINS DEFI NFT BTCD DOMINANCE TOTAL TOTAL2 TOTAL3 OI FUNDING LIQ LIQUIDATION PLAN
    H1 H4 D1 W1 M15 M30 M5 M1 X TG TGT TGTS BUYING SELLING SHORTING LONGING STRATEGY EP
    EMA SMA RSI MACD OBV ATR VWAP MFI KDJ STOCH STOCHRSI BOLL FIB FIBO ICH KAUFE KAUFEN VERKAUFE
    VERKAUFEN LEVEL LEVELS CANCELED INVALID INVALIDATED TRIGGERED REACHED ACHIEVED BEP
    FULLY QTS RETURNS RETURN COST BOOK MOVEMENT REST DAYS HOURS HOUR MINS MINUTES HOLDING SAME
    SINGLE BLAST BLASTED SUPER DIRECTION EN
    """.split()
) | (PLAIN_WORDS | LISTED_PLAIN_WORDS)  # ("LONG ABOVE 2.63", "⚠️ RISKY": words, parsers/plain_words)

# Pairs are found from the quote backwards: the quote patterns start with a literal, so re
# jumps between candidates instead of trying a lazy base at every position of the text.
_SEP_QUOTE: Final = re.compile(
    # (Not "portfolio / #ETH/USDT": a tag after a spaced slash is another coin, not a quote.)
    r"[/_-](?:\s|#)?(usdt|usdc|fdusd|busd|tusd|usd|btc|eth|eur|trx|perp)(?:[.:](?:p|usdt))?(?![a-z0-9])"
)
_CONCAT_QUOTE: Final = re.compile(r"(?:usd[tc]|fdusd|busd|tusd)(?:\.p|perp|m)?(?![a-z0-9])")
# The boundary checks come after the first character (as lookbehinds), so that re tries the
# patterns only where a run of letters and digits starts instead of at every position.
_BASE_BEFORE_SEP: Final = re.compile(r"([a-z0-9](?<![a-z0-9][a-z0-9])[a-z0-9]{0,14})\s?$")
_BASE_BEFORE_QUOTE: Final = re.compile(r"([a-z0-9](?<![a-z0-9][a-z0-9])[a-z0-9]{1,14})$")
_TAG: Final = re.compile(
    # (Not "#KIM_Altcoins": a tag running on with "_" names a channel, not a coin.)
    r"[#$](?<![a-z0-9][#$])([a-z][a-z0-9]{0,14}|[0-9]{1,7}[a-z][a-z0-9]{0,14})(?![a-z0-9_])"
)
# A tag of one letter ("#O", "$B": O and B are markets) names a coin only where nothing else can
# be meant: after the side ("Long #B at 0.61"), or opening its line before the side or the levels
# ("#O LONG", "$B\nEntry: 0.61"); never "Plan #B: long if ..." (a word before it).
_SIDE_BEFORE: Final = re.compile(r"(?:long|short|buy|sell)[^\w\n]{1,4}$")
# (The word whole: "#ID" over "SLX is poised ..." is no coin before a stop.)
_SIDE_OR_LEVELS_AFTER: Final = re.compile(
    r"[^\w]{0,6}(?:(?:long|short|buy|sell)(?:ing)?|entr(?:y|ies)|tps?|targets?|sl|stop(?:loss)?)"
    r"(?![a-z])|[^\w]{0,6}[0-9]"
)
# A word's tag ("#QUICK", "#OPEN") only before the side or levels on its own line: "#QUICK" over
# "Buy/Long 1INCH around $4.05" is a channel's tag over a call on another coin.
_ON_ITS_LINE: Final = re.compile(r"[^\w\n]{0,6}\w")
_BARE: Final = re.compile(
    # (Not "0.2582USDT": the decimals of a price with its quote glued on, no coin "2582".)
    r"(?=[A-Z0-9])(?<![A-Za-z0-9#$])(?<![0-9][.,])"
    r"([A-Z][A-Z0-9]{1,11}|[0-9]{1,7}[A-Z][A-Z0-9]{1,10})(?![\w])"
)
_TOKEN: Final = re.compile(r"[a-z0-9]{2,20}")
_INDEXED: Final = re.compile(r"^(?:TP|SL|T|E|X|DCA|TG|TGT)[0-9]{1,3}$")


# Words that are never a coin even written as a pair ("LONG/USDT" is a side, not a coin). A
# pair's base may otherwise be any word: HIGH/USDT and ONE/USDT are real markets.
NEVER_A_BASE: Final = frozenset(
    "LONG SHORT BUY SELL ENTRY TARGET TARGETS TP SL STOP LEVERAGE PAIR COIN SIGNAL".split()
)


CASHTAG_STOPWORDS: Final = (
    NEVER_A_BASE
    | frozenset("USDT USDC USD BUSD FDUSD TUSD EUR SIGNAL SIGNALS VIP FREE FUTURES SPOT".split())
    | PLAIN_WORDS
)
# Words that are coins only tagged where a coin stands ("#AT LONG", "Short #SAFE").
_TAGGED_WORDS: Final = COIN_WORDS | LISTED_PLAIN_WORDS


_TIMEFRAME: Final = re.compile(r"[0-9]{1,3}(?:M|H|D|W|MIN|HR|HRS)")


def ok_base(base: str, stopwords: frozenset[str] = STOPWORDS) -> bool:
    b = base.upper()
    if not b or b.isdigit() or b in stopwords or (b[-1].isdigit() and _INDEXED.match(b)):
        return False
    if b[0].isdigit() and _TIMEFRAME.fullmatch(b):
        return False  # "Timeframe: 4H / ETH_USDT": a chart's timeframe, no coin (quoted in ETH)
    # Bases come from [a-z0-9] patterns: an ASCII alphanumeric word that is not all digits has a
    # letter, so the per-character test is only needed for anything else.
    return (b.isascii() and b.isalnum()) or any(c.isalpha() for c in b)


def make_symbol(base: str, quote: str | None = None) -> str:
    """Join base and quote as the engine expects: "BTCUSDT", upper case, no separators."""
    b = base.upper().lstrip("#$")
    b = COIN_NAMES.get(b.lower(), b)  # "LONG BITCOIN": the coin's name, not a ticker
    # (The suffixes and quotes asked one by one, in order: a loop over a tuple of constants is
    # walked through an iterator in the compiled module.)
    if b.endswith(".P") and len(b) > 3:
        b = b[:-2]
    if b.endswith("PERP") and len(b) > 5:
        b = b[:-4]
    if b.endswith("USDTM") and len(b) > 6:  # KuCoin's futures: "XBTUSDTM" is XBT/USDT
        b = b[:-1]
    if quote is None:
        if len(b) > 4 and (  # (QUOTES[:5], b longer than the quote: the pair is written)
            b.endswith("USDT")
            or b.endswith("USDC")
            or (b.endswith("FDUSD") and len(b) > 5)
            or b.endswith("BUSD")
            or b.endswith("TUSD")
        ):
            return b
        if b.endswith("USD") and len(b) > 4:  # "#BTCUSD": the pair, quoted in USD
            return b
        quote = DEFAULT_QUOTE
    return b + quote.upper()


def from_pair_text(low: str) -> str | None:
    """First explicit pair (BTC/USDT, BTCUSDT, BTC-USDT.P) in lower-cased text."""
    best: tuple[int, str] | None = None
    # (Every match of _SEP_QUOTE opens with one of "/", "_", "-": three `in` tests cost less than
    # the search's iterator, on the short heads this is asked of most.)
    # (Each next match searched from the last one's end, as finditer does, without the scanner
    # and iterator it makes a call: most calls find none or stop at the first.)
    seps = "/" in low or "-" in low or "_" in low
    m = _SEP_QUOTE.search(low) if seps else None
    while m is not None:
        at = m.start()  # (each match method is a call through a look-up: read once)
        b = _BASE_BEFORE_SEP.search(low, max(0, at - 17), at)
        if b is not None:
            base, word = b.group(1), m.group(1)
            # ("trade / #eth", "#signals / #eth/usdt": spaced around the slash before a coin that
            # is a base itself, a word is no base; "AT / USDT" is the coin AT.)
            spaced = b.end(1) < at and m.group().startswith(("/ ", "- ")) and word in ("btc", "eth")
            if ok_base(base, STOPWORDS if spaced else NEVER_A_BASE):
                # ("BTC-PERP": a perpetual, quoted in the default quote.)
                best = (b.start(), make_symbol(base, word if word != "perp" else None))
                break
        m = _SEP_QUOTE.search(low, m.end())
    m = _CONCAT_QUOTE.search(low) if "usd" in low else None  # (each quote holds "usd")
    while m is not None:
        at = m.start()
        if best is not None and at > best[0]:
            break
        b = _BASE_BEFORE_QUOTE.search(low, max(0, at - 15), at)
        if b is not None and ok_base(base := b.group(1)):
            best = (b.start(), make_symbol(base, low[at : at + (5 if low[at] == "f" else 4)]))
            break
        m = _CONCAT_QUOTE.search(low, m.end())
    return best[1] if best else None


def pairs_in(low: str) -> list[tuple[int, str]]:
    """Every explicit pair (BTC/USDT, BTCUSDT, BTC-PERP) in lower-cased text: (where its base
    starts, symbol), in order."""
    found: list[tuple[int, str]] = []
    for m in _SEP_QUOTE.finditer(low):
        b = _BASE_BEFORE_SEP.search(low, max(0, m.start() - 17), m.start())
        # ("CTK / USDT": a slash spaced on both sides; not "portfolio /usdt".)
        spaced = low[m.start() - 1 : m.start()] == " " and low[m.start() + 1 : m.start() + 2] == " "
        if b and ok_base(b.group(1), NEVER_A_BASE) and (b.end(1) == m.start() or spaced):
            quote = m.group(1) if m.group(1) != "perp" else None
            found.append((b.start(), make_symbol(b.group(1), quote)))
    for m in _CONCAT_QUOTE_ALL.finditer(low):
        b = _BASE_BEFORE_QUOTE.search(low, max(0, m.start() - 15), m.start())
        if b and ok_base(b.group(1)):
            quote = m.group(1)
            found.append((b.start(), make_symbol(b.group(1), quote)))
    return sorted(found)


# As _CONCAT_QUOTE, and "ETHUSD" too (a pair quoted in USD).
_CONCAT_QUOTE_ALL: Final = re.compile(r"(usd[tc]|fdusd|busd|tusd|usd)(?:\.p|perp|m)?(?![a-z0-9])")


# "$350M", "$12k", "$1bn": a dollar amount, not a coin.
_AMOUNT: Final = re.compile(r"[0-9]{1,7}(?:k|m|mm|b|bn)")


# "#ETHCrossed2500", "#MarketPullback": a topic hashtag, longer than any ticker and not a ticker
# glued to its quote ("#BABYDOGEUSDT", "#1000PEPEUSDT" are pairs). (A cashtag names a coin:
# "$BROCCOLI714".)
_TOPIC: Final = re.compile(r"[a-z][a-z0-9]{10,}(?<!usdt)(?<!usdc)(?<!perp)(?<!busd)")


def from_tag(low: str, stopwords: frozenset[str] = STOPWORDS, named: bool = False) -> str | None:
    """First hashtag or cashtag that names a coin ($BTC, #SOL), skipping #SIGNAL and the like;
    "#BTC #BTCUSD": a later tag naming the same coin with its quote gives the pair. (named: low
    is a "Coin:" label's value, where a tag of one letter is a coin wherever it stands.)"""
    if "#" not in low and "$" not in low:
        return None  # (every match of _TAG opens with one of them)
    first: str | None = None
    word = False  # first is a word ("#OPEN #LONG #SOL"): a later tag naming a coin outright wins
    m = _TAG.search(low)  # (then from each match's end, as finditer: no scanner and iterator)
    while m is not None:
        tag = m.group(1)
        if first is None or word:
            # A cashtag names a coin ("$SOON", "$NOW"), unless it is a word never a coin.
            words = CASHTAG_STOPWORDS if low[m.start()] == "$" else stopwords
            plain = ok_base(tag, words)
            # ("#AT LONG", "Short #THE": a coin named by an English word, where a coin stands.)
            if (
                (
                    plain
                    or (
                        first is None
                        and tag.upper() in _TAGGED_WORDS
                        and _one_letter_coin(low, m.start(), m.end())
                        and (
                            _ON_ITS_LINE.match(low, m.end()) is not None
                            or _SIDE_BEFORE.search(low, max(0, m.start() - 12), m.start())
                            is not None
                        )
                    )
                )
                and not _AMOUNT.fullmatch(tag)
                and not (low[m.start()] == "#" and _TOPIC.fullmatch(tag))
                and (len(tag) > 1 or named or _one_letter_coin(low, m.start(), m.end()))
            ):
                first, word = tag, not plain
        elif tag.startswith(first) and tag[len(first) :].upper() in QUOTES:
            return make_symbol(first, tag[len(first) :])
        m = _TAG.search(low, m.end())
    return make_symbol(first) if first is not None else None


def _one_letter_coin(low: str, start: int, end: int) -> bool:
    """Whether the one-letter tag at low[start:end] names a coin (_SIDE_BEFORE, _SIDE_OR_LEVELS_AFTER)."""
    line_start = low.rfind("\n", 0, start) + 1
    if _SIDE_BEFORE.search(low, max(line_start, start - 12), start):
        return True
    return not _WORDISH.search(low, line_start, start) and bool(
        _SIDE_OR_LEVELS_AFTER.match(low, end)
    )


_WORDISH: Final = re.compile(r"\w")


def from_label_value(value_low: str) -> str | None:
    """Symbol from the value of a "Coin:" / "Pair:" label: the label says it is a coin, so only
    the words that can never be one are refused ("Coin: #CROSS" is the coin CROSS)."""
    sym = from_pair_text(value_low) or from_tag(value_low, NEVER_A_BASE, True)
    if sym:
        return sym
    named = _NAME_THEN_TICKER.match(value_low)
    if named and abbreviates(named.group(2), named.group(1)) and ok_base(named.group(2)):
        return make_symbol(named.group(2))  # "Coin: Injective (INJ)" is INJ, not INJECTIVE
    for m in _TOKEN.finditer(value_low):
        if ok_base(m.group(0), NEVER_A_BASE):
            return make_symbol(m.group(0))
    return None


_BARE_QUOTES: Final = ("USDT", "USDC", "FDUSD", "BUSD", "TUSD", "USD")
# "Injective (INJ)", "Arbitrum ($ARB)": a coin's name, then its ticker in parentheses.
_NAME_THEN_TICKER: Final = re.compile(
    r"[^\w$#]*([a-z][a-z ]{2,30}?)\s?\(\s?[$#]?([a-z0-9]{2,10})\s?\)"
)


_TICKER_AFTER: Final = re.compile(r"\s?\(\s?[$#]?([a-z0-9]{2,10})\s?\)")


def ticker_for_name(low: str, sym: str) -> str:
    """sym, or the ticker written in parentheses right after its base in low when the base is
    the coin's name and the ticker abbreviates it ("#Injective (INJ) Long": INJUSDT)."""
    base = base_of(sym).lower()
    if len(base) < 5:  # (a ticker, not a name: "#SOL (Solana)" is SOL)
        return sym
    at = low.find(base)
    while at >= 0:
        m = _TICKER_AFTER.match(low, at + len(base))
        if m and abbreviates(m.group(1), base) and ok_base(m.group(1)):
            return make_symbol(m.group(1), sym[len(base) :] or None)
        at = low.find(base, at + 1)
    return sym


def abbreviates(ticker: str, name: str) -> bool:
    """Whether ticker's letters stand in name in order, from its first ("inj" in "injective",
    "avax" in "avalanche"): a ticker written beside the coin's name, not a note ("BTC (spot)")."""
    name = name.replace(" ", "")
    if not ticker or not name or ticker[0] != name[0] or len(ticker) >= len(name):
        return False
    at = 0
    for c in ticker:
        at = name.find(c, at) + 1
        if at == 0:
            return False
    return True


def from_bare_words(lines: list[str]) -> str | None:
    """First upper-case ticker-looking word (OP, SOL, 1000PEPE) in the given original-case lines;
    a word that carries its quote ("INFORMATION: LONG ETHUSD") before any other."""
    first: str | None = None
    for line in lines:
        m = _BARE.search(line)  # (then from each match's end, as finditer: no scanner made)
        while m is not None:
            word = m.group(1)
            m = _BARE.search(line, m.end())
            if not ok_base(word) or (
                word[0].isdigit() and word[1].isalpha() and word not in ONE_DIGIT_COINS
            ):
                continue  # ("1INCH" is a coin; "2ND", "4TH", "1ST" are words)
            if word.endswith(_BARE_QUOTES):
                q = next(q for q in _BARE_QUOTES if word.endswith(q))
                if len(word) > len(q) and ok_base(word[: -len(q)]):
                    return make_symbol(word)
            if first is None:
                first = word
    return make_symbol(first) if first is not None else None


def base_of(symbol: str) -> str:
    """The base of a canonical symbol ("BTCUSDT" -> "BTC")."""
    if symbol.endswith("USDT") and len(symbol) > 4:
        return symbol[:-4]  # (QUOTES' first, asked before the loop: most symbols end with it)
    for q in QUOTES:
        if symbol.endswith(q) and len(symbol) > len(q):
            return symbol[: -len(q)]
    return symbol


def plain_base(symbol: str) -> str:
    """The base without a multiplier prefix: 1000PEPE and PEPE are one coin."""
    base = base_of(symbol)
    return base.lstrip("0123456789") or base


def misspelt(base: str) -> str | None:
    """The well-known coin (or coin name) base is a typo of (one letter added inside it:
    "SUSHSI" for SUSHI; one dropped inside: "SUSI", "POLKADT"; its last letter dropped: "PLUM"
    for PLUME; two letters swapped; the last one doubled), or None."""
    if base in _TYPO_KNOWN or base in TICKERS or not 4 <= len(base) <= 9 or not base.isalpha():
        return None  # (a listed market is none: MANTA is no MANA with a T added)
    if len(base) >= 5:
        for i in range(1, len(base) - 1):
            if base[:i] + base[i + 1 :] in _TYPO_KNOWN:
                return base[:i] + base[i + 1 :]
    # Two letters swapped ("LIKN" for LINK, "MATCI" for MATIC), or the last one doubled ("ADAA",
    # "SOLL" for ADA, SOL).
    for i in range(len(base) - 1):
        swapped = base[:i] + base[i + 1] + base[i] + base[i + 2 :]
        if swapped != base and swapped in _TYPO_KNOWN:
            return swapped
    if base[-1] == base[-2] and base[:-1] in DOUBLED_LAST:
        return base[:-1]
    dropped = _KNOWN_BY_DROPPED.get(base)
    if dropped is not None:
        return dropped
    # (A letter added at an end, "ETHW", "DOGS", is a real coin; one dropped from four letters
    # or more names none of the well-known coins.)
    return next((k for k in _KNOWN_BY_STEM.get(base, ())), None)


# Well-known coins whose last letter doubled is a typo ("ADAA", "SOLL", "LINKK"), no listed coin.
DOUBLED_LAST = KNOWN_BASES | frozenset(
    "BTC ETH SOL XRP ADA BNB DOT LTC TRX XLM UNI ARB APT SUI INJ TIA SEI FIL ETC BCH TON".split()
)
# The well-known coins and the coins' names ("POLKADOT"), and each one of five letters or more
# with one letter dropped inside it ("SUSI" for SUSHI: a four-letter drop names a real coin too
# often, "ATM" for ATOM).
_TYPO_KNOWN: frozenset[str] = KNOWN_BASES | frozenset(n.upper() for n in COIN_NAMES)
_KNOWN_BY_DROPPED: dict[str, str] = {
    k[:i] + k[i + 1 :]: k for k in sorted(_TYPO_KNOWN) if len(k) >= 5 for i in range(1, len(k) - 1)
}
_KNOWN_BY_STEM: dict[str, tuple[str, ...]] = {}
for _known in sorted(KNOWN_BASES):
    if len(_known) >= 5:
        _KNOWN_BY_STEM.setdefault(_known[:-1], ())
        _KNOWN_BY_STEM[_known[:-1]] += (_known,)
