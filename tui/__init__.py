"""Fieldmark's Textual app: screens and widgets over the `annotations` core."""
