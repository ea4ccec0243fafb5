"""The format zoo: signal formats as signal tools document them, read through the real parser.

tests/fixtures/format_zoo.jsonl holds, one a line, a message in a format a signal tool or guide
documents (Cornix's format as a copier's guide sets it out, a copier's README, an article's
anatomy of a signal), where it came from (repository, commit, path and line, or the page's
address; "how" says whether the text is copied verbatim or composed: one of the source's
documented lines put into one of its own full examples), and its expected reading by the corpus
conventions (tests/fixtures/corpus/CONVENTIONS.md). It is not the corpus: no source of it is a
corpus source, dev or held out, and it is read in full by whoever writes rules.

`python -m tests.parsers.format_zoo` prints how many are read exactly, refused and misread, and
the refusal reasons by class (quoted text replaced by '…').
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from parsers import EnhancedParser
from tests.parsers.corpus_score import EXACT, MISS, CorpusCase, Outcome, judge

ZOO = Path(__file__).resolve().parents[1] / "fixtures" / "format_zoo.jsonl"


def load_zoo(path: Path = ZOO) -> list[tuple[CorpusCase, dict[str, Any]]]:
    """Every zoo message as a corpus case, with its source record."""
    out: list[tuple[CorpusCase, dict[str, Any]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        case = CorpusCase(
            id=raw["id"],
            source="format-zoo",
            split="zoo",
            text=raw["text"],
            expect=raw["expect"],
            classes=(),
        )
        out.append((case, raw["source"]))
    return out


def reason_class(reason: str) -> str:
    """A refusal reason with the text it quotes left out: the reason's class."""
    return re.sub(r"'[^']*'", "'…'", reason)


def score_zoo(parser: EnhancedParser | None = None) -> list[tuple[Outcome, list[str]]]:
    """Each zoo message judged as the corpus judges it, with the parser's refusal reasons."""
    parser = parser or EnhancedParser(enable_ai=False)
    out: list[tuple[Outcome, list[str]]] = []
    for case, _ in load_zoo():
        outcome = judge(case, parser)
        reasons: list[str] = []
        if outcome.verdict == MISS:
            sig = parser.parse_sync(case.text)
            reasons = sig.problems() if sig is not None else ["no signal read"]
        out.append((outcome, reasons))
    return out


def report() -> str:
    """Exact / refused / wrong counts and the refusal reasons by class."""
    scored = score_zoo()
    verdicts = Counter(o.verdict for o, _ in scored)
    lines = [
        f"format zoo: {len(scored)} messages, exact {verdicts[EXACT]}, "
        f"refused or not read {verdicts[MISS]}, "
        f"wrong {len(scored) - verdicts[EXACT] - verdicts[MISS]}"
    ]
    classes = Counter(reason_class(r) for o, rs in scored for r in set(rs))
    for why, n in classes.most_common():
        lines.append(f"  {n:3}  {why}")
    for o, rs in scored:
        if o.verdict != EXACT:
            lines.append(f"  {o.verdict}: {o.case.id}: {o.detail} {rs}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report())
