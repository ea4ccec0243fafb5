"""A results channel's card: the outcome of a call posted under the call's pair and the date and
time it was called, never a new call (batch gath26e, session 25: a Brazilian channel's results
channel, "BitNada - Resultados"):

    XTZBTC 31-12 06:10            <- the pair as one word, the call's date and time
    ID: 15630                     <- the channel's fields (its trade number, its setup)
    Setup 4
    ALVO 1: 0.0000698 WWW         <- each target reached, its price and the channel's mark
    ALVO 2: 0.0000704 WWW (+2,05%)
    Candle: 31-12 11:14 Horario de Brasilia
    Esse sinal levou 5 hora(s) e 4 minuto(s) para atingir o alvo2.
    RECOMENDAÇÃO:
    Faça uma parcial e suba seu stop para 0.0000683

What it says, in this order:

- a line the follow-up reader reads as the trade ended ("OPERAÇÃO ENCERRADA", under the targets
  reached, the reason after it): that end;
- a line it reads as a stop moved to a price ("... suba seu stop para 0.0000683"): that move;
- the card's only level a stop line ("STOP LOSS: 0.000076 LLL 31-12 12:13"): the stop hit (a
  results card lists the levels reached);
- a line saying the last target listed was reached ("... para atingir o alvo4.", "Target 4
  reached"): that target hit.

Anything else (an entry, a side or a second pair named: a call, not its outcome; a line the
reader reads as another kind) and the card is left to the other rules. The pair is the card's
heading, as written ("XTZBTC" is XTZ quoted in BTC, "ZILUSDT" in USDT).

A fixed-time call's result (`result_line`; batch gath30w, session 28: a Brazilian group's bot,
"IA de Sinais na Ebinex", whose calls give a clock time and no price): a line of the result and
the pair, "✅ WIN em `XRP/USDT` ✅", "✅ WIN (G1) em `BTC/USDT` ✅" (won at the first martingale
step), "❎ STOP em `ETH/USDT` ❎" (lost), under the paste's sender quote ("> 🌐 IA de Sinais na
Ebinex: ") or alone, with a chatter line beside it or not: WIN a target hit of the pair, STOP or
LOSS its stop hit. A price or any other word on its line, a question, a second result, a line
beside it holding a number or a follow-up of its own, and the post is left to the other rules
("Stop em 0.52" is a stop put at 0.52).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from parsers.models import SignalUpdate, UpdateKind
from parsers.updates import read_update

# The heading: the pair as one word (a quote glued on), then the call's day-month and time.
_HEAD: Final = re.compile(
    r"[^\w\n]*[#$]?(?P<pair>[A-Z0-9]{1,12}?(?:USDT|BUSD|BTC|ETH|BNB))[ \t]+"
    r"(?:[0-2]?[0-9]|3[01])[-./](?:0?[1-9]|1[0-2])[ \t]+(?:[01][0-9]|2[0-3]):[0-5][0-9][ \t]*"
)
# A target reached, listed: "ALVO 2: 0.0000704 WWW (+2,05%)", "Target 2: 0.0000704 ✅".
_TARGET: Final = re.compile(
    r"[^\w\n]*(?:alvo|target|tp)[ \t]?(?P<n>[1-9][0-9]?)[ \t]?[:.=-][ \t]?\$?[0-9][0-9.,]*"
    r"(?P<rest>[^\n]*)",
    re.IGNORECASE,
)
# The card's stop line, the price marked ("STOP LOSS: 0.000076 LLL 31-12 12:13"; a bare "SL:
# 0.5" under a dated heading could be a new stop as well as the stop reached: left to the reader).
_STOP: Final = re.compile(
    r"[^\w\n]*(?:stop[ \t-]?loss|stoploss|sl)[ \t]?[:=-][ \t]?\$?[0-9][0-9.,]*[ \t]+[^\s][^\n]*",
    re.IGNORECASE,
)
# "para atingir o alvo2", "atingiu o alvo 2", "alvo 2 atingido", "target 2 reached".
_REACHED: Final = re.compile(
    r"(?:atingi(?:r|u|mos)|alcan[çc](?:ar|ou))\s(?:o\s)?(?:alvo|target)\s?(?P<a>[1-9][0-9]?)(?![0-9])"
    r"|(?:alvo|target|tp)\s?(?P<b>[1-9][0-9]?)\s(?:atingido|alcan[çc]ado|reached|hit|achieved|done)"
    r"(?![a-z])",
)
# A call's words: an entry, a side, a buy or sell order. A card holding one is a call.
_CALL_WORDS: Final = re.compile(
    r"(?<![a-z])(?:entry|entries|entrada|compra|venda|buy|sell|long|short|leverage|alavancagem)"
    r"(?![a-z])"
)
_ENDED: Final = (UpdateKind.CLOSE, UpdateKind.SL_HIT)
# A target line's gain in brackets after its mark ("WWW (+2,05%)").
_GAIN: Final = re.compile(r"\([+-]?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%\)")
_MAX_LINES: Final = 30
_DIGIT: Final = re.compile(r"[0-9]")
# "✅ WIN (G1) em `BTC/USDT` ✅", under a pasted sender quote ("> 🌐 IA de Sinais na Ebinex: "),
# a line-opening emoji or bullet before it.
_MARKS: Final = r"(?:[✅❎❌☑✔🟢🔴]\ufe0f?[ \t\xa0]*)*"
_RESULT: Final = re.compile(
    r"[^\w\n>`?]*(?:>[ \t]?[^\n:`?]{1,40}:[ \t\xa0]*)?"
    + _MARKS
    + r"(?P<res>WIN|LOSS|STOP|Win|Loss|Stop)(?:[ \t\xa0]\(G[1-3]\))?[ \t\xa0]em[ \t\xa0]"
    r"(?P<q>`?)(?P<base>[A-Z0-9]{1,12})/(?P<quote>USDT|USDC|BTC)(?P=q)[ \t\xa0]*" + _MARKS
)


def results_card(text: str) -> SignalUpdate | None:
    """The follow-up a results channel's card says, or None when the post is no such card."""
    if "\n" not in text or ":" not in text or "-" not in text[:160]:
        return None  # (cheap: a card has lines, fields and a dated heading)
    lines = text.split("\n")
    if len(lines) > _MAX_LINES:
        return None
    # The heading opens the post, or follows a line or two of chatter that hold no number and
    # ask nothing ("Join our VIP channel 👑").
    heads = [(i, m) for i, m in enumerate(map(_HEAD.fullmatch, lines[:3])) if m is not None]
    if not heads:
        return None
    at, head = heads[0]
    if any(_DIGIT.search(x) or read_update(x) for x in lines[:at]):
        return None
    pair = head.group("pair")
    body = lines[at + 1 :]
    low = "\n".join(body).lower()
    if _CALL_WORDS.search(low):
        return None  # an entry, a side: a call
    targets: list[int] = []
    stops = 0
    said: list[str] = []
    for line in body:
        target = _TARGET.fullmatch(line)
        if target is not None:
            if _REACHED.search(target.group("rest").lower()) is None and any(
                c.isdigit() for c in _rest_words(target.group("rest"))
            ):
                return None  # a second number on a target's line: a level it does not say
            targets.append(int(target.group("n")))
        elif _STOP.fullmatch(line) is not None:
            stops += 1
        elif line.strip():
            said.append(line)
    if pair.upper() in "\n".join(body).upper():
        return None  # the pair named again below: a list of several trades, or a call
    if targets != list(range(1, len(targets) + 1)):
        return None  # the targets reached are listed from the first, in order
    # (A line telling a target reached is the card's own report, read below.)
    read = [
        u
        for u in (read_update(line) for line in said)
        if u is not None and u.kind is not UpdateKind.TP_HIT
    ]
    kinds = {u.kind for u in read}
    if kinds & set(_ENDED):
        if len(kinds) > 1:
            return None  # the trade ended and something more asked: not for a card to say
        return _for(read[0], pair, None, text)
    if kinds == {UpdateKind.MOVE_SL}:
        moves = [u for u in read if u.price is not None and not u.to_entry]
        if len(moves) != 1 or len(read) != 1 or not targets:
            return None
        return _for(moves[0], pair, targets[-1], text)
    if kinds:
        return None  # another kind said (a cancel, a close of a share): left to the reader
    if stops == 1 and not targets:
        return SignalUpdate(kind=UpdateKind.SL_HIT, symbol=pair, raw_text=text)
    if stops or not targets:
        return None
    reached = [m.group("a") or m.group("b") for m in _REACHED.finditer("\n".join(said).lower())]
    if reached != [str(targets[-1])]:
        return None  # the card must say the last target listed was reached, and only that
    return SignalUpdate(kind=UpdateKind.TP_HIT, symbol=pair, tp_index=targets[-1], raw_text=text)


