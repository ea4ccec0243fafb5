"""The layers' import rules (docs/dev/architecture.md, "How it is built"), read from the code.

Each rule is checked over every module's imports, read with ast (nothing is imported), so a
new module that breaks one fails here with the file and the import that breaks it.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("bot", "engine", "parsers", "config")
# Outside engine/adapters, these few import a client library on purpose: the key tools probe an
# exchange with a key before it is stored, the doctor opens each database file as it is, and
# recovery tells a database it cannot read from a book it cannot load (sqlite3's errors only).
OUTSIDE_ADAPTERS = {
    "engine.keys.cli": {"ccxt"},
    "engine.keys.probe": {"ccxt"},
    "engine.doctor_files": {"sqlite3"},
    "engine.core.recovery": {"sqlite3"},
}
CLIENTS = ("ccxt", "aiosqlite", "sqlite3", "telegram", "telethon")


def _modules() -> dict[str, ast.Module]:
    out = {}
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            out[name] = ast.parse(path.read_text(), str(path))
    return out


MODULES = _modules()


def _imported(nodes: list[ast.stmt] | ast.Module, *, anywhere: bool) -> set[str]:
    """Names imported by the statements (at module level only, unless `anywhere`)."""
    found: set[str] = set()
    stmts = ast.walk(nodes) if anywhere else nodes  # type: ignore[arg-type]
    for node in stmts:
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


def _top(name: str) -> str:
    return name.split(".")[0]


def test_parsers_when_imports_read_then_only_the_pure_domain_of_the_engine():
    bad = [
        (m, i)
        for m, tree in MODULES.items()
        if _top(m) == "parsers"
        for i in _imported(tree, anywhere=True)
        if _top(i) in ("engine", "bot", "config")
        and not (i.startswith("engine.domain.") or i == "engine.domain")
    ]
    assert bad == []


def test_engine_and_config_when_imports_read_then_never_the_bot():
    bad = [
        (m, i)
        for m, tree in MODULES.items()
        if _top(m) in ("engine", "config")
        for i in _imported(tree, anywhere=True)
        if _top(i) == "bot"
    ]
    assert bad == []


def test_client_libraries_when_imported_then_only_by_engine_adapters():
    bad = [
        (m, i)
        for m, tree in MODULES.items()
        if not m.startswith("engine.adapters")
        for i in _imported(tree, anywhere=True)
        if _top(i) in CLIENTS
        and not (_top(m) == "bot" and _top(i) in ("telegram", "telethon"))
        and _top(i) not in OUTSIDE_ADAPTERS.get(m, set())
    ]
    assert bad == []


def test_modules_when_imported_at_module_level_then_no_cycle():
    graph: dict[str, set[str]] = {}
    for m, tree in MODULES.items():
        body = [s for s in tree.body if not isinstance(s, ast.If)]  # TYPE_CHECKING blocks
        # A package's own __init__ is imported before any of its modules anyway: not an edge.
        graph[m] = {
            i
            for i in _imported(body, anywhere=False)
            if i in MODULES and i != m and not m.startswith(i + ".")
        }
    cycles = _cycles(graph)
    assert cycles == [], cycles


def test_modules_when_every_import_read_then_no_cycle_either():
    """Imports for typing (TYPE_CHECKING) and inside functions count too: they break no
    import, but still tie two modules both ways in design (each needs the other to be read).
    A part that needs its owner names what it uses by a Protocol (ccxt_parts.py, desk_parts.py,
    front_parts.py, order_sends.SendOwner, lost_answers.LostOwner) or is passed it."""
    graph = {
        m: {
            i
            for i in _imported(tree, anywhere=True)
            if i in MODULES and i != m and not m.startswith(i + ".")
        }
        for m, tree in MODULES.items()
    }
    cycles = _cycles(graph)
    assert cycles == [], cycles


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                group = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    group.append(w)
                    if w == v:
                        break
                if len(group) > 1:
                    out.append(sorted(group))
    return out


def test_cycles_when_two_modules_import_each_other_then_found():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []
