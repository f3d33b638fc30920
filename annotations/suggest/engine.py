"""Suggestions: the places, actors and claims an analyst would tag, proposed for one key to accept.

Places come from the gazetteer (built-in, the analyst's files, places already tagged), found by
name keys that survive transliteration and a strict fuzzy fallback, their kind decided by the
text ("X district", "province of X"). Actors come from what the analyst has already tagged
anywhere in the corpus, then from the lexicon. Claims start at attribution cues and cover the
reported content, with the nearest actor mention as claimant. Each recogniser has its module
(`places`, `actors`, `claims`); this one runs them in order and drops what the analyst has
already tagged or rejected.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import Protocol

from annotations.model import KINDS, ActorDetails, Annotation, Entity, PlaceDetails
from annotations.suggest.across_pieces import in_windows, named_again_across, windows
from annotations.suggest.acting import states_acting
from annotations.suggest.actors import drop_modifiers, suggest_actors
from annotations.suggest.affiliations import affiliations_named_whole
from annotations.suggest.bodies_named_back import bodies_named_back, ministries_named_back
from annotations.suggest.claim_edges import dateline_agencies
from annotations.suggest.claims import suggest_claims
from annotations.suggest.groups_named_again import groups_named_again
from annotations.suggest.groups_not_places import groups_not_places
from annotations.suggest.known_letters import known_by_their_letters
from annotations.suggest.nested_claims import told_inside
from annotations.suggest.overlaps import without_overlaps as _without_overlaps
from annotations.suggest.people import looks_like_a_person
from annotations.suggest.pieces import PieceMemo, pieces, shifted_by
from annotations.suggest.place_acronyms import with_place_acronyms
from annotations.suggest.place_particles import names_with_particles
from annotations.suggest.places import suggest_places
from annotations.suggest.places_shortened import shortened_places
from annotations.suggest.places_tagged_here import places_tagged_here
from annotations.suggest.same_actor import (
    initials_used_later,
    nicknames_not_places,
    one_actor_per_article,
    short_forms_of_tagged,
)
from annotations.suggest.speakers_again import speakers_named_again, with_their_claimants
from annotations.suggest.speakers_named_back import speakers_named_back
from annotations.suggest.suggestion import Cancelled as Cancelled  # raised here, caught by callers
from annotations.suggest.suggestion import Knowledge, Suggestion
from annotations.suggest.the_government import juntas_as_governments, the_government, the_presidency
from annotations.suggest.tokens import Spans, tokens
from annotations.suggest.units_named_again import units_named_again
from annotations.text.pattern_cache import compiled
from annotations.text.per_text import per_text

PLACES = PieceMemo()
"""Each piece's places, kept apart: drawn from the gazetteers and the corpus's places only, they
serve again after a tag that taught the corpus a new actor (its actors are worked out anew)."""
PIECES = PieceMemo(steps=(PLACES,))
"""The pieces' suggestions of the last runs (`pieces`): the app suggests again after each change."""


