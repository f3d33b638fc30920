"""The numbers of deaths a claim states ("at least 11" is 11, "dozens" 12, "tens" 10): for the
fatalities of an event row and for telling which claims of an event disagree on the toll.
"""

from __future__ import annotations

import re

from annotations.claims import toll_words as tolls
from annotations.claims.earlier_events import earlier_event_spans, in_an_earlier_event
from annotations.claims.kin_dead import (
    ONE_AND_THEIR,
    THEY_WERE_HURT,
    WERE_HURT,
    kin_count,
    kin_killed,
    told_before_their_kin,
    told_one_by_one,
)
from annotations.claims.number_words import A_NUMBER as _A_NUMBER
from annotations.claims.number_words import NUMBER as _NUMBER
from annotations.claims.number_words import value as _value
from annotations.claims.whose_dead import SAME_FIGHT, THEIR_OWN, WHO_SOME_WERE, counted_words
from annotations.text.dates import NUMBERS_OF_WHEN
from annotations.text.pattern_cache import compiled

_NO_TOLL = frozenset({"thousands", "tens of thousands", "hundreds of thousands", "several thousand"})
"""Numbers of dead no event has: a war's toll ("Tens of thousands have been killed since 2023",
"killing thousands"), counted by no row."""
_VAGUE = frozenset({"several", "several dozen", "several hundred", "tens", "dozens", "scores", "hundreds"})
"""Words that count the dead as ACLED does when a report gives no number ("several" is 10,
"dozens" 12, "hundreds" 100): a row's fatalities, but no toll to set against another source's
number ("dozens" and "30" do not contradict)."""
_HURT = r"(?:hurt|injured|wounded|missing|arrested|detained|abducted|kidnapped|displaced)"
"""Those a number counts that are not dead: "12 wounded and two killed" counts two dead."""
_NOT_WHO = r"(?<!displaced(?=\s(?:people|persons|civilians|residents|villagers|women|children|men)\b))"
"""Unless the word only says who the dead were ("21 displaced people … were killed")."""
_A_CLAUSE_WORD = (
    r"(?:said|says|told|tell|according|when|after|before|while|where|which|who|that|as|because|if|since|until)"
)
"""A word that opens another clause between a number and the killing: the number is not the dead's."""
_VILLAGES = (
    r"villages|village(?!\s+(?:volunteers|guards|chiefs?|heads?|elders|leaders?|defen[cs]e|militia\w*|headm[ae]n|"
    r"residents|men|women|youths|councillors?))"
)
"""Villages counted ("three villages were burned"), not a word of people ("three village volunteers had died":
helper-366's row had 0; "Two village attacks … killed 12" counts no villages either)."""
_THINGS = (
    r"(?:days?|hours?|weeks?|months?|years?|minutes?|nights?|houses?|homes?|buildings?|shops?|cattle|cows?|goats?|"
    r"sheep|camels?|livestock|vehicles?|cars?|trucks?|motorcycles?|"
    rf"{_VILLAGES}|kilomet(?:re|er)s?|km|miles?|metres?|"
    r"rounds?|rockets?|missiles?|drones?|shells?|bombs?|times|percent|(?:land)?mines|explosives|weapons|tonnes|tons)"
)
_SPANS = rf"(?:days?|hours?|weeks?|months?|years?|minutes?|nights?|houses?|homes?|buildings?|shops?|camps?|{_VILLAGES})"
"""What a number before a killing verb may count that is no dead: "three days of shelling killed 40"; not "three
village volunteers had died" (helper-366's row had 0)."""
_AT_LEAST = (
    r"(?:(?:at least|more than|some|about|nearly|up to|a total of|over|around|roughly|approximately|almost|"
    r"close to|as many as|an?)\s+)?"
)
"""Before a number ("killed over 30 people", "killing around 20 villagers": no toll, a newcomer's)."""
_NOT_A_YEAR = (
    r"(?!(?:(?<=in )|(?<=since )|(?<=from )|(?<=until )|(?<![Tt]otal of )(?<=of )|(?<=the )|(?<=a )|(?<='s )|(?<=’s ))"
    r"(?:19|20)\d\d\b(?!\s+(?:people|persons|civilians|soldiers|men|fighters|residents|villagers)\b))"
)
"""Not a year ("kidnapped from Chibok in 2014 were killed", "an insurgency that began in 2009 and has killed":
helper-276; "guerrillas who had signed the 2016 peace deal were killed" was 2016 dead: helper-340); "a total of
2000 people" is a number (helper-277)."""
_WHO_BETWEEN = (
    rf"(?!(?:and|or)\s+(?:{_A_NUMBER}|a|an|[a-z\-]+(?:ed|ing))\s|{_A_NUMBER}\s|"
    rf"(?:{_HURT}{_NOT_WHO}|{_SPANS}|{_THINGS}|{_A_CLAUSE_WORD})\b)"
)
"""Not a word between a number and the killing that makes the number another's."""
_DEATHS = compiled(  # a figure quoted too: '"more than ten soldiers" were killed'
    rf"\b{_NOT_A_YEAR}{_NUMBER}[\"”’']?\s+(?:of\s+)?(?:the\s+(?:wounded|injured)\s+)?(?:members\s+of\s+(?:the\s+)?)?"
    r"(?:(?:wounded|injured)\s+(?=(?:[a-z\-]+\s+){1,2}(?:(?:had|have)\s+)?(?:later\s+|subsequently\s+)?(?:died|succumbed)\b))?"
    # "4 wounded soldiers later died" (helper-279: dropped)
    rf"(?:(?:{_WHO_BETWEEN}[a-z\-]+\s+){{5,6}}?(?:(?:were|was|(?:have|had|has)\s+been)\s+"
    r"(?:also\s+|reportedly\s+|later\s+|subsequently\s+|allegedly\s+)?killed|(?:(?:have|had|has)\s+)?(?:later\s+)?died)\b"
    # "three soldiers escorting a food convoy were killed" (helper-274); five or six words, then only "were killed"
    # or "died" ("Three hospital officials in Goma confirmed the deaths", "Two gunmen riding a motorbike shot dead a
    # chief": helper-276)
    rf"|(?:{_WHO_BETWEEN}[a-z\-]+[\"”’']?\s+){{0,4}}?"
    r"(?:[a-z\-]+,\s+(?:(?:including|among them)\s+)?[^,.;]{1,60},\s+)?"  # "47 civilians, including 12 children, were";
    # "two civilians, a farmer and his teenage son, were killed" (helper-254's row said 0)
    r"(?:(?:were|was|(?:have|had|has)\s+(?:also\s+|reportedly\s+|all\s+)?been|are|had|have)\s+"
    r"(?:also\s+|reportedly\s+|all\s+|later\s+|subsequently\s+|allegedly\s+)?)?[\"“‘']?"  # "had also been killed"
    # (helper-272's 273 dead were 0), "were later killed" (helper-274)
    r"(?:killed|dead|died|deaths|fatalities|martyred|succumbed|bodies|neutrali[sz]ed|"
    r"paid the (?:supreme|ultimate) price|lost their lives|sent to hell)\b)"  # the ISPR's "13 khwarij were sent …"
    rf"|\b(?:hacked|stabbed|beat|beaten|burned|burnt|stoned|clubbed)\s+{_AT_LEAST}{_NUMBER}\s+(?:[a-z\-]+\s+){{0,2}}?to\s+death\b"
    rf"|\bsent\s+{_AT_LEAST}{_NUMBER}\s+(?:[a-z\-]+\s+){{0,2}}?to\s+hell\b"  # "sent 13 … to hell", not a threat
    rf"|\b(?:killing|killed|kills|left dead|shot dead|shooting dead|executed|executing|beheaded|beheading|lynched|"
    r"lynching|neutrali[sz]ed|neutrali[sz]ing|buried|bodies of|killings? of(?: the)?|deaths? of(?: the)?)"
    rf"[\"”’']?\s+[\"“‘']?(?:(?:its|their|his|her|our|all)\s+)?{_AT_LEAST}{_NOT_A_YEAR}{_NUMBER}\b"
    r"(?![-\s](?:year|month|week|day)s?[-\s]old)"  # "killing its two crew members" (helper-347's row said 0)
    rf"|\blost\s+{_AT_LEAST}{_NUMBER}\s+(?:of\s+(?:its|their|his|her)\s+)?(?:[a-z\-]+\s+)?"
    r"(?:men|members|soldiers|fighters|troops|officers|servicemen|policemen|lives)\b"  # "lost 12 men"
    rf"|\b(?:lost|losing)\s+{_AT_LEAST}{_NUMBER}\s+of\s+(?:their|its|his|her)\s+own\b"  # "losing two of their own"
    rf"|\b{tolls.THE_DEAD_PUT_AT}\s+{_AT_LEAST}{_NUMBER}\b"
    rf"|\bnumber\s+of\s+(?:dead|deaths|(?:people|civilians|persons|victims)\s+killed)\s+"
    rf"(?:(?!(?:and|but|while|number|price|cost)\b)[\w’'\-]+\s+){{0,20}}?"
    r"(?:(?:rose|has\s+risen|had\s+risen|climbed|has\s+climbed|increased|jumped)\s+to|(?:has\s+|had\s+)?reached(?:\s+to)?)\s+"
    rf"{_AT_LEAST}{_NUMBER}\b"  # "The number of people killed when shells hit a market … has risen to 27"
    rf"|\b(?:death\s+)?toll\s+(?:(?:from|in|of)(?:\s+[\w’'\-]+){{1,6}}?\s+at|"  # "the toll from the attack at 11"
    rf"at|to|of|(?:(?!(?:and|but|while|number|price|cost)\b)[\w’'\-]+\s+){{0,20}}?"
    r"(?:rose to|risen to|rising to|stood at|reached|"
    rf"climbed to|increased to|jumped to))\s+"
    rf"{_AT_LEAST}{_NUMBER}\b",
    re.IGNORECASE,
)


