"""Where a claim's content lies around its cue, and who is its source: the quotation before "…,"
X said; what follows "said (that)", "told Y:", "accused X of"; the clause before ", according to
X" or ", officials said"; the rejection of a charge told just before. Each reading is one
function, tried in the order of `content_of`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from annotations.suggest.claim_according_to import according_to
from annotations.suggest.claim_caveats import before_aside, end_of_relative_clause
from annotations.suggest.claim_edges import (
    ACCUSED_BY,
    AUDIENCE_ONLY,
    OPENING_PHRASE,
    THAT_CLAUSE,
    inside_quotes,
    said_after,
    skip_opening,
    skip_space,
    starts_with_its_subject,
    strip_end,
    whom,
)
from annotations.suggest.claim_ends import A_CHARGE_BEFORE, PLATFORMS, before_next_claim, before_the_platform
from annotations.suggest.claimants import (
    a_participle,
    aside_before,
    before_adverb,
    described_speaker,
    described_subject,
    earlier_speaker,
    first_of_two,
    named_back,
    nearest_mention,
    set_off_before,
    speaker_after,
    subject_of_participle,
    where_they_work,
)
from annotations.suggest.cues_in_text import ANOTHER_CLAIM
from annotations.suggest.quotation_words import (
    A_CLAUSE_JOINED,
    A_NAME_AND_ITS_TITLE,
    A_RELATIVE_SPEAKS,
    AFTER_A_QUOTATION,
    ANOTHER_SPEAKS_AFTER,
    ENDS_A_QUOTATION,
    HONORIFIC,
    NAMED_AS,
    NEW_CLAUSE,
    NICKNAME_BEFORE,
    REPORTS_AFTER,
)
from annotations.suggest.said_where import (
    SAID_WHERE,
    THAT_TIME,
    TIME_WORDS,
    TOLD_A_CLAUSE,
    TOLD_THEN_COLON,
    WHERE_THEN_COLON,
)
from annotations.suggest.speaker_words import AN_ASIDE_BEFORE, DESCRIBED_THEN_NAMED, ITS_PEOPLE, named_whole
from annotations.suggest.tokens import Spans
from annotations.text.navigation import quotation_at, sentence_at
from annotations.text.pattern_cache import compiled

Content = tuple[int, int, tuple[int, int] | None]
"""Where a claim's content starts and ends, and the mention that is its source (None: no source named)."""


@dataclass(frozen=True, slots=True)
class _Cue:
    """A cue in its sentence: what each reading of its content looks at."""

    text: str
    mentions: Spans
    match: re.Match[str]
    word: str
    sentence_start: int
    sentence_end: int


def content_of(text: str, cue: re.Match[str], mentions: Spans) -> Content | None:
    """The reported content a cue introduces, and the mention that is its source."""
    sentence_start, sentence_end = sentence_at(text, cue.start())
    sentence_end = strip_end(text, sentence_start, sentence_end)
    at = _Cue(text, mentions, cue, cue.group().lower(), sentence_start, sentence_end)
    found = _charged_by(at) or _quoted_before(at)
    if found is not None:
        return found
    if at.word == "according to":
        return according_to(text, mentions, cue, sentence_start, sentence_end)
    said = _said_by_the_subject(at)
    if said is not None and (
        at.word.startswith(("claim", "announc", "confirm", "report")) or _SELF_TOLD.match(text, said[0])
    ):
        said = (said[0], before_the_platform(text, said[0], said[1]), said[2])  # "claimed the raid on social
        # media", "said it had killed 30 fighters … on Facebook"; not "the journalist criticised … on Facebook"
    if said is not None and _ONLY_A_PLATFORM.fullmatch(text, said[0], said[1]):
        return None  # "denied the claim in a statement on Telegram": where it went out, nothing said
    return said


_ONLY_A_PLATFORM = compiled(rf"\s*(?:on|via|through)\s+(?:{PLATFORMS})\s*[.;]?\s*")


