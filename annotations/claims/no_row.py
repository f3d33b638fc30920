"""Why a claim gives no event row: denied, about no place, undated, telling an intention or a
stance, who holds a place with no fighting, a running total of deaths or attacks over weeks or months,
help given to the hurt, or an accident.
The events export says which claims it left out and why (`events.event_rows` collects them)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotations.claims.accidents import ACCIDENT, an_accident
from annotations.claims.figures import death_figures, the_hurt_died
from annotations.claims.holders import every_change_denied
from annotations.claims.named_back import more_of_an_event_told_before, only_an_event_named_back
from annotations.claims.running_totals import ONE_DAY, RUNNING_TOTAL, running_total
from annotations.text.pattern_cache import compiled

if TYPE_CHECKING:  # the board counts sources by what its claims tell (`tells_an_event`)
    from annotations.claims.board import BoardClaim

FIRED_ON = r"(?:opened\s+)?fire[ds]?\s+(?:on|at|upon)"
"""Fire opened on someone: in a battle's words (`FIGHTING`), an attack's (`ATTACKED`) and on forces
at their post (`unnamed_parties`)."""
FIGHTING = compiled(
    r"\b(?:fought|fighting|clash(?:ed|es|ing)?|battled?|repelled|defeated|routed|(?:put\s+up|mounted|offered)\s+(?:a\s+)?(?:\w+\s+)?"
    r"(?:fight|resistance)|c(?:a|o)me\s+under\s+(?:\w+\s+)?(?:fire|attack)|(?:pushed|drove|driven)\s+"
    r"(?:\w+\s+){1,4}?(?:out|back)\b|exchang\w+\s+(?:of\s+)?(?:gun)?fire|gunfights?|firefights?|gun\s+battles?|shoot-?outs?|"
    rf"{FIRED_ON}\s+(?:(?!(?:at|near|outside|in|by|from|inside)\b)[\w\-]+\s+){{0,3}}?"
    r"(?:positions?|posts?|bases?|patrols?|checkpoints?|"
    r"troops|soldiers|forces|servicemen|guards|units)\b)",
    re.IGNORECASE,
)
"""Words of fighting in a claim no other words or type place: a battle, not a "development" (also
fire exchanged, or opened on forces: "Tajik military units fired on our positions", "an exchange
of fire between the Shuhada al-Sahel Battalion and a rival group")."""
ATTACKED = compiled(
    rf"\b(?:attack(?:ed|s)?|ambush(?:ed)?|raided|stormed|assaulted|forced\s+(?:\w+\s+){{1,4}}?out|{FIRED_ON}|"
    r"opened\s+fire)\b",
    re.IGNORECASE,
)
"""An attack on an armed party ("outlaw groups had attacked security forces", "Armenian forces had
first fired on Azerbaijani army positions", "the soldiers were on patrol when gunmen opened fire")
is a battle."""
A_DEATH_TOLD = compiled(
    r"\b(?:killed|killing|died|dying|slain|executed|massacred|murdered|shot\s+dead|beheaded|beheading|"
    r"(?<!the\s)(?<!their\s)(?<!for\s)(?:wounded|injured)|"
    r"(?:suffered|sustained|inflicted|caused)\s+(?:\w+\s+){0,2}?(?:casualties|losses)|"
    r"(?:significant|heavy|many|considerable|serious|severe|numerous)\s+(?:casualties|losses))\b",
    re.IGNORECASE,
)
"""A death or a wound told as something done: a casualty claim with neither this, a figure nor a
doer tells of no event (`tells_no_event`)."""


_NOT_THERE = compiled(
    r"\b(?:was|were|had\s+been|are|is)\s+(?:nowhere\s+near|not\s+(?:in|at|near|present|involved))\b"
    r"|\b(?:had|has|have)\s+not\s+been\s+(?:in|at|near|present|involved)\b"  # "had not been involved in the fighting"
    r"|\b(?:did|does|do)\s+not\s+(?:take\s+part|participate)\b|\b(?:played|plays|play|took|takes|take)\s+no\s+(?:part|role)\b"
    r"|\bhad\s+(?:no|nothing)\s+(?:part|role|involvement|hand)\b|\bhad\s+nothing\s+to\s+do\s+with\b"
    r"|\b(?:had|has|have)\s+no\s+(?:operations?|forces|fighters|troops|units|presence|positions)\s+(?:in|near|around)\b"
    r"|\b(?:had|has|have)\s+no\s+(?:drones?|aircraft|warplanes|artillery|weapons)\s+(?:operating|deployed|based|"
    r"stationed)?\s*(?:in|near|around)\b"  # "its forces “have no drones operating in the Bara area”" (helper-361)
    r"|\b(?:does|do)\s+not\s+(?:target|operate\s+(?:in|near))\b"
    r"|\b(?:had|has|have|did|do|does)\s+not\s+(?:carried|carry|conducted|conduct|launched|launch)(?:\s+out)?\s+any\b"
    r"|\b(?:carried\s+out|conducted|launched)\s+no\s+(?:\w+\s+)?(?:strikes?|attacks?|operations?|raids?)\b",
    re.IGNORECASE,
)
"""A claim that its speaker was not there or had no part ("its fighters “were nowhere near Plaine
Savo”", "had no operations in the Kosti area", "its forces had not been involved in the fighting",
"played no role"): a denial in other words (newcomers' gave event rows of the group at the camp, at
the depot; helper-337's, a battle of the SADC mission that said it took no part)."""


_THE_EVENT_TOLD = compiled(
    r"\b(?:killed|killing|attack(?:ed|s|ing)|struck|shell\w*|bomb\w*|shot|raid\w*|ambush\w*|opened\s+fire|clashed|"
    r"fought|seized|captured|overran|(?<!not )carried\s+out\s+(?!any\b)(?:\w+\s+){0,2}?(?:strikes?|attacks?|raids?|"
    r"operations?))\b",
    re.I,
)
"""The event itself, told beside a denial in other words ("who have no presence in Bunia itself,
attacked a camp"; "which took no part in the peace talks, clashed with the rebels", "which played no
role in Monday's battle, carried out air strikes": helper-340's rows were lost) or beside its wounded
who died since ("gunmen killed 12, and three of the wounded later died"): its row stays."""


def denies_in_other_words(quote: str) -> bool:
    """Whether a claim says its speaker was not there or took no part (`_NOT_THERE`), and tells no event
    beside what it took no part in ("took no part in the Bannu bombing" tells none: helper-342's row)."""
    denial = _NOT_THERE.search(quote)
    if denial is None:
        return False
    what = _WHAT_THEY_HAD_NO_PART_IN.match(quote, denial.end())
    told = quote[: denial.start()] + quote[what.end() if what else denial.end() :]
    return not _THE_EVENT_TOLD.search(told)


_WHAT_THEY_HAD_NO_PART_IN = compiled(
    r"\s+(?:(?:in|at|near|with)\s+)?(?:the|a|an|this|that|last\s+\w+['’]s|\w+['’]s)\s+(?:[\w’'\-]+\s+){0,3}?"
    r"(?:bombing|attack|attacks|shelling|raid|ambush|killings?|strikes?|assault|massacre|explosion|fighting|clashes)\b",
    re.IGNORECASE,
)
"""The event a denial names as what its speaker took no part in."""


THE_HURT_DIED = "telling of the wounded who died since, not of the event"
"""A newcomer's "Eight of the wounded died overnight at Kosti Teaching Hospital" was a battle there."""
RESPONSIBILITY_ONLY = "telling only of an event told elsewhere"
"""helper-309's "[Islamic State] claimed responsibility for the Mucojo attack" was a development of its own beside
the attack's row; "responsibility … for an ambush on Monday on a military convoy" tells the event, its row stays."""
NO_PLACE = "no place tagged in it"
"""Why a claim gives no row when it is about no place (the analyst may choose its places in its form)."""
NO_DATE = "no date"
"""Why most claims give no row: their article has no date, and neither the claim nor its text
says when (`I` in the app sets the article's date; `--published` on import)."""


_INTENT = compiled(  # the middle line: accused "X of trying to"
    r"(?:that\s+)?(?:it|they|we|he|she|the\s+\w+(?:\s+\w+)?)\s+(?:would\s+|will\s+)?(?:wants?|plans?|planned|"
    r"intends?|intended|vow(?:s|ed)?|promised|threaten(?:s|ed)?|hopes?|hoped|aims?|aimed|seeks?|wanted)\s+to\b"
    r"|(?:[\w’'\-]+\s+){1,3}of\s+[\"“‘']?(?:trying|attempting|seeking|plotting|planning)\s+to\b"
    r"|(?:that\s+)?(?:[\w’'\-]+\s+){1,4}?(?:is|was|are|were)\s+(?:\w+\s+)?(?:ready|prepared|willing|determined)\s+to\b"
    r"|(?:that\s+)?(?:[\w’'\-]+\s+){1,5}?(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:planning|plotting|preparing)\b"
    r"|(?:that\s+)?(?:[\w’'\-]+\s+){1,4}[\"“‘']?(?:would|will)\s+(?:not\s+|never\s+)?[\"“‘']?(?!have\b)[a-z]+\b",
    re.IGNORECASE,
)
"""A claim of what someone means to do ("it wants to bring Suwayda under state control"; not what
they sought to do and did: "sought to storm the base but was repelled"; "his forces would
“liberate” all of North Darfur") or feels ("Washington was deeply concerned about the violence in
Suwayda"): no event."""
INTENT = "telling an intention or a stance"
_STANCE = compiled(
    r"(?:\w+\s+){1,3}(?:was|were|is|are)\s+[\"“]?(?:deeply\s+|very\s+|gravely\s+)?(?:concerned|alarmed|worried|"
    r"saddened|shocked|(?:winning|losing)\s+the\s+(?:war|battle|fight))\b"
    r"|(?:\w+\s+){1,3}(?:had\s+|has\s+|have\s+)?(?:signall?ed|expressed|voiced)\s+(?:its|their|his|her)\s+"
    r"(?:\w+\s+)?(?:frustration|displeasure|anger|concern|dismay|unease|support|opposition)\b"
)  # "Beijing had signalled its frustration with the junta" (helper-340's row of the junta at Beijing)
_DONE_PAST = (
    r"killed|died|attacked|shelled|struck|bombed|clashed|wounded|ambushed|stormed|captured|seized|overran|abducted|"
    r"kidnapped"
)
_DONE = rf"killing|{_DONE_PAST}"
"""Words of violence done, shared by the two readings below."""
_VIOLENCE_TOLD = compiled(
    rf"\b(?:{_DONE_PAST}|seizing|capturing|massacre\s+of|killings?\s+of\s+(?:\d|at\s+least))\b", re.I
)
"""Violence an appeal tells as done beside what it asks ("after JNIM fighters killed 12 soldiers there"), not
what it asks to stop ("to stop killing civilians": helper-290)."""
_VIOLENCE = compiled(rf"\b(?:{_DONE}|kills|dead|shelling|bombing|clashes|fighting|airstrikes?)\b", re.I)
"""An intention that tells of violence ("wanted to flee but gunmen killed 12 of them") is an event."""
_VIOLENCE_DONE = compiled(
    rf"\b(?:{_DONE})\b|\bby\s+the\s+(?:\w+\s+)?(?:shelling|bombing|killing|killings|attack|massacre|"
    r"strike|airstrike|raid)s?\s+(?:of|on|in)\b",
    re.I,
)
"""Violence a stance tells as done ("Villagers were shocked when gunmen killed 12", "shocked by the
shelling of Kaya"), not what may come or was reported ("worried about possible airstrikes",
"alarmed by reports of fighting")."""
_SINCE_THE_WAR = compiled(
    r"\bsince\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,4}?(?:seized|took|came\s+to|grabbed)\s+power\b[^,;.]*"
    r"|\bsince\s+the\s+(?:(?:start|beginning|outbreak)\s+of\s+the\s+)?(?:[\w’'\-]+\s+)?(?:war|conflict|coup|insurgency)"
    r"\b[^,;.]*",
    re.IGNORECASE,
)
"""The span a count of the displaced runs over ("more than 3.5 million people have been displaced across Myanmar since
the military seized power in February 2021": helper-358's strategic development of that day)."""
_RELATIVE = compiled(r",\s+(?:which|who|whom)\b[^,;]*")
"""A relative clause in a plan tells what happened before it, not what is planned: a plan to retake
a town "which jihadists captured" tells no violence."""


def why_no_row(claim: BoardClaim) -> str | None:
    """Why a claim gives no event row, or None when it gives one: a denied claim reports no
    event, nor does one of what someone means to do; one with no place tagged in it has nowhere,
    one with no date no time."""
    if claim.facts.certainty == "negated" or denies_in_other_words(claim.quote):
        return "denied"
    if not claim.places:
        return NO_PLACE
    if _intent_or_stance(claim.quote) or (
        _AN_APPEAL.fullmatch(claim.facts.cue.strip()) and not _VIOLENCE_TOLD.search(claim.quote)
    ):  # not "urged the army to send reinforcements after JNIM fighters killed 12 soldiers there"
        return INTENT  # "called on the army to send reinforcements": asked for, not done (helper-286)
    if what_a_place_is(claim.quote):
        return WHAT_A_PLACE_IS
    if what_keeps_happening(claim.quote):
        return KEEPS_HAPPENING
    if _A_LULL.match(claim.quote) and not death_figures(claim.quote):
        return LULL
    if _held_only(claim):
        return HELD
    if claim.facts.claim_type != "territorial_control" and people_driven_out(claim.quote):
        return DRIVEN_OUT
    if running_total(claim.quote):
        return RUNNING_TOTAL
    if care_only(claim.quote):
        return CARE
    if an_accident(claim.quote, claim.facts.claim_type):
        return ACCIDENT
    if the_hurt_died(claim.quote) and not _THE_EVENT_TOLD.search(claim.quote):
        return THE_HURT_DIED
    if only_an_event_named_back(claim.quote) or more_of_an_event_told_before(claim.quote):
        return RESPONSIBILITY_ONLY
    return NO_DATE if claim.when is None else None


_AN_APPEAL = compiled(
    r"(?:urged|urges|urge|called\s+(?:on|for)|calls\s+(?:on|for)|appealed\s+(?:to|for)|appeals\s+(?:to|for))"
)


def _intent_or_stance(quote: str) -> bool:
    plan = _RELATIVE.sub("", quote)  # "to retake Djibo, which jihadists captured last year": no violence told
    intent = _INTENT.match(plan) and not _VIOLENCE.search(plan)
    inquiry = _AN_INQUIRY_ASKED.match(quote) and not death_figures(quote)
    return bool(
        intent or inquiry or _OBLIGATION.match(quote) or (_STANCE.match(quote) and not _VIOLENCE_DONE.search(quote))
    )


_AN_INQUIRY_ASKED = compiled(
    r"(?:that\s+)?(?:[\w’'\-]+\s+){0,6}?(?:had\s+|has\s+|have\s+|would\s+)?"
    r"(?:(?:asked|requested|urged|called\s+on|invited|ordered)\s+(?:[\w’'\-]+\s+){0,8}?"
    r"to\s+(?:investigate|probe|look\s+into|examine|verify|review)"
    r"|(?:opened|open|launched|launch|set\s+up|ordered|announced|formed)\s+(?:an?\s+|the\s+)?"
    r"(?:(?!(?:raids?|operations?|offensive|amid|attacks?|assaults?|sweeps?|after|during|in|strikes?|crackdown)\b)"
    r"[\w\-]+\s+){0,4}?"
    r"(?:investigation|inquiry|probe)\s+(?:into|of)"
    r"|(?:set\s+up|formed|appointed|named)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?commission\s+of\s+inquiry)\b",
    re.IGNORECASE,
)
"""An inquiry asked for or opened into what happened ("it had asked the joint Coordinating Committees … to
investigate the Basilan clash": helper-294's battle of the army against the committees), with no dead of
its own told."""


WHAT_A_PLACE_IS = "telling what a place is, not something that happened"
_WHAT_A_PLACE_IS = compiled(
    r"(?:that\s+)?(?:(?:it|this|that|the\s+\w+(?:\s+\w+)?)\s+)?(?:is|was|are|were|had\s+been|has\s+been)\s+"
    r"(?:the|a|an|one\s+of\s+the)\s+(?:[\w\-]+\s+){0,2}?(?:headquarters|base|bases|stronghold|strongholds|hub|"
    r"home|hideouts?|training\s+(?:camps?|grounds?)|launch(?:ing)?\s+pads?|nerve\s+cent(?:re|er))\s+(?:of|for|used\s+by)\b",
    re.IGNORECASE,
)
"""What a place is ("is the headquarters of Jaish-e-Mohammed and a seminary in Muridke linked to
Lashkar-e-Taiba", India said of a place it struck): no event there, and the two groups no parties
of one (a row of Strategic developments set them against each other)."""


def what_a_place_is(quote: str) -> bool:
    """What a place is, and nothing done to it ("it was the base of the battalion that fell to M23
    fighters on Saturday" tells the fall: a reviewer's)."""
    return bool(_WHAT_A_PLACE_IS.match(quote)) and not _VIOLENCE_DONE.search(quote) and not _FELL.search(quote)


_FELL = compiled(r"\b(?:fell|fallen|falls)\b", re.IGNORECASE)


KEEPS_HAPPENING = "telling of what keeps happening, not of one event"
LULL = "telling that fighting died down, not of one event"
_A_LULL = compiled(  # "residents said artillery fire had died down" (helper-340's row of shelling in Khartoum)
    r"(?:that\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:fire|fighting|shelling|clashes|gunfire|bombardment)"
    r"(?:\s+(?:in|around|near|on|at)\s+(?:the\s+)?[\w\-’']+(?:\s+[A-Z][\w\-’']+)?)?\s+"  # "around Sake" (helper-343)
    r"(?:had\s+|has\s+|have\s+)?(?:died\s+down|subsided|eased|stopped|ceased|abated)\b[^,;]*$",
    re.IGNORECASE,
)
_KEEPS_HAPPENING = compiled(
    r"\b(?:are|is)\s+being\s+(?:killed|attacked|shelled|abducted|kidnapped|shot)\b"
    r"|\b(?:are|is)\s+(?:(?:still|constantly|routinely|regularly)\s+(?:being\s+)?(?:killed|attacked|shelled|bombed|"
    r"abducted|kidnapped)|(?:[a-z]+ed,\s+)*(?:trapped|starved|besieged)(?:,\s+[a-z]+ed)*,?\s+and\s+[a-z]+ed"
    r"|(?:[a-z]+ed\s+(?:and\s+)?)+(?:every|each)\s+(?:day|night|week))\b"  # "are trapped, starved and shelled"
    r"|\b(?:almost|nearly)\s+(?:every\s+(?:single\s+)?(?:day|week|month|night)|daily)\b"
    r"|\b(?:(?:have|has|had)\s+(?:\w+\s+)?fought|fights?|fighting)(?:\s+\w+ly)?\s+(?:alongside|on\s+the\s+side\s+of)\b"
    r"|^(?:we\s+are|we['’]re)\s+fighting\s+[^,.;]{1,60},\s+not\b"  # "We are fighting the corrupt politicians, not …"
    r"|\b(?:are|is)\s+(?:still\s+)?fighting\s+(?:to\s+(?:defend|protect|free)|for)\s+(?:our|their|the|its)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:land|people|rights|freedom|cause|independence|survival|dignity|homeland|existence|"
    r"community|nation)\b"
    r"|\bon\s+an?\s+(?:daily|weekly|regular)\s+basis\b"
    r"|\b(?:attacks|violence|killings|clashes|incidents|fighting)(?:\s+(?:in|by|on|against|across)\s+[^.;,]{1,30}?)?"
    r"(?:\s+(?:this|last)\s+(?:year|month|week))?\s+(?:have\s+|has\s+|had\s+)?(?:[a-z]+ly\s+)?(?:rose|risen|increased|"
    r"doubled|tripled|surged|soared|fell|fallen|declined|dropped|reached\s+(?:their|its)\s+highest)\b"  # a trend
    # (helper-301, 305)
    r"|\b(?:daily|nightly|weekly|constant|relentless)\s+(?:aggression|attacks|shelling|bombardments?|raids)\b"
    r"|\b(?:has|have|had)\s+(?:waged|fought|been\s+(?:fighting|waging))\b[^.;]{0,80}?\bsince\s+(?:\d{4}|the\s+\d{4}s)\b"
    r"|\b(?:has|have)\s+been\s+(?:hiding|based|living|operating|active|present|stationed|sheltering)\b[^.;]{0,60}?\bsince\b"
    r"|\b(?:registered|fled|arrived|been\s+displaced|crossed)\b[^.;]{0,60}?\bsince\s+\d{4}\b"
    r"|\b(?:ha(?:s|ve|d)\s+been\s+(?:deployed|sent|dispatched|stationed))\b[^.;]{0,60}?\bsince\s+(?:\d{4}|then|"
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December))\b"
    r"|\b(?:on\s+the\s+brink\s+of|fac(?:e|es|ed|ing)\s+(?:a\s+)?(?:looming\s+)?|at\s+risk\s+of)\s*famine\b"  # a state
    r"|\b(?:of\s+[a-z]+ing|(?:has|have)\s+(?:been\s+)?[a-z]+(?:ed|ing|en))\b(?:(?!\b(?:latest|worst|deadliest|biggest|"
    r"second|third|another|such|series|string|spate|wave)\b)[^.;]){0,120}?\b(?:in\s+recent\s+(?:days|weeks|months)|"
    r"(?:over|in)\s+the\s+(?:past|last)\s+(?:few\s+)?(?:weeks|months|years))\b",
    re.IGNORECASE,
)
"""What keeps happening ("People are being killed at this border almost every week"), a war or a
presence over years ("the PKK, which has waged an armed insurgency against the Turkish state since
1984", "where AQAP has been hiding since it was pushed out of the towns"), refugees counted over
years ("60,000 refugees had registered in northern Ivory Coast since 2022"), troops sent over months
("2,500 additional soldiers had been deployed to Culiacan since October": helper-272's row of a
day), acts over recent weeks ("accused government soldiers of burning homes in Morobo and Kajo-Keji
counties in recent weeks": a newcomer's looting row), a cause fought for ("Fano leaders say they are
fighting to defend the Amhara people from attacks in neighbouring Oromia": helper-261's armed clash
in Oromia), a land on the brink of famine (helper-258's row "Strategic developments" of a farmer):
no one event, no day (each gave a row of the article's date)."""


