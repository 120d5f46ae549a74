"""Nothing below ui/ imports Qt: the core is usable headless, by the CLI and by tests."""

from __future__ import annotations

import ast
from pathlib import Path

import liaison_app

PACKAGE = Path(liaison_app.__file__).parent


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}]
    return found


def test_only_ui_imports_qt():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        if imports := qt_imports(path):
            offenders[str(relative)] = imports
    assert offenders == {}


def test_core_layers_do_not_import_ui():
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in {"ui"} or relative.name in {"cli.py", "__main__.py"}:
            continue
        source = path.read_text(encoding="utf-8")
        assert "liaison_app.ui" not in source, relative
