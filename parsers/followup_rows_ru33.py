"""Russian rows of the short-reply lexicon (parsers/followup_lexicon.py reads them after
followup_rows_ru32.py's; branch i13-ru33). A row is (language, kind, the words of the reply's line
in full), as followup_lexicon.ROWS.

What a forum trader's one-line replies say that the rows before did not read (made up, from
Russian traders' slang; no held-out message read):

- out at break even, told done ("Вышли по б/у", "Ушли в безубыток", "Вынесло по бу", "Выкинуло
  в ноль"): the stop at the entry was hit, an SL_HIT, as dev's "Закрылись по бу"
  (`dk-trader-a-021`, SL_HIT also_ok CLOSE);
- the stop put on the entry said after the place ("В бу перевёл", "на твх поставил", "в б/у
  стоим"): MOVE_SL to the entry.
"""

from __future__ import annotations

from typing import Final

_AT_ENTRY: Final = r"(?:бу|б/у|б\.у\.?|безубыт\w{0,3}|беззбит\w{0,3}|ноль|0|твх)"

RU33_ROWS: Final[tuple[tuple[str, str, str], ...]] = (
    (
        "ru",
        "SL",
        r"(?:выш(?:ел|ли|ла)|уш(?:[её]л|ли|ла)|вынесло|выкинуло|выбило|стопнуло|закрыло|вийшли)"
        r"\s(?:по|в|на)\s" + _AT_ENTRY,
    ),
    (
        "ru",
        "BE",
        r"(?:в|на)\s" + _AT_ENTRY + r"\s(?:перев[её]л\w{0,2}|перен[её]с\w{0,2}|поставил\w{0,2}"
        r"|переставил\w{0,2}|стоим|стоит|стоят)",
    ),
)