_NOT_THE_DEAD = (
    rf"(?:{_THINGS}|hurt|missing|injured|wounded|taken|hostage|arrested|detained|abducted|kidnapped|displaced|of|and|"
    r"were|was|had|have|has|been|are|is|\w+ed|\w+ing)"
)
"""Words of a list that is no list of the dead: things, animals, spans of time, the hurt and the
taken ("after three days of fighting", "200 cattle and", "12 hurt and three dead")."""
_FEWER_BEFORE = compiled(rf"\b(?:[Bb]etween\s+{_NUMBER}\s+and|{_NUMBER}\s+of(?:\s+the)?)\s+$", re.IGNORECASE)
"""Before the larger of two numbers of dead: a range or a part ("between 20 and 30", "four of the 12",
"12 of 20 passengers were killed")."""
_WHO = rf"(?!{_NOT_THE_DEAD}\b|\d)[\w\-]+"
_LISTED_BEFORE = compiled(
    rf"(?<!of the )(?<!Of the )\b{_NOT_A_YEAR}{_NUMBER}\s+(?:members\s+of\s+(?:the\s+)?)?"  # not "the 2024 ceasefire,"
    rf"(?:(?!\d|{_THINGS}\b|and\b|were\b|was\b)[\w\-]+\s+){{0,2}}?{_WHO}"
    r"(?:,?\s+(?:and|as well as)|,)\s+(?:(?:at\s+least|more\s+than|over|about|around|nearly|some)\s+)?$",
    re.IGNORECASE,
)
"""The first of two numbers of dead in a list ("eight soldiers and three civilians were killed",
"two pilots and three crew members", "four members of the security forces and seven attackers",
"Two soldiers and at least eight insurgents": helper-356's row said 8): they died together, and
the toll is both."""


