"""Suggestions: the places, actors and claims an analyst would tag, proposed for one key to accept.

Places come from the gazetteer (built-in, the analyst's files, places already tagged), found by
name keys that survive transliteration and a strict fuzzy fallback, their kind decided by the
text ("X district", "province of X"). Actors come from what the analyst has already tagged
anywhere in the corpus, then from the lexicon. Claims start at attribution cues and cover the
reported content, with the nearest actor mention as claimant. Suggestions are derived, not
stored: the same article, gazetteer, entities and rejections always give the same list.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from annotations.forms.drafts import (
    actor_type_for,
    claim_reading,
    control_status_near,
    fold,
    place_kind_from_context,
    similar_entity,
)
from annotations.model import (
    ActorAttributes,
    ActorDetails,
    Annotation,
    ClaimAttributes,
    DistrictAttributes,
    Entity,
    Kind,
    PlaceDetails,
    PlaceKind,
)
from annotations.suggest.gazetteer import Gazetteer, Place
from annotations.suggest.lexicon import ACTOR_PATTERNS
from annotations.suggest.placenames import name_key, plain
from annotations.text.navigation import NAME_STOPWORDS, quotation_at, sentence_at, trimmed_words

BIG_CITY = 1_000_000
"""Cities this large are proposed in any article; smaller ones only in articles about their country."""

CUES = re.compile(
    r"\b(?:according to|quoted as saying|in a statement|said|says|told|claimed|claims|announced|announces|"
    r"insisted|insists|admitted|admits|noted|notes|warned|warns|complained|complains|stated|confirmed|"
    r"denied|denies|reported|added|alleged|accused|saying)\b",
    re.IGNORECASE,
)
_DIRECTIONS = re.compile(
    r"(?<![\w-])(?:[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|[Cc]entral|[Nn]orth(?:east|west)?(?:ern)?|"
    r"[Ss]outh(?:east|west)?(?:ern)?|North|South|East|West)\s+$"
)
_TIME_WORDS = re.compile(
    r"\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"last week|this week|earlier|later|late|recently|previously|in a statement)\b,?",
)
_COMMON = frozenset(
    """may june march april august police army government city district province state
    union court mission capital central north south east west northern southern eastern western""".split()
)
_QUOTES = "“”\"«»„‘’'"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One proposed annotation: span, why, the entity it would link (existing or new), attributes."""

    kind: Kind
    start: int
    end: int
    quote: str
    reason: str
    entity: Entity | None = None
    new_entity: bool = False
    attributes: DistrictAttributes | ActorAttributes | ClaimAttributes | None = None
    claimant: tuple[int, int] | None = None
    """For claims: the span of the actor mention that is the source."""
    cue: str = ""
    score: float = 1.0

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    @property
    def key(self) -> str:
        """What a rejection remembers: the kind and the text (not the place)."""
        return f"{self.kind}:{' '.join(self.quote.split())}"

    def place_details(self) -> PlaceDetails | None:
        if self.entity is not None and isinstance(self.entity.details, PlaceDetails):
            return self.entity.details
        return None

    def to_dict(self) -> dict[str, object]:
        """What `fieldmark suggest --json` prints."""
        record: dict[str, object] = {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "reason": self.reason,
            "entity": self.entity.name if self.entity else None,
            "entity_id": self.entity.id if self.entity and not self.new_entity else None,
        }
        details = self.place_details()
        if details is not None:
            record.update({k: v for k, v in details.to_dict().items() if k != "source"})
        if self.entity is not None and isinstance(self.entity.details, ActorDetails):
            record["actor_type"] = self.entity.details.actor_type
        if self.kind == "claim":
            record["cue"] = self.cue
            record["claimant"] = None
            if self.claimant is not None:
                record["claimant"] = {"start": self.claimant[0], "end": self.claimant[1]}
            if isinstance(self.attributes, ClaimAttributes):
                record["claim_type"] = self.attributes.claim_type
                record["certainty"] = self.attributes.certainty
        return record


@dataclass
class Knowledge:
    """What suggestions draw on: gazetteers (most trusted first), the corpus's entities, and
    what the analyst has rejected in this article."""

    gazetteers: Sequence[Gazetteer]
    entities: Sequence[Entity] = ()
    rejected: frozenset[str] = frozenset()
    accepted: Sequence[Annotation] = field(default_factory=list)


