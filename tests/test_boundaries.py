"""The dependency arrow points one way: tui -> annotations. The core never imports Textual."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(package: Path) -> set[str]:
    names: set[str] = set()
    for source in package.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return names


def test_core_source_never_imports_textual_or_the_app() -> None:
    names = imported_modules(ROOT / "annotations")
    assert "textual" not in names
    assert "tui" not in names


def test_importing_every_core_module_loads_no_textual() -> None:
    modules = sorted(
        "annotations." + ".".join(p.relative_to(ROOT / "annotations").with_suffix("").parts)
        for p in (ROOT / "annotations").rglob("*.py")
        if p.name not in ("__init__.py", "__main__.py")
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_cli_commands_do_not_load_textual() -> None:
    code = (
        "import sys\n"
        "from tui.main import main\n"
        "sys.argv = ['fieldmark', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "assert 'textual' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)
