"""Keywords channels use for each part of a signal, in the languages we read.

Every pattern is matched against lower-cased, normalised text. Latin, Cyrillic, Persian and
Vietnamese words get word boundaries; Chinese words do not, since CJK has no spaces.
"""

from __future__ import annotations

import re

# "TP1", "Target 2:", "цель 3 -": an index, not a price. A spaced index needs a separator after
# it, so "TP 27 100" stays the price 27100.
_IDX = r"(?:[0-9]{1,2}(?![0-9.,])|\s[0-9]{1,2}(?=\s?[:)=-]|\s?$|\n))?"


def lead(alts: tuple[str, ...] | list[str]) -> str:
    """A lookahead for the first characters of the alternatives (each must start with a literal).

    Placed right after a leading \\W, it lets re reject a position with one set test instead of
    trying every alternative: most non-word characters are followed by a digit or a space.
    """
    firsts = set()
    for alt in alts:
        assert alt[0] not in "([\\.?*+|^$", alt  # must start with a literal character
        firsts.add(alt[0])
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


class Finder:
    """Finds whole words (plus non-spaced CJK or emoji forms) in lower-cased text, fast.

    The word pattern is "a non-word character, then a word" searched in " " + text: starting
    with a character class lets re skip positions inside words without trying any alternative.
    """

    def __init__(self, words: tuple[str, ...], others: tuple[str, ...] = ()) -> None:
        self._words = re.compile(r"\W" + lead(words) + "(?:" + "|".join(words) + r")(?!\w)")
        self._others = re.compile("|".join(others)) if others else None

    def search(self, text: str) -> int:
        """Start of the first keyword in text, or -1."""
        m = self._words.search(" " + text)
        pos = m.start() if m else -1
        if self._others is not None and not text.isascii():
            o = self._others.search(text)
            if o and (pos < 0 or o.start() < pos):
                pos = o.start()
        return pos


ENTRY_W = (
    r"entry\s?(?:targets?|zones?|prices?|areas?|range|points?|levels?|orders?)",
    r"entries",
    r"entry",
    r"enter(?:\s(?:at|zone|price|between))?",
    r"buy\s?(?:zone|area|range|price|between|entry)",
    r"sell\s?(?:zone|area|range|price|between|entry)",
    r"long\s?(?:zone|area|range|price|between|entry)",
    r"short\s?(?:zone|area|range|price|between|entry)",
    r"open\s?(?:price|at)",
    r"dca(?:\s?levels?)?",
    r"limit\s?orders?",
    r"точк[аи]\s?вход[а-я]{0,3}",
    r"цен[аы]\s?вход[а-я]{0,3}",
    r"зон[аы]\s?вход[а-я]{0,3}",
    r"вход[а-я]{0,3}",
    r"входим",
    r"zona\s(?:de\s)?entrada",
    r"precio\s(?:de\s)?entrada",
    r"pre[cç]o\s(?:de\s)?entrada",
    r"ponto\s(?:de\s)?entrada",
    r"punto\s(?:de\s)?entrada",
    r"entrada",
    r"giri[sş](?:\s?(?:fiyat[ıi]|b[oö]lgesi|aral[ıi][gğ][ıi]))?",
    r"einstieg\w{0,8}",
    r"kaufzone",
    r"điểm\s?vào(?:\s?lệnh)?",
    r"vào\s?lệnh",
    r"giá\s?vào",
    r"vùng\s?(?:vào|mua)",
    r"نقطه\s?ورود",
    r"قیمت\s?ورود",
    r"ورود",
)
ENTRY_C = (
    r"入场区间",
    r"入场价?位?",
    r"进场价?位?",
    r"开仓价?位?",
    r"建仓价?",
)

ENTRY_WEAK_W = (r"at", r"around", r"near", r"here")
ENTRY_WEAK_C = ("@",)

