"""Follow-ups that offer a choice or name the kinds of order (issue 13, session 11), through the
public parser: "Book partial at +100% or move SL to entry" leaves the choice to the reader (no
action), and a lesson's "ALWAYS set Stop-Loss/Take-Profit" moves no stop. Near misses: the same
actions asked outright are read as ever."""

from __future__ import annotations

from parsers import EnhancedParser

PARSER = EnhancedParser(enable_ai=False)

_LESSON = (
    "Leverage 101: how it amplifies everything\n\n"
    "• Definition: borrow funds to multiply position size\n"
    "• Margin: your deposit (collateral)\n\n"
    "Golden Rules:\n\n  • Start 3x max\n\n  • {}\n\n  • Demo 1 month first\n\n"
    "$TURBO $ARC"
)


def test_parse_update_when_stop_and_target_are_named_as_a_pair_then_no_stop_moves() -> None:
    for rule in ("ALWAYS set Stop-Loss/Take-Profit", "Always put a SL and TP on every trade"):
        assert PARSER.parse_update_sync(_LESSON.format(rule)) is None, rule
    # (Near misses: a stop moved to a level, or to the entry, is read.)
    update = PARSER.parse_update_sync("#BTC move SL to 63200")
    assert update is not None and (update.kind.value, update.price) == ("MOVE_SL", 63200)
    update = PARSER.parse_update_sync("#ETH set SL to entry now")
    assert update is not None and (update.kind.value, update.to_entry) == ("MOVE_SL", True)


def test_parse_update_when_the_post_offers_a_choice_of_actions_then_none_is_taken() -> None:
    for post in (
        "#XTZ up 98% from the entry. Book partial at +100% or move SL to entry.",
        "#SOL TP1 done: close 50% or move the stop to breakeven, your call",
        "#BTC закройте половину или переставьте стоп в безубыток",
    ):
        assert PARSER.parse_update_sync(post) is None, post
    # (Near misses: both asked, in English and in Portuguese, where "o" is "the".)
    update = PARSER.parse_update_sync("#SOL TP1 done: close 50% and move the stop to breakeven")
    assert update is not None and update.kind.value == "CLOSE_PARTIAL"
    assert update.then is not None and update.then.value == "MOVE_SL" and update.fraction == 0.5
    update = PARSER.parse_update_sync(
        "#SOL Alvo 1 atingido. Realize 50% da posição e mova o stop para o ponto de entrada"
    )
    assert update is not None and (update.kind.value, update.to_entry) == ("MOVE_SL", True)
