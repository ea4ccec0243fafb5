"""The mutation harness's one command line (tests/parsers/mutations_cli.py), run through its entry
point: a family chosen by name is the only one read, the figures and "total wrong N" printed."""

from __future__ import annotations

import re

import pytest

from tests.parsers import mutations
from tests.parsers.mutations_btc_quote import btc_quote_mutations
from tests.parsers.mutations_cli import main


@pytest.fixture
def two_generators(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern that names no generator draws every generator to find its rows (about 25 s of
    every family's drawing and reading); two small generators stand for them here. The pool's
    processes are forked, so they see the same list."""
    from tests.parsers.mutations_close20 import close20_mutations

    monkeypatch.setattr(mutations, "FAMILIES", [btc_quote_mutations, close20_mutations])


def test_one_generator_is_read_and_its_figures_printed(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--family", "btc_quote_mutations", "--seeds", "13", "--jobs", "1"])
    out = capsys.readouterr().out
    families = re.findall(r"^  (\S+) +\{", out, re.M)
    assert families == ["btc_quote_named", "btc_quote_unnamed"]
    assert out.splitlines()[-2].startswith("seeds 13-13, mutations ")
    assert out.splitlines()[-1] == "total wrong 0"
    assert code == 0


@pytest.mark.usefixtures("two_generators")
def test_a_family_by_its_row_name_and_its_misses(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--family", "btc_quote_nam*", "--seeds", "13", "--jobs", "1", "--missed"])
    out = capsys.readouterr().out
    families = re.findall(r"^  (\S+) +\{", out, re.M)
    assert families == ["btc_quote_named"]
    missed = out.count("--- missed seed 13 ")
    assert f"'missed': {missed}" in out if missed else "'missed'" not in out
    assert code == 0


@pytest.mark.usefixtures("two_generators")
def test_no_family_of_that_name_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--family", "no_such_family", "--seeds", "1", "--jobs", "1"]) == 2
    assert "no family matches no_such_family" in capsys.readouterr().err
