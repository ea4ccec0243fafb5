"""Candle CSV text to columns: a columnar reader for regular files, a row reader for the rest.

The columnar reader splits the whole text at once and converts each column in one pass (numbers
with Python's own float(), ISO-8601 times through numpy's datetime parser after a check of their
shape). It accepts only files it reads exactly as the row reader would; anything else (quotes,
ragged rows, mixed time formats, a bad value) goes to the row reader, which reads what it can and
names the line of what it cannot.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from engine.errors import ConfigError

COLUMNS = ("timestamp", "open", "high", "low", "close", "volume")
DECIMALS_ROWS = 1998  # the price precision is read from the first rows
_FIX = "Fix or remove that line."


def parse_time(value: str | float | int) -> float:
    """Epoch seconds from ISO-8601 (naive means UTC), epoch ms, or epoch seconds."""
    if isinstance(value, int | float):
        v = float(value)
    else:
        text = str(value).strip()
        try:
            v = float(text)
        except ValueError:
            try:
                dt = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T"))
            except ValueError as exc:
                raise ConfigError(
                    f"unreadable time {text!r}", "Use ISO-8601 (2019-01-31T12:00:00Z) or epoch ms."
                ) from exc
            if dt.tzinfo is None:
                dt = dt.replace(tzinfo=UTC)
            return dt.timestamp()
    # Epoch milliseconds are > 1e11 for any date after 1973; seconds are below.
    return v / 1000.0 if abs(v) > 1e11 else v


def decimals_of(text: str) -> int:
    """Digits after the point of a number as written ("7485.90" -> 1)."""
    return len(text.split(".", 1)[1].rstrip("0")) if "." in text else 0


def read_text(path: Path) -> str:
    """The file's text (gzip-compressed when its name ends in .gz)."""
    try:
        raw = path.read_bytes()
        if path.suffix.lower() == ".gz":
            raw = gzip.decompress(raw)
        return raw.decode("utf-8")
    except OSError as exc:  # gzip.BadGzipFile is an OSError
        raise ConfigError(
            f"cannot read candles {path}: {exc}", "Check the --candles path."
        ) from exc
    except (UnicodeDecodeError, EOFError) as exc:
        raise ConfigError(
            f"cannot read candles {path}: not UTF-8 CSV text ({exc})",
            "Save the candles as a UTF-8 CSV (optionally gzip-compressed, named .csv.gz).",
        ) from exc


def check_header(path: Path, header: list[str]) -> None:
    """timestamp,open,high,low,close first (any case, spaces around names allowed)."""
    names = [h.strip().lower() for h in header]
    if names[:5] != list(COLUMNS[:5]):
        raise ConfigError(
            f"{path}: expected header {','.join(COLUMNS)}, got {','.join(names)}",
            "Write the candles as timestamp,open,high,low,close,volume.",
        )


# -- the columnar reader --------------------------------------------------------------------------
_TIME_WIDTH = 64  # a time field longer than this is left to the row reader


def _iso_times(a: np.ndarray) -> np.ndarray | None:
    """YYYY-MM-DDTHH:MM:SS[Z] (T or a space), every one alike, as epoch seconds; else None."""
    width = a.dtype.itemsize
    if width not in (19, 20) or not a.size:
        return None
    m = a.view(np.uint8).reshape(a.size, width)
    if width == 20 and not (m[:, 19] == ord("Z")).all():
        return None  # shorter ones are NUL-padded, and anything but Z is not this shape
    digits = m[:, [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]]
    if not (
        ((digits >= ord("0")) & (digits <= ord("9"))).all()
        and (m[:, [4, 7]] == ord("-")).all()
        and (m[:, [13, 16]] == ord(":")).all()
        and ((m[:, 10] == ord("T")) | (m[:, 10] == ord(" "))).all()
    ):
        return None
    m = m[:, :19].copy()
    m[:, 10] = ord("T")
    try:  # numpy checks the ranges (month, day of month, hour...) as fromisoformat does
        t = m.view("S19").ravel().astype("datetime64[s]")
    except ValueError:
        return None
    return t.astype(np.int64).astype(np.float64)


def _times(raw: np.ndarray) -> np.ndarray | None:
    """Epoch seconds of the time column (bytes), all numbers or all ISO-8601; else None."""
    width = int(np.char.str_len(raw).max()) if raw.size else 0
    if width >= _TIME_WIDTH or width == 0:
        return None
    a = raw.astype(f"S{width}")
    try:
        float(a[0])  # ISO-8601 times fail here, before 35,000 strings are made for float()
    except ValueError:
        return _iso_times(a)
    try:
        v = np.fromiter(map(float, a.tolist()), np.float64, a.size)  # float() as the rows do
    except ValueError:
        return _iso_times(a)
    return np.where(np.abs(v) > 1e11, v / 1000.0, v)


