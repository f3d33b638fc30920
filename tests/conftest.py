"""Shared fixtures: a small hand-made article in the seed's style, and fresh databases."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.model import Article
from annotations.store import Store
from annotations.text.normalize import normalize_text

SAMPLE_TITLE = "Taliban Seize District in Northern Province"
SAMPLE_BODY = """The Taliban on Monday announced it captured Imam Sahib district in the northern province of Kunduz, and its forces have encircled the provincial capital.

“Dozens of districts have fallen to the Taliban since May 1,” Iran’s Tasnim News Agency noted.

Afghan government officials insisted police and military troops put up a stiff fight.

The Afghan Defense Ministry said Monday that reinforcements have been sent to Maimana."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--long", action="store_true", help="run the long fault and fuzz runs")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--long"):
        os.environ["FIELDMARK_LONG_RUN"] = "1"  # read by fuzz tests for their number of examples


DERIVES_FIRST = "test_built_in_places_are_derived_once_in_a_child_and_cached"
"""Run first (with --long): on a new machine the index of the built-in places it derives is the
one every later test reads (`test_suggest.hand_over`), not a second derivation of its own."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.name != DERIVES_FIRST)  # stable: the rest keep their order
    if config.getoption("--long"):
        return
    skip = pytest.mark.skip(reason="long run: use --long")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """Two workers per core (`-n auto`): most of the suite's time is waiting, not computing (the
    app drawing in a pseudo-terminal, a server restarting, a child process starting). One worker
    per core left two cores a third idle: 226 s against 145 s with four workers. The variable
    xdist reads (`PYTEST_XDIST_AUTO_NUM_WORKERS`) still decides when it is set."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(2 * cores, cores + 4)


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's own config, data or remembered state (child processes
    inherit this too). The cache stays shared: the built-in places are derived once."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))  # the default database, a server's unsent changes
    for variable in ("FIELDMARK_DB", "FIELDMARK_ANNOTATOR", "FIELDMARK_BACKUPS", "FIELDMARK_CONFIG", "FIELDMARK_CACHE"):
        monkeypatch.delenv(variable, raising=False)


def _server_folders() -> set[Path]:
    from annotations.locations import cache_dir

    servers = cache_dir() / "servers"
    return set(servers.iterdir()) if servers.is_dir() else set()


def pytest_sessionstart(session: pytest.Session) -> None:
    """Each test's PostgreSQL database gets a folder of its own in the shared cache (for its
    gazetteers): those made during the run are removed at its end, so runs do not fill the cache.
    Done by the run, not by each of its workers (`-n`): a worker ending first removed folders
    another worker's tests still used."""
    if not hasattr(session.config, "workerinput"):
        session.config.stash[_FOLDERS_BEFORE] = _server_folders()


def pytest_sessionfinish(session: pytest.Session) -> None:
    if not hasattr(session.config, "workerinput") and _FOLDERS_BEFORE in session.config.stash:
        for folder in _server_folders() - session.config.stash[_FOLDERS_BEFORE]:
            shutil.rmtree(folder, ignore_errors=True)


_FOLDERS_BEFORE = pytest.StashKey[set[Path]]()


@pytest.fixture
def long_run(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--long"))


@pytest.fixture
def sample_article() -> Article:
    return Article.create(SAMPLE_TITLE, normalize_text(SAMPLE_BODY), source="test://sample")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as opened:
        yield opened


@pytest.fixture
def loaded_store(store: Store, sample_article: Article) -> Store:
    store.add_article(sample_article)
    return store
