"""A claim that only names an event told elsewhere ("[IS claimed] responsibility for the Mucojo attack", "[Mikati
condemned] the Nabatieh strike as …"): what `no_row` gives no row of its own, and `responsibility` reads a doer from
(split from `no_row`, which was over 450 lines)."""

from __future__ import annotations

import re

from annotations.claims.figures import death_figures
from annotations.claims.own_acts import RESPONSIBILITY_FOR
from annotations.text.calendar_words import DAY_NAMES
from annotations.text.pattern_cache import compiled

_RESPONSIBILITY_FOR_THE = compiled(RESPONSIBILITY_FOR, re.I)
"""Then the event named back (`_AN_EVENT_NAMED_BACK`): "responsibility for the Mucojo attack"; not "for the attack on a
military post in Dapaong on Monday", which tells it (helper-310)."""
_AN_EVENT_NAMED_BACK = compiled(
    rf"(?:the|this|that|these|those|(?!(?:{DAY_NAMES}))(?-i:[A-Z])[\w\-’']*['’]s)\s+"
    r"(?:[\w\-’']+\s+){0,3}?(?:attacks?|ambush(?:es)?|bombings?|"
    r"raids?|assaults?|blasts?|explosions?|killings?|massacres?|strikes?|shelling)"
    r"(?:\s+(?:on|in|at|near|against)\s+(?:the\s+)?(?-i:[A-Z])[\w\-’']*(?:\s+(?-i:[A-Z])[\w\-’']*)*)?"
    r"\s*(?:as\s+[\"“‘]|$)",
    re.IGNORECASE,
)
"""A claim that only names an event told elsewhere and says what it was ("[Mikati condemned] the Nabatieh strike as
“a deliberate aggression against civilians”": helper-311's row had civilians as actor 1)."""


def only_an_event_named_back(quote: str) -> bool:
    """Whether the words only name an event told elsewhere, responsibility for it or not."""
    responsibility = _RESPONSIBILITY_FOR_THE.match(quote)
    return _AN_EVENT_NAMED_BACK.match(quote, responsibility.end() if responsibility else 0) is not None


_MORE_HURT_BY_IT = compiled(
    r"(?:the|this|that)\s+(?:[\w\-’']+\s+){0,2}?(?:attack|ambush|bombing|raid|assault|blast|explosion|strike|shelling)"
    r"\b[^.;]{0,80}?\b(?:also|further)\s+(?:wounded|injured|hurt|damaged|destroyed)\b",
    re.IGNORECASE,
)
"""An event told before named back with more it did ("The strike, on the road between Amuda and Qamishli, also
wounded a civilian": helper-366's row of an attack on civilians by no one, beside the strike)."""


_AMONG_ITS_DEAD = compiled(
    r"Among\s+(?:the|those)\s+(?:dead|victims|(?:[a-z\-]+\s+){0,2}?(?:killed|who\s+(?:died|were\s+killed)))\s+"
    r"(?:were|was)\b",
    re.IGNORECASE,
)
"""Who some of the dead of an event told before were ("Among the civilians killed were a woman and her teenage son,
who were struck by a stray shell": helper-366's row of a shelling with no dead, beside the clash that killed them)."""


_ITS_TOLL_MAY_RISE = compiled(
    r"(?:the\s+)?(?:death\s+)?toll\s+(?:could|may|might|was\s+likely\s+to|is\s+likely\s+to|was\s+expected\s+to|"
    r"is\s+expected\s+to)\s+(?:rise|climb|increase|go\s+up)\b",
    re.IGNORECASE,
)
"""That the toll of an event told before may rise ("the death toll could rise because several residents were still
missing": helper-367's row of a strategic development at the speaker's town)."""


def more_of_an_event_told_before(quote: str) -> bool:
    """Whether the words tell more of an event told before: who else it hurt (no dead of their own), who some of its
    dead were, or that its toll may rise."""
    if _AMONG_ITS_DEAD.match(quote) is not None or _ITS_TOLL_MAY_RISE.match(quote) is not None:
        return True  # some of the dead its toll counts: no second toll ("Among the dead were two children …")
    return _MORE_HURT_BY_IT.match(quote) is not None and not death_figures(quote)


def event_named_back_at(quote: str, at: int) -> bool:
    """Whether the words from `at` only name an event told elsewhere ("the attack", "Sunday's bombing in Gao")."""
    return _AN_EVENT_NAMED_BACK.match(quote, at) is not None


def responsibility_named_back(quote: str, cue: str) -> bool:
    """Whether a claim only takes responsibility for an event told elsewhere ("responsibility for the bombing"; "[JNIM]
    claimed the attacks")."""
    taken = cue.lower().startswith("claim") or _RESPONSIBILITY_FOR_THE.match(quote) is not None
    return taken and only_an_event_named_back(quote)
