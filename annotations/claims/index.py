"""What the claims board needs of each article's claims, kept from one reading to the next.

Reading every claim means opening every article, resolving each claim's date and reading the
control status it gives its places: about a second for 10,000 claims. All of that depends on its
article alone, so it is kept per article, with the article's revision, in the folder the store
gives for derived data (`Store.derived_folder`); the next reading opens only the articles whose
revision changed. Names of claimants and places are not kept: they are looked up at each reading
(an entity is renamed without its articles changing).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import orjson

from annotations.claims import claim_places as claim_places_module
from annotations.claims import figures as figures_module
from annotations.claims import toll_words as toll_words_module
from annotations.claims import when as when_module
from annotations.claims.claim_places import ClaimPlaces
from annotations.claims.when import ClaimDate, event_date
from annotations.errors import NotFoundError
from annotations.model import Annotation, Article, ClaimAttributes, ClaimLink, accepted_within
from annotations.store import ArticleSummary, Store
from annotations.store.atomic import atomic_write
from annotations.text import dates as dates_module
from annotations.text import readings as readings_module
from annotations.text import whose_hold as whose_hold_module
from annotations.text.dates import DateRange

INDEX_FILE = "claims.json"


@cache
def _rules_stamp() -> str:
    """Changes with the rules that derive the facts: a new Fieldmark derives every article again."""
    digest = hashlib.blake2b(digest_size=8)
    modules = (when_module, dates_module, readings_module, whose_hold_module, claim_places_module, figures_module)
    for module in (*modules, toll_words_module):
        digest.update(Path(module.__file__ or "").read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()


class Unread:
    """A field not read from its row yet."""


UNREAD = Unread()


class ClaimFacts:
    """One accepted claim as its article tells it (see the module): everything the board shows
    and groups by but names. Held as the row the index keeps, each field read from it when asked
    (a board of 10,000 claims asks most fields of few claims)."""

    __slots__ = ("_row", "_when")

    def __init__(self, row: list[Any], when: ClaimDate | Unread | None = UNREAD) -> None:
        self._row = row
        self._when = when

    @classmethod
    def of(
        cls, claim: Annotation, attributes: ClaimAttributes, *, claimant_words: str, place_ids: Sequence[str],
        statuses: dict[str, str], when: ClaimDate | None, actor_ids: Sequence[str] = (),
    ) -> ClaimFacts:  # fmt: skip
        row = [
            claim.id, claim.start, claim.end, claim.quote, attributes.cue, attributes.claim_type,
            attributes.certainty, str(attributes.grade) if attributes.grade else "",
            [[link.type, link.article_id, link.annotation_id] for link in attributes.links],
            attributes.claimant_entity_id, claimant_words, list(place_ids), statuses,
            None if when is None else [when.when.start.isoformat(), when.when.end.isoformat(),
                                       when.when.precision, when.source, when.expression],
            claim.annotator, list(actor_ids),
        ]  # fmt: skip
        return cls(row, when)

    @property
    def row(self) -> list[Any]:
        """What the index keeps (JSON values only)."""
        return self._row

    @property
    def claim_id(self) -> str:
        return str(self._row[0])

    @property
    def start(self) -> int:
        return int(self._row[1])

    @property
    def end(self) -> int:
        return int(self._row[2])

    @property
    def quote(self) -> str:
        return str(self._row[3])

    @property
    def cue(self) -> str:
        return str(self._row[4])

    @property
    def claim_type(self) -> str:
        return str(self._row[5])

    @property
    def certainty(self) -> str:
        return str(self._row[6])

    @property
    def grade(self) -> str:
        """The Admiralty grade as written ("B2"), "" when none."""
        return str(self._row[7])

    @property
    def links(self) -> tuple[ClaimLink, ...]:
        return tuple(ClaimLink(*link) for link in self._row[8]) if self._row[8] else ()

    @property
    def claimant_entity_id(self) -> str | None:
        return self._row[9]  # type: ignore[no-any-return]

    @property
    def claimant_words(self) -> str:
        """The claimant's words in the text, for a claimant without an entity."""
        return str(self._row[10])

    @property
    def place_ids(self) -> Sequence[str]:
        return self._row[11]  # type: ignore[no-any-return]

    @property
    def statuses(self) -> dict[str, str]:
        """The control status it gives each of its places (place entity id -> status)."""
        return self._row[12]  # type: ignore[no-any-return]

    @property
    def annotator(self) -> str:
        """Whose claim it is (an analyst's, or the curated layer's after adjudication)."""
        return str(self._row[14])  # an index kept from before it held this was derived again (`_rules_stamp`)

    @property
    def actor_ids(self) -> Sequence[str]:
        """The actors it is about but its claimant: ticked in its form, or tagged inside its words."""
        return self._row[15]  # type: ignore[no-any-return]

    @property
    def when(self) -> ClaimDate | None:
        if isinstance(self._when, Unread):
            kept = self._row[13]
            self._when = None if kept is None else _date(tuple(kept))
        return self._when


