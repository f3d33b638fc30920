"""`python -m annotations`: the command line without the app."""

import sys

from annotations.cli import main

sys.exit(main())
