"""The project's own modules import each other one way only.

Read with `ast`, not imported: the graph is what the source says. Only imports at module
level are edges (those run when the module is first imported); an import inside a function
runs later, but when it reaches back to a module that imports its own (the models/selectors
pattern: models import their selectors inside methods because the selectors import the
models), it only hides a cycle, so it is reported too.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("strategy_site", "cells", "objectives", "partners")


def project_modules(root, packages):
    """Dotted name -> (path, is_package) for every module of the packages."""
    modules = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            is_package = parts[-1] == "__init__"
            if is_package:
                parts.pop()
            modules[".".join(parts)] = (path, is_package)
    return modules


def module_level(statements):
    """The import statements that run when the module is imported: at the top, or inside a
    top-level `if`, `try` or `with`; not in functions or classes."""
    for node in statements:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If | ast.With):
            yield from module_level(node.body)
            yield from module_level(getattr(node, "orelse", []))
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody):
                yield from module_level(block)
            for handler in node.handlers:
                yield from module_level(handler.body)


class ImportGraph:
    def __init__(self, root, packages):
        self.modules = project_modules(root, packages)
        self.edges = {}
        self.deferred = {}
        for name, (path, is_package) in self.modules.items():
            tree = ast.parse(path.read_text(), filename=str(path))
            top = list(module_level(tree.body))
            top_ids = {id(node) for node in top}
            self.edges[name] = self._targets(name, is_package, top)
            self.deferred[name] = [
                (node.lineno, target)
                for node in ast.walk(tree)
                if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in top_ids
                for target in self._targets(name, is_package, [node])
            ]

    def _known(self, dotted):
        """The module itself and every package above it: importing a.b.c runs a and a.b."""
        parts = dotted.split(".")
        return {
            ".".join(parts[:i]) for i in range(1, len(parts) + 1)
        } & self.modules.keys()

    def _targets(self, name, is_package, nodes):
        targets = set()
        for node in nodes:
            if isinstance(node, ast.Import):
                for alias in node.names:
                    targets |= self._known(alias.name)
                continue
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module
            targets |= self._known(source)
            for alias in node.names:  # `from package import module`
                targets |= self._known(f"{source}.{alias.name}") - self._known(source)
        targets.discard(name)
        return targets

    def path(self, start, goal):
        """A chain of module-level imports from start to goal, or None."""
        came_from = {start: None}
        queue = [start]
        while queue:
            current = queue.pop(0)
            if current == goal:
                chain = []
                while current is not None:
                    chain.append(current)
                    current = came_from[current]
                return chain[::-1]
            for following in sorted(self.edges.get(current, ())):
                if following not in came_from:
                    came_from[following] = current
                    queue.append(following)
        return None

    def cycles(self):
        """One cycle per strongly connected group of modules, each as a closed chain."""
        found, seen = [], set()
        for name in sorted(self.edges):
            if name in seen:
                continue
            for following in sorted(self.edges[name]):
                back = self.path(following, name)
                if back is not None:
                    cycle = [name, *back]
                    seen.update(cycle)
                    found.append(cycle)
                    break
        return found

    def hidden_cycles(self):
        """Imports inside a function whose module imports the importer back at module level."""
        found = []
        for name, imports in sorted(self.deferred.items()):
            for line, target in imports:
                back = self.path(target, name)
                if back is not None:
                    found.append((f"{name} (line {line}, inside a function)", back))
        return found


def test_module_level_imports_form_no_cycle():
    cycles = ImportGraph(ROOT, PACKAGES).cycles()
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_no_import_inside_a_function_hides_a_cycle():
    hidden = ImportGraph(ROOT, PACKAGES).hidden_cycles()
    assert not hidden, "cycles hidden by an import inside a function:\n" + "\n".join(
        f"{importer} -> {' -> '.join(back)}" for importer, back in hidden
    )


def test_the_graph_finds_a_cycle_and_names_it(tmp_path):
    package = tmp_path / "shop"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "models.py").write_text("from .selectors import cheapest\n")
    (package / "selectors.py").write_text("from shop.models import Product\n")
    (package / "views.py").write_text("def view():\n    from . import models\n")
    (package / "forms.py").write_text("from shop import views\n")

    graph = ImportGraph(tmp_path, ["shop"])

    assert graph.cycles() == [["shop.models", "shop.selectors", "shop.models"]]
    assert graph.hidden_cycles() == []
    (package / "models.py").write_text("def cheapest():\n    from .selectors import cheapest\n")
    (package / "selectors.py").write_text("from . import models\n")
    graph = ImportGraph(tmp_path, ["shop"])
    assert graph.cycles() == []
    assert graph.hidden_cycles() == [
        ("shop.models (line 2, inside a function)", ["shop.selectors", "shop.models"])
    ]
