"""Words around a quotation before its cue that tell whether the quotation is what the cue reports
("“…,” X, a spokesman, said") or something else: a name ("known as “Abu Hamza”"), a clause of its
own ("…,” the M23 said, and Congo's army said"), a crowd doing things (split from `claim_content`,
which was over 450 lines)."""

from __future__ import annotations

from annotations.text.pattern_cache import compiled

ENDS_A_QUOTATION = compiled(r"[,.!?…;:]")
"""Before a closing quotation mark: speech that ends there ('“…,” said X')."""

AFTER_A_QUOTATION = compiled(r"\s*(?:[,;:—–]|-\s|$)")
"""After a closing quotation mark: nothing, or a mark that ends it ('“…”, said X')."""

NAME_WORD = r"(?:[A-Z][\w.’'\-]*|(?:van|von|de|da|del|der|di|bin|ibn)\b|(?:al|el|ad|as|an)-[\w’'\-]+)"

A_NAME_AND_ITS_TITLE = compiled(rf"\s*[A-Z][\w.’'\-]*(?:\s+{NAME_WORD}){{1,4}},\s+[a-z]")
"""After a quotation, a name and the title set after it ('…," Bruno Lemarquis, the U.N. Deputy Special
Representative and Humanitarian Coordinator, said'): a long title is still the speaker's, not words
of what happened ('…," shouted protesters who marched through …, witnesses said': helper-286)."""

A_RELATIVE_SPEAKS = compiled(r"\b(?:which|who)\s+(?:also\s+|later\s+|then\s+)?$")
"""The cue in a relative clause of its own ("…”, in a statement from the Ministry of Foreign Affairs, which
also urged …"): what it urged follows, no quotation before it."""

AFTER_A_CAPITALISED_WORD = "".join(rf"(?<![A-Z][a-z]{{{n}}} )" for n in range(1, 20))

NEW_CLAUSE = compiled(rf"\b(?:{AFTER_A_CAPITALISED_WORD}and|but|while)\b")
"""Between a quotation and a cue: the cue belongs to a clause of its own ("…,” the M23 said, and Congo's
army said"), not the "and" of a title right after a capitalised word ("…,” Denise Brown, the U.N. Resident
and Humanitarian Coordinator, said"), nor one a comma follows before the cue (`claim_content`: "the U.N.
resident and humanitarian coordinator for Sudan, said": helper-301)."""

HONORIFIC = compiled(
    r"\b(?:Mr|Ms|Mrs|Dr|Gen|Col|Lt|Capt|Maj|Sgt|Brig|Rev|St)\.|\b(?:[A-Z]\.){2,}|\b[A-Z]\.(?=\s+[A-Z])"
)
"""Full stops of titles, letters and initials, which end no sentence ("…,” Ms. Diamla said", "…,”
Denise Brown, the U.N. Resident Coordinator, said")."""

NICKNAME_BEFORE = compiled(r"[A-Z][\w’'\-]+\s+[“\"][A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}[”\"]\s+[A-Z][^“\"”]*$")

_NAMED_SO_BEFORE = compiled(
    r"\b(?:call|calls|called|calling|dub|dubs|dubbed|name|names|named|nickname[ds]?|label(?:l?ed|s)?|term(?:ed|s)?|"
    r"renamed|christened)\s+$"
)
_A_PERSON_NAMED = compiled(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w\-]+\s+){0,3}?(?:named|called|nicknamed|dubbed)\s+$")
_QUOTED = compiled(r"[“\"][^“”\"]*[”\"]\s*")


def past_what_was_called(text: str, start: int, end: int) -> int:
    """Where a name with words in quotes begins: after the closing quote when a verb of naming stands before it,
    the words before being what something was called, no nickname (`Wagner fighters called Bakhmut "Meat Grinder"
    Prigozhin said`: a reviewer's person was "Bakhmut "Meat Grinder" Prigozhin")."""
    if _NAMED_SO_BEFORE.search(text, max(0, start - 14), start) is None or _A_PERSON_NAMED.search(
        text, max(0, start - 60), start
    ):
        return start  # "A gang leader named Jimmy "Barbecue" Cherizier said": a person named so (helper-331)
    quoted = _QUOTED.search(text, start, end)
    return quoted.end() if quoted is not None else start


NAMED_AS = compiled(
    r"\b(?:known\s+as|nicknamed|dubbed|alias|calling\s+(?:him|her|it)sel(?:f|ves)|signed|titled|entitled|headlined|"
    r"code-?named|nom\s+de\s+guerre|pseudonym|(?:goes|went|going)\s+by(?:\s+the\s+(?:name|nickname|alias)(?:\s+of)?)?|"
    r"gave\s+(?:his|her|their)\s+name\s+(?:only\s+)?as|(?:him|her)sel(?:f|ves)\s+as)\s+$"
)
"""Words after which a quotation is a name ("known as “Abu Hamza”", a banner "signed “Los Lobos”", helper-307's
"who goes by the name “General Ebube”"), not what anyone said."""

REPORTS_AFTER = compiled(r"\s+that\s")
"""A cue followed by "that" reports what comes after it, even after a quotation."""
A_CLAUSE_JOINED = compiled(r",\s+(?:and|but|while|whereas)\s+")
"""A clause of its own before a cue with no subject touching it: its first mention speaks ("The army said the road
was closed, and Ahmed Hassan, the regional governor, said aid was blocked": the army's, stop 84's review found)."""
ANOTHER_SPEAKS_AFTER = compiled(
    r",?\s+(?:and|while|but|whereas)\s+(?!said\b|added\b|told\b|(?:it|he|she|they|this|which)\s+(?:was|were|is|had)\b)"
)
"""After a cue that follows its quotation, a clause of another speaker ("“…,” the army spokesman said, and Ahmed
Hassan, the governor, said aid was blocked": stop 84's review found the quotation given to Hassan)."""
