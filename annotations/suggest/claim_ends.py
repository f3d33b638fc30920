"""Where a claim's content ends when its sentence goes on to another attribution: a charge named
by a word and rejected (", a charge the government rejected"), another cue after a break ("…, and
the UN warned"), another speaker set off by an apposition (split from `claims`, which was over
450 lines)."""

from __future__ import annotations

import re

from annotations.suggest.scan import CUE_STARTS, scan_of
from annotations.suggest.silent_cues import inside_what_was_said
from annotations.text.cues import ASSERTION_PATTERN
from annotations.text.pattern_cache import compiled

_A_CHARGE = (
    r",\s+((?:(?:a|an)\s+(?:charge|claim|accusation|allegation|report|account|version|figure|toll)s?"
    r"|charges|claims|accusations|allegations)\s+"  # ", claims the paramilitary has denied"
)
A_CHARGE_BEFORE = compiled(_A_CHARGE + r"(?:that\s+|which\s+)?[^,.;:“”\"]{1,50}?)\s*$")
"""Before a rejection that ends the sentence, the charge it rejects named by a word (", a charge
the government rejected"): the rejection is a claim of its own, the charge's words with it."""
CHARGE_REJECTED = compiled(
    _A_CHARGE + r"(?:that\s+|which\s+)?[^,.;:“”\"]{1,50}?)\b(rejected|rejects|dismissed|dismisses|disputed|disputes|"
    r"denied|denies)\s*(?=[.;]|$)",
    re.MULTILINE,
)
"""The whole of it: ", a charge the government rejected." (its rejection, group 2, is a cue only
here: "rejected the plan" reports nothing)."""


_NOT_CONFIRMED = compiled(
    r",\s+which\s+(?:[\w’'\-]+\s+){1,5}?(?:did|does|has|have|had|could)\s+not\s+(?:yet\s+|immediately\s+|independently\s+)?"
    r"(?:confirm|verify|comment\s+on)\b(?:\s+[\w’'\-]+){0,4}?(?=\s*(?:[.;]|$))",
    re.MULTILINE,
)
"""Another's word on the claim after it (", which the army did not confirm"): the reporter's, not
the claimant's (a newcomer's claim of the dead in Aitaroun ran on into it)."""


def before_next_claim(text: str, start: int, end: int) -> int:
    """Where content ends: before another attribution (`_before_next_claim`), and before the channel
    it went out on ("called for calm in a message posted on social media": "calm")."""
    end = _before_next_claim(text, start, end)
    channel = _A_CHANNEL_AT_THE_END.search(text, start, end)
    return channel.start() if channel is not None and channel.start() > start + 3 else end


_A_TOLL = compiled(
    r"\b(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|scores|"
    r"hundreds|thousands|several)\b|killed|died|dead|wounded|injured|abducted|kidnapped|missing|displaced|arrested|shot)",
    re.IGNORECASE,
)
"""A toll or a count of people harmed in a "while" clause: a claim of its own ("while three civilians were
abducted, according to Reuters": helper-274)."""


def before_the_platform(text: str, start: int, end: int) -> int:
    """Where what was said ends before the platform it went out on, named bare at the end of its
    sentence ("JNIM claimed the raid on social media": the raid; "announced the capture of Dapaong on
    Telegram"); a platform the deed was done on stays ("accused the rebels of spreading lies on social
    media", "posted threats on Facebook", "had blocked its pages on Facebook")."""
    platform = _PLATFORM_AT_THE_END.search(text, start, end)
    if platform is None or platform.start() < start + 4:
        return end
    before = max(start, platform.start() - 40)
    online = _PUT_OUT.search(text, before, platform.start()) or _DONE_ONLINE.search(text, start, platform.start())
    return end if online else platform.start()


_DONE_ONLINE = compiled(
    r"\b(?:pages?|accounts?|posts?|lies|messages?|threat\w*|videos?|propaganda|content|disinformation|rumou?rs?|"
    r"block\w*|hack\w*|insult\w*|film\w*|recorded|live-?stream\w*|broadcast\w*|advertis\w*|recruit\w*|"
    r"criticis\w*|criticiz\w*|mock\w*|ridicul\w*|defam\w*|slander\w*|comment\w*|writing|wrote|joking|satiri\w*|"
    r"for\s+[a-z]+ing)\b",
    re.IGNORECASE,
)
"""Words of a deed done online, on the platform named after it: it stays in what was said ("detained for
criticising the junta on Facebook": helper-276)."""