def what_keeps_happening(quote: str) -> bool:
    """A habit or a presence over years with no one event beside it: a toll, or a day, tells one
    ("ISWAP shelling killed 23 villagers overnight, as relentless attacks continued": a reviewer's)."""
    keeps = _KEEPS_HAPPENING.search(quote)
    if keeps is None:
        return False
    if _ALONGSIDE_AS_THEY_DID.search(keeps.group()) and _A_DEED.search(quote):
        return False  # "…, fighting fiercely alongside X, retook Y": a deed beside whom they fight with (helper-292)
    return not death_figures(quote) and ONE_DAY.search(quote) is None


_ALONGSIDE_AS_THEY_DID = compiled(r"^fighting\b", re.IGNORECASE)
"""A bare participle of fighting alongside, which may tell how a deed was done."""
_A_DEED = compiled(
    r"\b(?:took|seized|captured|retook|recaptured|regained|liberated|freed|overran|stormed|attacked|killed|"
    r"ambushed|repelled|repulsed|raided|routed|drove|pushed\s+(?!its\b|their\b)|burned|torched|looted|shelled|bombed|"
    r"struck|shot\s+(?:at|dead|down)|fired\s+(?:at|on)|clashed|abducted|kidnapped|executed|destroyed|besieged|"
    r"surrounded|encircled|targeted|downed|wounded|massacred|defeated|expelled|"
    r"entered\s+(?:the\s+(?:town|village|city)\s+of\s+)?(?-i:[A-Z])|advanced\s+(?:on|towards?|into)|"
    r"launched\s+(?:an?\s+)?(?:\w+\s+)?(?:assault|attack|offensive|raid|strike)|"
    r"hit\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:convoy|base|post|position|camp|checkpoint|town|village)\b"
    r"(?!\s+(?:economy|economies)\b)(?!\s+hard\s+(?:with|by)\s+(?:a|an|its|the)\s+(?:blockade|sanctions|siege)))",
    re.IGNORECASE,
)


