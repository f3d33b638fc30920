"""What the suggestions make of what the analyst tagged. A person keeps their short forms and
their claims whatever type they are given (the app types a general "state forces" and a rebel
spokesman "rebel group" itself, and a tag of that type dropped every later "Surname said": stop
53's newcomer, on a long article); a place opening a monitor's name is no place, tagged or not."""

from __future__ import annotations

from annotations.model import ActorDetails, Annotation, Article, Entity
from annotations.suggest import Knowledge, Suggestion, suggest
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.suggest.pieces import pieces
from annotations.suggest.surnames import a_persons_name

_FILLER = (
    "Trucks of maize and cooking oil waited at the river crossing for a third day while their drivers "
    "slept in the cabs and bought bread from boys who walked up from the fishing villages before dawn. "
)


def _article() -> str:
    """A general and a rebel spokesman named in full at the top, by surname pieces later."""
    opening = (
        "Brigadier General Tomás Vilanculo, who commands the army in the north, said on Friday that "
        "the roads to the coast were open again.\n\n"
        "Elias Mbanze, a spokesman for the insurgents, said that the fighters had withdrawn from two "
        "villages.\n\n"
    )
    filler = "\n\n".join(_FILLER * 3 for _ in range(12))
    later = (
        "\n\nVilanculo said that two more companies would be sent to the district.\n\n"
        "Mbanze said that the group would not negotiate while soldiers stayed.\n"
    )
    return opening + filler + later


def _tag(text: str, names: dict[str, str]) -> Knowledge:
    """Each person tagged where first named, with the type given."""
    article = Article.create("north", text)
    entities = [Entity.actor(name, ActorDetails(kind)) for name, kind in names.items()]
    accepted = [
        Annotation.create(article, "actor", text.index(e.name), text.index(e.name) + len(e.name), entity_id=e.id)
        for e in entities
    ]
    return Knowledge([builtin_gazetteer()], entities=entities, accepted=accepted)


def _claimant(found: list[Suggestion], text: str, opening: str) -> str | None:
    claim = next(s for s in found if s.kind == "claim" and s.quote.startswith(opening))
    return text[slice(*claim.claimant)] if claim.claimant else None


def test_a_person_tagged_with_the_type_of_their_force_keeps_their_surname_and_claims_in_later_pieces() -> None:
    text = _article()
    assert len(pieces(text)) > 1
    untagged = suggest(text, Knowledge([builtin_gazetteer()]))
    assert _claimant(untagged, text, "two more companies") == "Vilanculo"
    typed_as_forces = {"Tomás Vilanculo": "state_forces", "Elias Mbanze": "rebel_group"}
    typed_as_people = {"Tomás Vilanculo": "government_officials", "Elias Mbanze": "external_other"}
    for kinds in (typed_as_forces, typed_as_people):
        found = suggest(text, _tag(text, kinds))
        later = text.index("Vilanculo said that two")
        people = ("Vilanculo", "Mbanze")
        shorts = {s.quote: s.entity.name for s in found if s.start >= later and s.quote in people and s.entity}
        assert shorts == {"Vilanculo": "Tomás Vilanculo", "Mbanze": "Elias Mbanze"}, kinds
        assert _claimant(found, text, "two more companies") == "Vilanculo"
        assert _claimant(found, text, "the group would not negotiate") == "Mbanze"


def test_a_tagged_persons_surname_links_in_a_later_article_whatever_their_type() -> None:
    general = Entity.actor("Tomás Vilanculo", ActorDetails("state_forces"))
    text = "Vilanculo told reporters that the convoy had reached the port."
    found = suggest(text, Knowledge([builtin_gazetteer()], entities=[general]))
    linked = [s for s in found if s.kind == "actor" and s.quote == "Vilanculo"]
    assert linked and linked[0].entity is general and linked[0].reason.endswith("(surname)")


def test_a_group_named_as_people_are_lends_no_surname() -> None:
    assert not a_persons_name("Jaish al-Adl") and not a_persons_name("Liwa Fatemiyoun")
    group = Entity.actor("Harakat Hazm", ActorDetails("rebel_group"))
    text = "Fighters of Harakat Hazm withdrew. Hazm is a word the text also uses alone here."
    found = suggest(text, Knowledge([builtin_gazetteer()], entities=[group]))
    assert not any(s.reason.endswith("(surname)") for s in found)


def test_a_place_opening_a_monitors_name_is_no_place_there_tagged_or_not() -> None:
    text = (
        "The Niassa Conflict Observatory, an independent monitoring group based in Lichinga, said "
        "attacks in Niassa had doubled. The Niassa Conflict Observatory counted forty incidents."
    )
    body = Entity.actor("Niassa Conflict Observatory", ActorDetails("external_other"))
    article = Article.create("observatory", text)
    tagged = [
        Annotation.create(article, "actor", at, at + len(body.name), entity_id=body.id)
        for at in (text.index(body.name), text.rindex(body.name))
    ]
    for accepted in ([], tagged):
        found = suggest(text, Knowledge([builtin_gazetteer()], entities=[body], accepted=accepted))
        places = [s.start for s in found if s.kind == "district" and s.quote == "Niassa"]
        assert places == [text.index("in Niassa") + 3], accepted
