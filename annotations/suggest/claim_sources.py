"""The source a cue names that no actor suggestion covers: "Rhamani said" (a speaker the
lexicon and the people patterns missed), linked to a person the article or the corpus named
with a near spelling, and the whole name given before a surname ("Ahmed Saleh al-Qubati …,
later al-Qubati said"): one person.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz import fuzz, process

from annotations.entities.matching import fold
from annotations.model import ActorDetails, Entity
from annotations.suggest.lexicon_parties import TITLE_LETTERS
from annotations.suggest.people import without_titles
from annotations.suggest.quotation_words import past_what_was_called
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.tokens import Spans, not_sentence_start
from annotations.text.dates import MONTHS, WEEKDAYS
from annotations.text.navigation import NAME_STOPWORDS
from annotations.text.pattern_cache import compiled

_PRONOUNS = frozenset("he she they it we i you who which this that there officials".split())


_DATES = frozenset(word.capitalize() for word in (*MONTHS, *WEEKDAYS))
_BEFORE_A_DATE = compiled(r"(?:\d{1,2}|\b(?:on|since|in|last|early|late|mid|next))\s+$")
_OPENING_ADVERB = compiled(
    r"(?:Later|Earlier|Separately|Afterwards|Yesterday|Today|Tonight|Previously|Now|Instead|Still|Again)\s+(?=[A-Z]|bin\s|ibn\s)"
)
"""A word opening a sentence before its subject, capitalised as a name's would be."""


_OBJECT_OF_A_VERB = compiled(r"\b(?:who|which|that)\s+(?:had\s+|has\s+)?[a-z]+\s+$|\b[a-z]{2,}ed\s+$")
"""Before a name that is a verb's object, not the subject of the cue after it."""


_NAME_AT_THE_END = compiled(
    r"(?<![\w’'\-])((?:(?:bin|ibn)\s+)?(?:(?:al|el|ad|as|ash|an|ar|at)-)?(?:\d{1,3}(?=[A-Z]{2,5}\s))?[A-Z][\w’'\-]+"
    r"(?:\s+[“\"][A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}[”\"](?=\s+[A-Z]))?"  # `Joaquín "El Chapo" Guzmán said`
    r"(?:\s+(?:(?:bin|ibn)\s+)?(?:(?:al|el|ad|as|ash|an|ar|at)-)?[A-Z][\w’'\-]+){0,3})"
    r"\s+$"
)
"""A name ending right before a cue, with "bin" inside ("Yousif Adam bin Issa wrote"), an Arabic
article inside ("Ghazi Mahmoud al-Azzawi said": the speaker was "al-Azzawi") or opening the
surname it is short for ("…,” bin Dhiyab told MPA"), a nickname in quotes after the first name;
never from inside a word, but a numbered
unit's letters whole ("the 33IB said" was "IB")."""


_AFTER_A_PREPOSITION = compiled(
    r"\b(?:for|of|to|in|from|at|on|with)\s+"
    r"(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern|-?(?:[Ee]ast|[Ww]est)(?:ern)?)|[Cc]entral)?\s*$"
)
"""Before a name that a preposition governs, a part of the country between them or not: the name
completes the speaker's title ("the special envoy for Libya said") or tells where the speaker is
("An ethnic armed group in northern Myanmar said": a helper's Myanmar was the speaker, taken for
the MNDAA, the claimant of its capture of Lashio)."""
_AN_ARTICLE_OPENS = compiled(r"(?:al|el|ad|as|ash|an|ar|at)-[A-Z]")
_ACRONYM = compiled(r"[A-Z]{2,8}(?:-[A-Z]{1,3})?")
"""A group's letters ("NSCN", "ULFA-I"), unexplained: who speaks, at a sentence's start too."""
_TITLES_SHORT = frozenset(TITLE_LETTERS.split("|"))
"""A title's letters ("The CS said": the Cabinet Secretary named before), no group."""


