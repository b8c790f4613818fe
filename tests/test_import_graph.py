"""The import graph of ``textinsight`` and ``api``: no cycles; the library never imports the app.

Every module of both packages is found with ``pkgutil.walk_packages`` and parsed with ``ast``
(nothing is imported for the graph); each ``import``/``from ... import`` that names a module of
either package becomes an edge. The rules:

* **No cycle among intra-project imports of any kind**: module-level, inside functions and
  under ``if TYPE_CHECKING``. Function-level imports are how the project defers heavy
  *third-party* libraries (torch, Presidio, BERTopic); those never appear in this graph. An
  intra-project import moved into a function to dodge a cycle still couples the two modules
  both ways, so it counts. (Module-level cycles are the ones Python itself trips over; they are
  checked on their own first so that a failure says which kind it is.)
* **The library does not import the HTTP app**: no module under ``textinsight`` imports ``api``,
  at any level (the CLI reaches the app by an import string at run time).

Finally every module (but ``__main__``) is imported once, in a fresh interpreter, so a module
that cannot be imported (a broken name, a cycle through ``__init__``) fails here too.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("textinsight", "api")


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    line: int
    module_level: bool  # at module level and not under ``if TYPE_CHECKING``


def project_modules() -> dict[str, Path]:
    """Every module of the project's packages, by dotted name, with its source file."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        base = ROOT / package
        found[package] = base / "__init__.py"
        for info in pkgutil.walk_packages([str(base)], prefix=f"{package}."):
            path = base.joinpath(*info.name.split(".")[1:])
            found[info.name] = path / "__init__.py" if info.ispkg else path.with_suffix(".py")
    return found


def _owner(name: str, modules: dict[str, Path]) -> str | None:
    """The project module that an imported dotted name lives in (None outside the project)."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _targets(
    node: ast.Import | ast.ImportFrom, module: str, is_pkg: bool, modules: dict[str, Path]
) -> list[str]:
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        if node.level:
            parts = module.split(".") if is_pkg else module.split(".")[:-1]
            parts = parts[: len(parts) - (node.level - 1)]
            base = ".".join([*parts, *([node.module] if node.module else [])])
        else:
            base = node.module or ""
        # ``from pkg import sub`` imports the submodule; ``from mod import name`` the module
        names = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
    return [t for t in (_owner(n, modules) for n in names) if t is not None and t != module]


def _is_type_checking(test: ast.expr) -> bool:
    return "TYPE_CHECKING" in ast.unparse(test)


def import_edges(modules: dict[str, Path]) -> list[Edge]:
    """Every intra-project import of every module, with where it sits."""
    edges: list[Edge] = []
    for module, path in modules.items():
        is_pkg = path.name == "__init__.py"

        def visit(node: ast.AST, top: bool, module: str = module, is_pkg: bool = is_pkg) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.Import, ast.ImportFrom)):
                    edges.extend(
                        Edge(module, t, child.lineno, top)
                        for t in _targets(child, module, is_pkg, modules)
                    )
                elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                    visit(child, False)
                elif isinstance(child, ast.If) and _is_type_checking(child.test):
                    for stmt in child.body:
                        visit(ast.Module(body=[stmt], type_ignores=[]), False)
                    for stmt in child.orelse:
                        visit(ast.Module(body=[stmt], type_ignores=[]), top)
                else:
                    visit(child, top)

        visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), True)
    return edges


def find_cycle(edges: list[Edge]) -> list[Edge] | None:
    """One cycle of the graph as its edges, or None (iterative depth-first search)."""
    graph: dict[str, list[Edge]] = {}
    for edge in sorted(edges, key=lambda e: (e.source, e.target, e.line)):
        graph.setdefault(edge.source, []).append(edge)
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for start in sorted(graph):
        if state.get(start):
            continue
        path: list[Edge] = []
        stack = [(start, iter(graph.get(start, [])))]
        state[start] = 1
        while stack:
            node, out = stack[-1]
            edge = next(out, None)
            if edge is None:
                state[node] = 2
                stack.pop()
                if path:
                    path.pop()
                continue
            if state.get(edge.target) == 1:
                cycle = [*path, edge]
                first = next(i for i, e in enumerate(cycle) if e.source == edge.target)
                return cycle[first:]
            if not state.get(edge.target):
                state[edge.target] = 1
                path.append(edge)
                stack.append((edge.target, iter(graph.get(edge.target, []))))
    return None


def describe(cycle: list[Edge]) -> str:
    hops = [
        f"{e.source} --({'module' if e.module_level else 'deferred'} import, "
        f"line {e.line})--> {e.target}"
        for e in cycle
    ]
    return "import cycle:\n  " + "\n  ".join(hops)


MODULES = project_modules()
EDGES = import_edges(MODULES)


def test_the_walk_finds_both_packages_and_their_imports() -> None:
    # guards the checks below against passing on an empty graph
    assert {"textinsight.pipeline", "textinsight.service.worker", "api.main"} <= MODULES.keys()
    assert Edge("textinsight.pipeline", "textinsight.settings", 12, True) in EDGES or any(
        e.source == "textinsight.pipeline" and e.target == "textinsight.settings" for e in EDGES
    )
    assert any(e.source.startswith("api") and e.target.startswith("textinsight") for e in EDGES)


def test_cycle_finder_reports_the_path() -> None:
    edges = [
        Edge("a", "b", 1, True),
        Edge("b", "c", 2, False),
        Edge("c", "a", 3, True),
        Edge("a", "d", 4, True),
    ]
    cycle = find_cycle(edges)
    assert cycle is not None and [e.source for e in cycle] == ["a", "b", "c"]
    assert "b --(deferred import, line 2)--> c" in describe(cycle)
    assert (
        find_cycle([Edge("a", "b", 1, True), Edge("a", "c", 1, True), Edge("b", "c", 1, True)])
        is None
    )


def test_no_cycle_among_module_level_imports() -> None:
    cycle = find_cycle([e for e in EDGES if e.module_level])
    assert cycle is None, describe(cycle)


def test_no_cycle_among_all_intra_project_imports() -> None:
    cycle = find_cycle(EDGES)
    assert cycle is None, describe(cycle)


def test_the_library_does_not_import_the_http_app() -> None:
    bad = [
        f"{e.source}:{e.line} imports {e.target}"
        for e in EDGES
        if e.source.startswith("textinsight") and e.target.split(".")[0] == "api"
    ]
    assert not bad, "the library imports the HTTP app:\n  " + "\n  ".join(bad)


@pytest.mark.slow  # imports every module, torch, BERTopic and Ray included (~11 s CPU)
def test_every_module_imports() -> None:
    names = sorted(m for m in MODULES if not m.endswith(".__main__"))  # that one runs the CLI
    code = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
    done = subprocess.run(
        [sys.executable, "-c", code, *names], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
