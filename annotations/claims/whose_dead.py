"""Whose the dead a claim counts were: fighters or civilians, and the words that name whose they
were taken out before counting (split from `figures`, which was near 500 lines)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from annotations.claims.number_words import A_NUMBER
from annotations.text.pattern_cache import compiled


def counted_words(text: str) -> str:
    """The words as the dead are counted in them: `whose_words_out`, and "no one" written as nobody."""
    return _NO_ONE.sub("nobody", whose_words_out(text))


_NO_ONE = compiled(r"\bno[\s\-]+one\b", re.IGNORECASE)
"""No one, which is no number ("No one was killed in Sunday's raid" was one dead: helper-292)."""
WHO_SOME_WERE = compiled(
    rf"{A_NUMBER}\s+of\s+(?:the|those)\s+(?:dead|killed|victims)\s+(?:were|was|are|is|included)\s+"
    r"(?:\w+\s+)?(?:children|women|girls|boys|minors|babies|infants|elderly|teenagers|students|pupils)\b",
    re.IGNORECASE,
)
"""How old some of the dead were, or of which sex ("14 of the dead were children"): no toll of its own (helper-340's
row said 14); "three of the dead were civilians" counts the civilians' dead."""


THEIR_OWN = compiled(r"\bof\s+(?:their|its|his|her)\s+own$", re.IGNORECASE)
"""A side's own dead ("losing two of their own")."""
SAME_FIGHT = compiled(r"(?:\s+[\w’'\-]+){0,7}?(?:,\s+|\s+)(?:(?:while|but|and|as)\s+)?", re.IGNORECASE)
"""Between the enemy's dead and a side's own ("…, losing two of their own", "while losing", "but lost"): one fight,
its dead added (helper-343's rows took the lowest)."""


def whose_words_out(text: str) -> str:
    """The words without what names whose the dead were between their number and their killing:
    "40 soldiers of the Congolese army were killed" is "40 soldiers were killed", "25 M23 fighters"
    "25 fighters" (the letters and digits of a group's name are no second number). A helper's merged
    row said 30 dead where its claims told 55. What they had done is left out too: "five former
    guerrillas who had signed the 2016 peace deal were killed" is five (helper-340: it was 2016)."""
    named = _GROUP_LETTERS.sub("", _GROUPS_NAME.sub("", _OF_WHOSE.sub(r"\1", _SERVING_WITH.sub(r"\1", text))))
    return _WHO_HAD_DONE.sub(r"\1", named)


_WHO_HAD_DONE = compiled(
    rf"(\b{A_NUMBER}\s+(?:[a-z\-]+\s+){{0,2}}?[a-z\-]+),?\s+who\s+(?:had|have|has)\s+(?:\w+\s+)?[a-z]+ed\b"
    r"[^,.;:\"“”\d]{0,50}?\d{0,4}[^,.;:\"“”\d]{0,30}?,?(?=\s+(?:were|had\s+been|have\s+been)\s+killed\b)",
    re.IGNORECASE,
)


