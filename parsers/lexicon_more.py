"""The lexicon's rows the format zoo of session 16 (branch i13-zoo17) found missing: two English
abbreviations ("LV" for the leverage, "E1:" for an indexed entry), and Dutch, Czech, Romanian,
Hungarian, Greek, Hebrew, Urdu, Bengali, Malay and Thai channels' words for the entry, the
targets, the stop, the leverage and the coin (see parsers/lexicon.py for what a row is and its
kinds), with their long/short words (read by parsers/sides.py).

A sweep of the zoo's layouts through other languages found them refused (an entry line of
prices no label claims, or no side at all), never misread. Each row is the language's common
word for the part, as a label; tests/parsers/mutations_languages.py writes every dev signal in
them.
"""

from __future__ import annotations

from parsers.label_patterns import IDX, IDXS

MORE_ROWS: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- English abbreviations
    # "LV 3-5", "LV 10" (a pump channel's leverage line, as documented posts write "Lev"): the
    # leverage; unread, its numbers were dropped and the trade placed at the default leverage.
    ("en", "lev", r"lv"),
    ("en", "lev", r"lvg"),  # "Lvg 10", "Levg: 10": the same word shortened
    ("en", "lev", r"levg"),
    # "E1: 3000 / E2: 2950" beside "T1:", "T2:": the entries by their index.
    ("en", "entry", r"e[1-9](?![0-9.,])"),
    # ---------------------------------------------------------------- Italian
    ("it", "lev", r"leva"),  # "Leva 10": the leverage (with an "x" it was read as one already)
    # ---------------------------------------------------------------- Dutch
    ("nl", "entry", r"instap(?:prijs|zone|punt)?"),
    ("nl", "tp", r"doelen" + IDXS),
    ("nl", "tp", r"doel" + IDX),
    ("nl", "tp", r"koersdoelen" + IDXS),
    ("nl", "lev", r"hefboom"),
    ("nl", "sym", r"munt"),
    # ---------------------------------------------------------------- Czech
    ("cs", "entry", r"vstup(?:n[íi]\s(?:cena|z[óo]na))?"),
    ("cs", "tp", r"c[íi]le" + IDXS),
    ("cs", "tp", r"c[íi]l" + IDX),
    ("cs", "lev", r"p[áa]ka"),
    # ---------------------------------------------------------------- Romanian
    ("ro", "entry", r"intrare"),
    ("ro", "entry", r"zon[ăa]\sde\sintrare"),
    ("ro", "tp", r"ținte" + IDXS),  # (a row a spelling: a row starts with a literal)
    ("ro", "tp", r"ţinte" + IDXS),
    ("ro", "tp", r"tinte" + IDXS),
    ("ro", "tp", r"țint[ăa]" + IDX),
    ("ro", "tp", r"tint[ăa]" + IDX),
    ("ro", "lev", r"efect\sde\slevier"),
    # "Realizare Profit 1 (TP1)": taking profit 1 (dev sq22-ro-eth-1d-plan-001's table).
    ("ro", "tp", r"realizare(?:a)?\sprofit(?:ului)?" + IDX),
    # ---------------------------------------------------------------- Hungarian
    ("hu", "entry", r"bel[ée]p[őoé](?:si\s[áa]r)?"),
    ("hu", "entry", r"bel[ée]p[ée]s"),
    ("hu", "tp", r"c[ée]lok" + IDXS),
    ("hu", "tp", r"c[ée]l(?:[áa]r)?" + IDX),
    ("hu", "lev", r"t[őo]ke[áa]tt[ée]tel"),
    ("hu", "sym", r"érme"),
    # ---------------------------------------------------------------- Greek (lower-cased)
    ("el", "entry", r"είσοδος"),
    ("el", "entry", r"τιμή\sεισόδου"),
    ("el", "tp", r"στόχοι" + IDXS),
    ("el", "tp", r"στόχος" + IDX),
    ("el", "lev", r"μόχλευση"),
    ("el", "sym", r"νόμισμα"),
    # ---------------------------------------------------------------- Hebrew
    ("he", "entry", r"כניסה"),
    ("he", "entry", r"מחיר\sכניסה"),
    ("he", "tp", r"יעדים" + IDXS),
    ("he", "tp", r"יעד" + IDX),
    ("he", "tp", r"טייק\s?פרופיט" + IDX),
    ("he", "sl", r"סטופ(?:\s?לוס)?"),
    ("he", "sl", r"עצירת\sהפסד"),
    ("he", "lev", r"מינוף"),
    ("he", "sym", r"מטבע"),
    # ---------------------------------------------------------------- Urdu
    ("ur", "entry", r"انٹری"),
    ("ur", "tp", r"ٹارگٹس?" + IDX),
    ("ur", "sl", r"سٹاپ(?:\s?لاس)?"),
    ("ur", "sl", r"اسٹاپ(?:\s?لاس)?"),
    ("ur", "lev", r"لیوریج"),
    ("ur", "sym", r"کوائن"),
    # ---------------------------------------------------------------- Bengali
    ("bn", "entry", r"এন্ট্রি"),
    ("bn", "tp", r"টার্গেট" + IDX),
    ("bn", "sl", r"স্টপ\s?লস"),
    ("bn", "lev", r"লিভারেজ"),
    ("bn", "sym", r"কয়েন"),
    # ---------------------------------------------------------------- Malay
    ("ms", "entry", r"kemasukan"),
    ("ms", "tp", r"sasaran" + IDX),
    ("ms", "lev", r"leveraj"),
    ("ms", "sym", r"syiling"),
    # ---------------------------------------------------------------- Polish (genitive)
    # "Strefa wejścia: 42000": the entry zone ("wejście" is the nominative, in lexicon_world).
    ("pl", "entry", r"strefa\swej[śs]cia"),
    ("pl", "entry", r"cena\swej[śs]cia"),
    ("pl", "entry", r"wej[śs]cia"),
    ("pl", "tp", r"cel" + IDX),
    # ---------------------------------------------------------------- Thai (no spaces)
    ("th", "entry", r"จุดเข้า"),
    ("th", "entry", r"ราคาเข้า"),
    ("th", "tp", r"เป้าหมาย" + IDX),
    # ("ทำกำไร", take profit, as normalisation writes it: NFKC splits the vowel "ำ" in two.)
    ("th", "tp", r"ทํากําไร" + IDX),
    ("th", "sl", r"ตัดขาดทุน"),
    ("th", "sl", r"หยุดขาดทุน"),
    ("th", "lev", r"เลเวอเรจ"),
    ("th", "sym", r"คู่เหรียญ"),
)

# Long and short in these languages (strong side words, as "long"/"short"; Thai channels write
# the English words, and Thai "ลอง" is "try").
MORE_STRONG_LONG = (r"לונג", r"লং")
MORE_STRONG_SHORT = (r"שורט", r"شارٹ", r"শর্ট")
