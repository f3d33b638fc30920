"""Where each entity is used across the corpus: its mentions, the articles they are in, the
claims that name it (as claimant, or among the places and actors a claim concerns).

One pass over every article. The entity list, merge, split and prune all start from it: an
entity with no use is stale, and moving an entity's uses is what merging it means.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from annotations.entities.scope import is_generic
from annotations.errors import ConnectionLostError, NotFoundError
from annotations.model import ActorDetails, Annotation, ClaimAttributes, Entity
from annotations.store import Store
from annotations.store.changes import Change


@dataclass
class Usage:
    """One entity's uses."""

    mentions: list[Annotation] = field(default_factory=list)
    """Places and actors tagged as this entity."""
    claims: list[Annotation] = field(default_factory=list)
    """Claims naming it as claimant or among what they concern."""

    @property
    def articles(self) -> set[str]:
        return {a.article_id for a in self.mentions} | {c.article_id for c in self.claims}

    @property
    def used(self) -> bool:
        return bool(self.mentions or self.claims)


def named_by_claim(claim: Annotation) -> set[str]:
    """The entity ids a claim names."""
    attributes = claim.attributes
    if not isinstance(attributes, ClaimAttributes):
        return set()
    ids = set(attributes.places) | set(attributes.actors)
    if attributes.claimant_entity_id:
        ids.add(attributes.claimant_entity_id)
    return ids


def corpus_usage(store: Store) -> dict[str, Usage]:
    """Every entity id used anywhere -> its uses (entities never used are absent)."""
    usage: dict[str, Usage] = defaultdict(Usage)
    for _article, annotations in store.iter_articles():
        add_usage(usage, annotations)
    return dict(usage)


def add_usage(usage: dict[str, Usage], annotations: Iterable[Annotation]) -> None:
    for annotation in annotations:
        if annotation.entity_id:
            usage[annotation.entity_id].mentions.append(annotation)
        if annotation.kind == "claim":
            for entity_id in named_by_claim(annotation):
                usage[entity_id].claims.append(annotation)


def unused(store: Store, usage: dict[str, Usage], kind: str | None = None) -> list[Entity]:
    """The entities nothing in the corpus points to any more."""
    return [e for e in store.entities(kind) if e.id not in usage or not usage[e.id].used]


ACLED_INTER_CODES: dict[str, int] = {
    "state_forces": 1,
    "rebel_group": 2,
    "political_militia": 3,
    "identity_militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external_other": 8,
    "government_officials": 1,
    "media": 7,
}
"""ACLED's inter code of each actor type: officials act for the state (1); ACLED codes
journalists and outlets as civilians (7)."""


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One entity as the entity list shows it."""

    entity: Entity
    mentions: int
    articles: int
    claims: int
    home: str = ""
    """The title of the one article a generic actor is in ("residents", "local officials"): the
    list told apart the "residents" of one article from another's by nothing."""

    @property
    def type(self) -> str:
        details = self.entity.details
        return details.actor_type if isinstance(details, ActorDetails) else details.place_kind

    def to_dict(self) -> dict[str, object]:
        details = self.entity.details
        row: dict[str, object] = {
            "id": self.entity.id,
            "kind": self.entity.kind,
            "name": self.entity.name,
            "type": self.type,
            "aliases": list(details.aliases),
            "mentions": self.mentions,
            "articles": self.articles,
            "claims": self.claims,
        }
        if isinstance(details, ActorDetails):
            row["affiliation"] = details.affiliation
            row["inter"] = ACLED_INTER_CODES.get(details.actor_type)
        else:
            row.update(province=details.province, country=details.country, codes=dict(details.codes))
            row.update(latitude=details.latitude, longitude=details.longitude)
        return row


