"""Candles as numpy arrays: CSV loading (ISO-8601 or epoch-ms timestamps) and saving."""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from engine.errors import ConfigError

COLUMNS = ("timestamp", "open", "high", "low", "close", "volume")


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


def _decimals(text: str) -> int:
    return len(text.split(".", 1)[1].rstrip("0")) if "." in text else 0


def symbol_from_path(path: Path) -> str:
    """BTCUSDT.csv -> "BTCUSDT"."""
    return path.stem.upper()


def load_csv(path: str | Path, symbol: str | None = None) -> Candles:
    """Read a timestamp,open,high,low,close,volume CSV (with a header)."""
    p = Path(path)
    rows: list[tuple[float, float, float, float, float, float]] = []
    dec = 0
    try:
        fh = p.open(newline="", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read candles {p}: {exc}", "Check the --candles path.") from exc
    with fh:
        reader = csv.reader(fh)
        header = [h.strip().lower() for h in next(reader, [])]
        if header[:5] != list(COLUMNS[:5]):
            raise ConfigError(
                f"{p}: expected header {','.join(COLUMNS)}, got {','.join(header)}",
                "Write the candles as timestamp,open,high,low,close,volume.",
            )
        for n, row in enumerate(reader, 2):
            if not row:
                continue
            try:
                o, h, lo, c = (float(x) for x in row[1:5])
                vol = float(row[5]) if len(row) > 5 and row[5] else 0.0
                if n < 2000:
                    dec = max(dec, *(_decimals(x) for x in row[1:5]))
                rows.append((parse_time(row[0]), o, h, lo, c, vol))
            except (ValueError, ConfigError) as exc:
                raise ConfigError(f"{p} line {n}: {exc}", "Fix or remove that line.") from exc
    arr = np.array(rows, dtype=np.float64).reshape(-1, 6)
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
        files = sorted(f for f in p.iterdir() if f.suffix.lower() == ".csv")
        if symbol:
            files = [f for f in files if symbol_from_path(f) == symbol.upper().replace("/", "")]
        if not files:
            raise ConfigError(
                f"no candle CSV files in {p}",
                "Put one SYMBOL.csv per symbol there (e.g. BTCUSDT.csv).",
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
