"""The row-by-row candle CSV loader as it was before the columnar reader (reference for tests).

Kept verbatim (but for the Candles it returns) so that a test can check that the columnar
loader reads exactly what this one read. Not used by the project.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from engine.backtest.candles import COLUMNS, Candles, parse_time, symbol_from_path
from engine.errors import ConfigError


def _decimals(text: str) -> int:
    return len(text.split(".", 1)[1].rstrip("0")) if "." in text else 0


def legacy_load_csv(path: str | Path, symbol: str | None = None) -> Candles:
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
