"""Follow-up posts: close, partial close, cancel, move the stop, target or stop hit."""

from __future__ import annotations

import re

from parsers import symbols
from parsers.models import SignalUpdate, UpdateKind
from parsers.normalize import lower, normalize
from parsers.numbers import find_numbers


def _w(*alts: str) -> str:
    return r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)"


_CANCEL = re.compile(
    _w(
        r"cancel\w{0,4}",
        r"отмен\w{0,4}",
        r"cancelar",
        r"cancelad[oa]",
        r"iptal",
        r"storniert",
        r"stornieren",
        r"hủy(?:\slệnh)?",
        r"لغو",
        r"void",
        r"invalidated",
        r"сн(?:ять|имаем|имите)\s(?:все\s)?(?:лимитн\w{0,3}\s)?(?:ордер\w{0,2}|заявк\w{0,2})",
    )
    + r"|取消|不进(?:场)?(?!一步)"
)
_SL_HIT = re.compile(
    r"stopped\s?out|(?<!be\s)stop[\s-]?out(?!\w)|stop[\s-]?(?:loss\s|target\s)?(?:hit|triggered|reached|taken)|(?<!\w)sl\s?(?:hit|triggered|reached|taken)"
    r"|hit\s(?:the\s|our\s)?(?:sl|stop)|выбило\s(?:по\s)?стоп\w{0,2}|стоп\w{0,2}\s(?:сработал|выбило|задет)"
    r"|止损(?:已)?(?:触发|出局)|stop\s(?:alcanzado|atingido)|❌\s?(?:sl|stop)"
    r"|stop[\s-]?loss\s?⛔|(?<!\w)(?:sl|stop[\s-]?loss|stoploss)\s?[❌🛑](?!\s?[:=\-]?\s?\$?[0-9])"
    r"|zarar\sdurdur\s(?:çalıştı|oldu|tetiklendi)|(?<!\w)stop\soldu"
    # "BREAK EVEN HIT AFTER TP1": the stop, moved to the entry, was hit.
    r"|break[\s-]?even\s(?:hit|reached|triggered)"
    # "Reaching Stop-Loss: -6%", "closed at trailing stoploss": the stop was hit.
    r"|reach(?:ing|ed)?\s(?:the\s|our\s)?(?:stop[\s-]?loss|stoploss|sl|stop)"
    r"|closed\s(?:at|by|on)\s(?:the\s|our\s)?(?:trailing\s)?(?:stop[\s-]?loss|stoploss|sl|stop)"
)
_SL_WORD = re.compile(
    _w(
        r"sl",
        r"s/l",
        r"stop[\s-]?loss",
        r"stoploss",
        r"stop[su]?",
        r"стоп\w{0,3}",
        r"zarar\sdurdur",
    )
    + r"|止损|(?:成本|保本)损|(?<=提)损|استاپ|حد\s?ضرر"
)
_MOVE = re.compile(
    _w(
        r"mov(?:e|ed|ing)",
        r"updated?",
        r"changed?",
        r"set",
        r"put",
        r"shift\w{0,3}",
        r"trail\w{0,3}",
        r"adjust\w{0,3}",
        r"raise",
        r"lower",
        r"перен[её]с\w{0,4}",
        r"переносим",
        r"переставля\w{0,3}",
        r"подвига\w{0,3}",
        r"mover",
        r"movemos",
        r"mova",
        r"mueva",
        r"taşı\w{0,4}",
        r"verschieb\w{0,3}",
        r"nachziehen",
        r"dời",
        r"chuyển",
        r"جابجا\w{0,3}",
    )
    + r"|移动|移至|带(?=成本损|保本损)|提(?=损)|→|->"
)
_BE = re.compile(
    _w(
        r"break[\s-]?even",
        r"be",
        r"entry(?:\sprice)?",
        r"entries",
        r"безубыт\w{0,3}",
        r"бу",
        r"б/у",
        r"точку\sвхода",
        r"entrada",
        r"giriş\w{0,3}",
        r"einstieg\w{0,3}",
        r"einstand",
        r"hòa\svốn",
        r"điểm\svào",
        r"ورود",
    )
    + r"|保本|成本价?|开仓价"
)
_CLOSE = re.compile(
    _w(
        r"close[ds]?",
        r"closing",
        r"exit\w{0,3}",
        r"take(?![\s-]?profit)",
        r"book",
        r"secure",
        r"закр(?!ыт(?:ых|ые|ый|ая|ое|ой|ым|ыми)\b)\w{0,6}",  # not "закрытых" (closed, an adjective)
        r"среж\w{0,3}",  # "Срежем тут 50%": we cut half here
        r"срез(?:ать|аем|ал\w?)",
        r"фиксир(?!уют)\w{0,4}",  # not "фиксируют" (holders are taking profit): a report
        r"фиксируем",
        r"cerr\w{1,4}",
        r"fech\w{1,4}",
        r"kapat\w{0,4}",
        r"schlie(?:ß|ss)\w{0,3}",
        r"đóng(?:\slệnh)?",
        r"بستن",
        r"ببندید",
    )
    + r"|平仓|止盈出局|止盈了|撤了|不拿|(?:^|\n|附近|可以|先)走了"
)
_FRACTION = re.compile(
    r"(?<![0-9.+])(?P<pct>[0-9]{1,3}(?:\.[0-9]{1,2})?)\s?%"
    r"|(?P<half>half|половин\w{0,2}|mitad|metade|yarı\w{0,2}|hälfte|一半|một\snửa|نصف)"
    r"|(?P<quarter>quarter|четверть|cuarto)"
    r"|(?P<third>(?<![0-9])1\s?/\s?3(?![0-9])|third|треть)"
    r"|(?P<partial>partial\w{0,3}|частичн\w{0,3}|parcial\w{0,3}|kısmi|teilweise|some|part\sof)"
)
# "减仓" (traditional 減倉): reduce the position, a partial close of an unsaid share.
_REDUCE = re.compile(r"减仓|减码")
# "top1", "TOP1了", "tp1.到了": a reply that is only a target's number (了: done, 到了: reached).
_TARGET_ONLY = re.compile(r"\W*(?:tp|top)\s?[0-9](?:\W*$|\W?\s?(?:已?到(?:位)?了|了))")
_TP_INDEX = re.compile(
    # ("Entry target 2 ✅": the second entry filled, no target hit.)
    r"(?<!\w)(?<!entry\s)(?:tp|take[\s-]?profit(?:\starget)?|target|tgt|цел[ьи]|тейк(?:[\s-]?профит)?|тп|"
    r"objetivo|alvo|hedef|k[âa]r\sal|ziel|mục\stiêu|الهدف)\s?(?:[#№]|no\.?)?\s?(?P<i>[0-9]{1,2})(?![0-9]|[.,][0-9])"
    r"|(?:止盈|目标)(?P<j>[0-9]{1,2})"
    # "6 Target Hits", "3rd target": the count first.
    r"|(?<![0-9.,])(?P<k>[0-9]{1,2})(?:st|nd|rd|th)?\s(?:target|tp)s?\s(?:hit|reached|done|achieved)"
    # "Targets 1, 2, 3, 4, 5 Done ✅": the last of the list.
    r"|(?:targets|tps)\s(?:[0-9]{1,2}\s?[,&/]\s?){1,11}(?P<m>[0-9]{1,2})(?![0-9.,])"
    r"(?=\s?(?:are\s|have\sbeen\s)?(?:done|hit|reached|achieved|✅))"
    # "two targets done": the count in words.
    r"|(?:^|\n)\W*top\s?(?P<t>[0-9])(?![0-9])"  # "top1": see _TARGET_ONLY
    r"|(?<!\w)(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth"
    r"|fifth|sixth)\s(?:targets?|tps?)\s(?:hit|reached|done|achieved|smashed)"
    # "تم تحقيق الهدف الأول ✅": the first target reached (Arabic ordinals).
    r"|الهدف\s(?P<a>الأول|الاول|الثاني|الثالث|الرابع|الخامس)"
)
_HIT = re.compile(
    _w(
        r"hits?",
        r"reached",
        r"achieved",
        r"done",
        r"smashed",
        r"filled",
        r"booked",
        r"достигнут\w{0,2}",
        r"взят\w{0,2}",
        r"alcanzad[oa]s?",
        r"atingid[oa]s?",
        r"ulaşıldı",
        r"erreicht",
        r"đạt",
        r"تم\sتحقيق",
        r"تحقق",
    )
    + r"|✅|✔|☑|🎯|💰|已达成|达到|已止盈"
)
_ALL_TARGETS = re.compile(
    r"all\s(?:take[\s-]?profit\s)?(?:targets?|tps?)|все\sцели|todos\slos\sobjetivos|所有目标|全部止盈"
)
# "2430 - 20%✅": a level ticked off in a re-posted signal, i.e. its target was hit.
_TICKED = re.compile(r"[0-9](?:\s?-?\s?[0-9.]*\s?%|\s?[-:])?\s?[✅✔☑]")
_TARGET_WORD = re.compile(
    r"(?<!entry\s)target|(?<!\w)tps?(?!\w)|тейк|цел|hedef|ziel|objetivo|alvo|الأهداف|الهدف|اهداف|تارگت|目标|止盈"
)
# "close to our entry", "closes below 60000", "closed the day above 65k", "if the 4h candle
# closes ...": the word, but not an instruction to close a position.
_NOT_CLOSE_AFTER = re.compile(
    r"\s(?:(?:to|above|below|under|over|near|beneath|the\s(?:day|week|month|candle))\b|a\s"
    # "closing is not advised": the word, negated after it.
    r"|(?:is|are|was)\s(?:not|never)\b"
    # "traders ... forced to close their positions", "the closing of short positions": other
    # people's positions, a report.
    r"|(?:their|his|her|of)\b"
    r"|(?:its|the)\s(?:daily|weekly|monthly|[0-9]{1,2}h)\b)"
    # "Exit:" alone on its line heads a list of levels: a field of the post, not an order.
    r"|\s?:[ \t]*(?:\n|$)"
)
_NOT_CLOSE_BEFORE = re.compile(
    r"(?:(?:is|are|getting|very|so|too|pretty|candle|daily|weekly|4h|1h)\s"
    # "will close at TP3", "going to close": a plan for later, not an instruction now.
    r"|\b(?:will|would|shall|gonna|going\sto|plan(?:ning)?\sto|forced\sto)\s"
    r"|\b(?:if|when|once|unless)"
    r"\b[^.\n]{0,40})$"
)


