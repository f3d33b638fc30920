"""The `fieldmark` command end to end, through a real subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from annotations.cli import run
from annotations.cli.parser import COMMAND_NAMES, build_parser
from annotations.settings import Settings
from annotations.store import Store

ROOT = Path(__file__).resolve().parents[2]

UNDATED_HINT = "(--published DATE, or I in the app: claims are dated from it)"
"""What an import says of articles with no date (a newcomer learned it only from the events export)."""


def fieldmark(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "nested").mkdir(parents=True)
    (folder / "a.txt").write_text("Kunduz falls\nThe Taliban took Imam Sahib district.\n", encoding="utf-8")
    (folder / "b.md").write_text("# Herat\n\nFighting in [bold]Herat[/bold] went on.\n", encoding="utf-8")
    (folder / "nested" / "c.html").write_text(
        "<html><head><title>T</title><script>evil()</script></head><body><h1>Faryab</h1>"
        "<p>Residents of Faryab warned of an attack &amp; fled.</p></body></html>",
        encoding="utf-8",
    )
    (folder / "d.json").write_text(
        json.dumps(
            [
                {
                    "title": "Maimana",
                    "text": "Reinforcements reached Maimana.",
                    "url": "https://x.test/d",
                }
            ]
        ),
        encoding="utf-8",
    )
    (folder / "e-crlf.txt").write_bytes(b"Windows file\r\nLine one.\r\nLine two.\r\n")
    (folder / "f-bom.txt").write_bytes("\ufeffBOM file\nText after a byte order mark.\n".encode())
    (folder / "g.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00binary")
    return folder


def test_import_mixed_folder_names_the_bad_file(tmp_path: Path, mixed_folder: Path) -> None:
    db = tmp_path / "db"
    result = fieldmark("import", str(mixed_folder), "--db", str(db))
    assert result.returncode == 1
    assert result.stdout.strip() == f"imported 6, skipped 0 duplicates, failed 1; 6 of them have no date {UNDATED_HINT}"
    assert result.stderr.count("\n") == 1
    assert "g.txt: binary file" in result.stderr
    assert "Traceback" not in result.stderr

    again = fieldmark("import", str(mixed_folder / "a.txt"), "--db", str(db))
    assert again.returncode == 0
    assert again.stdout.strip() == "imported 0, skipped 1 duplicates, failed 0"

    listed = fieldmark("list", "--json", "--db", str(db))
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert sorted(r["title"] for r in rows) == sorted(
        ["Kunduz falls", "Herat", "Faryab", "Maimana", "Windows file", "BOM file"]
    )
    for row in rows:
        assert set(row) == {"id", "title", "status", "chars", "published", "source", "districts", "actors", "claims"}
        assert row["status"] == "todo" and row["chars"] > 0
    table = fieldmark("list", "--db", str(db))
    assert "Kunduz falls" in table.stdout and "todo" in table.stdout
    with Store.open(db) as store:
        store.set_status(rows[0]["id"], "in_progress")
    table = fieldmark("list", "--db", str(db))  # in words, as the app says it ("in_progress" was a newcomer's puzzle)
    assert "in progress" in table.stdout and "in_progress" not in table.stdout


def test_show_prints_text_literally(tmp_path: Path, mixed_folder: Path) -> None:
    db = tmp_path / "db"
    fieldmark("import", str(mixed_folder / "b.md"), "--db", str(db))
    (row,) = json.loads(fieldmark("list", "--json", "--db", str(db)).stdout)
    shown = fieldmark("show", row["id"][:8], "--db", str(db))
    assert shown.returncode == 0
    assert "Fighting in [bold]Herat[/bold] went on." in shown.stdout
    assert "\x1b" not in shown.stdout
    missing = fieldmark("show", "ffffffff", "--db", str(db))
    assert missing.returncode == 1 and "no article with id ffffffff" in missing.stderr


def test_database_location_from_environment_and_help(tmp_path: Path, mixed_folder: Path) -> None:
    db = tmp_path / "env-db"
    result = fieldmark("import", str(mixed_folder / "a.txt"), env={"FIELDMARK_DB": str(db)})
    assert result.returncode == 0 and (db / "fieldmark.json").exists()
    helped = fieldmark("--help", env={"FIELDMARK_DB": str(db)})
    assert helped.returncode == 0 and str(db) in helped.stdout
    for command in ("import", "list", "show", "open"):
        sub = fieldmark(command, "--help", env={"FIELDMARK_DB": str(db)})
        assert sub.returncode == 0 and "--db" in sub.stdout


def test_a_command_makes_its_own_parser_and_help_makes_them_all(tmp_path: Path) -> None:
    """argparse's parsers for every command were 4-5 ms of every start of the app; a command reads
    its words as it did, and `--help` still lists every command."""
    settings = Settings(db=tmp_path / "db", annotator="tester")
    full = build_parser(settings)
    made = {action.dest: action for action in full._actions}["command"].choices
    assert isinstance(made, dict) and list(made) == list(COMMAND_NAMES)
    for name in COMMAND_NAMES:
        own = build_parser(settings, name)
        assert list({action.dest: action for action in own._actions}["command"].choices) == [name]
    words = ["export", "--format", "csv", "--table", "places", "--db", "x"]
    assert vars(build_parser(settings, "export").parse_args(words)) == vars(full.parse_args(words))


def test_the_app_is_not_started_without_a_terminal_and_annotator_may_come_first(tmp_path: Path) -> None:
    """A newcomer's `fieldmark --annotator ana import FILES`, in a script, took "import" for a
    file, imported the files and started the app with no terminal: it read end-of-file at 98% CPU
    for ten minutes, holding the database. `--annotator` before the command now goes after it,
    as `--db` did; and the app refuses to start without a terminal."""
    db = tmp_path / "db"
    article = tmp_path / "a.txt"
    article.write_text("Kunduz falls\n\nThe Taliban took Kunduz.\n", encoding="utf-8")
    imported = fieldmark("--annotator", "ana", "--db", str(db), "import", str(article))
    assert imported.returncode == 2 and "unrecognized arguments: --annotator" in imported.stderr
    assert fieldmark("--db", str(db), "import", str(article)).returncode == 0
    listed = fieldmark("--annotator", "ana", "--db", str(db), "list")  # no command takes it but open
    assert listed.returncode == 2 and "Traceback" not in listed.stderr
    opened = fieldmark("--annotator", "ana", "--db", str(db))  # the app, with no terminal (stdin not one)
    assert opened.returncode == 2 and "the app needs a terminal" in opened.stderr


def test_usage_errors_exit_2_and_bad_input_exits_1(tmp_path: Path) -> None:
    usage = fieldmark("list", "--bogus")
    assert usage.returncode == 2 and "usage:" in usage.stderr
    missing = fieldmark("import", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "db"))
    assert missing.returncode == 1 and "nope.txt: no such file" in missing.stderr
    empty = fieldmark("list", "--db", str(tmp_path / "never"))
    assert empty.returncode == 1 and "no database here yet" in empty.stderr
    assert "Traceback" not in usage.stderr + missing.stderr + empty.stderr


def test_a_corrupt_database_is_an_error_not_a_traceback(tmp_path: Path, mixed_folder: Path) -> None:
    db = tmp_path / "db"
    fieldmark("import", str(mixed_folder / "a.txt"), "--db", str(db))
    (db / "state.json").write_text("{oops")
    result = fieldmark("import", str(mixed_folder / "b.md"), "--db", str(db))
    assert result.returncode == 1
    assert "state.json: database file is corrupt" in result.stderr
    assert "Traceback" not in result.stderr
    assert (db / "state.json").read_text() == "{oops"


def test_a_locked_database_is_named_with_its_pid(tmp_path: Path, mixed_folder: Path) -> None:
    db = tmp_path / "db"
    with Store.open(db):
        result = fieldmark("import", str(mixed_folder / "a.txt"), "--db", str(db))
        assert result.returncode == 1
        assert f"in use by PID {os.getpid()}" in result.stderr
        assert "close the other one first" in result.stderr and "read-only" not in result.stderr  # it cannot be
        listed = fieldmark("list", "--db", str(db))  # reading still works
        assert listed.returncode == 0


def test_a_wrong_date_makes_no_database_and_an_empty_id_names_no_article(tmp_path: Path, mixed_folder: Path) -> None:
    """A newcomer's `import --db X … --published 2024-13-45` said the date was wrong and left an
    empty folder X; `show ""` said the empty id was ambiguous."""
    db = tmp_path / "db"
    result = fieldmark("import", str(mixed_folder / "a.txt"), "--db", str(db), "--published", "2024-13-45")
    assert result.returncode == 1 and "is no day of 2024" in result.stderr and not db.exists()
    fieldmark("import", str(mixed_folder / "a.txt"), "--db", str(db))
    shown = fieldmark("show", "", "--db", str(db))
    assert shown.returncode == 1 and "no article id given" in shown.stderr


def test_a_mistyped_command_is_named(tmp_path: Path) -> None:
    """A newcomer's `fieldmark stats` was read as a file to open: it still is, and the refusal now
    names the command meant."""
    said = fieldmark("stats", "--db", str(tmp_path / "db"))
    assert said.returncode == 1 and "did you mean `fieldmark suggest --stats`" in said.stderr
    said = fieldmark("exprot", "--db", str(tmp_path / "db"))
    assert "did you mean `fieldmark export`" in said.stderr


def test_open_with_an_empty_database_imports_the_seed(tmp_path: Path) -> None:
    opened: list[tuple[int, str]] = []

    def fake_app(store: Store, settings: Settings) -> int:
        opened.append((len(store), settings.annotator))
        return 0

    err = io.StringIO()
    code = run(["--db", str(tmp_path / "db"), "--annotator", "ana"], open_app=fake_app, stderr=err)
    assert code == 0
    assert opened == [(1, "ana")]
    assert "imported 1" in err.getvalue()
    with Store.open(tmp_path / "db", readonly=True) as store:
        (summary,) = store.articles()
        assert summary.title.startswith("Taliban Offensive")


def app_asked_to_open() -> tuple[list[str | None], Callable[[Store, Settings], int]]:
    """A stand-in for the app, and the articles it was asked to open, one per start."""
    asked: list[str | None] = []

    def fake_app(store: Store, settings: Settings) -> int:
        asked.append(settings.open_article)
        return 0

    return asked, fake_app


def test_open_with_a_file_shows_that_files_article(tmp_path: Path) -> None:
    """Found by a newcomer: `fieldmark lashio.txt` imported the article and showed the one seen
    last. The app is told to open the first article of the paths, new or already imported."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Kutum\n\nRebels took the town of Kutum on Monday.", encoding="utf-8")
    second.write_text("Tawila\n\nThe army said it had retaken Tawila.", encoding="utf-8")
    asked, fake_app = app_asked_to_open()

    db = str(tmp_path / "db")
    for path in (first, second, first):  # the last: already imported, shown all the same
        assert run(["--db", db, str(path)], open_app=fake_app, stderr=io.StringIO()) == 0
    with Store.open(tmp_path / "db", readonly=True) as store:
        ids = {a.title: a.id for a in store.articles()}
    kutum, tawila = ids["Kutum"], ids["Tawila"]
    assert asked == [kutum, tawila, kutum]


