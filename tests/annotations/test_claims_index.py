"""The claims index: a second reading opens only the articles that changed, and reads the same."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from annotations.claims.board import BoardClaim, board_claims
from annotations.claims.index import INDEX_FILE, ClaimsIndex
from annotations.model import ActorDetails, Article, Entity, PlaceDetails
from annotations.store import Store

from ..helpers import claim_about

KIDAL = Entity.place("Kidal", PlaceDetails("city", country="Mali"))
ARMY = Entity.actor("Malian army", ActorDetails("state_forces"))
TEXTS = [
    ("Army enters Kidal", "The army said on Monday that troops had retaken Kidal from the rebels.", "2023-11-14"),
    ("Rebels deny", "The rebels denied on Tuesday that Kidal had fallen to the army.", "2023-11-15"),
    ("No claims here", "Markets in Bamako were quiet on Wednesday.", "2023-11-16"),
]


def build(db: Path) -> list[Article]:
    made = [Article.create(title, text, published=day) for title, text, day in TEXTS]
    with Store.open(db) as store:
        store.put_entity(ARMY)
        for article in made:
            store.add_article(article)
        claim_about(store, made[0], "troops had retaken Kidal from the rebels", KIDAL, ARMY, status="retaken")
        claim_about(store, made[1], "Kidal had fallen to the army", KIDAL, ARMY, status="captured")
    return made


def read(store: Store) -> tuple[list[BoardClaim], int]:
    index = ClaimsIndex(store.derived_folder())
    claims = list(board_claims(store, index))
    return claims, index.derived


def shown(claims: list[BoardClaim]) -> list[dict[str, object]]:
    return [c.to_dict() for c in claims]


def test_a_second_reading_derives_nothing_and_reads_the_same(tmp_path: Path) -> None:
    build(tmp_path / "db")
    with Store.open(tmp_path / "db", readonly=True) as store:
        first, derived = read(store)
        assert derived == 2  # the articles with claims: the one without is told by its counts, not read
        again, derived_again = read(store)
    assert derived_again == 0
    assert shown(again) == shown(first) and len(first) == 2
    assert first[0].when is not None and first[0].when.day.isoformat() == "2023-11-13"  # "on Monday"
    assert first[0].statuses == {KIDAL.id: "retaken"}


def test_an_edit_derives_its_article_again_and_nothing_else(tmp_path: Path) -> None:
    made = build(tmp_path / "db")
    with Store.open(tmp_path / "db") as store:
        read(store)
        claim = next(a for a in store.annotations(made[1].id) if a.kind == "claim")
        store.update_annotation(claim.edited(attributes=replace(claim.attributes, cue="denied")))  # type: ignore[type-var]
        claims, derived = read(store)
        assert derived == 1
        assert [c.facts.cue for c in claims] == ["said", "denied"]
        store.undo()
        claims, derived = read(store)
        assert derived == 1 and [c.facts.cue for c in claims] == ["said", "said"]
        store.set_details(made[0].id, published="2023-12-05", source="")  # a Tuesday: "on Monday" is the 4th
        claims, derived = read(store)
        assert derived == 1 and claims[0].when is not None and claims[0].when.day.isoformat() == "2023-12-04"


def test_names_are_read_at_each_reading_not_kept(tmp_path: Path) -> None:
    build(tmp_path / "db")
    with Store.open(tmp_path / "db") as store:
        read(store)
        store.put_entity(replace(ARMY, name="FAMa"))
        claims, derived = read(store)
    assert derived == 0 and {c.claimant for c in claims} == {"FAMa"}


def test_a_damaged_or_foreign_index_is_derived_again(tmp_path: Path) -> None:
    build(tmp_path / "db")
    index_file = tmp_path / "db" / "derived" / INDEX_FILE
    with Store.open(tmp_path / "db", readonly=True) as store:
        expected = shown(read(store)[0])
        for damage in (b"{not json", b"[]", b'{"rules": "other", "articles": {}}'):
            index_file.write_bytes(damage)
            claims, derived = read(store)
            assert derived == 2 and shown(claims) == expected


def test_the_index_is_kept_out_of_backups_and_snapshots(tmp_path: Path) -> None:
    build(tmp_path / "db")
    with Store.open(tmp_path / "db") as store:
        with store.snapshot() as snapshot:  # a reader on another thread keeps the index too
            read(snapshot)
        assert (tmp_path / "db" / "derived" / INDEX_FILE).is_file()
        backup = Path(store.backup("test"))
    assert not (backup / "derived").exists() and (backup / "catalog").is_dir()


def test_an_article_removed_from_the_corpus_leaves_the_index(tmp_path: Path) -> None:
    made = build(tmp_path / "db")
    with Store.open(tmp_path / "db") as store:
        read(store)
        store.quarantine_article(made[1].id)
        claims, derived = read(store)
    assert derived == 0 and [c.article_id for c in claims] == [made[0].id]
    with Store.open(tmp_path / "db", readonly=True) as store:
        assert read(store)[1] == 0  # the index was saved without it