_THINGS_AFTER = compiled(rf"(?:\s+of)?\s+(?:{_THINGS}|livestock|animals|head\s+of\s+cattle)\b", re.IGNORECASE)
_PEOPLE_AFTER = compiled(
    r"(?:\s+(?!(?:and|or|as|near|in|on|at|from|of|to|with|by|while|when|after|before|but|that|which|who|during|"
    r"belonging|owned|because|for|so|since|across|over|into|through|towards?|around|along)\b)[a-z\-]+){0,2}?\s+"
    r"(?!(?:borders|waters|quarters|numbers|orders|headquarters|others|matters|powers)\b)"
    r"(?:[a-z\-]*(?:ers|ors|ists|ants|ents|ians|men|heads|imams|chiefs|members)|"
    r"thieves|vigilantes|crews?|people|children|boys|girls|youths|guards|suspects|passengers)\b",
    re.IGNORECASE,
)
"""After a number killed: animals or things ("killed 30 cattle overnight", "40 cows belonging to
herders"), unless people they name follow ("20 cattle herders", "7 cattle rustlers", "4
motorcycle taxi riders")."""


def _things_killed(text: str, end: int) -> bool:
    things = _THINGS_AFTER.match(text, end)
    return things is not None and _PEOPLE_AFTER.match(text, things.end()) is None