@lru_cache(maxsize=4096)
def _date(kept: tuple[Any, ...]) -> ClaimDate:
    """A kept date (claims of a corpus share few dates: one object each)."""
    first, last, precision, source, expression = kept
    return ClaimDate(DateRange(date.fromisoformat(first), date.fromisoformat(last), precision), source, expression)


def article_facts(article: Article, annotations: Sequence[Annotation]) -> list[ClaimFacts]:
    """The accepted claims of one article, with the places each is about (see `_about`), what it
    says of the places tagged inside it, and its event date. With several analysts' tags, each claim is read with
    its own analyst's (another's where its own tagged no place for it): a claim of ana's was about bo's "Kelbo"
    too, and `claims --annotator ana` counted bo's tags (helper-367)."""
    by_id = {a.id: a for a in annotations}
    every = ClaimPlaces(article.text, annotations)
    layers = {who: [a for a in annotations if a.annotator == who] for who in {a.annotator for a in annotations}}
    own = {who: ClaimPlaces(article.text, layer) for who, layer in layers.items()} if len(layers) > 1 else {}
    found = []
    for claim in annotations:
        attributes = claim.attributes
        if claim.status != "accepted" or not isinstance(attributes, ClaimAttributes):
            continue
        places = own.get(claim.annotator, every)
        place_ids, statuses = places.of(claim)
        if not place_ids and places is not every:  # its analyst tagged no place for it: another's tag serves
            places = every
            place_ids, statuses = places.of(claim)
        source = by_id.get(attributes.claimant_annotation_id or "")
        when = event_date(article.text, article.published, claim, places)
        mentions = layers[claim.annotator] if places is not every else annotations
        found.append(
            ClaimFacts.of(
                claim, attributes, claimant_words=source.quote if source else "",
                place_ids=place_ids, statuses=statuses, when=when, actor_ids=_actors_about(claim, mentions, source),
            )
        )  # fmt: skip
    return found


def _actors_about(claim: Annotation, annotations: Sequence[Annotation], claimant: Annotation | None) -> list[str]:
    """The actors a claim is about: those ticked in its form, and those tagged inside its words,
    but its claimant (a newcomer's `claims --actor RSF` found none of the claims of the RSF's
    shelling: only who spoke was looked at)."""
    attributes = claim.attributes
    assert isinstance(attributes, ClaimAttributes)
    inside = (a.entity_id for a in accepted_within(annotations, claim.start, claim.end, "actor"))
    found = dict.fromkeys((*attributes.actors, *inside))
    for speaker in (attributes.claimant_entity_id, claimant.entity_id if claimant else None):
        found.pop(speaker or "", None)
    return [i for i in found if i]


Reader = Callable[[str], tuple[ArticleSummary, Article, list[Annotation]]]
"""Reads one article for deriving its facts: its catalog entry as read, its text, its annotations."""


def store_reader(store: Store) -> Reader:
    """Read articles from `store`, letting go of each one it had not loaded before."""

    def read(article_id: str) -> tuple[ArticleSummary, Article, list[Annotation]]:
        was_loaded = store.is_loaded(article_id)
        found = store.summary(article_id), store.article(article_id), store.annotations(article_id)
        if not was_loaded:
            store.release([article_id])
        return found

    return read


