"""What a tagging form shows when it opens: its starting values and the choices it offers.

Built from three things: the draft (`drafts`: the best guess from the text and the known
entities), the annotation being edited if any, and what a suggestion under the same text knows
(a gazetteer's province, codes and coordinates). The app only draws these and hands back the
`inputs` record the analyst leaves it with.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, cast

from annotations.claims.when import claim_date
from annotations.entities.matching import similar_entity
from annotations.entities.mentions import claim_holding, claimed_places, own_work, place_statuses
from annotations.entities.scope import linkable
from annotations.forms.claimant_choices import (
    claimant_choices,
    claimant_without_mention,
    speaker_only_suggested,
    speakers_near,
    suggested_speaker,
)
from annotations.forms.completion import words_near
from annotations.forms.drafts import draft_actor, draft_claim, draft_district, places_the_words_give
from annotations.forms.inputs import ActorInput, ClaimInput, DistrictInput, suggested_claimant
from annotations.forms.links import LinkTarget, claim_label, link_targets
from annotations.model import (
    CONTROL_STATUSES,
    CREDIBILITIES,
    RELIABILITIES,
    ActorAttributes,
    ActorDetails,
    Annotation,
    Article,
    ClaimAttributes,
    ClaimLink,
    ControlStatus,
    DistrictAttributes,
    Entity,
    PlaceDetails,
)
from annotations.store import Store

if TYPE_CHECKING:
    from annotations.suggest.suggestion import Suggestion  # for types only: suggesting loads after the first frame

RELIABILITY_WORDS = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability unknown",
}
CREDIBILITY_WORDS = {
    1: "confirmed",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth unknown",
}


@dataclass(frozen=True, slots=True)
class DistrictFields:
    quote: str
    editing: bool
    initial: DistrictInput
    known_places: tuple[str, ...]
    """Names of the places already known, for completion as the analyst types."""
    known_provinces: tuple[str, ...] = ()
    known_countries: tuple[str, ...] = ()
    """The provinces and countries of the places already known, for completion too."""
    text: str = field(default="", repr=False)
    """The article's text (around the tag, in a very long one): the words a new place's name
    completes to, a word at a time."""
    places: tuple[Entity, ...] = field(default=(), repr=False)
    """The places already known, for what a name typed links to (`namesakes`)."""
    current: str | None = None
    """The place the mention being edited is of (None for a new tag)."""


@dataclass(frozen=True, slots=True)
class ActorFields:
    quote: str
    editing: bool
    initial: ActorInput
    known_actors: tuple[str, ...]
    matched: str | None
    """The known actor the starting name links to, if any."""
    actors: tuple[Entity, ...] = ()
    """The known actors, for `links_to` as the analyst types."""
    known_affiliations: tuple[str, ...] = ()
    """Affiliations already written and the names of known actors: what an affiliation completes to."""
    text: str = field(default="", repr=False)
    """The article's text (around the tag, in a very long one): the words a new name completes
    to, a word at a time."""

    def links_to(self, name: str) -> str | None:
        """The known actor a name typed into the form links to; None for a new actor."""
        found = self.linked(name)
        return found.name if found is not None else None

    def linked(self, name: str) -> Entity | None:
        """The known actor entity a name typed into the form links to."""
        return similar_entity(name.strip(), self.actors, "actor") if name.strip() else None


@dataclass(frozen=True, slots=True)
class ClaimFields:
    quote: str
    editing: bool
    initial: ClaimInput
    claimants: tuple[tuple[str, str | None], ...]
    """(label, actor annotation id) for every actor mention of the article, "no claimant" first."""
    places: tuple[tuple[str, str, bool], ...]
    """(name, entity id, chosen) for the places of the article and those the claim names."""
    actors: tuple[tuple[str, str, bool], ...]
    link_targets: tuple[tuple[str, LinkTarget | None], ...]
    """(label, target) for every other claim of the corpus, "choose a claim" first."""
    link_words: tuple[str, ...]
    """The words each link target is found by, as typed in its chooser (its whole claim and claimant)."""
    links: tuple[tuple[str, ClaimLink], ...]
    """The claim's links with their labels (an edited claim keeps those left chosen)."""
    date_from_text: str = ""
    """What the event date is without one set: read around the claim, else the article's date."""
    claimant_words: tuple[str, ...] = ()
    """What the chooser searches besides each claimant's label: its role ("Cauca governor")."""


Fields = DistrictFields | ActorFields | ClaimFields


def with_note(fields: Fields, note: str) -> Fields:
    """The form with `note` typed in it (an edit refused for another analyst's change gives its
    note back when the form opens again)."""
    form: Any = fields  # each kind's fields hold an input of their kind with a note
    return cast(Fields, replace(form, initial=replace(form.initial, note=note)))


