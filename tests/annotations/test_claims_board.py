"""The claims board's core and `fieldmark claims`: events, contradictions, independent sources."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from annotations.claims.board import board_claims, events
from annotations.cli import run
from annotations.model import (
    ActorDetails,
    Annotation,
    Article,
    Entity,
    PlaceDetails,
)
from annotations.store import Store

from ..helpers import claim_about, span

LASHIO = Entity.place("Lashio", PlaceDetails("city", country="Myanmar"))
MNDAA = Entity.actor("MNDAA", ActorDetails("rebel_group"))
JUNTA = Entity.actor("Zaw Min Tun", ActorDetails("government_officials"))


def tag_claim(
    store: Store, article: Article, words: str, speaker: Entity, *, status: str, certainty: str = "certain"
) -> None:
    claim_about(store, article, words, LASHIO, speaker, status=status, certainty=certainty)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    db = tmp_path / "db"
    with Store.open(db) as store:
        store.put_entity(MNDAA)
        store.put_entity(JUNTA)
        texts = [
            (
                "Rebels take Lashio",
                "The MNDAA said on Monday that its fighters captured Lashio after weeks of fighting.",
                "2021-06-22",
            ),
            ("Junta denies", "A spokesman denied that Lashio had fallen and said troops held the town.", "2021-06-23"),
            (
                "Agency report",
                "Quoting the MNDAA, an agency said its fighters captured Lashio on Monday.",
                "2021-06-23",
            ),
            ("Weeks later", "The MNDAA said its fighters still held Lashio on Thursday.", "2021-07-16"),
        ]
        made = [
            Article.create(title, text, published=day, source=f"https://e.org/{n}")
            for n, (title, text, day) in enumerate(texts)
        ]
        for article in made:
            store.add_article(article)
        tag_claim(store, made[0], "its fighters captured Lashio after weeks of fighting", MNDAA, status="captured")
        tag_claim(store, made[1], "Lashio had fallen", JUNTA, status="government_held", certainty="negated")
        tag_claim(store, made[2], "its fighters captured Lashio on Monday", MNDAA, status="captured")
        tag_claim(store, made[3], "its fighters still held Lashio on Thursday", MNDAA, status="captured")
    return db


def test_claims_of_a_place_close_in_time_are_one_event_with_contradictions_and_sources(corpus: Path) -> None:
    with Store.open(corpus, readonly=True) as store:
        found = events(board_claims(store))
    later, first = found  # most recent first
    assert len(first.claims) == 3 and len(later.claims) == 1
    assert first.first is not None and first.first.isoformat() == "2021-06-21"  # "on Monday" before a Tuesday
    assert first.independent_sources == 2  # the MNDAA twice (its statement and an agency quoting it), the junta once
    pairs = {(a.claimant, b.claimant) for a, b in first.contradictions()}
    assert pairs and all("Zaw Min Tun" in pair for pair in pairs)
    assert later.contradictions() == []


def test_the_claims_command_groups_filters_and_prints_json(corpus: Path) -> None:
    out = io.StringIO()
    assert run(["claims", "--db", str(corpus)], stdout=out) == 0
    text = out.getvalue()
    assert (
        "Lashio · territorial control · 2021-06-21 – 2021-06-23 · 3 claims, 2 independent sources · CONTRADICTED"
        in text
    )
    assert "2 events from 4 claims" in text
    out = io.StringIO()
    assert run(["claims", "--since", "2021-07-01", "--json", "--db", str(corpus)], stdout=out) == 0
    (event,) = json.loads(out.getvalue())
    assert event["claims"][0]["date"] == "2021-07-15" and not event["contradicted"]
    out = io.StringIO()
    assert run(["claims", "--actor", "zaw", "--place", "lash", "--json", "--db", str(corpus)], stdout=out) == 0
    (event,) = json.loads(out.getvalue())  # the event whole: a filter chooses events, it does not regroup them
    (said,) = [c for c in event["claims"] if c["claimant"] == "Zaw Min Tun"]
    assert said["certainty"] == "negated" and len(event["claims"]) == 3 and event["contradicted"]
    err = io.StringIO()
    assert run(["claims", "--since", "lately", "--db", str(corpus)], stderr=err) != 0


def test_a_places_timeline_as_the_claims_tell_it(corpus: Path) -> None:
    from annotations.claims.timeline import timeline, timeline_line

    with Store.open(corpus, readonly=True) as store:
        claims = list(board_claims(store))
    moments = timeline(claims, LASHIO.id)
    assert [(m.day.isoformat(), m.status) for m in moments] == [("2021-06-21", "captured"), ("2021-07-15", "captured")]
    assert timeline_line(moments).startswith("06-21 captured (MNDAA) → 07-15 captured")
    out = io.StringIO()
    assert run(["claims", "--place", "Lashio", "--db", str(corpus)], stdout=out) == 0
    assert out.getvalue().startswith("Lashio, as the claims tell it: 06-21 captured (MNDAA)")
    assert "  06-21 " + "█" * 25 + " 07-15 (a cell a day)\n  █ the attackers hold it\n" in out.getvalue()
    out = io.StringIO()  # spelt otherwise, the timeline too (a reviewer's case)
    assert run(["claims", "--place", "Lashyo", "--db", str(corpus)], stdout=out) == 0
    assert out.getvalue().startswith("Lashio, as the claims tell it:")


def test_two_claims_of_one_article_that_disagree_keep_their_own_status(tmp_path: Path) -> None:
    """Found by a newcomer: the place's status is one per article, so both claims looked alike."""
    with Store.open(tmp_path / "db") as store:
        store.put_entity(MNDAA)
        store.put_entity(JUNTA)
        text = (
            "The MNDAA said its fighters captured Lashio on Monday. The army said its troops retook Lashio on Tuesday."
        )
        article = Article.create("Lashio", text, published="2021-06-23")
        store.add_article(article)
        tag_claim(store, article, "its fighters captured Lashio on Monday", MNDAA, status="captured")
        tag_claim(store, article, "its troops retook Lashio on Tuesday", JUNTA, status="captured")
        (event,) = events(board_claims(store))
    said = {c.claimant: c.statuses[LASHIO.id] for c in event.claims}
    assert said == {"MNDAA": "captured", "Zaw Min Tun": "retaken"}
    assert set(event.sides()) == {"attackers", "government"}
    assert not event.contradictions()  # captured on Monday, retaken on Tuesday: told in turn