def suggest(text: str, knowledge: Knowledge) -> list[Suggestion]:
    """Every suggestion for this text, in text order, none overlapping an accepted annotation
    of the same kind, none the analyst rejected."""
    tokens = _tokens(text)
    places = _suggest_places(text, tokens, knowledge)
    actors = _suggest_actors(text, knowledge, places)
    places = _drop_modifiers(places, actors)
    claims, sources = _suggest_claims(text, knowledge, actors, [(p.start, p.end) for p in places])
    found = [*places, *actors, *sources, *claims]
    accepted = [a for a in knowledge.accepted if a.status == "accepted"]
    kept = [
        s
        for s in found
        if s.key not in knowledge.rejected and not any(_overlaps(s, a) for a in accepted if a.kind == s.kind)
    ]
    kept.sort(key=lambda s: (s.start, -s.end, s.kind))
    return kept


def _overlaps(suggestion: Suggestion, annotation: Annotation) -> bool:
    return suggestion.start < annotation.end and annotation.start < suggestion.end


# --- tokens ---------------------------------------------------------------------------------

Token = tuple[int, int, str]


def _tokens(text: str) -> list[Token]:
    return [(start, end, text[start:end]) for start, end in trimmed_words(text)]


def _capitalised(word: str) -> bool:
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower() and not first.isupper())


def _lowercase_words(text: str) -> set[str]:
    return {m.group() for m in re.finditer(r"\b[a-z][a-z\-]+\b", text)}


# --- places ---------------------------------------------------------------------------------


@dataclass
class _PlaceHit:
    start: int
    end: int
    places: list[Place]
    exact: bool
    context_kind: PlaceKind | None
    region_of: Place | None = None


def _suggest_places(text: str, tokens: list[Token], knowledge: Knowledge) -> list[Suggestion]:
    lowercase = _lowercase_words(text)
    hits: list[_PlaceHit] = []
    taken = -1
    max_words = max((g.max_words for g in knowledge.gazetteers), default=1)
    for index, (start, _end, word) in enumerate(tokens):
        if start < taken or not _capitalised(word) or word.lower() in NAME_STOPWORDS:
            continue
        hit = _longest_match(text, tokens, index, max_words, knowledge, lowercase)
        if hit is not None:
            hits.append(hit)
            taken = hit.end
    countries: set[str | None] = {
        p.country for h in hits for p in h.places if p.kind in ("country", "province") and p.country
    }
    countries |= {p.country for h in hits for p in h.places if p.source not in ("geonames",) and p.country}
    named_kinds: dict[str, PlaceKind] = {}
    for hit in hits:
        if hit.context_kind is not None:
            named_kinds.setdefault(name_key(text[hit.start : hit.end]), hit.context_kind)
    suggestions: list[Suggestion] = []
    new_entities: dict[str, Entity] = {}
    existing = [e for e in knowledge.entities if e.kind == "place"]
    for hit in hits:
        surface = text[hit.start : hit.end]
        kind = hit.context_kind or named_kinds.get(name_key(surface))
        place = _choose_place(hit.places, kind, countries, surface)
        if place is None and _after_place_preposition(text, hit.start):
            place = Place(id=f"text:{name_key(surface)}", name=surface, kind="other", source="text")
        if place is None:
            continue
        if hit.region_of is not None:
            details = PlaceDetails(place_kind="other", country=hit.region_of.country, source="fieldmark")
            place = Place(id=f"region:{name_key(surface)}", name=surface, kind="other", country=hit.region_of.country)
        else:
            details = place.details()
            if kind is not None and kind != place.kind:
                details = replace(details, place_kind=kind)
        entity, new = _place_entity(place, details, surface, existing, new_entities)
        reason = _place_reason(place, hit, kind)
        suggestions.append(
            Suggestion(
                "district",
                hit.start,
                hit.end,
                surface,
                reason,
                entity=entity,
                new_entity=new,
                attributes=DistrictAttributes(control_status=control_status_near(text, hit.start, hit.end)),
                score=1.0 if hit.exact else 0.8,
            )
        )
    return suggestions


