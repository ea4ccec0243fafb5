"""The columnar candle reader reads exactly what the row-by-row loader read, and names bad lines."""

from __future__ import annotations

import gzip
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.backtest.candle_csv import _decimals, decimals_of, read_columns
from engine.backtest.candles import Candles, load_candles, load_csv
from engine.backtest.cli import main
from engine.errors import ConfigError
from tests.backtest.helpers import CANDLES, FIXTURES
from tests.backtest.legacy_candles import legacy_load_csv

START = 1_528_000_000


def _same(a: Candles, b: Candles) -> None:
    assert (a.symbol, a.decimals, len(a)) == (b.symbol, b.decimals, len(b))
    for f in ("ts", "open", "high", "low", "close", "volume"):
        np.testing.assert_array_equal(getattr(a, f), getattr(b, f), err_msg=f)


def _outcome(load, path: Path) -> Candles | str:  # type: ignore[no-untyped-def]
    try:
        return load(path)  # type: ignore[no-any-return]
    except ConfigError:
        return "error"


@pytest.mark.parametrize("name", ["BTCUSD.csv", "ETHUSD.csv"])
def test_load_csv_when_fixture_then_columnar_path_reads_what_the_row_loader_read(
    name: str,
) -> None:
    path = CANDLES / name
    assert read_columns(path.read_text(encoding="utf-8")) is not None  # the fast path is taken
    _same(load_csv(path), legacy_load_csv(path))


def test_load_csv_when_gzip_then_same_candles_as_the_plain_file(tmp_path: Path) -> None:
    full = FIXTURES / "candles_full" / "BTCUSD.csv.gz"
    plain = tmp_path / "BTCUSD.csv"
    plain.write_bytes(gzip.decompress(full.read_bytes()))
    c = load_csv(full)
    assert len(c) == 35_019 and c.symbol == "BTCUSD"
    _same(c, legacy_load_csv(plain))


def _iso(t: float, fmt: str) -> str:
    d = datetime.fromtimestamp(t, UTC)
    return {
        "iso_z": d.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "iso": d.strftime("%Y-%m-%dT%H:%M:%S"),
        "iso_space": d.strftime("%Y-%m-%d %H:%M:%S"),
        "iso_offset": d.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
        "iso_minutes": d.strftime("%Y-%m-%dT%H:%M"),
        "ms": str(int(t * 1000)),
        "s": str(int(t)),
        "s_float": f"{t:.1f}",
    }[fmt]


TIME_FORMATS = ("iso_z", "iso", "iso_space", "iso_offset", "iso_minutes", "ms", "s", "s_float")
HEADERS = (
    "timestamp,open,high,low,close,volume",
    "Timestamp, Open ,HIGH,low,close,Volume",
    "timestamp,open,high,low,close",
    "timestamp,open,high,low,close,volume,trades",
    "time,open,high,low,close,volume",  # wrong: both refuse it
)
ODD = ("", " ", "abc", "nan", "1_000", " 7.5 ", "inf")


@st.composite
def csv_files(draw: st.DrawFn) -> str:
    """A candle CSV with the variants the loader accepted, and some it refused."""
    header = draw(st.sampled_from(HEADERS))
    ncols = draw(st.sampled_from((5, 6, 7)))
    fmt = draw(st.sampled_from(TIME_FORMATS))
    mixed = draw(st.booleans()) and draw(st.booleans())
    n = draw(st.integers(0, 25))
    dec = draw(st.integers(0, 9))
    lines = [header]
    for i in range(n):
        t = START + 1800 * draw(st.integers(0, 40)) if draw(st.booleans()) else START + 1800 * i
        o = draw(st.floats(1, 1e5))
        c = draw(st.floats(1, 1e5))
        h = max(o, c) * (1 + draw(st.floats(0, 0.01)))
        lo = min(o, c) * (1 - draw(st.floats(0, 0.01)))
        if draw(st.integers(0, 30)) == 0:
            h, lo = lo * 0.5, h  # high < low
        f = draw(st.sampled_from(TIME_FORMATS)) if mixed else fmt
        row = [_iso(t, f), *(f"{x:.{dec}f}" for x in (o, h, lo, c))]
        row.append(draw(st.sampled_from(("12.5", "0", "", "3")))) if ncols > 5 else None
        row.append("x") if ncols > 6 else None
        if draw(st.integers(0, 25)) == 0:
            row[draw(st.integers(0, len(row) - 1))] = draw(st.sampled_from(ODD))
        if draw(st.integers(0, 30)) == 0:
            row = row[: draw(st.integers(1, len(row)))]  # a short row
        lines.append(",".join(row))
        if draw(st.integers(0, 15)) == 0:
            lines.append("")
    eol = draw(st.sampled_from(("\n", "\r\n")))
    return eol.join(lines) + (eol if draw(st.booleans()) else "")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=csv_files())
