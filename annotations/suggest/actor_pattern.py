"""What an actor pattern of the lexicon is: a regex, the type of actor it finds, and what lets
it be skipped where it cannot match (the words a line must hold, the starts of its matches)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from annotations.model import ActorType
from annotations.text.regex_gate import gated
from annotations.text.regex_starts import lowered_starts


@dataclass(frozen=True, slots=True)
class ActorPattern:
    pattern: re.Pattern[str]
    actor_type: ActorType
    what: str
    group: int = 0
    """Which regex group is the actor's span (officials' titles are context, not the name)."""
    needs: tuple[str, ...] = ()
    """Words (lower case) one of which a line must hold for the pattern to be tried on it: most
    paragraphs name no ministry and no gang, and trying a pattern at every word costs a millisecond
    (`needles`). Empty: tried everywhere."""

    by_shape: bool = False
    """Found by the shape of capitalised words alone ("… Post", "… Office"): not in a headline,
    where every word is capitalised ("Jihadists Overrun Army Post")."""

    starts: tuple[str, ...] = field(default=(), init=False)
    """What every match starts with, in lower case (`regex_starts`): the pattern is tried only
    where one of them stands. Empty: tried at every character."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", lowered_starts(self.pattern))  # those of the gated pattern: the
        object.__setattr__(self, "pattern", gated(self.pattern))  # gate reads nothing; one parse for both
