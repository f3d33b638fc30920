"""The analyst's knowledge base of places and actors across the corpus: which entity a name means."""
