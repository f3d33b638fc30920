"""Cue words that report nothing where they stand: a noun ("rejected calls for"), a denial of saying
("did not say"), an order passed on ("had been told to avoid"), a publication ("in a statement
carried by Amaq"), a participle ("an ambush blamed on …", "men accused of collaborating", "an effort announced in
January 2023 stalled"), an
adjective ("attacks reported around Ginchi", "alleged rebel camps", "warning shots"), a headline's
word in capitals. The claim recogniser skips them before it looks for what is said."""

from __future__ import annotations

import re

from annotations.text.capitals import CAPITAL
from annotations.text.cues import QUOTED_SPEAKING_VERBS
from annotations.text.navigation import quotation_at, sentence_at
from annotations.text.pattern_cache import compiled


def nobody_speaks(text: str, cue: re.Match[str]) -> bool:
    """Whether the cue word matched here reports nothing (see the module)."""
    start, end, word = cue.start(), cue.end(), cue.group().lower()
    return bool(
        (cue.group().isupper() and len(cue.group()) > 2 and _headline(text, start))
        or _NOUN_BEFORE.search(text, max(0, start - 20), start)
        or (_OWNER_BEFORE.search(text, max(0, start - 4), start) is not None and _A_NOUN_AFTER.match(text, end))
        or _NOT_SAID.search(text, max(0, start - 40), start)
        or _PARTICIPLE_AFTER.match(text, end)
        or (word == "reported" and _ADJECTIVE_REPORTED.match(text, end))
        or (word == "posted" and not _POSTED_ON.match(text, end))
        or (word not in _SAYING and _PUBLISHED_BY.search(text, max(0, start - 12), start))
        or (word == "in a statement" and _STATEMENT_OF_ANOTHER_CUE.match(text, end))
        or (word == "in a statement" and _STATEMENT_BY.match(text, end))
        or (word == "telling" and not _TELLING_WHAT.match(text, end))
        or (  # "troops had been told to avoid residential areas": an order they had, no one speaking here
            word == "told"
            and _PASSIVE_BEFORE.search(text, max(0, start - 8), start) is not None
            and _AN_INFINITIVE.match(text, end) is not None
        )
        or (word == "blamed" and _BLAMED_ON.match(text, end))
        or _a_threat_of_things(text, start, end, word)
        or (word == "warning" and _WARNING_WHAT.match(text, end))
        or (word in _SAID_OF_THINGS and _a_thing_so_called(text, start, end))
        or (word in ("adding", "added") and _AN_AMOUNT_ADDED.match(text, end))  # "adding two days to each delivery"
        or (
            word == "acknowledged"
            and (text.startswith(" as ", end) or _PASSIVE_BEFORE.search(text, max(0, start - 8), start))
        )
        or inside_what_was_said(text, cue)  # "had been admitted", "men accused of", "an alleged chief"
        or (word in ("claims", "reports") and _NOUN_THEN_VERB.match(text, end))
        or (word.startswith("put") and _RELATIVE.search(text, max(0, start - 8), start) is not None)
        or (word.startswith("den") and _REFUSED.match(text, end) is not None)
        or (word in AFTER_A_QUOTE and not _THAT_NEXT.match(text, end) and not _follows_a_quote(text, start))
    )


_AN_AMOUNT_ADDED = compiled(
    r"\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|some|about|another|an?|more)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:to|on\s+to)\s+(?:the|each|every|its|their|a|an)\b"
)
"""An amount put to something ("adding two days to each delivery", "added 30 per cent to prices"):
arithmetic, not speech."""


_SAID_OF_THINGS = frozenset({"announced", "reported", "proposed", "declared", "agreed", "promised", "pledged"})
_AT_A_TIME = compiled(
    r"\s+(?:in|on|last|earlier\s+in)\s+(?:(?:[A-Z][a-z]+|\d{1,4}|year|month|week|this|last)[\s,]+){1,3}"
    r"(?-i:[a-z]{3,}ed)\b"
)
_ITS_OWN_VERB_NEXT = compiled(
    r"\s+(?:after|when|because|amid|as|in|on|at|within|without|before|over|and|but)\b|\s*[,.;]"
)
_A_THING_BEFORE = compiled(
    r"\b(?:ceasefire|truce|plan|effort|deal|agreement|reforms?|measures?|curfew|operation|offensive|talks|initiative|"
    r"programmes?|programs?|polic(?:y|ies)|sanctions|budget|elections?|mediation|process|accord|pact|roadmap|ban|"
    r"lockdown|emergency|strategy|(?-i:amnesty))\s+$",
    re.IGNORECASE,
)


