"""Of overlapping actor suggestions, the one kept: a known entity before a guess, then the longer;
but a known kind of people ("residents", "Doctors", tagged before) is no match inside a name that
says who ("Residents of Faryab", "The Sudan Doctors Network"), nor a known body inside the whole
name of another ("United Nations" inside "United Nations Development Programme")."""

from __future__ import annotations

from bisect import bisect_left

from annotations.entities.scope import is_generic
from annotations.suggest.suggestion import Suggestion
from annotations.text.pattern_cache import compiled


def without_overlaps(found: list[Suggestion]) -> list[Suggestion]:
    """Of overlapping suggestions keep the trusted (known entity), then the longer one; but a
    known name that says only what kind of people ("residents", tagged in a sentence before) is no
    match inside a longer name that says who ("Residents of Faryab": a newcomer's review made it the
    residents of another paragraph)."""
    longer = [s for s in found if s.layer != "memory" and s.entity and not is_generic(s.entity.name)]
    found = [s for s in found if not _a_kind_inside_a_name(s, longer)]
    whole_names = [s for s in found if s.layer != "memory" and _a_whole_name(s.quote)]
    found = [s for s in found if not _a_body_inside_another(s, whole_names)]
    ranked = sorted(found, key=lambda s: (-s.score, -(s.end - s.start), s.start))
    taken: list[tuple[int, int]] = []  # kept spans, sorted and disjoint
    kept: list[Suggestion] = []
    for suggestion in ranked:
        index = bisect_left(taken, (suggestion.start, suggestion.start))
        before = taken[index - 1] if index else None
        after = taken[index] if index < len(taken) else None
        if (before and before[1] > suggestion.start) or (after and after[0] < suggestion.end):
            continue
        taken.insert(index, (suggestion.start, suggestion.end))
        kept.append(suggestion)
    return sorted(kept, key=lambda s: s.start)


def _a_kind_inside_a_name(suggestion: Suggestion, names: list[Suggestion]) -> bool:
    """A known kind of people opening a name that says whose or where ("Residents of Faryab"), or
    a word inside a body's name ("Doctors" of "The Sudan Doctors Network", tagged before); or the
    generic word an actor was tagged by inside a name that says whose ("army", Niger's, inside
    "Mali's army"; "troops" inside "French troops": helper-262's were Niger's armed forces)."""
    entity = suggestion.entity
    if suggestion.layer != "memory" or entity is None or not (is_generic(entity.name) or is_generic(suggestion.quote)):
        return False  # a generic word of a named actor too: "army" of Niger's inside "Mali's army", "French troops"
    start, end = suggestion.start, suggestion.end
    return any(
        (n.start == start and end < n.end and _OF_WHOM.match(n.quote, end - n.start) is not None)
        or (n.start < start and end <= n.end and n.quote[:1].isupper())
        for n in names
    )


_OF_WHOM = compiled(r"\s+(?:of|from|in)\s+(?:the\s+)?[A-Z]")


def _a_body_inside_another(suggestion: Suggestion, names: list[Suggestion]) -> bool:
    """A known body's name opening or inside the whole name of a body not yet known ("United
    Nations" of "United Nations Development Programme (UNDP)": a newcomer saw the programme
    suggested as the United Nations once the UN was tagged), or of the same body ("The Wagner Group",
    Wagner known: the whole name)."""
    entity = suggestion.entity
    if suggestion.layer != "memory" or entity is None:
        return False
    start, end = suggestion.start, suggestion.end
    return any(
        n.start <= start and end <= n.end and n.end - n.start > end - start and (n.new_entity or n.entity == entity)
        for n in names
    )  # "The Wagner Group said", Wagner known: the whole name, of the same actor


def _a_whole_name(quote: str) -> bool:
    """Every word capitalised but the joiners of names: a name, not a name and the words after it
    ("Taliban fighters")."""
    words = quote.split()
    return len(words) > 1 and all(w[:1].isupper() or w in _JOINERS for w in words) and words[-1][:1].isupper()


_JOINERS = frozenset({"of", "the", "for", "and", "de", "al", "el", "du", "des", "on", "in"})