def read_columns(text: str) -> tuple[np.ndarray, int] | None:
    """(rows x 6 array, price decimals) of a regular file with a valid header; None otherwise.

    Regular: no quotes, no lone carriage returns, every row with the same number of fields (at
    least 5; beyond the sixth any number), every number one numpy reads (a subset of what
    float() reads, to the same value), every time in one format. Blank lines are skipped, as the
    row reader skips them.
    """
    if '"' in text:
        return None
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            return None
    head = text.split("\n", DECIMALS_ROWS + 1)
    if [h.strip().lower() for h in head[0].split(",")[:5]] != list(COLUMNS[:5]):
        return None
    first = next((ln for ln in head[1:] if ln), None)
    if first is None:
        return None
    k = first.count(",") + 1
    if k < 5:
        return None
    names = ("t", "o", "h", "l", "c", "v")[: min(k, 6)]
    dtype = np.dtype([(n, f"S{_TIME_WIDTH}" if n == "t" else "f8") for n in names])
    try:
        rec = np.loadtxt(
            io.StringIO(text),
            delimiter=",",
            skiprows=1,
            dtype=dtype,
            comments=None,
            # Five fields: no usecols, so that loadtxt refuses a row with more (whose volume the
            # row reader would read). Six or more: any row with fewer is refused.
            usecols=range(6) if k > 5 else None,
            ndmin=1,
        )
    except ValueError:
        return None
    ts = _times(rec["t"])
    if ts is None:
        return None
    arr = np.empty((len(rec), 6), dtype=np.float64)
    arr[:, 0] = ts
    for i, n in enumerate(("o", "h", "l", "c"), 1):
        arr[:, i] = rec[n]
    arr[:, 5] = rec["v"] if k > 5 else 0.0
    return arr, _decimals("\n".join(head[1 : 1 + DECIMALS_ROWS]))


_PRICES = re.compile(r"^[^,\n]*,([^,\n]*,[^,\n]*,[^,\n]*,[^,\n]*)", re.M)
_FRACTION = re.compile(r"\.([^,]*?)0*(?=,|$)")


def _decimals(lines: str) -> int:
    """The most digits after the point among the open, high, low and close of the lines, as
    decimals_of counts them (trailing zeros are not precision), in two regex passes."""
    prices = ",".join(_PRICES.findall(lines))
    return max(map(len, _FRACTION.findall(prices)), default=0)


# -- the row reader -------------------------------------------------------------------------------
def read_rows(text: str, path: Path) -> tuple[np.ndarray, int]:
    """(rows x 6 array, price decimals), row by row; a bad row is an error naming its line."""
    reader = csv.reader(io.StringIO(text, newline=""))
    check_header(path, next(reader, []))
    rows: list[tuple[float, float, float, float, float, float]] = []
    dec = 0
    for n, row in enumerate(reader, 2):
        if not row:
            continue
        if len(row) < 5:
            raise ConfigError(
                f"{path} line {n}: {len(row)} fields, expected at least 5 ({','.join(COLUMNS)})",
                _FIX,
            )
        vals = []
        for name, x in zip(COLUMNS[1:5], row[1:5], strict=True):
            try:
                vals.append(float(x))
            except ValueError:
                what = "missing" if not x.strip() else f"{x!r} is not a number"
                raise ConfigError(f"{path} line {n}: {name} {what}", _FIX) from None
        try:
            vol = float(row[5]) if len(row) > 5 and row[5] else 0.0
        except ValueError:
            raise ConfigError(f"{path} line {n}: volume {row[5]!r} is not a number", _FIX) from None
        try:
            t = parse_time(row[0])
        except ConfigError as exc:
            raise ConfigError(
                f"{path} line {n}: timestamp {exc}",
                "Write it as ISO-8601 (2019-01-31T12:00:00Z) or epoch ms, or remove that line.",
            ) from exc
        if n < DECIMALS_ROWS + 2:
            dec = max(dec, *(decimals_of(x) for x in row[1:5]))
        rows.append((t, *vals, vol))  # type: ignore[arg-type]
    return np.array(rows, dtype=np.float64).reshape(-1, 6), dec
