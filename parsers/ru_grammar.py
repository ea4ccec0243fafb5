"""The Russian verbs of follow-ups, by their grammar rather than phrase by phrase (branch
i13-ru22): each verb is given by its stems and conjugation, and its forms are built here, in both
aspects and in the persons a channel writes them (1st person singular and plural, the polite
imperative, the infinitive used as an instruction, the past as a report of what was done, and the
reflexive "закрылись"). parsers/update_words.py, update_words_world.py and the short-reply rows of
parsers/followup_rows_ru22.py read the patterns below.

Sources of the grammar: the first and second conjugations and the aspect pairs as any Russian
grammar gives them (закрывать/закрыть, фиксировать/зафиксировать, переносить/перенести,
переставлять/переставить, переводить/перевести, сокращать/сократить, отменять/отменить); the
verbs themselves are the trader slang the glossaries cited in parsers/update_words_world.py list
("перевести в безубыток", "подтянуть стоп", "зафиксировать прибыль"). No post was copied.
"""

from __future__ import annotations

from typing import Final

# The endings of a present (or perfective future) stem, by conjugation: 1st singular, 1st plural,
# 3rd singular and plural, the imperative (singular and polite plural).
_E_VOWEL: Final = ("ю", "ем", "ет", "ют", "й", "йте")  # закрыва-ю, фиксиру-ем
_E_CONS: Final = ("у", "ем", "ём", "ет", "ут", "и", "ите")  # перенес-у, перевед-ём
_I_CONJ: Final = ("им", "ит", "ят", "и", "ите")  # перенос-им, перевод-ите
_I_SOFT: Final = ("им", "ит", "ят", "ь", "ьте")  # перестав-им, перестав-ьте
_NU: Final = ("у", "ем", "ет", "ут", "ь", "ьте")  # подвин-у, подвин-ем, подвин-ьте
_NU_STRESSED: Final = ("у", "ем", "ет", "ут", "и", "ите")  # подтян-у, подтян-ите
# The endings of a past or infinitive stem: the past in its genders and plural, the infinitive,
# and the reflexive of each ("закрылись", "закрываемся" is built from the present below).
_PAST: Final = ("л", "ла", "ли", "ло", "ть", "лся", "лась", "лись", "ться")


def _forms(
    present: tuple[tuple[str, tuple[str, ...]], ...], past: tuple[str, ...]
) -> list[tuple[str, tuple[str, ...]]]:
    return list(present) + [(stem, _PAST) for stem in past]


def _alternation(forms: list[tuple[str, tuple[str, ...]]]) -> str:
    """One regular expression's text for every stem with its endings ("перенос(?:ите|им|...)"),
    the longest stems and endings first, so that a form is never cut short by another."""
    by_stem: dict[str, set[str]] = {}
    for stem, ends in forms:
        by_stem.setdefault(stem, set()).update(ends)
    parts = [
        stem + "(?:" + "|".join(sorted(ends, key=lambda e: (-len(e), e))) + ")"
        for stem, ends in sorted(by_stem.items(), key=lambda kv: (-len(kv[0]), kv[0]))
    ]
    return "(?:" + "|".join(parts) + ")"


# Moving the stop: переносить/перенести, переставлять/переставить, переводить/перевести,
# передвигать/передвинуть, подтягивать/подтянуть, сдвигать/сдвинуть, двигать.
_MOVE_FORMS: Final = _forms(
    (
        ("перенош", ("у",)),
        ("перенос", _I_CONJ),
        ("перенес", _E_CONS),
        ("переставля", _E_VOWEL),
        ("переставл", ("ю",)),
        ("перестав", _I_SOFT),
        ("перевож", ("у",)),
        ("перевод", _I_CONJ),
        ("перевед", _E_CONS),
        ("передвига", _E_VOWEL),
        ("передвин", _NU),
        ("подтягива", _E_VOWEL),
        ("подтян", _NU_STRESSED),
        ("тян", _NU_STRESSED),  # "тянем стоп на 0.512": pull the stop up (slang)
        ("сдвига", _E_VOWEL),
        ("сдвин", _NU),
        ("двига", _E_VOWEL),
        ("подвига", _E_VOWEL),
        ("подвин", _NU),
    ),
    (
        "переноси",
        "перестави",
        "переставля",
        "переводи",
        "передвига",
        "передвину",
        "подтягива",
        "подтяну",
        "тяну",
        "сдвига",
        "сдвину",
        "двига",
        "подвига",
        "подвину",
    ),
)
# The perfectives whose stem ends in a consonant have an irregular past and infinitive
# (перенёс, перенесла; перевёл, перевела: the "д" drops), written out whole.
_MOVE_IRREGULAR: Final = (
    ("перенес", ("", "ла", "ли", "ло", "ти", "лась", "лись")),
    ("перенёс", ("",)),
    ("перев", ("ел", "ёл", "ела", "ели", "ело", "ести", "елась", "елись")),
)
MOVE_VERB: Final = _alternation(_MOVE_FORMS + list(_MOVE_IRREGULAR))
"""Every form of the verbs of moving a stop, as a regular expression's text (lower case)."""

