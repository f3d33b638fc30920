"""Database files that parse but hold the wrong shape, or do not parse at all: every command says
so in a line (never a traceback), `check` lists each, and `check --repair` leaves a database that
checks clean. A fuzz test mutates every kind of file; named cases hold the ones seen in the wild."""

from __future__ import annotations

import io
import os
import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.cli import run
from annotations.model import ActorDetails, Annotation, Article, ClaimAttributes, Entity
from annotations.store import Store

TEXT = "Taliban fighters entered Kunduz, officials said. Residents of Kunduz fled to Imam Sahib."


def cli(*args: str) -> tuple[int, str]:
    """Runs a command in this process: an exception that escapes `run` fails the test."""
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), stdout=out, stderr=err, open_app=lambda store, settings: 0)
    said = out.getvalue() + err.getvalue()
    assert "Traceback" not in said
    return code, said


def make_db(root: Path) -> Path:
    db = root / "db"
    article = Article.create("Kunduz", TEXT)
    with Store.open(db) as store:
        store.add_article(article)
        taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
        actor = Annotation.create(article, "actor", 0, 7, entity_id=taliban.id, annotator="ana")
        store.add_annotation(actor, new_entity=taliban)
        store.add_annotation(Annotation.create(article, "district", 25, 31, annotator="ana"))
        claim = ClaimAttributes(claimant_annotation_id=actor.id, cue="said")
        store.add_annotation(Annotation.create(article, "claim", 0, 31, attributes=claim, annotator="ana"))
        store.set_rejections(article.id, {"district:Imam Sahib"}, label="reject")
    return db


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_db(tmp_path_factory.mktemp("pristine"))


def fresh(pristine: Path, tmp_path: Path) -> Path:
    db = tmp_path / "db"
    shutil.rmtree(db, ignore_errors=True)
    shutil.copytree(pristine, db)
    return db


def every_command_survives_then_repair_heals(db: Path, article: Path) -> None:
    for command in (["list"], ["show", "0"], ["export", "--format", "csv"], ["import", str(article)], ["check"]):
        code, _said = cli(*command, "--db", str(db))
        assert code in (0, 1, 2)
    code, said = cli("check", "--repair", "--db", str(db))
    assert code == 0, said
    assert cli("check", "--db", str(db))[0] == 0
    assert cli("list", "--db", str(db))[0] == 0


