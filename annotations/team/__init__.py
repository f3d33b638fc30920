"""A team on one corpus: who annotates which article, and adjudicating their annotations."""