_FIGHTER_WORDS = (
    r"fighters?|militants?|militia(?:men|man|\s+members?)?|soldiers?|troops|insurgents?|rebels?|gunm[ae]n|terrorists?|"
    r"jihadists?|extremists?|combatants?|attackers?|assailants?|policem[ae]n|police\s+officers?|officers?|"
    r"servicem[ae]n|gendarmes?|raiders?|dissidents?|guerrillas?|peacekeepers?|(?:security\s+)?guards?|marines?|sailors?|conscripts?"
)
_CIVILIAN_WORDS = (
    r"civilians?|villagers?|residents?|child(?:ren)?|wom[ae]n|farmers?|worshippers?|passengers?|students?|displaced|"
    r"refugees?|herders?|traders?|shoppers?|patients?|(?<!army\s)(?<!military\s)(?<!police\s)(?<!security\s)(?:aid\s+|mine\s+)?workers?|miners?|labou?rers?|deminers?|journalists?|(?<!army\s)(?<!military\s)(?<!police\s)(?:doctors?|nurses?)|council(?:l?ors?|m[ae]n|wom[ae]n)|(?:village|traditional|local|tribal|customary)\s+chiefs?|elders?|mayors?|imams?|"
    r"pastors?|priests?|clerics?|fishermen|fisherman|hunters?|teachers?|"
    r"pupils?|mourners?|vendors?|motorists?|travell?ers?|migrants?|asylum\s+seekers?|man|boy|girl|teenager"
)
"""The dead by their words, in the plural and alone ("killed a farmer", "a soldier was killed")."""
_OF_WHOSE = compiled(
    rf"\b((?:{_FIGHTER_WORDS}|{_CIVILIAN_WORDS}|people|members))\s+(?:of|from)\s+(?:the\s+)?(?:(?!and\b)[\w’'\-]+\s+){{1,7}}?"
    r"(?:\([\w\-]{2,12}\)\s+)?"  # "members of the Volunteers for the Defence of the Homeland (VDP)": helper-361
    r"(?=(?:were|was|have\s+been|had\s+been)\s)",
)
SERVING = r"(?:serving|deployed|stationed|working)\s+(?:with|in|for|at)\s+"
"""Where the dead served, between their number or name and their killing ("soldiers serving with the mission")."""
_SERVING_WITH = compiled(
    rf"\b((?:{_FIGHTER_WORDS}|{_CIVILIAN_WORDS}))\s+{SERVING}"
    r"[^.;:\"“”]{1,90}?,?(?=\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?killed\b)",
    re.IGNORECASE,
)
"""Where the dead served, between their number and their killing ("Four Ugandan soldiers serving with the African
Union mission in Somalia, AUSSOM, were killed": helper-359's row took another claim's 30)."""
_GROUPS_NAME = compiled(
    rf"(?<=\s)(?!{A_NUMBER}\b)(?:[A-Z][\w’'\-]*\s+){{0,4}}"
    r"(?:(?:Party|Front|Union|Movement|Alliance|Army|Forces|Brigades?|Group)\s+(?:\([A-Z][A-Za-z\-]{1,10}\)\s+)?"
    r"|[A-Z][\w’'\-]*\s+\([A-Z][A-Za-z\-]{1,10}\)\s+)"
    rf"(?=(?:{_FIGHTER_WORDS})\b)"
)
"""A group's name before its people, its letters in brackets or not ("five Kurdistan Workers Party (PKK) militants"
were workers, civilians, to helper-366's row): no word of it is a kind of dead."""
_GROUP_LETTERS = compiled(rf"(?<=\s)[A-Z]+\d+[A-Z0-9\-]*\s+(?=(?:{_FIGHTER_WORDS})\b)")
_CIVILIANS = compiled(rf"\b(?:{_CIVILIAN_WORDS})\b", re.IGNORECASE)
_KILLED_WHOM = compiled(
    r"\b(?:killed|killing|kills|massacred|executed|slaughtered|murdered|shot\s+dead)\s+(?!by\b)[\"“‘']?"
    r"(?:(?!(?:when|as|after|while|before|because|in|at|on|near|during|by|and|but|who|which|that|then|since|if)\b)"
    rf"[\w,\-]+\s+){{0,3}}?(?P<whom>{_FIGHTER_WORDS}|{_CIVILIAN_WORDS})\b"
    rf"|\b(?P<who>{_FIGHTER_WORDS}|{_CIVILIAN_WORDS})(?:\s+and\s+(?:volunteers|auxiliaries|gendarmes|reservists|militiamen))?\s+(?:(?:were|had\s+been|have\s+been|was)\s+(?:\w+\s+)?"
    r"(?:killed|massacred|executed|shot\s+dead)|(?:also\s+)?died)\b",
    re.IGNORECASE,
)
"""Whom a killing names as its dead: its object ("gunmen killed 12 civilians"), or those said to
have been killed ("12 civilians were killed by soldiers", "40 soldiers and volunteers were killed,
and the attackers took weapons": the soldiers', set against "100 terrorists" by a newcomer's board)."""
_BOTH_DEAD = compiled(
    rf"\b(?:{_FIGHTER_WORDS})\s+(?:and|as\s+well\s+as)\s+(?:[\w\-]+\s+){{0,2}}(?:{_CIVILIAN_WORDS}|{_FIGHTER_WORDS})\b"
    rf"|\b(?:{_CIVILIAN_WORDS})\s+(?:and|as\s+well\s+as)\s+(?:[\w\-]+\s+){{0,2}}(?:{_FIGHTER_WORDS})\b",
    re.IGNORECASE,
)
"""The dead of two kinds, listed together ("two soldiers and three civilians", "12 soldiers and 3
rebels")."""


