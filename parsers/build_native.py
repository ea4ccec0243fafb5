"""`make native`: compile the parser's hot modules with mypyc (see parsers/_native.py).

Builds into a temporary directory and moves the result into place with the fingerprint of the
sources it was built from. Without mypyc or a C compiler, or when the build fails, it says so
and leaves nothing behind: the pure-Python modules run, as correct and about 1.5x slower.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from parsers._native import BUILD, COMPILED, SOURCES, STAMP, fingerprint

# Run in an empty directory: setuptools would otherwise read the project's pyproject.toml.
_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(name="sigcopy-native", ext_modules=mypycify(sys.argv[1:], opt_level="3"),
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


def main() -> int:
    print(build(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
