"""The names of the days and months as alternations for the recognisers' patterns: capitalised
words that open many a sentence and date, never a name or a place ("On Monday", "since March")."""

DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
NO_DAY_OR_MONTH = rf"(?!(?:{DAY_NAMES}|{MONTH_NAMES})\b)"
"""Before a capitalised word a pattern takes as a name: not a day's or a month's ("the UN Mission in May")."""
