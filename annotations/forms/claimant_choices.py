"""Who a claim form offers as its claimant: the speaker a suggested claim names, the actors
suggested near it (choosing one tags it with the claim), every actor mention of the article told
apart by its order, and a claimant whose mention was deleted since."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from annotations.entities.mentions import own_work
from annotations.forms.drafts import draft_claim
from annotations.forms.inputs import kept_claimant, suggested_claimant
from annotations.model import Annotation, Article, ClaimAttributes
from annotations.store import Store
from annotations.team.adjudication import CURATOR
from annotations.text.pattern_cache import compiled

if TYPE_CHECKING:
    from annotations.suggest.suggestion import Suggestion  # for types only: suggesting loads after the first frame


def claimant_without_mention(
    store: Store, attributes: ClaimAttributes, annotations: Sequence[Annotation]
) -> tuple[str, str] | None:
    """A claim's claimant whose mention was deleted since (or that never had one here: an imported
    claim's), as a choice of its own: (label, value)."""
    if attributes.claimant_entity_id is None:
        return None
    if any(a.id == attributes.claimant_annotation_id and a.kind == "actor" for a in annotations):
        return None
    entity = store.get_entity(attributes.claimant_entity_id)
    if entity is None:
        return None
    return f"{entity.name} (no mention of it here)", kept_claimant(entity.id)


def suggested_speaker(
    claim: Suggestion, suggestions: Sequence[Suggestion], annotations: Sequence[Annotation]
) -> Suggestion | None:
    """The actor suggestion a suggested claim names as its source, when that is not tagged yet
    (the form offers it as claimant and tags it with the claim, as `y` does)."""
    if claim.claimant is None or any(a.kind == "actor" and (a.start, a.end) == claim.claimant for a in annotations):
        return None
    return next((s for s in suggestions if s.kind == "actor" and s.span == claim.claimant), None)


def speaker_only_suggested(
    article: Article, span: tuple[int, int], annotations: Sequence[Annotation], suggestions: Sequence[Suggestion]
) -> Suggestion | None:
    """The speaker of a claim tagged by hand when no tagged actor says it: the actor suggested
    where the draft would take a tagged one ("RSF commander Mohamed Hamdan Dagalo, ..., denied":
    a newcomer's claim form opened with no claimant)."""
    actors = {(s.start, s.end): s for s in suggestions if s.kind == "actor"}
    if not actors:
        return None
    as_tagged = [Annotation.create(article, "actor", start, end) for start, end in actors]
    claimant = draft_claim(article.text, *span, [*annotations, *as_tagged]).claimant
    return actors.get((claimant.start, claimant.end)) if claimant is not None else None


NEAR_A_CLAIM = 400
"""Actors suggested this near a claim (characters) are offered as its claimant."""


def speakers_near(
    span: tuple[int, int],
    speaker: Suggestion | None,
    suggestions: Sequence[Suggestion],
    tagged: Sequence[Annotation] = (),
) -> list[Suggestion]:
    """The suggested speaker of a suggested claim, then the other actors suggested near the claim
    (not tagged yet: choosing one tags it with the claim), each the one mention of its actor
    nearest the claim (a newcomer's chooser offered the RSF's three suggested mentions apart), and
    none over words an actor is `tagged` on (a newcomer's offered "Sudanese Armed Forces (SAF),
    suggested" beside the "Sudanese Armed Forces" tagged there, alike)."""
    taken = [(a.start, a.end) for a in tagged if a.kind == "actor"]
    near = [
        s
        for s in suggestions
        if s.kind == "actor"
        and s != speaker
        and span[0] - NEAR_A_CLAIM <= s.start
        and s.end <= span[1] + NEAR_A_CLAIM
        and not any(start < s.end and s.start < end for start, end in taken)
    ]
    nearest: dict[str, Suggestion] = {}
    for s in sorted(near, key=lambda s: _distance(s.span, span)):
        nearest.setdefault(s.entity.name if s.entity else s.quote, s)
    named = speaker.entity.name if speaker is not None and speaker.entity else None
    kept = [s for s in nearest.values() if named is None or (s.entity is None or s.entity.name != named)]
    return [*([speaker] if speaker is not None else []), *sorted(kept, key=lambda s: _distance(s.span, span))]