def _longest_match(
    text: str, tokens: list[Token], index: int, max_words: int, knowledge: Knowledge, lowercase: set[str]
) -> _PlaceHit | None:
    for count in range(min(max_words, len(tokens) - index), 0, -1):
        last = index + count - 1
        if not _contiguous(text, tokens, index, last) or not _capitalised(tokens[last][2]):
            continue
        start, end = tokens[index][0], tokens[last][1]
        surface = text[start:end]
        if count == 1 and (surface.lower() in _COMMON or surface.lower() in lowercase):
            return None  # a common word that happens to be capitalised here
        places = [p for g in knowledge.gazetteers for p in g.lookup(surface)]
        places = [p for p in places if p.source != "geonames" or _same_spelling(surface, p)]
        context = place_kind_from_context(text, start, end)
        if places:
            if _adjectival(text, tokens, last, places):
                return None
            direction = _DIRECTIONS.search(text, max(0, start - 16), start)
            regional = direction is not None and (
                (direction.group()[:1].isupper() and _not_sentence_start(text, direction.start()))
                or any(p.kind == "country" for p in places)
            )
            if direction is not None and regional:
                region_of = places[0]
                return _PlaceHit(direction.start(), end, places, True, "other", region_of=region_of)
            return _PlaceHit(start, end, places, True, context)
        if context is not None and count <= 3:
            named = Place(id=f"text:{name_key(surface)}", name=surface, kind=context, source="text")
            return _PlaceHit(start, end, [named], True, context)
        if count <= 2 and _after_place_preposition(text, start) and surface.lower() not in _COMMON:
            if (
                last + 1 >= len(tokens)
                or not _capitalised(tokens[last + 1][2])
                or not _contiguous(text, tokens, last, last + 1)
            ):
                named = Place(id=f"text:{name_key(surface)}", name=surface, kind="other", source="text")
                return _PlaceHit(start, end, [named], False, None)
        if count <= 2:
            near = [
                p for g in knowledge.gazetteers for p in g.fuzzy(surface, fuzzy_ok=lambda p: p.source != "geonames")
            ]
            near = [p for p in near if not _derived_word(surface, p)]
            if near and not _adjectival(text, tokens, last, near):
                return _PlaceHit(start, end, near, False, context)
    return None


_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|outside|around|towards|toward|into|reached|village of|town of)\s+$")


def _after_place_preposition(text: str, start: int) -> bool:
    """ "near Boni", "in Moura": an unknown name after a preposition of place is likely a place."""
    return bool(_PLACE_PREPOSITION.search(text, max(0, start - 16), start))


def _derived_word(surface: str, place: Place) -> bool:
    """ "Russian" is near "Russia" but is an adjective made from it, not a spelling of it."""
    word = name_key(surface)
    return any(word != name_key(n) and word.startswith(name_key(n)) for n in place.names())


def _contiguous(text: str, tokens: list[Token], first: int, last: int) -> bool:
    for left, right in zip(tokens[first:last], tokens[first + 1 : last + 1], strict=False):
        if text[left[1] : right[0]] not in (" ", "-"):
            return False
        if right[2].lower() in NAME_STOPWORDS:
            return False
    return True


def _not_sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 4) : position].strip()
    if before.endswith((",”", ',"', ",’")):
        return True  # “…,” Syniehubov said
    return bool(before) and before[-1] not in '.!?\n“"”'


def _same_spelling(surface: str, place: Place) -> bool:
    """World cities need the spelling as written (accents aside): their alternate names collide."""
    target = plain(surface)
    return any(plain(name) == target for name in place.names())


def _adjectival(text: str, tokens: list[Token], last: int, places: list[Place]) -> bool:
    """ "Iran’s Tasnim News Agency": a country in the possessive before a name describes the
    name's owner; it is not a place the article reports on."""
    end = tokens[last][1]
    if not re.match(r"['’]s\s", text[end : end + 3]):
        return False
    following = tokens[last + 1][2] if last + 1 < len(tokens) else ""
    return _capitalised(following) and all(p.kind == "country" for p in places)


def _choose_place(
    places: list[Place], kind: PlaceKind | None, countries: set[str | None], surface: str
) -> Place | None:
    candidates = [p for p in places if p.source != "geonames" or p.population >= BIG_CITY or p.country in countries]
    if not candidates:
        return None
    if kind is not None:
        of_kind = [p for p in candidates if p.kind == kind]
        if of_kind:
            candidates = of_kind

    def rank(place: Place) -> tuple[int, int, int, int, int]:
        trust = (
            0
            if place.id.startswith("entity:")
            else 1
            if place.source not in ("pycountry", "geonames", "fieldmark")
            else 2
        )
        order = {"country": 0, "other": 1, "city": 2, "province": 3, "district": 4, "village": 5}
        own = 0 if place.id.startswith("entity:") else 1
        return (own, 0 if place.country in countries else 1, order.get(place.kind, 9), trust, -place.population)

    return min(candidates, key=rank)