def killed_whom(text: str) -> bool:
    """Whether the words tell people of some kind killed ("killed five terrorists", "two soldiers
    were killed"), not only named ("its troops repelled attacks")."""
    return _KILLED_WHOM.search(text) is not None


def whose_dead(text: str) -> str | None:
    """Whom a claim's toll counts, as far as its words say: the state's "forces" (soldiers, police),
    armed "fighters" (militants, rebels, attackers), "combatants" said so, or "civilians"; None
    when they say none or several. Tolls of different dead are no two tolls of one event ("killed
    14 civilians" in shelling and "killed dozens of militia members" in an assault on the same
    city; "40 soldiers were killed" and "more than 100 terrorists were neutralised" near Djibo: a
    newcomer's board set them against each other)."""
    text = _NONE_OF_THEM.sub(" ", text)  # "12 rebels were killed and no soldiers died": the rebels'
    text = _GROUPS_NAME.sub("", text)  # "five Kurdistan Workers Party (PKK) militants": militants, no workers
    if LOST_MEN.search(text):
        return None  # "We lost nine men and we killed many of the attackers": the speaker's own men (helper-356)
    if _men_of_no_side(text):
        return "civilians"  # "soldiers entered the village … and shot dead three men" (helper-342's row was a battle)
    present = {_kind_of_dead(found.group()) for found in _DEAD_PEOPLE.finditer(text)}
    if len(present) > 1:  # "gunmen killed 12 civilians": the dead are whom the killing names
        dead = list(_KILLED_WHOM.finditer(text))
        kinds = {_kind_of_dead(d["whom"] or d["who"]) for d in dead}
        if len(kinds) != 1 or any(_BOTH_DEAD.search(text[max(0, d.start() - 60) : d.end() + 60]) for d in dead):
            return None  # "two soldiers and three civilians were killed", "…; 12 civilians also died": both
        return kinds.pop()
    if present and _PEOPLE_KILLED.search(text) and not _KILLED_WHOM.search(text):
        return None  # "Militiamen killed 12 people": the killers' word, not the dead's
    return present.pop() if present else None


LOST_MEN = compiled(
    rf"\blost\s+(?:at\s+least\s+|about\s+|some\s+)?(?P<count>{A_NUMBER})\s+(?:of\s+(?:our|their|its|his)\s+)?"
    r"(?:men|comrades|colleagues|people)\b",
    re.IGNORECASE,
)
"""A side's own dead in its words ("we lost nine men"): of no kind the other words name (the attackers the men
killed are no dead of the toll)."""
_MEN_KILLED = compiled(
    r"\b(?:killed|killing|shot\s+dead|shooting\s+dead|beheaded|beheading|executed|executing|massacred|slaughtered)\s+"
    r"(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+dozen|dozens\s+of)"
    r"\s+(?:young\s+|unarmed\s+)?men\b",
    re.IGNORECASE,
)
"""Men killed by someone, told by no other word ("beheading seven men"): people of no side, not the killers'
kind (the soldiers who "shot dead three men" were read as the dead); "27 bodies …, most of them young men" is
no killing told."""
_FOUGHT_THEM = compiled(
    r"\b(?:camps?|hideouts?|bases?|operations?|offensive|fighting|gunfights?|firefights?|gun\s+battles?|clash\w*|"
    r"shoot-?outs?|opened\s+fire|returned\s+fire|exchange[ds]?\s+(?:of\s+)?fire|armed\s+with|ambush\w*|assault\s+on)\b",
    re.IGNORECASE,
)
"""Words of a fight or of an armed target: the men killed there were fighters ("killed 20 men in a raid on a militant
camp", "shot dead five men who opened fire on a checkpoint": helper-347)."""
_THEIR_SIDE_AFTER = compiled(
    r"\b(?:militants?|insurgents?|bandits?|rebels?|terrorists?|fighters?|jihadists?|gunmen)\b", re.I
)


