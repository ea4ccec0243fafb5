"""The event of a follow-up that the phrase tables (parsers/update_words.py) did not read, in the
few words they lack: a stop hit ("got stopped", "stopped ❌", "止损了", a reply "BTC стоп"), a
target reached with no number ("Target hit ✅", "profit booked") or with one (parsers/
followup_forms.py's target references), a gain reported ("Profit: 44.47% 📈"), a signal expired or
said invalid ("signal invalid", "disregard this call"), a trade closed by hand ("closed
manually", "Position geschlossen"). Where the forms come from: the table in
parsers/followup_forms.py.

parsers/updates.py asks `event_kind` (through parsers/followup_lexicon.py's short_reply) only when
no phrase matched: a post those read is read as before.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.bare_reports import bare_level_hit
from parsers.followup_forms import NOT_NOW, target_index
from parsers.followup_guard import recap_title
from parsers.models import UpdateKind

# A stop hit the phrase tables lack: "got stopped", "we were stopped", "stopped ❌", "stopped at
# entry", "hit BE" (the stop moved to the entry, hit), "止损 ❌", "стопнуло", a reply "BTC стоп".
_STOPPED: Final = re.compile(
    r"(?<!\w)(?:got|get|been|were|was|we|i)\sstopped(?!\w)|(?<!\w)stopped\s?(?:❌|🛑|⛔|🔴)"
    r"|(?:❌|🛑|⛔)\s?stopped(?!\w)"
    r"|(?<!\w)(?:sl|stop[\s-]?loss|stoploss|stop)\s(?:touched|tagged|executed|got\shit)(?!\w)"
    r"|(?<!\w)stopped\s(?:out\s)?(?:at|on)\s(?:entry|be|breakeven|break\seven|cost)(?!\w)"
    r"|(?<!\w)hit\s(?:be|breakeven|break\seven)(?!\w)"
)
# (Each of those holds one of these: a substring test skips the search.)
_STOP_STEMS: Final = ("stopped", "touched", "tagged", "executed", "got hit", "hit b")
# In the scripts that write the stop's own word in every signal ("止损：", "Стоп:"): only the
# forms that open with a literal, or anchored at the post's start.
_STOPPED_WORLD: Final = re.compile(
    r"止损\s?[❌🛑⛔]|止损了|已止损|被止损|打损了|стопнул|^[^\w\n]*(?:[#$]?[a-z0-9]{2,12}(?:/usdt)?[^\w\n]{1,4})?стоп[^\w\n?]*$"
    # "空單止損，太猛了": the post opens with the side's order stopped, then a comma (a signal's
    # "空单止损: 3040" gives its level).
    r"|^[^\w\n]*(?:多|空)[单單]止损(?=[,.!。！]|\s*$)"
)


# A target reached with no number said ("Target hit ✅", "TP reached", "Full target hit"),
# profit taken at a target ("profit booked ✅", "profits secured").
_TARGET_EVENT: Final = re.compile(
    r"t(?<![^\W\d_]t)(?<!entry\st)(?:arget|p|ake[\s-]?profit)\s(?:is\s|was\s|has\sbeen\s|got\s)?"
    r"(?:hit|reached|achieved|done|smashed|touched)(?!\w)"
    r"|touch(?<![^\W\d_]touch)(?:ed)?\s(?:the\s)?(?:tp|target)s?(?!\w)"
    r"|profits?\s(?<![^\W\d_]profit\s)(?<![^\W\d_]profits\s)(?:booked|secured|locked|taken)(?!\w)"
    # The event first: "#CTSI Touch TP 80%", "touched the target", "hit TP", "reached our
    # target 1300", "As expected matic reached to our 🎯".
    r"|(?<!\w)(?:hit|touch(?:e[sd])?|reached(?:\sto)?)\s(?:the\s|our\s)?(?:tp|target|🎯)(?!\w)"
    # "NICE TP✅": the target ticked, no number after it (not a fresh call's "target ✅ 13.55").
    r"|(?<![^\W\d_])(?:tp|target)\s?✅(?!\s?[0-9$])"
)
_TARGET_EVENT_STEMS: Final = ("hit", "reach", "achiev", "done", "smash", "touch", "profit", "✅")
# A gain reported with a coin, as Cornix's "Profit: 44.47% 📈" or a channel's "+45% 🚀": the
# trade went the signal's way (a report; nothing to do).
_GAIN: Final = re.compile(
    r"(?:profit(?<![^\W\d_]profit)(?<!potential\sprofit)(?<!expected\sprofit)|ربح|سود|прибыль"
    r"|профит|lucro|ganancia|untung|lãi)\s?:?\s?\+?"
    r"[0-9]{1,4}(?:[.,][0-9]{1,4})?\s?%"
    r"|%(?<=[0-9]%)(?<=[0-9]\s%)?\s(?:profit|gain)(?!\w)(?=\s?(?:✅|🚀|🔥|💰|🤑|\(|$))"
    r"|\+(?<!\S\+)[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?%\s(?:profit|gain)(?!\w)"
    r"|\+(?<!\S\+)[0-9]{1,4}(?:[.,][0-9]{1,2})?\s?%(?:\s?(?:profit|gain|roi))?\s?(?:🚀|🔥|💰|✅|🤑)"
)
# "Signal expired", "trade has expired ⌛": the entry is not to be taken any more.
_EXPIRED: Final = re.compile(
    r"(?<!\w)(?:signal|trade|order|setup|entry|call)\s(?:has\s|is\s)?(?:now\s)?expired(?!\w)"
)
# A signal said invalid: "signal invalid", "setup invalidated", "trade is no longer valid",
# "señal inválida", "sinal inválido", "sinyal geçersiz", "Signal ungültig", "signal invalide",
# "segnale non valido", "sinyal tidak valid"; not an invalidation level ("invalid below 60k").
_INVALID: Final = re.compile(
    r"(?<!\w)(?:signal|setup|trade|call|idea|order|entry|señal|sinal|sinyal|segnale|сигнал)"
    r"\s(?:is\s|now\s|was\s|became\s|has\sbecome\s){0,2}"
    r"(?:invalid(?:ated)?|inv[áa]lid[oa]|invalide|ungültig|geçersiz|non\svalido|tidak\svalid"
    r"|недействител\w{0,3}|no\slonger\svalid|not\svalid\sanymore)(?!\w)"
    r"(?!\s(?:below|above|under|over|if|when|once|unless|on|at|after|before)(?!\w))"
    # "Disregard this signal", "ignore the previous call".
    r"|(?<!\w)(?:disregard|ignore)\s(?:this|the|that|previous|last|our)\s(?:previous\s|last\s)?"
    r"(?:signal|call|trade|setup|post)(?!\w)"
)
# "Closed manually ✅ +12%", "manually closed": the channel closed it; "Position geschlossen",
# "posisi ditutup", "posição fechada", "posizione chiusa", "pozisyon kapatıldı", "position fermée".
_CLOSED_BY_HAND: Final = re.compile(
    r"(?<!\w)(?:closed\smanually|manually\sclosed|закр[ыи]т\w{0,2}\sвручну\w?|вручну\w?\sзакр[ыи]т\w{0,2}"
    r"|(?:position|posisi|posição|posición|posizione|pozisyon)\s(?:ist\s|wurde\s|telah\s)?"
    r"(?:geschlossen|ditutup|fechada|cerrada|chiusa|kapatıldı|fermée))(?!\w)"
)


# A gain report is a few lines (Cornix's four); a longer post with a gain in it is an article.
_REPORT_LINES: Final = 6
# A reply that is the target's emoji alone ("🎯", "🎯🎯", "🎯✅"): the target reached, a report
# with no number (i13-status32; "✅" or "🚀🚀" alone stay status posts, dev gath29-ninelfx-024,
# pnd-tg-1291335731-001).
_TP_ALONE: Final = re.compile(r"[^\w\n?]*tp[^\w\n?]*")
_TARGET_EMOJI_ALONE: Final = re.compile(
    r"\s*(?:[✅💰🔥🚀💸]\ufe0f?\s?){0,2}(?:🎯\ufe0f?\s?){1,3}(?:[✅💰🔥🚀💸]\ufe0f?\s?){0,3}"
)


def event_kind(low: str) -> UpdateKind | None:
    """The event of a follow-up that the phrase tables did not read, or None."""
    if len(low) < 16 and "🎯" in low and _TARGET_EMOJI_ALONE.fullmatch(low):
        return UpdateKind.TP_HIT
    if len(low) < 8 and "tp" in low and _TP_ALONE.fullmatch(low):
        return UpdateKind.TP_HIT  # a bare "TP" or "TP!" reply: the target reached
    if any(s in low for s in _STOP_STEMS) and _STOPPED.search(low):
        return UpdateKind.SL_HIT
    if (
        not low.isascii()
        and ("止损" in low or "损了" in low or "стоп" in low)
        and _STOPPED_WORLD.search(low)
    ):
        return UpdateKind.SL_HIT
    if (
        "valid" in low
        or "ignore" in low
        or "disregard" in low
        or "geçersiz" in low
        or "ungültig" in low
        or "недейств" in low
    ) and _INVALID.search(low):
        return UpdateKind.CANCEL
    if ("manually" in low or "pos" in low or "вручну" in low) and _CLOSED_BY_HAND.search(low):
        return UpdateKind.CLOSE
    if "expired" in low and _EXPIRED.search(low):
        return UpdateKind.CANCEL
    if target_index(low) is not None or bare_level_hit(low):  # "done hit 1349" (bare_reports)
        return UpdateKind.TP_HIT
    if any(s in low for s in _TARGET_EVENT_STEMS) and (hit := _TARGET_EVENT.search(low)):
        # (Not after a condition on its line: "If #CTSI touches TP we close half".)
        if not NOT_NOW.search(low, low.rfind("\n", 0, hit.start()) + 1, hit.start()):
            return UpdateKind.TP_HIT
    if (
        "%" in low
        and _GAIN.search(low)
        and low.count("\n") < _REPORT_LINES
        and not recap_title(low)
    ):
        return UpdateKind.TP_HIT  # (not "📊 WEEKLY RESULTS / #BTC +45% ...": many trades)
    return None
