"""Wrong actions (branch i13-wa22): the families wa22_not / wa22_coinless of
tests/parsers/mutations.py, a generator of their own (the other families draw as before).

For the coin of every dev signal quoted in USDT, ``wa22_not`` writes one post that asks for no
action a bot may take (a hedge or the reader's option, advice to cease, a stop moved beside a
price or to one of two, the market's longs and shorts closing, the order book's orders cancelled,
news of a public figure: parsers/followup_doubts.py, not_close_others.py) with the coin tagged and
prices near its levels: any action or a trade is wrong. ``wa22_coinless`` writes the session-21
ruling's coinless forms (a cancel naming only the channel's trade number, a stop and its price
alone: parsers/updates.py, bare_stop.py), and a figure-named coin heading the channel's own close
('TRUMP Закрываем 30%'): each must be read as that action, with no coin or with the coin heading
it. Judged as tests/parsers/mutations_followups.judge judges; what each must give comes from the
form, never from the parser. The forms' sources: the rows of tests/parsers/test_wa22_actions.py.
"""

from __future__ import annotations

import random

from tests.parsers.mutation_post import Row, Want
from tests.parsers.mutations_drawn import coin_tag, follow_and_not
from tests.parsers.variant_forms import near_price

NOT_WA22, COINLESS_WA22 = "wa22_not", "wa22_coinless"

# {c}: the coin as channels tag it; {p}, {q}: prices near its levels.
NOT_FORMS: tuple[str, ...] = (
    "{c} maybe close half here at {p}",
    "{c} perhaps take some profit near {p}",
    "{c} Желающие могут закрыть половину на {p}",
    "{c} По желанию закрываем часть у {p}",
    "{c} Кто хочет, может закрыть половину по {p}",
    "{c} we will probably close at {p}",
    "{c} Stop moving your stops! Price {p}",
    "{c} Хватит закрывать сделки раньше времени, цена {p}",
    "{c} move stop just below {p}",
    "{c} move SL slightly under {p}",
    "{c} переносим стоп под {p}",
    "{c} стоп переставляем чуть выше {p}",
    "{c} move stop to {p} or {q}",
    "{c} Стоп переносим на {p} или {q}",
    "{c} шорты закрываются, цена летит к {p}",
    "{c} Shorts closing across the market, price {p}",
    "{c} Longs closing at {p}, funding negative",
    "Mass short closing on {c} at {p}",
    "Market makers cancelled their {c} bids at {p}",
    "Big sell wall cancelled on {c} at {p}",
    "Trump cancelled the tariffs, {c} pumps to {p}",
)

# (form, what it must be read as; "coin": the tagged coin, else no symbol).
COINLESS_FORMS: tuple[tuple[str, Want], ...] = (
    ("Trade #{n} Canceled\n(Didn't meet the requirements), on to the next one", {"kind": "CANCEL"}),
    ("Signal #{n} cancelled", {"kind": "CANCEL"}),
    ("止損{p}", {"kind": "MOVE_SL", "price": "p"}),
    ("止損:{p}(輕倉)", {"kind": "MOVE_SL", "price": "p"}),
    ("SL {p}", {"kind": "MOVE_SL", "price": "p"}),
    ("Стоп {p}", {"kind": "MOVE_SL", "price": "p"}),
    ("TRUMP Закрываем 30% по {p}", {"kind": "CLOSE_PARTIAL", "fraction": 0.3, "coin": "TRUMP"}),
)


def _fill(rng: random.Random, form: str, symbol: str, want: Want) -> tuple[str, str]:
    c, p = coin_tag(rng, symbol), near_price(rng, want)
    return form.format(c=c, p=p, q=near_price(rng, want), n=rng.randint(100, 9999)), p


def wa22_mutations(seed: int) -> list[Row]:
    """For tests/parsers/mutations.py: for each dev signal quoted in USDT one post that asks for
    no action and one of the ruled coinless forms, as (case id, family, text, reading, must)."""
    rng = random.Random(seed * 2654435761 + 22)
    return follow_and_not(rng, (COINLESS_WA22, NOT_WA22), _coinless, _quiet, quiet_first=True)


def _quiet(rng: random.Random, want: Want, symbol: str) -> str:
    return _fill(rng, rng.choice(NOT_FORMS), symbol, want)[0]


def _coinless(rng: random.Random, want: Want, symbol: str) -> tuple[str, Want]:
    form, reads = rng.choice(COINLESS_FORMS)
    text, p = _fill(rng, form, symbol, want)
    expect: Want = {
        "kind": reads["kind"],
        "symbol": f"{reads['coin']}USDT" if "coin" in reads else None,
    }
    if "price" in reads:
        expect["price"] = float(p.replace(",", ""))
    if "fraction" in reads:
        expect["fraction"] = reads["fraction"]
    return text, expect