def suggest(text: str, knowledge: Knowledge, *, cancelled: Callable[[], bool] | None = None) -> list[Suggestion]:
    """Every suggestion for this text, in text order, none overlapping an accepted annotation
    of the same kind, none the analyst rejected. Places and actors are recognised piece by
    piece, each piece's kept for the next run (`pieces`); names across pieces, claims and the
    passes over the article read the whole text after them. Raises Cancelled when `cancelled()`
    turns true between pieces."""
    contents = tuple(g.contents() for g in knowledge.gazetteers)
    context = PIECES.context(contents, knowledge.entities)
    places_context = PLACES.context(contents, [e for e in knowledge.entities if e.kind == "place"])
    found: list[Suggestion] = []
    by_start = _ByStart(knowledge.accepted)
    cut = pieces(text)
    for offset, piece in cut:
        if cancelled is not None and cancelled():
            raise Cancelled
        within = _within(knowledge, by_start, offset, len(piece))
        work = partial(_names, piece, within, places_context)
        found += PIECES.recognised(piece, offset, context, within.accepted, work)
    offsets = [offset for offset, _ in cut]
    found = _one_entity_per_new_name(_known_as_given(found, knowledge))
    found = named_again_across(text, known_by_their_letters(found, knowledge.entities), offsets)
    found = initials_used_later(text, found)
    spans = windows(offsets, len(text))
    inside, found = in_windows(found, spans)
    for (start, end), held in zip(spans, inside, strict=True):
        if cancelled is not None and cancelled():
            raise Cancelled
        found += _with_claims(text, start, end, _within(knowledge, by_start, start, end - start), held)
    found = one_actor_per_article(_one_entity_per_new_name(found), text)  # each piece makes its own
    found = affiliations_named_whole(found)
    found = units_named_again(groups_named_again(text, found))
    found = names_with_particles(text, shortened_places(nicknames_not_places(found, text)))
    found = groups_not_places(text, found, knowledge.entities)
    found = _with_their_generic_words(text, _without_places_in_names(text, _outside_credits(text, found), knowledge))
    headline = headline_end(text)
    found = [s for s in found if s.kind != "claim" or s.start >= headline]  # the body tells it, with its speaker
    accepted = [a for a in knowledge.accepted if a.status == "accepted"]
    tagged_ids = {a.entity_id for a in accepted if a.kind == "actor"}
    found = short_forms_of_tagged(found, [e for e in knowledge.entities if e.id in tagged_ids and e.kind == "actor"])
    found = places_tagged_here(found, accepted, knowledge.entities)
    rejected = {key.casefold() for key in knowledge.rejected}  # "Gunmen" rejected is "gunmen" rejected
    elsewhere: dict[str, int] = {}
    for key, count in knowledge.rejected_elsewhere.items():
        elsewhere[key.casefold()] = elsewhere.get(key.casefold(), 0) + count
    kept = without_tagged(text, [s for s in found if s.key.casefold() not in rejected], accepted)
    kept = [w for w in (_weighed(s, elsewhere.get(s.key.casefold(), 0)) for s in kept) if w is not None]
    kept = _claimants_still_there(kept, Spans((a.start, a.end) for a in accepted if a.kind == "actor"))
    kept.sort(key=lambda s: (s.start, -s.end, s.kind))
    return kept


_WORDS_OF_A_MENTION = ("forces or officials", "armed forces", "civilians", "armed group (described)")
_MEMBERS = ("forces or officials", "armed forces", "armed group (described)")
"""Generic words that may name an actor's own members ("… soldiers"); civilians never do ("Taliban
civilians" are not the Taliban's)."""
"""Suggestions of a generic word that, right after a tagged actor, are its last word ("soldiers"
of "Afghan National Army soldiers" once the analyst tagged "Afghan National Army")."""