_OBLIGATION = compiled(
    r"(?:that\s+)?(?:[\w’'\-]+\s+){1,6}?[\"“]?(?:must|should|ought\s+to)\s+(?!have\b)(?:not\s+)?[a-z]+", re.IGNORECASE
)
"""What someone must or should do ("The authorities must open an investigation into the killing of
11 people"): an appeal, whatever violence it names; no event ("must have fled" is a surmise)."""


def tells_no_event(quote: str, claim_type: str) -> bool:
    """A casualty claim with no figure, and no death or wound, fighting or attack told as done: a
    need or a lament ("Needs are immediate: … medical care for the wounded", "every year the same
    villages bury their dead")."""
    told = (A_DEATH_TOLD, FIGHTING, ATTACKED)
    return claim_type == "casualties" and not death_figures(quote) and not any(w.search(quote) for w in told)


def tells_an_event(claim: BoardClaim) -> bool:
    """Whether the claim tells of something that happened, so that its claimant is a source of the
    event the board puts it in: not an intention or a stance, nor a need or a lament (a newcomer's
    board counted a relief group's needs and a politician's lament as two independent sources of
    the raids' deaths)."""
    return (
        not _intent_or_stance(claim.quote)
        and not what_a_place_is(claim.quote)
        and not what_keeps_happening(claim.quote)
        and not tells_no_event(claim.quote, claim.facts.claim_type)
    )


