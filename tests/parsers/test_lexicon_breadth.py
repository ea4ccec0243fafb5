"""Issue 13, session 12: the lexicon of every language a channel may write in, and what the lexicon
harness (tests/parsers/mutations_lexicon.py) found before it was complete.

On main before this work the harness (seed 13) read 9,591 of 13,000 posts right: 3,324 refused
or not read, 23 traded with their targets left out (under "Prise de profit", "Gewinnmitnahme 1:",
"Ambil untung 1:", "جني الأرباح 1:"), 46 traded without targets named by a phrase no row holds,
16 partial closes read as full ones. On that parser 60 of the tests below fail; the near misses
pass on both (and two cases it already read: "Zorblat 1:" over a stop, "Pindahkan SL ke entry").
"""

from __future__ import annotations

import pytest

from parsers import EnhancedParser
from tests.parsers.mutations_lexicon import RIGHT, cases, judge

PARSER = EnhancedParser(enable_ai=False)


@pytest.mark.parametrize("seed", [13, 2])
def test_every_language_reads_every_dev_signal_and_follow_up(seed: int) -> None:
    """Every dev signal in each language's words (and mixed), every dev follow-up in each
    language's status words, and every signal whose targets carry a phrase no row holds: read
    exactly (the last: or refused). Never a wrong trade or a wrong action, and no miss."""
    bad = []
    for c in cases(seed):
        verdict, detail = judge(PARSER, c)
        if verdict != RIGHT:
            bad.append(f"{verdict} {c.case_id} {c.family}:{c.language}: {detail}\n{c.text}")
    assert not bad, f"{len(bad)} not read right, first:\n" + "\n".join(bad[:5])


def _sig(text: str):  # type: ignore[no-untyped-def]
    return PARSER.parse_sync(text)


@pytest.mark.parametrize(
    "label",
    ["Gewinnrealisierung", "Realização de lucro", "Получение прибыли", "Zorblat"],
)
@pytest.mark.parametrize("stop", ["\nStop Loss: 16", ""])
def test_unknown_label_with_an_index_is_no_ratio(label: str, stop: str) -> None:
    """ "Gewinnrealisierung 1: 19.9": a label nobody knows, its index and a target. "1: 19.9"
    was read as a ratio, the targets left out and the signal traded."""
    text = f"ICP/USDT LONG\nEntry: 19.5\n{label} 1: 19.9\n{label} 2: 20.5{stop}"
    sig = _sig(text)
    assert sig is None or not sig.is_valid(), sig


def test_a_ratio_line_stays_a_ratio() -> None:
    """Near miss: a line naming its ratio ("R:R 1: 3", "Risk reward 1: 2") is no label."""
    for note in ("R:R 1: 3", "Risk reward 1: 2"):
        sig = _sig(f"ICP/USDT LONG\nEntry: 2.5\nTarget: 3\nStop Loss: 2.2\n{note}")
        assert sig is not None and sig.is_valid(), (note, sig and sig.problems())
        assert sig.take_profits == [3.0]


@pytest.mark.parametrize("label", ["Toma de profit", "Realizar profit", "Zorblat profit"])
def test_profit_after_another_word_is_no_note(label: str) -> None:
    """ "Toma de profit - 0.477, 0.49": targets under words the lexicon lacks; the note label
    "profit" inside them read their prices as a note and the signal was traded without them."""
    sig = _sig(f"MANA/USDT LONG\nEntry: 0.418\n{label} - 0.477, 0.49, 0.51\nStop: 0.394")
    assert sig is None or not sig.is_valid(), sig


def test_profit_note_on_its_own_line_stays_a_note() -> None:
    """Near miss: "Profit: 12%" opening its line is the note it always was."""
    sig = _sig("MANA/USDT LONG\nEntry: 0.418\nTargets: 0.477, 0.49\nProfit: 12%\nStop: 0.394")
    assert sig is not None and sig.is_valid()
    assert sig.take_profits == [0.477, 0.49]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Prise de profit 1: 0.477\nPrise de profit 2: 0.49", [0.477, 0.49]),
        ("Gewinnmitnahme 1: 0.477\nGewinnmitnahme 2: 0.49", [0.477, 0.49]),
        ("Ambil untung: 0.477, 0.49", [0.477, 0.49]),
        ("جني الأرباح 1: 0.477\nجني الأرباح 2: 0.49", [0.477, 0.49]),
    ],
)
def test_take_profit_labels_of_other_languages(text: str, targets: list[float]) -> None:
    sig = _sig(f"MANA/USDT LONG\nEntry: 0.418\n{text}\nStop: 0.394")
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sig.take_profits == targets


def test_turkish_buy_zone_is_the_long_entry() -> None:
    sig = _sig("SOL/USDT Alış\nAlım bölgesi: 87.54 / 88.51\nHedef: 89.22 / 90.35\nZarar kes: 84.63")
    assert sig is not None and sig.is_valid(), sig and sig.problems()
    assert sorted(sig.entries) == [87.54, 88.51]


