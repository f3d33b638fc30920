"""Gazetteers kept as indexes on disk: streamed in, never parsed whole, found as in memory.

A gazetteer of a million places once took a minute and gigabytes for each `gazetteer list` and
`suggest`; these tests pin what replaced it: the index finds what the in-memory gazetteer finds,
an import holds a batch in memory and not the file, a refused file keeps nothing, and a
gazetteer kept by an older Fieldmark still works.
"""

from __future__ import annotations

import io
import json
import random
import sqlite3
import tracemalloc
from pathlib import Path

import pytest

from annotations.cli import run
from annotations.model import Article
from annotations.store import Store
from annotations.suggest import Knowledge, Suggestion, suggest
from annotations.suggest.gazetteer import Gazetteer, Place
from annotations.suggest.gazetteer_files import iter_gazetteer_file, read_gazetteer_file
from annotations.suggest.place_index import MAPPED, PlaceIndex, write_index

SYLLABLES = "ka bul her at kun duz mai ma na sar pul ba dakh shan ga zni jal abad khost far yab nim roz".split()


def synthetic_places(count: int, seed: int = 3) -> list[Place]:
    rng = random.Random(seed)

    def name() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()

    places = []
    for n in range(count):
        alternates = (name(),) if n % 3 == 0 else ()
        if n % 50 == 0:
            alternates += ("ولسوالی " + str(n),)  # another script: found under its script key
        kind = ("district", "city", "village")[n % 3]
        places.append(Place(f"file:t:{n}", name(), kind, alternates, province=name(), source="t"))  # type: ignore[arg-type]
    return places


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_the_index_finds_what_the_gazetteer_in_memory_finds(tmp_path: Path) -> None:
    places = synthetic_places(3000)
    memory = Gazetteer(places)
    write_index(tmp_path / "g.sqlite", iter(places))
    index = PlaceIndex(tmp_path / "g.sqlite")
    assert len(index) == len(memory) == 3000 and index.max_words == memory.max_words
    rng = random.Random(5)
    names = [n for p in rng.sample(places, 300) for n in p.names()]
    misspelt = [n[:-1] + "x" for n in names] + [n[:2] + n[3:] for n in names] + ["Nowhere at all", "Ka"]
    for name in names + misspelt:
        assert index.lookup(name) == memory.lookup(name), name
        assert index.fuzzy(name) == memory.fuzzy(name), name
        assert index.search(name) == memory.search(name), name
    assert list(index.all_places()) == places
    text = f"Fighting was reported in {places[7].name} and near {places[9].name} on Monday."
    assert seen(suggest(text, Knowledge([index]))) == seen(suggest(text, Knowledge([memory])))


def test_an_index_is_read_through_a_memory_map(tmp_path: Path) -> None:
    """Pages read by a call each cost a long article's first lookups ten times as much on a cold
    start (150 ms of 1,852 keys against 14): the file is mapped, and read as mapped."""
    write_index(tmp_path / "g.sqlite", iter(synthetic_places(50)))
    index = PlaceIndex(tmp_path / "g.sqlite")
    assert index._db.execute("PRAGMA mmap_size").fetchone()[0] == MAPPED
    assert len(list(index.all_places())) == 50


def test_an_index_holds_its_places_clean_and_an_older_one_is_cleaned_as_read(tmp_path: Path) -> None:
    dirty = Place("file:t:1", "Kun\u202educ", "district", ("Sar-e  Pul\x07",), province=" Kunduz\n", source="t")
    clean = Place("file:t:1", "Kunduc", "district", ("Sar-e Pul",), province="Kunduz", source="t")
    write_index(tmp_path / "new.sqlite", [dirty])
    assert list(PlaceIndex(tmp_path / "new.sqlite").all_places()) == [clean]
    older = tmp_path / "older.sqlite"  # written raw, before an index said its records were clean
    write_index(older, [clean])
    with sqlite3.connect(older) as connection:
        connection.execute("UPDATE places SET doc = ?", (json.dumps(dirty.to_dict()),))
        connection.execute("DELETE FROM about WHERE field = 'clean'")
    connection.close()
    assert list(PlaceIndex(older).all_places()) == [clean]


