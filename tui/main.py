"""The `fieldmark` console script: the core's command line, with the app plugged in."""

from __future__ import annotations

import sys

from annotations.cli import run
from annotations.remembered import Remembered
from annotations.settings import Settings
from annotations.store import Store


def open_app(store: Store, settings: Settings) -> int:
    """Run the Textual app on `store` (imported here so CLI commands start fast)."""
    from .app import FieldmarkApp

    app = FieldmarkApp(store, settings, remembered=Remembered.load())
    app.run()
    return app.return_code or 0


def main() -> int:
    return run(sys.argv[1:], open_app=open_app)


if __name__ == "__main__":
    sys.exit(main())