# "Cancel if 4h closes below 60k": a condition for later, not an instruction now.
_CONDITION_AFTER = re.compile(r"\s(?:[#$]?\w+\s){0,3}?(?:if|when|once|unless|in\scase)\b")


# "... once TP1 is hit", "after the first target": an instruction for later.
_LATER = re.compile(r"\b(?:once|after|when|if|as\ssoon\sas)\b")


def _close_instruction(low: str) -> re.Match[str] | None:
    """The first "close" that tells the reader to close a position, or None."""
    for m in _CLOSE.finditer(low):
        if _NOT_CLOSE_AFTER.match(low, m.end()):
            continue
        if _NOT_CLOSE_BEFORE.search(low, max(0, m.start() - 48), m.start()):
            continue
        if _CONDITION_AFTER.match(low, m.end()):  # "close your position if BTC drops ..."
            continue
        return m
    return None


# The post's first word ("🎯 **Closing LONG**"): what the post is about, whatever emoji follow.
_LEADING_WORD = re.compile(r"\W*")


def _leading_word_at(low: str) -> int:
    m = _LEADING_WORD.match(low)
    return m.end() if m else 0


# "Trade #1268", "Signal #0715": a trade named by the channel's own number.
_NUMBERED_TRADE = re.compile(r"(?:trade|signal|order|call|сделка|сигнал)\s?#\s?[0-9]{2,}")
# A one-line "Stop DOGEUSDT" / "stop #SOL": the trade is over.
_STOP_COIN = re.compile(r"stop\s+[#$]?[a-z0-9]{2,12}(?:/?usdt)?\W*(?:\n.*)?$", re.DOTALL)
_GAIN = re.compile(r"profit|gain|pnl|roi|\+")
_GAIN_AFTER = re.compile(r"\s?(?:of\s)?(?:profits?|gains?|pnl|roi|return|loss(?:es)?)\b")
# "Signal Closed", "trade closed": the channel closed it, whatever the targets did.
_CLOSED = re.compile(r"(?:signal|trade|position)\s(?:is\s|was\s)?closed")