def test_load_csv_when_any_file_then_same_candles_or_same_refusal_as_the_row_loader(
    text: str,
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "BTCUSDT.csv"
        path.write_bytes(text.encode("utf-8"))
        new, old = _outcome(load_csv, path), _outcome(legacy_load_csv, path)
    if isinstance(old, str) or isinstance(new, str):
        assert new == old
    else:
        _same(new, old)


# A price as a file may write it: the language of  ` ?[0-9]{1,6}(\.[0-9]{0,9})?([eE]-?[0-9])? ?`,
# built from its parts (st.from_regex drew the same strings some ten times slower).
_DIGITS = "0123456789"
NUMBER = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(("", " ")),
        st.text(_DIGITS, min_size=1, max_size=6),
        st.one_of(st.just(""), st.text(_DIGITS, max_size=9).map(".".__add__)),
        st.one_of(
            st.just(""),
            st.tuples(
                st.sampled_from("eE"), st.sampled_from(("", "-")), st.sampled_from(_DIGITS)
            ).map("".join),
        ),
        st.sampled_from(("", " ")),
    ),
)


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.lists(NUMBER, min_size=5, max_size=7), max_size=12), blank=st.booleans())
def test_price_decimals_when_read_in_one_pass_then_as_counted_field_by_field(
    rows: list[list[str]], blank: bool
) -> None:
    lines = [",".join(["2020-01-01T00:00:00Z", *r[1:]]) for r in rows]
    text = ("\n\n" if blank else "\n").join(lines)
    expected = max((decimals_of(x) for r in rows for x in r[1:5]), default=0)
    assert _decimals(text) == expected


@pytest.mark.parametrize("fmt", ["iso_z", "iso", "iso_space", "ms", "s", "s_float"])
@pytest.mark.parametrize("ncols", [5, 6, 8])
@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_read_columns_when_regular_file_then_fast_path_matches_the_row_loader(
    tmp_path: Path, fmt: str, ncols: int, eol: str
) -> None:
    head = "timestamp,open,high,low,close,volume,a,b"
    rows = [head.split(",")[:ncols]]
    for i in range(50):
        rows.append([_iso(START + 1800 * i, fmt), "100.5", "101.25", "99", "100.10", "7", "a", "b"])
        rows[-1] = rows[-1][:ncols]
    text = (
        eol.join(",".join(r) for r in rows[:20])
        + eol
        + eol
        + eol.join(",".join(r) for r in rows[20:])
    )
    path = tmp_path / "ETHUSDT.csv"
    path.write_text(text, encoding="utf-8", newline="")
    assert read_columns(text) is not None
    _same(load_csv(path), legacy_load_csv(path))
    assert load_csv(path).decimals == 2


@pytest.mark.parametrize(
    ("row", "says"),
    [
        ("2018-06-01T01:00:00Z,100,,99,100,1", "line 4: high missing"),
        ("2018-06-01T01:00:00Z,100,abc,99,100,1", "line 4: high 'abc' is not a number"),
        ("2018-02-30T01:00:00Z,100,101,99,100,1", "line 4: timestamp unreadable time"),
        ("2018-06-01T01:00:00Z,100,101", "line 4: 3 fields, expected at least 5"),
        ("2018-06-01T01:00:00Z,100,101,99,100,lots", "line 4: volume 'lots' is not a number"),
    ],
)
def test_backtest_when_bad_csv_line_then_error_names_the_line_and_what_is_wrong(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    row: str,
    says: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    good = "2018-06-01T00:{m}:00Z,100,101,99,100,1"
    path = tmp_path / "BTCUSDT.csv"
    lines = ["timestamp,open,high,low,close,volume", good.format(m="00"), good.format(m="30"), row]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_csv(path)
    assert says in str(err.value)
    code = main(
        [
            "backtest",
            "--candles",
            str(path),
            "--signals",
            str(FIXTURES / "backtest" / "signals.jsonl"),
        ]
    )
    assert code == 1
    out = capsys.readouterr().err
    assert says in out and "remove that line" in out and "Traceback" not in out


def test_load_candles_when_folder_has_csv_and_gz_of_one_symbol_then_clear_error(
    tmp_path: Path,
) -> None:
    src = (CANDLES / "BTCUSD.csv").read_bytes()
    (tmp_path / "BTCUSD.csv").write_bytes(src)
    (tmp_path / "BTCUSD.csv.gz").write_bytes(gzip.compress(src))
    with pytest.raises(ConfigError, match="two files for BTCUSD"):
        load_candles(tmp_path)
    (tmp_path / "BTCUSD.csv").unlink()
    assert len(load_candles(tmp_path)["BTCUSD"]) == 3000


def test_load_csv_when_not_gzip_or_not_utf8_then_clear_error(tmp_path: Path) -> None:
    bad_gz = tmp_path / "BTCUSD.csv.gz"
    bad_gz.write_bytes(b"timestamp,open\n")
    with pytest.raises(ConfigError, match="cannot read candles"):
        load_csv(bad_gz)
    latin = tmp_path / "ETHUSD.csv"
    latin.write_bytes("timestamp,open,high,low,close\n\xe9".encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_csv(latin)