# Closing and taking profit: закрывать/закрыть, фиксировать/зафиксировать, сокращать/сократить
# (the position, by a share), скидывать/скинуть.
_CLOSE_FORMS: Final = _forms(
    (
        ("закрыва", _E_VOWEL + ("емся", "ется", "ются")),
        ("закро", _E_VOWEL),
        ("фиксиру", _E_VOWEL),
        ("зафиксиру", _E_VOWEL),
    ),
    ("закрыва", "закры", "фиксирова", "зафиксирова"),
)
CLOSE_VERB: Final = _alternation(_CLOSE_FORMS)
"""Every form of the verbs of closing a position or taking its profit (lower case)."""

_CUT_FORMS: Final = _forms(
    (("сокраща", _E_VOWEL), ("сокращ", ("у",)), ("сократ", ("им", "ит", "ят", "и", "ите"))),
    ("сокраща", "сократи"),
)
CUT_VERB: Final = _alternation(_CUT_FORMS)
"""Every form of "cut" (сокращать/сократить: the position by a share), lower case."""

# Dumping a share of the position: скидывать/скинуть, сбрасывать/сбросить, резать/срезать
# ("сбрасываем треть", "скиньте половину", "режу половину", "срезал 30%"; сбросить alternates
# с/ш: "сброшу", резать з/ж: "режем").
DUMP_VERB: Final = _alternation(
    [
        ("скидыва", _E_VOWEL),
        ("скин", _NU),
        ("сбрасыва", _E_VOWEL),
        ("сброш", ("у",)),
        ("сброс", ("им", "ит", "ят", "ь", "ьте")),
        ("среза", _E_VOWEL),
        ("среж", ("у", "ем", "ет", "ут", "ь", "ьте")),
        ("реж", ("у", "ем", "ет", "ут", "ь", "ьте")),
    ]
    + [(stem, _PAST) for stem in ("скидыва", "скину", "сбрасыва", "сброси", "среза", "реза")]
)
"""Every form of the verbs of dumping a share of a position (lower case)."""

# Calling off an order or a signal: отменять/отменить, убирать/убрать, удалять/удалить,
# снимать/снять (the limit order), with their passive participles ("отменён", "снят").
CANCEL_VERB: Final = _alternation(
    [
        ("отменя", _E_VOWEL),
        ("отмен", ("ю", "им", "ит", "ят", "и", "ите")),
        ("убира", _E_VOWEL),
        ("убер", ("у", "ём", "ем", "ёт", "ет", "ут", "и", "ите")),
        ("удаля", _E_VOWEL),
        ("удал", ("ю", "им", "ит", "ят", "и", "ите")),
        ("снима", _E_VOWEL),
        ("сним", ("у", "ем", "ет", "ут", "и", "ите")),
    ]
    + [
        (stem, _PAST)
        for stem in ("отменя", "отмени", "убира", "убра", "удаля", "удали", "снима", "сня")
    ]
)
"""Every form of the verbs of calling off an order (lower case)."""

# Taking a share now: забирать in the present and the imperative, забрать's imperative
# ("забираем 50%", "заберите половину"; not the past "забрали 50%", a gain in slang, nor the
# future "заберём": a plan).
TAKE_VERB: Final = _alternation([("забира", ("ю", "ем", "й", "йте")), ("забер", ("и", "ите"))])
"""The forms of "take" (a share of the position) that ask for it now (lower case)."""

# An order called off, said with the passive participle after its noun ("ордер снят", "лимитка
# снята", "заявки удалены", "вход отменён").
CANCELLED: Final = r"(?:снят\w{0,2}|отмен[её]н\w{0,2}|убран\w{0,2}|удал[её]н\w{0,2})"

# A share written as a fraction: "1/2", "1/3", "1/4" (not a target's numbers: "тп 1/2").
SLASH_SHARE: Final = r"(?<![0-9./])1\s?/\s?[234](?![0-9./])"

# Going out of a trade: выходить/выйти (its perfective is irregular: выйду, вышел, вышли).
EXIT_VERB: Final = _alternation(
    [
        ("выхож", ("у",)),
        ("выход", ("им", "ит", "ят", "и", "ите", "ить")),
        ("вый", ("ду", "дем", "ди", "дите", "ти")),
        ("выш", ("ел", "ла", "ли", "ло")),
    ]
)
"""Every form of "go out" (выходить/выйти), lower case."""

