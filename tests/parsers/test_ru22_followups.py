"""Russian follow-ups read by their grammar, session 21 (branch i13-ru22), through the parser's
public entry point (EnhancedParser.parse_update_sync, which the bot calls on every post that is no
signal).

By class, not by message: the verbs of moving a stop, of closing, of going out and of cutting a
position, in both aspects and in the persons a channel writes them (parsers/ru_grammar.py builds
the forms: "переносим/перенесли/перенести/перенесите", "переставляем/переставили/переставьте",
"переводим/перевели/переведите", "выходим/вышли/выйти из", "сокращаем/сократили"); the stop's
nouns ("стоп", "стоп-лосс", "сл") and where it goes ("в бу", "на вход", "в ноль", a price); an
order filled ("тп1 исполнен", "стоп-лосс исполнен"). And the same words with no instruction in
them: hedged ("можно закрыть половину", "я бы перенёс стоп"), told of a time gone by ("в прошлый
раз выбило по стопу"), planned for a level ("при достижении первой цели закрываем 50%"): no action
(parsers/ru_hedges.py). All made up from the grammar; no held-out message was read. Each positive
form below was read as nothing, or without its level, before this branch.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from parsers import ru_grammar
from tests.parsers.reads import check_followup, followup_reading

ACTS = {"CLOSE", "CLOSE_PARTIAL", "CANCEL", "MOVE_SL", "SL_HIT"}

# The verb forms a channel writes: 1st plural and singular, the past as a report, the
# infinitive and the polite imperative as instructions.
MOVE_FORMS = (
    "переставляем",
    "переставили",
    "переставьте",
    "перевести",
    "переведите",
    "переносим",
    "перенесли",
    "перенести",
    "перенесите",
    "перенёс",
    "подтягиваем",
    "подтянули",
)


@pytest.mark.parametrize("verb", MOVE_FORMS)
@pytest.mark.parametrize(
    ("where", "fields"),
    [
        ("на вход", {"to_entry": True}),
        ("в ноль", {"to_entry": True}),
        ("на 145.5", {"price": 145.5}),
    ],
)
@pytest.mark.parametrize("stop", ["стоп-лосс", "сл"])
def test_stop_moved_in_any_form_when_read_then_where_it_goes(
    verb: str, stop: str, where: str, fields: dict[str, object]
) -> None:
    got = followup_reading(f"#SOL {verb} {stop} {where}")
    assert got is not None, "not read"
    assert got["kind"] == "MOVE_SL" and got["symbol"] == "SOLUSDT", got
    for key, want in fields.items():
        assert got[key] == want, got


@pytest.mark.parametrize(
    ("text", "kind", "fields"),
    [
        # The stop named after its verb, the verb an imperative or an infinitive.
        ("Стоп переставьте на 145.5", "MOVE_SL", {"price": 145.5}),
        ("Стоп перевести на 145.5", "MOVE_SL", {"price": 145.5}),
        ("Стоп перенесли в ноль", "MOVE_SL", {"to_entry": True}),
        ("Стоп переносим в ноль", "MOVE_SL", {"to_entry": True}),
        # Out of the trade, every form of the verb and what is gone out of.
        ("Выйти из позиции", "CLOSE", {"symbol": None}),
        ("#SOL выходим из лонга", "CLOSE", {"symbol": "SOLUSDT"}),
        ("#SOL выходите из шорта", "CLOSE", {"symbol": "SOLUSDT"}),
        ("#SOL вышли из всей позиции", "CLOSE", {"symbol": "SOLUSDT"}),
        ("#SOL выйти из сделки", "CLOSE", {"symbol": "SOLUSDT"}),
        # The position cut by a share, in the imperfective ("сокращ-", not "сократ-").
        ("#SOL сокращаем позицию на треть", "CLOSE_PARTIAL", {"fraction": 1 / 3}),
        ("Сокращаем позицию на 30%", "CLOSE_PARTIAL", {"fraction": 0.3}),
        ("#SOL сокращаю позицию на четверть", "CLOSE_PARTIAL", {"fraction": 0.25}),
        # An order filled, said with its participle.
        ("#SOL тп1 исполнен", "TP_HIT", {"symbol": "SOLUSDT", "tp_index": 1}),
        ("Первый тейк исполнен ✅", "TP_HIT", {"tp_index": 1}),
        ("#SOL стоп-лосс исполнен", "SL_HIT", {"symbol": "SOLUSDT"}),
        # A share dumped in every form of the verb (сбрасывать/сбросить, скидывать/скинуть) or
        # taken now (забирать), and a share written as a fraction.
        ("#SOL сбрасываем треть позиции", "CLOSE_PARTIAL", {"fraction": 1 / 3}),
        ("#SOL скиньте 1/2 позиции", "CLOSE_PARTIAL", {"fraction": 0.5}),
        ("Сбросили 50% объёма", "CLOSE_PARTIAL", {"fraction": 0.5}),
        ("#SOL забираем 50%", "CLOSE_PARTIAL", {"fraction": 0.5}),
        ("#ARB\nЗабираю 50%, остаток в бу", "CLOSE_PARTIAL", {"fraction": 0.5}),
        ("#SOL закрываем 1/2 позиции", "CLOSE_PARTIAL", {"fraction": 0.5}),  # not "2 positions"
        ("#SOL продаём 1/2 позиции", "CLOSE_PARTIAL", {"fraction": 0.5}),
        # An order called off: every form of the verb, its participle, "no longer standing".
        ("#SOL уберите лимитку", "CANCEL", {"symbol": "SOLUSDT"}),
        ("Удалите лимитные ордера", "CANCEL", {"symbol": None}),
        ("#ARB\nЛимитка снята", "CANCEL", {"symbol": "ARBUSDT"}),
        ("#ARB\nОрдер снят", "CANCEL", {"symbol": "ARBUSDT"}),
        ("[trader #b] Signal #b3\n#ARBUSDT Лонг\nНе актуально", "CANCEL", {"symbol": "ARBUSDT"}),
        # ... the order named first, the coin between, in a review's last line.
        (
            "#BTC обзор\n\nБиткоин торгуется в диапазоне 64 000$.\n\nЛимитку по #TIA снимаю.",
            "CANCEL",
            {"symbol": "TIAUSDT"},
        ),
        ("Ордер по #SOL снят", "CANCEL", {"symbol": "SOLUSDT"}),
        # Cut with резать/срезать, the gain in R after it; a share before "фикс", the stop after.
        ("#NEARUSDT\nРежу половину +0,5R", "CLOSE_PARTIAL", {"fraction": 0.5}),
        ("upd: 50% срезал +0,6R, стоп в бу", "CLOSE_PARTIAL", {"fraction": 0.5}),
        ("#NEARUSDT\nTp1 50% фикс, стоп в бу", "CLOSE_PARTIAL", {"fraction": 0.5}),
        # The stop with an update mark, pulled up ("тянем"), into profit at a price.
        ("#NEARUSDT\nupd: стоп на 4.512", "MOVE_SL", {"price": 4.512}),
        ("Тянем стоп на 4.512", "MOVE_SL", {"price": 4.512}),
        ("#NEARUSDT\nСтоп в + на 4.512", "MOVE_SL", {"price": 4.512}),
        ("#ETH стоп в плюс на 3500", "MOVE_SL", {"symbol": "ETHUSDT", "price": 3500.0}),
        # A price beginning "101." is no "Trading 101" lesson.
        ("Стоп переносим на 101.445", "MOVE_SL", {"price": 101.445}),
        ("Move SL to 101.5", "MOVE_SL", {"price": 101.5}),
        # A target taken, the verb after it.
        ("#SOL тейк забрали", "TP_HIT", {"symbol": "SOLUSDT"}),
    ],
)
def test_followup_when_read_then_its_kind_and_fields(
    text: str, kind: str, fields: dict[str, Any]
) -> None:
    check_followup(text, kind, fields, "ru22")


@pytest.mark.parametrize(
    "text",
    [
        # A hedge or a modal governing the verb: the reader's option, or what should have been.
        "можно закрыть половину",
        "можно перенести стоп в бу",
        "я бы перенёс стоп в безубыток",
        "стоит зафиксировать часть прибыли",
        "стоило перенести стоп в бу",
        "надо было зафиксировать половину",
        "нужно было закрыть позицию раньше",
        "думаю, пора фиксировать прибыль",
        # An intent, not an instruction.
        "собираюсь закрыть позицию на выходных",
        "планирую зафиксировать прибыль у 70000",
        "хотел закрыть позицию, но передумал",
        # Told of a time gone by.
        "в прошлый раз выбило по стопу, потом цена улетела",
        "в 2021 году я закрыл лонг по эфиру",
        "тогда мы зафиксировали половину и перенесли стоп в бу",
        # Planned for a level to come.
        "при достижении первой цели закрываем 50%",
        # The new verbs under the same guards.
        "можно сбросить треть",
        "я бы скинул половину",
        "надо было выйти из лонга",
        "хочу отменить ордер",
        "уберите лимитку?",
        "не убирайте лимитку",
        "если цена уйдёт выше, уберите лимитку",
        "заберём 50% на второй цели",  # the future: a plan
        "это уже не актуально",  # said of something else, no signal named
    ],
)
def test_hedged_or_told_when_read_then_no_action(text: str) -> None:
    got = followup_reading(text)
    assert got is None or got["kind"] not in ACTS, got


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The channel's own advice to its readers is an instruction.
        ("Советую перенести стоп в бу", "MOVE_SL"),
        ("Рекомендую зафиксировать половину", "CLOSE_PARTIAL"),
        # A past time in another sentence leaves this one's action standing.
        ("На прошлой неделе было тяжело. #SOL закрываем позицию", "CLOSE"),
        # "Тогда" with the present: the consequence, said now.
        ("#SOL пробили уровень, тогда закрываем позицию", "CLOSE"),
        # The stop moved, and the limit order taken off after it: the stop (order_changes.py).
        ("Стоп переводим в бу, лимитку убираем", "MOVE_SL"),
        # The past of "take" with a percent is a gain in slang, reported, not a share closed.
        ("#SOL забрали 50%", "TP_HIT"),
    ],
)
def test_instruction_beside_hedge_words_when_read_then_its_kind(text: str, kind: str) -> None:
    got = followup_reading(text)
    assert got is not None and got["kind"] == kind, got


@pytest.mark.parametrize("text", ["Стоп в + 0.2R", "Стоп в плюс", "#SOL стоп в +0.2R"])
def test_stop_into_profit_without_a_price_when_read_then_no_level(text: str) -> None:
    # "в +" with a gain in R after it, or nothing: the move is shown, never made to 0.2.
    got = followup_reading(text)
    assert got is None or (got["kind"] == "MOVE_SL" and got["price"] is None), got


@pytest.mark.parametrize(
    ("pattern", "forms"),
    [
        (
            ru_grammar.MOVE_VERB,
            "переношу переносим переносите перенесу перенесём перенесите перенёс перенесли "
            "перенести переставляю переставляем переставили переставил переставьте переставить "
            "перевожу переводим перевёл перевел перевели перевести переведите подтягиваем "
            "подтянули подтяните передвинул сдвигаем тянем тянул",
        ),
        (
            ru_grammar.CLOSE_VERB,
            "закрываю закрываем закрываемся закрыли закрыл закрыла закрылись закрыть закройте "
            "закрывайте фиксирую фиксируем зафиксировали зафиксировал зафиксировать фиксируйте "
            "зафиксируйте",
        ),
        (ru_grammar.CUT_VERB, "сокращаю сокращаем сократили сократил сократить сократите"),
        (ru_grammar.EXIT_VERB, "выхожу выходим выходите выйти выйдем вышли вышел вышла"),
        (
            ru_grammar.DUMP_VERB,
            "скидываем скинули скиньте сбрасываем сбросили сброшу сбросьте режу режем резали "
            "срезаем срежем срезал",
        ),
        (
            ru_grammar.CANCEL_VERB,
            "отменяем отменили отмените убираем убрали уберите удаляем удалите снимаем сняли снимите",
        ),
        (ru_grammar.TAKE_VERB, "забираю забираем забирайте заберите"),
    ],
)
def test_verb_table_when_built_then_each_form_of_both_aspects(pattern: str, forms: str) -> None:
    compiled = re.compile(pattern)
    missing = [form for form in forms.split() if compiled.fullmatch(form) is None]
    assert not missing, missing
    # A word the verb only begins is not one of its forms.
    assert compiled.fullmatch(forms.split()[0] + "щик") is None
