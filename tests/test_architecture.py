"""The shape of the program: the engine never loads Qt, and no module imports in a circle."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")


def modules_of(package: str) -> dict[str, Path]:
    """Every module of a package, subpackages included, by dotted name."""
    found = {}
    for path in sorted((REPO / package).rglob("*.py")):
        name = ".".join(path.relative_to(REPO).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def imported_names(path: Path, module: str) -> set[str]:
    """Every module name an import statement in ``path`` mentions (lazy imports too)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def test_every_engine_subpackage_is_covered() -> None:
    """The checks below walk subpackages too (store, importing, method...)."""
    engine = modules_of("engine")
    assert {
        "engine.store.project_store",
        "engine.importing.tables",
        "engine.method.compute",
    } <= set(engine)


def test_no_engine_module_imports_qt_in_its_source() -> None:
    offenders = [
        f"{module}: {name}"
        for module, path in modules_of("engine").items()
        for name in imported_names(path, module)
        if name.split(".")[0] in FORBIDDEN or name.split(".")[0] == "gui"
    ]
    assert offenders == []


def test_importing_every_engine_module_loads_no_qt() -> None:
    modules = sorted(modules_of("engine"))
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def import_cycles() -> list[list[str]]:
    """Strongly connected groups of modules (a package's own ``__init__`` importing its
    members is not a circle)."""
    known = {**modules_of("engine"), **modules_of("gui")}
    edges: dict[str, set[str]] = {m: set() for m in known}
    for module, path in known.items():
        for name in imported_names(path, module):
            target = _resolve(name, known)
            own_member = path.name == "__init__.py" and (target or "").startswith(module + ".")
            if target and target != module and not own_member:
                edges[module].add(target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for v in known:
        if v not in index:
            visit(v)
    return cycles


def test_no_module_imports_in_a_circle() -> None:
    assert import_cycles() == []


def test_the_layer_contracts_hold() -> None:
    """import-linter's contracts in pyproject.toml (engine layers, no Qt, tabs apart)."""
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter)], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "BROKEN" not in result.stdout and result.stdout.count("KEPT") == 3