def seen(suggestions: list[Suggestion]) -> list[tuple[object, ...]]:
    """What a suggestion shows, without the id of the entity it would make (new each time)."""
    return [(s.kind, s.start, s.end, s.reason, s.entity and s.entity.details) for s in suggestions]


def test_importing_holds_a_batch_in_memory_not_the_file(tmp_path: Path) -> None:
    """Writing an index from a file streams it: three times the places, the same peak memory
    (a batch and SQLite's own cache), where reading them whole grows with them."""

    def peak(count: int, stream: bool) -> int:
        path = tmp_path / f"{count}.csv"
        rows = [f"Place{n},Alt{n}|Other{n},Province{n % 40},C{n}" for n in range(count)]
        path.write_text("name,alternates,province,code\n" + "\n".join(rows) + "\n", encoding="utf-8")
        tracemalloc.start()
        try:
            if stream:
                write_index(tmp_path / f"{count}.sqlite", iter_gazetteer_file(path))
            else:
                whole = read_gazetteer_file(path)
                del whole
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(4_000, stream=True), peak(12_000, stream=True)
    assert large < small * 1.5, (small, large)  # not three times
    assert peak(12_000, stream=False) > 2 * peak(4_000, stream=False)  # what holding them costs
    assert len(PlaceIndex(tmp_path / "12000.sqlite")) == 12_000