def claimant_choices(
    store: Store,
    annotations: Sequence[Annotation],
    speakers: Sequence[Suggestion] = (),
    near: tuple[int, int] | None = None,
    annotator: str | None = None,
    chosen: str | None = None,
    text: str = "",
    words: list[str] | None = None,
    pinned: int = 0,
) -> list[tuple[str, str | None]]:
    """The first `pinned` of the suggested speakers (`speakers_near`: the claim's suggested speaker), then the
    other actors suggested near and every actor mention, as `Entity name (“the words”)`, the nearest to the claim's
    words (`near`) first (helper-351 met six suggested actors of the next paragraphs before the MNDAA tagged in the
    claim's own sentence); mentions that would read alike are
    told apart by their order in the article ("(mention 2 of 3)": a newcomer read the character
    offset shown before, "@386", as noise). Nearest first: a newcomer typed "Local" for the "Local
    leaders" tagged in the claim's own sentence and got the "local officials" of a paragraph before.
    `annotator`'s own mentions come before another analyst's, which are said whose first ("bo's:
    Taliban": a third newcomer's ", bo's" after the words was cut off by the field's end). The
    curated layer's copies are left out (they are the adjudication's, not a speaker to name) unless
    one is the claimant `chosen` already. With the article's `text`, `words` gets each option's
    `role_words`, for the chooser to search."""
    named: list[tuple[int, str, str, str, str | None]] = []  # (start, label, whose, tail, value)
    ends: list[int] = []
    for speaker in speakers:
        name = speaker.entity.name if speaker.entity else speaker.quote
        quoted = f" (“{speaker.quote}”)" if name != speaker.quote else ""
        named.append((speaker.start, f"{name}{quoted}", "", ", suggested", suggested_claimant(speaker.span)))
        ends.append(speaker.end)
    actors = [
        a
        for a in annotations
        if a.kind == "actor" and (a.annotator != CURATOR or a.id == chosen or annotator == CURATOR)
    ]
    own = {a.id for a in own_work(actors, annotator)}
    actors.sort(key=lambda a: a.id not in own)
    for annotation in actors:
        entity = store.get_entity(annotation.entity_id)
        label = entity.name if entity else annotation.quote
        if entity and entity.name != annotation.quote:
            label += f" (“{annotation.quote}”)"
        whose = f"{annotation.annotator}'s: " if annotation.id not in own else ""
        named.append((annotation.start, label, whose, "", annotation.id))
        ends.append(annotation.end)
    if near is not None:  # nearest first, one's own (and the suggested) before another analyst's
        rest = sorted(
            zip(named[pinned:], ends[pinned:], strict=True),
            key=lambda item: (bool(item[0][2]), _distance((item[0][0], item[1]), near)),
        )
        named[pinned:], ends[pinned:] = [n for n, _ in rest], [e for _, e in rest]
    alike: dict[str, set[int]] = {}
    for start, label, *_ in named:
        alike.setdefault(label, set()).add(start)
    order = {label: sorted(starts) for label, starts in alike.items()}  # each label's mentions, in order
    options: list[tuple[str, str | None]] = []
    for start, label, whose, tail, value in named:
        starts = order[label]
        where = f" (mention {starts.index(start) + 1} of {len(starts)})" if len(starts) > 1 else ""
        options.append((f"{whose}{label}{where}{tail}", value))
    if words is not None:
        words.extend(role_words(text, start, end) for (start, *_), end in zip(named, ends, strict=True))
    return options


def _distance(span: tuple[int, int], other: tuple[int, int]) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, other[0] - span[1], span[0] - other[1])


_ROLES = (
    r"(?:governor|spokes(?:man|woman|person)|commander|chief|minister|official|officer|leader|president|mayor|"
    r"administrator|director|head|secretary|coordinator|representative|envoy|analyst|researcher|resident|activist|"
    r"elder|lawmaker|senator|prefect|commissioner|general|colonel|captain|major|witness|journalist|lawyer|doctor)s?"
)
"""Words of a role a speaker is named by."""
_ROLE_BEFORE = compiled(rf"(?<![\w’'\-])((?:[A-Z][\w’'\-]*\s+){{0,2}}(?:[a-z][\w\-]*\s+)?{_ROLES})\s+$")
"""The role words right before a name ("Cauca governor Octavio Guzmán", "army spokesman Nabil Abdallah")."""
_ROLE_AFTER = compiled(rf",\s+(?:the|a|an|its|their)\s+((?:[\w\-’']+\s+){{0,3}}{_ROLES})(?=,|\.|;|\s+said\b)")
"""The role an apposition gives after a name ("Lawrence Kanyuka, the M23 spokesman, said")."""


def role_words(text: str, start: int, end: int) -> str:
    """The words around a mention that say who it is, searched by a claimant chooser but not shown
    (helper-269 typed "gov" for "Cauca governor Octavio Guzmán" and found nothing)."""
    if not text:
        return ""
    before = _ROLE_BEFORE.search(text, max(0, start - 40), start)
    after = _ROLE_AFTER.match(text, end, min(len(text), end + 60))
    return " ".join(m.group(1) for m in (before, after) if m is not None)