def _men_of_no_side(text: str) -> bool:
    """Whether men killed by someone are told by no other word, where nothing tells a fight (`_MEN_KILLED`)."""
    men = _MEN_KILLED.search(text)
    if men is None or _FOUGHT_THEM.search(text) or _THEIR_SIDE_AFTER.search(text, men.end()):
        return False
    return {_kind_of_dead(d["whom"] or d["who"]) for d in _KILLED_WHOM.finditer(text)} <= {"civilians"}


_NONE_OF_THEM = compiled(
    rf"\b(?:no|none\s+of\s+(?:the|its|their|our))\s+(?:[a-z\-]+\s+)?(?:{_FIGHTER_WORDS}|{_CIVILIAN_WORDS})\s+"
    r"(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|hurt|wounded|injured)|(?:had\s+|have\s+)?died)\b"
    rf"|\bno\s+(?:{_FIGHTER_WORDS}|{_CIVILIAN_WORDS})\s+(?:were\s+|was\s+)?among\s+(?:the|those)\s+(?:\w+\s+)?"
    r"(?:killed|dead|neutrali[sz]ed|victims|casualties)\b",
    re.IGNORECASE,
)
"""Dead the claim says there were none of ("no soldiers died", "none of its troops were killed",
"There were no civilians among those neutralised": a newcomer's nine extremists killed were
civilians on the board)."""

_PEOPLE_KILLED = compiled(
    r"\b(?:killed|killing|kills|massacred|shot\s+dead)\s+(?:(?:at\s+least|more\s+than|some|about|nearly)\s+)?"
    r"[\w\-]+\s+(?:people|persons|others)\b"
    r"|\b[\w\-]+\s+(?:people|persons)\s+(?:(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:killed|massacred|shot\s+dead)|"
    r"(?:have\s+|had\s+)?died|lost\s+their\s+lives)\b",
    re.IGNORECASE,
)
"""People killed, by no word of whose: "Militiamen killed 12 people", "nine people were killed when
gunmen attacked a village" (a newcomer's board read the gunmen's word as the dead's: fighters)."""


_FORCES = compiled(
    r"soldiers?|troops|policem[ae]n|police\s+officers?|officers?|servicem[ae]n|gendarmes?", re.IGNORECASE
)
_DEAD_PEOPLE = compiled(rf"\b(?:{_FIGHTER_WORDS}|{_CIVILIAN_WORDS})\b", re.IGNORECASE)


def _kind_of_dead(word: str) -> str:
    """Whose dead a word names: "civilians", "forces", "combatants" (said so) or "fighters"."""
    if _CIVILIANS.fullmatch(word):
        return "civilians"
    if _FORCES.fullmatch(word):
        return "forces"
    return "combatants" if word.lower() in ("combatant", "combatants") else "fighters"


def dead_counted(quote: str, victims: Iterable[str]) -> tuple[str, ...]:
    """Whose dead a row's toll counts, by name: its victims', or no one's when the words count people of no side
    with a victim among them ("had killed four people, among them a police officer": helper-314's row took a
    hospital's six over it, as a toll of no named dead is at least as many as one of the police's)."""
    if _PEOPLE_KILLED.search(quote) and whose_dead(quote) is None and _AMONG_THEM.search(quote):
        return ()
    if _A_TOLL_OF_ALL.search(quote) and _AMONG_THEM.search(quote):
        return ()  # "put the toll at 41 dead, including six civilians": all the dead, civilians some of them
        # (helper-361's 41 was added to another source's 27 soldiers, as civilians' dead)
    return tuple(sorted(set(victims)))


_AMONG_THEM = compiled(r"\b(?:among\s+(?:them|whom|the\s+dead)|including)\b", re.IGNORECASE)

_A_TOLL_OF_ALL = compiled(
    r"\b(?:death\s+)?toll\s+(?:at|to|of|stood\s+at)\s+(?:at\s+least\s+)?[\w\-]+(?:\s+dead)?", re.I
)
