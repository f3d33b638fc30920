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


STORAGE_INTERNALS = ("tinyfiles", "writer", "atomic", "lock", "journal", "folder", "loaded", "layout", "history")


def test_the_app_uses_storage_only_through_the_store_interface() -> None:
    """tui/ may import `annotations.store` (the interface), never a backend's internals."""
    offenders = []
    for source in (ROOT / "tui").rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                parts = name.split(".")
                if parts[:2] == ["annotations", "store"] and len(parts) > 2 and parts[2] in STORAGE_INTERNALS:
                    offenders.append(f"{source.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_no_module_is_over_500_lines() -> None:
    """One concept per module: none grows past 500 lines (the data tables of the lexicon and the
    action registry aside)."""
    tables = {"annotations/suggest/lexicon.py", "tui/actions.py"}
    long = [
        f"{path.relative_to(ROOT)}: {count}"
        for package in ("annotations", "tui")
        for path in (ROOT / package).rglob("*.py")
        if str(path.relative_to(ROOT)) not in tables
        and (count := len(path.read_text(encoding="utf-8").splitlines())) > 500
    ]
    assert long == []


def test_what_the_app_imports_to_start_suggestions_leaves_the_recognisers_to_their_thread() -> None:
    """`tui.suggestions` starts a run on the app's thread with `review.prepare` and catches
    `Cancelled`: importing those must not import the recognisers (over half a second of pattern
    compiling held the keys after the first frame); the computation imports them on its thread."""
    code = (
        "import sys\n"
        "import tui.suggestions\n"
        "from annotations.suggest.review import prepare\n"
        "from annotations.suggest.suggestion import Cancelled\n"
        "loaded = sorted(m for m in sys.modules if m in ('annotations.suggest.engine', 'annotations.suggest.lexicon'))\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_the_command_that_opens_the_app_loads_only_what_opening_needs(tmp_path: Path) -> None:
    """`fieldmark` parses its command line and opens the store before the app's first frame: the
    commands' own modules (exports, claims, suggestions) are loaded by the command that runs, not
    by the parser (they were: 250 ms before every first frame, and in every command). Nor hashlib,
    whose OpenSSL library took 1-3 ms (filelock's later releases load it, hence the pin)."""
    from annotations.model import Article
    from annotations.store import Store

    with Store.open(tmp_path / "db") as store:
        store.add_article(Article.create("Report", "Fighting in Herat."))
    code = (
        "import sys\n"
        "from annotations.cli import run\n"
        "def app(store, settings):\n"
        "    heavy = ('annotations.claims', 'annotations.suggest', 'annotations.exchange.export', 'annotations.text.ingest')\n"
        "    loaded = sorted(m for m in sys.modules if m.startswith(heavy))\n"
        "    assert not loaded, loaded\n"
        "    assert '_hashlib' not in sys.modules\n"
        "    return 0\n"
        f"sys.exit(run(['--db', {str(tmp_path / 'db')!r}], open_app=app))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
