"""The lexicon's rows for the abbreviations and slang labels of Russian and Arabic channels that
the rows of parsers/lexicon_world.py miss (session 18, branch i13-ru19; see parsers/lexicon.py
for what a row is and its kinds).

Russian: "ТВХ" (точка входа, the entry point, as "ТП"/"СЛ" shorten the target and the stop) and
the words of a second, averaging entry beside "Усреднение" (already a row): "Добор" (the add to
the position), "Доливка"/"Долив" (the top-up). Each was refused before ("'ТВХ: 25.40' holds
prices that no label claims"): a signal with its entry unread. Sources: the brief's list of
Russian channel abbreviations, the averaging entry of the dev corpus's Russian channels
("Усреднение: 2 030.65"), and the glossaries cited in parsers/followup_rows_ru.py.

Arabic: the buy and sell words of pump channels' posts, which write "Buy : 20 - 22 / Sell : 38
- 50" in English (dev pnd-tg-1292630824) and the same in Arabic: "الشراء" / "البيع" (buy, sell:
an entry in a long, a target in a short, as the English "buy"/"sell" rows), "منطقة الشراء" and
"سعر الشراء" (the buy zone, the buy price: the entry), "أهداف البيع" (the sell targets), and the
stop written short: "الوقف" (the stop), "ستوب لوز" (the English "stop loss" as some write it
in Arabic letters); never "بيع 20%" (sell a share at a target, a note). The words are the Arabic of exchanges' order forms and traders' posts
(Binance Square's Arabic posts: "نقاط الدخول والخروج", "وقف الخسارة"); the parser had rows for
"الدخول", "الأهداف" and "وقف الخسارة" only. (A bare "وقف" is no row: it is also "halt", and
as a label it made one held-out follow-up, by the aggregate figures alone, a tradable signal.)
"""

from __future__ import annotations

from parsers.label_patterns import IDX, IDXS, NUM_NEXT

# "| بيع 20%" after a target: sell a fifth of the position there (a note, no label), as
# parsers/signal_parser.py reads it.
_NO_SHARE = r"(?![ \t]?[0-9]{1,3}(?:[.,][0-9]{1,2})?[ \t]?%)"

SLANG_ROWS: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- Russian
    ("ru", "entry", r"твх"),
    # (A label only with its price next: "будет добор позиции" after "если цена дойдет до 183"
    # is a sentence, and taken as a label it claimed the line's 183 unread: the averaging entry
    # dropped without a word, tests/parsers/test_rules15.py.)
    ("ru", "entry", r"добор" + IDXS + NUM_NEXT),
    ("ru", "entry", r"долив(?:ка|ки)?" + IDXS + NUM_NEXT),
    # "Закуп: 0.55", "Зона закупа 0.55$", "Берём от 0.55", "Закупаемся по 0.55": the purchase
    # (the entry) in traders' words, before a price only (i13-labels31). Not "Откупаем по":
    # the short's buy back, a target.
    *(("ru", "entry", word + r"\s?закупа") for word in ("зон[аы]", "точк[аи]", "цен[аы]")),
    # (A bare "Закуп" is a buy, as "Покупка": after an entry read, "Закуп: 100$" may be a sum.)
    ("ru", "buy", r"закуп(?:к[аи])?" + NUM_NEXT),
    ("ru", "buy", r"зон[аы]\s?покупки"),
    ("ru", "buy", r"цен[аы]\s?покупки"),
    ("ru", "entry", r"бер[её]м\s(?:от|по)" + NUM_NEXT),
    *(
        ("ru", "entry", word + r"\s(?:от|по)" + NUM_NEXT)
        for word in ("закупаемся", "закупаем", "заходим", "открываем", "набираем")
    ),
    ("ru", "entry", r"набираем\sпозицию"),
    # "Отложка: 0.55", "Лимит ордер 0.55", "Ставим лимитку 0.55", "Ордер на покупку 0.55": the
    # order laid in wait (not a bare "Ордер": a stop's order too).
    ("ru", "entry", r"отложенн\w{2}\s?ордер" + NUM_NEXT),
    ("ru", "entry", r"отложк[аи]" + NUM_NEXT),
    # (Not a bare "Лимит: 0,1038": a limit of what? tests/parsers/test_ru25.py.)
    ("ru", "entry", r"лимит\s?ордер" + NUM_NEXT),
    ("ru", "entry", r"ставим\sлимитк[уи]" + NUM_NEXT),
    ("ru", "entry", r"выставляем\sлимитк[уи]" + NUM_NEXT),
    ("ru", "entry", r"беру\s(?:от|по)" + NUM_NEXT),
    ("ru", "buy", r"ордер\sна\sпокупку" + NUM_NEXT),
    ("ru", "buy", r"лимит\sна\sпокупку" + NUM_NEXT),
    ("ru", "buy", r"уров(?:ень|ни)\sпокупки"),
    ("ru", "buy", r"зон[аы]\sдля\sпокупки"),
    # "Тэйк 1: 150", "Тэйки: 150 - 160": the target's word spelt with "э".
    ("ru", "tp", r"тэйк[а-я-]{0,9}" + IDX),
    # ---------------------------------------------------------------- Arabic
    ("ar", "entry", r"منطقة\s?(?:ال)?شراء"),
    ("ar", "entry", r"سعر\s?(?:ال)?شراء"),
    ("ar", "tp", r"أهداف\s?(?:ال)?بيع"),
    ("ar", "tp", r"اهداف\s?(?:ال)?بيع"),
    ("ar", "buy", r"الشراء" + NUM_NEXT),
    ("ar", "buy", r"شراء" + NUM_NEXT),
    ("ar", "sell", r"البيع" + _NO_SHARE + NUM_NEXT),
    ("ar", "sell", r"بيع" + _NO_SHARE + NUM_NEXT),
    ("ar", "sl", r"ستوب\s?لوز"),
    ("ar", "sl", r"الوقف" + IDX),
)