def grade_options() -> list[tuple[str, str | None]]:
    """Every Admiralty grade with its words ("B2 usually reliable, probably true")."""
    options: list[tuple[str, str | None]] = [("no grade", None)]
    for reliability in RELIABILITIES:
        for credibility in CREDIBILITIES:
            words = f"{RELIABILITY_WORDS[reliability]}, {CREDIBILITY_WORDS[credibility]}"
            options.append((f"{reliability}{credibility} {words}", f"{reliability}{credibility}"))
    return options


def fields_for(
    kind: str,
    store: Store,
    article: Article,
    span: tuple[int, int],
    *,
    existing: Annotation | None = None,
    suggestions: Sequence[Suggestion] = (),
    suggestion: Suggestion | None = None,
    annotator: str | None = None,
) -> Fields:
    """The form for tagging (or editing) `span` of `article` as `kind`; `suggestion`, when the
    analyst tags a suggestion by hand, gives what it knows (the actor it links, the claim's cue
    and claimant) as the starting values; a claim's claimant is `annotator`'s own mention first."""
    taken = suggestion if suggestion is not None and suggestion.kind == kind and existing is None else None
    if kind == "district":
        return district_fields(store, article, span, existing=existing, suggestions=suggestions)
    if kind == "actor":
        return actor_fields(store, article, span, existing=existing, suggestion=taken)
    return claim_fields(
        store, article, span, existing=existing, suggestion=taken, suggestions=suggestions, annotator=annotator
    )


def _the_articles_status(annotations: Sequence[Annotation], place_id: str, span: tuple[int, int]) -> ControlStatus:
    """Another mention of a tagged place whose words say nothing of it takes the status the article
    gives the place, but not inside a claim's words (those are the speaker's: a newcomer's residents
    saying insurgents were still in Mocímboa da Praia opened "retaken", the army's word), nor a
    status only claims gave it (one side's word, not what happened: `claimed_places`)."""
    if claim_holding(annotations, *span) is not None:
        return "unknown"
    said = place_statuses(annotations).get(place_id, "unknown")
    if said not in CONTROL_STATUSES or place_id in claimed_places(annotations):  # "mixed" says none either
        return "unknown"
    return cast(ControlStatus, said)


def proposed_place(suggestions: Sequence[Suggestion], quote: str) -> tuple[str, PlaceDetails] | None:
    """What a place suggestion for the same text knows (name, province, country, codes)."""
    quote = quote.strip()
    for suggestion in suggestions:
        details = suggestion.place_details()
        if details is not None and suggestion.entity is not None and suggestion.quote == quote:
            return suggestion.entity.name, details
    return None


_KINDS_OF_WORD: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("province", "region", "oblast", "governorate", "state"), ("province", "other")),
    **dict.fromkeys(("district", "county", "territory", "prefecture"), ("district", "other")),
    **dict.fromkeys(("city", "town"), ("city", "village", "other")),
    "village": ("village", "city", "other"),
}
"""The kinds of place a kind word says: "the Kherson region" is no city Kherson (a reviewer's case)."""
_KIND_WORDS = "|".join(_KINDS_OF_WORD)
_KIND_AROUND = re.compile(
    rf"^(?:the\s+)?(?:(?P<after>.+?)\s+(?P<word>{_KIND_WORDS})|(?P<word2>{_KIND_WORDS})\s+of\s+(?P<before>.+))$",
    re.IGNORECASE,
)


def _without_kind_word(quote: str) -> tuple[str, str] | None:
    """The kind word and the name in "Soum province", "the Donetsk region", "the city of Goma";
    None without a kind word."""
    found = _KIND_AROUND.match(quote.strip())
    if found is None:
        return None
    return (found.group("word") or found.group("word2")).lower(), found.group("after") or found.group("before")


