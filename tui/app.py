"""The Fieldmark app: screens over one store; saving never makes the interface wait."""

from __future__ import annotations

import asyncio
import gc
import signal
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.screen import Screen

from annotations.errors import ConflictError, ConnectionLostError, SentOtherwise
from annotations.remembered import Remembered
from annotations.settings import Settings
from annotations.store import Store

from .actions import APP, MAIN, SECTIONS, bindings, palette_actions
from .commands import ArticleCommands
from .keys import KeyGate, TrackedKey, as_typed, escape_is_its_own_key
from .screens.main import MainScreen
from .terminal import TerminalWatch, mute_output
from .toast_timers import keep_toast_delays_positive

if TYPE_CHECKING:
    from .screens.help import HelpScreen


Told = TypeVar("Told")
"""What a store tells the app from another thread."""


class FieldmarkApp(App[int]):
    """Read and annotate the articles of one store."""

    TITLE = "Fieldmark"
    CSS_PATH = "fieldmark.tcss"
    COMMANDS: ClassVar = App.COMMANDS | {ArticleCommands}
    BINDINGS: ClassVar[list[BindingType]] = bindings(APP)

    def __init__(
        self, store: Store, settings: Settings, *, remembered: Remembered | None = None, collector_paused: bool = False
    ) -> None:
        super().__init__()
        keep_toast_delays_positive()  # a toast rebuilt as it expires froze the app (see `toast_timers`)
        self._collector_paused = collector_paused
        """Whether `tui.main` paused the garbage collector for the start: resumed at the first frame."""
        self.store = store
        self.settings = settings
        self.remembered = remembered or Remembered()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._warned_unsaved = False
        self._save_failure_shown: str | None = None
        self._keys = KeyGate(self, super().on_event, self._held_for)
        escape_is_its_own_key()

    toasts_shown = False
    """Whether a toast was shown since a tagging form last opened: opening one clears them (a
    warning left on screen covered the form's title and first field)."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """A toast; never read as markup (Textual's screens ask for it): messages name tags and
        entities, and "[/]" in a name would end the app."""
        self.toasts_shown = True
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    async def on_event(self, event: events.Event) -> None:
        """Keys from the terminal go through the gate, one at a time (see `keys`)."""
        if isinstance(event, events.Key) and not event.is_forwarded and not isinstance(event, TrackedKey):
            await self._keys.arrived(as_typed(event))
            return
        await super().on_event(event)

    def _message_done(self, message: Message) -> None:
        if isinstance(message, TrackedKey):
            self._keys.finished(message)  # it bubbled back here and its bindings ran

    def _held_for(self, key: str) -> asyncio.Event | None:
        screen = self.screen if self.screen_stack else None
        return screen.held_for(key) if isinstance(screen, MainScreen) else None

    def drop_typed_ahead(self) -> int:
        """Forget keys typed ahead of a failed action (see `KeyGate.drop_waiting`)."""
        return self._keys.drop_waiting()

    @property
    def annotator(self) -> str:
        return self.settings.annotator

    def on_load(self) -> None:
        gc.freeze()  # the modules imported live as long as the app: see `_settle_memory`

    def on_mount(self) -> None:
        self.message_signal.subscribe(self, self._message_done, immediate=True)
        if self.settings.keymap:
            self.set_keymap(dict(self.settings.keymap))
        for problem in self.settings.problems:
            self.notify(problem, severity="warning", markup=False, timeout=8)
        for notice in self.settings.notices:
            self.notify(notice, markup=False, timeout=6)
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, lambda theme: self.remembered.remember_choice("theme", theme.name))
        self._loop = asyncio.get_running_loop()
        for stop, handler in ((signal.SIGTERM, self.save_and_exit), (signal.SIGINT, self.save_and_exit),
                              (signal.SIGHUP, self._hung_up)):  # fmt: skip
            try:
                self._loop.add_signal_handler(stop, handler)
            except (NotImplementedError, RuntimeError, ValueError, AttributeError):
                pass  # not the main thread (tests) or no such signal on this platform
        self.store.set_error_handler(self._write_error_from_thread)
        self.store.when_start_backup_fails(self._start_backup_failed_from_thread)
        self._terminal = TerminalWatch(self._terminal_gone)
        self._terminal.start()
        self.call_after_refresh(self._settle_memory)

    def get_default_screen(self) -> Screen:
        """The reader is the app's first screen, composed once (pushed over Textual's empty
        default screen, the whole screen's styles were worked out twice before the first frame)."""
        return MainScreen(self.store, self.settings, self.remembered)

    def _settle_memory(self) -> None:
        """Once the first frame is drawn: what exists now lives as long as the app (widgets, the
        catalog, entities), so the collector stops scanning it; otherwise every full collection
        walks all of it, a pause of tens of milliseconds in the middle of a key or a board
        opening. Unfrozen when the app stops (another app may run in the same process: tests).
        No collection first: one would walk everything once, a pause right after the first frame;
        the garbage the start left (a few thousand objects) stays frozen with the rest. The
        collector, paused until now by `tui.main` (so the app starts 10-15 ms sooner), runs again
        from here (one paused otherwise, by a test or a host, is theirs)."""
        gc.freeze()
        if self._collector_paused:
            gc.enable()

    def on_unmount(self) -> None:
        gc.unfreeze()

    def _terminal_gone(self) -> None:
        """From the watch's thread: the terminal hung up without a SIGHUP reaching us."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._hung_up)

    def _hung_up(self) -> None:
        """The terminal is gone (SIGHUP, or its input hung up): nothing is drawn any more."""
        mute_output()
        self.save_and_exit()

    @property
    def main(self) -> MainScreen:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("the main screen is not open")

    def _main_if_open(self) -> MainScreen | None:
        """The main screen, or None: not open yet, or any more."""
        try:
            return self.main
        except LookupError:
            return None

    def open_article(self, article_id: str) -> None:
        """Used by the command palette."""
        self.main.open_article(article_id)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Of Textual's own commands the theme alone (its key panel, quit, maximise and screenshot
        read as Fieldmark's: a newcomer wondered whether its "Quit … as soon as possible" lost
        work), then the edits of the screen open (the entities' merge and rename, the board's
        links: a newcomer's "merge" found nothing), then every action of the registry that has a
        palette title, with the keys it answers to now."""
        yield from (c for c in super().get_system_commands(screen) if c.title == "Theme")
        name, offered = palette_actions(screen)
        for action in offered:
            keys = help_screen().keys_of(self, action, self.settings.keymap)
            yield SystemCommand(f"{name}: {action.label}", keys, partial(screen.run_action, action.action))
        main = self.main
        for actions, namespace in ((MAIN, main), (APP, self)):
            for action in actions:
                if action.title:
                    keys = help_screen().keys_of(self, action, self.settings.keymap)
                    run = partial(self.run_action, action.action, namespace)
                    yield SystemCommand(action.title, f"{action.help} · {keys}", run)

    def action_help(self) -> None:
        self.push_screen(help_screen()(SECTIONS, self.settings.keymap, self.main.kind_styles))

    async def action_quit(self) -> None:
        if not self._quitting_would_lose_changes():
            self.save_and_exit()

    def _quitting_would_lose_changes(self) -> bool:
        """`q` while saving fails (a full disk) would lose what is not saved yet: said once, with
        why; `q` again quits. Changes a server's store keeps on this machine are not lost."""
        error = self.store.write_error
        if error is None or self._warned_unsaved or self.store.queued_changes() or self.store.flush(0.2):
            return False
        self._warned_unsaved = True
        self.clear_notifications()  # the retries' own, which would hide this one
        self.notify(
            f"Your latest changes are not saved ({error}). Once saving works again (room on the disk, "
            "the folder writable) they are saved within seconds; q again quits without them.",
            title="Not saved",
            severity="error",
            timeout=20,
            markup=False,
        )
        return True

    async def action_interrupt(self) -> None:
        """Ctrl+C quits from anywhere, a form included (twice if saving fails, as `q`)."""
        if not self._quitting_would_lose_changes():
            self.save_and_exit()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`q` and `?` are letters while a form is open (a checklist would take them for keys)."""
        if action in ("quit", "help"):
            try:
                return not self.main.form_open or self.screen is not self.main
            except LookupError:
                return True
        return True

    def save_and_exit(self) -> None:
        """Quit, SIGTERM, SIGHUP, a lost terminal: remember the position and exit; the store
        flushes and releases the database when it closes."""
        if (main := self._main_if_open()) is not None:
            main.save_position()
        self.exit(0)

    def _start_backup_failed_from_thread(self, why: str) -> None:
        self._soon_from_thread(self._show_start_backup_failure, why)

    def _show_start_backup_failure(self, why: str) -> None:
        message = f"{why[:1].upper()}{why[1:]}. The next start tries again; `fieldmark backup` makes one now."
        self.notify(message, title="No backup", severity="warning", timeout=12, markup=False)

    def _write_error_from_thread(self, error: BaseException | None) -> None:
        self._soon_from_thread(self._show_write_error, error)

    def _soon_from_thread(self, callback: Callable[[Told], None], argument: Told) -> None:
        """What a store tells from its own thread, done on the app's loop (none once it closed)."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(callback, argument)

    def _show_write_error(self, error: BaseException | None) -> None:
        if error is None:
            self.store.flush(1.0)  # what was kept while the server was away is sent now, from here
        main = self._main_if_open()
        if main is not None:
            main.show_connection()
        if error is None:
            self._save_failure_shown, self._warned_unsaved = None, False  # a later failure is told afresh
            self.notify("Saving works again; every change is saved.", title="Saved", markup=False)
        elif isinstance(error, (ConflictError, SentOtherwise)):  # steps kept while away: shown as sent now
            title = "Sent" if isinstance(error, SentOtherwise) else "Not sent"
            self.notify(str(error), title=title, severity="warning", timeout=12, markup=False)
            if main is not None:
                main.reload()
        elif isinstance(error, ConnectionLostError):
            self.notify(
                f"The server cannot be reached ({error}). What you see is what was last read; your changes "
                "are kept on this machine and sent when it is back.",
                title="Connection lost",
                severity="error",
                timeout=10,
                markup=False,
            )
        elif str(error) != self._save_failure_shown:  # each retry fails the same way: said once
            self._save_failure_shown = str(error)
            self.notify(
                f"Cannot save ({error}). Your changes are kept and saving is retried.",
                title="Save failed",
                severity="error",
                timeout=10,
                markup=False,
            )


def help_screen() -> type[HelpScreen]:
    """The help screen's class, imported when first asked for (not before the first frame)."""
    from .screens.help import HelpScreen

    return HelpScreen
