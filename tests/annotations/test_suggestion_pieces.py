"""Suggestions work an article through piece by piece and keep each piece's result: a run after
a tag or an edit works out only the pieces that changed, and gives what a first run gives."""

from __future__ import annotations

from itertools import pairwise

from annotations.model import ActorDetails, Annotation, Article, Entity, PlaceDetails
from annotations.suggest import Knowledge, Suggestion, suggest
from annotations.suggest.across_pieces import WINDOW, windows
from annotations.suggest.actor_spans import actor_spans_of
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.suggest.engine import PIECES, PLACES
from annotations.suggest.pieces import LONGEST, SHORTEST, pieces

TOWNS = ["Kunduz", "Baghlan", "Taloqan", "Faizabad", "Mazar-i-Sharif", "Herat", "Kandahar", "Jalalabad"]


def _paragraph(n: int) -> str:
    town = TOWNS[n % len(TOWNS)]
    return (
        f"On day {n} of the siege, fighters of the Northern Salvation Front shelled the outskirts of {town}, "
        f"a local elder said. Traders in {town} counted {n + 3} shops burned in the market."
    )


def _article(paragraphs: int) -> str:
    return "Fighting spreads across the north\n\n" + "\n\n".join(_paragraph(n) for n in range(paragraphs))


def _seen(found: list[Suggestion]) -> list[tuple[object, ...]]:
    return sorted((s.kind, s.start, s.end, s.reason, s.claimant, s.entity.name if s.entity else None) for s in found)


def _fresh(text: str, knowledge: Knowledge) -> list[tuple[object, ...]]:
    PIECES.clear()
    return _seen(suggest(text, knowledge))


