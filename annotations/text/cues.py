"""The one lexicon of attribution cues: the reporting verbs and phrases that introduce a claim.

Forms use every cue to pre-fill a claim's cue. Suggestions propose claims only at cues that
report an assertion or an appeal ("urged", "called for"); a judgement ("criticized") reports no
claim of fact.
"Denied" and its kin negate what they report.
"""

from __future__ import annotations

import re

from annotations.text.pattern_cache import compiled
from annotations.text.regex_gate import gated

ASSERTING_CUES: tuple[str, ...] = (
    "according to", "quoted as saying", "in a statement", "told reporters",
    "said", "says", "say", "saying", "told", "telling", "claimed", "claims", "announced", "announces",
    "insisted", "insists", "admitted", "admits", "noted", "notes", "warned", "warns",
    "complained", "complains", "reported", "stated", "stating that", "confirmed",
    "denied", "denies", "deny", "added", "adding", "accused", "accuse", "alleged", "wrote", "writes",
    "urged", "urges", "called for", "calls for", "called on", "calls on", "appealed to", "appeals to",
    "appealed for", "appeals for",
    "blamed", "blames",
    "insisting", "claiming", "denying", "accusing", "accuses", "alleging", "warning",
    "vowed", "vows", "threatened", "threatens", "posted", "documented", "acknowledged", "acknowledges",
    "raised the death toll to", "raised the overall toll to", "raised the toll to", "revised the toll to",
    "revised the death toll to",
)  # fmt: skip
"""Cues that report what someone asserts; longer phrases first where one starts another."""

FORM_ONLY_CUES: tuple[str, ...] = ("criticized", "reports", "dismissed", "dismisses", "rejected", "rejects")
"""Cues a claim form knows but suggestions do not start at: a judgement reports no claim of
fact, "Reports" mostly heads a headline ("Press Reports Heavy Losses"), and a rejection mostly
ends another's claim ("…, a statement the GNU dismissed": selected, it is the GNU's denial).
Appeals ("urged", "called for") are proposed since the ten unseen articles: analysts record
them as claims."""


REJECTING_CUES = frozenset(("dismissed", "dismisses", "rejected", "rejects"))
"""Form-only cues that attribute only the words they end ("a statement the GNU dismissed"); in
the middle of a selection they are what the speaker reports ("the M23 had dismissed the chief")."""


QUOTED_SPEAKING_VERBS = ("declared", "lamented", "recounted", "deplored", "explained", "affirmed", "stressed")
"""The speaking verbs of translated news: cues after a quotation or before a that-clause only
(`silent_cues.AFTER_A_QUOTE`)."""

