"""A simulated analyst annotates an article to a gold file in the real app, and counts its keys.

    python -m benchmarks.keystrokes --article FILE --gold GOLD.json [--json]

It does what a person would, with the shortest keys a person would use: `R` to walk the
suggestions, `Y` on a right place or actor (every mention at once), `y` on a right claim, `r` on
a wrong one, a tag key on a suggestion that is right but links the wrong actor or claimant
(then the name or claimant fixed in the form); then, for each gold item still missing, `/` and
as few letters as find it, Esc when the name under the cursor is the better start, the tag key,
alt+arrows until the span is the gold words, the canonical name typed (without the note in
parentheses a gold may write after it, see `analyst_gold`; taking what the name field offers
when it is right: a known name whole with →, one word of it with ctrl+→, the word being typed
from the article's words) and the claimant chosen by typing. It reads the screen as
a person does (the form's fields, the suggestion under the cursor) and counts every key it
presses.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson
from textual import events
from textual.keys import _character_to_key
from textual.widgets import Input

from annotations.exchange.intake import import_paths
from annotations.forms.completion import one_word_of
from annotations.forms.spans import target_span
from annotations.settings import Settings
from annotations.store import Store
from annotations.suggest import Suggestion
from annotations.text.finding import next_match
from tui.app import FieldmarkApp
from tui.widgets.choice import ChoiceField, matching
from tui.widgets.tag_panel import TagPanel

from .analyst_gold import Gold, GoldItem, fold
from .key_paths import find, shortest_moves

KEY_OF_KIND = {"district": "d", "actor": "a", "claim": "c"}
ORDER = ("actor", "district", "claim")
"""Missing items are tagged actors first: claims choose their claimant among tagged actors."""


class Analyst:
    """Drives the app through Pilot; `keys` counts what it pressed."""

    def __init__(self, app: FieldmarkApp, pilot: Any, store: Store, gold: Gold, *, live: bool = False) -> None:
        self.app, self.pilot, self.store, self.gold = app, pilot, store, gold
        self.live = live
        self.keys = 0
        self.name_keys = 0
        """Of `keys`, the letters of actor names typed (a canonical name the corpus does not know yet)."""
        self.trace: list[str] = []
        """What was done, with its keys (printed with --trace)."""
        (summary,) = store.articles()
        self.text = store.article(summary.id).text

    # --- keys -------------------------------------------------------------------------------

    async def press(self, *keys: str) -> None:
        for key in keys:
            if len(key) == 1 and not key.isascii() and not key.isalnum():
                await self._press_as_a_terminal(key)
            else:
                await self.pilot.press(key)
            self.keys += 1
        self.note(" ".join(keys))

    async def _press_as_a_terminal(self, character: str) -> None:
        """A key of punctuation outside ASCII ("’"), sent with its character as a terminal sends
        it: Pilot sends such a key without its character, and an input drops it."""
        driver = self.app._driver
        assert driver is not None
        driver.send_message(events.Key(_character_to_key(character), character))
        await self.pilot.pause()

    def note(self, line: str) -> None:
        self.trace.append(line)
        if self.live:
            print(line, file=sys.stderr, flush=True)

    async def type(self, text: str) -> None:
        await self.press(*text)

    async def settle(self) -> None:
        await self.pilot.pause()
        await asyncio.wait_for(self.app.main.suggestions_current.wait(), 60)
        await self.pilot.pause()

    def reached(self) -> set[GoldItem]:
        self.store.flush(None)
        return self.gold.reached(self.store)

    # --- the suggestions --------------------------------------------------------------------

    async def review(self) -> None:
        await self.settle()
        await self.press("R")
        await self.settle()
        judged: set[tuple[str, int, int]] = set()
        for _ in range(400):
            here = self.app.main.suggestion_here()
            if here is None or (here.kind, here.start, here.end) in judged:
                if not await self.next_suggestion():
                    return
                continue
            judged.add((here.kind, here.start, here.end))
            self.note(f"# suggestion {here.kind} {here.quote[:50]!r}")
            await self.judge(here)
            await self.settle()

    async def next_suggestion(self) -> bool:
        """`>` (past what is tagged) to the next suggestion; False when none is left after it."""
        reader = self.app.main.reader
        before = reader.cursor_offset
        if not any(s.start > before for s in self.app.main.suggesting.shown):
            return False
        await self.press("greater_than_sign")
        await self.pilot.pause()
        return reader.cursor_offset > before

    async def judge(self, here: Suggestion) -> None:
        reached = self.reached()
        item = self.matching(here, reached)
        if item is not None:
            await self.take(here, item)
        elif (other := self.other_kind(here, reached)) is not None:
            await self.press(KEY_OF_KIND[other.kind])  # a place that acts, an actor that is a place
            await self.complete_form(other)  # saving moves on to the next suggestion, as y does
        elif (near := self.near(here, reached)) is not None:
            item, target = near
            await self.press(KEY_OF_KIND[here.kind])  # the suggestion's words, then moved
            await self.reach(target)
            await self.complete_form(item)  # saving moves on to the next suggestion, as y does
        elif self.matching(here, set()) is not None and here.kind != "claim":
            # Another mention of a place or actor already tagged: right if it names the same.
            same = self.matching(here, set())
            assert same is not None
            await self.press("y" if here.kind == "district" or self.entity_right(here, same) else "greater_than_sign")
        else:
            await self.press("r")

    async def take(self, here: Suggestion, item: GoldItem) -> None:
        """A suggestion that is a gold item: accepted as it is, or tagged with the form fixed."""
        if here.kind == "district" or (here.kind == "actor" and self.entity_right(here, item)):
            await self.press("Y")
        elif here.kind == "claim" and self.claimant_right(here, item):
            await self.press("y")
        elif here.kind == "claim" and item.name and not self.claimant_tagged(item.name):
            await self.press("greater_than_sign")  # its claimant is not tagged yet: later, by hand
        else:
            await self.press(KEY_OF_KIND[here.kind])  # takes the suggestion's words and knowledge
            await self.complete_form(item)  # saving moves on to the next suggestion, as y does

    def entity_right(self, here: Suggestion, item: GoldItem) -> bool:
        return here.entity is not None and self.gold.is_named(here.entity.names(), item.name)

    def claimant_tagged(self, claimant: str) -> bool:
        canonical = self.gold.canonical.get(fold(claimant), claimant)
        self.store.flush(None)
        (summary,) = self.store.articles()
        for mention in self.store.annotations(summary.id):
            if mention.kind == "actor" and mention.status == "accepted":
                if fold(mention.quote) == fold(claimant) or self.gold.entity_is(self.store, mention, canonical):
                    return True
        return False

    def other_kind(self, here: Suggestion, reached: set[GoldItem]) -> GoldItem | None:
        """A missing gold item of the other entity kind with the suggestion's words."""
        if here.kind == "claim":
            return None
        other = "actor" if here.kind == "district" else "district"
        return next(
            (i for i in self.gold.of_kind(other) if i not in reached and fold(i.surface) == fold(here.quote)), None
        )

    def matching(self, here: Suggestion, reached: set[GoldItem]) -> GoldItem | None:
        for item in self.gold.of_kind(here.kind):
            if item in reached:
                continue
            if here.kind == "claim" and fold(item.surface) in fold(here.quote):
                return item
            if here.kind != "claim" and fold(item.surface) == fold(here.quote):
                return item
        return None

    def near(self, here: Suggestion, reached: set[GoldItem]) -> tuple[GoldItem, tuple[int, int]] | None:
        """A missing place or actor whose words overlap the suggestion's, within a few alt+arrows
        (a person tags "the Islamist extremists" and drops "the")."""
        if here.kind == "claim":
            return None
        for item in self.gold.of_kind(here.kind):
            if item in reached:
                continue
            target = find(self.text, item.surface, max(0, here.start - len(item.surface)))
            if target is None or target[0] >= here.end or target[1] <= here.start:
                continue
            moves = shortest_moves(self.text, here.span, target, depth=3)
            if moves is not None:
                return item, target
        return None

    def claimant_right(self, here: Suggestion, item: GoldItem) -> bool:
        if here.claimant is None:
            return not item.name
        words = self.text[here.claimant[0] : here.claimant[1]]
        canonical = self.gold.canonical
        said = fold(words) == fold(item.name) or fold(canonical.get(fold(words), "?")) == fold(
            canonical.get(fold(item.name), item.name)
        )
        return said and (self.claimant_tagged(item.name) or self.brought_right(here, item))

    def brought_right(self, claim: Suggestion, item: GoldItem) -> bool:
        """`y` brings an untagged claimant along under its suggested name: right only if that is
        the gold's name for it (else the analyst names the actor first and takes the claim after)."""
        speaker = next((s for s in self.app.main.suggestions if s.kind == "actor" and s.span == claim.claimant), None)
        name = self.gold.canonical.get(fold(item.name), item.name)
        return speaker is None or (speaker.entity is not None and self.gold.is_named(speaker.entity.names(), name))

    # --- tagging by hand ----------------------------------------------------------------------

    async def tag_missing(self) -> None:
        for kind in ORDER:
            for item in sorted(self.gold.of_kind(kind), key=self.first_offset):
                if item not in self.reached() and self.first_offset(item) >= 0:
                    await self.tag(item)
                    await self.settle()

    def first_offset(self, item: GoldItem) -> int:
        found = find(self.text, item.surface)
        return found[0] if found is not None else -1

    def where_to_tag(self, item: GoldItem) -> tuple[int, int] | None:
        """The first use of the words a person would tag: whole words, not inside a tag of the
        same kind already made ("Bhatia" alone, not the end of "Rajinder Singh Bhatia")."""
        self.store.flush(None)
        (summary,) = self.store.articles()
        tagged = [
            (a.start, a.end)
            for a in self.store.annotations(summary.id)
            if a.kind == item.kind and a.status == "accepted"
        ]
        start = 0
        while (found := find(self.text, item.surface, start)) is not None:
            inside = any(s <= found[0] and found[1] <= e and (s, e) != found for s, e in tagged)
            whole = (
                not self.text[found[0] - 1 : found[0]].isalnum() and not self.text[found[1] : found[1] + 1].isalnum()
            )
            if whole and not inside:
                return found
            start = found[0] + 1
        return None  # every use is inside a tag already: nothing left to tag

    async def tag(self, item: GoldItem) -> None:
        self.note(f"# by hand: {item.label}")
        target = self.where_to_tag(item)
        if target is None:
            return
        await self.search_to(target[0], item.surface)
        if item.kind == "claim":
            await self.press("escape", "c")  # the sentence or quotation under the cursor
        else:
            reader = self.app.main.reader
            selected = target_span(item.kind, self.text, reader.selected_span, reader.cursor_offset)
            kept = shortest_moves(self.text, selected, target) if selected else None
            named = target_span(item.kind, self.text, None, reader.focus_offset)  # where Esc leaves the cursor
            fresh = shortest_moves(self.text, named, target) if named else None
            if fresh is not None and (kept is None or len(fresh) + 1 < len(kept)):
                await self.press("escape")  # the name under the cursor is the nearer start
            await self.press(KEY_OF_KIND[item.kind])
            await self.reach(target)
        await self.complete_form(item)

    async def search_to(self, offset: int, words: str) -> None:
        """`/` and the fewest letters of `words` whose next match is at `offset`, then Enter."""
        reader = self.app.main.reader
        for length in range(1, len(words) + 1):
            found = next_match(
                self.text, words[:length], selected=reader.selected_span, cursor=reader.cursor_offset, direction=1
            )
            if found is not None and found[0] == offset:
                break
        await self.press("slash")
        await self.type(words[:length])
        await self.press("enter")
        await self.pilot.pause()
        for _ in range(40):  # no prefix lands there first: `n` to the next match, as a person would
            selected = reader.selected_span
            if selected is None or selected[0] == offset:
                break
            await self.press("n")
            await self.pilot.pause()

    async def reach(self, target: tuple[int, int]) -> None:
        """alt+arrows until the span of the open form is `target` (the fewest, found by search)."""
        form = self.app.main._form
        if form is None:
            return
        path = shortest_moves(self.text, form.span, target)
        for key in path or ():
            await self.press(key)

    async def complete_form(self, item: GoldItem) -> None:
        await self.pilot.pause()
        panel = self.app.main.query_one(TagPanel)
        if not panel.is_open or panel.body is None:
            return
        if item.kind == "actor":
            await self.name_actor(panel, item.name)
        if item.kind == "claim" and item.name:
            await self.choose_claimant(panel, item.name)
        await self.press("enter")

    async def name_actor(self, panel: TagPanel, canonical: str) -> None:
        """Type the canonical name, taking what the field offers (→) whenever it is right: the
        whole name the corpus knows, or the word being typed as the gold writes it."""
        field = panel.body.query_one("#name", Input)  # type: ignore[union-attr]
        if fold(field.value) in self.gold.names_for(canonical):
            return
        canonical = self.gold.shortest_name(canonical)
        if sorted((field.selection.start, field.selection.end)) != [0, len(field.value)]:
            await self.press("ctrl+u")  # else the name is selected: typing replaces it
        value = ""
        while value != canonical:
            offered = await field.suggester.get_suggestion(value) if field.suggester and value else None
            if offered and len(offered) > len(value) and fold(offered) == fold(canonical):
                await self.take_offered(field, offered)  # a name the corpus knows, whole
                return
            if offered and len(offered) > len(value) and canonical.startswith(offered):
                await self.take_offered(field, offered)  # the word, from the article
                value = offered
                continue
            word = one_word_of(value, offered) if offered else value
            if offered and len(word) > len(value) and canonical.startswith(word):
                await self.take_offered(field, offered, "ctrl+right")  # one word of a name that goes on otherwise
                value = word
                continue
            await self.type(canonical[len(value)])
            self.name_keys += 1
            value += canonical[len(value)]

    async def take_offered(self, field: Input, offered: str, key: str = "right") -> None:
        """→ (or ctrl+→, one word) on what the field offers, once it shows it (it is found as the
        analyst types)."""
        for _ in range(50):
            if getattr(field, "_suggestion", offered) == offered:
                break
            await self.pilot.pause()
        before = field.value
        await self.press(key)
        taken = offered if key == "right" else one_word_of(before, offered)
        assert field.value == taken, f"the field holds {field.value!r}, not {taken!r}"

    async def choose_claimant(self, panel: TagPanel, claimant: str) -> None:
        choice = panel.body.query_one("#claimant", ChoiceField)  # type: ignore[union-attr]
        canonical = self.gold.canonical.get(fold(claimant), claimant)
        wanted = [
            i
            for i, (label, _v) in enumerate(choice.options)
            if fold(claimant) in fold(label) or any(name in fold(label) for name in self.gold.names_for(canonical))
        ]
        if not wanted or choice.index in wanted:
            return
        for words in (self.gold.shortest_name(canonical), claimant):
            for length in range(1, len(words) + 1):
                matches = matching(choice.options, words[:length])  # as the field narrows them
                if matches and matches[0] in wanted:
                    await self.type(words[:length])
                    return