_PUT_OUT = compiled(
    r"\b(?:posted|posting|shared|sharing|published|uploaded|circulated|circulating|appeared|spread)\b[^,;.]*$"
)
PLATFORMS = r"social\s+media|(?-i:Telegram|Facebook|Twitter|X|WhatsApp|YouTube|TikTok|Instagram)"
"""Where a statement goes out without an article before it ("on social media", "on Telegram")."""
_A_CHANNEL_AT_THE_END = compiled(
    r",?\s+(?:in|on|via|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:message|statement|video|post|speech|broadcast|address|letter|communiqu[eé]|press\s+release)\b"
    r"(?:\s+(?:posted|published|broadcast|released|shared|aired|issued|delivered|sent|circulated|uploaded)\b[^.;,“”\"]*)?"
    rf"(?:\s+(?:on|via)\s+(?:{PLATFORMS}))?\s*$"  # "…, in a post on X"
)
_PLATFORM_AT_THE_END = compiled(rf",?\s+(?:on|via|through)\s+(?:{PLATFORMS})\s*$")
"""The channel a statement went out on, ending the words taken for what was said."""


def _before_next_claim(text: str, start: int, end: int) -> int:
    """Where content ends when the sentence goes on to another attribution ("…, and the UN warned";
    "… in a statement posted on Telegram, saying …": the first cue with a break before it; ", a
    charge the government rejected")."""
    charge = CHARGE_REJECTED.search(text, start + 1, end + 1) or _NOT_CONFIRMED.search(text, start + 1, end + 1)
    if charge is not None and charge.start() > start + 8:
        end = charge.start()
    relative = _A_RELATIVE_CUE_BEFORE.search(text, max(0, start - 40), start) is not None
    for following in scan_of(text).matches(ASSERTION_PATTERN, CUE_STARTS, start + 1, end):
        if inside_what_was_said(text, following):
            continue  # "17 wounded had been admitted", "people accused of links to": no other attribution
        if relative and _A_SHORT_OBJECT.fullmatch(text, start, following.start()):
            return following.start() - 1  # "the group that claimed the attack said it had killed more": the attack
        cut = max(text.rfind(brk, start, following.start()) for brk in _BREAKS)
        sourced = clause_of_a_source(text, start, following)
        if sourced is not None:
            return sourced[0]  # "… in the North-West, where the conflict has killed 6,500, according to X"
        speaker = _NEXT_SPEAKER.search(text, start, following.start())
        if speaker is not None and speaker.start() > start + 8:
            return speaker.start()  # ", and a spokesman for the family, his uncle X, said": where the speaker comes in
        opens = _where_a_speaker_opens(text, start + 3, following.start())
        if opens is not None or cut > start + 8:
            # "appealed for calm and said …": the appeal ends where the next cue's "and" begins; "put the toll
            # at 17 dead, and the UN put …": no comma left at its end; "Police said 14 died, and residents
            # said 20 …": a short toll ends where the next speaker comes in
            return _without_a_comma(text, start, cut if opens is None else opens)
    return end