TP_W = (
    r"take[\s-]?profits?(?:\s?(?:targets?|levels?))?" + _IDX,
    r"profit\s?targets?",
    r"tps?" + _IDX,
    r"t\.p\." + _IDX,
    r"targets?" + _IDX,
    r"tgts?" + _IDX,
    r"tg[0-9]{1,2}",
    r"objectives?",
    r"looking\sfor",
    r"aiming\sfor",
    r"цел[иьяей]{1,2}" + _IDX,
    r"тейк[а-я-]{0,9}" + _IDX,
    r"тп" + _IDX,
    r"objetivos?" + _IDX,
    r"tomar\sganancias",
    r"toma\sde\sganancias",
    r"metas?",
    r"alvos?" + _IDX,
    r"hedef(?:ler)?(?:i)?" + _IDX,
    r"k[aâ]r\s?al",
    r"kursziele?" + _IDX,
    r"gewinnziele?" + _IDX,
    r"ziele?" + _IDX,
    r"chốt\s?lời",
    r"mục\s?tiêu" + _IDX,
    r"تارگت",
    r"اهداف",
    r"هدف",
    r"حد\s?سود",
)
TP_C = (
    r"止盈[0-9]{0,2}",
    r"目标位?[0-9]{0,2}",
    r"🎯",
)

SL_W = (
    r"stop[\s-]?(?:loss\s?)?(?:targets?|levels?|price|zone)",
    r"stop[\s-]?loss",
    r"stoploss",
    r"stopp?",
    r"s\s?/\s?l",
    r"sl",
    r"invalidation(?:\s?level)?",
    r"стоп[\s-]?лосс?",
    r"стоп[а-я]{0,3}",
    r"сл",
    r"zarar\s?(?:durdur|kes)",
    r"verlustbegrenzung",
    r"cắt\s?lỗ",
    r"dừng\s?lỗ",
    r"حد\s?ضرر",
    r"استاپ(?:\s?لاس)?",
)
SL_C = (r"止损[位价]?",)

LEVERAGE_W = (
    r"leverage",
    r"lev",
    r"lever",
    r"плечо",
    r"плечи",
    r"apalancamiento",
    r"alavancagem",
    r"kald[ıi]ra[çc]",
    r"hebel",
    r"đòn\s?bẩy",
    r"اهرم",
)
LEVERAGE_C = (r"杠杆",)

SYMBOL_W = (
    r"coin",
    r"pair",
    r"symbol",
    r"asset",
    r"ticker",
    r"монета",
    r"пара",
    r"moneda",
    r"moeda",
    r"par",
    r"parite",
    r"sembol",
    r"münze",
    r"cặp",
    r"ارز",
    r"جفت\s?ارز",
)
SYMBOL_C = (
    r"币种",
    r"交易对",
    r"币对",
)

# Labels whose numbers are never levels: they end the running block.
NOISE_W = (
    r"r\s?[:/]\s?r",
    r"rr",
    r"risk(?:\s?reward)?",
    r"reward",
    r"profit",
    r"period",
    r"volume",
    r"margin(?:\s?mode)?",
    r"capital",
    r"amount",
    r"size",
    r"posted",
    r"date",
    r"timeframe",
    r"tf",
    r"time",
    r"duration",
    r"riesgo",
    r"риск",
    r"прибыль",
    r"маржа",
    r"volumen",
    r"posição",
)

_KINDS = (
    ("entry", ENTRY_W, ENTRY_C),
    ("tp", TP_W, TP_C),
    ("sl", SL_W, SL_C),
    ("lev", LEVERAGE_W, LEVERAGE_C),
    ("sym", SYMBOL_W, SYMBOL_C),
    ("noise", NOISE_W, ()),
    ("weak", ENTRY_WEAK_W, ENTRY_WEAK_C),
)


def _grouped(alts: list[str]) -> str:
    """Alternatives grouped by their first (literal) character.

    re tries alternatives one by one; when each group starts with a literal the engine rejects
    a whole group with one character compare, which makes the label scan several times faster.
    """
    groups: dict[str, list[str]] = {}
    for alt in alts:
        assert alt[0] not in "([\\.?*+", alt  # must start with a literal character
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(
        re.escape(first) + "(?:" + "|".join(rest) + ")" for first, rest in groups.items()
    )