# What is gone out of or closed: the position, the trade, its side, all of them.
EXIT_OBJECT: Final = (
    r"(?:(?:всей\s|всех\s)?(?:позици\w{0,3}|сделк\w{0,2}|сделок)|лонг\w{0,2}|шорт\w{0,2}|рынка)"
)

# A target or the stop done, said with a passive participle ("тейк исполнен", "стоп-лосс
# исполнен": the order filled).
DONE_PARTICIPLE: Final = r"(?:исполнен\w{0,2}|сработал\w{0,2}|реализован\w{0,2})"

# The stop where the entry is, said with "zero" right after the stop (or its verb): "стоп в
# ноль", "перенесли стоп на ноль" (no loss: the entry's price).
STOP_TO_ZERO: Final = (
    r"ноль(?<=^\sв\sноль)|ноль(?<=^\sна\sноль)|ноль(?<=[иеёль]\sв\sноль)|ноль(?<=[иеёль]\sна\sноль)"
    r"|ноль(?<=[иеё]м\sв\sноль)|ноль(?<=[иеё]м\sна\sноль)|ноль(?<=те\sв\sноль)|ноль(?<=те\sна\sноль)"
)

# A target reached, said with a verb the rows of i13-ru19..22 did not conjugate (branch
# i13-ru23): пройти (a target passed: "пройдена", "прошли"), пробить (broken through: "пробита",
# "пробили"), исполниться (the order filled, reflexive: "исполнилась"), сделать ("сделали первую
# цель"), задеть and коснуться (touched: "задели", "коснулись"); the passive participles in
# their genders and plural, the past in its persons.
REACHED_VERB: Final = _alternation(
    [
        ("пройден", ("", "а", "о", "ы")),
        ("прош", ("ли", "ла", "ло", "ёл", "ел")),
        ("пробит", ("", "а", "о", "ы")),
        ("проби", ("л", "ла", "ли", "ло")),
        ("исполни", ("лся", "лась", "лись", "лось")),
        ("сдела", ("л", "ла", "ли")),
        ("заде", ("л", "ла", "ли", "ло")),
        ("косну", ("лся", "лась", "лись")),
    ]
)
"""The forms of the verbs of a target reached that parsers/followup_rows_ru23.py adds (lower
case)."""

# A share taken off the position now, in the verbs the tables above lacked (branch i13-ru31):
# снимать/снять ("сняли половину"), прикрывать/прикрыть ("прикройте часть"), продавать/продать
# ("продаём 50%"), разгружать/разгрузить ("разгрузил половину": unloaded, slang), сокращать
# with a share and no "позицию" ("сократил 50%"); the Ukrainian фіксувати/зафіксувати,
# закривати/закрити, скидати/скинути, продавати/продати, знімати/зняти, скорочувати/скоротити.
# The present, the imperative and the past: a share taken now or just taken; never the perfective
# future ("скину", "продам", "закрию": a plan, as TAKE_VERB leaves out "заберём").
_UK_VOWEL: Final = ("ю", "ємо", "єте", "й", "йте")  # фіксу-ю, фіксу-ємо, фіксу-йте
SHARE_VERB: Final = _alternation(
    [
        ("снима", _E_VOWEL),
        ("прикрыва", _E_VOWEL),
        ("прикро", ("й", "йте")),
        ("прода", ("ю", "ём", "ем", "й", "йте")),
        ("продава", ("й", "йте")),
        ("разгружа", _E_VOWEL),
        ("разгруж", ("у",)),
        ("разгруз", ("им", "и", "ите")),
        ("сокраща", _E_VOWEL),
        ("сократ", ("и", "ите")),
        ("фіксу", _UK_VOWEL),
        ("зафіксу", ("й", "йте")),
        ("закрива", ("ю", "ємо", "й", "йте")),
        ("закри", ("й", "йте")),
        ("скида", ("ю", "ємо", "й", "йте")),
        ("скинь", ("", "те")),
        ("прода", ("ємо", "вай", "вайте")),
        ("зніма", ("ю", "ємо", "й", "йте")),
        ("зніміть", ("",)),
        ("скорочу", _UK_VOWEL),
    ]
    + [
        (stem, ("л", "ла", "ли"))
        for stem in ("сня", "прикры", "прода", "разгрузи", "сократи", "сокраща")
    ]
    + [
        (stem, ("в", "ла", "ли"))
        for stem in ("фіксува", "зафіксува", "закри", "скину", "прода", "зня", "скороти")
    ]
)
"""Every form of the verbs of taking a share now that CLOSE_VERB and DUMP_VERB lack (lower case;
Russian and Ukrainian)."""