def rewrite(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = orjson.loads(path.read_bytes())
    change(data)
    path.write_bytes(orjson.dumps(data))


def only(folder: Path) -> Path:
    (found,) = sorted(folder.glob("*.json"))
    return found


def block(db: Path) -> Path:
    """The one block of annotations of the one article."""
    (found,) = sorted((db / "annotations").glob("*/*.json"))
    return found


@pytest.mark.parametrize(
    ("case", "damage"),
    [
        ("history position is text", lambda db: rewrite(db / "state.json", lambda d: d["state"].update(history="zzz"))),
        ("history numbers are text", lambda db: rewrite(db / "state.json", lambda d: d["state"]["history"].update(pos="zzz"))),
        ("catalog counts are text", lambda db: rewrite(only(db / "catalog"), lambda d: next(iter(d["articles"].values())).update(counts={"actor": "many"}))),
        ("catalog record without title", lambda db: rewrite(only(db / "catalog"), lambda d: next(iter(d["articles"].values())).pop("title"))),
        ("schema is text", lambda db: rewrite(db / "fieldmark.json", lambda d: d["meta"].update(schema="x"))),
        ("schema version is text", lambda db: rewrite(db / "fieldmark.json", lambda d: d["meta"]["schema"].update(version="x"))),
        ("entity does not validate", lambda db: rewrite(only(db / "entities"), lambda d: next(iter(d["entities"].values())).update(kind="weapon"))),
        ("history block truncated", lambda db: only(db / "history").write_bytes(only(db / "history").read_bytes()[:40])),
        ("article file truncated", lambda db: only(db / "articles").write_bytes(b'{"article": {"te')),
        ("annotation block truncated", lambda db: block(db).write_bytes(b'{"annotations": {"a')),
        ("annotation does not validate", lambda db: rewrite(block(db), lambda d: next(iter(d["annotations"].values())).update(kind="weapon"))),
        ("catalog shard truncated", lambda db: only(db / "catalog").write_bytes(b"{")),
        ("journal with a wrong shape", lambda db: (db / "journal.json").write_bytes(b'{"ops": [["catalog/00.json", 1, 2, 3]]}')),
        ("entity under an empty key", lambda db: rewrite(only(db / "entities"), lambda d: d.update(entities={"": {}}))),
        ("catalog entry under an empty key", lambda db: rewrite(only(db / "catalog"), lambda d: d.update(articles={"": {}}))),
        ("rejections repeated", lambda db: rewrite(block(db), lambda d: d["rejections"]["keys"].update(keys=["", ""]))),
    ],
)  # fmt: skip
def test_a_damaged_file_is_one_line_then_repaired(
    pristine: Path, tmp_path: Path, case: str, damage: Callable[[Path], None]
) -> None:
    db = fresh(pristine, tmp_path)
    damage(db)
    (tmp_path / "new.txt").write_text("Herat\nFighting near Herat went on.\n")
    code, said = cli("check", "--db", str(db))
    assert code == 1 and "problem:" in said, (case, said)
    every_command_survives_then_repair_heals(db, tmp_path / "new.txt")
    assert "Kunduz" in cli("list", "--db", str(db))[1] or case == "article file truncated"  # no article lost


def test_a_truncated_history_block_is_a_problem_not_a_bare_error(pristine: Path, tmp_path: Path) -> None:
    db = fresh(pristine, tmp_path)
    block = only(db / "history")
    block.write_bytes(block.read_bytes()[:40])
    code, said = cli("check", "--db", str(db))
    assert code == 1 and f"history/{block.name}: does not parse" in said
    code, said = cli("check", "--repair", "--db", str(db))
    assert code == 0 and "undo history reset" in said


def test_stored_strings_with_control_characters_are_reported_and_repaired(pristine: Path, tmp_path: Path) -> None:
    db = fresh(pristine, tmp_path)
    rewrite(only(db / "catalog"), lambda d: next(iter(d["articles"].values())).update(title="T\x1b]0;x\x07"))
    rewrite(only(db / "entities"), lambda d: next(iter(d["entities"].values())).update(name="Tali\x1b[2Jban"))
    rewrite(block(db), lambda d: next(iter(d["annotations"].values())).update(annotator="a\u202eb"))
    code, said = cli("check", "--db", str(db))
    assert code == 1 and said.count("control characters") == 3, said
    code, said = cli("check", "--repair", "--db", str(db))
    assert code == 0, said
    raw = b"".join(p.read_bytes() for p in db.rglob("*.json"))
    assert b"\\u001b" not in raw and "\u202e".encode() not in raw
    assert cli("check", "--db", str(db))[0] == 0


def test_an_article_text_with_control_characters_is_normalised_and_its_annotations_kept(
    pristine: Path, tmp_path: Path
) -> None:
    db = fresh(pristine, tmp_path)

    def dirty(data: dict[str, Any]) -> None:
        data["article"]["text"]["text"] = "\x1b[2J" + data["article"]["text"]["text"]

    def moved(data: dict[str, Any]) -> None:
        for record in data["annotations"].values():
            record["start"] += 4
            record["end"] += 4

    rewrite(only(db / "articles"), dirty)
    rewrite(block(db), moved)
    code, said = cli("check", "--db", str(db))
    assert code == 1 and "text holds control characters" in said
    code, said = cli("check", "--repair", "--db", str(db))
    assert code == 0 and "text normalised" in said, said
    with Store.open(db, readonly=True) as store:
        (summary,) = store.articles()
        assert store.article(summary.id).text == "[2J" + TEXT  # ESC gone, as at ingest
        assert {a.quote for a in store.annotations(summary.id)} == {"Taliban", "Kunduz", TEXT[:31]}


# --- fuzz: any file, any value of the wrong shape -----------------------------------------------

FUZZ_EXAMPLES = 1500 if os.environ.get("FIELDMARK_LONG_RUN") else 30
"""Mutated databases per run: a few dozen by default, many with --long."""

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.floats(allow_nan=False) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)