def _place_entity(
    place: Place, details: PlaceDetails, surface: str, existing: list[Entity], new_entities: dict[str, Entity]
) -> tuple[Entity, bool]:
    if place.id.startswith("entity:"):
        entity_id = place.id.removeprefix("entity:")
        for entity in existing:
            if entity.id == entity_id:
                return entity, False
    found = similar_entity(surface, existing, "place")
    if found is not None and isinstance(found.details, PlaceDetails) and found.details.place_kind == details.place_kind:
        return found, False
    key = f"{place.id}:{details.place_kind}"
    if key not in new_entities:
        name = surface if name_key(surface) == name_key(place.name) or place.source == "text" else _readable(place.name)
        new_entities[key] = Entity.place(name, details)
    return new_entities[key], True


def _readable(name: str) -> str:
    """A gazetteer name without transliteration marks (Kābul -> Kabul), as news writes it."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _place_reason(place: Place, hit: _PlaceHit, kind: PlaceKind | None) -> str:
    if hit.region_of is not None:
        return f"region of {hit.region_of.country or hit.region_of.name}"
    if place.source == "text":
        return f"named as a {kind}" if kind else "a name after a preposition of place"
    where = ", ".join(x for x in (place.province if place.province != place.name else None, place.country) if x)
    label = f"{place.kind} {_readable(place.name)}" + (f" ({where})" if where else "")
    how = "" if hit.exact else "near spelling of "
    origin = "your tags" if place.id.startswith("entity:") else place.source
    return f"{how}{label} · {origin}"


# --- actors ---------------------------------------------------------------------------------


def _suggest_actors(text: str, knowledge: Knowledge, places: list[Suggestion]) -> list[Suggestion]:
    known = [e for e in knowledge.entities if e.kind == "actor"]
    found: list[Suggestion] = []
    for entity in known:
        for name in entity.names():
            for start, end in _mentions(text, name):
                found.append(
                    Suggestion(
                        "actor", start, end, text[start:end], f"your actor {entity.name}", entity=entity, score=1.0
                    )
                )
    new_entities: dict[str, Entity] = {}
    for pattern in ACTOR_PATTERNS:
        for match in pattern.pattern.finditer(text):
            start, end = match.span(pattern.group)
            start, end = _trim_actor(text, start, end)
            if end <= start:
                continue
            surface = text[start:end]
            linked: Entity | None = similar_entity(surface, known, "actor")
            new = linked is None
            if linked is None:
                name = re.sub(r"^(?:the|a|an)\s+", "", " ".join(surface.split()), flags=re.I)
                key = fold(name)
                short = None
                if surface[:1].isupper() and pattern.actor_type in ("media", "rebel_group", "external_other"):
                    short = next(
                        (e for k, e in new_entities.items() if k.startswith(key + " ") or key.startswith(k + " ")), None
                    )
                linked = new_entities.get(key) or short
                if linked is None:
                    actor_type = pattern.actor_type if pattern.actor_type != "external_other" else actor_type_for(name)
                    linked = new_entities[key] = Entity.actor(name, ActorDetails(actor_type))
            found.append(
                Suggestion("actor", start, end, surface, pattern.what, entity=linked, new_entity=new, score=0.9)
            )
    place_spans = [(p.start, p.end) for p in places]
    return _without_overlaps([s for s in found if not _inside_any(s, place_spans)])


_DESCRIBED_BY_PLACE = ("armed forces", "officials", "ministry", "international body")
"""Actors whose name holds a place only as a modifier ("U.S. and NATO forces")."""


def _drop_modifiers(places: list[Suggestion], actors: list[Suggestion]) -> list[Suggestion]:
    spans = [(a.start, a.end) for a in actors if a.reason in _DESCRIBED_BY_PLACE]
    return [p for p in places if not _inside_any(p, spans)]


def _mentions(text: str, name: str) -> list[tuple[int, int]]:
    """Where a known actor name occurs as whole words (case as written if it has capitals)."""
    if len(name.strip()) < 3:
        return []
    flags = 0 if any(c.isupper() for c in name) else re.IGNORECASE
    pattern = re.compile(rf"(?<![\w]){re.escape(name.strip())}(?![\w])", flags)
    return [m.span() for m in pattern.finditer(text)]


def _trim_actor(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,.;:’'":
        end -= 1
    return start, end


def _inside_any(suggestion: Suggestion, spans: list[tuple[int, int]]) -> bool:
    """Whether a span contains the suggestion (spans need not be sorted; few are long)."""
    return any(s <= suggestion.start and suggestion.end <= e for s, e in spans if s <= suggestion.start < e)


def _without_overlaps(found: list[Suggestion]) -> list[Suggestion]:
    """Of overlapping suggestions keep the trusted (known entity), then the longer one."""
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


# --- claims ---------------------------------------------------------------------------------


def _suggest_claims(
    text: str, knowledge: Knowledge, actors: list[Suggestion], place_spans: list[tuple[int, int]]
) -> tuple[list[Suggestion], list[Suggestion]]:
    """Claims, and the sources they name that no actor suggestion covered ("Rhamani said")."""
    mentions = [(a.start, a.end) for a in knowledge.accepted if a.kind == "actor"] + [(a.start, a.end) for a in actors]
    found: list[Suggestion] = []
    sources: list[Suggestion] = []
    claimed: list[tuple[int, int]] = []
    for match in CUES.finditer(text):
        cue_start = match.start()
        quotation = quotation_at(text, cue_start)
        if quotation is not None and quotation[0] < cue_start < quotation[1] - 1:
            continue  # words inside quoted speech are not its attribution
        source = _name_before(text, cue_start, [*mentions, *place_spans])
        if source is not None:
            sources.append(_source_actor(text, source, [*actors, *sources], knowledge))
            mentions.append(source)
        content = _content(text, match, mentions)
        if content is None:
            continue
        start, end, claimant = content
        if end - start < 8 or any(start < e and s < end for s, e in claimed):
            continue
        claimed.append((start, end))
        body = text[start:end]
        cue = match.group()
        claim_type, certainty = claim_reading(body, cue)
        attributes = ClaimAttributes(cue=cue, claim_type=claim_type, certainty=certainty)
        who = f" by {text[claimant[0] : claimant[1]]}" if claimant else ""
        found.append(
            Suggestion(
                "claim",
                start,
                end,
                body,
                f"cue “{cue}”{who}",
                attributes=attributes,
                claimant=claimant,
                cue=cue,
                score=0.8,
            )
        )
    return found, sources


_PRONOUNS = frozenset("he she they it we i you who which this that there officials".split())


def _name_before(text: str, cue_start: int, mentions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A capitalised name right before a cue that no mention covers: the speaker of "Rhamani said"."""
    window = text[max(0, cue_start - 60) : cue_start]
    match = re.search(r"([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})\s+$", window)
    if match is None:
        return None
    start = cue_start - len(window) + match.start(1)
    end = cue_start - len(window) + match.end(1)
    name = match.group(1)
    if name.split()[0].lower() in NAME_STOPWORDS or name.lower() in _PRONOUNS:
        return None
    if not _not_sentence_start(text, start) and len(name.split()) == 1:
        return None  # "Officials said": a capitalised common word, not a name
    if any(s <= start < e or s < end <= e for s, e in mentions):
        return None
    return start, end