BEFORE_THAT = (
    r"(?:declared|declares)(?=(?:(?!\b(?:and|but|while)\b)[^.;:“”\"]){0,60}?\bthat\b)"  # not "… mourning and said that"
    r"|(?:assures|assured|specified|specifies|indicated|indicates|affirmed|affirms)"
    r"(?=\s+that\b|\s+(?:in|on|during)\s+(?:(?!\b(?:and|but|while)\b)[^.;:“”\"]){0,50}?\bthat\b)"
    r"|(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bthis )(?<!\bits )(?<!\btheir )(?<!\bearlier )(?<!\bnew )"
    r"(?<!\blatest )(?<!\banother )(?:warn|report|note|confirm|insist|allege|estimate)(?=\s+that\b)"
    r"|(?:recall(?:ed|s)|denounce[ds]?|stress(?:ed|es)|explain(?:ed|s)|argue[ds]?|maintain(?:ed|s)|assert(?:ed|s)|"
    r"reiterat(?:ed|es)|reaffirm(?:ed|s)|emphasi[sz](?:ed|es)|underline[ds])(?=\s+that\b(?!\s+(?:attack|checkpoint|point|day|night|"
    r"morning|evening|week|month|year|time|position|decision|claim|statement|report|view|stance|policy|agreement|deal|"
    r"move|message|call|demand|figure|number|account|version|area|town|village|road|incident|killing|operation|"
    r"offensive|raid|strike|approach|line|promise|pledge|commitment|stand)\b))"  # not "recalled that day"
    r"|(?<!\bwho )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<![Ww]hen )(?<!\bif )asked"
    r"(?=\s+(?:the\s+|all\s+|its\s+|his\s+|her\s+)?[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}\s+to\s+"
    r"(?!withhold|not\b|be\s+(?:named|identified)))"
    r"(?!\s+(?:not|for|that|if|whether|why|how|what|about|to|by)\b|(?:\s+\S+){1,4}?\s+not\s+to\b)"
    r"|(?<!\bthe )(?<!\bthese )(?<!\bearlier )(?<!\bmedia )(?<!\bpress )(?<!\bnews )(?<!\bunconfirmed )"
    r"(?<!\bconflicting )(?<!\blocal )(?<!\bsome )(?<!\bnew )(?<!\bof )(?<!\babout )(?<![a-z]ing )(?<!\binto )"
    r"(?<!\bverify )(?<!\bconfirm )"
    r"(?<!\bdismissed )(?<!\bdenied )(?<!\bunverified )(?<!\bamid )(?<!\bdespite )(?<!\bafter )(?<!\bon )(?<!\bby )"
    r"(?<!\bintelligence )(?<!\bpolice )(?<!\bwitness )(?<!\binitial )(?<!\bpreliminary )"
    r"(?<=[\w)] )reports(?=\s+that\b)"
    r"|(?:estimated|estimates)(?=\s+that\b)(?!\s+that\s+(?:were|was|are|is|have|had)\b)"
    r"|(?:promised|promises|pledged|pledges)(?=(?:\s+(?!(?:and|but|while|to)\b)[\w’'\-]+){0,7}?\s+that\b)"
    r"|demand(?:ed|s)(?=\s+that\b|\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}(?:inquiry|investigation|probe|explanation|"
    r"apology|release|withdrawal|ceasefire|end|halt|return)\b)"
    r"|(?:tells?|reminds?|reminded|informs?|informed|assures?|assured)\s+"
    r"(?:us|me|reporters|journalists|everyone|(?:all\s+)?(?:the\s+)?parties)(?=\s+that\b)"
    rf"|(?:{'|'.join(QUOTED_SPEAKING_VERBS)})(?=[\s.,;])"
    r"|(?:condemn(?:ed|s)?|denounce[ds]?)(?=\s+(?:what\s+(?:it|he|she|they|the\s+[\w\-]+)\s+(?:called|termed|"
    r"described\s+as)\b|(?:with\s+the\s+greatest\s+firmness\s+|in\s+the\s+strongest\s+terms\s+)?[“\"]|"
    r"(?:the\s+)?[\w\-]+(?:\s+(?!(?:and|but|while|then)\b)[\w\-]+){0,3}\s+as\s+[“\"]))"
    r"|(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )(?:described|describes)"
    r"(?!\s+(?:him|her|them|it)sel(?:f|ves)\b)(?=(?:\s+(?!(?:as|and|but|while|which|who)\b)[\w’'\-“”\"]+){1,6}\s+as\s+[“\"]?[a-z]|\s+(?:seeing|hearing|how)\b)"
)
"""Cues that report a claim only before "that": "declared on state television that six were killed"
(and the French habits of translated news: "assures that", "indicated in a press release that",
"specified that"); "declared three days of national mourning" reports an act. The plural present of
a report's sources ("partners warn that gaps…", "partners report that the ban…") says so only right
before it, and not after a determiner: "report" and "note" are also nouns ("an earlier report that
put the toll at 20"); a body's "reports that" inside a sentence, after no word that makes it the
noun ("the DREC-M reports that 1,870…"; not "media reports that…", "intelligence reports that…",
"Reports that…"). A briefing's
"the Mission tells us that", "reminds all parties that" report too, as do "recalled that",
"denounced that", "stressed that"; "described the attackers as “gangs”" and "described seeing …"
report a judgement or a sight (not "described himself as a spokesman"), and so do "condemned what it
called “…”", "denounced “the absence of the State”", "condemned the strikes as “a violation …”" (not
"condemned the attack", nor "denounced that attack as cowardly": a stance, in no words quoted);
"asked the government to …" is an appeal (not "who asked the agency to withhold his name");
"demanded" an inquiry, a release, a withdrawal or "that" is an appeal (a ransom "demanded" is no
claim); what someone "promised" or "pledged" someone "that" they say will be ("promised to rebuild"
is an act). The speaking verbs of translated news ("declared", "lamented", "recounted", "affirmed"…)
report the quotation before them (“…,” the administrator lamented): `silent_cues.AFTER_A_QUOTE`
keeps them there only."""


TOLL_PUT = (
    r"puts?\s+the\s+(?:(?:overall|total|civilian|official|initial|latest|final|provisional|new|confirmed)\s+){0,2}"
    r"(?:death\s+toll|toll|death\s+count|casualty\s+(?:toll|figure|count)|figure|"
    r"(?:number|figure)\s+of\s+(?:the\s+)?(?:dead|deaths|victims|casualties|fatalities|wounded|injured|"
    r"(?:[a-z\-]+\s+){0,2}?[a-z\-]+\s+(?:killed|wounded|injured|dead)))"
    r"(?:\s+(?:from|in|of|on|during)(?:\s+[\w’'\-]+){1,6}?)?\s+at"
)
"""A source's figure ("put the toll at 60", "put the civilian death toll at nine", "put the figure at
four", "puts the number of people killed at 31", "put the death toll from Sunday's fighting at
nine", "put the number of militants killed in the strikes at 22"): a newcomer's provincial
government and police gave theirs so and no claim was proposed; helper-340's armies, police and
missions gave theirs in the longer forms."""


def _pattern(cues: tuple[str, ...], *more: str) -> re.Pattern[str]:
    alternatives = [re.escape(c) for c in cues] + list(more)
    return gated(compiled(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE))


CUE_PATTERN = _pattern(ASSERTING_CUES + FORM_ONLY_CUES, TOLL_PUT, BEFORE_THAT)
"""Every cue: what a claim form looks for around its span."""

ASSERTION_PATTERN = _pattern(ASSERTING_CUES, TOLL_PUT, BEFORE_THAT)
"""The cues suggestions start claims at."""

NEGATING_CUES = compiled(r"^(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)$", re.IGNORECASE)
