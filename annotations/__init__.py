"""Fieldmark's headless core: model, store, ingest and CLI logic. Never imports Textual."""

__version__ = "0.1.0"
