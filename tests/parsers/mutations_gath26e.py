"""Mutation families of session 25 (issue 13, branch i13-gath26e): the results card batch gath26e
brought (tests/fixtures/corpus/SOURCES.md, "batch gath26e"; parsers/results_card.py), each dev
signal's pair and levels written in it.

- ``gath26e_followup``: the card of a dev signal's outcome ("XTZUSDT 31-12 06:10 / ID: 15630 /
  Setup 4 / ALVO 1: 0.0698 WWW / ..."), in the batch's Portuguese or in English, saying one of:
  the last target listed reached ("... para atingir o alvo2.", "Target 2 reached"): a target hit
  with that number; a stop raised to a price ("Faça uma parcial e suba seu stop para X", "Raise
  your stop to X"): the move to X; the trade ended ("OPERAÇÃO ENCERRADA"): a close; the stop line
  alone ("STOP LOSS: X LLL 31-12 12:13"): the stop hit. Each for the card's pair.
- ``gath26e_not``: the same card asking nothing now: a stop to raise once a later target is
  reached ("Se atingir o alvo 3, suba seu stop para X"), a stop NOT to raise yet ("Não suba seu
  stop para X ainda"), two pairs' outcomes in one post: no action, no trade.
- ``gath26e_dated``: the dev signal's own call under a heading with its date and time written
  with a dash ("XTZUSDT 31-12 06:10", the batch's form): read exactly (the date is no entry zone).

What each must give comes from how the post was written and the dev signal's hand-checked
reading, never from the parser's output. ``python -m tests.parsers.mutations --family
'gath26e*' --seeds 1 20`` prints the figures.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import EXACT, Row, Want
from tests.parsers.mutations_drawn import usdt_signals
from tests.parsers.mutations_followups import FOLLOW, NOT
from tests.parsers.variant_forms import fmt, near_price

FOLLOW_G26E, NOT_G26E, DATED_G26E = "gath26e_followup", "gath26e_not", "gath26e_dated"
_MARKS = (" WWW", " ✅", "")
_OTHERS = ("BTC", "ETH", "SOL", "XRP", "BNB")


def _stamp(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def _head(rng: random.Random, symbol: str) -> list[str]:
    fields = [f"ID: {rng.randint(1000, 99999)}", f"Setup {rng.randint(1, 12)}"]
    return [f"{symbol} {_stamp(rng)}", *rng.sample(fields, rng.randint(0, 2))]


def _targets(rng: random.Random, want: Want, k: int, english: bool) -> list[str]:
    word = "Target" if english else "ALVO"
    mark = rng.choice(_MARKS)
    lines = [f"{word} {i + 1}: {fmt(tp)}{mark}" for i, tp in enumerate(want["take_profits"][:k])]
    gain = f"{rng.randint(1, 9)}{'.' if english else ','}{rng.randint(10, 99)}"
    lines[-1] += f" (+{gain}%)"
    return lines


def _reached(rng: random.Random, k: int, english: bool) -> list[str]:
    if english:
        return [f"Target {k} reached"]
    candle = [f"Candle: {_stamp(rng)} Horario de Brasilia"] if rng.random() < 0.7 else []
    took = rng.choice(("1 minuto", "12 minutos", "2 hora(s) e 5 minuto(s)"))
    return [*candle, f"Esse sinal levou {took} para atingir o alvo{k}."]


def _followup(rng: random.Random, want: Want, symbol: str) -> tuple[str, dict[str, Any]] | None:
    english = rng.random() < 0.3
    n = len(want["take_profits"])
    kind = rng.choice(("TP_HIT", "MOVE_SL", "CLOSE", "SL_HIT"))
    if kind != "SL_HIT" and n == 0:
        return None
    k = rng.randint(1, n) if n else 0
    lines = _head(rng, symbol)
    if kind == "SL_HIT":
        stop = want["stop_loss"]
        level = fmt(stop) if stop is not None else near_price(rng, want)
        lines.append(f"STOP LOSS: {level} LLL {_stamp(rng)}")
        return "\n".join(lines), {"kind": "SL_HIT", "symbol": symbol}
    lines += _targets(rng, want, k, english)
    if kind == "CLOSE":
        if english:
            return None  # (the batch's end of a trade is Portuguese)
        lines += ["", "OPERAÇÃO ENCERRADA", "Motivo: Stop recomendado para controle de risco."]
        return "\n".join(lines), {"kind": "CLOSE", "symbol": symbol}
    lines += _reached(rng, k, english)
    if kind == "TP_HIT":
        return "\n".join(lines), {"kind": "TP_HIT", "symbol": symbol, "tp_index": k}
    price = near_price(rng, want)
    if english:
        lines.append(f"Raise your stop to {price}")
    else:
        lines += ["RECOMENDAÇÃO:", f"Faça uma parcial e suba seu stop para {price}"]
    return "\n".join(lines), {"kind": "MOVE_SL", "symbol": symbol, "price": float(price)}


def _not(rng: random.Random, want: Want, symbol: str) -> str | None:
    n = len(want["take_profits"])
    if n == 0:
        return None
    k = rng.randint(1, n)
    lines = _head(rng, symbol) + _targets(rng, want, k, False)
    form = rng.randrange(3)
    if form == 0:
        lines += [
            "RECOMENDAÇÃO:",
            f"Se atingir o alvo {k + 1}, suba seu stop para {near_price(rng, want)}",
        ]
    elif form == 1:
        lines.append(f"Não suba seu stop para {near_price(rng, want)} ainda")
    else:
        other = rng.choice([o for o in _OTHERS if o != symbol[:-4]])
        lines += [
            f"{other}USDT {_stamp(rng)}",
            f"STOP LOSS: {near_price(rng, want)} LLL {_stamp(rng)}",
        ]
    return "\n".join(lines)


def _dated(rng: random.Random, want: Want, symbol: str) -> str | None:
    if not 1 <= len(want["entries"]) <= 2 or not want["take_profits"]:
        return None
    if want["stop_loss"] is None:
        return None
    lines = [f"{symbol} {_stamp(rng)}", want["side"]]
    lines.append("Entry: " + " - ".join(fmt(e) for e in want["entries"]))
    lines += [f"Target {i + 1}: {fmt(tp)}" for i, tp in enumerate(want["take_profits"])]
    lines.append(f"Stop Loss: {fmt(want['stop_loss'])}")
    if want["leverage"] is not None:
        lines.append(f"Leverage: {want['leverage']}x")
    return "\n".join(lines)


def gath26e_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each USDT-quoted dev signal, a results card read as
    the outcome it says, one asking nothing, and its call under a dated heading, as (case id,
    family, text, reading, must)."""
    rng = random.Random(seed * 6151 + 26)
    out: list[Row] = []
    for case_id, want, symbol in usdt_signals():
        made = _followup(rng, want, symbol)
        if made is not None:
            out.append((case_id, FOLLOW_G26E, made[0], made[1], FOLLOW))
        text = _not(rng, want, symbol)
        if text is not None:
            out.append((case_id, NOT_G26E, text, {}, NOT))
        text = _dated(rng, want, symbol)
        if text is not None:
            out.append((case_id, DATED_G26E, text, want, EXACT))
    return out
