"""A tool's or an AI's description of the reader's own set-up (session 25, branch i13-frame26;
CONVENTIONS.md, rulings of session 25, (j)): "Here's a structured breakdown of your BTC short
setup: Entry Zone ...", "Here's a refined trading plan for your short position on $WLD:", "You
are looking to enter a Short position ...", "You have placed a long: you're entering at 0.75".
The card it repeats is the reader's, not a call of the channel: no trade (the signal needs
review, scored as the `not_signal` it is labelled).

Only the post's heading is read (its first _HEAD characters, before the first entry): a channel's
own card tells the reader further down to "secure your position" or to size "your trade", and stays
a call. Left as signals by the ruling: an AI's new trade idea from a chart the reader shared
("Based on the chart you shared, here is a trade idea", "Based on your provided LINK/USDT chart,
let's break down a potential trade setup"), and "if you entered a short around ..." (session 22).
English forms from dev (square-btc-short-breakdown-001, square-wld-refined-short-plan-001,
square-trx-short-analysis-001) and made up; the other languages made up. parsers/call_framing.py
asks it. A cheap literal test (_HEADS) before the search.
"""

from __future__ import annotations

import re
from typing import Final

from parsers.gate_words import gate, holds
from parsers.lead_first import lead_first

# How far into the post its heading is read.
_HEAD: Final = 240
# A word that describes ("breakdown", "plan", "analysis") said of the reader's own set-up.
_DESCRIBED: Final = (
    r"(?:breakdown|analysis|plan|review|assessment|overview|evaluation|explanation|summary"
    r"|feedback|take|thoughts|notes|comments|look)"
)
_OWN: Final = re.compile(
    lead_first(
        # "breakdown of your BTC short setup", "plan for your short position on $WLD"
        r"(?<![a-z])"
        + _DESCRIBED
        + r"\s(?:of|for|on)\s(?:your|ur)\s(?:own\s)?(?:[#$]?[a-z0-9/.-]+\s){0,3}?"
        r"(?:setup|set-up|set\sup|position|trade|chart|drawing)s?(?![a-z])"
        # "you have placed a long", "you've placed a short", "you're entering at 0.75", "you are
        # looking to enter a short position" (not "if you're entering late, ...")
        r"|(?<![a-z])(?<!if\s)you(?:\shave|['’]ve)\s(?:placed|drawn|marked|set(?:\sup)?|opened|chosen)"
        r"\s(?:a|an|your|the)(?![a-z])"
        # "your stop is at 10.5", "your BTC short setup:" (the reader's own levels told back)
        r"|(?<![a-z])your\s(?:entry|stop(?:[\s-]loss)?|sl|target|take[\s-]profit|tp)\s(?:is|sits|was)"
        r"(?![a-z])|(?<![a-z])your\s(?:[#$]?[a-z0-9/]+\s)?(?:long|short)\s(?:setup|set-up|position|trade)s?"
        r"(?![a-z])"
        r"|(?<![a-z])(?<!if\s)you(?:['’]re|\sare)\s(?:entering|looking\sto\s(?:enter|open))(?![a-z])"
        # the drawing tool's boxes: "your stop box is at 10.5, your target box at 9.2"
        r"|(?<![a-z])your\s(?:stop|target|entry|profit|loss|red|green)\s(?:box|rectangle)(?![a-z])"
        # Russian: "разбор вашего шорт-сетапа", "план для твоей позиции", "вы открыли лонг"
        r"|(?<![а-яё])(?:разбор|анализ|план|обзор|оценка)\s(?:для\s)?(?:вашего|вашей|твоего|твоей)\s"
        r"(?:[#$]?[a-zа-яё0-9/]+[\s-]){0,2}?(?:сетапа|позиции|сделки|графика|трейда)(?![а-яё])"
        r"|(?<![а-яё])(?<!если\s)вы\s(?:открыли|разместили|входите)\s(?:в\s)?(?:лонг|шорт)(?![а-яё])"
        # Spanish: "análisis de tu setup en corto", "plan para tu posición"; "has colocado un corto"
        r"|(?<![a-zá-ú])(?:análisis|desglose|plan|revisión|evaluación)\s(?:de|para)\s(?:tu|su)\s"
        r"(?:[#$]?[a-z0-9/]+\s){0,2}?(?:setup|configuración|posición|operación|gráfico)(?![a-zá-ú])"
        r"|(?<![a-z])has\s(?:colocado|abierto)\sun\s(?:largo|corto|long|short)(?![a-z])"
        # Portuguese: "análise do seu setup", "plano para a sua posição"; "você abriu um short"
        r"|(?<![a-zà-ú])(?:análise|plano|avaliação|revisão)\s(?:do|da|para\so|para\sa)\s(?:seu|sua)\s"
        r"(?:[#$]?[a-z0-9/]+\s){0,2}?(?:setup|posição|operação|trade|gráfico)(?![a-zà-ú])"
        r"|(?<![a-z])você\s(?:abriu|colocou)\sum\s(?:long|short)(?![a-z])"
        # Italian: "analisi del tuo setup short", "piano per la tua posizione"; "hai aperto uno short"
        r"|(?<![a-zà-ù])(?:analisi|piano|valutazione|revisione)\s(?:del|della|per\sil|per\sla)\s"
        r"(?:tuo|tua)\s(?:[#$]?[a-z0-9/]+\s){0,2}?(?:setup|posizione|operazione|trade|grafico)"
        r"(?![a-zà-ù])"
        r"|(?<![a-z])hai\s(?:aperto|piazzato)\s(?:uno?|una)\s(?:long|short)(?![a-z])"
        # Turkish: "short kurulumunuzun analizi", "pozisyonunuz için plan"
        r"|(?:kurulumunuzun|pozisyonunuzun|işleminizin|grafiğinizin)\s(?:analizi|değerlendirmesi"
        r"|planı|incelemesi)|(?:kurulumunuz|pozisyonunuz|işleminiz)\siçin\s(?:plan|analiz)"
    )
)
_HEADS: Final = (
    "your",
    " ur ",
    "you",
    "ваш",
    "твое",
    "твоей",
    "вы ",
    "tu ",
    "su ",
    "has ",
    "seu",
    "sua",
    "você",
    "tuo",
    "tua",
    "hai ",
    "unuz",
    "iniz",
)

_HEADS_GATE: Final = gate(_HEADS)  # (parsers/gate_words.py)


def own_setup_doubt(norm: str, low: str, first_entry: int) -> str | None:
    """Why the post's heading describes the reader's own set-up (see the module's docstring), or
    None. norm: the post read; low: norm lower-cased; first_entry: where the first entry read
    begins (the heading ends there at the latest: "Your stop is your protection" under a card is
    the channel's advice)."""
    # (The heading is the post's start: the post's one pass tells first whether any is there.)
    if not holds(low, _HEADS_GATE):
        return None
    head = low[: min(_HEAD, first_entry)]
    if not any(h in head for h in _HEADS):
        return None
    m = _OWN.search(head)
    if m is None:
        return None
    return (
        f"the post says '{norm[m.start() : m.end()]}': a description of the reader's own set-up"
        " or position (a tool's or an AI's), not a call of the channel"
    )
