"""Text: normalisation (offsets mean the same everywhere), ingest of article files, moving by
word, sentence and name (`navigation`), what the words around a span say (`readings`, `cues`),
and quotes made short for labels (`quotes`)."""