def paths_in(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths_in(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += paths_in(child, (*prefix, index))
    return found


def mutate(data: Any, path: tuple[Any, ...], new: Any, delete: bool) -> Any:
    if not path:
        return new
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    if delete and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return data


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), new=JSON_VALUES, delete=st.booleans(), truncate=st.booleans())
def test_fuzz_any_database_file_mutated_never_makes_a_traceback(
    pristine: Path, tmp_path: Path, seed: int, new: Any, delete: bool, truncate: bool
) -> None:
    rng = random.Random(seed)
    db = fresh(pristine, tmp_path)
    files = sorted(p for p in db.rglob("*.json"))
    target = rng.choice(files)
    if truncate:
        raw = target.read_bytes()
        target.write_bytes(raw[: rng.randrange(len(raw))])
    else:
        data = orjson.loads(target.read_bytes())
        path = rng.choice(paths_in(data))
        target.write_bytes(orjson.dumps(mutate(data, path, new, delete)))
    (tmp_path / "new.txt").write_text("Herat\nFighting near Herat went on.\n")
    every_command_survives_then_repair_heals(db, tmp_path / "new.txt")


def test_a_check_of_a_server_that_cannot_be_reached_says_nothing_was_checked() -> None:
    """A third newcomer's `check --db URL` with the server down took the address for a folder:
    "`fieldmark check --repair` sets aside what it can … (/tmp/postgresql:/ana@…backups)"."""
    import socket

    with socket.socket() as free:  # a port nothing listens on
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    code, said = cli("check", "--db", f"postgresql://ana@127.0.0.1:{port}/corpus?connect_timeout=5")
    assert code == 1 and said.startswith("problem: postgresql://ana@127.0.0.1")
    assert "nothing was checked: a server's database is checked on the server, once it can be reached" in said
    assert "--repair" not in said and "backups)" not in said


def test_a_lost_catalog_shard_takes_titles_dates_and_statuses_back_from_a_backup(tmp_path: Path) -> None:
    """helper-354: `check --repair` rebuilt a lost catalog shard from the article files, which hold the text only:
    the article was listed under its first line, undated, "in progress", and nothing said so."""
    db = tmp_path / "db"
    with Store.open(db) as store:
        store.add_article(Article.create("Kunduz falls", TEXT, published="2021-08-08", source="Reuters"))
    shard = next((db / "catalog").glob("*.json"))
    assert cli("backup", "--db", str(db))[0] == 0
    shard.write_text("garbage{")
    code, said = cli("check", "--repair", "--db", str(db))
    assert code == 0 and "taken from a backup" in said, said
    with Store.open(db, readonly=True) as store:
        (back,) = store.articles()
    assert (back.title, back.published, back.source, back.status) == ("Kunduz falls", "2021-08-08", "Reuters", "todo")
    shutil.rmtree(db.parent / "db.backups")
    shard.write_text("garbage{")
    code, said = cli("check", "--repair", "--db", str(db))
    assert code == 0 and "no backup holds its title, date, source or status" in said, said


def test_an_annotation_record_naming_another_id_is_kept_as_its_key_and_repaired(tmp_path: Path) -> None:
    """The fuzz run of a fresh clone found a claim's record whose id had become "0": `check --repair` fixed the
    claim under "0" and checked it under its key, for ever "claimant's entity None is not its mention's"."""
    db = make_db(tmp_path)
    block = next(p for p in db.rglob("*.json") if "annotations" in p.parts)
    data = orjson.loads(block.read_bytes())
    table = next(iter(data.values()))
    claim_key = next(k for k, v in table.items() if v["kind"] == "claim")
    table[claim_key]["id"] = "0"
    block.write_bytes(orjson.dumps(data))
    code, said = cli("check", "--db", str(db))
    assert code == 1 and f"annotation {claim_key}" in said and "its record says it is" in said
    code, said = cli("check", "--repair", "--db", str(db))
    assert code == 0 and "stored again as the annotation it is kept as" in said, said
    assert cli("check", "--db", str(db)) == (0, "no problems found\n")