def _a_thing_so_called(text: str, start: int, end: int) -> bool:
    """Whether the cue, then its time, then the sentence's own verb, is a participle of a noun before it ("A mediation
    effort announced in January 2023 stalled after Yaounde denied …": helper-307's claim was the rest of the
    sentence, with no speaker; "A ceasefire announced in March allowed aid to reach Dapaong"), not a report of what
    the verb describes ("The army reported on Monday renewed clashes": helper-308)."""
    timed = _AT_A_TIME.match(text, end)
    if timed is None:
        return False
    thing = _A_THING_BEFORE.search(text, max(0, start - 20), start) is not None
    return thing or _ITS_OWN_VERB_NEXT.match(text, timed.end()) is not None


def _a_threat_of_things(text: str, start: int, end: int, word: str) -> bool:
    """ "fighting between the army and a youth militia threatened to unravel a peace deal": a thing that
    threatens, nobody speaking (a claim "to unravel …" by the nearest actor, and the claim before it cut at
    "and a youth militia": helper-287)."""
    if not word.startswith("threat") or not text.startswith(" to ", end):
        return False
    return _THINGS_THAT_THREATEN.search(text, max(0, start - 90), start) is not None


_THINGS_THAT_THREATEN = compiled(
    r"\b(?:[Ff]ighting|[Vv]iolence|[Cc]lashes|[Cc]onflict|[Ww]ar|[Cc]risis|[Uu]nrest|[Ii]nsecurity|[Tt]ensions?|"
    r"[Ff]looding|[Dd]rought|[Ss]hortages?)\b(?:(?!\b(?:said|says|told|who|which|as|while|because)\b)[^.;:])*$"
    # the thing is the subject: no clause of another between ("The crisis deepened as the junta threatened to
    # expel the UN mission" is the junta's: helper-290); a comma may stand in the thing's own words ("The
    # fighting in Goma, Bukavu and Uvira threatened to spread": helper-291)
)


def inside_what_was_said(text: str, cue: re.Match[str]) -> bool:
    """Whether a cue word is part of what someone said, not the start of another attribution, so it
    does not end the claim before it: a passive "had been admitted" (to a hospital), a participle
    "people accused of links to the NRF", an adjective "an alleged finance chief", a hedge "are said
    to be critical". Other cue words
    that report nothing still do ("…, a figure disputed by the rebels, who put the toll at 50", "but
    he did not say…", "…, which it declared a red line")."""
    start, end, word = cue.start(), cue.end(), cue.group().lower()
    return bool(
        (word == "admitted" and _PASSIVE_BEFORE.search(text, max(0, start - 8), start) and not _BY.match(text, end))
        or _a_threat_of_things(text, start, end, word)
        or (
            word in ("accused", "suspected")
            and text.startswith(" of ", end)
            and not _ACTIVE_BEFORE.search(text, max(0, start - 8), start)
        )
        or (word == "alleged" and _adjective_alleged(text, start, end))
        or (
            word == "reported"
            and _PASSIVE_BEFORE.search(text, max(0, start - 8), start) is not None
            and _A_STATE_AFTER.match(text, end) is not None
        )  # "12 soldiers who were reported missing": their state, nobody's attribution
        or (
            word in _HEARSAY
            and _AN_INFINITIVE.match(text, end) is not None
            and (
                _PASSIVE_BEFORE.search(text, max(0, start - 8), start) is not None
                or (text.endswith(", ", 0, start) and word != "claimed")  # "JNIM, …, claimed to have killed": JNIM's
            )
        )  # "two of them are stated to be critical, the statement added", "The gunmen, said to number 150,"
    )


_A_STATE_AFTER = compiled(
    r"\s+(?:missing|dead|killed|wounded|injured|abducted|kidnapped|arrested|detained|captured|displaced|safe)\b"
)
_AN_INFINITIVE = compiled(
    r" to (?!(?:the|a|an|his|her|their|its|our|reporters|journalists|us|them|him|me|[A-Z])\b)[a-z]+\b"
)
"""An infinitive after the verb ("said to number"), not whom it was said to ("said to reporters")."""
_HEARSAY = frozenset("said stated reported claimed alleged believed thought".split())
"""Passive verbs of saying before an infinitive ("are said to be", "was reported to have"): how
the content hedges, no one speaking."""