def test_a_file_refused_half_way_keeps_the_gazetteer_there_was(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    good = tmp_path / "districts.csv"
    good.write_text("name,province\nImam Sahib,Kunduz\n", encoding="utf-8")
    assert cli("gazetteer", "import", str(good), "--db", db)[0] == 0
    huge = "x" * 140_000
    good.write_text("name,province\n" + "Qala-e Zal,Kunduz\n" * 3 + f'"{huge}",Kunduz\n', encoding="utf-8")
    code, _, err = cli("gazetteer", "import", str(good), "--db", db)
    assert (
        code == 1 and "districts.csv" in err and "row 4 after the header" in err and len(err.strip().splitlines()) == 1
    )
    good.write_bytes(b"name,province\nQala-e Zal,Kunduz\n" + b"Bad \xff name,Kunduz\n")
    code, _, err = cli("gazetteer", "import", str(good), "--db", db)
    assert code == 1 and "not UTF-8" in err
    shapes = tmp_path / "districts.json"
    shapes.write_text(json.dumps([{"name": "Alpha"}, {"name": ["a", {}]}]), encoding="utf-8")
    code, _, err = cli("gazetteer", "import", str(shapes), "--name", "districts", "--db", db)
    assert code == 1 and "place 2" in err and "'name' is not text" in err
    code, out, _ = cli("gazetteer", "list", "--db", db)
    assert "districts 1 places" in out
    assert cli("gazetteer", "search", "Imam Sahib", "--db", db)[0] == 0
    assert not [p for p in (tmp_path / "db" / "gazetteer").iterdir() if p.name != "districts.sqlite"]


@pytest.mark.parametrize(
    ("document", "names"),
    [
        ([{"name": "Alpha"}, {"name": "Beta"}], ["Alpha", "Beta"]),
        ({"meta": {"name": "not a place"}, "data": [{"name": "Alpha"}]}, ["Alpha"]),
        ({"items": [{"name": "Beta"}], "places": [{"name": "Alpha"}]}, ["Alpha"]),
        ({"name": "Alpha", "children": [{"name": "Beta"}]}, ["Alpha", "Beta"]),
        ({"name": "Alpha"}, ["Alpha"]),
        ({"provinces": [{"name": "Alpha", "children": [{"name": "Beta"}, 7]}]}, ["Alpha", "Beta"]),
    ],
)
def test_json_gazetteers_of_every_shape_are_streamed(tmp_path: Path, document: object, names: list[str]) -> None:
    path = tmp_path / "g.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert [p.name for p in iter_gazetteer_file(path)] == names


def test_a_large_gazetteer_is_imported_with_a_word_about_its_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotations.suggest import gazetteer_files

    monkeypatch.setattr(gazetteer_files, "LARGE", 2)
    path = tmp_path / "g.csv"
    path.write_text("name\nAlpha\nBeta\nGamma\n", encoding="utf-8")
    code, out, err = cli("gazetteer", "import", str(path), "--db", str(tmp_path / "db"))
    assert code == 0 and "imported 3 places" in out and "large gazetteer (3 places" in err


def test_a_gazetteer_kept_by_an_older_fieldmark_works_until_imported_again(tmp_path: Path) -> None:
    db = tmp_path / "db"
    with Store.open(db) as store:
        store.add_article(Article.create("A", "The Taliban captured Imam Sahib district."))
    legacy = db / "gazetteer" / "districts.json"
    legacy.parent.mkdir()
    legacy.write_text(json.dumps([{"id": "file:d:1", "name": "Imam Sahib", "kind": "district", "province": "Kunduz"}]))
    assert "districts 1 places" in cli("gazetteer", "list", "--db", str(db))[1]
    assert "Kunduz" in cli("gazetteer", "search", "Imam Sahib", "--db", str(db))[1]
    source = tmp_path / "districts.csv"
    source.write_text("name,province\nImam Sahib,Kunduz\nQala-e Zal,Kunduz\n", encoding="utf-8")
    assert cli("gazetteer", "import", str(source), "--db", str(db))[0] == 0
    assert sorted(p.name for p in (db / "gazetteer").iterdir()) == ["districts.sqlite"]
    assert "districts 2 places" in cli("gazetteer", "list", "--db", str(db))[1]


def test_a_damaged_index_is_said_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "db"
    source = tmp_path / "districts.csv"
    source.write_text("name,province\nImam Sahib,Kunduz\n", encoding="utf-8")
    assert cli("gazetteer", "import", str(source), "--db", str(db))[0] == 0
    index = db / "gazetteer" / "districts.sqlite"
    index.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    code, _, err = cli("gazetteer", "list", "--db", str(db))
    assert code == 1 and "districts.sqlite" in err and "damaged" in err and len(err.strip().splitlines()) == 1


def test_check_lists_a_damaged_gazetteer_and_repair_removes_it_after_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "db"
    source = tmp_path / "districts.csv"
    source.write_text("name,province\n" + "".join(f"Place{n},Kunduz\n" for n in range(3000)), encoding="utf-8")
    assert cli("import", "--db", str(db), str(_article(tmp_path)))[0] == 0
    assert cli("gazetteer", "import", str(source), "--db", str(db))[0] == 0
    assert cli("check", "--db", str(db))[1].endswith("no problems found\n")
    index = db / "gazetteer" / "districts.sqlite"
    data = bytearray(index.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = bytes(4096)  # a page in the middle lost
    index.write_bytes(bytes(data))
    code, out, _ = cli("check", "--db", str(db))
    assert code == 1 and "problem: gazetteer districts: gazetteer index is damaged" in out
    code, out, _ = cli("check", "--repair", "--db", str(db))
    assert "backed up to" in out and "removed (the backup keeps it)" in out
    assert cli("check", "--db", str(db))[1].endswith("no problems found\n")
    backups = list((tmp_path / "db.backups").glob("*-before-repair/gazetteer/districts.sqlite"))
    assert len(backups) == 1


def test_a_gazetteer_can_be_removed(tmp_path: Path) -> None:
    db = str(tmp_path / "db")
    source = tmp_path / "districts.csv"
    source.write_text("name,province\nImam Sahib,Kunduz\n", encoding="utf-8")
    assert cli("gazetteer", "import", str(source), "--db", db)[0] == 0
    assert cli("gazetteer", "remove", "districts", "--db", db)[:2] == (0, "removed gazetteer districts\n")
    assert "districts" not in cli("gazetteer", "list", "--db", db)[1]
    code, _, err = cli("gazetteer", "remove", "districts", "--db", db)
    assert code == 1 and "error: no gazetteer 'districts' in this database (imported: none" in err and db not in err
    assert cli("gazetteer", "import", str(source), "--db", db)[0] == 0  # helper-354: removed by its file's name
    assert cli("gazetteer", "remove", str(source), "--db", db)[:2] == (0, "removed gazetteer districts\n")


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Kunduz\nThe Taliban captured Imam Sahib district.\n", encoding="utf-8")
    return path
