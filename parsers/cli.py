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


def main(argv: list[str] | None = None) -> int:
    """Entry point: returns 0 when a signal or update was read, 1 when not, 2 on bad usage."""
    ap = argparse.ArgumentParser(prog="sigcopy parse", description="Parse a signal message.")
    ap.add_argument("text", nargs="*", help="message text; read from stdin when omitted")
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in and args_in[0] == "parse":  # allow "sigcopy parse ..." to pass its argv as is
        args_in = args_in[1:]
    args = ap.parse_args(args_in)
    text = " ".join(args.text) if args.text else sys.stdin.read()
    if not text.strip():
        print('no text given: run `sigcopy parse "LONG BTC ..."` or pipe it in', file=sys.stderr)
        return 2
    result = parse_to_json(text)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0 if result.get("signal") or result.get("update") else 1