AFTER_A_QUOTE = frozenset(QUOTED_SPEAKING_VERBS)
"""Speaking verbs of translated news that report only the quotation right before them (“…,” the
administrator lamented; “…,” recounted Marie K.) or a that-clause ("affirmed that his men…"):
"declared a state of emergency", "explained the plan" and "stressed the need" report nothing."""
_THAT_NEXT = compiled(
    r"(?:\s+(?:on|in|during|at|to|before|from|via|over)\s+(?:(?!\b(?:and|but|while)\b)[^.;:“”\"]){0,50}?)?"
    r"\s+that\s+(?!(?:attack|decision|day|night|morning|week|month|year|time|move|killing|incident|raid|operation|"
    r"strike|violence|massacre|claim|statement|report|policy|plan|approach|process)\b)"
)
"""A that-clause right after the verb, or after where it was said ("affirmed that his men…",
"declared on the state channel VTV that…"); not a relative clause or a demonstrative ("deplored
the attack that killed 12", "deplored that attack")."""
_QUOTE_BEFORE = compiled(r"[,.!?…]\s*[”\"][^,“”\"\n.!?;]{0,60}$")
_BY = compiled(r"\s+by\b")


def _follows_a_quote(text: str, start: int) -> bool:
    """Whether a quotation that opens its sentence ends (with its comma) right before the cue, only
    its speaker between (“…,” the priest lamented): not a quotation further back ("“…,” the commander
    said, and the government declared a curfew"), nor a title quoted mid-sentence ('The film "Hotel
    Rwanda," the director explained')."""
    found = _QUOTE_BEFORE.search(text, max(0, start - 100), start)
    if found is None:
        return False
    quotation = quotation_at(text, found.start())
    return quotation is not None and not text[sentence_at(text, quotation[0])[0] : quotation[0]].strip()


_ACTIVE_BEFORE = compiled(r"\b(?:it|they|he|she|we|I|you|has|have|had)\s+$")
"""Before "accused of", its subject ("whom it accused of working with traffickers"), where it is
no participle ("men accused of collaborating")."""

_REFUSED = compiled(
    r"(?:\s+(?!that\b|it\b|having\b|any\b)[\w’'\-]+(?<!ing)){0,3}?\s+(?:access|entry|permission|visas?|passage|bail|"
    r"the\s+request)\b"
)
""""Authorities deny journalists access to Rakhine", "denied entry to aid trucks": refused, not said
to be untrue ("denied blocking access to Tawila" and "denied that it had blocked entry" are denials)."""

_RELATIVE = compiled(r"\b(?:who|that|which)\s+$")
""""Officials, who put the toll at 18, said …", "a report that put the toll at 20 was revised": an
aside, not what anyone says here."""

_NOUN_BEFORE = compiled(
    r"\b(?:the|a|rejected|rejects|ignored|ignores|dismissed|dismisses|despite|amid|growing|repeated|renewed)\s+$",
    re.IGNORECASE,
)
"""Words after which "calls for", "claims" or "warning" are nouns, not someone speaking."""
_OWNER_BEFORE = compiled(
    r"(?<!\b[Ii]t)(?<!\b[Hh]e)(?<!\b[Ss]he)(?<!\b[Tt]hat)(?<!\b[Tt]here)(?<!\b[Ww]hat)(?<!\b[Ww]ho)['’]s\s+$"
)
_A_NOUN_AFTER = compiled(
    r"\s+(?!(?:that|the|a|an|its|their|his|her|our|to|on|in|at|by|for|with|from|this|these|those|it|they|he|she|"
    r"we|responsibility|credit|again|also|repeatedly)\b)[a-z]+(?<!ly)\b"
)
"""A possessive, then the cue, then a noun ("Niger's announced withdrawal", "Israel's stated aim is…",
"the junta's announced elections have been postponed"): the cue qualifies the noun (not "It's claimed
that…", "Russia's claimed the capture of…", "He's said repeatedly…": helper-265, helper-267)."""

_NOT_SAID = compiled(
    r"(?:\bnot|\bnever|n['’]t|\bdeclined to|\brefused to|\b[Nn]obody(?:\s+(?:has|had))?(?:\s+yet)?"
    r"|\b[Nn]o(?:\s+(?:other|armed|militant|rebel|jihadist|insurgent|immediate))?\s+(?:one|group|faction|organi[sz]ation|party|side)"
    r"(?:\s+(?:has|had|yet|so\s+far|immediately))*)\s+$"
)
"""Before a cue: nothing was said ("he did not say whether any soldiers had died", "No group
claimed that attack")."""

_PARTICIPLE_AFTER = compiled(r"\s+(?:carried|posted|issued|published|released|read|seen|quoted|cited|sent)\b")
"""After "in a statement": how it was published, not what it says."""

_TELLING_WHAT = compiled(r"[^.;,“\"]{1,60}?(?:\bthat\b|:)")
"""", telling reporters at the White House that …" reports; "telling them to leave" is an order
to someone, and "a telling sign" no cue."""

_POSTED_ON = compiled(r"\s+(?:on|to)\s+[A-Z]")
"""'posted on X that…' reports; 'posted videos of…' does not."""

