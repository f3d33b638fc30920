"""A body named right after what it is ("the human rights group Karapatan-Negros", "the Afghan
rights organisation Rawadari", "the monitoring group Airwars"): the name is the actor, and the
words before it only say what it is. They were an actor of their own ("human rights group", new)
and the name, where it spoke, a speaker of unknown kind, or nobody where it did not."""

from __future__ import annotations

from annotations.model import ActorDetails, Entity
from annotations.suggest.names import DEMONYMS
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.tokens import Spans, whole_word_spans
from annotations.text.actor_types import actor_type_for
from annotations.text.capitals import CAPITAL
from annotations.text.navigation import NAME_STOPWORDS
from annotations.text.pattern_cache import compiled

REASON = "named after what it is"
_KIND_THEN_NAME = compiled(
    r"\b[Tt]he[ \t]+((?:[\w\-]+[ \t]+){1,3}?(?:group|organi[sz]ation|watchdog|monitor|NGO|charity))[ \t]+"
    rf"({CAPITAL}[\w’'\-]+(?:[ \t]+(?:(?:al|el|ad|ash|as|ar|an|at|az)-[\w’'\-]+|(?:for|of)[ \t]+{CAPITAL}[\w’'\-]+|"
    rf"{CAPITAL}[\w’'\-]+)){{0,3}})"
    r"(?=[,.;:)\"”]|[’']s\b|\s+(?:[a-z]+ed|said|says|told|found|took|held|led|wrote|has|had|is|was|will|would|"
    r"in|on|at|from|and|also|which|who|says)\b|\s*$)"
)
"""The article, words saying what a body is (one at least: "the group Hamas" is rare, "the group
Osama bin Laden founded" is not), then the name, and after it punctuation or what a body does
("the monitoring group Airwars said", "counted", "in Kabul said"; not "a group Western governments
consider…")."""
_OUTLET_THEN_NAME = compiled(
    r"\b[Tt]he[ \t]+((?:state-run|state-owned|state|government-run|pro-government|pro-junta|pro-military|"
    r"independent|privately[ \t]owned|official)(?:[ \t]+(?:daily|newspaper|broadcaster|television|TV|radio|"
    r"news[ \t]agency|news[ \t]outlet|outlet|website|channel))?)[ \t]+"
    rf"({CAPITAL}[\w’'\-]+(?:[ \t]+(?:of[ \t]+|the[ \t]+)?{CAPITAL}[\w’'\-]+){{0,5}})"
    r"(?=\s+(?:reported|quoted|cited|published|aired|broadcast|carried|showed|(said))\b)"
)
"""An outlet named after what it is, where it reports ("The state-run Global New Light of Myanmar
reported"); where it "said", only with a word that it is an outlet ("the state broadcaster RTI
said"; not "The state-owned Sonatrach said", "The independent MP Ali Wazir said")."""
_MEDIA_WORD = compiled(r"(?:daily|newspaper|broadcaster|television|TV|radio|agency|outlet|website|channel)$")
"""The word after "state-run", "independent"… that says an outlet follows ("the state broadcaster")."""
_MEDIA_NAME = compiled(
    r"\b(?:Light|Times|News|Post|Herald|Daily|Gazette|Tribune|Radio|TV|Television|Agency|Press|Voice|Star|Mirror|"
    r"Observer|Journal|Telegraph|Express|Chronicle|Monitor|Standard|Nation|Guardian|Sun|Broadcasting)\b"
)
"""A name that says it is an outlet ("the state-run Global New Light of Myanmar said")."""
_SPEAKS = compiled(r"\s+(?:said|says|told|wrote|stated|added|reported)\b")
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def named_after_kind(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The actors found, with each body named after what it is as that name (the words that say
    what it is no actor of their own; a body named among them stays: "The al-Qaeda affiliate
    group Jama'at Nusrat al-Islam wal-Muslimin")."""
    known = {s.start for s in found if s.kind == "actor" and not s.reason.startswith("speaker")}
    actor_ends = {s.end for s in found if s.kind == "actor"}
    made: list[Suggestion] = []
    descriptions: set[int] = set()
    named: set[str] = set()  # a name's uses are found from its first description on, once
    for match in _KIND_THEN_NAME.finditer(text):
        name = match.group(2)
        first = name.split()[0]
        if (
            text[max(0, match.start() - 2) : match.start()] == ", "
            and match.start() - 2 in actor_ends
            and not _SPEAKS.match(text, match.end(2))  # "…to fight street gangs, the rights group X said": X speaks
        ):
            continue  # "Wagner, the mercenary group Putin praised": a clause about the body before
        if first.casefold() in NAME_STOPWORDS or first.casefold() in _MONTHS or name in DEMONYMS:
            continue
        descriptions.add(match.end(1))
        if match.start(2) in known or name in named:
            continue  # "the rebel group M23": the lexicon knows it; "the group EPP": an acronym defined
        named.add(name)
        entity = Entity.actor(name, ActorDetails(actor_type_for(match.group(1))))
        made += [
            Suggestion("actor", start, end, name, REASON, entity=entity, new_entity=True, score=0.85,
                       layer="name shape")
            for start, end in whole_word_spans(text, name, match.start(2), joiners="-’'")
        ]  # fmt: skip
    for match in _OUTLET_THEN_NAME.finditer(text):
        said = match.group(3) is not None
        if said and not _MEDIA_WORD.search(match.group(1)) and not _MEDIA_NAME.search(match.group(2)):
            continue
        descriptions.add(match.end(1))
        if match.start(2) not in known:
            entity = Entity.actor(match.group(2), ActorDetails("media"))
            made.append(
                Suggestion("actor", *match.span(2), match.group(2), REASON, entity=entity, new_entity=True,
                           score=0.85, layer="name shape")
            )  # fmt: skip
    if not made and not descriptions:
        return found
    names = Spans((m.start, m.end) for m in made)
    kept = [s for s in found if s.end not in descriptions and not names.overlapping(s.start, s.end)]
    return kept + made
