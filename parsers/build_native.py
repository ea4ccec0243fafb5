"""`make native`: compile the parser's hot modules with mypyc (see parsers/_native.py).

Builds into a temporary directory and moves the result into place with the fingerprint of the
sources it was built from. Without mypyc or a C compiler, or when the build fails, it says so
and leaves nothing behind: the pure-Python modules run, as correct and about 1.5x slower.

`--stamp PATH` (the Makefile's .venv/.native-built) writes make's stamp, dated when the sources
were read, and only when no source changed before the build ended: a source edited during the
build is then newer than the stamp (or the stamp is gone), so the next `make native` builds
again instead of taking a build of the old sources for current (the pure-Python modules would
run until then, parsers/_native.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from parsers._native import BUILD, COMPILED, SOURCES, STAMP, fingerprint

# Run in an empty directory: setuptools would otherwise read the project's pyproject.toml.
# multi_file: one C file a module instead of one for all 90-odd, which gcc compiles in a third
# less CPU time; the compiler's object files are then built side by side, one a core (setuptools
# compiles one extension's sources one after another: the same per-object steps its own
# CCompiler.compile takes, run in a thread pool, as numpy's build did). On two cores the build
# takes about a third of the time (user CPU 188 s -> 103 s, over both cores), which `make test`
# on a fresh clone pays once.
_SETUP = """
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from setuptools import setup
from mypyc.build import mypycify

try:
    from setuptools._distutils import ccompiler
except ImportError:
    ccompiler = None


def _compile(self, sources, output_dir=None, macros=None, include_dirs=None, debug=0,
             extra_preargs=None, extra_postargs=None, depends=None):
    macros, objects, extra_postargs, pp_opts, build = self._setup_compile(
        output_dir, macros, include_dirs, sources, depends, extra_postargs)
    cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)

    def one(obj):
        src, ext = build[obj]
        self._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)

    with ThreadPoolExecutor(max(1, len(os.sched_getaffinity(0)))) as pool:
        list(pool.map(one, objects))
    return objects


if ccompiler is not None and hasattr(ccompiler.CCompiler, "_setup_compile"):
    ccompiler.CCompiler.compile = _compile
setup(name="sigcopy-native",
      ext_modules=mypycify(sys.argv[1:], opt_level="3", multi_file=True),
      script_args=["build_ext", "--build-lib", "out", "--build-temp", "tmp"])
"""


def build() -> str:
    """Build the compiled modules; return what happened, in one line."""
    want = fingerprint()
    try:
        if STAMP.read_text(encoding="utf-8").strip() == want:
            return f"compiled parser modules are up to date ({BUILD})"
    except OSError:
        pass
    try:
        import mypyc  # noqa: F401 - only to tell whether it is there
    except ImportError:
        return "mypyc is not installed: the parser runs as pure Python"
    sources = [str(SOURCES / f"{name}.py") for name in COMPILED]
    # mypy's settings are the project's (imports without stubs are not followed).
    config = SOURCES.parent / "pyproject.toml"
    options = [f"--config-file={config}"] if config.is_file() else ["--ignore-missing-imports"]
    with tempfile.TemporaryDirectory(prefix="sigcopy-native-") as tmp:
        proc = subprocess.run(
            [sys.executable, "-c", _SETUP, *options, *sources],
            cwd=tmp,
            capture_output=True,
            text=True,
            check=False,
        )
        out = Path(tmp) / "out"
        if proc.returncode != 0 or not (out / "parsers").is_dir():
            tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
            return "compiling the parser failed, it runs as pure Python:\n  " + "\n  ".join(tail)
        if fingerprint() != want:
            return "the parser's sources changed while compiling: run `make native` again"
        lib = out / "lib"
        lib.mkdir()
        for shared in out.glob("*.so"):  # the library the package modules share
            shared.rename(lib / shared.name)
        (out / STAMP.name).write_text(want + "\n", encoding="utf-8")
        shutil.rmtree(BUILD, ignore_errors=True)
        shutil.move(str(out), str(BUILD))
    return f"compiled {len(COMPILED)} parser modules into {BUILD}"


def stamped(stamp: Path, sources: Path = SOURCES, make: Callable[[], str] = build) -> str:
    """Run the build and write make's stamp dated before the sources were read, unless a source
    changed by the time it ended (then the stamp is removed: the next make builds again)."""
    started = time.time()
    before = fingerprint(sources)
    said = make()
    if fingerprint(sources) != before:
        stamp.unlink(missing_ok=True)
        return said + "\nthe parser's sources changed during the build: `make native` builds again"
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.touch()
    # A second earlier: a file system that keeps whole seconds still dates a later edit after it
    # (an edit during the build is caught above by the sources' hash). But never older than what
    # make compares the stamp with, the sources as read and the install stamp beside it: `make
    # test` installs and builds within a second, and a stamp dated before the install would make
    # every later make build again.
    inputs = [*sources.glob("*.py"), stamp.parent / ".installed"]
    floor = max((path.stat().st_mtime_ns for path in inputs if path.exists()), default=0)
    when = max(int((started - 1) * 1e9), floor)  # in ns: a float would round below the floor
    os.utime(stamp, ns=(when, when))
    return said


def main(argv: list[str] | None = None) -> int:
    ask = argparse.ArgumentParser(prog="python -m parsers.build_native", description=__doc__)
    ask.add_argument(
        "--stamp", type=Path, help="make's stamp file, written when the build is current"
    )
    args = ask.parse_args(argv)
    print(build() if args.stamp is None else stamped(args.stamp), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