def follow(usage: dict[str, Usage], changes: Iterable[Change]) -> None:
    """Move counted uses by a step's changes (each annotation's old record out, its new one in),
    so a screen that counted the corpus once stays current without reading it again."""
    for change in changes:
        if change.record != "annotation":
            continue
        if change.before:
            gone = Annotation.from_dict(change.before)
            for entity_id in references(change.before):
                use = usage.get(entity_id, Usage())
                use.mentions = [a for a in use.mentions if (a.article_id, a.id) != (gone.article_id, gone.id)]
                use.claims = [c for c in use.claims if (c.article_id, c.id) != (gone.article_id, gone.id)]
        if change.after:
            for entity_id in references(change.after):
                usage.setdefault(entity_id, Usage())
            add_usage(usage, [Annotation.from_dict(change.after)])


def recount(usage: dict[str, Usage], store: Store, article_ids: Iterable[str]) -> None:
    """The uses in these articles counted again, the rest kept as counted: what another analyst
    changed there (a team's server says which articles) without reading the corpus again. An
    article gone meanwhile counts nothing."""
    again = set(article_ids)
    for use in usage.values():
        use.mentions = [a for a in use.mentions if a.article_id not in again]
        use.claims = [c for c in use.claims if c.article_id not in again]
    fresh: dict[str, Usage] = defaultdict(Usage)
    for article_id in sorted(again):
        try:
            add_usage(fresh, store.annotations(article_id))
        except NotFoundError:
            continue
    order = {summary.id: n for n, summary in enumerate(store.articles())} if fresh else {}

    def in_corpus(a: Annotation) -> tuple[int, int, int, str, str]:
        return order.get(a.article_id, len(order)), a.start, -a.end, a.kind, a.id

    for entity_id, use in fresh.items():  # in corpus order, as counted whole: the uses keep their numbers
        kept = usage.setdefault(entity_id, Usage())
        kept.mentions = sorted([*kept.mentions, *use.mentions], key=in_corpus)
        kept.claims = sorted([*kept.claims, *use.claims], key=in_corpus)


def entity_rows(
    store: Store,
    kind: str | None = None,
    usage: Mapping[str, Usage] | None = None,
    about: Mapping[str, set[tuple[str, str]]] | None = None,
) -> list[EntityRow]:
    """Every entity (of one kind) with its mentions, articles and claims across the corpus
    (`usage` as counted already, else counted here). Its claims are also those `about` it
    as the claims board reads them (tagged inside a claim that names no place: a newcomer saw
    Lashio with 0 claims here and 2 on the board)."""
    usage = corpus_usage(store) if usage is None else usage
    rows = []
    for entity in store.entities(kind):
        use = usage.get(entity.id, Usage())
        claims = {(c.article_id, c.id) for c in use.claims} | (about or {}).get(entity.id, set())
        rows.append(EntityRow(entity, len(use.mentions), len(use.articles), len(claims), _home(store, entity, use)))
    return rows


def _home(store: Store, entity: Entity, use: Usage) -> str:
    articles = use.articles
    if entity.kind != "actor" or len(articles) != 1 or not is_generic(entity.name):
        return ""
    (article_id,) = articles
    return store.summary(article_id).title


def references(record: Mapping[str, Any] | None) -> Counter[str]:
    """The entity ids a stored annotation record names (a change's before or after), counted as
    `corpus_usage` counts them: once as its entity, once per claim that names it."""
    return counted_references([Annotation.from_dict(record)]) if record else Counter()


def counted_references(annotations: Iterable[Annotation]) -> Counter[str]:
    """How many times these annotations name each entity: once as its entity, once per claim that names it."""
    use: dict[str, Usage] = defaultdict(Usage)
    add_usage(use, annotations)
    return _counted(use)


def _counted(use: Mapping[str, Usage]) -> Counter[str]:
    return Counter({entity_id: len(u.mentions) + len(u.claims) for entity_id, u in use.items()})


MADE_WITH = timedelta(seconds=5)
"""An entity stored no earlier than this before a tag of it was made with that tag (a form's or a
suggestion's new entity is stamped as the tag is saved)."""


def _made_with(entity: Entity | None, tag_created: str) -> bool:
    """Whether `entity` came into the store with a tag created at `tag_created`, not before it."""
    if entity is None:
        return False
    try:
        return datetime.fromisoformat(entity.created) >= datetime.fromisoformat(tag_created) - MADE_WITH
    except ValueError:
        return False


