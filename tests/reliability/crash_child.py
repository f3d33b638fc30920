"""A child process for the crash suite: random changes through the core, until it is killed.

Prints `I <op> …` before each change and `A` each time everything so far is durable, so the
parent knows which changes were acknowledged and which were in flight at the kill.
"""

from __future__ import annotations

import random
import sys

from annotations.model import Annotation, Article
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
            step(store, rng)
        store.flush()
        print("A", flush=True)


def step(store: Store, rng: random.Random) -> None:
    rows = store.annotations(ARTICLE.id)
    choice = rng.random()
    if choice < 0.45 or not rows:
        start = rng.randrange(len(TEXT) - 1)
        end = min(len(TEXT), start + rng.randint(1, 40))
        annotation = Annotation.create(ARTICLE, rng.choice(["district", "actor", "claim"]), start, end)
        print(f"I add {annotation.id}", flush=True)
        store.add_annotation(annotation)
    elif choice < 0.65:
        target = rng.choice(rows).id
        print(f"I del {target}", flush=True)
        store.delete_annotation(ARTICLE.id, target)
    elif choice < 0.8:
        print("I undo", flush=True)
        store.undo()
    elif choice < 0.9:
        print("I redo", flush=True)
        store.redo()
    else:
        status = rng.choice(["todo", "in_progress", "done"])
        print(f"I status {status}", flush=True)
        store.set_status(ARTICLE.id, status)  # type: ignore[arg-type]


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