# A trading bot's report of the sale that ended its position: the order type as a field, with
# the result of the trade ("Type: sell / Price: 0.5764 / Profit/Loss Percent: 3.65").
_SELL_REPORT = re.compile(r"(?:^|\n)[^\S\n]*(?:order\s)?(?:type|action|side)\s?:\s?sell(?!\w)")
_PNL = re.compile(r"profit\s?/\s?loss|(?<!\w)(?:p\s?/\s?l|pnl|realized)(?!\w)")


def _number_after(low: str, pos: int) -> float | None:
    for n in find_numbers(low[pos : pos + 80]):
        if not n.percent:
            return n.value
    return None


# "Don't close BTC yet", "ETH not closing", "never move the stop": an instruction NOT to act.
_NEGATED = re.compile(
    r"(?:\bdon'?t|\bdo not|\bnot|\bnever|\bno need to|\bwon'?t|\bhold off)"
    # ("never miss another move": a move after "another", "next" or "big" is a noun.)
    r"\W{1,3}(?:\w+\W{1,3}){0,3}?(?<!another\s)(?<!next\s)(?<!big\s)(?:clos|cancel|mov|exit|sell)",
)


# "Close algo", "closing eth at entry": the word after the verb, in a one-line instruction.
_VERB_THEN_WORD = re.compile(
    r"^\W*(?:close|closing|cancel|exit|stop)\s+([a-z][a-z0-9]{1,9})\b(?:\s(?:at|now|here)\b|\W*$)"
)


