"""No import loops among viewer's modules.

Every ``import`` counts: at module level, inside a function (a lazy import still ties the two modules
together) and under ``if TYPE_CHECKING:`` (a loop in the types is a loop in the design). A module importing
``viewer.a.b`` depends on ``viewer.a.b``; ``from viewer.a import b`` depends on ``viewer.a.b`` when that is a
module, else on ``viewer.a``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import viewer

PACKAGE = Path(viewer.__file__).parent

# Loops that are allowed, each as the sorted tuple of its modules, with the reason. Keep it empty.
ALLOWED: dict[tuple[str, ...], str] = {}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """The dotted names ``node`` (in ``module``) imports: the module itself and, for ``from``, each name in it."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:  # relative: resolved against the importing module's package
        package = module.split(".") if is_package else module.split(".")[:-1]
        base = ".".join(package[: len(package) - node.level + 1] + ([node.module] if node.module else []))
    else:
        base = node.module or ""
    return [base] + [f"{base}.{alias.name}" for alias in node.names]


def import_graph() -> dict[str, set[str]]:
    """Module -> the viewer modules it imports anywhere in its code."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            names = _imported(node, name, is_package)
            targets = {n for n in names[1:] if n in modules} if isinstance(node, ast.ImportFrom) else set()
            if not targets:  # `from viewer.a import function` (or `import viewer.a`): the module itself
                targets = {n for n in names[:1] if n in modules} if isinstance(node, ast.ImportFrom) else \
                    {n for n in names if n in modules}
            graph[name] |= targets - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """The strongly connected components of more than one module (Tarjan's algorithm), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[tuple[str, ...]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(tuple(sorted(component)))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_the_checker_finds_a_loop() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [("a", "b", "c")]


def test_imports_are_resolved_to_modules() -> None:
    graph = import_graph()
    assert "viewer.ui.window.menus" in graph["viewer.ui.window.main_window"]  # module level
    assert "viewer.ui.window.dialogs" in graph["viewer.ui.window.main_window"]  # `from viewer.ui.window import dialogs`
    assert "viewer.model.loader" in graph["viewer.ui.context"]  # `from viewer.model.loader import LoadedReport`


def test_no_import_loops() -> None:
    loops = [c for c in cycles(import_graph()) if c not in ALLOWED]
    assert loops == []