@pytest.mark.parametrize(
    ("text", "kind", "field"),
    [
        ("#SOL/USDT\nStop-Loss ausgelöst", "SL_HIT", None),
        ("#SOL/USDT Stop loss alcanzado", "SL_HIT", None),
        ("#SOL/USDT Stop loss touché", "SL_HIT", None),
        ("#SOL/USDT Stop loss colpito", "SL_HIT", None),
        ("#SOL/USDT Kena SL", "SL_HIT", None),
        ("#SOL/USDT Dính SL", "SL_HIT", None),
        ("#SOL/USDT استاپ خورد", "SL_HIT", None),
        ("#SOL/USDT ضرب الستوب", "SL_HIT", None),
        ("#SOL/USDT 손절 완료", "SL_HIT", None),
        ("#SOL/USDT\nObjectif 2 atteint ✅", "TP_HIT", 2),
        ("#SOL/USDT\nObiettivo 3 raggiunto ✅", "TP_HIT", 3),
        ("#SOL/USDT\nتارگت 2 خورد", "TP_HIT", 2),
        ("#SOL/USDT\n2. hedef geldi ✅", "TP_HIT", 2),
        ("#SOL/USDT\n利確2 達成 ✅", "TP_HIT", 2),
        ("#SOL/USDT\n목표가 2 달성 ✅", "TP_HIT", 2),
        ("#SOL/USDT\nChốt lời 2 ✅", "TP_HIT", 2),
        ("#SOL/USDT Fermer la position", "CLOSE", None),
        ("#SOL/USDT Chiudiamo la posizione", "CLOSE", None),
        ("#SOL/USDT Tutup posisi", "CLOSE", None),
        ("#SOL/USDT Fechamos a operação", "CLOSE", None),
        ("#SOL/USDT İşlemi kapatıyoruz", "CLOSE", None),
        ("#SOL/USDT ポジション決済", "CLOSE", None),
        ("#SOL/USDT Signal annulé", "CANCEL", None),
        ("#SOL/USDT Segnale annullato", "CANCEL", None),
        ("#SOL/USDT Sinyal dibatalkan", "CANCEL", None),
        ("#SOL/USDT تم إلغاء الصفقة", "CANCEL", None),
        ("#SOL/USDT シグナルキャンセル", "CANCEL", None),
        ("#SOL/USDT Déplacer le stop au point d'entrée", "MOVE_SL", True),
        ("#SOL/USDT Pindahkan SL ke entry", "MOVE_SL", True),
        ("#SOL/USDT ریسک فری کنید", "MOVE_SL", True),
        ("#SOL/USDT 損切りを建値に移動", "MOVE_SL", True),
        ("#SOL/USDT 손절가 본절로 이동", "MOVE_SL", True),
    ],
)
def test_status_words_of_other_languages(text: str, kind: str, field: object) -> None:
    sig = PARSER.parse_sync(text)
    assert sig is None or not sig.is_valid()
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == kind, update
    assert update.symbol == "SOLUSDT"
    if kind == "TP_HIT":
        assert update.tp_index == field
    if kind == "MOVE_SL":
        assert update.to_entry is True


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: the words in a sentence about the market, no instruction.
        "#SOL il prezzo ha raggiunto la resistenza, aspettiamo",
        "#SOL le prix a atteint la résistance",
        "#SOL Kursziel erreicht? Noch nicht, wir warten.",
    ],
)
def test_market_sentences_are_no_stop_hit(text: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is None or update.kind.value not in ("SL_HIT", "CLOSE", "CANCEL", "MOVE_SL")


@pytest.mark.parametrize(
    ("text", "fraction"),
    [
        ("#SOL/USDT\n30% der Position schließen", 0.3),
        ("#SOL/USDT\n30% پوزیشن را ببندید", 0.3),
        ("#SOL/USDT\nポジションの30%を決済", 0.3),
        ("#SOL/USDT\nPozisyonun %30 kısmını kapatın", 0.3),
        ("#SOL/USDT\n%30 kapatın", 0.3),
        ("#SOL/USDT\n포지션 30% 종료", 0.3),
        ("#SOL/USDT\n30% पोजीशन बंद करें", 0.3),
        ("#SOL/USDT\nChốt 50% lệnh", 0.5),
    ],
)
def test_share_before_the_verb_is_a_partial_close(text: str, fraction: float) -> None:
    """Languages that put the verb last write the share before it: read as a full close before
    (a wrong action: the whole position closed where the channel closed 30%)."""
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "CLOSE_PARTIAL", update
    assert update.fraction == fraction


@pytest.mark.parametrize("text", ["#SOL/USDT +30% закрыли", "#SOL/USDT Closed +30% 🚀"])
def test_a_gain_before_the_close_is_no_share(text: str) -> None:
    """Near miss: "+30%" before a close is what the trade made, not the share closed."""
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == "CLOSE", update


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("#SOL/USDT Словили стоп", "SL_HIT"),
        ("#SOL/USDT Выходим из сделки", "CLOSE"),
        ("#SOL/USDT\nЦель 2 выполнена", "TP_HIT"),
        ("#SOL/USDT\n目标2已到", "TP_HIT"),
    ],
)
def test_more_russian_and_chinese_follow_ups(text: str, kind: str) -> None:
    update = PARSER.parse_update_sync(text)
    assert update is not None and update.kind.value == kind, update