_ONE_OF_THEM = (
    r"child|teenager|person|civilian|farmer|herder|shepherd|fisherman|villager|resident|soldier|policeman|"
    r"police\s+officer|officer|teacher|student|trader|driver|worker|journalist|imam|priest|pastor|chief|elder|"
    r"nurse|doctor|medic|pilot|crew\s+member|member|guard|commander|official|refugee|passenger|pilgrim|worshipper|"
    r"labourer|laborer|miner|hunter|fighter|militant|rebel|gunman|man|woman|boy|girl|council(?:l?or|man|woman)|mayor|"
    r"chairman|lawmaker|politician|activist|businessman|businesswoman|cleric|judge|prosecutor|headman|ranger|deminer|"
    r"commissioner|governor|administrator|candidate|councillor|senator|minister|diplomat|engineer|contractor"
)
"""Who one dead may be, named without a number ("killing a crew member")."""
_AND_ANOTHER = compiled(
    rf"\s+and\s+(?:a|an|the|another|one)\s+(?:[a-z\-]+\s+){{0,2}}?(?:{_ONE_OF_THEM})\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:of|in|at|on|near|from|who|whom|and|as|during|while|when|after|before|late|early|"
    r"overnight|last|inside|outside|with|aged|[a-z]+ing)\b)",  # not "and the commander ordered a retreat", "and the
    # village chief fought them off" (helper-276); "and a child and wounding six others" (helper-274)
    re.I,
)
"""A second dead named after the first, without a number ("killing a crew member and the commander
of the garrison": helper-268's row said 0)."""
_THEN_ACTS = compiled(
    r"(?:\s+(?:of|in|at|on|near|from)\s+(?:the\s+|a\s+|an\s+)?(?:(?!who\b|whom\b|which\b|that\b)[\w'’\-]+\s+){0,3}?)"
    r"(?:later\s+|also\s+|then\s+)?(?:(?-i:(?!wounded\b|injured\b|killed\b|armed\b)[a-z]{3,}ed)"
    r"(?!\s+(?:in|at|to|as|by|near|on|from|with|into|under|inside|outside)\b)|said|says|told|escaped|fled|led|"
    r"fought|sought|rang|ran|hid|was|were|is|are|has|had|have|will|would)\b",  # not "based in", "of the armed group"
    re.IGNORECASE,
)
"""The one named after "and the" acts once their place or unit is told: the subject of a new clause, alive
("killing a soldier and the commander of the unit vowed revenge" is one dead: helper-273)."""
_NO_NOUN_AFTER = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:of|in|at|on|near|from|who|whom|and|as|during|while|when|after|before|with|aged|"
    r"overnight|last|inside|outside|yesterday|today|tonight|there|here|late|early|(?!family\b|ally\b)[a-z]+ly|"
    r"[a-z]+ing)\b)"
)
"""After one of the dead named with "the": no noun of theirs ("killed the village chief of Dapaong", not "killed
the mayor's re-election bid", "killed the official ceasefire": helper-297)."""
_ONE_DEAD = compiled(
    r"\b(?:(?:a|an|one)\s+(?:(?:[a-z\-]+|\d{1,3}-year-old)\s+){0,2}?|(?:he|she)\s+(?:later\s+|also\s+|then\s+)?)"
    r"(?:(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|shot\s+dead)|died|succumbed)\b"
    r"|\bwas\s+(?:shot|stabbed|hit|wounded|injured)\b[^.;]{0,80}?\band\s+(?:later\s+)?died\b"  # shot, then died
    r"|(?-i:\b[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)+)(?:,[^,;.]{1,100},)?\s+was\s+(?:shot\s+dead|killed|murdered|"
    r"assassinated|gunned\s+down|beheaded|executed)\b"  # "Alejandro Martinez Noguez, who ran …, was shot dead"
    r"|\b(?:killed|killing|shot\s+dead|shooting\s+dead|shot\s+and\s+killed|stabbed\s+to\s+death|beat\s+to\s+death|"
    r"beheaded|beheading|executed|lynched)\s+(?:(?:a|an|one)\s+(?:\d{1,3}-year-old\b|(?:[a-z\-]+\s+){0,2}?"
    rf"(?:man|woman|boy|girl|{_ONE_OF_THEM})\b)|the\s+(?:[a-z\-]+\s+){{0,2}}?(?:{_ONE_OF_THEM})\b{_NO_NOUN_AFTER})",
    re.IGNORECASE,
)
"""One death told without a number ("a soldier was killed", "he later died of his injuries", "shot dead
a 19-year-old man", "killed a farmer"): a newcomer's row of it said 0 fatalities. A doer's "a drone
killed" is no death of its own."""


def death_figures(text: str) -> list[int]:
    """Every number of deaths the words state ("killing at least 14 civilians", "dozens were
    killed"; "eight soldiers and three civilians, including a tea vendor, were killed" is 11;
    "two soldiers and a civilian were killed" 3; "he later died of his injuries", with no number, is 1)."""
    return _figures_of(_of_their_words(text))