def test_a_claim_is_about_the_places_it_tells_something_of(tmp_path: Path) -> None:
    """Found by a newcomer: every place tagged inside a claim made an event of its own."""
    from annotations.model import Annotation, ClaimAttributes

    from ..helpers import span

    imam_sahib = Entity.place("Imam Sahib", PlaceDetails("district", country="Afghanistan"))
    kabul = Entity.place("Kabul", PlaceDetails("city", country="Afghanistan"))
    article = Article.create(
        "Imam Sahib", "The Taliban captured Imam Sahib from the government in Kabul.", published="2021-06-22"
    )
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        for place in (imam_sahib, kabul):
            store.add_annotation(Annotation.create(article, "district", *span(article, place.name), entity_id=place.id),
                                 new_entity=place)  # fmt: skip
        words = span(article, "The Taliban captured Imam Sahib from the government in Kabul")
        store.add_annotation(Annotation.create(article, "claim", *words, attributes=ClaimAttributes(cue="said")))
        (event,) = events(board_claims(store))
    assert event.place == "Imam Sahib" and event.claims[0].statuses == {imam_sahib.id: "captured", kabul.id: "unknown"}


def test_a_claim_about_no_place_is_filed_with_the_claims_it_is_linked_with(tmp_path: Path) -> None:
    """Found by a newcomer: the board hid "The FADM denied the claim", linked as contradicting
    Amaq's claim about Macomia, as about no tagged place; the claims table lists it there too."""
    from annotations.exchange.export import export
    from annotations.model import Annotation, ClaimAttributes, ClaimLink

    from ..helpers import span

    macomia = Entity.place("Macomia", PlaceDetails("district", country="Mozambique"))
    amaq = Entity.actor("Amaq", ActorDetails("media"))
    text = "Amaq said its fighters took Macomia. The army denied the claim, calling it propaganda."
    article = Article.create("Macomia", text, published="2024-03-14")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.put_entity(amaq)
        claim = claim_about(store, article, "its fighters took Macomia", macomia, amaq, status="captured")
        link = ClaimLink("contradicts", article.id, claim.id)
        denial = ClaimAttributes(cue="denied", certainty="negated", claim_type="territorial_control", links=(link,))
        store.add_annotation(Annotation.create(article, "claim", *span(article, "the claim"), attributes=denial))
        (event,) = events(board_claims(store))
        export(store, "csv", tmp_path / "claims.csv")
    assert [c.quote for c in event.claims] == ["its fighters took Macomia", "the claim"]
    assert event.contradictions()
    rows = (tmp_path / "claims.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert all(",Macomia," in row for row in rows)


def test_a_denial_linked_to_a_claim_of_another_type_is_in_its_event_and_marked(tmp_path: Path) -> None:
    """Left from the last stop: a denial the analyst linked as contradicting a capture, but typed
    "other", was an event of its own, and the board marked neither."""
    from annotations.model import Annotation, ClaimAttributes, ClaimLink, DistrictAttributes

    from ..helpers import span

    macomia = Entity.place("Macomia", PlaceDetails("district", country="Mozambique"))
    amaq, army = Entity.actor("Amaq", ActorDetails("media")), Entity.actor("FADM", ActorDetails("state_forces"))
    first = Article.create("Amaq", "Amaq said its fighters took Macomia on Sunday.", published="2024-03-14")
    text = "The FADM denied on Monday that insurgents were anywhere near Macomia."
    second = Article.create("FADM", text, published="2024-03-15")
    with Store.open(tmp_path / "db") as store:
        for article in (first, second):
            store.add_article(article)
        store.put_entity(amaq)
        store.put_entity(army)
        claim = claim_about(store, first, "its fighters took Macomia", macomia, amaq, status="captured")
        at = text.index("Macomia")
        mention = Annotation.create(second, "district", at, at + 7, entity_id=macomia.id,
                                    attributes=DistrictAttributes("government_held"))  # fmt: skip
        store.add_annotation(mention)
        link = ClaimLink("contradicts", first.id, claim.id)
        denial = ClaimAttributes(claimant_entity_id=army.id, cue="denied", certainty="negated", links=(link,))
        words = span(second, "insurgents were anywhere near Macomia")
        store.add_annotation(Annotation.create(second, "claim", *words, attributes=denial))
        found = events(board_claims(store))
    (event,) = found
    assert event.claim_type == "territorial_control"
    assert [c.quote for c in event.claims] == ["its fighters took Macomia", "insurgents were anywhere near Macomia"]
    assert event.contradictions()


def test_a_denial_joins_the_events_of_what_it_denies_and_claims_linked_join_each_others(tmp_path: Path) -> None:
    """A reviewer's: a capture linked as contradicting a displacement claim moved out of its own
    event, and the contradiction with the army's retaking went with it; a denial linked to claims
    of two types sat in one of them, by the order of its links. A newcomer's: two claims that
    assert, linked as contradicting, were each in its own event, neither marked; each is now in
    both, its own kept."""
    from annotations.model import Annotation, ClaimAttributes, ClaimLink

    from ..helpers import span

    macomia = Entity.place("Macomia", PlaceDetails("district", country="Mozambique"))
    amaq, army = Entity.actor("Amaq", ActorDetails("media")), Entity.actor("FADM", ActorDetails("state_forces"))
    text = (
        "Amaq said its fighters took Macomia. The FADM said it retook Macomia. "
        "Aid workers said thousands fled Macomia. The FADM denied that anyone left Macomia or that it fell."
    )
    article = Article.create("Macomia", text, published="2024-03-14")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.put_entity(amaq)
        store.put_entity(army)
        took = claim_about(store, article, "its fighters took Macomia", macomia, amaq, status="captured")
        claim_about(store, article, "it retook Macomia", macomia, army, status="retaken")
        fled = claim_about(store, article, "thousands fled Macomia", macomia, amaq, status="unknown")
        store.update_annotation(edited(fled, claim_type="displacement"))
        store.update_annotation(edited(took, links=(ClaimLink("contradicts", article.id, fled.id),)))
        links = (ClaimLink("contradicts", article.id, fled.id), ClaimLink("contradicts", article.id, took.id))
        denial = ClaimAttributes(claimant_entity_id=army.id, cue="denied", certainty="negated", links=links)
        alone = ClaimAttributes(claimant_entity_id=army.id, cue="denied", certainty="negated",
                                claim_type="territorial_control", links=links[:1])  # fmt: skip
        store.add_annotation(Annotation.create(article, "claim", *span(article, "The FADM denied"), attributes=alone))
        at = span(article, "anyone left Macomia or that it fell")
        store.add_annotation(Annotation.create(article, "claim", *at, attributes=denial))
        found = {e.claim_type: e for e in events(board_claims(store))}
    quotes = {kind: [c.quote for c in event.claims] for kind, event in found.items()}
    assert quotes["territorial_control"] == [
        "its fighters took Macomia", "it retook Macomia", "thousands fled Macomia", "The FADM denied",
        "anyone left Macomia or that it fell",
    ]  # fmt: skip
    # a territorial denial linked to the displacement claim alone stays in its own type's event too
    assert quotes["displacement"] == [
        "its fighters took Macomia",
        "thousands fled Macomia",
        "The FADM denied",
        "anyone left Macomia or that it fell",
    ]
    assert found["territorial_control"].contradictions() and found["displacement"].contradictions()


def test_two_claims_of_other_types_linked_as_contradicting_are_marked_in_both_events(tmp_path: Path) -> None:
    """A newcomer's: the RSF's "its fighters had taken control of the army's positions in El
    Fasher" and the army's "repelled an attack on El Fasher, killing more than 100 attackers",
    linked as contradicting, stood in two events (territory, deaths), neither marked."""
    from annotations.model import ClaimLink

    fasher = Entity.place("El Fasher", PlaceDetails("city", country="Sudan"))
    rsf, saf = Entity.actor("RSF", ActorDetails("rebel_group")), Entity.actor("SAF", ActorDetails("state_forces"))
    text = (
        "The RSF said its fighters had taken control of the army's positions in El Fasher. "
        "The army said it repelled an attack on El Fasher, killing more than 100 attackers."
    )
    article = Article.create("El Fasher", text, published="2024-06-18")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.put_entity(rsf)
        store.put_entity(saf)
        taken = claim_about(store, article, "its fighters had taken control of the army's positions in El Fasher",
                            fasher, rsf, status="captured")  # fmt: skip
        repelled = claim_about(store, article, "it repelled an attack on El Fasher, killing more than 100 attackers",
                               fasher, saf, status="government_held")  # fmt: skip
        store.update_annotation(edited(repelled, claim_type="casualties"))
        store.update_annotation(edited(taken, links=(ClaimLink("contradicts", article.id, repelled.id),)))
        found = {e.claim_type: e for e in events(board_claims(store))}
    assert set(found) == {"territorial_control", "casualties"}
    for event in found.values():
        assert len(event.claims) == 2 and len(event.contradictions()) == 1
        assert all(event.contradicted(claim) for claim in event.claims)


def edited(annotation: Annotation, **changes: object) -> Annotation:
    """The annotation with these attributes changed."""
    from dataclasses import replace

    return annotation.edited(attributes=replace(annotation.attributes, **changes))  # type: ignore[arg-type]


def test_claims_are_found_by_any_name_of_their_place_and_claimant(tmp_path: Path) -> None:
    """Found by a newcomer: `fieldmark claims --actor ENDF` and `--place Gonder` found nothing
    where the army was tagged with the alias "ENDF" and Gondar as "Gonder"."""
    from annotations.claims.choosing import select

    gondar = Entity.place("Gondar", PlaceDetails("city", country="Ethiopia", aliases=("Gonder",)))
    army = Entity.actor("Ethiopian National Defense Force", ActorDetails("state_forces", aliases=("ENDF",)))
    article = Article.create("Gondar", "The ENDF said it retook Gondar on Monday.", published="2024-04-02")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.put_entity(army)
        claim_about(store, article, "it retook Gondar on Monday", gondar, army, status="retaken")
        claims = list(board_claims(store))
    assert [c.claim_id for c in select(claims, actor="ENDF")] == [claims[0].claim_id]
    assert [c.claim_id for c in select(claims, place="gonder")] == [claims[0].claim_id]
    assert list(select(claims, actor="Fano")) == []


def test_claims_of_one_toll_that_state_different_numbers_contradict(tmp_path: Path) -> None:
    """A newcomer's: the army's "12 killed" and the group's "40 killed" of one attack sat in one
    event with no contradiction marked. A claim stating two numbers (of two groups) takes no side."""

    texts = [
        ("Army toll", "The army said 12 soldiers were killed in Lashio on Monday.", "12 soldiers were killed in Lashio", JUNTA),
        ("Rebel toll", "The MNDAA said its fighters killed 40 soldiers in Lashio.", "its fighters killed 40 soldiers in Lashio", MNDAA),
        ("Both", "A monitor said 12 soldiers and 3 rebels were killed in Lashio.", "12 soldiers and 3 rebels were killed in Lashio", JUNTA),
        ("Again", "Officials said 12 soldiers died in Lashio.", "12 soldiers died in Lashio", JUNTA),
    ]  # fmt: skip
    db = tolls_at_lashio(tmp_path / "db", texts)
    with Store.open(db, readonly=True) as store:
        (event,) = events(board_claims(store))
    sides = {side: sorted(c.article_title for c in claims) for side, claims in event.sides().items()}
    assert sides == {"12 dead (forces)": ["Again", "Army toll"], "40 dead (forces)": ["Rebel toll"]}
    assert {frozenset((a.article_title, b.article_title)) for a, b in event.contradictions()} == {
        frozenset(("Army toll", "Rebel toll"))
    }


def test_a_claim_naming_its_place_as_the_town_gives_it_what_it_says(tmp_path: Path) -> None:
    """A newcomer's: "its fighters had captured the town" and "the town remained under the control
    of the army", about Lashio by the analyst's choice, showed no status and no contradiction."""
    from annotations.model import ClaimAttributes, DistrictAttributes

    from ..helpers import span

    texts = [
        ("Rebels", "The MNDAA said its fighters had captured the town of Lashio. The group said its fighters had captured the town.",
         "its fighters had captured the town", MNDAA, 1),
        ("Junta", "Zaw Min Tun said Lashio was calm. He said the town remained under the control of the army.",
         "the town remained under the control of the army", JUNTA, 0),
    ]  # fmt: skip
    db = tmp_path / "db"
    with Store.open(db) as store:
        for entity in (MNDAA, JUNTA, LASHIO):
            store.put_entity(entity)
        for n, (title, text, words, speaker, nth) in enumerate(texts):
            article = Article.create(title, text, published="2021-06-22", source=f"https://e.org/{n}")
            store.add_article(article)
            at = text.index("Lashio")
            mention = Annotation.create(
                article, "district", at, at + 6, entity_id=LASHIO.id, attributes=DistrictAttributes()
            )
            store.add_annotation(mention)
            start, end = span(article, words, nth)
            attributes = ClaimAttributes(
                claimant_entity_id=speaker.id, cue="said", claim_type="territorial_control", places=(LASHIO.id,)
            )
            store.add_annotation(Annotation.create(article, "claim", start, end, attributes=attributes))
    with Store.open(db, readonly=True) as store:
        (event,) = events(board_claims(store))
    assert {side: [c.article_title for c in claims] for side, claims in event.sides().items()} == {
        "attackers": ["Rebels"],
        "government": ["Junta"],
    }


def test_a_source_is_not_set_against_itself(tmp_path: Path) -> None:
    """A newcomer's MNDAA said it seized Lashio, then denied Lashio had been retaken (the town
    contested): the board marked the two as contradicting, and proposed to link them so."""
    texts = [
        ("Seized", "The MNDAA said its fighters seized Lashio.", "its fighters seized Lashio", MNDAA, "captured", "certain"),
        ("Denied", "The MNDAA denied that Lashio had been retaken.", "Lashio had been retaken", MNDAA, "contested", "negated"),
    ]  # fmt: skip
    db = tmp_path / "db"
    with Store.open(db) as store:
        for entity in (MNDAA, JUNTA):
            store.put_entity(entity)
        made = []
        for n, (title, text, words, speaker, status, certainty) in enumerate(texts):
            article = Article.create(title, text, published="2021-06-22", source=f"https://e.org/{n}")
            store.add_article(article)
            made.append(article)
            tag_claim(store, article, words, speaker, status=status, certainty=certainty)
    with Store.open(db, readonly=True) as store:
        (event,) = events(board_claims(store))
    assert set(event.sides()) == {"attackers", "denied"} and event.contradictions() == []
    with Store.open(db) as store:
        article = Article.create("Junta", "The junta said troops retook Lashio.", published="2021-06-22")
        store.add_article(article)
        tag_claim(store, article, "troops retook Lashio", JUNTA, status="retaken")
    with Store.open(db, readonly=True) as store:
        (event,) = events(board_claims(store))
    pairs = {frozenset((a.article_title, b.article_title)) for a, b in event.contradictions()}
    assert pairs == {frozenset(("Seized", "Junta")), frozenset(("Denied", "Junta"))}


def test_the_claims_command_lines_up_its_columns_whatever_the_cue(tmp_path: Path) -> None:
    """Found by a newcomer: a cue longer than its column ("told reporters") pushed the later
    columns right, and a claim with no status for the place left its cell blank (the board says
    "unknown")."""
    from dataclasses import replace

    from annotations.model import ClaimAttributes

    db = tmp_path / "db"
    told = [
        ("said", "its fighters took Lashio", "captured"),
        ("told reporters in Naypyitaw", "Lashio is calm", "unknown"),
    ]
    with Store.open(db) as store:
        store.put_entity(JUNTA)
        for n, (cue, words, status) in enumerate(told):
            article = Article.create(f"A{n}", f"Someone {cue} {words}.", published="2021-06-22")
            store.add_article(article)
            tag_claim(store, article, words, JUNTA, status=status)
            (made,) = store.annotations(article.id, kind="claim")
            assert isinstance(made.attributes, ClaimAttributes)
            store.update_annotation(replace(made, attributes=replace(made.attributes, cue=cue)))
    out = io.StringIO()
    assert run(["claims", "--db", str(db)], stdout=out) == 0
    rows = [line for line in out.getvalue().splitlines() if line.startswith("  20")]
    assert len(rows) == 2 and len({row.index("certain") for row in rows}) == 1, rows
    assert any("unknown" in row for row in rows)


def test_a_denial_of_what_another_source_asserts_contradicts_it_whatever_status_it_carries(tmp_path: Path) -> None:
    """A reviewer's: the army's denial that "Goma was under rebel control" carried the status of
    the words it denies (captured), and stood beside the M23's capture, uncontradicted."""
    db = tmp_path / "db"
    with Store.open(db) as store:
        for entity in (MNDAA, JUNTA):
            store.put_entity(entity)
        one = Article.create("Taken", "The MNDAA said its fighters captured Lashio.", published="2021-06-22")
        two = Article.create(
            "Dismissed", "The army dismissed reports that Lashio was under rebel control.", published="2021-06-22"
        )
        for article in (one, two):
            store.add_article(article)
        tag_claim(store, one, "its fighters captured Lashio", MNDAA, status="captured")
        tag_claim(store, two, "Lashio was under rebel control", JUNTA, status="captured", certainty="negated")
    with Store.open(db, readonly=True) as store:
        (event,) = events(board_claims(store))
    assert {frozenset((a.article_title, b.article_title)) for a, b in event.contradictions()} == {
        frozenset(("Taken", "Dismissed"))
    }


def test_tolls_of_different_dead_contradict_nothing(tmp_path: Path) -> None:
    """Found by a newcomer: 14 civilians killed by shelling and "dozens of militia members" killed
    in an assault on El Fasher were marked as contradicting tolls, and the board proposed to link
    them so. (Tolls of different dead are events apart now; tolls of the same dead, or one that
    does not say whose, still contradict.)"""
    from annotations.claims.whose_dead import whose_dead

    assert whose_dead("shelled the camp, killing at least 14 civilians") == "civilians"
    assert whose_dead('repelled an assault and killed "dozens of militia members."') == "fighters"
    assert whose_dead("12 soldiers and 3 villagers were killed") is None  # both: no one kind
    # the same with the killers named before it (a newcomer's board joined it to the shelling again):
    said = 'its troops and allied joint forces had repelled an RSF assault and killed "dozens of militia members."'
    assert whose_dead(said) == "fighters"
    tolls = {
        "civilians 14": (
            "Medics said shelling killed 14 civilians in Lashio.",
            "shelling killed 14 civilians in Lashio",
        ),
        "civilians 9": ("Witnesses said 9 civilians were killed in Lashio.", "9 civilians were killed in Lashio"),
        "combatants 12": ("The army said it killed 12 fighters in Lashio.", "it killed 12 fighters in Lashio"),
        "untold 14": ("A monitor said 14 people were killed in Lashio.", "14 people were killed in Lashio"),
    }

    def contradicted(*told: str) -> bool:
        speakers = (JUNTA, MNDAA)  # two sources: one is not set against itself
        db = tolls_at_lashio(
            tmp_path / "-".join(told).replace(" ", ""), [(t, *tolls[t], s) for t, s in zip(told, speakers, strict=True)]
        )
        with Store.open(db, readonly=True) as store:
            return any(event.contradictions() for event in events(board_claims(store)))

    assert not contradicted("civilians 14", "combatants 12")
    assert contradicted("civilians 14", "civilians 9") and contradicted("untold 14", "combatants 12")


def test_the_forces_dead_and_the_attackers_dead_contradict_nothing(tmp_path: Path) -> None:
    """Found by a newcomer: "40 soldiers were killed" (JNIM's attack) and the army's "more than 100
    terrorists neutralised" around the same town were one toll contradicted (both "combatants")."""
    from annotations.claims.whose_dead import whose_dead

    assert whose_dead("40 soldiers were killed in the attack") == "forces"
    assert whose_dead('the army had "neutralised" 100 terrorists') == "fighters"
    assert whose_dead("12 soldiers and 3 rebels were killed") is None  # both, listed: no one kind
    texts = [
        ("Attack", "JNIM said 40 soldiers were killed in Lashio.", "40 soldiers were killed in Lashio", MNDAA),
        ("Riposte", "The army said it killed 100 terrorists in Lashio.", "it killed 100 terrorists in Lashio", JUNTA),
    ]
    db = tolls_at_lashio(tmp_path / "db", texts)
    with Store.open(db, readonly=True) as store:
        assert not any(event.contradictions() for event in events(board_claims(store)))


def test_a_claim_about_a_town_and_the_province_and_country_it_lies_in_is_an_event_at_the_town() -> None:
    """Found by a newcomer: "advanced to within 8 km of Pokrovsk in Ukraine's Donetsk region" was
    three events (Ukraine, Pokrovsk, the oblast), and two villages of a province three."""
    from annotations.claims.smallest_places import smallest_places
    from annotations.model import PlaceDetails

    ukraine = Entity.place("Ukraine", PlaceDetails("country", country="Ukraine", codes={"iso3166_1": "UA"}))
    oblast = Entity.place("Donetsk region", PlaceDetails("province", codes={"iso3166_1": "UA", "iso3166_2": "UA-14"}))
    town = Entity.place("Pokrovsk", PlaceDetails("city", codes={"iso3166_1": "UA", "iso3166_2": "UA-14"}))
    other = Entity.place("Soro", PlaceDetails("village", codes={"iso3166_1": "BF", "iso3166_2": "BF-YAT"}))
    by_id = {e.id: e for e in (ukraine, oblast, town, other)}
    assert smallest_places([ukraine.id, town.id, oblast.id], by_id) == [town.id]
    assert smallest_places([ukraine.id, oblast.id], by_id) == [oblast.id]
    assert smallest_places([oblast.id, other.id], by_id) == [oblast.id, other.id]  # in no one of them
    # Villages named by the text have their province's name, no code (a second newcomer's HRW
    # claim "in Nondin and Soro, in Yatenga province" was three events)
    yatenga = Entity.place("Yatenga", PlaceDetails("province", country="Burkina Faso", codes={"iso3166_2": "BF-YAT"}))
    nondin = Entity.place("Nondin", PlaceDetails("other", province="Yatenga", country="Burkina Faso"))
    soro = Entity.place("Soro", PlaceDetails("other", province="Yatenga", country="Burkina Faso"))
    elsewhere = Entity.place("Ouahigouya", PlaceDetails("other", province="Yatenga", country="Mali"))  # not there
    by_id = {e.id: e for e in (yatenga, nondin, soro, elsewhere)}
    assert smallest_places([yatenga.id, nondin.id, soro.id], by_id) == [nondin.id, soro.id]
    assert smallest_places([yatenga.id, elsewhere.id], by_id) == [yatenga.id, elsewhere.id]

    # A town of a first-level division (GeoNames files Djibo under Sahel) and the second-level one
    # the text names ("near Djibo, in Soum province"): a newcomer's board had an event at each
    djibo = Entity.place(
        "Djibo", PlaceDetails("city", province="Sahel", country="Burkina Faso", codes={"iso3166_1": "BF"})
    )
    soum = Entity.place("Soum", PlaceDetails("province", country="Burkina Faso", codes={"iso3166_1": "BF"}))
    by_id = {e.id: e for e in (djibo, soum, yatenga)}
    assert smallest_places([djibo.id, soum.id], by_id) == [djibo.id]
    assert smallest_places([djibo.id, yatenga.id], by_id) == [djibo.id, yatenga.id]  # another province


def test_deaths_of_civilians_and_of_fighters_at_one_place_are_two_events(tmp_path: Path) -> None:
    """Found by a newcomer: the RSF's shelling of a camp (14 civilians killed) and the army's
    "repelled an assault, killing dozens of militia members" were one El Fasher event "told by 2
    independent sources". Tolls of different dead are different events; a toll that does not say
    whose joins the one kind told there, or stays apart when both are."""

    texts = [
        ("Shelled", "Medics said shelling killed 14 civilians in Lashio on Monday.", "shelling killed 14 civilians in Lashio"),
        ("Repelled", "The army said it killed 12 fighters in Lashio.", "it killed 12 fighters in Lashio"),
        ("Untold", "A monitor said 20 people were killed in Lashio.", "20 people were killed in Lashio"),
    ]  # fmt: skip

    def board(kept: int) -> list[list[str]]:
        db = tmp_path / f"db{len(list(tmp_path.iterdir()))}"
        tolls_at_lashio(db, [(*text, JUNTA) for text in texts[:kept]])
        with Store.open(db, readonly=True) as store:
            return sorted(sorted(c.article_title for c in e.claims) for e in events(board_claims(store)))

    assert board(2) == [["Repelled"], ["Shelled"]]
    assert board(3) == [["Repelled"], ["Shelled"], ["Untold"]]
    texts.pop(1)
    assert board(2) == [["Shelled", "Untold"]]


def tolls_at_lashio(db: Path, texts: list[tuple[str, str, str, Entity]]) -> Path:
    """A database of one article per (title, text, words of its claim of deaths, claimant), each
    with Lashio tagged and the claim, all on one day."""
    from annotations.model import ClaimAttributes, DistrictAttributes

    from ..helpers import span

    with Store.open(db) as store:
        for entity in (MNDAA, JUNTA):
            store.put_entity(entity)
        for n, (title, text, words, speaker) in enumerate(texts):
            article = Article.create(title, text, published="2021-06-22", source=f"https://e.org/{n}")
            store.add_article(article)
            at = text.index("Lashio")
            place = Annotation.create(
                article, "district", at, at + 6, entity_id=LASHIO.id, attributes=DistrictAttributes()
            )
            store.add_annotation(place, new_entity=LASHIO if store.get_entity(LASHIO.id) is None else None)
            attributes = ClaimAttributes(claimant_entity_id=speaker.id, cue="said", claim_type="casualties")
            store.add_annotation(Annotation.create(article, "claim", *span(article, words), attributes=attributes))
    return db


def test_a_toll_counted_by_a_vague_word_stands_on_no_side() -> None:
    """ "Dozens were killed" and "30 were killed" do not contradict, nor do "several" and 12; a
    vague word that counts no dead does not hide the one number that does."""
    from annotations.claims.figures import the_toll

    assert the_toll("dozens of people were killed in the raid") is None
    assert the_toll("several soldiers were killed") is None
    assert the_toll("30 people were killed in the raid") == 30
    assert the_toll("several houses were burned and three people were killed") == 3


def test_a_denial_linked_to_a_toll_of_civilians_sits_beside_it_whatever_dead_it_names(tmp_path: Path) -> None:
    """Found by a newcomer: Hemedti's denial that "his fighters had targeted civilians", linked as
    contradicting the RSF's shelling of civilians in El Fasher, was an event of its own: its words
    name fighters and civilians, so it counted no one kind of dead, and two kinds were told there."""
    from annotations.model import ClaimAttributes, ClaimLink

    from ..helpers import span

    db = tolls_at_lashio(
        tmp_path / "db",
        [
            ("civilians", "Medics said shelling killed 14 civilians in Lashio.", "shelling killed 14 civilians in Lashio", JUNTA),
            ("fighters", "The army said it killed 12 fighters in Lashio.", "it killed 12 fighters in Lashio", JUNTA),
        ],
    )  # fmt: skip
    with Store.open(db) as store:
        shelling = next(c for c in board_claims(store) if "civilians" in c.quote)
        text = "The MNDAA denied that its fighters had targeted civilians in Lashio."
        article = Article.create("denial", text, published="2021-06-23", source="https://e.org/denial")
        store.add_article(article)
        at = text.index("Lashio")
        store.add_annotation(Annotation.create(article, "district", at, at + 6, entity_id=LASHIO.id))
        denial = ClaimAttributes(
            claimant_entity_id=MNDAA.id, cue="denied", claim_type="casualties", certainty="negated",
            links=(ClaimLink("contradicts", shelling.article_id, shelling.claim_id),),
        )  # fmt: skip
        words = "its fighters had targeted civilians in Lashio"
        store.add_annotation(Annotation.create(article, "claim", *span(article, words), attributes=denial))
    with Store.open(db, readonly=True) as store:
        found = events(board_claims(store))
    (civilians,) = [e for e in found if any("14 civilians" in c.quote for c in e.claims)]
    assert [c.quote for c in civilians.claims] == ["shelling killed 14 civilians in Lashio", words]
    assert civilians.contradictions() and not any(e.claims == [c] for e in found for c in e.claims if c.quote == words)


def test_a_place_is_found_by_another_spelling_of_its_name() -> None:
    """Found by a newcomer: "--place 'Al Fashir'" found nothing of El Fasher."""
    from annotations.claims.choosing import same_spelt_name

    assert same_spelt_name("Al Fashir", "El Fasher") and same_spelt_name("al-Fashir", "El-Fasher")
    assert not same_spelt_name("Kutum", "El Fasher")
    assert not same_spelt_name("الفاشر", "Харків")  # no key in another script: no match (a reviewer's case)


def test_the_dead_are_whom_the_killing_names_when_both_kinds_are_named() -> None:
    """A newcomer's "Saraya al-Ansar fighters killed 12 civilians" counted no one kind (fighters
    and civilians both named), so its toll and "40 civilians were killed by army shelling" were
    two events, not one contradicted."""
    from annotations.claims.whose_dead import whose_dead

    assert whose_dead("gunmen killed 12 civilians at the market") == "civilians"
    assert whose_dead("40 civilians were killed by army shelling near the soldiers' post") == "civilians"
    assert whose_dead("the villagers said soldiers killed 20 militants") == "fighters"
    assert whose_dead("the attackers killed two soldiers and three civilians") is None
    assert whose_dead("gunmen attacked a market where civilians shop") is None
    # a reviewer's: the dead are the killing's object, not whoever follows "killed when"
    assert whose_dead("Twelve civilians, including four children, were killed when soldiers opened fire") is None
    assert whose_dead("Residents said 12 people were killed when gunmen attacked") is None
    assert whose_dead("Rebels said they killed 20 soldiers; 12 civilians also died.") is None


def test_a_place_named_twice_in_a_claim_keeps_what_its_words_said_at_either(tmp_path: Path) -> None:
    """Found by a newcomer: "the Taliban now controls several districts in Kunduz … residents flee
    Kunduz for Kabul": the claims table said Kunduz "unknown", what its second mention was tagged,
    though the words at the first say it is held in part (contested)."""
    from annotations.model import Annotation

    text = "The MNDAA said it now controls several districts in Lashio, prompting residents to flee Lashio."
    article = Article.create("Lashio", text, published="2021-06-23")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.put_entity(MNDAA)
        claim_about(
            store,
            article,
            "it now controls several districts in Lashio, prompting residents to flee Lashio",
            LASHIO,
            MNDAA,
            status="unknown",
        )
        second = text.rindex("Lashio")
        store.add_annotation(Annotation.create(article, "district", second, second + 6, entity_id=LASHIO.id))
        (event,) = events(board_claims(store))
    assert [c.statuses[LASHIO.id] for c in event.claims] == ["contested"]


def test_the_summary_counts_a_claim_about_two_places_once(tmp_path: Path) -> None:
    """Found by a newcomer: a claim about Abu Shouk and El Fasher is in both places' events, and
    the last line counted it twice ("3 events from 3 claims" of two)."""
    from annotations.model import DistrictAttributes

    hsipaw = Entity.place("Hsipaw", PlaceDetails("city", country="Myanmar"))
    db = tmp_path / "db"
    with Store.open(db) as store:
        store.put_entity(MNDAA)
        article = Article.create("Shan", "The MNDAA took Lashio and Hsipaw, it said.", published="2024-08-03")
        store.add_article(article)
        claim_about(store, article, "The MNDAA took Lashio and Hsipaw", LASHIO, MNDAA, status="captured")
        at = article.text.index("Hsipaw")
        second = DistrictAttributes(control_status="captured")
        store.add_annotation(
            Annotation.create(article, "district", at, at + 6, entity_id=hsipaw.id, attributes=second),
            new_entity=hsipaw,
        )
    out = io.StringIO()
    assert run(["claims", "--db", str(db)], stdout=out) == 0
    assert out.getvalue().rstrip().endswith("2 events from 1 claim")


def test_events_are_listed_by_the_day_each_row_shows_latest_first() -> None:
    """A newcomer's board read 08-20 (Pokrovsk, told again on 08-21), 08-21, 08-20: events were
    ordered by their last day while each row shows its first."""
    from datetime import date
    from types import SimpleNamespace

    from annotations.claims.board import Event, most_recent_first

    def event(place: str, *days: int) -> Event:
        claims = [SimpleNamespace(when=SimpleNamespace(day=date(2024, 8, d))) for d in days]
        return Event(place, place, "territorial_control", claims)  # type: ignore[arg-type]

    found = [event("Pokrovsk", 20, 21), event("Avdiivka", 21), event("Rostov", 20), event("Niu-York", 3)]
    assert [e.place for e in most_recent_first(found)] == ["Avdiivka", "Pokrovsk", "Rostov", "Niu-York"]


def test_two_tolls_of_other_dead_linked_as_contradicting_are_one_event_marked(tmp_path: Path) -> None:
    """helper-269: the army's "its troops had killed four dissident fighters … near Suárez" and the
    EMC's "None of our fighters died; the army killed two farmers", linked as contradicting, swapped
    events (each alone, unmarked: `claims --json` said contradicted False); each now stays in its
    own and the two are one event, marked."""

    db = tolls_at_lashio(
        tmp_path / "db",
        [("fighters", "The army said it killed 12 fighters in Lashio.", "it killed 12 fighters in Lashio", JUNTA)],
    )
    with Store.open(db) as store:
        army = next(iter(board_claims(store)))
        text = "The MNDAA said the army killed two farmers in Lashio."
        _contradicting(store, "farmers", text, "the army killed two farmers in Lashio", army)
    with Store.open(db, readonly=True) as store:
        (event,) = events(board_claims(store))
    assert sorted(c.article_title for c in event.claims) == ["farmers", "fighters"]
    assert event.contradictions()


def test_a_claim_placed_by_the_claim_it_is_linked_with_takes_its_day(tmp_path: Path) -> None:
    """helper-269: '"None of our fighters died; the army killed two farmers," the group said', with no
    day of its own, was of the army's Saturday until the analyst linked it to the army's claim as
    contradicting: then of the article's week."""
    from annotations.model import ClaimAttributes, ClaimLink

    text = "The army said on Monday it killed 12 fighters in Lashio. The MNDAA said none of its fighters died."
    db = tmp_path / "db"
    with Store.open(db) as store:
        store.put_entity(MNDAA)
        article = Article.create("Lashio", text, published="2021-06-23", source="https://e.org/1")
        store.add_article(article)
        at = text.index("Lashio")
        store.add_annotation(Annotation.create(article, "district", at, at + 6, entity_id=LASHIO.id), new_entity=LASHIO)
        army = Annotation.create(
            article, "claim", *span(article, "it killed 12 fighters in Lashio"),
            attributes=ClaimAttributes(cue="said", claim_type="casualties"),
        )  # fmt: skip
        store.add_annotation(army)
        answer = ClaimAttributes(
            claimant_entity_id=MNDAA.id, cue="said", claim_type="casualties",
            links=(ClaimLink("contradicts", article.id, army.id),),
        )  # fmt: skip
        store.add_annotation(
            Annotation.create(article, "claim", *span(article, "none of its fighters died"), attributes=answer)
        )
    with Store.open(db, readonly=True) as store:
        days = {c.quote: (c.when.day.isoformat(), c.when.precision) for c in board_claims(store) if c.when}
    assert days["none of its fighters died"] == ("2021-06-21", 1)


def test_a_toll_of_no_side_linked_to_one_of_a_side_is_listed_once(tmp_path: Path) -> None:
    """helper-270: "the fighting in Dapaong on Saturday killed 10 people" linked as contradicting "its
    fighters killed 14 soldiers in Dapaong on Saturday" was one event of 4 claims: each twice."""

    db = tolls_at_lashio(
        tmp_path / "db",
        [
            (
                "untold",
                "Medics said the fighting in Lashio killed 10 people.",
                "the fighting in Lashio killed 10 people",
                JUNTA,
            )
        ],
    )
    with Store.open(db) as store:
        untold = next(iter(board_claims(store)))
        text = "The MNDAA said its fighters killed 14 soldiers in Lashio."
        _contradicting(store, "soldiers", text, "its fighters killed 14 soldiers in Lashio", untold)
    with Store.open(db, readonly=True) as store:
        (event,) = events(board_claims(store))
    assert sorted(c.article_title for c in event.claims) == ["soldiers", "untold"]


def _contradicting(store: Store, title: str, text: str, words: str, other: object) -> None:
    """An article of its own about Lashio whose MNDAA claim of deaths (`words`) is linked as
    contradicting `other` (a board claim)."""
    from annotations.model import ClaimAttributes, ClaimLink

    article = Article.create(title, text, published="2021-06-22", source=f"https://e.org/{title}")
    store.add_article(article)
    at = text.index("Lashio")
    store.add_annotation(Annotation.create(article, "district", at, at + 6, entity_id=LASHIO.id))
    told = ClaimAttributes(
        claimant_entity_id=MNDAA.id, cue="said", claim_type="casualties",
        links=(ClaimLink("contradicts", other.article_id, other.claim_id),),  # type: ignore[attr-defined]
    )  # fmt: skip
    store.add_annotation(Annotation.create(article, "claim", *span(article, words), attributes=told))
