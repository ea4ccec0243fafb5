"""Candles as numpy arrays: CSV loading (ISO-8601 or epoch-ms timestamps, .csv or .csv.gz) and
saving."""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from engine.backtest.candle_csv import COLUMNS, parse_time, read_columns, read_rows, read_text
from engine.errors import ConfigError

__all__ = ["COLUMNS", "Candles", "load_candles", "load_csv", "parse_time", "save_csv"]


@dataclass
class Candles:
    """One symbol's OHLCV bars, sorted by open time (epoch seconds, float64)."""

    symbol: str
    ts: np.ndarray
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray
    decimals: int = 8  # price precision seen in the data

    def __len__(self) -> int:
        return int(self.ts.shape[0])

    def between(self, start: float | None, end: float | None) -> Candles:
        """Bars with start <= open time < end (either bound optional)."""
        i = 0 if start is None else int(np.searchsorted(self.ts, start, "left"))
        j = len(self) if end is None else int(np.searchsorted(self.ts, end, "left"))
        s = slice(i, j)
        return Candles(
            self.symbol,
            self.ts[s],
            self.open[s],
            self.high[s],
            self.low[s],
            self.close[s],
            self.volume[s],
            self.decimals,
        )


def symbol_from_path(path: Path) -> str:
    """BTCUSDT.csv (or BTCUSDT.csv.gz) -> "BTCUSDT"."""
    name = path.name
    for ext in (".gz", ".csv"):
        if name.lower().endswith(ext):
            name = name[: -len(ext)]
    return name.upper()


def is_candle_file(path: Path) -> bool:
    """A .csv or .csv.gz file."""
    return path.name.lower().endswith((".csv", ".csv.gz"))


def load_csv(path: str | Path, symbol: str | None = None) -> Candles:
    """Read a timestamp,open,high,low,close,volume CSV (with a header; .csv.gz too)."""
    p = Path(path)
    text = read_text(p)
    cols = read_columns(text)
    arr, dec = cols if cols is not None else read_rows(text, p)
    order = np.argsort(arr[:, 0], kind="stable")
    arr = arr[order]
    if len(arr) > 1:
        keep = np.concatenate(([True], np.diff(arr[:, 0]) > 0))  # drop duplicate timestamps
        arr = arr[keep]
    bad = ~np.isfinite(arr[:, 1:5]).all(axis=1) | (arr[:, 2] < arr[:, 3])
    if bad.any():
        raise ConfigError(
            f"{p}: {int(bad.sum())} bars with NaN prices or high < low", "Clean the file first."
        )
    return Candles(
        symbol or symbol_from_path(p),
        arr[:, 0].copy(),
        arr[:, 1].copy(),
        arr[:, 2].copy(),
        arr[:, 3].copy(),
        arr[:, 4].copy(),
        arr[:, 5].copy(),
        min(dec, 8),
    )


def load_candles(path: str | Path, symbol: str | None = None) -> dict[str, Candles]:
    """A folder of SYMBOL.csv files, or one file (named by `symbol` or its file name)."""
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.iterdir() if is_candle_file(f))
        if symbol:
            files = [f for f in files if symbol_from_path(f) == symbol.upper().replace("/", "")]
        if not files:
            raise ConfigError(
                f"no candle CSV files in {p}",
                "Put one SYMBOL.csv per symbol there (e.g. BTCUSDT.csv).",
            )
        names = [symbol_from_path(f) for f in files]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ConfigError(
                f"{p} holds two files for {', '.join(twice)} (.csv and .csv.gz)",
                "Keep one file per symbol.",
            )
        return {c.symbol: c for c in (load_csv(f) for f in files)}
    c = load_csv(p, symbol.upper().replace("/", "") if symbol else None)
    return {c.symbol: c}


def save_csv(path: str | Path, candles: Candles) -> None:
    """Write candles as CSV with ISO-8601 UTC timestamps."""
    with Path(path).open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for row in zip(
            candles.ts.tolist(),
            candles.open.tolist(),
            candles.high.tolist(),
            candles.low.tolist(),
            candles.close.tolist(),
            candles.volume.tolist(),
            strict=True,
        ):
            iso = datetime.fromtimestamp(row[0], UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            w.writerow([iso, *(repr(x) for x in row[1:])])


def price_step_for(decimals: int) -> float:
    """The tick a price with this many decimals implies."""
    return math.pow(10, -decimals)
