"""parsers/signal_record.parsed_signal builds what ParsedSignal(...) builds: the same attributes in
the same order, the same defaults, an object equal to it; and the class has nothing (a
__post_init__, slots, its own __init__, a field added) that building it that way would skip."""

from __future__ import annotations

import dataclasses
import inspect

from hypothesis import given
from hypothesis import strategies as st

from parsers.models import ParsedSignal
from parsers.signal_parser import read_signal
from parsers.signal_record import parsed_signal

_ARGS = (
    "symbol",
    "side",
    "entries",
    "take_profits",
    "stop_loss",
    "leverage",
    "raw_text",
    "review",
    "stop_kind",
    "stop_timeframe",
    "norm_spans",
    "norm_unread",
    "norm_text",
    "side_at",
)
_PRICES = st.lists(st.floats(allow_nan=False), max_size=4)
_SPAN = st.tuples(st.integers(0, 500), st.integers(0, 500))
_TEXT = st.text(max_size=30)
_MAYBE = st.none() | _TEXT
_VALUES = st.tuples(
    _TEXT,
    st.none() | st.sampled_from(["LONG", "SHORT"]),
    _PRICES,
    _PRICES,
    st.none() | st.floats(allow_nan=False),
    st.none() | st.integers(1, 200),
    _TEXT,
    st.lists(_TEXT, max_size=3),
    _MAYBE,
    _MAYBE,
    st.dictionaries(_TEXT, st.lists(_SPAN, max_size=3), max_size=3),
    st.lists(_SPAN, max_size=3),
    _TEXT,
    st.integers(-1, 500),
)


@given(_VALUES)
def test_parsed_signal_when_any_arguments_then_as_the_dataclass_builds_it(values: tuple) -> None:
    kwargs = dict(zip(_ARGS, values, strict=True))
    built = parsed_signal(*values)
    expected = ParsedSignal(**kwargs)
    assert type(built) is ParsedSignal
    assert list(vars(built).items()) == list(vars(expected).items())  # order included
    assert built == expected
    assert repr(built) == repr(expected)
    # Its own lists: the defaults are fresh objects, never shared between two signals.
    other = parsed_signal(*values)
    assert other.errors is not built.errors


def test_parsed_signal_when_the_class_changes_then_this_fails() -> None:
    fields = dataclasses.fields(ParsedSignal)
    defaults = {f.name for f in fields} - set(_ARGS)
    built = parsed_signal("BTCUSDT", None, [], [], None, None, "", [], None, None, {}, [], "", -1)
    # Every field set; those not passed at the dataclass's own default.
    assert list(vars(built)) == [f.name for f in fields]
    for f in fields:
        if f.name in defaults:
            default = f.default_factory() if callable(f.default_factory) else f.default
            assert getattr(built, f.name) == default, f.name
    # The arguments are the dataclass's own, in its order.
    assert [n for n in inspect.signature(ParsedSignal).parameters if n in _ARGS] == list(_ARGS)
    # Nothing __init__ would run beyond setting the fields.
    assert not hasattr(ParsedSignal, "__post_init__")
    assert not hasattr(ParsedSignal, "__slots__")
    assert ParsedSignal.__init__.__qualname__ == "ParsedSignal.__init__"
    assert ParsedSignal.__init__.__code__.co_filename == "<string>"  # the decorator's own


def test_read_signal_when_a_signal_then_its_result_is_a_plain_parsed_signal() -> None:
    sig = read_signal("#BTC/USDT LONG\nEntry: 27450\nTP1: 28000\nSL: 27000")
    assert sig is not None
    assert sig.symbol == "BTCUSDT" and sig.entries == [27450.0] and sig.stop_loss == 27000.0
    rebuilt = ParsedSignal(**{f.name: getattr(sig, f.name) for f in dataclasses.fields(sig)})
    assert list(vars(sig).items()) == list(vars(rebuilt).items())