def _a_groups_letters(name: str) -> bool:
    return _ACRONYM.fullmatch(name) is not None and name not in _TITLES_SHORT


_KNOWN_AS = compiled(r",\s+(?:also\s+|better\s+)?(?:known\s+as|nicknamed|alias)\s+[^,;.]{1,40},\s*$")
"""The other name a speaker goes by, set off between the name and the cue."""


_IN_ITS_SCRIPT = compiled(r"\s\([^()A-Za-z\d]*[^\W\d_A-Za-z][^()A-Za-z\d]*\)\s+$")
"""A name written again in its own script, in brackets between it and the cue ("Abdul-Malik al-Houthi (عبد الملك
الحوثي) said": a reviewer's claim had no speaker)."""


def name_before(text: str, cue_start: int, mentions: Spans, places: Spans) -> tuple[int, int] | None:
    """A capitalised name right before a cue that no mention covers: the speaker of "Rhamani said" (and of
    "Jimmy Cherizier, known as Barbecue, said": helper-299's claim of nobody)."""
    glossed = _IN_ITS_SCRIPT.search(text, max(0, cue_start - 80), cue_start)
    cue_start = glossed.start() + 1 if glossed is not None else cue_start  # "Abdul-Malik al-Houthi (عبد …) said"
    known_as = _KNOWN_AS.search(text, max(0, cue_start - 60), cue_start)
    cue_start = known_as.start() + 1 if known_as is not None else cue_start  # the name ends before its comma
    window = text[max(0, cue_start - 60) : cue_start]
    window = window[:-1] + " " if known_as is not None else window
    match = _NAME_AT_THE_END.search(window)
    if match is None:
        return None
    first = match.group(1).split()[0]
    if first.lower() in NAME_STOPWORDS and _AN_ARTICLE_OPENS.match(window, match.start(1) + len(first) + 1):
        match = _NAME_AT_THE_END.search(window, match.start(1) + len(first) + 1)  # "The al-Shabaab-affiliated
        if match is None:  # Radio Andalus claimed": the name opens with its article
            return None
    start = cue_start - len(window) + match.start(1)
    end = cue_start - len(window) + match.end(1)
    start = past_what_was_called(text, start, end)  # `called Bakhmut "Meat Grinder" Prigozhin said`: Prigozhin
    opening = _OPENING_ADVERB.match(text, start, end)
    if opening is not None:  # "Later Sandal said": the speaker is Sandal
        start = opening.end()
    name = text[start:end]
    if name.startswith("The ") and _a_groups_letters(name[4:]):
        start, name = start + 4, name[4:]  # "The NSCN denied": the group its letters name
    if name.split()[0].lower() in NAME_STOPWORDS or name.lower() in _PRONOUNS:
        return None
    if name in _DATES and _BEFORE_A_DATE.search(text, max(0, start - 8), start):
        return None  # "circulated on Facebook on 10 March said": a date, no speaker (not "Blessing Sunday said")
    if not not_sentence_start(text, start) and len(name.split()) == 1 and not _a_groups_letters(name):
        return None  # "Officials said": a capitalised common word, not a name (but "KNF said")
    if mentions.touching(start, end) or places.touching(start, end):
        return None
    if _AFTER_A_PREPOSITION.search(text, max(0, start - 24), start):
        return None  # "the special envoy for Libya said": the name completes the speaker's title
    if _OBJECT_OF_A_VERB.search(text, max(0, start - 24), start):
        return None  # "A woman who fled Tawila said": what she fled, not who speaks
    return without_titles(text, start, end, fewest=1)  # "President Ghani said": the speaker is Ghani