def district_fields(
    store: Store,
    article: Article,
    span: tuple[int, int],
    *,
    existing: Annotation | None = None,
    suggestions: Sequence[Suggestion] = (),
) -> DistrictFields:
    start, end = span
    places = store.entities("place")
    draft = draft_district(article.text, start, end, places)
    name, details, status, note = draft.name, draft.details, draft.control_status, ""
    proposed = proposed_place(suggestions, article.text[start:end]) if existing is None else None
    if proposed is None and existing is None and (kind_and_name := _without_kind_word(article.text[start:end])):
        said, core = kind_and_name  # "Soum" grown to "Soum province": still the place suggested, if of that kind
        proposed = proposed_place(suggestions, core)
        proposed = proposed if proposed is not None and proposed[1].place_kind in _KINDS_OF_WORD[said] else None
    if proposed is not None and draft.entity is None:
        name, details = proposed
    elif proposed is None and existing is None and draft.entity is None and details.source:
        proposed = name, details  # the built-in places' own: saved with its point and codes, as if suggested
    if existing is not None:
        entity = store.get_entity(existing.entity_id)
        if entity is not None and isinstance(entity.details, PlaceDetails):
            name, details = entity.name, entity.details
            proposed = name, details  # renamed in the form, its code kept: the same place's point (`_code_kept`)
        assert isinstance(existing.attributes, DistrictAttributes)
        status, note = existing.attributes.control_status, existing.attributes.note
    elif draft.entity is not None and status == "unknown":
        status = _the_articles_status(store.annotations(article.id), draft.entity.id, span)
    country = details.country or ""
    if existing is None and draft.entity is None and proposed is None and not country:
        country = _country_of_the_article(store, article, places)
    initial = DistrictInput(
        name=name,
        place_kind=details.place_kind,
        province=details.province or "",
        country=country,
        code=details.main_code,
        control_status=status,
        note=note,
        known=proposed[1] if proposed else None,
        known_name=proposed[0] if proposed else "",
    )
    known = tuple(sorted({e.name for e in places}))
    written = [e.details for e in places if isinstance(e.details, PlaceDetails)]
    provinces = tuple(sorted({d.province for d in written if d.province}))
    countries = tuple(sorted({d.country for d in written if d.country}))
    words = words_near(article.text, start, end)
    current = existing.entity_id if existing is not None else None
    quote = article.text[start:end]
    return DistrictFields(
        quote, existing is not None, initial, known, provinces, countries, words, tuple(places), current
    )


def _country_of_the_article(store: Store, article: Article, places: Sequence[Entity]) -> str:
    """The country every place tagged in the article is in, for a place no list knows (a newcomer's
    "Highlands Highway" came with no country, though all the article's places were Papua New
    Guinea's); none when they are in several, or none is tagged."""
    tagged = {a.entity_id for a in store.annotations(article.id, kind="district") if a.status == "accepted"}
    countries = {
        e.details.country
        for e in places
        if e.id in tagged and isinstance(e.details, PlaceDetails) and e.details.country
    }
    return countries.pop() if len(countries) == 1 else ""


def actor_fields(
    store: Store,
    article: Article,
    span: tuple[int, int],
    *,
    existing: Annotation | None = None,
    suggestion: Suggestion | None = None,
) -> ActorFields:
    start, end = span
    annotations = store.annotations(article.id)
    actors = linkable(store.entities("actor"), annotations)
    draft = draft_actor(article.text, start, end, actors)
    name, details, matched, note = draft.name, draft.details, draft.entity, ""
    if suggestion is not None and suggestion.entity is not None and isinstance(suggestion.entity.details, ActorDetails):
        name, details = suggestion.entity.name, suggestion.entity.details
        matched = None if suggestion.new_entity else suggestion.entity
    if existing is not None:
        entity = store.get_entity(existing.entity_id)
        if entity is not None and isinstance(entity.details, ActorDetails):
            name, details, matched = entity.name, entity.details, entity
        assert isinstance(existing.attributes, ActorAttributes)
        note = existing.attributes.note
    initial = ActorInput(name=name, actor_type=details.actor_type, affiliation=details.affiliation, note=note)
    here = {a.entity_id for a in annotations if a.entity_id}
    named_here = {n for e in actors if e.id in here for n in e.names()}
    # this article's actors complete first: "Armed" is its FARDC, not another article's Mozambican army
    known = tuple(sorted({n for e in actors for n in e.names()}, key=lambda n: (n not in named_here, n)))
    quote, editing = article.text[start:end], existing is not None
    written = {e.details.affiliation for e in actors if isinstance(e.details, ActorDetails) and e.details.affiliation}
    affiliations = tuple(sorted(written | {e.name for e in actors}))
    matched_name = matched.name if matched else None
    words = words_near(article.text, start, end)
    return ActorFields(quote, editing, initial, known, matched_name, tuple(actors), affiliations, words)


