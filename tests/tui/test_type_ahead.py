"""Keys typed ahead are never lost: the same keys give the same result typed one at a time or
written to the terminal at once (a fast typist, a paste, a macro), in the real app in a
pseudo-terminal. Before, letters typed right after `/` reached the reader as commands, and
`/Khaama Press⏎a⏎` in one burst tagged nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from annotations.exchange.intake import import_paths
from annotations.locations import seeds_dir
from annotations.store import Store
from benchmarks.pty_io import drain_until_quiet

from .terminal import app_in_terminal, read_until

KEYS = "/Khaama Press\ra\r/legislators\rd\r/Tasnim\ra\r/Kunduz\rd\ru"
"""Search and tag twice, straight after `/` and straight after each form; tag again and undo."""
EXPECTED = [("actor", "Khaama Press"), ("actor", "Tasnim"), ("district", "legislators")]


def annotations_after(db: Path, keys: str, *, burst: bool) -> list[tuple[str, str]]:
    type_into_the_app(db, keys, burst=burst)
    with Store.open(db, readonly=True) as store:
        (summary,) = store.articles()
        return sorted((a.kind, a.quote) for a in store.annotations(summary.id))


def type_into_the_app(db: Path, keys: str | list[str], *, burst: bool, env: dict[str, str] | None = None) -> None:
    """The keys (characters, or a list of what each key sends) in one write, or one at a time
    as a person types them, each seen done; then the app is told to quit. `env`: the app's environment
    (the suggestions hidden unless given)."""
    with app_in_terminal(db, "--annotator", "pty", env=suggestions_off(db) if env is None else env) as (
        app,
        terminal,
    ):
        drain_until_quiet(terminal, quiet=0.5)
        if burst:
            os.write(terminal, "".join(keys).encode())
        else:
            for key in keys:
                os.write(terminal, key.encode())
                # A person typing: each key seen done (a letter in a field is drawn in a frame;
                # a key that opens, closes or saves something is given longer).
                drain_until_quiet(terminal, quiet=0.06 if key.isalnum() or key == " " else 0.15)
        quit_when_all_handled(app, terminal)


def quit_when_all_handled(app: subprocess.Popen[bytes], terminal: int) -> None:
    """Once every key written is handled, the app told to quit, and quitting cleanly."""
    all_handled(terminal)
    app.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 20
    while app.poll() is None and time.monotonic() < deadline:
        drain_until_quiet(terminal, quiet=0.2)
    assert app.wait(5) == 0


def all_handled(terminal: int) -> None:
    """Wait until the app has handled every key written so far, however busy the machine: keys
    are handled in order, so the help a `?` written after them opens shows once they are (a second
    of quiet was taken for done, and a loaded run sent SIGTERM while forms were still opening)."""
    os.write(terminal, b"?")
    assert b"Tagging, history" in read_until(terminal, b"Tagging, history", timeout=120), "keys never all handled"
    os.write(terminal, b"\x1b")
    drain_until_quiet(terminal, quiet=0.3)


RIGHT, CTRL_U = "\x1b[C", "\x15"


def test_a_completion_taken_straight_after_the_letters_is_the_one_they_offer(tmp_path: Path) -> None:
    """→ typed ahead of the completion it takes: the key waits for the field to offer it. In one
    write it names the actor typing slowly does (a slow twin of this test passed; it was dropped
    for the suite's time)."""
    db = seed_database(tmp_path / "db")
    keys = [*"/one such\ra", CTRL_U, *"Residents of Kun", RIGHT, *" pro", RIGHT, "\r"]
    type_into_the_app(db, keys, burst=True)
    with Store.open(db, readonly=True) as store:
        assert [e.name for e in store.entities("actor")] == ["Residents of Kunduz provinces"]


@pytest.mark.parametrize("burst", [False, True], ids=["typed-slowly", "in-one-write"])
def test_keys_typed_ahead_do_what_they_do_typed_slowly(tmp_path: Path, burst: bool) -> None:
    assert annotations_after(seed_database(tmp_path / "db"), KEYS, burst=burst) == EXPECTED


ESC = "\x1b"
KEYS_AFTER_ESC = f"/Kunduz\rd{ESC}a\r/legislators\rd{ESC}/Tasnim\ra\r"
"""A form opened and cancelled with Esc, then a letter and a search: Esc before a letter came as
alt+letter in one write (nothing binds it: the place form stayed open and Enter saved a place),
and Esc before `/` was lost (the search was typed into the form)."""


@pytest.mark.parametrize("burst", [False, True], ids=["typed-slowly", "in-one-write"])
def test_esc_then_a_key_is_two_keys_however_fast_they_come(tmp_path: Path, burst: bool) -> None:
    assert annotations_after(seed_database(tmp_path / "db"), KEYS_AFTER_ESC, burst=burst) == [
        ("actor", "Kunduz"),
        ("actor", "Tasnim"),
    ]


def test_the_terminals_esc_before_a_character_is_read_as_esc_then_that_key() -> None:
    """What the terminal parser makes of the bytes (Textual's, with `escape_is_its_own_key`): the
    keys with sequences of their own, alt included, are read as before."""
    from textual._xterm_parser import XTermParser

    from tui.keys import escape_is_its_own_key

    escape_is_its_own_key()
    escape_is_its_own_key()  # once only, however many apps a process starts

    def keys(*reads: str) -> list[str]:
        parser = XTermParser(debug=False)
        return [event.key for data in [*reads, ""] for event in parser.feed(data) if hasattr(event, "key")]

    assert keys("d\x1baR") == ["d", "escape", "a", "R"]  # was alt+a, R
    assert keys("\x1bRy") == ["escape", "R", "y"]
    assert keys("\x1b/x", "\x1b1\x1bb") == ["escape", "slash", "x", "escape", "1", "escape", "b"]  # slash, ¡, ctrl+left
    assert keys("\x1b\x1ba") == ["escape", "escape", "a"]
    many = "a\r/legislators\rd"  # more than a sequence can be: was all taken for one, its Esc made "^"
    assert (
        keys("d\x1b" + many)
        == keys("d\x1b", many)
        == ["d", "escape", "a", "enter", "slash", *"legislators", "enter", "d"]
    )
    assert keys("\x1b[C\x1b[1;3C\x1bOA\x1b\x7f", "\x1b", "[D") == ["right", "alt+right", "up", "ctrl+w", "left"]


def suggestions_off(db: Path) -> dict[str, str]:
    """The environment of an app that shows no suggestions: none arrive while keys are handled
    (one arriving mid-burst would change what `a` acts on, or draw the screen for a key that
    did not). A config file says so; there is no environment variable for it."""
    config = db.parent / "config.toml"
    config.write_text("suggestions = false\n")
    return {"FIELDMARK_CONFIG": str(config)}


def seed_database(db: Path) -> Path:
    with Store.open(db) as store:
        assert import_paths(store, [seeds_dir()]).imported == 1
    return db


def test_keys_typed_ahead_of_a_failed_search_are_dropped_not_used_on_the_wrong_text(tmp_path: Path) -> None:
    """Was: `/Hemedtii⏎a⏎` in one burst said "Not found" and then tagged whatever was under the
    cursor as an actor. The keys after the failed search are dropped; later keys work."""
    db = seed_database(tmp_path / "db")
    with app_in_terminal(db, "--annotator", "pty", env=suggestions_off(db)) as (app, terminal):
        drain_until_quiet(terminal, quiet=0.5)
        os.write(terminal, b"/Nowhere at all\ra\r")
        assert b"Not found" in read_until(terminal, b"Not found", timeout=120)  # the keys behind it dropped
        drain_until_quiet(terminal, quiet=0.3)
        os.write(terminal, b"/Kunduz\rd\r")
        all_handled(terminal)
        app.send_signal(signal.SIGTERM)
        assert app.wait(20) == 0
    with Store.open(db, readonly=True) as store:
        (summary,) = store.articles()
        assert [(a.kind, a.quote) for a in store.annotations(summary.id)] == [("district", "Kunduz")]


def test_what_a_key_did_is_drawn_at_once_with_nothing_else_happening(tmp_path: Path) -> None:
    """Keys are drawn once each, when they have settled (the gate holds the drawing until then).
    Was, for a day: the screen drew what a key did only at its next message, so `G` alone in a
    quiet app (suggestions off, nothing else arriving) left the top of the article on screen."""
    db = seed_database(tmp_path / "db")
    with app_in_terminal(db, "--annotator", "pty", env=suggestions_off(db)) as (app, terminal):
        drain_until_quiet(terminal, quiet=1.0)
        os.write(terminal, b"G")
        assert b"commenting" in read_until(terminal, b"commenting", timeout=10)
        app.send_signal(signal.SIGTERM)
        assert app.wait(20) == 0


def test_keys_typed_ahead_of_the_next_articles_suggestions_wait_for_them(tmp_path: Path) -> None:
    """Found by a newcomer in tmux: `.` (the next article) then `> y` in one write accepted
    nothing ("No suggestion under the cursor"): the keys went in before the next article's
    suggestions were made. Typed slowly, they accept its first suggestion; in one write now too."""
    import re

    from annotations.model import Article

    results = []
    for burst in (False, True):
        db = seed_database(tmp_path / f"db-{burst}")
        with Store.open(db) as store:
            seed = store.articles()[0]
            text = store.article(seed.id).text.replace("\n", "\n\nA second report.\n", 1)  # suggested afresh
            second = Article.create("A second report", text)
            store.add_article(second)
        with app_in_terminal(db, "--annotator", "pty") as (app, terminal):
            seen = read_until(terminal, b"suggestions", timeout=60)  # the first article's: the index is open
            while re.search(rb"\d+ suggestions", seen) is None:
                chunk = read_until(terminal, b"suggestions", timeout=60)
                assert chunk, seen[-2000:]
                seen += chunk
            drain_until_quiet(terminal, quiet=0.5)
            for keys in [".>y"] if burst else [".", ">", "y"]:
                os.write(terminal, keys.encode())
                drain_until_quiet(terminal, quiet=1.0)
            all_handled(terminal)
            app.send_signal(signal.SIGTERM)
            assert app.wait(20) == 0
        with Store.open(db, readonly=True) as store:
            results.append(sorted((a.kind, a.quote) for a in store.annotations(second.id)))
    slow, fast = results
    assert len(slow) == 1 and fast == slow


def test_a_tag_key_on_selected_words_typed_ahead_of_the_suggestions_takes_the_suggestion(tmp_path: Path) -> None:
    """Found by a newcomer: `/MNDAA⏎a⏎` typed at once, before the article's suggestions came,
    sometimes made a second actor "MNDAA" where typed slowly it took the suggestion's actor. A tag
    key on a selection now waits for the list, as `y` does."""
    db = seed_database(tmp_path / "db")
    with app_in_terminal(db, "--annotator", "pty") as (app, terminal):
        os.write(terminal, b"/Afghan Defense Ministry\ra\r")  # at the first frame: no suggestion yet
        all_handled(terminal)  # (1.5 s of quiet was taken for done: a loaded run quit before the form saved)
        app.send_signal(signal.SIGTERM)
        assert app.wait(20) == 0
    with Store.open(db, readonly=True) as store:
        (summary,) = store.articles()
        (actor,) = store.annotations(summary.id, kind="actor")
        assert store.entity(str(actor.entity_id)).name == "Ministry of Defense (Afghanistan)"


def test_keys_typed_while_the_app_starts_are_kept(tmp_path: Path) -> None:
    """A newcomer's `/Djibo⏎d⏎`, typed as the app started, left "Djibod" in the search box: until
    the app has the terminal, the terminal sends Enter as a line feed (Textual's ctrl+j). The keys
    here are written before the app has drawn anything."""
    db = seed_database(tmp_path / "db")
    keys = b"/Kunduz\rd\r"
    with app_in_terminal(db, "--annotator", "pty", env=suggestions_off(db), typed_at_start=keys) as (app, terminal):
        quit_when_all_handled(app, terminal)
    with Store.open(db, readonly=True) as store:
        (summary,) = store.articles()
        assert [(a.kind, a.quote) for a in store.annotations(summary.id)] == [("district", "Kunduz")]


def test_r_then_y_typed_at_once_with_the_suggestions_hidden_accepts_the_first(tmp_path: Path) -> None:
    """helper-349: with the suggestions hidden, `R` (which shows them and starts the review once they are made)
    then `y` in one write accepted nothing ("Suggestions are loading"); typed slowly, `y` accepts the first. Shown
    again, the keys on suggestions wait for the list."""
    db = seed_database(tmp_path / "db")
    type_into_the_app(db, "Ry", burst=True, env=suggestions_off(db))
    with Store.open(db, readonly=True) as store:
        (summary,) = store.articles()
        assert [(a.kind, a.quote) for a in store.annotations(summary.id)] == [("actor", "Afghan security forces")]


def test_a_tag_then_a_key_on_what_it_made_suggested_elsewhere_typed_at_once(tmp_path: Path) -> None:
    """helper-349: `/gov⏎a⏎ny` typed slowly tags "government" and then accepts the other "government" the next
    run suggests (the corpus knows the actor now); in one write the `y` went in against the list of before the tag,
    which had nothing there. A tag saved from its form makes the keys on suggestions wait for the next run."""
    db = seed_database(tmp_path / "db")
    type_into_the_app(db, "/gov\ra\rny", burst=True, env={})
    with Store.open(db, readonly=True) as store:
        (summary,) = store.articles()
        tagged = [(a.kind, a.quote) for a in store.annotations(summary.id)]
        assert tagged == [("actor", "government"), ("actor", "government")], tagged
