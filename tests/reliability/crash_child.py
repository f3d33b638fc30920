"""A child process for the crash suite: random changes through the core, until it is killed.

Prints `I <op> …` before each change and `A` each time everything so far is durable, so the
parent knows which changes were acknowledged and which were in flight at the kill. Changes:
add, edit (a note), delete, undo, redo, status, import (another analyst's annotations merged
from an export) and export (written atomically next to the database).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from annotations.exchange.export import export
from annotations.exchange.imports import import_document
from annotations.model import Annotation, Article, DistrictAttributes
from annotations.store import Store

TEXT = (
    "The Taliban on Monday announced it captured Imam Sahib district in Kunduz. "
    "“Dozens of districts have fallen,” Tasnim News Agency noted. "
    "Afghan officials insisted troops put up a stiff fight near Maimana in Faryab."
)
ARTICLE = Article.create("Crash test article", TEXT)


def main(db: str, seed: int) -> None:
    rng = random.Random(seed)
    store = Store.open(db)
    store.add_article(ARTICLE)
    store.flush()
    print("ready", flush=True)
    while True:
        for _ in range(rng.randint(1, 4)):
            step(store, rng, Path(db))
        store.flush()
        print("A", flush=True)


def step(store: Store, rng: random.Random, db: Path) -> None:
    rows = store.annotations(ARTICLE.id)
    choice = rng.random()
    if choice < 0.35 or not rows:
        start = rng.randrange(len(TEXT) - 1)
        end = min(len(TEXT), start + rng.randint(1, 40))
        annotation = Annotation.create(ARTICLE, "district", start, end, attributes=DistrictAttributes(note="n0"))
        print(f"I add {annotation.id}", flush=True)
        store.add_annotation(annotation)
    elif choice < 0.45:
        target = rng.choice(rows)
        note = f"n{rng.randrange(1000)}"
        print(f"I edit {target.id} {note}", flush=True)
        store.update_annotation(target.edited(attributes=DistrictAttributes(note=note)))
    elif choice < 0.6:
        target = rng.choice(rows).id
        print(f"I del {target}", flush=True)
        store.delete_annotation(ARTICLE.id, target)
    elif choice < 0.72:
        print("I undo", flush=True)
        store.undo()
    elif choice < 0.8:
        print("I redo", flush=True)
        store.redo()
    elif choice < 0.88:
        status = rng.choice(["todo", "in_progress", "done"])
        print(f"I status {status}", flush=True)
        store.set_status(ARTICLE.id, status)  # type: ignore[arg-type]
    elif choice < 0.95:
        imported = Annotation.create(
            ARTICLE, "district", 0, 11, attributes=DistrictAttributes(note="n0"), annotator="other"
        )
        record = {k: v for k, v in imported.to_dict().items() if k != "article_id"}
        document = {
            "format": "fieldmark",
            "version": 1,
            "exported_at": "",
            "entities": [],
            "articles": [
                {
                    "id": ARTICLE.id,
                    "title": ARTICLE.title,
                    "source": "",
                    "text": TEXT,
                    "sha256": ARTICLE.sha256,
                    "status": "todo",
                    "annotations": [record],
                }
            ],
        }
        print(f"I import {imported.id}", flush=True)
        import_document(store, document)
    else:
        print("I export", flush=True)
        export(store, "json", db.parent / "export.json", force=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