def _charged_by(at: _Cue) -> Content | None:
    """ "accused by the United Nations of attacks …": the UN's charge, not the accused's words."""
    text, cue_end = at.text, at.match.end()
    by = ACCUSED_BY.match(text, cue_end, at.sentence_end) if at.word in _CHARGES else None
    if by is None:
        return None
    comma = text.find(",", by.end(), at.sentence_end)  # "…, which has been accused by … of attacks on camps, said"
    end = comma if comma > 0 else before_aside(text, by.end(), before_next_claim(text, by.end(), at.sentence_end))
    return by.end(), end, by.span("who")


def _quoted_before(at: _Cue) -> Content | None:
    """“…,” X noted. / “…,” said X. — the quotation just before the cue is the content."""
    text, mentions, word = at.text, at.mentions, at.word
    cue_start, cue_end = at.match.span()
    sentence_start, sentence_end = at.sentence_start, at.sentence_end
    before = text[sentence_start:cue_start]
    closing = max(before.rfind("”"), before.rfind('"'))
    if NICKNAME_BEFORE.search(before):  # "Jimmy “Barbecue” Cherizier … said": a name's nickname, no quotation
        closing = -1
    named = quotation_at(text, sentence_start + closing - 1) if closing > 0 else None
    if named is not None and NAMED_AS.search(text, max(0, named[0] - 25), named[0]):
        closing = -1  # '…, known as "Abu Hamza al-Jasimi", accused the security forces': a name, no quotation
    if (
        REPORTS_AFTER.match(text, cue_end)
        or any(
            "," not in before[clause.end() :] or not A_NAME_AND_ITS_TITLE.match(before, closing + 1)
            for clause in NEW_CLAUSE.finditer(before, closing + 1)
        )  # not the "and" of a title after a name: '…," Denise Brown, the U.N. resident and humanitarian coordinator,'
        or A_RELATIVE_SPEAKS.search(before, closing + 1)
    ):
        closing = -1  # "…,” said X, adding that …", "“…” near Y, and denied …": what follows it
    if a_participle(word) and len(text[cue_end:sentence_end].split()) >= 3:
        closing = -1  # 'dismissed the claim as “propaganda”, saying its forces …': what the participle says
    if closing < 0 or not (
        not before[closing + 1 :].strip(" ,")
        or (
            len(before) - closing < (130 if A_NAME_AND_ITS_TITLE.match(before, closing + 1) else 80)
            and not re.search(r"[.!?]", HONORIFIC.sub("", before[closing + 1 :]))
        )
    ):
        return None
    quote_end = sentence_start + closing + 1
    quotation = quotation_at(text, quote_end - 2)
    if quotation is None:
        return None
    ended = ENDS_A_QUOTATION.match(before, closing - 1) or AFTER_A_QUOTATION.match(before, closing + 1)
    if not ended and text[sentence_start : quotation[0]].strip():
        return None  # 'around 40 "terrorists" were neutralised, the ministry said': a word quoted, the sentence goes on
    audience = whom(text, cue_end) if word.startswith(("told", "telling")) else None
    goes_on = _A_PARTICIPLE_AFTER.match(text, cue_end, sentence_end)  # “…,” he said, calling on the government…
    other = ANOTHER_SPEAKS_AFTER.match(text, cue_end, sentence_end)  # “…,” X said, and Y, the governor, said …
    claimant = nearest_mention(
        mentions,
        quote_end,
        goes_on.end(1) if goes_on else other.start() if other else sentence_end,
        prefer="after_or_between",
        cue=(cue_start, cue_end),
        audience=audience,
    )
    claimant = described_subject(text, mentions, quote_end, cue_start, claimant)  # “…,” X, a Y spokesman, said
    if not before[closing + 1 :].strip(" ,"):  # “…,” said Hamas official Basem Naim: him, not Hamas
        claimant = speaker_after(text, mentions, at.match) or claimant
    opening = skip_opening(text, sentence_start)
    before_quote = text[opening : quotation[0]]
    if (
        len(before_quote.split()) >= 2
        and not before_quote.rstrip().endswith(":")
        and not OPENING_PHRASE.fullmatch(before_quote.strip())
    ):
        # 'Troops moved in to “restore calm”', 'The soldiers “repelled…”': the whole clause
        return opening, quote_end, claimant
    return (*inside_quotes(text, *quotation), claimant)


