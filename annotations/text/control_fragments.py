"""The words around a control cue that say it tells nothing of who holds a place, as regular
expression fragments the readings of control (`readings`) build their patterns of: things taken
rather than places ("seized 40 rifles"), what falls on a place ("shells fell on the market"), a
part of a place, a way to it, a hold kept or fought for, one wished for, a place entered without a
fight."""

from __future__ import annotations

from annotations.text.dates import MONTHS, WEEKDAYS

NOT_OF_PLACES = (
    r"(?!\s+(?:(?:at\s+least|about|some|more\s+than|nearly|over)\s+)?(?:[\d,]+\s+|(?:dozens|hundreds|scores)\s+of\s+|"
    r"(?:several|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:\w+\s+)?(?:weapons?|arms|rifles?|guns?|ammunition|"
    r"drugs?|vehicles?|trucks?|cars?|fighters?|militants?|soldiers?|suspects?|members?|hostages?|documents?|cash|"
    r"equipment|explosives?|bombs?|motorcycles?|boats?|cocaine|livestock|cattle|goods|supplies)\b)"
)
"""After "seized"/"captured": things and people taken ("seized 40 rifles", "captured two
fighters", "seized weapons"), nothing said of who holds the place named near; counted places
("captured three districts") are what was taken."""
TAKEN = (
    r"taken(?!\s+(?:to\s+(?:a\s+|the\s+|an\s+)?(?:[\w\-]+\s+){0,2}?(?:hospitals?|clinics?|safety|courts?|morgue|"
    r"mortuary)|to\s+[A-Z]|hostage|captive|prisoner|away|part|place|hold(?!\s+of\s+(?!(?:the\s+)?(?:residents|people|civilians|families|villagers|population)\b))|root|effect|steps|measures|action|refuge|"
    r"shelter|"
    r"into\s+custody|by\s+surprise|from\s+(?:a|an|the|their|his|her|our)\s+"
    r"(?!government|army|rebels?|militants?|forces|troops|insurgents?)\w+))"
)
"""Taken, but not people taken somewhere ("taken to the district hospital in", "taken from a car wash in"),
nor what has "taken hold in" a place or people "taken refuge in" it;
a town "taken from government forces", "taken in 2012", "into rebel hands" is taken."""

FELL_ON_IT = (
    r"(?!\s+(?:on|onto|upon|into|near|in|around|inside|across|short|silent|ill|asleep|apart|below|back|behind)\s+"
    rf"(?!(?:{'|'.join((*WEEKDAYS, *MONTHS))}|\d|the\s+(?:early|morning|evening|night|afternoon|hands)|"
    r"(?:early|late|rebel|militant|government|enemy|insurgent|jihadist|taliban|fighting|battle|"
    r"clashes)\b|[^.;]{0,40}?\bhands\b)))"
)
"""After "fell": what falls on a place ("shells fell on the Abu Shouk market", "rain fell on Kutum")
takes nothing ("shells fell on the same day in Bama", "fell in heavy barrages"); a town that
"fell on Sunday", "fell in fighting", "fell into ISWAP hands" is taken. In lower case: the patterns
using it are case-blind (`_case_blind` lowers the text)."""

NOT_WHERE_IT_HOLDS = r"(?!\s+(?:in(?!\s+effect)|across|along|near|around|inside)\b)"
"""After "controls", a place in a relative clause ("territory it controls in Kordofan"): where it
holds ground, no capture of the place named."""
NOT_ALL_OF = (
    r"(?!\s+(?:an\s+estimated\s+|about\s+|some\s+|nearly\s+|almost\s+)?(?:\d+\s*(?:percent|per\s+cent|%)\s+of|"
    r"most\s+of|much\s+of|(?:large\s+)?parts\s+of|areas\s+of))"
)
"""After "controls": a part of a place ("controls an estimated 80 percent of Port-au-Prince"), not
the place taken."""

WITHOUT_A_FIGHT = (
    r"(?:entered|walked\s+into|moved\s+into)(?=[^.;]{0,60}?\bwithout\s+(?:a\s+|any\s+)?(?:fight|resistance|"
    r"a\s+shot|firing\s+a\s+shot|opposition)\b)"
)
"""A place entered without a fight ("Fano fighters entered the town on Thursday without a fight after
soldiers withdrew": helper-261's, no status and no row): taken, handed over by no battle."""
NOT_KEPT = "".join(
    f"(?<!{verb} {adjective})" for verb in ("retained", "retains", "retain", "kept", "keeps", "keep", "maintained",
                                            "maintains", "maintain", "for") for adjective in ("", "full ", "firm ")
)  # fmt: skip
"""Before "control of": not a hold kept ("troops had retained control of Banibangou": helper-262's
capture), which `STILL_HOLDS` reads with whose it is, nor one fought for ("fought dissidents … for
control of the town of El Plateado": helper-266's capture; "fought" says contested)."""
NOT_OURS = r"(?!\s+our\s+(?:[\w\-]+\s+)?(?:forces|troops|units|men|fighters|soldiers|army|brigades?)\b)"
"""After "control of": not "of our troops", the speaker's own hold (`OURS`); "of our enemies" is theirs."""
NOT_A_WAY = (
    r"(?!\s+(?:the\s+)?(?:main\s+|key\s+|only\s+)?(?:roads?|access|routes?|highway|approach(?:es)?|supply\s+lines?)\b)"
)
"""After "controls": not a way to a place ("controls the road to Kumbo" holds no Kumbo)."""
NOT_WISHED = (
    r"(?:(?<=took control of)|(?<=taken control of)|(?<=seized control of)|(?<=gained control of)"
    r"|(?!\s+(?:the\s+)?(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)\s+(?:would|could|will|may|might)\b))"
)
"""After "control of": not what it would bring ("control of El Obeid would open the road")."""
