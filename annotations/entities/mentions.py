"""Mentions of one entity within an article: the panes list each actor once and step through
its mentions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from annotations.model import Annotation, ClaimAttributes, DistrictAttributes

MIXED = "mixed"
"""The control status of a place whose mentions in one article say different things."""


def control_status_of(mention: Annotation) -> str:
    """The control status the analyst gave a place mention ("unknown" for any other annotation)."""
    attributes = mention.attributes
    return str(attributes.control_status) if isinstance(attributes, DistrictAttributes) else "unknown"


def first_mentions(annotations: Sequence[Annotation]) -> list[Annotation]:
    """Each accepted entity once (its first mention); annotations without one, each on its own."""
    seen: set[str] = set()
    rows = []
    for annotation in annotations:
        key = annotation.entity_id if annotation.entity_id and annotation.status == "accepted" else annotation.id
        if key not in seen:
            seen.add(key)
            rows.append(annotation)
    return rows


def mentions_like(annotations: Sequence[Annotation], annotation: Annotation) -> list[Annotation]:
    """Every accepted mention of the same entity in text order (just `annotation` when it has none)."""
    if not annotation.entity_id or annotation.status != "accepted":
        return [annotation]
    return [
        a
        for a in annotations
        if a.kind == annotation.kind and a.entity_id == annotation.entity_id and a.status == "accepted"
    ]


def is_theirs(annotation: Annotation, annotator: str | None) -> bool:
    """Whether `annotation` is another analyst's than `annotator` (one with no annotator, imported
    or older, is anyone's; with no `annotator` given, nothing is another's)."""
    return annotator is not None and annotation.annotator not in ("", annotator)


def own_first(annotations: Sequence[Annotation], annotator: str | None) -> list[Annotation]:
    """In text order; at one span, `annotator`'s own first, then the others' by name, the curated
    layer among them (a newcomer's Claims pane listed her copy of a claim before bo's in one
    place and after it in the next: ordered by random ids)."""
    if not any(is_theirs(a, annotator) for a in annotations):  # one analyst's: in the store's order already
        return list(annotations)
    return sorted(annotations, key=lambda a: (a.start, -a.end, is_theirs(a, annotator), a.annotator, a.id))


def own_mentions(mentions: Sequence[Annotation], annotator: str) -> tuple[list[Annotation], list[str]]:
    """Of an entity's mentions, those `annotator` may delete at once (theirs, and those of no one
    named), and the other analysts whose mentions stay: `x` on a pane's row had deleted another
    analyst's tags and the curated one with them, unsaid."""
    others = sorted({a.annotator for a in mentions if is_theirs(a, annotator)})
    return [a for a in mentions if not is_theirs(a, annotator)], others


def whose_rows(annotations: Sequence[Annotation], annotator: str | None) -> dict[str, str]:
    """The rows of the panes that are only other analysts' work, with whose ("bo", "bo and
    curated"): a claim of theirs (by its id), a place or actor (by its entity's id) none of whose
    accepted mentions here is `annotator`'s. A third newcomer could not tell her claims from her
    colleague's and the curated copies in the Claims pane. None without an `annotator`."""
    if annotator is None:
        return {}
    owners: dict[str, set[str]] = {}
    own: set[str] = set()
    for annotation in annotations:
        if annotation.status != "accepted":
            continue
        key = annotation.entity_id if annotation.entity_id and annotation.kind != "claim" else annotation.id
        if is_theirs(annotation, annotator):
            owners.setdefault(key, set()).add(annotation.annotator)
        else:
            own.add(key)
    return {key: " and ".join(sorted(names)) for key, names in owners.items() if key not in own}


def own_work(annotations: Sequence[Annotation], annotator: str | None) -> list[Annotation]:
    """The annotations `annotator` builds on: their own, those of no one named, and suggestions
    (all of them when no annotator is named). Another analyst's accepted tags stay theirs: tagging
    the same words, accepting the same suggestion or naming a claim's claimant makes or takes
    one's own, so that double annotation is compared, not merged (a newcomer's claim took a
    colleague's "Taliban" as its claimant, and her review lost what the colleague had accepted)."""
    return [a for a in annotations if a.status != "accepted" or not is_theirs(a, annotator)]


def others_claims_naming(annotations: Sequence[Annotation], gone: Sequence[Annotation], annotator: str) -> list[str]:
    """The other analysts whose claims name one of `gone` as claimant: deleting it leaves their
    claim its claimant's entity without the mention (`claims_detached_from`), which they are told
    of (a newcomer's deletion emptied a colleague's claimant unsaid)."""
    ids = {a.id for a in gone}
    return sorted(
        {
            c.annotator
            for c in annotations
            if isinstance(c.attributes, ClaimAttributes)
            and c.attributes.claimant_annotation_id in ids
            and is_theirs(c, annotator)
            and c.id not in ids
        }
    )


def control_status(mentions: list[Annotation]) -> str:
    """What the article says about the place: the status its mentions give (unknown ones aside),
    or "mixed" when they disagree."""
    said = Counter(
        m.attributes.control_status
        for m in mentions
        if isinstance(m.attributes, DistrictAttributes) and m.attributes.control_status != "unknown"
    )
    if not said:
        return "unknown"
    return next(iter(said)) if len(said) == 1 else MIXED


def mention_counts(annotations: Sequence[Annotation], kind: str = "actor") -> dict[str, int]:
    """How many times each entity of `kind` is mentioned."""
    counts: dict[str, int] = {}
    for annotation in annotations:
        if annotation.kind == kind and annotation.entity_id:
            counts[annotation.entity_id] = counts.get(annotation.entity_id, 0) + 1
    return counts


def place_statuses(annotations: Sequence[Annotation]) -> dict[str, str]:
    """Each place's control status in the article (what its accepted mentions say)."""
    by_place: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        if annotation.kind == "district" and annotation.entity_id and annotation.status == "accepted":
            by_place.setdefault(annotation.entity_id, []).append(annotation)
    return {place: control_status(mentions) for place, mentions in by_place.items()}


def claim_around(annotations: Sequence[Annotation], mention: Annotation) -> Annotation | None:
    """The accepted claim whose words hold this mention (the narrowest), if any: a place's status
    read inside "the army said it had retaken X" is the army's claim, not the reporter's word."""
    return claim_holding(annotations, mention.start, mention.end)


def claim_holding(annotations: Sequence[Annotation], start: int, end: int) -> Annotation | None:
    """The narrowest accepted claim whose words hold the span from `start` to `end`, if any."""
    holding = [
        a for a in annotations if a.kind == "claim" and a.status == "accepted" and a.start <= start and end <= a.end
    ]
    return min(holding, key=lambda a: a.end - a.start) if holding else None


def claimed_places(annotations: Sequence[Annotation]) -> set[str]:
    """The places whose control status in the article comes only from mentions inside claims:
    the pane says "claimed" rather than show one side's word as what happened."""
    claims = sorted((a.start, a.end) for a in annotations if a.kind == "claim" and a.status == "accepted")
    said: dict[str, bool] = {}  # place -> every mention giving a status is inside a claim
    for mention in annotations:
        attributes = mention.attributes
        if mention.kind != "district" or not mention.entity_id or mention.status != "accepted":
            continue
        if not isinstance(attributes, DistrictAttributes) or attributes.control_status == "unknown":
            continue
        inside = any(start <= mention.start and mention.end <= end for start, end in claims)
        said[mention.entity_id] = said.get(mention.entity_id, True) and inside
    return {place for place, claimed in said.items() if claimed}
