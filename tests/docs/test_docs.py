"""The docs cannot drift from the code: the generated reference, .env.example, the README's
shape, the site's navigation, and a troubleshooting entry for every error message."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from config import reference
from config.settings import Settings, load_settings
from config.unknown import setting_names
from engine import errors

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
TROUBLESHOOTING = DOCS / "troubleshooting.md"
# Where the messages users see are raised: the project's own errors, and the risk rules'
# refusal reasons (shown on every refused card).
SOURCES = ["bot", "engine", "config", "parsers"]


def test_configuration_page_when_generated_then_equals_the_committed_one():
    assert reference.PAGE.read_text() == reference.render_markdown(), (
        "docs/configuration.md is out of date: run `make docs-gen`"
    )


def test_env_example_when_generated_then_equals_the_committed_one():
    assert reference.ENV_EXAMPLE.read_text() == reference.render_env_example(), (
        ".env.example is out of date: run `make docs-gen`"
    )


def test_env_example_when_every_line_uncommented_then_loads_the_defaults(tmp_path: Path):
    lines = reference.ENV_EXAMPLE.read_text().splitlines()
    settings_lines = [ln[2:] for ln in lines if re.match(r"# [A-Z][A-Z0-9_]*=", ln)]
    assert {ln.split("=", 1)[0] for ln in settings_lines} == set(setting_names(Settings))
    env = tmp_path / ".env"
    env.write_text("\n".join(ln for ln in settings_lines if not ln.endswith("=")) + "\n")
    loaded = load_settings(_env_file=env)
    defaults = load_settings(_env_file=None)
    assert loaded.model_dump() == defaults.model_dump()


def test_configuration_page_when_read_then_lists_every_setting_with_its_meaning():
    page = reference.PAGE.read_text()
    for name in setting_names(Settings):
        row = next((ln for ln in page.splitlines() if ln.startswith(f"| `{name}` |")), None)
        assert row is not None, name
        assert "(no description yet)" not in row, f"{name} has no description in config/"


def test_readme_when_read_then_is_a_short_landing_page_with_working_links():
    text = (ROOT / "README.md").read_text()
    assert len(text.splitlines()) <= 150
    head = "\n".join(text.splitlines()[:25])
    assert "make run" in head and "make test" in head
    assert "BotFather" in text and "admin" in text.lower()
    for target in re.findall(r"\]\(((?!https?://)[^)#]+)", text):
        assert (ROOT / target).exists(), f"README links to missing {target}"


def _nav_files(nav: object) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [f for item in nav for f in _nav_files(item)]
    if isinstance(nav, dict):
        return [f for v in nav.values() for f in _nav_files(v)]
    return []


def test_site_nav_when_read_then_every_user_page_is_in_it_and_exists():
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    nav = _nav_files(config["nav"])
    for page in nav:
        assert (DOCS / page).exists(), page
    user_pages = {p.relative_to(DOCS).as_posix() for p in DOCS.glob("*.md")}
    assert user_pages <= set(nav), f"pages missing from the nav: {user_pages - set(nav)}"


def _literal_parts(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value if isinstance(v, ast.Constant) else "\0" for v in node.values)
        return text.split("\0")
    return []


def _user_messages() -> list[tuple[str, str]]:
    """(where, the longest literal piece) of every error message a user can be shown."""
    names = {n for n, c in vars(errors).items() if isinstance(c, type) and issubclass(c, Exception)}
    found = []
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text())
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                fn = node.func
                name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")
                is_reason = (
                    name == "append"
                    and isinstance(fn, ast.Attribute)
                    and getattr(fn.value, "id", "") == "reasons"
                )
                if name not in names and not is_reason:
                    continue
                args = [node.args[0], *(node.args[1:2] if name in names else [])]
                for arg in args:  # the message, else the hint (mapped ccxt errors)
                    pieces = [p.strip(" :;.,()'\"") for p in _literal_parts(arg)]
                    best = max(pieces, key=len, default="")
                    if len(best) >= 10:
                        rel = path.relative_to(ROOT)
                        found.append((f"{rel}:{node.lineno}", best))
                        break
    return found


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("`", "")).lower()


@pytest.mark.parametrize(("where", "message"), _user_messages(), ids=lambda v: str(v)[:60])
def test_troubleshooting_when_read_then_explains_every_error_message(where: str, message: str):
    assert _norm(message) in _norm(TROUBLESHOOTING.read_text()), (
        f"{where}: the message {message!r} has no entry in docs/troubleshooting.md"
    )