class _Speaker(NamedTuple):
    """Who a cue's sentence says spoke, read before its content."""

    claimant: tuple[int, int] | None
    subject: bool
    """No speaker before the cue: the claimant, if any, is the sentence's first mention."""
    after_comma: bool


def _said_by_the_subject(at: _Cue) -> Content:
    """ "X said (that) …", "…, X said", "X denied the charge": the content before or after the cue."""
    speaker = _speaker(at)
    after = at.text[at.match.end() : at.sentence_end]
    trailing = TIME_WORDS.match(after)
    rest = after[trailing.end() :] if trailing else after  # "…, a charge it denied in videos posted online."
    found = (
        _a_charge_rejected(at, rest)
        or _responsibility(at, speaker.claimant)
        or _content_first(at, speaker, rest, trailing)
    )
    return found or _content_after(at, speaker.claimant, after, trailing)


def _speaker(at: _Cue) -> _Speaker:
    """The subject of the cue, or who spoke earlier, or the subject of its participle."""
    text, mentions, word = at.text, at.mentions, at.word
    cue_start, sentence_start = at.match.start(), at.sentence_start
    subject_end = before_adverb(text, cue_start)
    # "ISWAP claimed …, saying its fighters …": ISWAP says it, not the agency the statement was posted on
    claimant = earlier_speaker(text, mentions, sentence_start, cue_start, word) if a_participle(word) else None
    claimant = claimant or nearest_mention(
        mentions, max(sentence_start, subject_end - 3), subject_end, prefer="last", touching=True
    )
    its_people = ITS_PEOPLE.search(text, max(sentence_start, subject_end - 20), subject_end) if not claimant else None
    if (
        its_people is not None
    ):  # "though United Nations experts have said …": the UN's, not Rwanda's before (helper-299)
        claimant = nearest_mention(
            mentions, max(sentence_start, its_people.start() - 3), its_people.start(), prefer="last", touching=True
        )
    aside = AN_ASIDE_BEFORE.search(text, max(sentence_start, subject_end - 70), subject_end) if not claimant else None
    if aside is not None:  # "…, but the army, through its spokesman, said": the army (helper-284)
        claimant = nearest_mention(
            mentions, max(sentence_start, aside.start() - 3), aside.start(), prefer="last", touching=True
        )
    touching = claimant if aside is None else None  # the aside's commas set off no content before the cue
    claimant = described_subject(text, mentions, sentence_start, subject_end, claimant)
    relative = _WHO_DID.search(text, sentence_start, claimant[0]) if claimant and claimant == touching else None
    if claimant is not None and relative is not None and relative.end() == claimant[0]:
        head = mentions.within(sentence_start, relative.start())  # "Residents who met Governor Zulum said": them
        claimant = head[-1] if head else claimant
    after_comma = text[max(0, cue_start - 3) : cue_start].rstrip().endswith(",")
    if (
        after_comma
        and claimant == touching
        and touching
        and not set_off_before(text, (named_whole(text, mentions, touching) or touching)[0])  # "…, ISPR (ISPR),"
    ):
        claimant = None  # "Gunmen abducted 30 students, said X": what ends the content is no subject
    claimant = claimant or earlier_speaker(text, mentions, sentence_start, cue_start, word)
    subject = claimant is None  # then the sentence's first mention, if what it says comes after the cue
    opening = skip_opening(text, sentence_start)  # after a dateline: its agency in brackets is no subject
    joined = [
        m.end() for m in A_CLAUSE_JOINED.finditer(text, opening, cue_start) if mentions.within(m.end(), cue_start)
    ]
    first = nearest_mention(mentions, joined[-1] if joined else opening, cue_start, prefer="first")
    claimant = claimant or subject_of_participle(text, sentence_start, cue_start, word, first)
    return _Speaker(claimant, subject, after_comma)


def _a_charge_rejected(at: _Cue, rest: str) -> Content | None:
    """ "…, a charge the government rejected.": what is rejected is the claim before; this one the rejection."""
    cue_start, cue_end = at.match.span()
    if at.word not in _REJECTIONS:
        return None
    charge = A_CHARGE_BEFORE.search(at.text, max(at.sentence_start, cue_start - 80), cue_start)
    if charge is None or rest.strip(' .;”"'):
        return None
    inside = at.mentions.within(charge.start(1), cue_start)  # "which the army has disputed": the army
    return charge.start(1), cue_end, inside[-1] if inside else None  # not the accuser, the sentence's subject