def _with_their_generic_words(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """An actor the article or the corpus knows by name, followed by a generic word ("Afghan
    National Army soldiers", once the analyst tagged the army elsewhere): one mention, as the
    lexicon reads it before the name is known; the word was left an actor of its own."""
    generic = {s.start: s for s in found if s.kind == "actor" and s.reason in _MEMBERS}
    merged: list[Suggestion] = []
    moved: dict[tuple[int, int], Suggestion] = {}  # the spans a claimant may name, and the mention now
    for s in found:
        word = generic.get(s.end + 1) if s.kind == "actor" and s.layer == "memory" else None
        if word is not None and text[s.end] == " " and (word.start, word.end) not in moved:
            whole = replace(s, end=word.end, quote=text[s.start : word.end])
            moved[(s.start, s.end)] = moved[(word.start, word.end)] = whole
            s = whole
        merged.append(s)
    gone = {span for span in moved if moved[span].start != span[0]}
    return [_claimed_by_the_whole(s, moved) for s in merged if (s.start, s.end) not in gone or s.kind != "actor"]


def _claimed_by_the_whole(s: Suggestion, moved: dict[tuple[int, int], Suggestion]) -> Suggestion:
    """A claim whose claimant was the name or the word merged: the whole mention's (a reviewer's:
    "Afghan National Army soldiers said …" lost its claimant)."""
    whole = moved.get(s.claimant) if s.kind == "claim" and s.claimant is not None else None
    if whole is None:
        return s
    reason = s.reason.rsplit(" by ", 1)[0] + f" by {whole.quote}" if " by " in s.reason else s.reason
    return replace(s, claimant=(whole.start, whole.end), reason=reason)


class Tagged(Protocol):
    """What a tag is here: its kind and its span (an annotation, or a suggestion just accepted)."""

    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def without_tagged(text: str, found: list[Suggestion], accepted: Sequence[Tagged]) -> list[Suggestion]:
    """Without what the analyst's tags drop: what a tag of the same kind overlaps, and what they
    settle otherwise (`_settled_by_tags`). Each run of the suggestions applies it, and so does `y`
    to the list it accepted from, before the next run comes (keys typed ahead must find what
    slow typing would)."""
    tagged: dict[str, Spans] = {kind: Spans() for kind in KINDS}
    for annotation in accepted:
        tagged[annotation.kind].add(annotation.start, annotation.end)
    kept = [s for s in found if not tagged[s.kind].overlapping(s.start, s.end) or told_inside(s, accepted)]
    return _settled_by_tags(text, kept, accepted)


def _settled_by_tags(text: str, found: list[Suggestion], accepted: Sequence[Tagged]) -> list[Suggestion]:
    """Without what the analyst's tags settled although they do not overlap it as the same kind:
    a suggestion of another kind on the very words they tagged ("Kabul" tagged as an actor is no
    place to propose), a place that opens an actor's name ("Russia" of "Russia's Defence
    Ministry", accepted) or is a word of its proper name ("Mozambique" of "Armed Defence Forces of
    Mozambique"), the generic word left after a tagged actor."""
    spans = {(a.start, a.end) for a in accepted}
    actor_starts = {a.start: a.end for a in accepted if a.kind == "actor"}
    actor_ends = {a.end for a in accepted if a.kind == "actor"}
    actors = Spans((a.start, a.end) for a in accepted if a.kind == "actor")

    def settled(s: Suggestion) -> bool:
        if (s.start, s.end) in spans:
            return True
        if s.kind == "district" and actor_starts.get(s.start, 0) > s.end:
            return True
        if s.kind == "district" and any(
            start < s.start and s.end <= end and _named_by_name(text[start : s.start])
            for start, end in actors.overlaps(s.start, s.end)
        ):
            return True
        return (
            s.kind == "actor"
            and s.reason in _WORDS_OF_A_MENTION
            and (s.start - 1) in actor_ends
            and text[s.start - 1] == " "
        )

    return [s for s in found if not settled(s)]


def headline_end(text: str) -> int:
    """Where the headline ends: the first line, when a blank line follows it and no full stop
    ends it, else 0. A headline's "…, rights groups say" is the article's claim told again in
    short: of eleven in the gold texts, none was a claim their analysts tagged."""
    first = text.find("\n")
    if first <= 0 or (not text.startswith("\n\n", first) and not text.startswith("\n\r\n", first)):
        return 0
    line = text[:first].rstrip()
    return first if line and not line.endswith((".", "!", "?")) and len(line) <= 250 else 0


_CREDITS = compiled(
    r"^[(\[]?(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Compiled|Edited|Written)\s+by\b.*$"
    r"|(?:^|(?<=\| ))By\s+[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){1,4}(?=\s*(?:,|\||$))",
    re.MULTILINE,
)
"""A wire report's credits ("(Reporting by Asif Shahzad in Islamabad; Editing by …)") and a
byline's name ("By Rogelio Zamora Cárdenas, correspondent", "… English edition | By Larissa
Monteiro Tavares, in Marabá"): who wrote it and where, nothing the
article reports (their places were proposed as the article's: "Cárdenas", a town's name)."""


def _outside_credits(text: str, found: list[Suggestion]) -> list[Suggestion]:
    credits, agencies = _credits_and_agencies(text)
    return [
        s
        for s in found
        if not credits.overlapping(s.start, s.end) and not (s.kind != "claim" and agencies.overlapping(s.start, s.end))
    ]  # a dateline's agency is the article's source, no actor of its story (nor "Sea Newswire" a place)


@per_text  # the text's alone: kept for the run after a tag
def _credits_and_agencies(text: str) -> tuple[Spans, Spans]:
    """Where the credits and the datelines' agencies are (read, never changed, by the caller)."""
    credits = Spans(
        match.span()
        for match in _CREDITS.finditer(text)
        if match.group()[:1] in "([" or "Editing by" in match.group() or not match.group().rstrip().endswith(".")
    )  # "Reporting by the BBC in Kabul showed…" is a sentence of the article
    return credits, Spans(dateline_agencies(text))


_NAME_WORD = compiled(r"[A-Z][\w’'\-.]*|of|the|in|for|and|on|de|du|des|la|le|al|el")


def _without_places_in_names(text: str, found: list[Suggestion], knowledge: Knowledge) -> list[Suggestion]:
    """Without the places that are words of a proper name suggested or tagged as an actor
    ("Pakistan" of "Tehreek-e-Taliban Pakistan", known to the corpus: a newcomer accepted it by
    reflex with Y; "Cabo Delgado" of "Cabo Delgado Conflict Observatory", tagged), or open a
    group's ("Myanmar" of "Myanmar National Democratic Alliance Army", once Myanmar is tagged)."""
    by_id = {e.id: e for e in knowledge.entities}
    tagged = [(a.start, a.end, by_id.get(a.entity_id or "")) for a in knowledge.accepted if a.kind == "actor"]
    actors = [*((a.start, a.end, a.entity) for a in found if a.kind == "actor"), *tagged]
    names = Spans((start, end) for start, end, _ in actors)
    opened: dict[tuple[int, int], int] = {}  # an actor's span: the words its opening place needs after it
    for start, end, entity in actors:
        if (least := _words_after_its_place(entity)) is not None:
            opened[start, end] = min(least, opened.get((start, end), least))
    return [
        s
        for s in found
        if s.kind != "district"
        or not any(
            (start < s.start and s.end <= end and _named_by_name(text[start : s.start]))
            or (
                (start, end) in opened
                and start == s.start
                and s.end < end
                and _named_by_name(text[s.end : end], opened[start, end])
            )
            for start, end in names.overlaps(s.start, s.end)
        )
    ]


def _words_after_its_place(entity: Entity | None) -> int | None:
    """How many capitalised words after a place opening an actor's name make the place a word of
    the name: two for an armed group's or a monitor's ("Myanmar National Democratic Alliance
    Army", "Cabo Delgado Conflict Observatory"), one for an outlet's ("told Sudan Tribune", "Kenya
    Times reported"); None for any other's ("the Gaza Health Ministry" is Gaza's)."""
    details = entity.details if entity is not None else None
    if not isinstance(details, ActorDetails):
        return None
    if details.actor_type in ("rebel_group", "political_militia", "external_other"):
        return 2
    return 1 if details.actor_type == "media" else None


def _named_by_name(before: str, least: int = 2) -> bool:
    """Whether the words of an actor's name beside a place are a proper name of `least` capitalised
    words or more ("Armed Forces of the Democratic Republic of", "United Nations Mission in"): the place is a
    word of the name, not a place the article tags there; "Residents of", "a resident who fled to"
    say where people are."""
    words = before.split()
    capitals = sum(part[:1].isupper() for w in words for part in w.split("-"))  # "Tehreek-e-Taliban": two
    return all(_NAME_WORD.fullmatch(w) for w in words) and capitals >= least


def _claimants_still_there(found: list[Suggestion], tagged_actors: Spans) -> list[Suggestion]:
    """A claim's claimant as `y` will store it: the actor suggested there, else the tagged actor
    over those words ("officials" of "Afghan government officials", tagged), else none (the
    analyst rejected it): never a claimant shown that accepting would drop."""
    suggested = {(s.start, s.end) for s in found if s.kind == "actor"}
    kept = []
    for s in found:
        if s.kind == "claim" and s.claimant is not None and s.claimant not in suggested:
            over = tagged_actors.overlaps(*s.claimant)
            s = replace(s, claimant=over[0] if over else None)
        kept.append(s)
    return kept


REJECTED_IN = 2
"""A text rejected (as the same kind) in this many other articles is not proposed any more,
unless it is the very name of an entity the analyst tagged (not a surname guessed from one);
rejected in fewer, it is proposed with less weight and says so."""


def _weighed(suggestion: Suggestion, rejected_elsewhere: int) -> Suggestion | None:
    if not rejected_elsewhere:
        return suggestion
    if rejected_elsewhere >= REJECTED_IN and not (suggestion.layer == "memory" and suggestion.score >= 1.0):
        return None
    times = "another article" if rejected_elsewhere == 1 else f"{rejected_elsewhere} other articles"
    return replace(suggestion, score=suggestion.score / 2, reason=f"{suggestion.reason} · rejected in {times}")


def _known_as_given(found: list[Suggestion], knowledge: Knowledge) -> list[Suggestion]:
    """Each known entity as this run's own object: a piece kept from an earlier run holds that
    run's, equal but not the same (a store on a server reads them anew each time), and the passes
    over the article that count entities by identity saw one entity twice ("RSF fighters" lost
    their link to a known Rapid Support Forces after an edit elsewhere)."""
    given = {e.id: e for e in knowledge.entities}
    return [
        replace(s, entity=own)
        if s.entity is not None
        and (own := given.get(s.entity.id)) is not None
        and own is not s.entity
        and own == s.entity
        else s
        for s in found
    ]


def _names(text: str, knowledge: Knowledge, places_context: int) -> list[Suggestion]:
    """The places and actors of one piece (kept for the next run: see `pieces`; its places apart,
    in `places_context`)."""
    places = PLACES.recognised(
        text, 0, places_context, (), lambda: with_place_acronyms(text, suggest_places(text, tokens(text), knowledge))
    )
    places, acting = states_acting(text, places, knowledge.entities)
    actors = _without_overlaps([*suggest_actors(text, knowledge, places), *acting])
    offices = [
        *the_government(text, actors, places, knowledge.entities),
        *the_presidency(text, places, knowledge.entities),
    ]
    actors = sorted([*actors, *offices], key=lambda a: a.start)
    actors = juntas_as_governments(text, actors, places)
    return [*drop_modifiers(places, actors), *actors]


def _with_claims(text: str, start: int, end: int, knowledge: Knowledge, inside: list[Suggestion]) -> list[Suggestion]:
    """The places and actors `inside` the text from `start` to `end`, with its claims and the
    speakers they name. The
    claims are read over the whole text (up to `across_pieces.WINDOW`), not piece by piece: who
    "Habimana said" and "She said" are, in a piece that does not name them in full, the article
    before it tells (read a piece at a time, 47 of a long article's 172 claims had no claimant,
    where 19 had read whole)."""
    words = text[start:end]
    here = shifted_by(inside, -start)
    places = sorted((s for s in here if s.kind == "district"), key=lambda s: s.start)
    actors = ministries_named_back(sorted((s for s in here if s.kind == "actor"), key=lambda s: s.start))
    back = [*bodies_named_back(words, actors), *speakers_named_back(words, actors)]
    claims, sources = suggest_claims(
        words, knowledge, sorted([*actors, *back], key=lambda s: s.start), [(p.start, p.end) for p in places]
    )
    speaking = {c.claimant for c in claims}  # "The committee wrote …": a body named back is proposed as the speaker
    actors = sorted([*actors, *(b for b in back if b.span in speaking)], key=lambda s: s.start)
    actors = [a for a in actors if a.quote.casefold() not in _ONE_PERSON or a.span in speaking]
    speakers = Spans((s.start, s.end) for s in sources if " " in s.quote and looks_like_a_person(s.quote))
    places = [p for p in places if not speakers.overlapping(p.start, p.end)]  # "Selim" of "Selim Kocabay told"
    again = speakers_named_again(words, sources, [*places, *actors, *sources])
    made = [*places, *actors, *sources, *again, *with_their_claimants(words, claims, again)]
    return shifted_by(made, start)


_ONE_PERSON = frozenset("man woman mother father boy girl child teenager".split())
"""A person by a word for anyone: an actor only where they speak ("…,” said a mother from Brisas
del Río"); else one of the dead or hurt ("killing a woman and her two children": 57 of 59 such
suggestions over the golds were no actor, and a newcomer's event row had "woman" as actor 2)."""


def _within(knowledge: Knowledge, by_start: _ByStart, offset: int, length: int) -> Knowledge:
    """What one piece of the text draws on: the accepted annotations inside it, as offsets in it
    (found by bisection: a long article has hundreds of pieces and thousands of annotations)."""
    if offset == 0 and length >= max((a.end for a in knowledge.accepted), default=0):
        return knowledge
    first, last = bisect_left(by_start.starts, offset), bisect_left(by_start.starts, offset + length)
    accepted = [
        replace(a, start=a.start - offset, end=a.end - offset)
        for a in by_start.annotations[first:last]
        if a.end <= offset + length
    ]
    return replace(knowledge, accepted=accepted)


class _ByStart:
    """The annotations in order of their start, and the starts."""

    def __init__(self, annotations: Sequence[Annotation]) -> None:
        self.annotations = sorted(annotations, key=lambda a: a.start)
        self.starts = [a.start for a in self.annotations]


def _one_entity_per_new_name(found: list[Suggestion]) -> list[Suggestion]:
    """Pieces of a long text and recognisers ("Afghan officials" and "Kabul said" are both the
    Government of Afghanistan) each propose their own new entity for a name: the first one serves
    all of them, with the other names all of them had; but a city and the province of its name
    stay two ("a market in Kano … the Kano State governor": the state was made the city)."""
    merged: dict[tuple[str, str, str], Entity] = {}
    keys: dict[int, tuple[str, str, str]] = {}
    for suggestion in found:
        entity = suggestion.entity
        if entity is None or not suggestion.new_entity:
            continue
        key = (entity.kind, entity.name, "")
        if key in merged and _a_city_and_its_province(merged[key], entity):
            key = (entity.kind, entity.name, _place_kind(entity))
        keys[id(suggestion)] = key
        first = merged.setdefault(key, entity)
        if first is not entity and isinstance(entity.details, ActorDetails) and isinstance(first.details, ActorDetails):
            aliases = tuple(dict.fromkeys((*first.details.aliases, *entity.details.aliases)))
            if aliases != first.details.aliases:
                merged[key] = replace(first, details=replace(first.details, aliases=aliases))
    return [_with_entity(s, merged[keys[id(s)]]) if id(s) in keys else s for s in found]


def _place_kind(entity: Entity) -> str:
    return entity.details.place_kind if isinstance(entity.details, PlaceDetails) else ""


def _a_city_and_its_province(first: Entity, other: Entity) -> bool:
    return {_place_kind(first), _place_kind(other)} == {"city", "province"}


def _with_entity(suggestion: Suggestion, entity: Entity) -> Suggestion:
    return suggestion if suggestion.entity is entity else replace(suggestion, entity=entity)