def _symbol(norm: str, low: str) -> str | None:
    sym = (
        symbols.from_pair_text(low)
        or symbols.from_tag(low)
        or symbols.from_bare_words(norm.split("\n", 4)[:4])
        or symbols.from_head_before_label(low)
    )
    for line in [] if sym is not None else _reply_lines(low):
        m = _VERB_THEN_WORD.match(line)
        if m and m.group(1).upper() not in symbols.STOPWORDS and len(m.group(1)) >= 2:
            return symbols.make_symbol(m.group(1))
    return sym


def _reply_lines(low: str) -> list[str]:
    """The lines of a short reply ("Close algo" with a signature or hashtags around it: at most
    three lines with text), else none."""
    lines = [line.strip() for line in low.split("\n") if line.strip()]
    return lines if len(lines) <= 3 else []


def _tp_index(low: str) -> int | None:
    """The target the post reports: the first named, or the last of a ticked list
    ("Тейк-профит 1 ✅ / Тейк-профит 2 ✅ / Тейк-профит 3 ✅" reports the third)."""
    found = list(_TP_INDEX.finditer(low))
    if not found:
        # "TP:\n4376✅\n4467\n4643": no index written; the ticked levels under the targets
        # count them.
        word = _TARGET_WORD.search(low)
        ticks = len(_TICKED.findall(low, word.end())) if word else 0
        return ticks or None
    ticked = [m for m in found if _TICK_AFTER.match(low, m.end())]
    m = ticked[-1] if len(ticked) > 1 and len(ticked) == len(found) else found[0]
    if m.group("w"):
        return _WORD_NUMBERS[m.group("w")]
    if m.group("a"):
        return _WORD_NUMBERS[m.group("a")]
    return int(m.group("i") or m.group("j") or m.group("k") or m.group("m") or m.group("t"))


