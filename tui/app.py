"""The Fieldmark app: screens over one store; saving never makes the interface wait."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Iterable
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from annotations.remembered import Remembered
from annotations.settings import Settings
from annotations.store import Store

from .commands import ArticleCommands
from .screens.help import HelpScreen
from .screens.main import MainScreen
from .widgets.article_view import ArticleView
from .widgets.panes import AnnotationPane


class FieldmarkApp(App[int]):
    """Read and annotate the articles of one store."""

    TITLE = "Fieldmark"
    CSS_PATH = "fieldmark.tcss"
    COMMANDS: ClassVar = App.COMMANDS | {ArticleCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True, id="app.interrupt"),
        Binding("question_mark", "help", "Keys", id="app.help"),
    ]

    def __init__(self, store: Store, settings: Settings, *, remembered: Remembered | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.remembered = remembered or Remembered()
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def annotator(self) -> str:
        return self.settings.annotator

    def on_mount(self) -> None:
        if self.settings.keymap:
            self.set_keymap(dict(self.settings.keymap))
        for problem in self.settings.problems:
            self.notify(problem, severity="warning", markup=False, timeout=8)
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, lambda theme: self.remembered.remember_choice("theme", theme.name))
        self._loop = asyncio.get_running_loop()
        for stop in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            try:
                self._loop.add_signal_handler(stop, self.save_and_exit)
            except (NotImplementedError, RuntimeError, ValueError, AttributeError):
                pass  # not the main thread (tests) or no such signal on this platform
        self.store.set_error_handler(self._write_error_from_thread)
        self.push_screen(MainScreen(self.store, self.annotator, self.settings, self.remembered))

    @property
    def main(self) -> MainScreen:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("the main screen is not open")

    def open_article(self, article_id: str) -> None:
        """Used by the command palette."""
        self.main.open_article(article_id)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        main = self.main
        commands = [
            ("Library", "Every article with status and counts", main.action_library),
            ("Export…", "Export this article or the corpus (json, jsonl, w3c, brat, csv)", main.action_export),
            ("Next article", "Open the next article", lambda: main.action_step_article(1)),
            ("Previous article", "Open the previous article", lambda: main.action_step_article(-1)),
            ("Mark done / not done", "Toggle the article's done status", main.action_toggle_done),
            ("Search the article", "Find text and select it", main.action_search),
            ("Tag district", "Tag the selection as a place", lambda: main.action_tag("district")),
            ("Tag actor", "Tag the selection as an actor", lambda: main.action_tag("actor")),
            ("Tag claim", "Tag the selection as a claim", lambda: main.action_tag("claim")),
            ("Edit annotation", "Edit the annotation under the cursor", main.action_edit),
            ("Delete annotation", "Delete the annotation under the cursor", main.action_delete),
            (
                "Review suggestions",
                "Walk through every suggestion in text order (y, Y, r)",
                main.action_review_suggestions,
            ),
            ("Toggle suggestions", "Show or hide suggested places, actors and claims", main.action_toggle_suggestions),
            ("Undo", "Undo the last change", main.action_undo),
            ("Redo", "Redo the last change undone", main.action_redo),
            ("Help: all keys", "Every key binding", self.action_help),
        ]
        for title, help_text, callback in commands:
            yield SystemCommand(title, help_text, callback)

    def action_help(self) -> None:
        main = self.main
        sections = [
            ("Tagging, history, articles", main),
            ("Reader", main.query_one(ArticleView)),
            ("Panes", main.query_one(AnnotationPane)),
            ("Everywhere", self),
        ]
        self.push_screen(HelpScreen(sections))

    async def action_quit(self) -> None:
        self.save_and_exit()

    def save_and_exit(self) -> None:
        """Quit and SIGTERM: remember the position; the store flushes when it closes."""
        try:
            self.main.save_position()
        except LookupError:
            pass
        self.exit(0)

    def _write_error_from_thread(self, error: BaseException | None) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._show_write_error, error)

    def _show_write_error(self, error: BaseException | None) -> None:
        if error is None:
            self.notify("Saving works again; every change is on disk.", title="Saved", markup=False)
        else:
            self.notify(
                f"Cannot save ({error}). Your changes are kept and saving is retried.",
                title="Save failed",
                severity="error",
                timeout=10,
                markup=False,
            )