class UseCounts:
    """How many annotations name each entity across the corpus, kept current change by change.

    Counting means reading every article, so it is done once, when first needed (the analyst
    removed an entity's last mention in an article: is it used anywhere else?), and then moved by
    each change's before and after. An entity whose last use a change of this session took away
    is stale: suggestions do not propose it again. One never used (a shared list's) is not: it
    was proposed before the count, and hiding it after would hide a team's whole list."""

    def __init__(self) -> None:
        self.counts: Counter[str] | None = None
        self.retired: set[str] = set()
        """The entities a change of this session left unused."""

    @property
    def built(self) -> bool:
        return self.counts is not None

    def build(self, store: Store) -> None:
        self.counts = _counted(corpus_usage(store))

    def forget(self) -> None:
        """Counted again when next needed (after edits made elsewhere, such as a merge)."""
        self.counts = None

    def apply(self, changes: Iterable[Change]) -> None:
        if self.counts is None:
            return
        for change in changes:
            if change.record == "annotation":
                before, after = references(change.before), references(change.after)
                self.counts.subtract(before)
                self.counts.update(after)
                self._retire(set(before) | set(after))

    def _retire(self, entity_ids: Iterable[str]) -> None:
        assert self.counts is not None
        for entity_id in entity_ids:
            if self.counts[entity_id] <= 0:
                self.retired.add(entity_id)
            else:
                self.retired.discard(entity_id)  # named again: an undo, a new tag

    def stale(self, entity_ids: Iterable[str]) -> set[str]:
        """Of these entities, those whose last use a change of this session took away."""
        if self.counts is None:
            return set()
        return {i for i in entity_ids if i in self.retired and self.counts[i] <= 0}

    def left_unused(self, store: Store, gone: Sequence[Annotation]) -> list[str]:
        """The entities made with the places and actors tagged in `gone` (annotations of one
        article) that deleting them leaves nothing in the corpus naming, to be removed with them: a
        deleted tag's actor stayed, and after a restart was proposed as "your actor Telegram"
        wherever the word stood. An entity stored before its first tag here (a shared list's) stays,
        and so does one a claim's places or actors name (`delete_annotations` checks the step's
        claims too)."""
        made: dict[str, str] = {}
        for annotation in gone:
            if annotation.kind != "claim" and annotation.entity_id:
                made[annotation.entity_id] = min(made.get(annotation.entity_id, annotation.created), annotation.created)
        ids = {(a.article_id, a.id) for a in gone}
        here: dict[str, Usage] = defaultdict(Usage)
        if made:
            add_usage(here, [a for a in store.annotations(gone[0].article_id) if (a.article_id, a.id) not in ids])
        candidates = [i for i, first in made.items() if not here[i].used and _made_with(store.get_entity(i), first)]
        if not candidates:
            return []
        if self.counts is None:
            try:
                self.build(store)
            except ConnectionLostError:  # a server away: the entity stays, as a prune would leave it
                return []
        assert self.counts is not None
        named = counted_references(gone)
        return [i for i in candidates if self.counts[i] - named[i] <= 0]

    def after_change(self, store: Store, changes: Sequence[Change]) -> None:
        """Follow a change; count the corpus first if it took an entity's last reference in an
        article away (the one moment the answer matters)."""
        if self.counts is not None:
            self.apply(changes)
            return
        lost = set()
        for change in changes:
            if change.record == "annotation":
                lost |= set(references(change.before)) - set(references(change.after))
        if not lost:
            return
        still: dict[str, Usage] = defaultdict(Usage)
        for article_id in {change.article_id for change in changes if change.article_id}:
            add_usage(still, store.annotations(article_id))
        if any(not still[i].used for i in lost):
            try:
                self.build(store)
            except ConnectionLostError:  # a server away: `u` after an offline `y` closed the app
                self.counts = None  # counted when next needed, the server back
            else:
                self._retire(lost)
