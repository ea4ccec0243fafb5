"""The compiled parser modules are used only when built from exactly the sources there."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from parsers._native import PURE_ENV, STAMP, activate, fingerprint


def _built(tmp_path: Path, stamp: str) -> Path:
    build = tmp_path / "native"
    (build / "parsers").mkdir(parents=True)
    (build / STAMP.name).write_text(stamp + "\n", encoding="utf-8")
    return build


def test_activate_when_built_from_these_sources_then_compiled_modules_come_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PURE_ENV, raising=False)
    monkeypatch.setattr(sys, "path", list(sys.path))
    build = _built(tmp_path, fingerprint())
    package_path = ["src/parsers"]
    assert activate(package_path, build)
    assert package_path == [str(build / "parsers"), "src/parsers"]
    assert sys.path[-1] == str(build / "lib")


@pytest.mark.parametrize("stamp", ["0" * 64, ""])
def test_activate_when_built_from_other_sources_then_pure_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stamp: str
) -> None:
    monkeypatch.delenv(PURE_ENV, raising=False)
    package_path = ["src/parsers"]
    assert not activate(package_path, _built(tmp_path, stamp))
    assert package_path == ["src/parsers"]


def test_activate_when_never_built_or_turned_off_then_pure_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PURE_ENV, raising=False)
    assert not activate([], tmp_path / "missing")
    monkeypatch.setenv(PURE_ENV, "1")
    assert not activate([], _built(tmp_path, fingerprint()))


def test_fingerprint_when_a_source_changes_then_it_changes(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("X = 1\n", encoding="utf-8")
    before = fingerprint(tmp_path)
    assert fingerprint(tmp_path) == before
    (tmp_path / "a.py").write_text("X = 2\n", encoding="utf-8")
    assert fingerprint(tmp_path) != before


def test_native_when_active_then_the_pipeline_modules_are_the_compiled_ones() -> None:
    import parsers.signal_parser

    compiled = not parsers.signal_parser.__file__.endswith(".py")  # type: ignore[union-attr]
    assert compiled == parsers.NATIVE


def test_native_when_make_test_built_it_then_the_compiled_modules_run() -> None:
    # `make test` builds the compiled modules first (`make native`), and a build that fails falls
    # back to pure Python without failing (a machine with no C compiler must still run the bot).
    # A type that mypyc refuses in our own code fails the same way, silently: session 26 merged a
    # local that mypyc inferred as None, and the suite would have passed on a parser a quarter
    # slower. So under `make test` (SIGCOPY_EXPECT_NATIVE=1), where mypyc and a C compiler are
    # there, the compiled modules must be the ones running.
    import os
    import shutil

    import parsers

    if os.environ.get("SIGCOPY_EXPECT_NATIVE") != "1" or os.environ.get(PURE_ENV):
        pytest.skip("run by `make test`, after `make native`")
    try:
        import mypyc  # noqa: F401
    except ImportError:
        pytest.skip("mypyc is not installed: the parser runs as pure Python")
    if not (shutil.which("cc") or shutil.which("gcc")):
        pytest.skip("no C compiler: the parser runs as pure Python")
    assert parsers.NATIVE, (
        "the compiled parser modules are not running: `make native` failed to compile "
        "(run `.venv/bin/python -m parsers.build_native` to see why)"
    )