HELD = "telling who holds a place, no fighting"
"""Why "the town is fully under our control" gives no row: it tells who holds a place, not that
anything happened there (it was a battle, "Armed clash", by the rule for territory without a
status of taking; found by a newcomer), a rebel spokesman's too (helper-254's "our forces are in
full control of Bamunka" was a row "Non-state actor overtakes territory")."""


def _held_only(claim: BoardClaim) -> bool:
    """A claim of territory that gives its places no taking (held, or nothing) and tells no
    violence or fighting."""
    if claim.facts.claim_type != "territorial_control":
        return False
    taken = not every_change_denied(claim.quote) and any(  # "it had not withdrawn from Masisi and … the town had not
        # fallen" takes nothing; as the words say, a hold the speaker claims for its side is no taking, whoever speaks
        claim.facts.statuses.get(place, "") in ("captured", "retaken", "encircled", "contested")
        for place, _ in claim.places
    )
    return not taken and not _VIOLENCE.search(claim.quote) and not FIGHTING.search(claim.quote)


DRIVEN_OUT = "telling of people driven from their homes or where a party went, not of violence"
_PEOPLE = r"(?:people|families|residents|civilians|villagers|households|thousands|hundreds|children)"
_DRIVEN = compiled(
    r"\b(?:driv(?:e|es|ing|en)|drove|forc(?:e|es|ing|ed)|push(?:es|ing|ed)|send(?:s|ing)?|sent)\s+(?:\w+\s+){0,4}?"
    rf"{_PEOPLE}\b"
    rf"|\b{_PEOPLE}\b[^.;]{{0,60}}?\b(?:fled|fleeing|(?:were|have\s+been|had\s+been|been)\s+(?:displaced|uprooted)|"
    r"(?:have\s+|had\s+)?arrived\s+in)\b"  # "Hundreds of residents of Tangaye-Foulbe arrived in Kaya" (helper-367)
    rf"|\b(?:displaced|uprooted)\s+(?:(?:more\s+than|at\s+least|about|nearly|some|over|around|[\d,]+|\w+)\s+){{0,4}}?"
    rf"{_PEOPLE}\b",  # "has displaced more than 60,000 people this year" (helper-295's battle of 1 January)
    re.IGNORECASE,
)
"""People fleeing, driven out or displaced ("the fighting was driving thousands of people toward El
Obeid", "50,000 people have been displaced by fighting between the ELN and FARC dissidents",
"displaced families remain in shelters"): what ACLED records is the violence, told in claims of its
own; helper-258's became an armed clash at a town named in a clause of the claim ("since the RSF
cut the road to Kosti"), a newcomer's shelters a development of "displaced families"; nor where
armed men went ("the attackers fled toward the Liguasan Marsh": helper-254's row at the marsh)."""
_WENT_TOWARD = compiled(
    r"(?:that\s+)?(?:the\s+)?(?:[\w\-’']+\s+){1,3}?(?:had\s+)?(?:fled|escaped|retreated|withdrew|headed)\s+"
    r"(?:\w+\s+){0,3}?(?:toward|towards|into|in\s+the\s+direction\s+of)\b[^,;]*$"
    r"|(?:that\s+)?(?:the\s+)?(?:[\w\-’']+\s+){1,3}?(?:had\s+)?(?:come|came)\s+from\b[^,;]*$"  # "the attackers had
    # come from Afghanistan": an accusation of where they came from, no event there (helper-301)
    r"|(?:that\s+)?(?:[\w\-’']+\s+){1,3}?(?:had\s+|have\s+|has\s+)?(?:remained|stayed|remain|stay)\s+"
    r"(?:in|at)\s+(?:their|its|his)\s+(?:positions|bases?|barracks)\b[^,;]*$"
    r"|(?:that\s+)?(?:[\w\-’']+\s+){1,3}?(?:were|was|had\s+been)\s+(?:still\s+)?in\s+the\s+(?:\w+\s+)?area\s+of\b[^,;]*$"
    r"|(?:that\s+)?(?:[\w\-’']+\s+){0,3}?(?:had\s+|has\s+|have\s+)?(?:sent|deployed|dispatched)\s+(?:[\w\-,]+\s+){0,3}?"
    r"(?:troops|patrols|reinforcements|soldiers|forces|police(?:men)?|officers|peacekeepers|units)\s+(?:to|into)\b[^,;]*$",
    # where a party stayed, was or was sent ("his troops remained in their positions around Minova", "its fighters were
    # in the rural area of El Tarra at the time": helper-340's rows of "Other"; "it had sent patrols to Duk county",
    # "had deployed additional troops to Maguindanao del Sur ahead of the elections": helper-342's)
    re.IGNORECASE,
)
"""A claim of nothing but where a party went ("the attackers fled toward the Liguasan Marsh")."""


