"""Russian rows of the short-reply lexicon (parsers/followup_lexicon.py reads them after
followup_rows_ru33.py's; branch i13-ru34). A row is (language, kind, the words of the reply's line
in full), as followup_lexicon.ROWS.

The verbs of getting rid of a position that the rows before read only with a share ("скинул
половину", parsers/ru_grammar.DUMP_VERB), here with the position itself, what is left of it,
all of it or its side as the object: the whole position out, a CLOSE ("Скинул позицию", "Сбросил
остаток", "Скинули всё", "Продал всё по текущим", "Откупил шорт", "Откупаем позицию"); with no
object, the gain or "now" after the verb says the same ("Скинул в +5% по текущим", "Продал по
рынку", "Откупил в плюс"; "Скинул в личку" is no row: sent, not sold). Made up
from Russian traders' slang (скинуть, сбросить: to dump; откупить: to buy back a short); no
held-out message read. A share beside them ("Скинул половину позиции") is still read as the
share by the rows before; the perfective future ("скину позицию", "продам всё") is a plan and
no row: the verbs here are the past, the present and the imperative. The entry called off in
the forms parsers/followup_rows_ru20.py's "не входим" lacked ("Пока не вхожу", "не лезем", "не
входим в сделку") is a CANCEL.
"""

from __future__ import annotations

from typing import Final

# The dump verbs' forms that tell it done or asked now (no future "скину", "сброшу").
_DUMP: Final = (
    r"(?:скин(?:ул|ула|ули|ь|ьте)|скидыва(?:ю|ем|й|йте|л|ла|ли)|сбрасыва(?:ю|ем|й|йте|л|ла|ли)"
    r"|сброс(?:ил|ила|или|ь|ьте)"
    r"|прода(?:л|ла|ли|ю|ём|ем|й|йте)|откуп(?:ил|ила|или|ились|аю|аем|ай|айте))"
)
# What is dumped: the position, what is left, all of it, its side, the coins.
_WHOLE: Final = (
    r"(?:вс[её]|всю\sпозицию|позици[юи]|остат(?:ок|ки)|остальн(?:ое|ые)|лонг\w{0,2}|шорт\w{0,2}"
    r"|монет[уы])"
)

RU34_ROWS: Final[tuple[tuple[str, str, str], ...]] = (
    # The entry called off in the forms ru20's row lacked: the 1st person singular, slang
    # ("Пока не вхожу", "не лезем", "не открываемся", "не входим в сделку").
    (
        "ru",
        "CANCEL",
        r"(?:пока\s)?не\s(?:вхожу|захожу|лезем|лезу|открываемся|открываюсь|открываю"
        r"|(?:входим|заходим)\sв\s(?:сделку|позицию|лонг|шорт))",
    ),
    ("ru", "CLOSE", _DUMP + r"\s" + _WHOLE + r"(?:\sполностью)?"),
    # ("Скинул в +5% по текущим", "Продал по рынку", "Откупил в плюс": no object, the gain or
    # "now" says the position went.)
    (
        "ru",
        "CLOSE",
        _DUMP + r"(?:\sв\s(?:[+]\s?[0-9]{1,3}(?:[.,][0-9]{1,2})?\s?%|плюс|профит\w?)"
        r"|\sпо\s(?:текущим|рынку))(?:\sпо\s(?:текущим|рынку))?",
    ),
    ("ru", "CLOSE", _WHOLE + r"\s" + _DUMP),
)