def speaker(text: str, span: tuple[int, int], people: People, mentions: Spans) -> list[Suggestion]:
    """The speaker of a cue, and the whole name the article gave them before ("Ahmed Saleh
    al-Qubati has operated cranes … ", later "al-Qubati said"): one person."""
    span = (max(span[0], text.rfind("\n", *span) + 1), span[1])  # a name never runs on from a headline ("Strike In
    # Somalia\n\nAFRICOM said" was one speaker)
    span = without_titles(text, *span, fewest=1) or span  # "Sultan Mohamed Farah Adan told": him
    surname = text[span[0] : span[1]]
    full = None if _ACRONYM.fullmatch(surname) else _named_whole_before(text, surname, span[0])  # letters: whole
    full = full and (without_titles(text, *full, fewest=2) or full)  # "Sheikh Nasser Awad bin Dhiyab": him
    if full is None or mentions.touching(*full):
        return [_source_actor(text, span, people)]
    named = _source_actor(text, full, people)
    mentions.add(*full)
    return [named, replace(named, start=span[0], end=span[1], quote=surname, reason=f"short for {named.quote}")]


def _named_whole_before(text: str, surname: str, before: int) -> tuple[int, int] | None:
    """The first "Given Names Surname" before `before`: found by the surname's occurrences, so the
    work does not grow with the text before it."""
    at = text.find(surname, 0, before)
    while at >= 0:
        given = _GIVEN_NAMES.search(text, max(0, at - 60), at)
        after = text[at + len(surname) : at + len(surname) + 1]
        if given is not None and not (after.isalnum()) and given.group(1).split()[0].lower() not in NAME_STOPWORDS:
            return given.start(1), at + len(surname)
        at = text.find(surname, at + 1, before)
    return None


_GIVEN_NAMES = compiled(r"(?<![\w’'\-])([A-Z][\w’'\-]+ (?:(?:[A-Z][\w’'\-]+|bin|ibn|de|da|van|von) ){0,2})$")
"""The words of a name before its last ("Yousif Adam bin Issa"): capitalised, or a particle."""


def _source_actor(text: str, span: tuple[int, int], people: People) -> Suggestion:
    """The speaker as an actor suggestion, linked to a person already named in the article or the
    corpus when the spelling is near (the seed spells Rahmani also as Rhamani)."""
    surface = text[span[0] : span[1]]
    entity = people.match(surface)
    if entity is not None:
        return Suggestion(
            "actor",
            *span,
            surface,
            f"speaker, same person as {entity.name}?",
            entity=entity,
            score=0.7,
            layer="name shape",
        )
    new = people.add(Entity.actor(surface, ActorDetails("external_other")))
    return Suggestion("actor", *span, surface, "speaker", entity=new, new_entity=True, score=0.7, layer="name shape")


class People:
    """Actors a speaker may be, by each word of their names (and the whole name), grouped by
    first letter: a speaker is compared with the names that start like theirs, in one call to
    rapidfuzz, so the work per speaker does not grow with the article."""

    MIN_SCORE = 80.0

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._parts: dict[str, list[str]] = {}
        self._owners: dict[str, list[Entity]] = {}
        self._seen: set[tuple[str, str]] = set()
        """(entity id, folded name) indexed: one entity seen again with another name ("…, known
        as Sandal") is found by it too."""
        for entity in entities:
            self.add(entity)

    def add(self, entity: Entity) -> Entity:
        for name in entity.names():
            folded = fold(name)
            if (entity.id, folded) in self._seen:
                continue
            self._seen.add((entity.id, folded))
            for part in {folded, *folded.split()}:
                if len(part) >= 4:
                    owners = self._owners.setdefault(part, [])
                    if not owners:
                        self._parts.setdefault(part[0], []).append(part)
                    owners.append(entity)
        return entity

    def match(self, name: str) -> Entity | None:
        """The actor whose name, or a word of it, is spelt most like `name` (ratio >= 80)."""
        target = fold(name)
        candidates = self._parts.get(target[:1], [])
        found = process.extractOne(target, candidates, scorer=fuzz.ratio, score_cutoff=self.MIN_SCORE)
        return None if found is None else self._owners[found[0]][0]
