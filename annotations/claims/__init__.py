"""Claims across the corpus: when their events happened, how they compare, the event rows they make."""
