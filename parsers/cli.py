"""`sigcopy parse "text"` (or text on stdin): print what the parser reads, as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from parsers.enhanced import EnhancedParser


def parse_to_json(text: str, parser: EnhancedParser | None = None) -> dict[str, Any]:
    """The JSON result for one message: a signal, an update, or a reason it is neither."""
    parser = parser or EnhancedParser()
    sig = parser.parse_sync(text)
    if sig is not None:
        return {"signal": sig.to_dict()}
    update = parser.parse_update_sync(text)
    if update is not None:
        return {"signal": None, "update": update.to_dict()}
    return {
        "signal": None,
        "reason": "not a trade signal: no symbol with a side and entry, targets or stop found",
    }


_FIELDS = ("symbol", "side", "entries", "take_profits", "stop_loss", "leverage")


def explain(text: str, parser: EnhancedParser | None = None) -> str:
    """Each field read, with the span of the message it was read from, and what was not read."""
    parser = parser or EnhancedParser()
    sig = parser.parse_sync(text)
    if sig is None:
        update = parser.parse_update_sync(text)
        if update is not None:
            return f"an update: {json.dumps(update.to_dict(), ensure_ascii=False)}"
        return "not a trade signal: no symbol with a side and entry, targets or stop found"
    status = "valid" if sig.is_valid() else ("NEEDS REVIEW" if sig.needs_review else "invalid")
    lines = [f"{sig.side} {sig.symbol} ({status})"]
    spans = sig.spans
    for name in _FIELDS:
        value = getattr(sig, name)
        values = value if isinstance(value, list) else [] if value is None else [value]
        where = spans.get(name, [])
        if not values:
            market = name == "entries" and sig.is_valid()
            lines.append(f"  {name:13} —" + ("  (market)" if market else ""))
        for i, v in enumerate(values):
            label = f"{name}[{i + 1}]" if isinstance(value, list) else name
            if i < len(where):
                a, b = where[i]
                lines.append(f"  {label:13} {v!s:14} chars {a}-{b}  {text[a:b]!r}")
            else:
                lines.append(f"  {label:13} {v!s:14} (inferred, not read from the text)")
    if sig.stop_kind == "candle_close":
        tf = f" on the {sig.stop_timeframe} chart" if sig.stop_timeframe else ""
        lines.append(f"  stop meant as a candle close beyond the level{tf}")
    for reason in sig.review:
        lines.append(f"  needs review: {reason}")
    for a, b in sig.unread:
        lines.append(f"  not read: chars {a}-{b}  {text[a:b]!r}")
    for error in sig.errors:
        lines.append(f"  error: {error}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Entry point: returns 0 when a signal or update was read, 1 when not, 2 on bad usage."""
    ap = argparse.ArgumentParser(prog="sigcopy parse", description="Parse a signal message.")
    ap.add_argument("text", nargs="*", help="message text; read from stdin when omitted")
    ap.add_argument(
        "--explain", action="store_true", help="show where in the text each field was read"
    )
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in and args_in[0] == "parse":  # allow "sigcopy parse ..." to pass its argv as is
        args_in = args_in[1:]
    args = ap.parse_args(args_in)
    text = " ".join(args.text) if args.text else sys.stdin.read()
    if not text.strip():
        print('no text given: run `sigcopy parse "LONG BTC ..."` or pipe it in', file=sys.stderr)
        return 2
    result = parse_to_json(text)
    if args.explain:
        print(explain(text))
    else:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0 if result.get("signal") or result.get("update") else 1
