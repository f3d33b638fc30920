"""A child process for the crash suite: random changes through the core, until it is killed.

Prints `I <op> …` before each change and `A` each time everything so far is durable, so the
parent knows which changes were acknowledged and which were in flight at the kill. Changes:
add, edit (a note), delete, undo, redo, status, import (another analyst's annotations merged
from an export), export (written atomically next to the database), backup and restore (of a
backup this suite made), repair (check --repair, on the healthy database) and gazetteer import.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from annotations.exchange.export import export
from annotations.exchange.imports import import_document
from annotations.model import Annotation, Article, DistrictAttributes
from annotations.store import Store
from annotations.store.backup import list_backups
from annotations.store.repair import repair
from annotations.store.restoring import restore
from annotations.suggest.gazetteer import Place
from annotations.suggest.stored_gazetteers import import_places

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
            store = step(store, rng, Path(db), seed)
        store.flush()
        print("A", flush=True)


def step(store: Store, rng: random.Random, db: Path, seed: int) -> Store:
    """One random change; returns the store to go on with (a restore or a repair reopens it)."""
    choice = rng.random()
    if choice < 0.11:
        return whole_database_step(store, rng, db, seed, choice)
    changes(store, rng, db, (choice - 0.11) / 0.89)
    return store


def whole_database_step(store: Store, rng: random.Random, db: Path, seed: int, choice: float) -> Store:
    if choice < 0.03:
        token = f"c{seed}x{rng.randrange(1 << 30)}"
        print(f"I backup {token}", flush=True)
        store.backup(token)
        return store
    if choice < 0.06:
        made = [b for b in list_backups(db) if b.reason.startswith("c")]
        if not made:
            return store
        chosen = rng.choice(made)
        print(f"I restore {chosen.reason}", flush=True)
        store.close()
        restore(db, chosen.path)
        return Store.open(db)
    if choice < 0.08:
        print("I repair", flush=True)
        store.close()
        with Store.open(db, salvage=True) as salvaging:
            repair(salvaging)
        return Store.open(db)
    count = rng.randint(1, 50)
    print(f"I gazetteer {count}", flush=True)
    import_places(store, "crash", (Place(f"file:crash:{n}", f"Place {n}", "district") for n in range(count)))
    return store


def changes(store: Store, rng: random.Random, db: Path, choice: float) -> None:
    rows = store.annotations(ARTICLE.id)
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