def people_driven_out(quote: str) -> bool:
    """People displaced, or armed men gone, with no violence done and no dead told beside it
    (`_VIOLENCE_DONE`, looting, raids), and no violence of one day that drove them ("Heavy shelling
    of Dapaong on Sunday forced thousands to flee" is the shelling's row: helper-265's review; "the
    fighting was driving thousands toward El Obeid", of no day, tells no event)."""
    told = _WENT_TOWARD.match(quote) is not None or _DRIVEN.search(quote) is not None
    quote = _SINCE_THE_WAR.sub(" ", quote)  # "since the military seized power in February 2021": a running total's span
    if not told or _VIOLENCE_DONE.search(quote) or _DONE_TO_THINGS.search(quote) or death_figures(quote):
        return False
    done = _FEARED.sub(" ", quote)  # "fled on Sunday, fearing an attack by JNIM": no attack happened
    fought = _VIOLENCE.search(done) or FIGHTING.search(done) or ATTACKED.search(done) or _PUT_OUT.search(done)
    return not (fought and ONE_DAY.search(quote))


_FEARED = compiled(
    r"\b(?:fearing|for\s+fear\s+of|ahead\s+of|amid\s+fears\s+of|(?:the\s+)?threat\s+of|expecting)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w\-]+\s+){0,4}?(?:attacks?|assaults?|offensive|fighting|clashes|strikes?|raids?|shelling)\b"
    r"|\b(?:an?\s+)?(?:expected|imminent|feared|possible|threatened)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:attacks?|assaults?|offensive|strikes?|raids?)\b",
    re.I,
)
"""Violence feared, not done ("fled Goma on Monday ahead of an expected M23 attack": helper-267)."""
_PUT_OUT = compiled(r"\b(?:forced|drove|driven|pushed|expelled)\s+(?:[\w\-’']+\s+){0,6}?out\b", re.I)
"""Armed men put out of a place ("forced JNIM fighters and their families out of Nadjoundi")."""
_DONE_TO_THINGS = compiled(r"\b(?:loot\w*|burn(?:ed|t|ing)|torch\w*|raid(?:ed|ing|s)?|pillag\w*|set\s+fire)\b", re.I)
"""Violence done to homes and goods: an event of its own, whoever fled it."""


