"""A place no gazetteer knows, named once with the word for its kind and then again without it:
"clashes in the Zumbalo district …; Zumbalo residents fled", "the Bajo Aguán region …; residents
of the Bajo Aguán". The text said once what the name is; the other mentions are that place
(read alone, a capitalised name with no preposition of place before it was no place at all).
"""

from __future__ import annotations

from annotations.suggest.place_context import NATIONALITY, a_community
from annotations.suggest.place_hits import PlaceHit
from annotations.suggest.tokens import whole_word_spans
from annotations.text.pattern_cache import compiled

_NAME_GOES_ON = compiled(r"[ \t]*-?[ \t]*[A-Z\d]")
"""A capitalised word (or a number) right after: the name is a word of a longer one ("Zumbalo
Farmers' Union", "Zumbalo 2")."""
_NAME_BEFORE = compiled(r"(?:[A-Z][\w’'\-.]*|\d+)[ \t]*-?[ \t]*$")
"""A capitalised word right before, in the middle of a sentence ("Mr Zumbalo", "New Zumbalo")."""
_SENTENCE_OPENS = compiled(r"(?:^|[.!?:;]['’”\"]?\s+|[\n“\"(])(?:The|the)?[ \t]*$")
"""The name opens a sentence (perhaps after "The"): the capital says nothing of a name before it."""
_SPEAKS = compiled(
    r"(?:,[^,.;\n]{1,60},)?[ \t]+(?:(?:has|had|have|also)[ \t]+)?(?:said|says|told|added|stated|explained|declared|"
    r"announced|warned|denied|denies|accused|claimed|confirmed|called|urged|asked|appealed)\b"
)
"""A name that speaks is a person's or a body's, whatever the place of that name."""


def text_places_named_again(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """The hits with the other mentions of the places only the text names, given their kind by a
    word beside them (`context_kind`) or of several words ("residents of Datu Saudi Ampatuan": "near
    Datu Saudi Ampatuan" was the village Ampatuan): the same place, as written, in place of a shorter name
    inside them ("Bajo" of "Bajo Aguán", a town in GeoNames), where no other hit overlaps them."""
    kept = list(hits)
    named: set[str] = set()
    for hit in hits:
        if not hit.exact or len(hit.places) != 1 or hit.places[0].source != "text":
            continue
        name = text[hit.start : hit.end]
        if (hit.context_kind is None and len(name.split()) < 2) or name in named or not _a_name_of_a_place(name):
            continue  # a name of one word needs the word for its kind ("Zumbalo district") to be a place again
        named.add(name)
        for start, end in whole_word_spans(text, name, joiners="-’'"):
            inside = [h for h in kept if h.start < end and start < h.end]
            if any(h.start < start or h.end > end or (h.start, h.end) == (start, end) or _known(h) for h in inside):
                continue
            if _alone(text, start, end):
                kept = [h for h in kept if h not in inside]
                kept.append(PlaceHit(start, end, list(hit.places), True, None))
    return kept


def _a_name_of_a_place(name: str) -> bool:
    """Not an acronym ("a BGB camp" is the border guard's), nor a people's name or a nationality
    at either end ("Ngok Dinka communities", "Afro-Colombian territories"): what the text named as a
    place by mistake is not made a place everywhere else."""
    words = name.replace("-", " ").split()
    ends = {words[0], words[-1]} if words else set()  # "Datu Saudi Ampatuan": a word inside is no people
    return (
        name[:1].isupper() and not name.isupper() and not any(a_community(w) or NATIONALITY.fullmatch(w) for w in ends)
    )


def _known(hit: PlaceHit) -> bool:
    """A place a gazetteer knows other than as a town ("Chin" of "Chin State", "Gezira" of "El
    Gezira": the province): it stays; a town of a word of the name ("Bajo", "Lakki") gives way."""
    return any(p.source != "geonames" for p in hit.places)


_DONE_TO_PEOPLE = compiled(
    r"\b(?:arrested|detained|abducted|kidnapped|interviewed|accused|quoted|met|thanked|elected|appointed|"
    r"replaced|sacked|charged|released|freed)[ \t]+$"
)
"""A verb done to people before the name ("Police later arrested Gutu"): a person of that name."""


def _alone(text: str, start: int, end: int) -> bool:
    """Whether the name stands as itself: not a word of a longer name, not a speaker, not one a
    verb done to people takes ("Mading has called for …", "arrested Gutu": people of the name)."""
    if _NAME_GOES_ON.match(text, end) or _SPEAKS.match(text, end):
        return False
    if _DONE_TO_PEOPLE.search(text, max(0, start - 20), start):
        return False
    before = text[max(0, start - 40) : start]
    return not _NAME_BEFORE.search(before) or _SENTENCE_OPENS.search(before) is not None
