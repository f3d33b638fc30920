"""Tagging forms in the core: what a form starts with (`drafts`, `fields`), what it holds
(`inputs`), which text it applies to (`spans`), claims it can link to (`links`), and what saving
it does (`save`). The app draws and fills them; every decision is made here."""