async def simulate(article: Path, gold_path: Path, trace: bool = False, strict: bool = False) -> dict[str, Any]:
    gold = Gold.read(gold_path, strict=strict)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "db")
        try:
            import_paths(store, [article])
            app = FieldmarkApp(store, Settings(db=store.location, annotator="analyst", suggestions=True))
            async with app.run_test(size=(140, 45)) as pilot:
                analyst = Analyst(app, pilot, store, gold, live=trace)
                await analyst.review()
                after_review = analyst.keys
                await analyst.tag_missing()
                reached = analyst.reached()
        finally:
            store.close()
    missing = [item.label for item in gold.items if item not in reached]
    return {
        "article": article.name,
        "keys": analyst.keys,
        "keys_reviewing_suggestions": after_review,
        "keys_typing_names": analyst.name_keys,
        "gold_items": len(gold.items),
        "reached": len(reached),
        "keys_per_item": round(analyst.keys / max(1, len(gold.items)), 2),
        "missing": missing,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.keystrokes", description=__doc__.split("\n")[0])
    parser.add_argument("--article", type=Path, required=True, help="the article file to annotate")
    parser.add_argument("--gold", type=Path, required=True, help="its gold file (places, actors, claims)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--trace", action="store_true", help="print every step and its keys on stderr")
    parser.add_argument(
        "--strict-names",
        action="store_true",
        help="an actor is right only under its whole canonical name, a note in parentheses included",
    )
    args = parser.parse_args(argv)
    result = asyncio.run(simulate(args.article, args.gold, args.trace, args.strict_names))
    if args.json:
        sys.stdout.write(orjson.dumps(result, option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    print(
        f"{result['article']}: {result['keys']} keys ({result['keys_reviewing_suggestions']} reviewing suggestions,"
        f" {result['keys_typing_names']} letters of actor names)"
    )
    print(f"gold items {result['gold_items']}, reached {result['reached']}, {result['keys_per_item']} keys per item")
    for label in result["missing"]:
        print(f"  not reached: {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