def test_pieces_cover_the_text_at_paragraph_breaks_and_an_edit_moves_only_the_cuts_near_it() -> None:
    text = _article(120)
    cut = pieces(text)
    assert len(cut) >= 3 and "".join(piece for _, piece in cut) == text
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in cut)
    assert all(piece.startswith("\n\n") for _, piece in cut[1:])
    assert all(len(piece) >= SHORTEST for _, piece in cut[:-1])
    assert all(len(piece) <= LONGEST + len(_paragraph(999)) + 2 for _, piece in cut)
    edited = text.replace(_paragraph(60), "On day sixty the town was quiet.")
    before, after = {piece for _, piece in cut}, {piece for _, piece in pieces(edited)}
    assert len(before - after) <= 2  # the edited piece, and the next if the edit moved their cut
    assert pieces("A short article.\n\nIt is one piece.") == [(0, "A short article.\n\nIt is one piece.")]
    flat = "word " * (3 * LONGEST // 5)
    assert len(pieces(flat)) >= 2 and "".join(piece for _, piece in pieces(flat)) == flat  # no breaks: at spaces


def test_a_run_again_works_out_only_the_pieces_that_changed_and_gives_what_a_first_run_gives() -> None:
    gazetteer = builtin_gazetteer()
    text = _article(120)
    count = len(pieces(text))
    knowledge = Knowledge([gazetteer])
    first = _fresh(text, knowledge)
    assert PIECES.misses == count and PIECES.hits == 0

    assert _seen(suggest(text, knowledge)) == first
    assert (PIECES.misses, PIECES.hits) == (count, count)  # the same text, the same knowledge

    edited = text.replace(_paragraph(60), "On day sixty the town was quiet, a resident said.")
    misses = PIECES.misses
    after_edit = _seen(suggest(edited, knowledge))
    assert PIECES.misses - misses <= 2
    assert after_edit == _fresh(edited, knowledge)

    front = Entity.actor("Northern Salvation Front", ActorDetails("rebel_group"))
    article = Article.create("siege", text)
    at = text.index("Northern Salvation Front", text.index(_paragraph(60)))
    tagged = Annotation.create(article, "actor", at, at + len("Northern Salvation Front"), entity_id=front.id)
    taught = Knowledge([gazetteer], entities=[front])
    suggest(text, taught)  # the corpus learned the front: every piece may name it
    misses = PIECES.misses
    after_tag = _seen(suggest(text, Knowledge([gazetteer], entities=[front], accepted=[tagged])))
    assert PIECES.misses - misses == 1  # only the piece the tag is in
    assert after_tag == _fresh(text, Knowledge([gazetteer], entities=[front], accepted=[tagged]))
    assert ("actor", at, at + len("Northern Salvation Front")) not in {t[:3] for t in after_tag}


def test_a_new_entity_of_the_corpus_is_looked_for_in_every_piece() -> None:
    gazetteer = builtin_gazetteer()
    text = _article(120)
    suggest(text, Knowledge([gazetteer]))
    misses = PIECES.misses
    elder = Entity.actor("local elder", ActorDetails("civilians"))
    found = suggest(text, Knowledge([gazetteer], entities=[elder]))
    assert PIECES.misses - misses == len(pieces(text))
    linked = {s.start for s in found if s.entity is not None and s.entity.id == elder.id}
    assert len(linked) == 120  # in each paragraph, every piece


def test_a_new_actor_of_the_corpus_finds_each_pieces_places_kept_and_a_new_place_does_not() -> None:
    gazetteer = builtin_gazetteer()
    text = _article(60)
    count = len(pieces(text))
    suggest(text, Knowledge([gazetteer]))
    places = PLACES.misses
    elder = Entity.actor("local elder", ActorDetails("civilians"))
    taught = Knowledge([gazetteer], entities=[elder])
    after_actor = _seen(suggest(text, taught))
    assert PLACES.misses == places  # every piece's actors worked out again, none of its places
    assert after_actor == _fresh(text, taught)
    suggest(text, taught)
    places = PLACES.misses
    town = Entity.place("Siege Town", PlaceDetails("city", country="Mozambique"))
    with_town = Knowledge([gazetteer], entities=[elder, town])
    after_place = _seen(suggest(text, with_town))
    assert PLACES.misses - places == count  # a place of the corpus may be named in any piece
    assert after_place == _fresh(text, with_town)


FILLER = (
    "Aid trucks waited at the checkpoint for a fourth day while drivers slept in their cabs and bought "
    "bread from boys who walked up from the river villages before dawn."
)


def test_a_short_form_in_a_later_piece_names_the_person_given_in_full_in_an_earlier_one() -> None:
    opening = "Government spokesman Tomas Verhoeven-Ruiz said the convoy would be escorted by the army."
    closing = "Verhoeven-Ruiz denied that any convoy had been attacked on the road."
    fillers = [f"({n}) {FILLER}" for n in range(2 * LONGEST // len(FILLER))]
    text = "\n\n".join([opening, *fillers, closing])
    cut = pieces(text)
    assert len(cut) >= 2 and cut[-1][0] > len(opening)  # the two in different pieces
    found = _fresh(text, Knowledge([builtin_gazetteer()]))
    short = text.index("Verhoeven-Ruiz denied")
    span = (short, short + len("Verhoeven-Ruiz"))
    names = {(t[1], t[2]): t for t in found if t[0] == "actor"}
    assert span in names and names[span][5] == "Tomas Verhoeven-Ruiz"
    claims = [t for t in found if t[0] == "claim" and t[1] >= short]
    assert claims and claims[0][4] == span  # the claim it speaks is its


def test_short_forms_across_pieces_are_looked_for_within_windows_so_their_cost_stays_linear() -> None:
    text = _article(1200)  # about 230,000 characters
    offsets = [offset for offset, _ in pieces(text)]
    spans = windows(offsets, len(text))
    assert len(spans) >= 4 and spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in pairwise(spans))  # contiguous
    assert all(start in offsets for start, _ in spans)  # whole pieces
    assert all(end - start <= WINDOW for start, end in spans)


def test_a_run_that_reads_every_piece_again_finds_each_pieces_readings_kept() -> None:
    gazetteer = builtin_gazetteer()
    text = _article(120)
    suggest(text, Knowledge([gazetteer]))
    before = actor_spans_of.cache_info()
    brigade = Entity.actor("Eastern Brigade", ActorDetails("rebel_group"))
    suggest(text, Knowledge([gazetteer], entities=[brigade]))  # a new entity: every piece's actors read again
    after = actor_spans_of.cache_info()
    assert after.misses == before.misses and after.hits - before.hits >= len(pieces(text))


def test_a_suggestion_moved_into_its_article_keeps_all_but_its_place() -> None:
    from dataclasses import fields, replace

    from annotations.model import ClaimAttributes

    group = Entity.actor("Eastern Brigade", ActorDetails("rebel_group"))
    claim = Suggestion(
        "claim", 5, 30, "the town fell", "cue", entity=group, new_entity=True,
        attributes=ClaimAttributes(), claimant=(0, 4), cue="said", score=0.5, layer="cues",
    )  # fmt: skip
    assert claim.moved(100) == replace(claim, start=105, end=130, claimant=(100, 104))
    assert len(fields(Suggestion)) == 12  # a field added to Suggestion must be carried by `moved` too


def test_an_acronym_defined_in_one_piece_is_its_body_in_later_ones_and_speaks_there() -> None:
    opening = (
        "Fighters of the Movement for the Liberation of the Northern Hills (MLNH) attacked the market "
        "on Monday, provincial spokesman Tomas Verhoeven-Ruiz said."
    )
    closing = (
        "The MLNH said that its fighters had withdrawn from the hills. Verhoeven-Ruiz said on Thursday "
        "that the road had reopened."
    )
    fillers = [f"({n}) {FILLER}" for n in range(2 * LONGEST // len(FILLER))]
    text = "\n\n".join([opening, *fillers, closing])
    assert len(pieces(text)) >= 2
    found = _fresh(text, Knowledge([builtin_gazetteer()]))
    later = text.index("The MLNH") + len("The ")
    acronym = (later, later + len("MLNH"))
    actors = {(t[1], t[2]): t for t in found if t[0] == "actor"}
    defined = actors[(text.index("(MLNH)") + 1, text.index("(MLNH)") + 5)]
    assert acronym in actors and actors[acronym][5] == defined[5]  # the body named in full
    surname = (text.index("Verhoeven-Ruiz said on"), text.index("Verhoeven-Ruiz said on") + len("Verhoeven-Ruiz"))
    claimants = {t[1]: t[4] for t in found if t[0] == "claim"}
    assert claimants[text.index("its fighters had withdrawn")] == acronym
    assert claimants[text.index("the road had reopened")] == surname


def test_a_known_entity_read_anew_each_run_links_as_in_a_first_run() -> None:
    """Found by a review: a store on a server reads the corpus's entities anew for each run, equal
    but not the same objects; a piece kept from the run before held the old ones, and the passes
    over the whole article that tell entities apart by identity saw one entity twice."""
    from copy import copy

    front = Entity.actor("Northern Salvation Front", ActorDetails("rebel_group"), id="actor-nsf")
    fillers = [f"({n}) {FILLER}" for n in range(2 * LONGEST // len(FILLER))]
    text = "\n\n".join(
        [
            "Fighters of the Northern Salvation Front shelled the market, a local elder said.",
            *fillers,
            "The Northern Salvation Front denied it.",
            *fillers,
            "NSF fighters were seen near the bridge.",
        ]
    )
    gazetteer = builtin_gazetteer()
    suggest(text, Knowledge([gazetteer], entities=[copy(front)]))
    edited = text.replace("denied it.", "denied it again.")
    warm = _seen(suggest(edited, Knowledge([gazetteer], entities=[copy(front)])))
    assert warm == _fresh(edited, Knowledge([gazetteer], entities=[copy(front)]))


def test_gazetteers_that_answer_otherwise_are_not_the_same_contents() -> None:
    from annotations.suggest.gazetteer import Gazetteer, Place

    places = [Place("file:t:1", "Qandabwa", "village", country="Zambia", source="test")]
    assert Gazetteer(places).contents() == Gazetteer(places).contents()
    assert Gazetteer(places).contents() != Gazetteer(places, fuzzy_sources_excluded=("test",)).contents()


def test_a_long_text_without_paragraph_breaks_is_cut_after_a_sentence_not_amid_one() -> None:
    sentence = "Government spokesman Tomas Verhoeven-Ruiz said the convoy had been attacked near the bridge. "
    text = sentence * (3 * LONGEST // len(sentence))
    cut = pieces(text)
    assert len(cut) >= 2 and "".join(piece for _, piece in cut) == text
    assert all(text[offset - 2 : offset] == ". " or text[offset - 1] == "." for offset, _ in cut[1:])
