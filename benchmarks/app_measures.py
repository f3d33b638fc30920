"""Measures of the app itself: keys in the reader and the tagging form (CPU per key, against a bare
TextArea and a bare form), and the time from start to the first frame and to the suggestions
(against a bare Textual app), each child process timed as `measures` times the others."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from annotations.settings import Settings
from annotations.store import Store

from . import corpus
from .bare_form import form_costs
from .measures import Row, _reported, median_ms

# --- keystrokes -------------------------------------------------------------------------------

KEYS = ["w", "w", "b", "j", "k", ")", "(", "l", "h", "}"]
BASE_KEYS = ["right", "right", "left", "down", "up", "down", "up", "right", "left", "down"]


SELECT_KEYS = ["w", "w", "w", "b", "j", "k"]
BASE_SELECT_KEYS = ["shift+right", "shift+right", "shift+right", "shift+left", "shift+down", "shift+up"]


def keystrokes(cases: dict[str, str], presses: int) -> list[Row]:
    """CPU time per keystroke in the reader vs a bare TextArea app: cursor moves, selection, then
    tagging (d opens the form, Enter saves it) and undo, which the bare app has no match for.
    Suggestions are hidden here (not computed); process CPU counts every thread."""
    import asyncio

    rows: list[Row] = []
    for name, text in cases.items():
        ours, bare = asyncio.run(_keystroke_pair(text, presses))
        for what in ("moves", "selection"):
            rows.append(
                Row(
                    "keystroke",
                    f"{what} on {name}",
                    ours[what],
                    "bare Textual TextArea, same text",
                    bare[what],
                    "within 1.5x of bare, < 16 ms",
                    ours[what] <= 1.5 * bare[what] and ours[what] < 16,
                )
            )
        form = asyncio.run(form_costs(text, max(3, presses // 2)))
        for what in [k for k in ours if k not in ("moves", "selection")]:
            baseline, baseline_ms = _FORM_BASELINES.get(what, ("", None))
            rows.append(
                Row(
                    "keystroke",
                    f"{what} on {name}",
                    ours[what],
                    baseline,
                    form[baseline_ms] if baseline_ms else None,
                    "< 16 ms a key",
                    ours[what] < 16,
                )
            )
    return rows


_FORM_BASELINES = {
    "tagging: open the form (d)": ("bare Textual: a 7-field form shown in place of 3 panes", "open"),
    "tagging: save (Enter in the form)": ("bare Textual: that form hidden again (nothing saved)", "close"),
}
"""What Textual alone spends on the same change of the screen (`bare_form`)."""


async def _keystroke_pair(text: str, presses: int) -> tuple[dict[str, float], dict[str, float]]:
    from textual.app import App, ComposeResult
    from textual.widgets import TextArea

    from tui.app import FieldmarkApp

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield TextArea(text, read_only=True, soft_wrap=True)

    with tempfile.TemporaryDirectory() as folder:
        with Store.open(Path(folder) / "db") as store:
            corpus.add_keyed_article(store, text)
            app = FieldmarkApp(store, Settings(db=store.location, annotator="bench", suggestions=False))
            ours = await _cpu_per_key(app, presses, reader_keys=True)
        bare = await _cpu_per_key(Bare(), presses, reader_keys=False)
    return ours, bare


async def _cpu_per_key(app: Any, presses: int, *, reader_keys: bool) -> dict[str, float]:
    """Median CPU per key for each kind of work the app supports."""
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()

        async def timed(keys: list[str], count: int) -> float:
            samples = []
            for n in range(count):
                started = time.process_time()
                await pilot.press(keys[n % len(keys)])
                samples.append(time.process_time() - started)
            return median_ms(samples)

        result = {
            "moves": await timed(KEYS if reader_keys else BASE_KEYS, presses),
            "selection": await timed(["v", *SELECT_KEYS] if reader_keys else BASE_SELECT_KEYS, presses),
        }
        if reader_keys:
            await pilot.press("escape", "g")
            steps: dict[str, list[float]] = {"open the form (d)": [], "save (Enter in the form)": []}
            for _ in range(max(3, presses // 2)):  # 30 in the full run: a busy second moves fewer medians
                await pilot.press("w", "enter")  # the next word, then the name under the cursor
                for key, step in (("d", "open the form (d)"), ("enter", "save (Enter in the form)")):
                    started = time.process_time()
                    await pilot.press(key)
                    steps[step].append(time.process_time() - started)
            result.update({f"tagging: {step}": median_ms(samples) for step, samples in steps.items()})
            result["undo"] = await timed(["u"], max(3, presses // 2))
    return result


# --- start ------------------------------------------------------------------------------------

_START_OURS = """
import sys, time
from pathlib import Path
from annotations.cli import run
from annotations.remembered import Remembered
def open_app(store, settings):  # tui.main's, the app timed: the command line's own work counted
    import gc
    gc.disable()  # as tui.main's: the app resumes the collector at its first frame
    import tui.app
    class Timed(tui.app.FieldmarkApp):
        CSS_PATH = str(Path(tui.app.__file__).parent / tui.app.FieldmarkApp.CSS_PATH)
        def on_ready(self) -> None:  # Textual's Ready: the first frame has been drawn, the article in it
            print("FIRST_FRAME", time.time(), flush=True)
            self.exit(0)
    remembered = Remembered()
    if len(sys.argv) > 2:  # where the analyst was: every start after the first
        remembered.remember_position(store.location, sys.argv[2], 0)
    Timed(store, settings, remembered=remembered).run(headless=True, size=(120, 40))
    return 0