_SELF_TOLD = compiled(r"(?:that\s+)?(?:it|they|we|its|their|our|his|her|he|she)\b", re.IGNORECASE)
"""What a speaker tells of itself: its own statement went out on the platform named after it."""
_ON_A_PLATFORM = compiled(rf"(?:on|via)\s+(?:{PLATFORMS})\s*,?\s+(?:that\s+)?(?=\w)")
"""Right after the cue, where it was said: no part of what was said."""
_TOLD_BY_OTHERS = compiled(
    r",\s+(?:according\s+to\s+[^,;]{2,60}|(?:[\w\-’']+\s+){1,5}(?:said|says|reported|added|told\s+[\w\-]+)"
    r"(?:\s+(?:late\s+|early\s+)?(?:on|in|at|last)\s+[\w\-]+(?:\s+[\w\-]+)?)?)\s*[.;]?\s*$"  # "said on Monday"
)
"""Who told of a claim of responsibility, after it at the end of its sentence."""


def _responsibility(at: _Cue, claimant: tuple[int, int] | None) -> Content | None:
    """ "claimed responsibility in a statement posted on its Amaq news agency, saying …": not the channel."""
    cue_end = at.match.end()
    if not (at.word.startswith("claim") and at.text.startswith(" responsibility", cue_end)):
        return None
    channel = _CHANNEL.search(at.text, cue_end + len(" responsibility"), at.sentence_end)
    told = _TOLD_BY_OTHERS.search(at.text, cue_end, at.sentence_end)  # "…, the army said": not what was claimed
    end = channel.start() if channel else told.start() if told else at.sentence_end
    return cue_end + 1, end, claimant


_HOW_IT_WENT_OUT = compiled(
    r"\s*(?:issued|released|posted|published|carried|broadcast|aired|circulated|sent|e-?mailed|read(?:\s+(?:out|aloud))?)\b"
    r"(?:(?!\bthat\b)[^,.;:“\"])*[.;]?\s*"  # not "issued in Abuja that troops killed 14 bandits" (helper-343)
)
"""How a statement named after the cue went out ("…, the military's media wing said in a statement issued in
Rawalpindi": helper-342's claim was "issued in Rawalpindi")."""


def _content_first(at: _Cue, speaker: _Speaker, rest: str, trailing: re.Match[str] | None) -> Content | None:
    """The content before a cue that reports nothing after it ("Taliban fighters attacked
    checkpoints…, local officials said"), or after a short opening the cue sets off ("These days, he
    says, there is little left"); None when the content follows the cue."""
    text, mentions = at.text, at.mentions
    cue_start, cue_end = at.match.span()
    sentence_start, sentence_end = at.sentence_start, at.sentence_end
    claimant, subject, after_comma = speaker.claimant, speaker.subject, speaker.after_comma
    comma = text.rfind(",", sentence_start, cue_start)
    set_aside = aside_before(text, sentence_start, cue_start)  # "The ministry, in a statement, said X …": X is said
    inverted = subject and after_comma and not set_aside
    named_next = speaker_after(text, mentions, at.match) if inverted else None  # "…, said X, a spokesman"
    nothing_reported = (
        not rest.strip()
        or rest.lstrip().startswith(",")
        or (trailing is not None and _HOW_IT_WENT_OUT.fullmatch(rest) is not None)  # "in a statement issued in X"
        or (trailing is not None and trailing.group().rstrip().endswith(","))
        or (
            AUDIENCE_ONLY.fullmatch(rest.split(",")[0]) is not None
            and THAT_CLAUSE.match(rest) is None  # "told reporters in Wabag, the provincial capital, that …"
            and not set_aside
            and not said_after(
                rest, text[sentence_start : max(sentence_start, text.find(",", sentence_start, cue_start))]
            )
        )
        or named_next is not None
    )
    aside = _ASIDE.match(text, cue_end)
    lead = comma - sentence_start
    if aside is not None and 0 < lead <= 25 and sentence_end - aside.end() >= 2 * lead:
        # "These days, he says, there is little left to lift": a short opening, the content after
        return skip_space(text, aside.end()), before_next_claim(text, aside.end(), sentence_end), claimant
    described = (
        described_speaker(text, mentions, sentence_start, cue_start) if nothing_reported and not named_next else None
    )
    if described is not None and described[1] > sentence_start + 8:  # "…, X, a Taliban spokesman, said"
        return skip_opening(text, sentence_start), described[1], described[0]
    described_then_named = DESCRIBED_THEN_NAMED.search(text, max(sentence_start, cue_start - 160), cue_start)
    speaker_next = _A_SPEAKER_NEXT.match(text, cue_end) is not None  # "…, Dapaong, said a resident": content
    if nothing_reported and described_then_named is not None and not speaker_next:
        comma = described_then_named.start()  # "…, the military's media wing, ISPR (ISPR), said": ends before both
    if not (nothing_reported and comma > sentence_start + 8 and cue_start - comma < 120):
        return None
    # "Taliban fighters attacked checkpoints…, local officials said." — the content comes first
    source = nearest_mention(mentions, comma, cue_start, prefer="last")
    source = first_of_two(text, mentions, comma, source) if source is not None else named_next
    source = where_they_work(text, mentions, comma, source) if source is not None else None
    opening = skip_opening(text, sentence_start)
    # the content's own subject does not say it: "The militants took away weapons…, one of the officers said"
    told_of = (
        subject
        and claimant is not None
        and text[opening : opening + 1] not in "“\"'"
        and not named_back(text[comma + 1 : cue_start].strip(), text[claimant[0] : claimant[1]])
    )
    return opening, comma, source or (None if told_of else claimant)


