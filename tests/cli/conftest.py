"""Fixtures for the command-line tests: the real `sigcopy` command, run in tmp_path."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.cli_run import sigcopy


@pytest.fixture
def run_cli(tmp_path: Path):  # type: ignore[no-untyped-def]
    """sigcopy(...) bound to the test's tmp_path."""

    def call(*args: str, **kw: str) -> subprocess.CompletedProcess[str]:
        return sigcopy(tmp_path, *args, **kw)  # type: ignore[arg-type]

    return call
