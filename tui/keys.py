"""Keys are handled one at a time, each to its end, so that keys typed ahead are never lost.

Textual hands each key to the widget focused at the moment the app reads it, and runs the
bindings of a key only when it has bubbled back up to the app. Typed fast (or pasted, or sent by
a macro), `/Khaama Press⏎a⏎` therefore reached the reader whole before `/` had opened the search
bar: the letters became reader commands and nothing was tagged. Here the app lets one key in
at a time: the next waits until the one before has been handled (stopped by a widget, or run as
a binding at the app) and what it set off has settled: every widget of the screen has handled
the messages it was sent, in rounds, since a message sends others (a search bar that closes
tells the screen, which gives the reader the focus). A key typed slowly and the same key typed
in a burst then go to the same place; a key that arrives when nothing is waiting goes in at once.

The screen is drawn once per key, when the key has settled: what a key sets off arrives in
several rounds of messages (a form shown, then the focus moved, then the scroll bars restyled),
and Textual drew and laid the screen out again for each round that came after a frame was due,
two to four times per tagging key. The gate holds Textual's drawing (`App.batch_update`) from
the key's start until it has settled, and never longer than `DRAW_WITHIN`.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from contextlib import ExitStack
from typing import Any

from textual import events
from textual._parser import ParseTimeout
from textual._xterm_parser import XTermParser
from textual.app import App, ScreenStackError
from textual.message_pump import MessagePump

SETTLE_ROUNDS = 20
"""Rounds of messages waited for after a key (each message may send more) before the next."""
DRAW_WITHIN = 0.1
"""The longest a key's drawing waits for the key to settle (seconds)."""
HELD_SECONDS = 5.0
"""The longest a key waits for what it must (`held_for`): suggestions of a long article made again."""
STUCK_SECONDS = 1.0
"""A key not seen to finish in this time (it bubbled out of a widget being removed) lets the
next one in anyway: a key may come late, never be lost or hold the others."""


class TrackedKey(events.Key):
    """A key whose end the gate can see: stopped by a widget, or handled at the app."""

    __slots__ = ["heading_to_app", "on_stop"]

    def __init__(self, key: str, character: str | None, on_stop: Callable[[TrackedKey], None]) -> None:
        super().__init__(key, character)
        self.on_stop = on_stop
        self.heading_to_app = False
        """Bubbled on to the app (a screen stops a key the app sent, then passes it up)."""

    def stop(self, stop: bool = True) -> TrackedKey:
        super().stop(stop)
        if stop:
            self.on_stop(self)
        return self

    def _bubble_to(self, widget: MessagePump) -> None:
        if isinstance(widget, App):
            self.heading_to_app = True
        super()._bubble_to(widget)


TrackedKey.handler_name = events.Key.handler_name  # handled wherever a key is (`on_key`, `_on_key`)


