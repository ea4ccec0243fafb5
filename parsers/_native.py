"""The parser's hot modules compiled to C (mypyc), used only when built from these very sources.

`make native` (run by `make install`) compiles the modules of COMPILED with mypyc, which is part
of mypy, into .venv/sigcopy-native: about 1.5x the messages/s of the same modules interpreted.
Nothing else changes: the compiled modules are built from the same source files and give the
same readings (tests/parsers/test_same_readings.py checks both ways). They are used only while
every parsers/*.py file is exactly as it was at build time: after an edit, until the next
`make native`, the pure-Python modules run, never a stale build. SIGCOPY_PURE_PYTHON=1 turns
the compiled modules off.

The module-level constants these modules read per message (patterns, tables, limits) are
declared `Final`: mypyc keeps a `Final` name in a C static, where any other module global is a
look-up in the module's dict at every read (about 100 machine instructions; 3 % of a message).
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

SOURCES = Path(__file__).resolve().parent
# The per-message pipeline (parsers/signal_parser.py) and follow-up reader (parsers/updates.py),
# and what they call.
COMPILED = (
    "added_entry",
    "analysis_section",
    "article_coin",
    "aside_lines",
    "bare_reports",
    "bare_stop",
    "btc_heading",
    "btc_quote",
    "candle_entry",
    "caps_coin",
    "call_doubts",
    "call_doubts_more",
    "call_framing",
    "call_later",
    "call_lines",
    "card_outcome",
    "card_coins",
    "tickers",
    "card_reports",
    "char_scans",
    "char_table",
    "chart_notes",
    "chart_guess",
    "chatter_titles",
    "chatter_words",
    "chatter_tips",
    "chatter_who",
    "clauses_ru",
    "close_cancel",
    "close_result",
    "close_share",
    "close_to_come",
    "close_told",
    "coins",
    "contracts",
    "crosscheck",
    "dollar_list",
    "emphasis_notes",
    "entry_below_short",
    "entry_choice",
    "entry_column",
    "entry_kinds",
    "entry_lost",
    "example_frame",
    "exit_price_ru",
    "explain",
    "extremes",
    "fib_notes",
    "field_runs",
    "fields",
    "followup_doubts",
    "followup_events",
    "followup_forms",
    "followup_guard",
    "followup_heads",
    "followup_lexicon",
    "followup_marks",
    "followup_more",
    "full_exit",
    "fx_markets",
    "gain_report",
    "gate_words",
    "glued",
    "glued_pair",
    "glued_quote",
    "guard",
    "handle_told",
    "head_coins",
    "hedged_call",
    "held_level",
    "indexes",
    "indicator_notes",
    "indicator_values",
    "instruction_words",
    "known_coin_words",
    "label_notes",
    "label_patterns",
    "label_prose_coin",
    "label_value",
    "label_walk",
    "labels",
    "led_search",
    "leftovers",
    "letter_leverage",
    "level_counts",
    "lexicon",
    "lexicon_en",
    "lexicon_world",
    "line_led",
    "lines",
    "list_block",
    "list_notes",
    "lone_entries",
    "management_lines",
    "marked_targets",
    "market_prose",
    "metric_percents",
    "mixed_script",
    "moved_level_ru",
    "no_instruction_words",
    "normalize",
    "not_close",
    "not_close_news",
    "not_close_others",
    "not_close_senses",
    "not_prices",
    "other_coin",
    "other_levels",
    "note_words",
    "notes",
    "number_tokens",
    "numbered_targets",
    "numbers",
    "order_changes",
    "outcomes_listed",
    "own_setup",
    "pair_price_line",
    "percent_heads",
    "step_entries",
    "percent_levels",
    "plain_numbers",
    "post_chars",
    "preludes",
    "prelude_leftover",
    "price_label",
    "price_window",
    "prose_fields",
    "prose_levels",
    "prose_repeats",
    "quick_tests",
    "quote_card",
    "read_once",
    "ratio_notes",
    "risk_distance",
    "reading",
    "reply_plain_ru",
    "reports",
    "results_board",
    "restated_levels",
    "results_card",
    "ru_hedges",
    "sats_quote",
    "scale",
    "open_whole",
    "sentences",
    "setup_section",
    "share_words",
    "side_coin",
    "side_field",
    "side_price",
    "side_unsaid",
    "sides",
    "signal_parser",
    "signal_record",
    "spaced_thousands",
    "stop_doubts_ru",
    "stop_hits",
    "stop_level",
    "stop_lines",
    "stop_moved",
    "stray_lines",
    "symbols",
    "tag_coins",
    "tag_list",
    "target_brackets",
    "target_fix",
    "target_stray",
    "target_horizon",
    "target_notes",
    "target_order",
    "target_plan",
    "target_refs",
    "target_runs",
    "target_slots",
    "target_placeholder",
    "target_words",
    "ticked_lines",
    "ticked_run",
    "ticked_targets",
    "told_ru",
    "told_zh",
    "trailing",
    "trigger",
    "trigger_line",
    "trigger_rows",
    "two_signals",
    "two_trades",
    "unknown_labels",
    "unpriced_condition",
    "unread",
    "update_coin",
    "update_kind",
    "update_pair",
    "update_targets",
    "update_words",
    "update_words_world",
    "updates",
    "validate",
    "value_chars",
    "value_forms",
    "vocabulary",
    "zone_label",
)
BUILD = Path(sys.prefix) / "sigcopy-native"
# The compiled package modules go to BUILD/parsers, the library they share to BUILD/lib.
STAMP = BUILD / "fingerprint.txt"
PURE_ENV = "SIGCOPY_PURE_PYTHON"


def fingerprint(sources: Path = SOURCES) -> str:
    """A hash of every parsers/*.py file and of the interpreter's ABI tag."""
    h = hashlib.sha256(sys.implementation.cache_tag.encode())
    for path in sorted(sources.glob("*.py")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def activate(package_path: list[str], build: Path = BUILD) -> bool:
    """Put the compiled modules ahead of the sources when they were built from these sources."""
    if os.environ.get(PURE_ENV):
        return False
    try:
        built_from = (build / STAMP.name).read_text(encoding="utf-8").strip()
    except OSError:
        return False  # never built (or no compiler): the pure-Python modules run
    if built_from != fingerprint():
        return False
    sys.path.append(str(build / "lib"))
    package_path.insert(0, str(build / "parsers"))
    return True