def test_open_with_an_articles_id_shows_that_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A newcomer's `fieldmark 10c6b95f` was refused ("no such file or folder"): an id, or a
    unique prefix of one, that names no file opens that article."""
    source = tmp_path / "kutum.txt"
    source.write_text("Kutum\n\nRebels took the town of Kutum on Monday.", encoding="utf-8")
    asked, fake_app = app_asked_to_open()

    db = str(tmp_path / "db")
    assert run(["--db", db, str(source)], open_app=fake_app, stderr=io.StringIO()) == 0
    with Store.open(tmp_path / "db", readonly=True) as store:
        (kutum,) = [a.id for a in store.articles()]
    monkeypatch.chdir(tmp_path)  # where no file is named like the id
    err = io.StringIO()
    assert run(["--db", db, kutum[:8]], open_app=fake_app, stderr=err) == 0
    assert asked == [kutum, kutum] and "no such file" not in err.getvalue()
    assert run(["--db", db, "zzzzzzzz"], open_app=fake_app, stderr=io.StringIO()) == 1  # neither: refused


def test_open_imports_paths_first(tmp_path: Path, mixed_folder: Path) -> None:
    seen: list[list[str]] = []
    code = run(
        [str(mixed_folder / "a.txt"), "--db", str(tmp_path / "db")],
        open_app=lambda store, _settings: seen.append([s.title for s in store.articles()]) or 0,
        stderr=io.StringIO(),
    )
    assert code == 0 and seen == [["Kunduz falls"]]


def test_a_path_that_cannot_be_opened_is_said_before_any_app(tmp_path: Path, mixed_folder: Path) -> None:
    opened: list[tuple[str, ...]] = []

    def fake_app(store: Store, settings: Settings) -> int:
        opened.append(settings.problems)
        return 0

    err = io.StringIO()
    code = run(["nope.txt", "--db", str(tmp_path / "db")], open_app=fake_app, stderr=err)
    assert code == 1 and opened == []  # nothing to show: the terminal keeps the error in sight
    assert "refused nope.txt" in err.getvalue() and "the app was not started" in err.getvalue()
    code = run([str(mixed_folder / "a.txt"), "nope.txt", "--db", str(tmp_path / "db")], open_app=fake_app, stderr=err)
    assert code == 1 and len(opened) == 1  # something to show: the app says what failed, over the terminal
    assert any("refused nope.txt" in line for line in opened[0]) and "imported 1" in opened[0][-1]


def test_what_an_import_before_the_app_did_is_told_in_the_app(tmp_path: Path, mixed_folder: Path) -> None:
    """Found by a newcomer: `fieldmark FILES` wrote "imported 4, …" on the terminal the app then
    covered; it was seen only after quitting. The app shows it too (failures were shown already)."""
    told: list[tuple[tuple[str, ...], tuple[str, ...]]] = []

    def fake_app(store: Store, settings: Settings) -> int:
        told.append((settings.problems, settings.notices))
        return 0

    db = str(tmp_path / "db")
    assert run([str(mixed_folder / "a.txt"), "--db", db], open_app=fake_app, stderr=io.StringIO()) == 0
    assert run([str(mixed_folder / "a.txt"), "--db", db], open_app=fake_app, stderr=io.StringIO()) == 0
    assert run(["--db", db], open_app=fake_app, stderr=io.StringIO()) == 0
    assert told == [
        ((), (f"imported 1, skipped 0 duplicates, failed 0; it has no date {UNDATED_HINT}",)),
        ((), ("imported 0, skipped 1 duplicates, failed 0",)),
        ((), ()),
    ]


@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
def test_a_reader_that_goes_away_ends_the_output_quietly(tmp_path: Path, mixed_folder: Path, buffered: bool) -> None:
    """Buffered (as a user's Python writes to a pipe), a short listing failed only when Python
    flushed it at exit: status 120 and "Exception ignored … BrokenPipeError". It passed here
    only because this machine sets PYTHONUNBUFFERED; a fresh clone without it failed."""
    db = str(tmp_path / "db")
    assert run(["import", str(mixed_folder), "--db", db], stdout=io.StringIO(), stderr=io.StringIO()) == 1
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    if not buffered:
        environment["PYTHONUNBUFFERED"] = "1"
    child = subprocess.Popen(
        [sys.executable, "-m", "tui", "list", "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=environment,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # `| head` that has read enough, before anything was written
    assert child.wait(60) == 141
    assert child.stderr.read() == b""  # no "Broken pipe" error, no traceback


def test_export_import_and_agree_through_the_command(tmp_path: Path) -> None:
    from annotations.model import Annotation

    text = "Taliban fighters entered Kunduz, officials said. Residents of Kunduz fled to Imam Sahib."
    source = tmp_path / "kunduz.txt"
    source.write_text("Kunduz\n" + text + "\n", encoding="utf-8")
    db, other = tmp_path / "db", tmp_path / "other"
    assert fieldmark("import", str(source), "--db", str(db)).returncode == 0
    with Store.open(db) as store:
        article = store.article(store.articles()[0].id)
        at = article.text.index
        for annotator in ("ana", "bob"):
            store.add_annotation(
                Annotation.create(article, "district", at("Kunduz"), at("Kunduz") + 6, annotator=annotator)
            )
        store.add_annotation(Annotation.create(article, "actor", at("Taliban"), at("Taliban") + 7, annotator="ana"))
        store.add_annotation(
            Annotation.create(article, "district", at("Imam Sahib"), at("Imam Sahib") + 10, annotator="bob")
        )
    outputs = {}
    for fmt in ("json", "jsonl", "w3c", "brat", "csv"):
        target = tmp_path / f"out-{fmt}"
        done = fieldmark("export", "--db", str(db), "--format", fmt, "-o", str(target))
        assert done.returncode == 0, done.stderr
        assert target.exists() and f"as {fmt} to {target}" in done.stderr
        outputs[fmt] = target
    again = fieldmark("export", "--db", str(db), "--format", "json", "-o", str(outputs["json"]))
    assert again.returncode == 1 and "already exists" in again.stderr and "Traceback" not in again.stderr
    assert fieldmark("export", "--db", str(db), "--format", "xml").returncode == 2

    restored = fieldmark("import", str(outputs["json"]), "--db", str(other))
    assert restored.returncode == 0 and "imported 1" in restored.stdout, restored.stderr
    stdout = fieldmark("export", "--db", str(other))
    dash = fieldmark("export", "--db", str(other), "-o", "-")  # "-" is the screen, as for no -o
    assert dash.returncode == 0 and json.loads(dash.stdout)["articles"] and not (ROOT / "-").exists()
    first = json.loads(outputs["json"].read_text())
    second = json.loads(stdout.stdout)
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second

    agree = fieldmark("agree", "--db", str(db), "--annotators", "ana", "bob", "--kind", "district", "--json")
    result = json.loads(agree.stdout)["kinds"]["district"]
    # ana tagged one district, bob two; they share Kunduz: precision 1/2, recall 1/1.
    assert result["exact"]["precision"] == 0.5 and result["exact"]["recall"] == 1.0
    table = fieldmark("agree", "--db", str(db), "--annotators", "ana", "bob")
    assert table.returncode == 0 and "district" in table.stdout and "actor" in table.stdout


def test_suggest_counts_its_suggestions_in_good_english(tmp_path: Path) -> None:
    """Found by a newcomer: "1 suggestions"."""
    from annotations.model import Article
    from annotations.store import Store

    db = tmp_path / "db"
    with Store.open(db) as store:
        store.add_article(Article.create("one", "Fighting went on in Kunduz."))
        (summary,) = store.articles()
    out = io.StringIO()
    assert run(["suggest", summary.id, "--db", str(db)], stdout=out) == 0
    assert out.getvalue().splitlines()[-1] == "1 suggestion"


def test_show_says_who_made_each_claim_with_its_type_and_certainty(tmp_path: Path) -> None:
    """Found by a newcomer: `show` listed a claim's words only, with no claimant, cue or type."""
    from annotations.model import ActorDetails, Annotation, Article, ClaimAttributes, Entity
    from annotations.store import Store

    db = tmp_path / "db"
    text = "The ministry claimed its troops took Novohrodivka."
    article = Article.create("claimed", text)
    ministry = Entity.actor("Russian Defence Ministry", ActorDetails("state_forces"))
    with Store.open(db) as store:
        store.add_article(article)
        speaker = Annotation.create(article, "actor", 4, 12, entity_id=ministry.id)
        store.add_annotation(speaker, new_entity=ministry)
        attributes = ClaimAttributes(
            claimant_annotation_id=speaker.id, claimant_entity_id=ministry.id, cue="claimed",
            claim_type="territorial_control", certainty="uncommitted",
        )  # fmt: skip
        store.add_annotation(Annotation.create(article, "claim", 21, len(text) - 1, attributes=attributes))
    out = io.StringIO()
    assert run(["show", article.id, "--db", str(db)], stdout=out) == 0
    assert (
        "'its troops took Novohrodivka' · said by Russian Defence Ministry (“claimed”) · territorial control, uncommitted"
        in out.getvalue()
    )
    assert f"[{speaker.id}, " in out.getvalue()  # a newcomer was told `show` lists the ids `entities split` takes


def test_suggest_says_on_stderr_when_it_prepares_the_built_in_places(tmp_path: Path, monkeypatch) -> None:
    """Found by a newcomer: the first `fieldmark suggest` after an install sat silent for 18.7 s
    while the built-in places were derived. It says so on stderr, and only then."""
    from annotations.model import Article
    from annotations.store import Store
    from annotations.suggest import builtin_places

    db = tmp_path / "db"
    with Store.open(db) as store:
        store.add_article(Article.create("one", "Fighting went on in Kunduz."))
        (summary,) = store.articles()
    said = []
    for ready in (False, True):
        monkeypatch.setattr(builtin_places, "index_ready", lambda ready=ready: ready)
        out, err = io.StringIO(), io.StringIO()
        assert run(["suggest", summary.id, "--db", str(db)], stdout=out, stderr=err) == 0
        assert out.getvalue().splitlines()[-1] == "1 suggestion"  # stdout as before, for scripts
        said.append(err.getvalue())
    assert said == ["fieldmark: preparing the built-in places (the first time after an install only)…\n", ""]


def test_bom_starts_the_spreadsheet_tables_only(tmp_path: Path) -> None:
    """An export newcomer's events CSV showed "MitrovicÃ«" in Excel, which reads a file without a
    byte order mark as the machine's old code page: `--bom` writes one, for CSV tables only."""
    from annotations.model import ActorDetails, Annotation, Article, ClaimAttributes, Entity, PlaceDetails

    db = tmp_path / "db"
    text = "Kosovo Police killed two gunmen in Mitrovicë, officials said."
    article = Article.create("Mitrovicë", text, published="2026-11-28")
    with Store.open(db) as store:
        store.add_article(article)
        police = Entity.actor("Kosovo Police", ActorDetails("state_forces", aliases=("KP; Kosovo",)))
        town = Entity.place("Mitrovicë", PlaceDetails("city", country="Kosovo", latitude=42.9, longitude=20.9))
        store.add_annotation(Annotation.create(article, "actor", 0, 13, entity_id=police.id), new_entity=police)
        at = text.index("Mitrovicë")
        store.add_annotation(Annotation.create(article, "district", at, at + 9, entity_id=town.id), new_entity=town)
        claim = ClaimAttributes(cue="said", claim_type="casualties", places=(town.id,))
        store.add_annotation(Annotation.create(article, "claim", 0, at + 9, attributes=claim))
    err = io.StringIO()
    for args in (["export", "--format", "csv"], ["export", "--format", "events"], ["entities", "export"]):
        target = tmp_path / f"{args[0]}-{args[-1]}.csv"
        assert run([*args, "--bom", "-o", str(target), "--db", str(db)], stdout=io.StringIO(), stderr=err) == 0
        raw = target.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1, args
        assert "Mitrovicë" in raw.decode("utf-8-sig"), err.getvalue()
        plain = tmp_path / f"plain-{args[-1]}.csv"
        assert run([*args, "-o", str(plain), "--db", str(db)], stdout=io.StringIO(), stderr=err) == 0
        assert plain.read_bytes() == raw[3:]  # otherwise the same file
    from annotations.entities.lists import read_list

    (listed,) = [e for e in read_list(tmp_path / "entities-export.csv") if e.kind == "actor"]
    assert listed.details.aliases == ("KP; Kosovo",)
    for args in (["export", "--format", "json"], ["entities", "export", "--format", "json"]):
        err = io.StringIO()
        assert run([*args, "--bom", "--db", str(db)], stdout=io.StringIO(), stderr=err) == 1
        assert "--bom is for" in err.getvalue()


@pytest.mark.parametrize("fmt", ["json", "csv", "w3c", "events", "events-json"])
def test_an_unknown_article_to_export_is_said_before_anything_is_written(tmp_path: Path, fmt: str) -> None:
    """Found by a newcomer: `export --article nope` began a JSON document (or a CSV header) on the
    screen before it said there was no such article; as events it said "exported 0 events" and
    exited 0, leaving a file of headers."""
    from annotations.model import Article

    db = str(tmp_path / "db")
    with Store.open(Path(db)) as store:
        store.add_article(Article.create("Report", "Fighting in Herat."))
    out, err = io.StringIO(), io.StringIO()
    assert run(["export", "--db", db, "--format", fmt, "--article", "nope"], stdout=out, stderr=err) == 1
    assert out.getvalue() == "" and "no article with id nope" in err.getvalue()
    target = tmp_path / "out"
    assert run(["export", "--db", db, "--format", fmt, "--article", "nope", "-o", str(target)], stderr=err) == 1
    assert not target.exists()


def test_agreement_of_an_analyst_with_no_tags_says_there_is_nothing_to_compare(tmp_path: Path) -> None:
    """Found by a newcomer: `agree --annotators root sam`, sam having tagged nothing, printed 0.00
    on every row and exited 0 without a word."""
    from annotations.model import Annotation, Article

    db = str(tmp_path / "db")
    with Store.open(Path(db)) as store:
        article = Article.create("Report", "Fighting in Herat went on.")
        store.add_article(article)
        store.add_annotation(Annotation.create(article, "district", 12, 17, annotator="root"))
    out, err = io.StringIO(), io.StringIO()  # a third newcomer's misspelt name: refused, not a table
    assert run(["agree", "--db", db, "--annotators", "root", "sam"], stdout=out, stderr=err) == 1
    assert "no accepted tags of sam in this corpus (analysts with tags: root)" in err.getvalue()
    with Store.open(Path(db)) as store:  # sam's tags in another article only
        other = Article.create("Other", "Fighting in Kunduz went on.")
        store.add_article(other)
        store.add_annotation(Annotation.create(other, "district", 12, 18, annotator="sam"))
    out, err = io.StringIO(), io.StringIO()
    assert run(["agree", "--db", db, "--annotators", "root", "sam"], stdout=out, stderr=err) == 0
    assert "no article holds accepted tags of both root and sam" in err.getvalue()
    assert "0.00" not in out.getvalue() and "district" in out.getvalue()


def test_setting_an_affiliation_says_the_affiliation_and_warns_of_a_group_no_one_is_named(tmp_path: Path) -> None:
    """Found by a newcomer: `entities set "Adam Rojal" --affiliation "Nonexistent Group"` said "set
    Adam Rojal: civilians" (its type; the undo said so too) and took a group no actor is named."""
    from annotations.model import ActorDetails, Entity

    db = str(tmp_path / "db")
    with Store.open(Path(db)) as store:
        store.put_entity(Entity.actor("Adam Rojal", ActorDetails("civilians")))
        store.put_entity(Entity.actor("Rapid Support Forces", ActorDetails("rebel_group")))
    out, err = io.StringIO(), io.StringIO()
    assert (
        run(["entities", "set", "Adam Rojal", "--affiliation", "Nonexistent Group", "--db", db], stdout=out, stderr=err)
        == 0
    )
    assert "set Adam Rojal: affiliated to Nonexistent Group" in out.getvalue()
    assert "no actor is named Nonexistent Group" in err.getvalue()
    out, err = io.StringIO(), io.StringIO()
    assert (
        run(
            ["entities", "set", "Adam Rojal", "--affiliation", "rapid support forces", "--db", db],
            stdout=out,
            stderr=err,
        )
        == 0
    )
    assert err.getvalue() == ""


def test_an_export_option_its_format_does_not_take_is_refused_not_ignored(tmp_path: Path) -> None:
    """Found by a newcomer: `export --format json --table places` and `--format jsonl --per-claim`
    wrote the whole export as if the option had not been given."""
    from annotations.model import Article

    db = str(tmp_path / "db")
    with Store.open(Path(db)) as store:
        store.add_article(Article.create("Report", "Fighting in Herat."))
    for args, said in ((["--format", "json", "--table", "places"], "--table is for --format csv"),
                       (["--format", "jsonl", "--per-claim"], "--per-claim is for --format events")):  # fmt: skip
        out, err = io.StringIO(), io.StringIO()
        assert run(["export", "--db", db, *args], stdout=out, stderr=err) == 1
        assert said in err.getvalue() and out.getvalue() == ""
    out = io.StringIO()
    assert run(["export", "--db", db, "--format", "csv", "--table", "places"], stdout=out, stderr=io.StringIO()) == 0


@pytest.mark.parametrize("where", ["after", "before"])
def test_copy_refuses_a_db_it_would_ignore(tmp_path: Path, where: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Found by a newcomer: `copy --db X SOURCE DEST` took --db like every other command and
    ignored it; SOURCE and DEST say which databases. Refused as it is read (a second newcomer's
    `copy --db SOURCE DEST` was told DEST was missing: --db had taken SOURCE)."""
    from annotations.model import Article

    source, destination = tmp_path / "source", tmp_path / "dest"
    with Store.open(source) as store:
        store.add_article(Article.create("Report", "Fighting in Herat went on."))
    given = ["--db", str(tmp_path / "other")]
    argv = (
        ["copy", *given, str(source), str(destination)]
        if where == "after"
        else [*given, "copy", str(source), str(destination)]
    )
    err = io.StringIO()

    for refused in (argv, ["copy", "--db", str(source), str(destination)]):
        with pytest.raises(SystemExit) as exited:
            run(refused, stdout=io.StringIO(), stderr=err)
        assert exited.value.code == 2
        said = capsys.readouterr().err
        assert "copy takes no --db" in said and "required" not in said
    assert not destination.exists() and not (tmp_path / "other").exists()
    assert run(["copy", str(source), str(destination)], stdout=io.StringIO(), stderr=err) == 0
    with Store.open(destination, readonly=True) as copied:
        assert len(copied) == 1


def test_copy_refuses_a_database_inside_the_other(tmp_path: Path) -> None:
    """Found by a newcomer: `copy copy1 copy1/sub` made a database inside the database, which its
    check passed and its backups copied."""
    from annotations.model import Article

    source = tmp_path / "copy1"
    with Store.open(source) as store:
        store.add_article(Article.create("Report", "Fighting in Herat went on."))
    err = io.StringIO()

    assert run(["copy", str(source), str(source / "sub")], stdout=io.StringIO(), stderr=err) == 1
    assert "inside" in err.getvalue() and not (source / "sub").exists()
    assert run(["copy", str(source), str(tmp_path)], stdout=io.StringIO(), stderr=err) == 1


def test_show_prints_a_claims_event_type_links_and_notes(tmp_path: Path) -> None:
    """A newcomer's notes and links were in the app's detail and the JSON export only."""
    from annotations.model import Annotation, Article, ClaimAttributes, ClaimLink, DistrictAttributes
    from annotations.store import Store

    db = tmp_path / "db"
    text = "The army said it retook Kidal. Rebels said they still hold Kidal."
    article = Article.create("Kidal", text)
    with Store.open(db) as store:
        store.add_article(article)
        place = DistrictAttributes("contested", note="two sides, [bold]no[/] third source")
        store.add_annotation(Annotation.create(article, "district", 24, 29, attributes=place))
        first = Annotation.create(article, "claim", 14, 29, attributes=ClaimAttributes(cue="said"))
        store.add_annotation(first)
        link = ClaimLink("contradicts", article.id, first.id)
        second = ClaimAttributes(cue="said", links=(link,), event_type="Battles: Armed clash", note="unverified")
        store.add_annotation(Annotation.create(article, "claim", 47, len(text) - 1, attributes=second))
    out = io.StringIO()
    assert run(["show", article.id, "--db", str(db)], stdout=out) == 0
    lines = [line.strip() for line in out.getvalue().splitlines()]
    assert "note 'two sides, [bold]no[/] third source'" in lines
    assert "event Battles: Armed clash" in lines and "note 'unverified'" in lines
    assert any(line.startswith("contradicts") and "it retook Kidal" in line for line in lines), lines


def test_show_lists_one_annotators_work_and_says_whose_there_is(tmp_path: Path) -> None:
    """stop 71's newcomer compared two analysts' tags in `show`, interleaved, with no way to part them."""
    from annotations.model import Annotation, Article
    from annotations.store import Store

    db = tmp_path / "db"
    article = Article.create("two", "Fighting in Kunduz and Kabul went on.")
    with Store.open(db) as store:
        store.add_article(article)
        for who, words in (("ana", "Kunduz"), ("bo", "Kabul")):
            start = article.text.index(words)
            store.add_annotation(Annotation.create(article, "district", start, start + len(words), annotator=who))
    out = io.StringIO()
    assert run(["show", article.id, "--db", str(db), "--annotator", "bo"], stdout=out) == 0
    assert (
        "annotations: 1 by bo\n" in out.getvalue() and "'Kabul'" in out.getvalue() and "'Kunduz'" not in out.getvalue()
    )
    out = io.StringIO()
    assert run(["show", article.id, "--db", str(db), "--annotator", "cy"], stdout=out) == 0
    assert "annotations: 0 by cy (annotations here are by ana, bo)" in out.getvalue()