# "Target 3 ✅", or with its price: "Target 3: 0.067✔️".
_LOSS_REPORT = re.compile(r"(?:^|\n)[^\S\n]*-?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%\s?loss(?![a-z])")
_WORD_NUMBERS = {
    **{w: i for i, w in enumerate("one two three four five six seven eight nine ten".split(), 1)},
    **{w: i for i, w in enumerate("first second third fourth fifth sixth".split(), 1)},
    **{w: i for i, w in enumerate("الأول الثاني الثالث الرابع الخامس".split(), 1)},
    "الاول": 1,
}
_TICK_AFTER = re.compile(r"\s?[-:]?\s?(?:\$?[0-9][0-9.,]{0,18}\s?\$?\s?)?[✅✔☑]")


_TO = re.compile(r"\s?(?:(?:to|at|on|@|→|->|=|:|-)\s?)?(?:the\s)?")


# Where a sentence ends inside a line: "places stop-losses… and prices hit that point before
# moving": the move is said of another clause, not of the stop.
_HAS_DIGIT = re.compile(r"[0-9]")
_SENTENCE_END = re.compile(r"[…!?;]|\.(?=\s)")


def _clause(low: str, start: int, end: int, at: int, to: int) -> tuple[int, int]:
    """The bounds of the sentence holding low[at:to], within the line low[start:end]."""
    for m in _SENTENCE_END.finditer(low, start, at):
        start = m.end()
    after = _SENTENCE_END.search(low, to, end)
    return start, after.start() if after else end


_NEW_STOP = re.compile(r"(?<![a-z])(?:new|updated|новый|nuevo|yeni)\s$")


def _stop_moved(low: str) -> re.Match[str] | None:
    """The stop word a move is said of: a move word on its line ("Move SL to 2900", "SL → 3080",
    "SL updated to 2900") or the entry right after it ("SL to entry", "SL: BE"). A post that
    lists "SL: 0.45" and, on another line, "Entry triggered ✅" moves no stop."""
    for m in _SL_WORD.finditer(low):
        start = low.rfind("\n", 0, m.start()) + 1
        end = low.find("\n", m.end())
        end = len(low) if end < 0 else end
        lo, hi = _clause(low, start, end, m.start(), m.end())
        if _NEW_STOP.search(low, max(lo, m.start() - 8), m.start()) and _reply_lines(low):
            # "New SL for BTC: 63200", "#ETH new stop loss 3150": a short reply (in a long
            # post, "New Stop Loss: $5.60" is the stop of a plan B).
            return m
        for move in _MOVE.finditer(low, lo, hi):
            # "移动到116000-116500附近,目标..., 止损在115300": a price between the move and the
            # stop word: what moved is the entry, not the stop.
            if move.end() <= m.start() and _HAS_DIGIT.search(low, move.end(), m.start()):
                continue
            return m
        # "SL to entry", "stop at breakeven", "استاپ بیاد نقطه ورود": the entry soon after the
        # stop word; the short "BE" only right after it ("SL: BE", not "stop, be careful").
        be = _BE.search(low, m.end(), min(end, m.end() + 40))
        if be is not None and (be.group() != "be" or _TO.fullmatch(low, m.end(), be.start())):
            return m
    return None


def _ticked_target(low: str) -> bool:
    """A level ticked off under the targets ("Targets:\n4376✅"); a ticked entry ("Entry
    Targets:\n1) 27 ✅") reports a fill, not a target hit."""
    word = _TARGET_WORD.search(low)
    return word is not None and _TICKED.search(low, word.end()) is not None