_A_SPEAKER_NEXT = compiled(r"\s+(?:a|an|the|one|two|several)\s+[a-z]")
"""A speaker after an inverted cue ("…, said a resident"): the words before it are all content (helper-306)."""


def _content_after(at: _Cue, claimant: tuple[int, int] | None, after: str, trailing: re.Match[str] | None) -> Content:
    """The content after the cue: past whom it was told, a "that", a time, a colon, up to the next
    claim or an aside; only the quotation when it is all the content."""
    text, word = at.text, at.word
    cue_start, cue_end = at.match.span()
    sentence_end = at.sentence_end
    start = cue_end
    told = TOLD_THEN_COLON.match(text, cue_end) if word.startswith(("told", "telling")) else None
    if told is not None:  # "told our correspondent on phone: “…”", "told Reuters that …"
        start = told.end()
        then = THAT_CLAUSE.match(text, start, sentence_end)  # "told Syrian state television that …"
        if then is not None and not (
            TOLD_A_CLAUSE.search(text, start, then.start()) or THAT_TIME.match(text, then.end())
        ):
            start = then.end()
        elif (where := SAID_WHERE.match(text, start - 1, sentence_end)) is not None:
            start = where.end()  # "told journalists in Maiduguri clearance operations were ongoing"
    if word in _REJECTIONS and (other := ANOTHER_CLAIM.match(after)):  # "denied that claim": what it denies, negated
        start = skip_space(text, cue_end)  # a pronoun ("denied this") is too short a claim alone: with its cue
        end = before_aside(text, cue_start, before_next_claim(text, cue_start, sentence_end))
        return (start if cue_end + other.end() - start > 5 else cue_start), end, claimant
    charged = word in _CHARGES and _CHARGED_WITH.match(after) is not None  # "accused the army of …"
    subject_first = starts_with_its_subject(after)
    that = None if word in _APPEALS or told or charged or subject_first else THAT_CLAUSE.match(after)
    if that:
        start += that.end()
    else:
        if trailing:
            start += trailing.end()
        start = skip_space(text, start)
        platform = _ON_A_PLATFORM.match(text, start, sentence_end)
        start = platform.end() if platform is not None else start  # "said on Telegram it had seized Dapaong"
        if text[start : start + 1] in (":", ","):
            start = skip_space(text, start + 1)
        where = WHERE_THEN_COLON.match(text, start)
        if where is not None:  # "said from a clinic nearby: “…”"
            start = where.end()
    quoted = _quoted_content(at, start) if text[start : start + 1] in '“"' else None
    if quoted is not None:
        return (*quoted, claimant)
    end = before_aside(text, start, before_next_claim(text, start, sentence_end))
    return start, end_of_relative_clause(text, cue_start, start, end), claimant


