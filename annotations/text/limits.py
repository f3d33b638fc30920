"""The largest file the intake reads, apart from the intake itself: the command line's grammar
shows it as a default without loading the readers of every format before the app starts."""

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
"""Files larger than this are refused unless the caller raises the limit."""