def _of_their_words(text: str) -> str:
    """The words as the figures are read from: no dates ("An attack on Jan. 4 killed 3": 3, not 4), no unit's number
    ("the 444 Brigade killed two men": 2), nor where the dead came from ("13 peacekeepers from South Africa, Malawi
    and Uruguay were killed": helper-365's row had 0)."""
    words = tolls.UNITS_NUMBER.sub("", NUMBERS_OF_WHEN.sub(" ", counted_words(text)))
    return tolls.WHERE_THE_DEAD_CAME_FROM.sub("", words)


def _figures_of(text: str) -> list[int]:
    """`death_figures` of the words as `whose_dead.counted_words` gives them."""
    figures = _stated_figures(text)
    if figures:
        return _with_the_one_listed_before(text, figures)
    and_one = _AND_ONE_MORE.search(text)
    if and_one is not None:
        return [_value(and_one.group(1)) + 1]
    one_then_more = _ONE_THEN_MORE.search(text)
    if one_then_more is not None:
        return [_value(one_then_more.group(1)) + 1]
    if (one_by_one := told_one_by_one(text)) is not None:
        return [one_by_one]
    one = _ONE_DEAD.search(text)
    return [] if one is None else [_one_and_kin(text, one)[0]]


def _one_and_kin(text: str, one: re.Match[str]) -> tuple[int, int]:
    """The dead one tells, with the kin named killed after them ("a farmer and his two sons"), and
    where their words end; kin said to be wounded are no dead ("a shepherd was killed and his two
    brothers were wounded" is one: it was three where no number was stated)."""
    kin = kin_killed(text, one.end())
    active = one.group().lower().startswith(("kill", "shot", "shoot", "stab", "beat", "behead", "execut", "lynch"))
    another = _AND_ANOTHER.match(text, one.end()) if kin is None and active else None  # "killing a X and the Y"
    if (
        another is not None
        and not THEY_WERE_HURT.match(text, another.end())
        and not _THEN_ACTS.match(text, another.end())
    ):
        return 2, another.end()
    if kin is None:
        return 1, one.end()
    return 1 + kin_count(kin), kin.end()


def _with_the_one_listed_before(text: str, figures: list[int]) -> list[int]:
    """The stated figures, the first with the dead told one by one before it and joined to it
    ("killed a woman and her two children, and that four fighters were killed" is 7: a newcomer's
    row said 4)."""
    first = _DEATHS.search(text)
    one = _ONE_DEAD.search(text, 0, first.start()) if first is not None else None
    if first is None or one is None:
        return figures
    dead, end = _one_and_kin(text, one)
    if end > first.start() or not _JUST_AND.fullmatch(text, end, first.start()) or tolls.A_TOTAL.search(first.group()):
        return figures  # "A child was killed, and the death toll climbed to 15": the toll counts the child
    if _IN_ALL.match(text, first.end()):
        return figures  # "One person died and 12 people were killed in total"
    return [figures[0] + dead, *figures[1:]]


_JUST_AND = compiled(r",?\s+and\s+(?:that\s+)?", re.IGNORECASE)
"""Only "and" between the dead told one by one and a number: no place nor time of another event
("A soldier was killed in Kidal, and two days later 12 civilians were killed in Gao")."""
_IN_ALL = compiled(r"\s+(?:in\s+(?:total|all)|altogether)\b", re.IGNORECASE)
_ONE_THEN_MORE = compiled(
    r"\b(?:killed|killing|neutrali[sz]ed|neutrali[sz]ing|shot\s+dead)[\"”’']?\s+(?:a|an|one|the)\s+(?:(?!and\b)[\w\-]+\s+){0,3}?"
    rf"[\w\-]+\s+(?:and|as\s+well\s+as)\s+{_AT_LEAST}{_NUMBER}\s+(?:of\s+(?:his|her|their|its)\s+)?(?:[\w\-]+\s+)?"
    r"(?:fighters|men|soldiers|followers|members|militants|bodyguards|guards|people|civilians|troops|"
    r"insurgents|rebels|terrorists|gunmen|attackers|villagers|farmers|herders|residents|passengers|policemen|"
    r"police\s+officers|officers|children|women|worshippers|miners|traders|students|pupils|escorts|aides)\b",
    re.IGNORECASE,
)
"""One of the dead named, then a number more ("killed a separatist commander and at least nine of
his fighters" is ten: helper-254's row said 0)."""
_AND_ONE_MORE = compiled(
    rf"\b{_NUMBER}\s+(?:(?!{_THINGS}\b|and\b)[\w\-]+\s+){{0,2}}?(?!{_NOT_THE_DEAD}\b)[\w\-]+\s+(?:and|as well as)\s+"
    r"(?:a|an|one)\s+(?:[a-z\-]+\s+){0,2}?(?:were|have\s+been|had\s+been)\s+(?:also\s+|reportedly\s+|all\s+)?"
    r"(?:killed|shot\s+dead)\b",
    re.IGNORECASE,
)
"""A number of dead and one more listed after them ("Two Armenian soldiers and a civilian were
killed": a newcomer's row said 0)."""