_PUBLISHED_BY = compiled(
    r"\b(?:statements?|messages?|videos?|posts?|letters?|speech(?:es)?|address|recordings?|audio|clips?|broadcasts?|"
    r"sermons?)\s+$"
)
"""'a statement posted on X', 'In a speech posted on Telegram last week, X said' is how it was
published, not who speaks."""

_SAYING = frozenset(
    "said says stated states added adds claimed claims denied denies warned warns read reads "
    "accused accuses blamed blames alleged alleges insisted insists".split()
)
"""Cues that say something after "a statement" ("A Hamas statement said …", "An army statement
accused the RSF of …"): it speaks."""


def _headline(text: str, at: int) -> bool:
    """Whether `at` is in a line written in capitals with no full stop: a headline ("HOUTHIS DENY
    TARGETING CAMPS"), not a sentence in capitals ("THE ARMY SAID REBELS TOOK KANAM.")."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)].rstrip()
    line = re.split(r"\s+[|–—-]\s+", line)[0]  # "HOUTHIS DENY TARGETING CAMPS | Al Jazeera"
    return line.isupper() and not line.endswith((".", "!", "?"))


_STATEMENT_BY = compiled(
    r"\s+(?:by|from|issued|signed|released|circulated|posted|published|carried|shared|read|broadcast|sent|"
    r"distributed|e-?mailed)\b"
)
""""In a statement by his Chief Press Secretary, Mr X, Governor Y condemned the attacks", "In a
statement circulated on Sunday, the Front accused …": whose statement and how it came, not what it
says (a claim opened at "by his…", or "circulated on Sunday" a claim)."""

_NEXT_CUES = (
    r"(?:said|reported|claimed|announced|stated|added|urged|warned|denied|accused|demanded|appealed|affirmed|stressed|"
    r"declared|deplored|lamented|called\s+(?:for|on))"
)

_A_NAME_SAYS = (
    rf",\s+(?:the\s+)?{CAPITAL}[\w’'\-]*(?:\s+(?:{CAPITAL}[\w’'\-]*|of|the|de|du|des|pour|un|une|au|aux|la|le|les|et|"
    r"del|y|for|and|in|droits?|\([^()]{1,20}\)))*\s+"
)

_STATEMENT_OF_ANOTHER_CUE = compiled(
    rf"\s+(?:on|via|through)\s+[^,.;]{{1,50}},|,\s+[^,.;“\"]{{0,60}}?\b{_NEXT_CUES}\b|{_A_NAME_SAYS}{_NEXT_CUES}\b"
)
""""In a statement on its Radio Andalus, al-Shabaab claimed …", "In a statement, the army said …",
"In a statement, the Résistance pour un État de droit au Burundi (RED-Tabara) claimed …" (a name
of any length), "The ministry, in a statement, said …": the claim is the next cue's (not a cue
further on: "In a statement, the NUG condemned the airstrike … and called for sanctions")."""

_WARNING_WHAT = compiled(
    r"\s+(?:shots?|signs?|systems?|lights?|sirens?|letters?|labels?|notices?|messages?|"
    r"strikes?(?!\s+(?:were|was|would|will|are|is|could|might|may)\b))\b"
)
"""After "warning", what warns: an adjective ("fired warning shots"), nobody speaking."""

_PASSIVE_BEFORE = compiled(r"\b(?:widely|been|is|was|are|were|be)\s+$")
"""Before "acknowledged", a passive ("widely acknowledged as the most powerful man"), and before
"admitted" ("17 wounded had been admitted" to a hospital): nobody speaks."""

_NOUN_THEN_VERB = compiled(r"\s+(?:could|can|cannot|were|are|was|is|have|had|remain|remained)\b")
"""After "claims" or "reports", a verb: they are its subject ("the casualty claims could not be verified")."""

_BLAMED_ON = compiled(r"\s+on\b")
""""an ambush blamed on remnants of …": a participle, nobody speaks."""

_BEFORE_AN_ADJECTIVE = compiled(
    r"\b(?:the|a|an|of|on|for|against|over|with|its|their|his|her|hit|struck|targeted|bombed|raided|attacked|"
    r"shelled|\w+ing)\s+$"
)


def _adjective_alleged(text: str, cue_start: int, cue_end: int) -> bool:
    """ "Jets hit alleged rebel camps": "alleged" after an article, a preposition or a verb of
    striking is an adjective ("The report alleged abuse" reports)."""
    before = _BEFORE_AN_ADJECTIVE.search(text, max(0, cue_start - 16), cue_start)
    return before is not None and not text.startswith(" that", cue_end)


_ADJECTIVE_REPORTED = compiled(r"\s+(?:around|in|near|across|along)\b")
"""After "reported": where something was reported ("attacks reported around Ginchi"), not who reports."""