def _one_line(alt: str) -> str:
    """The alternative with \\s limited to spaces and tabs, so a label never spans two lines.

    Inside a character class \\s becomes " \\t"; outside, "[ \\t]". (Replacing it with a class
    inside a class would build a nested set, which re warns about and may read differently.)
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(alt):
        c = alt[i]
        if c == "\\" and i + 1 < len(alt):
            pair = alt[i : i + 2]
            out.append((r" \t" if in_class else r"[ \t]") if pair == r"\s" else pair)
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class and out and out[-1] != "[":
            in_class = False
        out.append(c)
        i += 1
    return "".join(out)


_KINDS_1L: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (k, tuple(map(_one_line, w)), tuple(map(_one_line, c))) for k, w, c in _KINDS
)
_ALL_WORDS = [a for _, words, _ in _KINDS_1L for a in words]
# Word labels are found as "a non-word character, then a label": a pattern that starts with a
# character class lets re skip every position inside a word without trying any alternative.
_WORD_LABELS = re.compile(r"\W" + lead(_ALL_WORDS) + "(?:" + _grouped(_ALL_WORDS) + r")(?!\w)")
_KIND_OF = [(kind, re.compile("|".join(words))) for kind, words, _ in _KINDS_1L]
_CJK_ALTS = [a for _, _, cjk in _KINDS_1L for a in cjk]
_CJK_LABELS = re.compile(
    "|".join(f"(?P<{kind}>{'|'.join(cjk)})" for kind, _, cjk in _KINDS_1L if cjk)
)
# A union of named groups gives re no first character to skip to; this class does.
_CJK_START = re.compile(lead(_CJK_ALTS)[3:-1])


_KIND_CACHE: dict[str, str] = {}


def _kind_of(word: str) -> str:
    kind = _KIND_CACHE.get(word)
    if kind is None:
        kind = next((k for k, regex in _KIND_OF if regex.fullmatch(word)), "noise")
        if len(_KIND_CACHE) < 4096:  # labels repeat endlessly; a small cache is enough
            _KIND_CACHE[word] = kind
    return kind


def find_labels(line: str) -> list[tuple[str, int, int]]:
    """Labels in lower-cased text as (kind, start, end), in order of appearance."""
    spaced = " " + line
    cached = _KIND_CACHE.get
    found: list[tuple[str, int, int]] = []
    for m in _WORD_LABELS.finditer(spaced):
        start, end = m.span()  # in spaced: start is the non-word character before the label
        word = spaced[start + 1 : end]
        found.append((cached(word) or _kind_of(word), start, end - 1))
    if not line.isascii() or "@" in line:
        first = _CJK_START.search(line)
        if first is not None:
            cjk = [
                (m.lastgroup or "noise", m.start(), m.end())
                for m in _CJK_LABELS.finditer(line, first.start())
            ]
            if cjk:
                found = sorted(found + cjk, key=lambda t: t[1])
    return found


MARKET = Finder(
    (
        r"cmp",
        r"market(?:\sprice)?",
        r"now",
        r"current(?:\sprice)?",
        r"по\s?рынку",
        r"рынок",
        r"текущ[а-я]{0,4}",
        r"mercado",
        r"piyasa(?:dan)?",
        r"markt(?:preis)?",
        r"thị\s?trường",
        r"بازار",
    ),
    (r"市价", r"现价"),
)

# Posts that report on an earlier signal rather than open a new one.
STATUS = Finder(
    (
        r"hit",
        r"reached",
        r"achieved",
        r"done",
        r"smashed",
        r"booked",
        r"filled",
        r"triggered",
        r"closed",
        r"stopped(?:\sout)?",
        r"profit\s?:",
        r"results?",
        r"in\sprofit",
        r"all\stargets",
        r"достигнут[а-я]?",
        r"взят[а-я]?",
        r"alcanzad[oa]s?",
        r"atingid[oa]s?",
        r"ulaşıldı",
        r"erreicht",
        r"đạt",
    ),
    (r"已达成", r"已止盈", r"达到", r"✅", r"💰"),
)