def _rest_words(rest: str) -> str:
    """A target line's rest without its gain in brackets ("WWW (+2,05%)" is a mark and a gain)."""
    return _GAIN.sub("", rest)


def _for(update: SignalUpdate, pair: str, tp: int | None, text: str) -> SignalUpdate:
    """The update a line of the card says, for the card's pair (and its last target reached)."""
    return replace(
        update, symbol=pair, tp_index=tp if tp is not None else update.tp_index, raw_text=text
    )


def result_line(text: str) -> SignalUpdate | None:
    """A fixed-time call's one-line result ("✅ WIN em `XRP/USDT` ✅"), or None. A chatter line
    beside it ("Good luck!", "🔥🔥🔥") is let be: one holding a number or read as a follow-up of
    its own is not."""
    if " em " not in text.replace("\xa0", " ") or "/" not in text or len(text) > 400:
        return None  # (cheap: the result names its pair after "em")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) > 4:
        return None
    results = [m for m in map(_RESULT.fullmatch, lines) if m is not None]
    if len(results) != 1:
        return None
    others = [line for line in lines if _RESULT.fullmatch(line) is None]
    if any(_DIGIT.search(line) or read_update(line) is not None for line in others):
        return None  # a level, or a follow-up said beside the result
    m = results[0]
    kind = UpdateKind.TP_HIT if m.group("res").upper() == "WIN" else UpdateKind.SL_HIT
    return SignalUpdate(kind=kind, symbol=m.group("base") + m.group("quote"), raw_text=text)