def _stated_figures(text: str) -> list[int]:
    figures: list[int] = []
    earlier = earlier_event_spans(text)
    last = -1  # where the last figure's words end, while the next may add to it
    last_own_loss = False  # the last figure a side's own losses ("lost three men"), which the dead it killed add to
    last_a_total = False  # the last figure a toll ("the death toll rose to 25"), which holds the hurt who died since
    for match in _DEATHS.finditer(text):
        if _things_killed(text, match.end()) or _said(match).lower() in _NO_TOLL:
            continue  # "killed thousands of cattle", "killed 200 goats", a war's "tens of thousands"
        if in_an_earlier_event(earlier, *match.span()):
            continue  # "infrastructure linked to the killing of 26 tourists": another event's dead
        if WHO_SOME_WERE.match(text, match.start()):
            continue  # "14 of the dead were children": who some of the dead were (helper-340's toll of 14)
        figure, at = _value(next(group for group in match.groups() if group)), match.start()
        fewer = _FEWER_BEFORE.search(text, max(0, at - 30), at) if match.group(1) else None
        if fewer is not None:  # "between 20 and 30 people", "four of the 12 soldiers": the fewer
            figures.append(_value(fewer.group(1) or fewer.group(2)))
            last = -1
            continue
        if _OBJECTS_NEUTRALISED.search(match.group()):
            continue  # "Twelve Ukrainian UAVs were neutralised": no dead
        if figures and tolls.A_RUNNING_TOLL.search(text, max(0, match.start() - 30), match.start() + 12):
            continue  # "two more protesters…, bringing the nationwide toll to 13": the 13 are all the days'
        whom_before = _OF_WHOM_BEFORE.search(text, max(0, at - 12), at)  # "injured, of whom three later died"
        told = text[whom_before.start() : match.end()] if whom_before else match.group()
        if figures and _THE_HURT_WHO_DIED.search(told):
            of_the_dead = _OF_WHOM.search(told) and not _HURT_WORD.search(text, max(0, last), at)
            # "9 were killed … and 5 wounded later died": 14; not "rose to 25 after 4 wounded … died": 25 (helper-284)
            if not of_the_dead and not (last_a_total and tolls.BEFORE_THE_TOLL.fullmatch(text, last, at)):
                figures[-1] += figure
            last = match.end()
            continue
        a_part = _A_PART_OF_THEM.match(match.group()) is not None  # "abducted 30 people, five of whom died": 5
        while match.group(1) and not a_part and (listed := _LISTED_BEFORE.search(text, max(0, at - 60), at)):
            figure, at = figure + _value(listed.group(1)), listed.start()
        if match.group(1) and not a_part and (one := ONE_AND_THEIR.search(text, max(0, at - 40), at)):
            figure, at = figure + told_before_their_kin(one), one.start()  # "A mother and her three children …": 4
        after = match.end()
        while (
            not match.group(1)
            and (listed := _LISTED_AFTER.match(text, after))
            and not _THE_LISTED_HURT.match(text, listed.end(1))
        ):
            figure, after = (
                figure + (1 if listed.group(1).lower() in ("a", "an") else _value(listed.group(1))),
                listed.end(),
            )
        if not match.group(1) and (kin := kin_killed(text, after)):
            figure, after = figure + kin_count(kin), kin.end()
        last_a_total = tolls.A_TOTAL.match(match.group()) is not None
        raised = tolls.RAISED_TO.match(match.group()) and not tolls.OF_A_WIDER_SPAN.match(text, after)
        if last_a_total and figures and raised and figure >= sum(figures):
            figures = [figure]  # "killed 12 … The death toll rose to 15 on Tuesday": 15, the count since raised
        elif last >= 0 and tolls.RAISING_THE_TOLL.fullmatch(text, last, at) and tolls.A_TOTAL.match(match.group()):
            figures[-1] = figure  # "Two of the injured died, raising the death toll to nine": 9
        elif last >= 0 and _AND_ALSO.fullmatch(text, last, at) and _adds_to_the_last(text, match):
            figures[-1] += figure  # "Seven assailants were neutralised and our forces lost four men": 11
        elif last >= 0 and THEIR_OWN.search(match.group()) and SAME_FIGHT.fullmatch(text, last, at):
            figures[-1] += figure  # "killed eight militants while losing one of their own": 9 (helper-343)
        elif last >= 0 and last_own_loss and _THEN_THEY_KILLED.fullmatch(text, last, at):
            figures[-1] += figure  # "Our fighters lost three men, but we killed 20": 23 (helper-357's row said 3)
        else:
            figures.append(figure)
        last_own_loss = match.group().lower().startswith(("lost", "losing"))
        last = after
    return figures


