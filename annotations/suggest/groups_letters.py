"""A party or a group the article names only by its letters and its people: "About 15 ZANU-PF
youths disrupted …", later "accused ZANU-PF of running a campaign of terror". The people are found
by the lexicon (`lexicon_parties.ITS_PEOPLE`); here the letters alone, and the letters of a group
found otherwise, are read.
"""

from __future__ import annotations

from annotations.model import ActorDetails, Entity
from annotations.suggest.lexicon_parties import MILITANTS, PEOPLE
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.tokens import Spans, whole_word_spans
from annotations.text.pattern_cache import compiled

PEOPLE_REASONS = (MILITANTS, PEOPLE)
LETTERS = "a group named by its people before"


def known_groups_letters(found: list[Suggestion]) -> list[Suggestion]:
    """Without "PKK members", "KNF members" where the letters alone are a group found otherwise
    (the lexicon's, or an acronym the text defines): the group is tagged by its letters, as the
    gold files do; "ZANU-PF youths", whose letters nothing else knows, stay."""
    starts = {(s.start, s.end) for s in found if s.kind == "actor" and s.reason not in PEOPLE_REASONS}
    return [
        s for s in found if s.reason not in PEOPLE_REASONS or (s.start, s.start + len(s.quote.split()[0])) not in starts
    ]


def letters_named_alone(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The letters of a group whose people the text named, standing alone elsewhere ("accused
    ZANU-PF of …", "ZANU-PF denied"): the group itself, one entity for all its mentions."""
    taken = Spans((s.start, s.end) for s in found if s.kind == "actor")
    made: list[Suggestion] = []
    groups: dict[str, Entity] = {}
    for s in found:
        if s.reason not in PEOPLE_REASONS:
            continue
        letters = s.quote.split()[0]
        if letters in groups:
            continue
        groups[letters] = Entity.actor(letters, ActorDetails("external_other"))
        for start, end in whole_word_spans(text, letters, joiners="-"):
            if not taken.overlapping(start, end):
                made.append(
                    Suggestion(
                        "actor",
                        start,
                        end,
                        letters,
                        LETTERS,
                        entity=groups[letters],
                        new_entity=True,
                        score=0.8,
                        layer="name shape",
                    )
                )
                taken.add(start, end)
    return made


_ARMED_LETTERS = compiled(
    r"\b(?:[Tt]he[ \t]+armed|(?i:fighters|militants|rebels|gunmen|combatants|militiamen|insurgents)[ \t]+of"
    r"[ \t]+the(?:[ \t]+armed)?)[ \t]+([A-Z][A-Z\-]{1,7})\b(?!-|[ \t]+[A-Z])"
)
"""Letters a group is named by where the text says it fights: "the armed FRUD", "fighters of the
FRUD" (an article naming the rebels so, never spelt out, had only "The FRUD denied" found, as a
speaker). Not the start of a longer name ("the armed UN Mission"), nor "members of" (of a PTA)."""
ARMED = "letters of an armed group"


def armed_letters(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """Each group named by letters the text says are armed, at each of its mentions not taken."""
    taken = Spans((s.start, s.end) for s in found if s.kind == "actor")
    made: list[Suggestion] = []
    named: set[str] = set()
    for match in _ARMED_LETTERS.finditer(text):
        letters = match.group(1)
        if letters in named or taken.overlapping(*match.span(1)):
            continue
        named.add(letters)
        group = Entity.actor(letters, ActorDetails("rebel_group"))
        for start, end in whole_word_spans(text, letters, joiners="-"):
            if not taken.overlapping(start, end):
                made.append(
                    Suggestion("actor", start, end, letters, ARMED, entity=group, new_entity=True, score=0.8,
                               layer="name shape")
                )  # fmt: skip
                taken.add(start, end)
    return made
