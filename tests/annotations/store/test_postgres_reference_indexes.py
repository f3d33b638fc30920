"""A deletion on a team's server asks which records name what it deletes from indexes, not by
reading the corpus: each deleted mention read every claim, and deleting 20 tags in one step took
39 ms at 2,500 annotations and 93 ms at 20,000 (5.5 and 5.6 ms now). On the real server the suite starts;
the planner is told to read a table only through an index (bitmap scans), so a question no index
can answer shows as a scan of the whole table."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from annotations.model import ActorDetails, Annotation, Article, ClaimAttributes, ClaimLink, Entity, PlaceDetails
from annotations.store.postgres import dangling
from annotations.store.postgres.schema import MIGRATIONS, REFERENCE_INDEXES, SCHEMA_VERSION, index_name
from annotations.store.postgres.store import PostgresStore

SENTENCE = "The Taliban took Kunduz, a spokesman said. "
CLAIMS_PER_ARTICLE = 10
ARTICLES = 12


class Corpus:
    """Articles each with actor mentions and claims naming them: claimant, actor, place, and a
    link to the claim before it (the first article's first claim links to none)."""

    def __init__(self, url: str) -> None:
        self.url = url
        store = PostgresStore(url, readonly=False, create=True, annotator="ana")
        self.actor = Entity.actor("Taliban", ActorDetails("rebel_group"))
        self.place = Entity.place("Kunduz", PlaceDetails(country="AF"))
        self.lonely = Entity.actor("Militia", ActorDetails("political_militia"))
        for entity in (self.actor, self.place, self.lonely):
            store.put_entity(entity)
        self.mentions: list[Annotation] = []
        self.claims: list[Annotation] = []
        for n in range(ARTICLES):
            self._article(store, n)
        store.close()

    def _article(self, store: PostgresStore, n: int) -> None:
        head = f"Report {n}. "
        article = Article.create(f"Report {n}", head + SENTENCE * CLAIMS_PER_ARTICLE)
        store.add_article(article)
        mentions, claims = [], []
        for i in range(CLAIMS_PER_ARTICLE):
            at = len(head) + i * len(SENTENCE)
            mention = Annotation.create(article, "actor", at + 4, at + 11, entity_id=self.actor.id)
            before = self.claims[-1] if self.claims else None
            links = (ClaimLink("corroborates", before.article_id, before.id),) if before else ()
            attributes = ClaimAttributes(
                claimant_annotation_id=mention.id,
                claimant_entity_id=self.actor.id,
                places=(self.place.id,),
                actors=(self.actor.id,),
                links=links,
            )
            claim = Annotation.create(article, "claim", at, at + 24, attributes=attributes)
            mentions.append(mention)
            claims.append(claim)
            self.claims.append(claim)
        self.mentions += mentions
        store.add_annotations([(m, None) for m in mentions], label="mentions")
        store.add_annotations([(c, None) for c in claims], label="claims")


def _bitmaps_only(connection: psycopg.Connection[Any]) -> None:
    connection.execute("ANALYZE annotations")
    connection.execute("SET enable_seqscan = off")
    connection.execute("SET enable_indexscan = off")  # an index read whole stands for a table read whole
    connection.execute("SET enable_indexonlyscan = off")


def _read(connection: psycopg.Connection[Any], query: str, args: tuple[Any, ...]) -> tuple[set[str], int]:
    """The kinds of scan the query's plan makes of the annotations, and how many rows they read."""
    plan = connection.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + query, args).fetchone()
    assert plan is not None
    kinds: set[str] = set()
    rows = 0
    nodes = [plan[0][0]["Plan"]]
    while nodes:
        node = nodes.pop()
        nodes += node.get("Plans", [])
        if node.get("Relation Name") == "annotations":
            kinds.add(node["Node Type"])
            loops = node.get("Actual Loops", 1)
            rows += (node["Actual Rows"] + node.get("Rows Removed by Filter", 0)) * loops
            rows += node.get("Rows Removed by Index Recheck", 0) * loops
    return kinds, rows


def _needles(mentions: list[tuple[str, str]]) -> tuple[Any, ...]:
    ids = sorted({i for _, i in mentions})
    return (sorted({a for a, _ in mentions}), ids, [Jsonb([{"annotation_id": i}]) for i in ids])


def test_the_claims_naming_a_mention_are_found_through_indexes(url: str) -> None:
    corpus = Corpus(url)
    claimant, linked = corpus.mentions[40], corpus.claims[70]
    asked = [(claimant.article_id, claimant.id), (linked.article_id, linked.id)]
    with psycopg.connect(url) as connection:
        _bitmaps_only(connection)
        found = dangling.claims_naming(connection, asked)  # type: ignore[arg-type]
        kinds, rows = _read(connection, dangling.CLAIMS_NAMING, _needles(asked))
    assert sorted(c.id for c in found) == sorted([corpus.claims[40].id, corpus.claims[71].id])
    assert "Seq Scan" not in kinds
    assert rows <= 2 * CLAIMS_PER_ARTICLE, f"{rows} rows read of {len(corpus.claims)} claims"


def test_the_annotations_naming_an_entity_are_found_through_indexes(url: str) -> None:
    corpus = Corpus(url)
    query = f"SELECT id FROM annotations WHERE {dangling._NAMING}"
    with psycopg.connect(url) as connection:
        _bitmaps_only(connection)
        for entity, naming in ((corpus.place, len(corpus.claims)), (corpus.lonely, 0)):
            kinds, rows = _read(connection, query, (entity.id,) * 4)
            assert "Seq Scan" not in kinds
            assert rows == naming
        named = dangling.entities_named(connection, [corpus.actor.id, corpus.place.id, corpus.lonely.id])
    assert named == {corpus.actor.id, corpus.place.id}


def test_a_database_made_before_the_indexes_is_given_them_and_stays_at_its_schema(url: str) -> None:
    """The indexes change no record: a database made before them gets them when opened for
    writing, and keeps its schema version, so an analyst still on an older Fieldmark opens it."""
    with psycopg.connect(url) as connection:
        for statements in MIGRATIONS:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type]
        connection.execute(f"INSERT INTO fieldmark_meta VALUES ('schema', '{{\"version\": {SCHEMA_VERSION}}}')")
    PostgresStore(url, readonly=True, create=False, annotator="ana").close()  # a reader makes nothing
    assert not _indexes(url) & {index_name(s) for s in REFERENCE_INDEXES}
    PostgresStore(url, readonly=False, create=True, annotator="ana").close()
    PostgresStore(url, readonly=False, create=True, annotator="bo").close()  # made once
    with psycopg.connect(url) as connection:
        version = connection.execute("SELECT value FROM fieldmark_meta WHERE key = 'schema'").fetchone()
    assert {index_name(s) for s in REFERENCE_INDEXES} <= _indexes(url)
    assert version is not None and version[0]["version"] == SCHEMA_VERSION == 2


def _indexes(url: str) -> set[str]:
    with psycopg.connect(url) as connection:
        rows = connection.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'annotations'").fetchall()
    return {name for (name,) in rows}