_THE_LISTED_HURT = compiled(
    rf"(?:\s+[a-z\-]+){{1,2}}?(?:,?\s+(?:and|as\s+well\s+as)\s+(?:(?:about|around|some|nearly|at\s+least|more\s+than|over)\s+)?"
    rf"{_NUMBER}(?:\s+[a-z\-]+){{1,2}}?)*" + WERE_HURT,
    re.IGNORECASE,
)
"""After more people listed beside the dead, words that make them the wounded ("killed three civilians, and two
children and about 15 adults were wounded" is three: helper-357's row said 5)."""
_THEN_THEY_KILLED = compiled(
    r",?\s+(?:but|and|while|yet)\s+(?:(?:we|they|our|its|their)\s+(?:[\w\-]+\s+)?)?(?:also\s+|in\s+turn\s+)?",
    re.IGNORECASE,
)
"""Between a side's own losses and the dead it killed: one fight, its dead added."""
_OF_WHOM = compiled(r"\bof\s+whom\b", re.IGNORECASE)
_OF_WHOM_BEFORE = compiled(r"\bof\s+whom\s+$", re.IGNORECASE)
_A_PART_OF_THEM = compiled(r"\S+\s+of\s+(?:whom|them|those(?!\s+[a-z]+ing\b))\b", re.IGNORECASE)
"""The dead as a part of those told before them, who are not dead with them ("30 people, five of whom died")."""
_HURT_WORD = compiled(rf"\b(?:{_HURT}|hospital\w*|wounds?|injur\w*)\b", re.IGNORECASE)
"""Whom "three of whom later died" are of: the wounded told before them, else the dead ("Twenty people were
killed …, three of whom died in hospital" is 20: helper-290)."""
_THE_HURT_WHO_DIED = compiled(
    r"\b(?:wounded|injured)\b.*\b(?:died|succumbed)\b|\bof\s+whom\s+(?:[\w\-]+\s+)?(?:later\s+|subsequently\s+)?died\b",
    re.IGNORECASE,
)
"""Of the wounded, those who died since: more dead of the event told before them."""
_AND_ALSO = compiled(
    r"(?:\s+[\w’'\-]+){0,3}?,?\s+and\s+"
    r"(?!(?:[\w’'\-]+\s+){0,3}?(?:said|says|say|put|puts|told|reported|claimed|according|estimated|estimate|fear|"
    r"feared|fears|believe|believed|as\s+many|up\s+to|perhaps|possibly|maybe|may|might|could|another|separate|"
    r"second|similar|earlier|previous|residents|locals)\b)(?:[\w’'\-]+\s+){0,3}?",
    re.IGNORECASE,
)
"""Between two figures of dead, "and" and a few words: more dead of the same event ("Seven
assailants were neutralised and our forces lost four men" is 11), not another source's count
("9 were killed and residents said 14 died"), a guess ("and as many as 14 may have died", "fear 30
more died") nor another event's ("and 14 in a second attack", "another 12 died in Bukavu")."""
_A_PART_OR_BODIES = compiled(
    r"\S+\s+(?:of\s+(?:them|those|the(?!\s+(?:wounded|injured)\b)|these|whom)\b|(?:[\w\-]+\s+){0,2}?(?:bodies|were\s+buried|buried))"
    r"|\S+\s+(?:[\w\-]+\s+){0,3}?(?:were\s+)?(?:recovered|found|buried)\b",
    re.IGNORECASE,
)
"""After "and", the dead counted again: a part of them ("12 of those killed were children") or
their bodies ("14 bodies were recovered"), not more dead."""
_OBJECTS_NEUTRALISED = compiled(
    r"\b(?:UAVs?|drones?|rockets?|missiles?|shells?|devices?|IEDs?|(?:land)?mines?|explosives?|vehicles?|targets?|"
    r"tanks?|boats?|aircraft|positions?)\b[^.;]*\bneutrali[sz]ed\b",
    re.IGNORECASE,
)


_ANOTHER_EVENT_AFTER = compiled(
    r"(?:\s+[\w’'\-]+){0,3}?\s+(?:in\s+(?:an?\s+)?(?:second|separate|another|other|similar|earlier|previous)\b|"
    r"this\s+year|last\s+(?:week|month|year))",
    re.IGNORECASE,
)
"""After the second figure, words of another event ("14 were killed in a second attack last month")."""


