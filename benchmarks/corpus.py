"""Synthetic corpora for the benchmarks, made from the seed article and variations of it.

Each article is the seed with its paragraphs shuffled and a numbered dateline, so texts (and
ids) differ while the language stays that of real conflict reporting. Annotations are placed on
real names found in the text. Databases are built through the importer (one batch per article),
the way a team's export would arrive.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from annotations.exchange.imports import import_document
from annotations.locations import seeds_dir
from annotations.model import Annotation, Article, text_sha256
from annotations.store import Store

NAMES = re.compile(r"\b(?:Taliban|Kunduz|Imam Sahib|Kabul|Faryab|Maimana|Tasnim|Afghan\w*|Khaama Press)\b")


def seed_text() -> str:
    path = sorted(seeds_dir().glob("*.txt"))[0]
    return path.read_text(encoding="utf-8").split("\n", 1)[1].strip()


def variant(number: int, base: str) -> str:
    paragraphs = [p for p in base.split("\n\n") if p.strip()]
    random.Random(number).shuffle(paragraphs)
    return f"KABUL, report {number}.\n\n" + "\n\n".join(paragraphs)


def long_article(words: int, base: str) -> str:
    """An article of about `words` words: seed paragraphs repeated with numbered datelines."""
    paragraphs = [p for p in base.split("\n\n") if p.strip()]
    out: list[str] = []
    count = 0
    n = 0
    while count < words:
        paragraph = paragraphs[n % len(paragraphs)]
        out.append(f"({n}) {paragraph}")
        count += len(paragraph.split())
        n += 1
    return "\n\n".join(out)


VARIED_FILES = (
    "afghanistan-iskp", "benin-north", "burkina-east", "cameroon-bamenda", "car-bambari", "chad-lake",
    "colombia-catatumbo", "drc-ituri", "drc-south-kivu", "ecuador-guayaquil", "ethiopia-amhara", "ethiopia-oromia",
    "ethiopia-tigray", "haiti-port-au-prince", "india-manipur", "indonesia-papua", "iraq-sinjar", "kashmir-kupwara",
    "kenya-mandera", "lebanon-south", "libya-tripoli", "mali-kidal",
)  # fmt: skip
"""The held-out articles the varied article is made of, named: new gold files must not change the
text a figure was measured on (these make 5,129 words)."""


def varied_article() -> str:
    """About 5,000 words whose paragraphs all differ: held-out gold articles one after another (a
    repeated seed names the same twenty things again and again, and hid costs that grow with the
    names an article holds)."""
    folder = Path(__file__).parent / "gold" / "heldout"
    bodies = [(folder / f"{name}.txt").read_text(encoding="utf-8").split("\n", 1)[1].strip() for name in VARIED_FILES]
    return "\n\n".join(bodies)


def add_keyed_article(store: Store, text: str) -> Article:
    """The article the keystroke measures type in, added with its annotations: 500 on a long text,
    20 on an article-sized one (an overlap the generator made is refused: one fewer)."""
    article = Article.create("bench", text)
    store.add_article(article)
    for annotation in annotations_for(article, 500 if len(text) > 20_000 else 20):
        try:
            store.add_annotation(annotation)
        except Exception:
            continue
    return article


def annotations_for(article: Article, count: int) -> list[Annotation]:
    """Up to `count` annotations on the names in the text (districts and actors alternating)."""
    spans = [m.span() for m in NAMES.finditer(article.text)]
    chosen: list[Annotation] = []
    for index in range(count):
        start, end = spans[index % len(spans)]
        shift = index // len(spans)  # more annotations than names: nudge to keep them distinct
        end = min(len(article.text), end + shift)
        kind = "district" if index % 2 else "actor"
        chosen.append(Annotation.create(article, kind, start, end, annotator="bench"))
    return chosen


def export_document(articles: int, per_article: int, base: str) -> dict[str, Any]:
    """A native export document of `articles` articles with `per_article` annotations each."""
    records = []
    for number in range(articles):
        text = variant(number, base)
        article = Article.create(f"Report {number}", text, source=f"bench/{number}.txt")
        records.append(
            {
                "id": article.id,
                "title": article.title,
                "source": article.source,
                "published": None,
                "text": text,
                "sha256": text_sha256(text),
                "status": "in_progress",
                "metadata": {},
                "annotations": [
                    {k: v for k, v in a.to_dict().items() if k != "article_id"}
                    for a in annotations_for(article, per_article)
                ],
            }
        )
    return {"format": "fieldmark", "version": 1, "exported_at": "", "articles": records, "entities": []}


def build_db(path: Path, articles: int, per_article: int, base: str) -> Path:
    """A database holding `articles` × `per_article` annotations (built once, reused if present)."""
    marker = path / ".bench-built"
    if marker.exists():
        return path
    with Store.open(path) as store:
        if articles:
            import_document(store, export_document(articles, per_article, base))
        store.flush(None)
    marker.write_text(f"{articles} {per_article}\n")
    return path


def many_voices(chars: int) -> str:
    """About `chars` characters of reporting in which every sentence names a new speaker, brigade
    or outlet: the shape that made suggestions quadratic (each new speaker was compared with
    every actor named before it)."""
    rng = random.Random(chars)

    def name() -> str:
        return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3)).capitalize()

    out: list[str] = []
    size = 0
    while size < chars:
        out.append(
            f"Fighting went on near the road, {name()} {name()} said. Troops of the {name()} Brigade "
            f"moved, according to {name()} News Agency."
        )
        size += len(out[-1]) + 1
    return " ".join(out)[:chars]