def claim_fields(
    store: Store,
    article: Article,
    span: tuple[int, int],
    *,
    existing: Annotation | None = None,
    suggestion: Suggestion | None = None,
    suggestions: Sequence[Suggestion] = (),
    annotator: str | None = None,
) -> ClaimFields:
    """A claim's form; its claimant drafted from `annotator`'s own mentions (another analyst's
    are offered after them, said whose: see `own_work`)."""
    start, end = span
    everyone = store.annotations(article.id)
    annotations = own_work(everyone, annotator)
    draft = draft_claim(article.text, start, end, annotations)
    initial = ClaimInput(
        cue=draft.cue,
        claimant_annotation_id=draft.claimant.id if draft.claimant else None,
        claim_type=draft.claim_type,
        certainty=draft.certainty,
        places=draft.places,
        actors=draft.actors,
    )
    speaker = None
    if suggestion is not None:
        initial = _from_suggestion(initial, suggestion, annotations)
        speaker = suggested_speaker(suggestion, suggestions, annotations)
    elif existing is None and draft.claimant is None and draft.cue:
        speaker = speaker_only_suggested(article, span, annotations, suggestions)
    if speaker is not None:  # the suggested speaker, not the tagged actor nearest the cue
        initial = replace(initial, claimant_annotation_id=suggested_claimant(speaker.span))
    links: tuple[tuple[str, ClaimLink], ...] = ()
    speakers_gone: tuple[tuple[str, str | None], ...] = ()
    if existing is not None:
        attributes = existing.attributes
        assert isinstance(attributes, ClaimAttributes)
        initial = ClaimInput(
            cue=attributes.cue,
            claimant_annotation_id=attributes.claimant_annotation_id,
            claim_type=attributes.claim_type,
            certainty=attributes.certainty,
            places=attributes.places or places_the_words_give(article.text, start, end, annotations),
            actors=attributes.actors,
            grade=str(attributes.grade) if attributes.grade else None,
            links=attributes.links,
            note=attributes.note,
            event_date=attributes.event_date or "",
            event_type=attributes.event_type,
        )
        links = tuple(
            (f"{link.type} {claim_label(store, link.article_id, link.annotation_id)}", link)
            for link in attributes.links
        )
        gone = claimant_without_mention(store, attributes, everyone)
        if gone is not None:
            initial = replace(initial, claimant_annotation_id=gone[1])
            speakers_gone = (gone,)
    in_article = {a.entity_id for a in everyone if a.entity_id}

    def entity_options(kind: str, chosen: tuple[str, ...]) -> tuple[tuple[str, str, bool], ...]:
        listed = [e for e in store.entities(kind) if e.id in in_article or e.id in chosen]
        names = Counter(e.name for e in listed)
        return tuple((_told_apart(e, names[e.name] > 1), e.id, e.id in chosen) for e in listed)

    targets = link_targets(store, article.id, exclude=existing.id if existing else None)
    read = claim_date(article.text, article.published, Annotation.create(article, "claim", start, end))
    roles: list[str] = []
    claimants = claimant_choices(
        store,
        everyone,
        speakers_near(span, speaker, suggestions, everyone),
        near=span,
        annotator=annotator,
        chosen=initial.claimant_annotation_id,
        text=article.text,
        words=roles,
        pinned=1 if speaker is not None else 0,
    )
    return ClaimFields(
        date_from_text=read.describe() if read is not None else "",
        quote=article.text[start:end],
        editing=existing is not None,
        initial=initial,
        claimants=(("no claimant", None), *speakers_gone, *claimants),
        claimant_words=("", *("" for _gone in speakers_gone), *roles),
        places=entity_options("place", initial.places),
        actors=entity_options("actor", initial.actors),
        link_targets=(("choose a claim", None), *((label, target) for label, target, _words in targets)),
        link_words=("", *(words for _label, _target, words in targets)),
        links=links,
    )


def _told_apart(entity: Entity, namesake: bool) -> str:
    """An entity's name in a chooser, with its kind and where it is when another of the list has
    its name (a newcomer's Arauca the city and Arauca the province showed as two "Arauca")."""
    details = entity.details
    if not namesake or not isinstance(details, PlaceDetails):
        return entity.name
    where = ", ".join(x for x in (details.province if details.province != entity.name else None, details.country) if x)
    return f"{entity.name} ({details.place_kind}{', ' + where if where else ''})"


def _from_suggestion(initial: ClaimInput, suggestion: Suggestion, annotations: Sequence[Annotation]) -> ClaimInput:
    """A claim suggestion's cue, type, certainty and claimant (when its claimant is tagged
    already): what `y` would store ("denied …" is negated, whatever cue the span holds)."""
    claimant = next((a.id for a in annotations if a.kind == "actor" and (a.start, a.end) == suggestion.claimant), None)
    attributes = suggestion.attributes
    claim_type = attributes.claim_type if isinstance(attributes, ClaimAttributes) else initial.claim_type
    certainty = attributes.certainty if isinstance(attributes, ClaimAttributes) else initial.certainty
    return replace(
        initial,
        cue=suggestion.cue or initial.cue,
        claimant_annotation_id=claimant or initial.claimant_annotation_id,
        claim_type=claim_type,
        certainty=certainty,
    )
