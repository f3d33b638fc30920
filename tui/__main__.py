"""`python -m tui`: the same as the `fieldmark` command."""

import sys

from .main import main

sys.exit(main())
