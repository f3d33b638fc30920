"""`--kind` and `--status` with the events formats: kept when they choose every row, refused
(exit 2) when they would choose none; both were ignored and every row written."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from annotations.cli import run
from annotations.errors import UsageError
from annotations.exchange.export import ExportFilter, export
from annotations.model import Article
from annotations.store import Store


@pytest.fixture
def db(tmp_path: Path) -> str:
    location = tmp_path / "db"
    with Store.open(location) as store:
        store.add_article(Article.create("Report", "Fighting in Herat."))
    return str(location)


@pytest.mark.parametrize("fmt", ["events", "events-json"])
@pytest.mark.parametrize(
    ("given", "said"),
    [
        (["--kind", "district"], "--kind district chooses none"),
        (["--kind", "actor"], "--kind actor chooses none"),
        (["--status", "suggested"], "read from accepted claims only: --status suggested chooses none"),
    ],
)
def test_a_filter_that_chooses_no_event_row_is_refused_with_exit_2(
    db: str, tmp_path: Path, fmt: str, given: list[str], said: str
) -> None:
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "events.out"

    assert run(["export", "--db", db, "--format", fmt, *given, "-o", str(target)], stdout=out, stderr=err) == 2

    assert said in err.getvalue() and not target.exists()


@pytest.mark.parametrize("fmt", ["events", "events-json"])
def test_claims_and_accepted_choose_every_event_row(db: str, fmt: str) -> None:
    out = io.StringIO()
    given = ["--kind", "claim", "--status", "accepted"]
    assert run(["export", "--db", db, "--format", fmt, *given], stdout=out, stderr=io.StringIO()) == 0


def test_the_library_refuses_them_too(db: str) -> None:
    with Store.open(db, readonly=True) as store, pytest.raises(UsageError, match="--kind actor"):
        export(store, "events", io.BytesIO(), ExportFilter(kind="actor"))