def _source_actor(text: str, span: tuple[int, int], actors: list[Suggestion], knowledge: Knowledge) -> Suggestion:
    """The speaker as an actor suggestion, linked to a person already named in the article or the
    corpus when the spelling is near (the seed spells Rahmani also as Rhamani)."""
    surface = text[span[0] : span[1]]
    candidates = [a.entity for a in actors if a.entity is not None] + [
        e for e in knowledge.entities if e.kind == "actor"
    ]
    entity = _person_match(surface, candidates)
    if entity is not None:
        return Suggestion("actor", *span, surface, f"speaker, same person as {entity.name}?", entity=entity, score=0.7)
    new = Entity.actor(surface, ActorDetails("external_other"))
    return Suggestion("actor", *span, surface, "speaker", entity=new, new_entity=True, score=0.7)


def _person_match(name: str, entities: Iterable[Entity]) -> Entity | None:
    from rapidfuzz import fuzz

    target = fold(name)
    best: tuple[float, Entity] | None = None
    for entity in {e.id: e for e in entities}.values():
        for candidate in entity.names():
            folded = fold(candidate)
            for part in [folded, *folded.split()]:
                if len(part) < 4:
                    continue
                score = fuzz.ratio(part, target)
                if score >= 80 and (best is None or score > best[0]):
                    best = (score, entity)
    return None if best is None else best[1]