@dataclass
class _Kept:
    """An index as read from (or written to) its file, with the facts made from it so far."""

    stat: tuple[int, int]
    """The file's modification time and size when it was read or written."""
    articles: dict[str, Any]
    """Article id -> [stamp, rows]: the file's contents."""
    facts: dict[str, list[ClaimFacts]] = field(default_factory=dict)


_KEPT: dict[Path, _Kept] = {}
"""Indexes kept in memory between readings in this process (the board's next opening reads no file)."""
_KEPT_LOCK = threading.Lock()


def forget_kept_indexes() -> None:
    """Drop the indexes held in memory (the next reading reads the files, as a new process would)."""
    with _KEPT_LOCK:
        _KEPT.clear()


class ClaimsIndex:
    """The facts of every article's claims, read from the kept index where it is current."""

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / INDEX_FILE if folder is not None else None
        self.rules = _rules_stamp()
        self.kept = self._load()
        self.derived = 0
        """Articles whose claims were derived again by this reading (not found current)."""

    def every_article(
        self, summaries: Sequence[ArticleSummary], read: Reader
    ) -> Iterator[tuple[ArticleSummary, list[ClaimFacts]]]:
        """Each article of `summaries` with its claims' facts, from the index where it holds them
        for the article's revision, else derived from what `read` reads (an article it no longer
        finds is left out). The index is saved again at the end when anything was derived or an
        article is gone."""
        kept = self.kept
        current = _Kept(kept.stat, {})
        for summary in summaries:
            entry = kept.articles.get(summary.id)
            if entry is not None and entry[0] == _stamp(summary):
                facts = kept.facts.get(summary.id) or [ClaimFacts(row) for row in entry[1]]
                current.articles[summary.id] = entry
            elif self.path is not None and not summary.count("claim") and _stamp(summary):
                facts = []  # no accepted claim: nothing to read (with no folder, a server's counts
                # may not hold changes waiting to be sent: read then)
                current.articles[summary.id] = [_stamp(summary), []]
            else:
                try:
                    as_read, article, annotations = read(summary.id)
                except NotFoundError:
                    continue
                facts = article_facts(article, annotations)
                self.derived += 1
                if stamp := _stamp(as_read):
                    current.articles[summary.id] = [stamp, [f.row for f in facts]]
            current.facts[summary.id] = facts
            yield summary, facts
        if self.derived or current.articles.keys() != kept.articles.keys():
            self._save(current)
        elif self.path is not None:
            with _KEPT_LOCK:
                _KEPT[self.path] = current

    def _load(self) -> _Kept:
        if self.path is None:
            return _Kept((0, 0), {})
        try:
            stat = self.path.stat()
        except OSError:
            return _Kept((0, 0), {})
        key = (stat.st_mtime_ns, stat.st_size)
        with _KEPT_LOCK:
            held = _KEPT.get(self.path)
        if held is not None and held.stat == key:
            return held
        try:
            data = orjson.loads(self.path.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return _Kept((0, 0), {})
        if not isinstance(data, dict) or data.get("rules") != self.rules or not isinstance(data.get("articles"), dict):
            return _Kept((0, 0), {})
        return _Kept(key, data["articles"])

    def _save(self, kept: _Kept) -> None:
        """Replace the index file whole (a reader never sees half of one), and keep it in memory;
        an index that cannot be written is only a slower next reading."""
        if self.path is None:
            return
        try:
            atomic_write(self.path, orjson.dumps({"rules": self.rules, "articles": kept.articles}), sync=False)
            stat = self.path.stat()
        except OSError:
            return
        kept.stat = (stat.st_mtime_ns, stat.st_size)
        with _KEPT_LOCK:
            _KEPT[self.path] = kept


def _stamp(summary: ArticleSummary) -> str:
    """What the kept facts of an article must match: its revision, and the details a claim's date
    and source come from; "" (never kept) for an article written by a Fieldmark without revisions."""
    if not summary.revision:
        return ""
    return "|".join((summary.revision, summary.imported, summary.sha256, summary.published or ""))