sys.exit(run(["--db", sys.argv[1], "--annotator", "bench"], open_app=open_app))
"""
_SUGGESTIONS_READY = """
import asyncio, sys, time
from pathlib import Path
from annotations.store import Store
from annotations.settings import Settings
from tui.app import FieldmarkApp
from tui.screens.main import MainScreen
from tui.suggestions import SuggestionsController
moments = {}
shown, drawn = MainScreen.open_article, SuggestionsController._ready
def open_article(self, *args, **kwargs):
    shown(self, *args, **kwargs)
    moments.setdefault("article", time.perf_counter())
def ready(self, *args, **kwargs):
    drawn(self, *args, **kwargs)
    moments.setdefault("suggestions", time.perf_counter())
MainScreen.open_article, SuggestionsController._ready = open_article, ready
store = Store.open(Path(sys.argv[1]), readonly=True)
app = FieldmarkApp(store, Settings(db=store.location, annotator="bench", suggestions=True))
async def wait(pilot):
    await pilot.pause()
    await asyncio.wait_for(app.main.suggestions_current.wait(), 60)
    print("AFTER_FIRST_FRAME", moments["suggestions"] - moments["article"], len(app.main.suggestions), flush=True)
    app.exit(0)
app.run(headless=True, size=(120, 40), auto_pilot=wait)
store.close()
"""
_START_BARE = """
import sys, time
from textual.app import App
from textual.widgets import TextArea
text = open(sys.argv[1]).read()
class Bare(App):
    def compose(self):
        yield TextArea(text, read_only=True, soft_wrap=True)
    def on_ready(self) -> None:  # at Ready, as ours
        print("FIRST_FRAME", time.time(), flush=True)
        self.exit(0)
Bare().run(headless=True, size=(120, 40))
"""


def start(dbs: dict[str, Path], reps: int, base_text: Path) -> list[Row]:
    """Process start to the first frame, vs a bare Textual app with a TextArea. The first frame
    is Textual's Ready: the screen laid out and drawn once, read by each app's `on_ready`. (It was
    read by an auto-pilot, which Textual starts once the app is mounted, not at Ready: the bare
    app's was read before its first frame, ours after. Before that it was Ready and a
    `pilot.pause()`, which took in, or not, the first suggestion run 0.1 s later.)

    Ours starts as `fieldmark` does, through the command line (whose modules were not counted
    until the twenty-third stop: 250 ms of them were loaded before the app's first frame), which
    opens the store for writing (the list of articles read after the first frame) and starts the
    startup backup in the background; with the analyst's place in an article half way down the
    list remembered, as on every start after the first. The first start on a database (no place
    remembered: the first article is looked for in the whole list) is measured apart on the
    largest one. The user's own config and remembered state are kept out (folders of the run's
    own)."""
    commands = {"bare": [sys.executable, "-c", _START_BARE, str(base_text)]}
    for name, db in dbs.items():
        with Store.open(db, readonly=True) as store:
            listed = store.articles()
            middle = listed[len(listed) // 2].id
        commands[f"first frame, {name}"] = [sys.executable, "-c", _START_OURS, str(db), middle]
        if name == list(dbs)[-1]:
            commands[f"first frame, {name}, first start (no place remembered)"] = [
                sys.executable,
                "-c",
                _START_OURS,
                str(db),
            ]
    medians = _spawn_medians(commands, reps)
    bare = medians.pop("bare")
    return [
        Row("start", case, ours, "bare Textual app with a TextArea", bare, "within 1.3x", ours <= 1.3 * bare)
        for case, ours in medians.items()
    ]


def suggestions_after_start(db: Path, reps: int) -> list[Row]:
    """From the article shown to its suggestions ready to draw, in a new process each time (the
    built-in places opened from their cached index, as on every start after the first)."""
    ready = median_ms(
        [_reported([sys.executable, "-c", _SUGGESTIONS_READY, str(db)], "AFTER_FIRST_FRAME") for _ in range(reps)]
    )
    return [Row("start", "suggestions ready, after the article is shown", ready, target="< 1 s", met=ready < 1000)]


def _spawn_medians(commands: dict[str, list[str]], reps: int) -> dict[str, float]:
    """Median time from spawning each process to its first frame (the child prints the moment),
    the commands taking turns, so that a busy minute on a shared machine weighs on all of them
    alike (run one after the other, the baseline moved between 184 and 226 ms from run to run).

    The children may cache compiled modules, as Python does on a user's machine, and one start
    of each goes unmeasured first: with PYTHONDONTWRITEBYTECODE set (as on some CI machines),
    every start compiled the app's modules from source again while Textual's came compiled from
    the install, about 25 ms counted against the app alone."""
    kept_out = ("PYTHONDONTWRITEBYTECODE", "FIELDMARK_")  # the user's own settings too
    environment = {name: value for name, value in os.environ.items() if not name.startswith(kept_out)}
    samples: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory(prefix="fieldmark-start-") as own:
        environment.update(XDG_CONFIG_HOME=f"{own}/config", XDG_STATE_HOME=f"{own}/state")
        for command in commands.values():
            subprocess.run(command, check=True, capture_output=True, timeout=120, env=environment)
        for _ in range(reps):
            for name, command in commands.items():
                started = time.time()
                samples[name].append(_reported(command, "FIRST_FRAME", environment=environment) - started)
    return {name: median_ms(times) for name, times in samples.items()}