def _content(
    text: str, cue: re.Match[str], mentions: list[tuple[int, int]]
) -> tuple[int, int, tuple[int, int] | None] | None:
    """The reported content a cue introduces, and the mention that is its source."""
    cue_start, cue_end = cue.span()
    sentence_start, sentence_end = sentence_at(text, cue_start)
    sentence_end = _strip_end(text, sentence_start, sentence_end)
    word = cue.group().lower()
    # “…,” X noted. / “…,” said X.  — the quotation just before the cue is the content
    before = text[sentence_start:cue_start]
    closing = max(before.rfind("”"), before.rfind('"'))
    if (closing >= 0 and not before[closing + 1 :].strip(" ,")) or (
        closing >= 0 and len(before) - closing < 80 and not re.search(r"[.!?]", before[closing + 1 :])
    ):
        quote_end = sentence_start + closing + 1
        quotation = quotation_at(text, quote_end - 2)
        if quotation is not None:
            claimant = _nearest_mention(
                mentions, quote_end, sentence_end, prefer="after_or_between", cue=(cue_start, cue_end)
            )
            return (*_inside_quotes(text, *quotation), claimant)
    if word == "according to":
        comma = text.find(",", cue_end, sentence_end)
        if comma < 0:
            return None
        claimant = _nearest_mention(mentions, cue_end, comma, prefer="first")
        return _skip_space(text, comma + 1), sentence_end, claimant
    claimant = _nearest_mention(mentions, max(sentence_start, cue_start - 3), cue_start, prefer="last", touching=True)
    claimant = claimant or _nearest_mention(mentions, sentence_start, cue_start, prefer="first")
    after = text[cue_end:sentence_end]
    trailing = _TIME_WORDS.match(after)
    rest = after[trailing.end() :] if trailing else after
    comma = text.rfind(",", sentence_start, cue_start)
    if (not rest.strip() or rest.lstrip().startswith(",")) and comma > sentence_start + 8 and cue_start - comma < 70:
        # "Taliban fighters attacked checkpoints…, local officials said." — the content comes first
        source = _nearest_mention(mentions, comma, cue_start, prefer="last")
        return _skip_space(text, sentence_start), comma, source or claimant
    start = cue_end
    that = re.match(r"(?:(?!\band\b)[^,.;“\"]){0,40}?\bthat\s+", after)
    if that:
        start += that.end()
    else:
        if trailing:
            start += trailing.end()
        start = _skip_space(text, start)
        if text[start : start + 1] in (":", ","):
            start = _skip_space(text, start + 1)
    if text[start : start + 1] in '“"':
        quotation = quotation_at(text, start)
        if quotation is not None:
            return (*_inside_quotes(text, *quotation), claimant)
    return start, _before_next_claim(text, start, sentence_end), claimant


def _before_next_claim(text: str, start: int, end: int) -> int:
    """Where content ends when the sentence goes on to another attribution ("…, and the UN warned")."""
    following = CUES.search(text, start + 1, end)
    if following is None:
        return end
    cut = max(text.rfind(",", start, following.start()), text.rfind(" and ", start, following.start()))
    return cut if cut > start + 8 else end


def _inside_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    start += 1
    end -= 1
    while end > start and text[end - 1] in " ,":
        end -= 1
    return start, end


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    return end


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _nearest_mention(
    mentions: list[tuple[int, int]],
    low: int,
    high: int,
    *,
    prefer: str,
    cue: tuple[int, int] | None = None,
    touching: bool = False,
) -> tuple[int, int] | None:
    """The mention within [low, high] (or, `touching`, ending there) that `prefer` picks."""
    if touching:
        inside = sorted({(s, e) for s, e in mentions if low <= e <= high})
    else:
        inside = sorted({(s, e) for s, e in mentions if low <= s and e <= high})
    if not inside:
        return None
    if prefer == "first":
        return inside[0]
    if prefer == "last":
        return inside[-1]
    # after a quotation: the mention closest to the cue
    assert cue is not None
    return min(inside, key=lambda span: min(abs(span[0] - cue[1]), abs(cue[0] - span[1])))
