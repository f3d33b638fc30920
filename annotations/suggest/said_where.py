"""Where, when, how and to whom something was said, between a cue and what was said: "said on
Friday", "said in a statement in Maiduguri on Friday", "told our correspondent on phone:", "told
Reuters that". A claim's content starts after them."""

from __future__ import annotations

from annotations.text.calendar_words import DAY_NAMES, MONTH_NAMES
from annotations.text.pattern_cache import compiled

_WHERE_OR_HOW = (
    r"\s+in\s+(?:an?|its|their|his|her)\s+(?:[a-z\-]+\s+){0,2}(?:statement|update|report|interview|message|post|"
    r"briefing|bulletin|communiqu[ée]|press release|video)\b"
    rf"(?!\s+(?:that|which|by|from|on(?!\s+(?:{DAY_NAMES})\b)|to|[a-z]+ed|seen|sent|read|shared)\b)"
    rf"|\s+(?:in|at|from(?!\s+(?:{DAY_NAMES}|{MONTH_NAMES})\b))"
    r"\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?"
    r"(?=\s+(?:on|in|at)\s|\s+(?!(?:that|alone|region|state|city|district|suburb|capital|province|county|town|area|"
    r"camp|neighbou?rhood)\b)[a-z]|[\s.;]*$)"
    r"|\s+(?:in|on|via|through)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[a-z\-]+\s+)?(?:videos?|posts?|messages?|"
    r"statements?|recordings?|speech(?:es)?)\s+(?:posted|shared|published|released|circulated|broadcast)\s+"
    r"(?:online|on\s+(?:social\s+media|[A-Z][\w.]+))\b"
)
"""Where or how something was said, right after the cue and before what was said, when no "that"
follows ("said in a statement in Maiduguri on Friday troops had repelled…", "said in a
displacement update the arrivals…", "told journalists in Maiduguri clearance operations…"), or
ending the sentence ("…, the Defence Headquarters said in a statement in Abuja.", "a charge its
members have denied in videos posted online."): then what was said comes before."""
TIME_WORDS = compiled(
    rf"(?:\s*(?:on\s+)?(?:{DAY_NAMES}|today|yesterday|"
    rf"last week|this week|earlier|later|late|recently|previously|in a statement|"
    r"the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|week)|the\s+day\s+after|"
    rf"(?:a|one|two|three|four|five|six|seven|\d{{1,2}})\s+(?:days?|weeks?)\s+later)\b(?![’'])|{_WHERE_OR_HOW})+,?",
)
"""When or where something was said, after its cue ("…, the army said the following day."): what was said is
before it (helper-348's claim was "the following day")."""
SAID_WHERE = compiled(rf"(?:{_WHERE_OR_HOW})+\s*")


TOLD_THEN_COLON = compiled(
    r"[^:.“\"]{1,40}:\s*|\s*(?:[A-Z][\w’'\-]+(?:\.[a-z]{2,4})?(?:\s+[A-Z][\w’'\-]+){0,2}|(?:local|state|national|private)\s+"
    r"(?:radio|television|TV|media|broadcasters?|journalists|reporters)|reporters|journalists|us|me|him|her|them|"
    r"(?:the|this|our)\s+(?:[a-z]+\s+)?(?:newspaper|paper|daily|agency|website|radio|station|broadcaster|channel|"
    r"reporter|correspondent)(?:\s+station)?|(?:(?:the|a)\s+(?:[a-z]+\s+)?(?:court|judge|jury|tribunal|hearing|committee|"
    r"panel|magistrate|inquiry|commission|parliament|senate|assembly|crowd|rally)|(?:the\s+)?(?:investigators|police)|"
    r"lawmakers|legislators|parliament|mourners)(?!\s+(?:of|chair(?:man|woman|person)?|members?|officials?|officers?|"
    r"martial|fore(?:man|woman)|clerk|registrar|staff|judges?|investigators|president|speaker|spokes\w+|"
    r"commissioner|chief|session|secretary|academy|station|force|headquarters|recruits|cadets|graduates|to)\b))"
    r"(?:\s+(?:by (?:tele)?phone|over the phone|on condition of anonymity|in an interview))?"
    rf"(?:\s+on\s+(?:{DAY_NAMES})(?:\s+(?:night|morning|evening))?(?=\s+[a-z]))?"  # "told a judge on Monday he"
    r"(?:,\s+(?:the\s+)?[A-Z][^,.;:“\"]{1,80}?,(?=\s+that\s))?"  # "the state broadcaster, the Office … (ORTN), that"
    r"(?:,\s+(?!(?:however|though|meanwhile|also|too|in|on|at|by|from|after|before|when|while|that|who|which)\b)|\s+)"
    r"(?=[a-z])"
)
"""After "told": whom, up to a colon ("told our correspondent on phone: “…”"), a name ("told
Ecuavisa she had heard…") or a medium ("told local radio his men were…", "told the newspaper she
had crossed…", "told the court he was kidnapped", "Since then, residents told this newspaper, there have
been…"), and its name set
off by commas before a "that" ("told the state broadcaster, the Office of Radio and Television of
Niger (ORTN), that")."""
TOLD_A_CLAUSE = compiled(r"\b(?:[a-z]{3,}ed|shot|had|has|have|was|were|is|are|took|killed)\s")
THAT_TIME = compiled(r"(?:night|day|morning|evening|week|month|year|time|afternoon)\b")
"""Between whom a cue told and a "that": a clause of what was told ("told Reuters gunmen shot three
men that night", "told AFP soldiers burned every house that stood…"), not where or how it was
told ("told the newspaper in Yelwata that", "told field staff by telephone that")."""
WHERE_THEN_COLON = compiled(r"[^:.;“\"]{1,60}:\s*(?=[“\"])")
"""Where, when or how something was said, then a colon and the quotation that is what was said
("said from a clinic nearby: “…”", "said in a statement Sunday: "…"")."""
