"""`make native`'s stamp is honest: a parser source edited while the build runs makes the next make
build again (the Makefile's native rule with parsers/build_native.py's --stamp).

The real Makefile runs under the real `make` in a scratch tree whose .venv/bin/python is a stand-in
that runs build_native's real stamping (`stamped`) around a pretend compile, one that edits a
source as an editor would during the two minutes of mypyc; no mypyc runs here. Before the fix, the
Makefile touched the stamp after any build, so make took the stale build for current.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NATIVE = ".venv/.native-built"

# The stand-in interpreter: `python -m parsers.build_native [--stamp PATH]` as the Makefile runs
# it; the build is pretended (EDIT: it edits parsers/hot.py meanwhile), the stamping is real.
_PYTHON = """#!{python}
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from parsers.build_native import stamped
tree = Path({tree!r})
Path(tree, "runs").open("a").write("run\\n")
def pretend() -> str:
    if Path(tree, "EDIT").exists():
        Path(tree, "EDIT").unlink()
        Path(tree, "parsers", "hot.py").write_text("X = 2\\n")
    return "built"
args = sys.argv[1:]
if "--stamp" in args:
    print(stamped(Path(args[args.index("--stamp") + 1]), Path(tree, "parsers"), pretend))
else:
    pretend()
"""


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    if shutil.which("make") is None:
        pytest.skip("no make on this machine")
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "parsers").mkdir()
    (tmp_path / "parsers" / "hot.py").write_text("X = 1\n")
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(_PYTHON.format(python=sys.executable, root=str(ROOT), tree=str(tmp_path)))
    python.chmod(0o755)
    # The sources and pyproject.toml a minute old, the install stamp newer than pyproject.toml.
    old = time.time() - 60
    for path in (tmp_path / "pyproject.toml", tmp_path / "parsers" / "hot.py"):
        os.utime(path, (old, old))
    (tmp_path / ".venv" / ".installed").touch()
    return tmp_path


def _make(tree: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-C", str(tree), *args], capture_output=True, text=True, check=False, timeout=60
    )


def _runs(tree: Path) -> int:
    path = tree / "runs"
    return len(path.read_text().splitlines()) if path.exists() else 0


def test_a_source_edited_during_the_build_makes_the_next_make_build_again(tree: Path) -> None:
    (tree / "EDIT").touch()
    done = _make(tree, "native")
    assert done.returncode == 0, done.stderr
    assert (tree / "parsers" / "hot.py").read_text() == "X = 2\n"  # edited mid-build
    # `make -q` answers 1 when the target is out of date: the build was of the old source.
    assert _make(tree, "-q", NATIVE).returncode == 1
    # (Some time later: the stamp is dated a second before a build reads the sources.)
    old = time.time() - 30
    os.utime(tree / "parsers" / "hot.py", (old, old))
    assert _make(tree, "native").returncode == 0
    assert _runs(tree) == 2
    assert _make(tree, "-q", NATIVE).returncode == 0


def test_an_undisturbed_build_is_current_and_not_run_again(tree: Path) -> None:
    done = _make(tree, "native")
    assert done.returncode == 0, done.stderr
    assert (tree / NATIVE).exists()
    assert _make(tree, "-q", NATIVE).returncode == 0
    assert _make(tree, "native").returncode == 0
    assert _runs(tree) == 1


def test_a_source_edited_after_the_build_makes_make_build_again(tree: Path) -> None:
    assert _make(tree, "native").returncode == 0
    (tree / "parsers" / "hot.py").write_text("X = 3\n")
    assert _make(tree, "-q", NATIVE).returncode == 1
    assert _make(tree, "native").returncode == 0
    assert _runs(tree) == 2


def test_make_readings_builds_a_stale_native_build_first(tree: Path) -> None:
    assert _make(tree, "native").returncode == 0
    (tree / "parsers" / "hot.py").write_text("X = 4\n")
    plan = _make(tree, "-n", "readings").stdout  # what it would run, in order, run nothing
    assert plan.index("parsers.build_native") < plan.index("tests.parsers.readings")
    assert _make(tree, "native").returncode == 0
    assert "parsers.build_native" not in _make(tree, "-n", "readings").stdout