def _adds_to_the_last(text: str, match: re.Match[str]) -> bool:
    """Whether the dead of `match`, after "and", are more dead: no toll's total, no part of the dead
    before them, no bodies counted, none of another event."""
    return not (
        tolls.A_TOTAL.match(match.group())
        or _A_PART_OR_BODIES.match(match.group())
        or _ANOTHER_EVENT_AFTER.match(text, match.end())
    )


_LISTED_AFTER = compiled(
    rf"(?:\s+[a-z\-]+){{1,2}},?\s+(?:and|as well as)\s+({_NUMBER}|an?)\s+(?!of\s+the\s+{_HURT}\b)"
    rf"(?:(?!{_HURT}\b)[a-z\-]+\s+)?"
    rf"[\"“‘']?(?!{_THINGS}\b|{_HURT}\b|others\s+{_HURT}\b)[a-z\-]+s?\b",  # not "the toll at 40 dead and 52 wounded"
    re.IGNORECASE,
)
"""More dead listed after the number a killing gives ("killing two workers and a police sergeant"
is three; "killing two and wounding five" is two: no number after "and")."""


def _said(match: re.Match[str]) -> str:
    return " ".join(next(group for group in match.groups() if group).split())


_ANY_NUMBER = compiled(rf"\b{_NUMBER}\b", re.IGNORECASE)
_WOUNDED_COUNT = compiled(
    rf"\b(?:wounding|injuring|wounded|injured)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?{_A_NUMBER}\b"
    rf"|\b{_A_NUMBER}\s+(?:(?!killed\b|dead\b|died\b)[\w\-]+\s+){{0,2}}?(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:\w+\s+)?(?:wounded|injured|hurt)\b|(?<!\bof\sthe\s)\b{_A_NUMBER}\s+(?:wounded|injured)\b"
    r"(?!\s+(?:\w+\s+){0,2}?(?:died|succumbed))".replace("{_A_NUMBER}", _A_NUMBER),
    re.IGNORECASE,
)
"""A number of the wounded ("wounding nine others", "12 people were injured"): no second toll of
the dead beside one (a newcomer's "killing two civilians and wounding nine others" was set against
no other toll on the board, though the export counted 2)."""


_THE_HURT_DIED = compiled(
    r"\b(?:of|among)\s+(?:the|those)\s+(?:wounded|injured|hurt),?\s+(?:\w+\s+){0,2}?(?:died|succumbed|passed\s+away)\b",
    re.IGNORECASE,
)
_A_TOLL_TOLD = compiled(r"\btoll\b", re.IGNORECASE)


def the_hurt_died(text: str) -> bool:
    """Whether a claim tells of the wounded of an event who died since ("Eight of the wounded died
    overnight"): more dead of a toll told elsewhere, neither a toll nor an event of its own."""
    return _THE_HURT_DIED.search(text) is not None and _A_TOLL_TOLD.search(text) is None  # "…, bringing the toll to 27"


def told_vaguely(text: str) -> bool:
    """Whether every number of dead a claim states is a word for many ("dozens of people", "several"): a figure
    that a source's number of the same dead replaces (ACLED codes "dozens" 12 only when no report gives one;
    helper-325's Merawi fighting was 12 dead beside a resident's 19 and a hospital's 27)."""
    said = [_said(match).lower() for match in _DEATHS.finditer(text)]
    return bool(said) and all(words in _VAGUE for words in said)


def the_toll(text: str) -> int | None:
    """The one death toll a claim states, when it states one number of dead only: "12 soldiers and
    3 rebels were killed" (one figure read, two numbers) states no one toll to set against
    another's; "killed 40 and wounded 20" states 40 (the number of the wounded is theirs)."""
    if any(_said(match).lower() in _VAGUE for match in _DEATHS.finditer(text)):
        return None  # "several were killed" states no number another claim's could contradict
    if the_hurt_died(text):
        return None  # "Eight of the wounded died overnight": more dead of a toll told elsewhere, not the toll
    text = _of_their_words(text)  # "41 civilians were killed … on March 3": one number of dead
    figures = set(_figures_of(text))
    numbers = sum(" ".join(n.lower().split()) not in _VAGUE for n in _ANY_NUMBER.findall(text))
    numbers -= len(_WOUNDED_COUNT.findall(text))  # "killing two civilians and wounding nine others": one toll
    one_dead = figures == {1} and numbers == 0  # "a soldier was killed"
    return figures.pop() if len(figures) == 1 and (numbers == 1 or one_dead) else None