CARE = "telling of help given to the hurt, not of who hurt them"
"""Why "peacekeepers rescued 14 wounded villagers and the Bangladeshi contingent took them to
hospital" gives no row: a newcomer's gave an attack on civilians by the peacekeepers, and a
hospital's count of the wounded it treated a battle of the contingent that runs it. Shelter given
to the displaced is help too ("schools in Tyre were sheltering more than 6,000 displaced people")."""
_CARE = compiled(
    r"\b(?:rescued|rescuing|evacuated|evacuating|treated|treating|airlifted|admitted|cared\s+for|"
    r"received\s+(?:\w+\s+){0,3}?(?:wounded|injured|casualties|patients)|"  # "had received 19 wounded people"
    r"search(?:ed|ing)\s+(?:through\s+)?(?:the\s+)?(?:rubble|debris|ruins)|"  # "searched the rubble until morning"
    r"(?<![Tt]he\s)(?:shelter(?:ed|ing)|host(?:ed|ing)|hous(?:ed|ing))\s+(?:[\w,\-]+\s+){0,4}?(?:displaced|refugees|evacuees)|"
    r"(?:took|taken|brought|rushed|carried|flown)\s+(?:\w+\s+){0,3}?to\s+(?:a\s+|the\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:hospitals?|clinics?|health\s+cent(?:re|er)s?))\b",
    re.IGNORECASE,
)
_HARM = compiled(
    r"\b(?:killed|killing|died|dead|attack(?:ed|s|ing)?|shell(?:ed|ing)|struck|bomb(?:ed|ing)|clash(?:ed|es)|fighting|"
    r"fought|ambush(?:ed|ing)?|storm(?:ed|ing)?|captur(?:ed|ing)|seiz(?:ed|ing)|overran|abducted|kidnapped|shot|"
    r"shooting|fired|raid(?:ed|s|ing)?|massacre|"
    r"strikes?|airstrikes?|explosions?|blasts?|bodies|hit|looted|looting|torched|set\s+fire|burn(?:ed|t)|arrested|"
    r"detained|targeted|surrounded|demolish(?:ed|ing))\b"
    r"|(?<!\d\s)(?<!the\s)(?<!of\s)\b(?:wounded|injured)\s+(?:by|in|when|as|during)\b",
    re.IGNORECASE,
)
"""Words of harm done in a claim of care: then it tells the attack too ("treated 20 people wounded
in the shelling of Kanam")."""


def care_only(quote: str) -> bool:
    """A claim of help given to the hurt (rescued, treated, taken to hospital) that tells no harm
    done, only the hurt ("14 wounded villagers")."""
    return bool(_CARE.search(quote)) and not _HARM.search(quote)