class KeyGate:
    """The keys waiting for the one being handled, and what lets the next one in."""

    def __init__(
        self,
        app: App[Any],
        handle: Callable[[events.Key], Awaitable[None]],
        held_for: Callable[[str], asyncio.Event | None] = lambda _key: None,
    ) -> None:
        self.app = app
        self._handle = handle
        self._held_for = held_for
        """What a key must wait for before it goes in (suggestions made again after an undo)."""
        self._expired: asyncio.Event | None = None
        """A hold a key waited for in vain (`HELD_SECONDS`): until it is released, no key waits for it again."""
        self._waiting: deque[events.Key] = deque()
        self._current: TrackedKey | None = None
        self._settling: asyncio.Task[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._drawing_held: asyncio.TimerHandle | None = None
        self._batch = ExitStack()

    @property
    def busy(self) -> bool:
        return self._current is not None or self._settling is not None

    async def arrived(self, event: events.Key) -> None:
        """A key read from the terminal (or sent by a test): handle it now or queue it."""
        self._waiting.append(event)
        if not self.busy:
            await self._next()

    def drop_waiting(self) -> int:
        """Forget the keys typed ahead (an action failed: they were meant for what it would have
        done, and would act on the wrong thing). How many were dropped."""
        dropped = len(self._waiting)
        self._waiting.clear()
        return dropped

    def _stopped(self, key: TrackedKey) -> None:
        """A widget stopped the key: its end, unless it is passed on to the app all the same
        (known once the stopping widget is done with it)."""
        self.app.call_later(lambda: None if key.heading_to_app else self.finished(key))

    def finished(self, event: events.Key) -> None:
        """The key reached its end (stopped by a widget, or handled by the app): the next one
        waits until what it set off has settled."""
        if event is not self._current:
            return
        self._current = None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._settling = asyncio.create_task(self._settle())  # a key may yet arrive in the next ms

    async def _settle(self) -> None:
        """Wait until the widgets have handled what was sent to them (messages send others, so in
        rounds, as a person typing slowly would), then let the next key in."""
        try:
            for _ in range(SETTLE_ROUNDS):
                nodes = self._busy_nodes()
                handled = [asyncio.Event() for _ in nodes]
                posted = [event for node, event in zip(nodes, handled, strict=True) if node.call_later(event.set)]
                await asyncio.wait_for(asyncio.gather(*(event.wait() for event in posted)), STUCK_SECONDS)
                if not any(node.message_queue_size for node in self.app.screen.walk_children(with_self=True)):
                    break
        except TimeoutError:
            pass  # something is slow to answer: the key goes in anyway, late but not lost
        finally:
            self._settling = None
            self._draw()
            self.app.call_later(self._next)

    async def _after(self, hold: asyncio.Event) -> None:
        """Let the next key in once `hold` is set (never later than `HELD_SECONDS`)."""
        try:
            await asyncio.wait_for(hold.wait(), HELD_SECONDS)
        except TimeoutError:
            self._expired = hold  # late, but not lost: the key goes in now, held no longer
        finally:
            self._settling = None
            self.app.call_later(self._next)

    def _hold_drawing(self) -> None:
        """Draw nothing until the key has settled (or `DRAW_WITHIN` has passed)."""
        if self._drawing_held is None:
            self._batch.enter_context(self.app.batch_update())  # held across awaits
            self._drawing_held = asyncio.get_running_loop().call_later(DRAW_WITHIN, self._draw)

    def _draw(self) -> None:
        if self._drawing_held is not None:
            self._drawing_held.cancel()
            self._drawing_held = None
            self._batch.close()
            try:
                self.app.screen.check_idle()  # the screen draws what waited at its next idle
            except ScreenStackError:  # the app is closing: no screen left to draw
                pass

    def _busy_nodes(self) -> list[MessagePump]:
        """Who may still be at work on what a key set off: the app, the screen, and any widget
        with messages waiting (the key itself has ended: its handlers have returned). Asking
        only these keeps a key's cost from growing with the widgets on screen; asking the
        focused widget and its ancestors as well cost a tenth of a cursor move."""
        screen = self.app.screen
        nodes: list[MessagePump] = [self.app, screen]
        nodes += [node for node in screen.walk_children() if node.message_queue_size]
        return nodes

    async def _next(self) -> None:
        if self.busy or not self._waiting:
            return
        if not self.app.screen_stack:  # the app closed while the key waited
            self._waiting.clear()
            return
        if self._expired is not None and self._expired.is_set():
            self._expired = None  # the run came: later holds wait for the next one
        hold = self._held_for(self._waiting[0].key)
        if hold is not None and not hold.is_set() and hold is not self._expired:
            self._settling = asyncio.create_task(self._after(hold))
            return
        raw = self._waiting.popleft()
        self._hold_drawing()
        key = TrackedKey(raw.key, raw.character, self._stopped)
        self._current = key
        # plain event-loop timers: a Textual timer is a task of its own, made and cancelled per key
        self._timer = asyncio.get_running_loop().call_later(STUCK_SECONDS, self.finished, key)
        await self._handle(key)
        if not key.is_forwarded:
            self.finished(key)  # a priority binding ran it at the app: done already


ESCAPE = "\x1b"
SEQUENCE_AFTER_ESCAPE = frozenset("[O]P_^\\N\x1b\x7f")
"""What may follow Esc in one key's bytes: control sequences (arrows, function keys, alt+arrows,
pastes, the terminal's reports), Esc again, and DEL (alt+backspace: a word back in a field).
Esc before anything else is the Esc key, then that key."""


def as_typed(event: events.Key) -> events.Key:
    """Enter typed before the app had the terminal, as Enter: the terminal still held typed keys
    as lines then and sent Enter as a line feed, which Textual reads as ctrl+j (`/Djibo⏎d⏎` typed
    as the app started left "Djibod" in the search box: a newcomer's). Nothing binds ctrl+j."""
    return events.Key("enter", "\r") if event.key == "ctrl+j" else event


def escape_is_its_own_key() -> None:
    """Esc then a key is Esc, then that key, however fast they come.

    A terminal sends alt+X as Esc followed by X, and Textual's parser waits for what follows an
    Esc until a sequence it knows is complete or 0.1 s have passed. Typed fast (a burst, a macro,
    tmux), `d⎋a⏎` was read as alt+a (nothing binds it: the place form stayed open and Enter saved
    a place, where typed slowly it tags an actor); a burst after Esc was swallowed into a
    sequence that never completed, its Esc turned into "^"; Esc before `/` or a digit was lost or
    became another character (macOS's option+key: "¡"), and Esc before b or f became a word move.
    Here an Esc followed by a character that continues no sequence ends at once, as if its 0.1 s
    had passed (what `tick` does); an alt+character Textual still makes is Esc and the key. No key
    of Fieldmark or of Textual's widgets is alt+character, and the keymap refuses one
    (`annotations.settings`). Installed once per process on Textual's parser class, which every
    driver makes its own instance of.
    """
    if getattr(XTermParser.feed, "escape_first", False):
        return
    feed, character_keys = XTermParser.feed, XTermParser._sequence_to_key_events

    def feed_escape_apart(self: XTermParser, data: str) -> Iterable[Any]:
        if not data:
            yield from feed(self, data)
            return
        if getattr(self, "_escape_held", False) and data[0] not in SEQUENCE_AFTER_ESCAPE:
            yield from _escape_ended(self)  # the last read ended on Esc, and this key follows it
        start = 0
        for index in _escapes_alone(data):
            yield from feed(self, data[start : index + 1])
            yield from _escape_ended(self)
            start = index + 1
        yield from feed(self, data[start:])
        self._escape_held = data.endswith(ESCAPE)  # type: ignore[attr-defined]

    def escape_then_key(self: XTermParser, sequence: str, alt: bool = False) -> Iterable[events.Key]:
        if alt and len(sequence) == 1:
            yield events.Key("escape", ESCAPE)
            alt = False
        yield from character_keys(self, sequence, alt=alt)

    feed_escape_apart.escape_first = True  # type: ignore[attr-defined]
    XTermParser.feed = feed_escape_apart  # type: ignore[method-assign]
    XTermParser._sequence_to_key_events = escape_then_key  # type: ignore[method-assign]


def _escapes_alone(data: str) -> Iterable[int]:
    """Where in `data` an Esc is followed by a character that continues no sequence."""
    index = data.find(ESCAPE)
    while 0 <= index < len(data) - 1:
        if data[index + 1] not in SEQUENCE_AFTER_ESCAPE:
            yield index
        index = data.find(ESCAPE, index + 1)


def _escape_ended(parser: XTermParser) -> Iterable[Any]:
    """The Esc the parser holds, as the Esc key: its wait for a sequence is over (if it still
    waits: `tick` may have ended it already)."""
    if parser._timeout_time is not None:
        parser._timeout_time = None
        parser._awaiting = parser._gen.throw(ParseTimeout())
    while parser._tokens:
        yield parser._tokens.popleft()
