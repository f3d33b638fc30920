"""helper-361: the app froze at 100 % CPU, keys and SIGTERM ignored, when a toast was built again (a resize right
after an export's toasts) just as its notification expired: Textual's toast gave its timer a negative delay, and a
timer with a negative interval loops without yielding. The app keeps every toast's delay above zero
(`tui.toast_timers`). Run in a child process: a frozen event loop would hang the suite, not fail it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = textwrap.dedent(
    """
    import asyncio, sys, time
    from textual.app import App
    from textual.notifications import Notification
    from textual.widgets._toast import Toast
    from tui.toast_timers import keep_toast_delays_positive

    if sys.argv[1] == "kept":
        keep_toast_delays_positive()

    async def main() -> None:
        app = App()
        async with app.run_test() as pilot:
            expired = Notification("Saved.", timeout=1.0)
            expired.raised_at = time.time() - 5  # built again after its notification ran out
            await app.screen.mount(Toast(expired))
            await pilot.pause(0.2)
            await pilot.pause(0.2)
        print("answered")

    asyncio.run(main())
    """
)


def _run(mode: str, timeout: float) -> subprocess.CompletedProcess[str] | None:
    try:
        return subprocess.run(
            [sys.executable, "-c", PROGRAM, mode], cwd=ROOT, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return None


def test_a_toast_built_after_its_notification_expired_does_not_freeze_the_app() -> None:
    done = _run("kept", timeout=120)
    assert done is not None, "the app froze on a toast whose notification had expired"
    assert done.returncode == 0, done.stderr
    assert "answered" in done.stdout