_BREAKS = (",", ";", " and ", " but ", " while ", " whereas ")
"""Where one speaker's words may end before another's attribution."""
_A_BREAK = compiled("|".join(re.escape(brk) for brk in _BREAKS))
_SPEAKER_THEN_CUE = compiled(
    r"[,;]?\s*(?:and\s+|but\s+|while\s+|whereas\s+)?(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"(?:(?:(?!(?:but|or|while|whereas)\b)[\w\-’'.]+\s+){0,7}?(?!(?:and|but|or|while|whereas)\b)[\w\-’'.]+\s+)?"
    r"(?:[\w\-’'.]+,\s+[^,;]{1,40},\s+)?$"
)
"""After a break, a few words (the next speaker, an aside after it) and then the next cue: "…, and
residents said", "…, but the army, through its spokesman, said", "but residents and aid workers said";
no speaker ends with "and" ("between Sake and Goma and reminds": the same speaker goes on)."""


def _where_a_speaker_opens(text: str, low: int, cue_start: int) -> int | None:
    """The first break after `low` right after which the next attribution begins: its "and" alone
    ("appealed for calm and said …") or a speaker of a few words, with an aside, before its cue ("14
    died, and residents said", "11 died, but the army, through its spokesman, said")."""
    for found in _A_BREAK.finditer(text, low, cue_start):
        cut = found.start()
        if text.startswith(" and ", cut) and cue_start == cut + 5:
            return cut
        if cue_start - cut <= 70 and _SPEAKER_THEN_CUE.fullmatch(text, cut, cue_start) is not None:
            return cut
    return None


def _without_a_comma(text: str, start: int, end: int) -> int:
    """Where content ends before the commas or semicolons that closed it."""
    kept = text[start:end].rstrip(",; ")
    return start + len(kept) if kept else end


_A_RELATIVE_CUE_BEFORE = compiled(r"\b(?:that|which|who)\s+(?:claimed|announced|reported|confirmed)\s+$", re.I)
_A_SHORT_OBJECT = compiled(
    r"(?:the|a|an|its|their|this|that)\s+(?:(?!(?:to|by|for|with|from)\s)[\w\-’']+\s+){0,4}?"
    r"(?!(?:to|by|for|with|from|on|in|at)\s)[\w\-’']+\s"
)  # not "Residents who reported the attack to police said …": the residents say it (helper-277); "the attack
# on Kaya" is one (helper-279)
"""A cue in a relative clause ("the insurgent group that claimed the attack said …"): what it claimed is
its object, and the next cue is the subject's own (helper-275's claim ran "the attack said it had killed…")."""
_NEXT_SPEAKER = compiled(
    r",\s+(?:and|but|while)\s+(?:a|an|the|his|her|their|its|one|another)\s+[^,.;“”\"]{2,60},\s+[^,.;“”\"]{2,60},\s*$"
)
"""The subject of the next cue, set off by an apposition, after a conjunction that opens its clause."""


def clause_of_a_source(text: str, start: int, cue: re.Match[str]) -> tuple[int, int] | None:
    """Where the clause that a trailing ", according to X" sources begins, and where its words
    start, when it follows content said by another ("HRW said both sides committed abuses in the
    North-West, where the conflict has killed 6,500 people, according to the ICG": the toll is the
    ICG's, the abuses HRW's); None when `cue` is no trailing "according to" or no clause sets it off."""
    trailing = text[max(start, cue.start() - 2) : cue.start()].strip() == ","
    if not (trailing and cue.group().lower().startswith("according")) or not _A_NAME.match(text, cue.end()):
        return None  # "…, according to a statement", "… to the post commander": the speaker's own words, whole
    clauses = list(_A_CLAUSE.finditer(text, start, cue.start() - 2))
    if not clauses:
        return None
    last = clauses[-1]
    if last.group("word").lower() in ("while", "whereas") and not _A_TOLL.search(text, last.end(), cue.start()):
        return None  # "…, while the army looked on, according to Reuters": what went on around it, whole
    return last.start(), last.end() if last.group("word").lower() in _SKIPPED else last.start("word")


_A_CLAUSE = compiled(r",\s+(?P<word>where|which|while|whereas)\s+")
_SKIPPED = ("where", "while", "whereas")
"""The clauses a source may be given for: what happens where ("where the conflict has killed…": its
words start after the word) or what a thing did ("which has killed…": the pronoun stays its subject);
or what happened meanwhile ("…, while 12 civilians died, according to Amnesty International"); not
when or as something happened, nor who someone is ("…, when most residents were at the market,
according to Reuters" is Reuters' whole: a review)."""
_A_NAME = compiled(
    r"\s+(?:(?:the|an?)\s+)?(?:[A-Z]|\w+['’]s\b|(?:local\s+|security\s+|military\s+|medical\s+|two\s+|several\s+)?"
    r"(?:residents|officials|witnesses|sources|villagers|activists|rescuers|medics|doctors|survivors)\b)"
)
"""After "according to": a source by its name ("the ICG", "a UN report", "Amnesty International")."""