def read_update(text: str) -> SignalUpdate | None:
    """Parse a follow-up post; None when it is not one."""
    if not text:
        return None
    norm = normalize(text)
    low = lower(norm)
    if len(low) > 1500:  # updates are short; a long post is a new signal or an article
        return None
    kind: UpdateKind | None = None
    price: float | None = None
    to_entry = False
    fraction: float | None = None

    sl_word = _stop_moved(low)
    cancel = _CANCEL.search(low)
    if cancel and not _CONDITION_AFTER.match(low, cancel.end()):
        kind = UpdateKind.CANCEL
    elif _SL_HIT.search(low):
        kind = UpdateKind.SL_HIT
    elif sl_word and "减" in low and _REDUCE.search(low):
        kind = UpdateKind.CLOSE_PARTIAL  # "减仓提损": reduce the position (and raise the stop)
    elif sl_word:
        if "moved" not in low and _LATER.search(low, sl_word.end()):
            return None  # "move SL to entry once TP1 is hit": for later ("moved" is done)
        kind = UpdateKind.MOVE_SL
        after = low[sl_word.end() :]
        # "带成本损": the stop word itself says where (a stop at cost).
        to_entry = bool(_BE.search(after[:60]) or _BE.search(sl_word.group()))
        price = _number_after(low, sl_word.end())
    else:
        close = _close_instruction(low)
        # The share must follow the verb closely: "close 25% of ETH", not "target 3 ... +52%".
        frac = _FRACTION.search(low, close.end(), close.end() + 30) if close else None
        if close and frac is None:  # "Partial close #XRP": the share may come first
            before = _FRACTION.search(low, max(0, close.start() - 16), close.start())
            frac = before if before and before.group("partial") else None
        if frac is not None and (
            _GAIN.search(low, close.end() if close else 0, frac.start())
            or (
                close is not None
                and close.group() == "closed"
                and _GAIN_AFTER.match(low, frac.end())
            )
        ):
            frac = None  # "closed in profit 45%", "with 20% profit": the gain, not the share
        if close and frac:
            kind = UpdateKind.CLOSE_PARTIAL
            fraction = _fraction(frac)
        elif not close and "减" in low and _REDUCE.search(low):
            kind = UpdateKind.CLOSE_PARTIAL
        elif close and (
            not _HIT.search(low) or _CLOSED.search(low) or _leading_word_at(low) == close.start()
        ):
            kind = UpdateKind.CLOSE
        elif _HIT.search(low) and (_TP_INDEX.search(low) or _ALL_TARGETS.search(low)):
            kind = UpdateKind.TP_HIT
        elif _STOP_COIN.match(low.strip()) and _symbol(norm, low):  # "Stop DOGEUSDT"
            kind = UpdateKind.CLOSE
        elif "t" in low and any(_TARGET_ONLY.match(line) for line in _reply_lines(low)):
            kind = UpdateKind.TP_HIT  # "top1": the whole reply is the target reached
        elif _ticked_target(low):
            kind = UpdateKind.TP_HIT
        elif _LOSS_REPORT.search(low):  # "STOP LOSS: 170.23 / 4.55% Loss (2x)"
            kind = UpdateKind.SL_HIT
        elif "sell" in low and _SELL_REPORT.search(low) and _PNL.search(low):
            kind = UpdateKind.CLOSE  # a bot's "Type: sell ... Profit/Loss Percent: 3.65"
    if kind is None or _NEGATED.search(low):
        return None
    symbol = _symbol(norm, low)
    if symbol is None and _NUMBERED_TRADE.search(low):
        return None  # "Trade #1268 Canceled": which trade that is, only the channel knows
    if kind is UpdateKind.MOVE_SL and symbol is None and price is None and not to_entry:
        # "... the crowd places stop-losses and prices often hit that point before moving": a
        # stop moved, for no coin, to no level, is no instruction anyone can follow.
        return None
    return SignalUpdate(
        kind=kind,
        symbol=symbol,
        price=price,
        to_entry=to_entry,
        fraction=fraction,
        tp_index=_tp_index(low) if kind in (UpdateKind.TP_HIT, UpdateKind.MOVE_SL) else None,
        raw_text=text,
    )


def _fraction(m: re.Match[str]) -> float | None:
    if m.group("pct"):
        pct = float(m.group("pct"))
        return pct / 100.0 if 0 < pct <= 100 else None
    if m.group("half"):
        return 0.5
    if m.group("quarter"):
        return 0.25
    if m.group("third"):
        return round(1 / 3, 4)
    return None