def _quoted_content(at: _Cue, start: int) -> tuple[int, int] | None:
    """The words inside a quotation that opens the content, when nothing goes on after it."""
    quotation = quotation_at(at.text, start)
    if quotation is None:
        return None
    goes_on = _CLAUSE_GOES_ON.match(at.text, quotation[1])
    if at.word in _APPEALS and goes_on is None:
        goes_on = _ASKED_TO.match(at.text, quotation[1])  # "called on “the neighbouring country” to prevent…"
    if at.word.startswith("blame") and goes_on is None:
        goes_on = _BLAMED_FOR.match(at.text, quotation[1])  # "blamed “foreign forces” for the violence"
    return inside_quotes(at.text, *quotation) if goes_on is None else None


_WHO_DID = compiled(
    r"\s+who\s+(?:had\s+|have\s+)?[a-z]+\s+(?:(?:with|from|for|to)\s+(?:his|her|their)\s+)?(?:[A-Z][\w.]*\s+){0,2}"
    r"|\s+(?:led|headed|commanded)\s+by\s+"
)
"""Between a subject and the object of its relative clause ("Residents who met Governor Zulum"; "A
village elder who fled with his family said": the elder; "A faction of the MFDC led by Salif Sadio
denied": the faction, a newcomer's claimant was its leader)."""


_ASIDE = compiled(r",\s+(?=[a-z])")
_A_PARTICIPLE_AFTER = compiled(r"([^,.;“”\"]{0,60}?),\s+[a-z]+ing\b")
"""What the speaker of a quotation goes on to do, after a comma ("he said, calling on the national
government to send…"): whom it names there did not speak."""
"""After a cue set off by commas mid-sentence ("These days, he says, there is…"): the content follows."""
_CHARGES = frozenset({"accused", "accuses", "accuse", "blamed", "blames"})
_CHARGED_WITH = compiled(r"\s+[^,.;“\"]{1,60}?\s+(?:of|for)\s")
"""After "accused": whom, then "of" what; a "that" further on is inside the charge."""
_DENIALS = frozenset({"denied", "denies", "deny", "denying"})
_REJECTIONS = _DENIALS | {"rejected", "rejects", "dismissed", "dismisses", "disputed", "disputes"}
_APPEALS = frozenset(
    {
        "urged",
        "urges",
        "called for",
        "calls for",
        "called on",
        "calls on",
        "appealed to",
        "appeals to",
        "appealed for",
        "appeals for",
    }
)
"""Appeals report what is asked, up to the sentence's end: "urged all parties to spare facilities that…"."""


_CHANNEL = compiled(
    r"\s+(?:in|on|through|via)\s+(?:a|an|its|their|the)\s+(?:[\w\-]+\s+){0,2}?(?:statement|message|video|recording|"
    r"channel|website|communiqu\w*|broadcast|e-?mail|letter)\b|,?\s+in\s+a\s+post\b|"
    rf"\s+(?:on|via)\s+(?:{PLATFORMS})(?:\s+(?:on|last|this|early|late)\s+\w+)?\s*$|,\s+(?:saying|adding|according)\b|"
    r",?\s+and\s+(?:said|says|added|claimed|warned)\b"  # "… for the ambush and said its fighters had killed …"
)
"""Where a claim of responsibility gives its channel, or another cue follows: the claim ends there."""


_CLAUSE_GOES_ON = compiled(
    r"\s+(?:had|have|has|were|was|are|is|would|will|could|can|may|might|did|do|[a-z]+ed|(?:of|for)\s+[a-z]+ing)\b"
)
"""After a quotation that opens the content, its clause going on ("said that “armed terrorist
groups” had targeted positions at Nadjoundi"), or the charge after whom a cue accuses ("accused
“foreign intelligence services” of financing the front"): the quoted words are not all of it."""


_BLAMED_FOR = compiled(r"\s+for\s+\S")
_ASKED_TO = compiled(r"\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b")
