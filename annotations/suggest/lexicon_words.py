"""The words actor patterns are made of: what stands before a force or an office, the heads of
forces and of government, titles before a name. Kept apart from the patterns so each list is
one place to extend."""

from __future__ import annotations

from annotations.suggest.names import NATIONALITY_NAMES, names_trie
from annotations.text.calendar_words import DAY_NAMES, MONTH_NAMES
from annotations.text.capitals import CAPITAL

MODIFIER_WORDS = """local; provincial; district; government; security; national; defence; defense; special;
    international; federal; state; border; military; armed; senior; top; regional; interior; elite;
    pro-government; government-backed; health; foreign; information; justice; finance; transitional; interim;
    caretaker; central; military-led; ruling; paramilitary; government-allied; army-backed; state-backed; hospital;
    police; de facto; regime; junta; occupation; occupying; customs; immigration; prison"""
MODIFIER = (
    "(?:"
    + names_trie(
        ";".join(
            [NATIONALITY_NAMES, "Army; Police; Air"]
            + [f"{w.strip()};{w.strip().capitalize()}" for w in MODIFIER_WORDS.split(";")]
        )
    )
    + ")"
)
"""Words before a force or an office ("Afghan", "local", "Defence"), as one trie: tried at every
word, forty alternatives one after another cost milliseconds per article."""
FORCE_HEADS = (
    r"(?:security forces|Security Forces|forces|troops|soldiers|military\s+intelligence|"
    r"intelligence\s+(?:services?|agenc(?:y|ies))|"
    r"(?:army|Army|military|Military)(?!\s+(?:sources?|targets?|sites?|facilit(?:y|ies)|installations?|equipment|"
    r"vehicles?|hardware|infrastructure|assets|aid|exercises?|drills?|courts?|tribunals?|governors?|"
    r"administrators?|prosecutors?)\b)|police officers|"
    r"police force|police(?!\s+sources?\b)|Police(?![ \t]+Public[ \t]+Relations\b)|officers|"
    r"commandos|fighters|militias?|guards|border guards|gendarmerie|gendarmes|"
    r"warplanes?|jets?|aircraft|(?<!paramilitary )drones?(?!\s+(?:units?|operators?))|"  # "the paramilitary drone
    # attack": no one's forces ("an Israeli drone strike" is Israel's)
    r"helicopters?|navy|Navy|air force|Air Force|infantry|units|"
    r"mercenaries|paramilitaries|instructors|servicemen|snipers|border service|contingents?|"
    r"coast\s+guard(?:\s+(?:vessels|ships|boats|cutters))?|maritime\s+militia(?:\s+(?:vessels|ships|boats))?)"
)
PLACES_OF_FORCES = (
    r"(?:headquarters|buildings?|compounds?|stations?|offices|posts?|checkpoints?|bases?|barracks|"
    r"academy|academies|hospitals?|depots?)\b"
)
"""What follows forces that makes them a building ("the government and police headquarters")."""
STATE_OFFICES = (
    r"officials?|authorities|government|Ministry|ministry|administration|spokesman|council|junta|rulers|ambassador|"
    r"envoy|diplomats?"
)
"""A state's offices and the people in them ("Sudan's government", "Israel's ambassador")."""
GOVERNMENT_HEADS = rf"(?:{STATE_OFFICES}|officers)"
"""The heads of a government's names: its offices and its officers."""
ARTICLE = r"(?:(?:al|el|ez|es|ed|ad|ar|as|at|az|an|ash|ud|ul|wal)-)"
"""An Arabic article in lower case joined to a word of a name ("Ahrar al-Sham", "Deir ez-Zor
Military Council": was "Zor Military Council")."""
PARTICLES = r"(?:de|del|da|dos|das|du|des)"
"""Small words inside a Spanish, Portuguese or French name ("Fray Bartolomé de Las Casas Human
Rights Center" was "Las Casas Human Rights Center")."""
NOT_A_NAME = (
    r"The|A|An|In|On|At|By|For|From|With|But|And|As|When|While|Where|If|Other|Local|Some|Many|Most|All|No|"
    r"Several|Both|Such|These|Those|Armed|Their|Our|His|Her|Its|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
    r"Eleven|Twelve|Dozens|Hundreds|Thousands|Yesterday|Today|Later|Earlier|Meanwhile|"
    rf"{DAY_NAMES}|{MONTH_NAMES}"
)
"""Capitalised words that open a sentence or count, never a name before a group's noun."""
OPENERS = (
    r"(?:After|In|On|At|When|Where|While|As|Since|Before|During|From|With|For|By|Near|Outside|Inside|But|And|"
    r"Meanwhile|Later|Earlier|Under|Through|Across|If|Once|Until|Despite|Although|Though|Why|How|What|Then|Also|"
    r"Yet|Today|Yesterday|Now)"
)
"""Words that open a sentence, never a body's name ("After Deir ez-Zor Military Council fighters
withdrew": the council, not "After Deir…")."""
BACKED = r"[\w.’']+-(?:affiliated|backed|led|linked|allied|aligned|supported|sponsored|funded)\b"
"""A word saying who is behind a body, no word of its name ("the SDF-affiliated Deir ez-Zor
Military Council")."""
MIDDLE_INITIAL = rf"(?:[ \t]+[A-Z]\.(?=[ \t]+{CAPITAL}[\w’'\-]))?"
"""An initial between a first name and the next ("Arnel S. Villaflor", "Clarita M. Ybañez")."""
INITIALS = r"(?:(?!U\.[SNK]\.|E\.U\.)[A-Z]\.(?:[ \t]?[A-Z]\.){0,2}[ \t]+)"
"""Initials before a person's name ("K.P. Sharma Oli", "J. R. Okello"), not a country's ("U.S.")."""
NICKNAME = rf"(?:\s+[\"“]{CAPITAL}[\w’'\-]+(?:\s+{CAPITAL}[\w’'\-]+){{0,2}}[\"”](?=\s+(?:[A-Z]\.\s*)*{CAPITAL}))?"
"""A nickname in quotes after a first name, of up to three words, a name after it ("Jimmy “Barbecue” Cherizier",
`Ismael "El Mayo" Zambada`, `Ahmed "Abu Tariq" Saleh`; not `Colonel Goita "Strongly Condemned" the attack`)."""
NAME = (
    rf"{CAPITAL}[\w’'\-]+{NICKNAME}{MIDDLE_INITIAL}"
    rf"(?:\s+(?:{ARTICLE}|bin\s+|ibn\s+|(?:de|del|da|dos)\s+)?{CAPITAL}[\w’'\-]+){{0,3}}"
)
"""A person's or a body's name; a nickname in quotes may stand after the first name ("Jimmy
“Barbecue” Cherizier"), an initial after it."""
TITLE_WORDS = """spokesman; spokeswoman; spokesperson; governor; deputy governor; minister; president; general;
    commander; speaker; senator; police chief; police officer; police spokesman; police spokeswoman;
    chief; mayor; lawmaker; legislator; ambassador; envoy; colonel;
    major; captain; secretary; director; elder; mullah; leader; commissioner; district commissioner; administrator;
    chairman; chairwoman; headman; coordinator; prosecutor; brigadier; lieutenant; superintendent; inspector;
    attorney; congressman; congresswoman; conscript; constable; head constable; sub-inspector; havildar; sepoy;
    rifleman; sergeant; corporal; gouverneur; ministre; porte-parole; préfet; prefect; sub-prefect;
    commandant; abbé; député; député national; député provincial; gobernador; alcalde; diputado; diputada;
    paramedic"""
TITLES = (
    "(?:"
    + names_trie(
        ";".join(
            [
                "MP; Prime Minister; Gen.; Col.; Maj.; Capt.; Gov.; Deputy Governor; Inspector General of Police; "
                "ASP; SP; DSP; CSP; SSP; ACP; DCP; CP; AIG; DIG; "  # Nigerian police ranks ("ASP Yakubu Garba Lere")
                "Lt.; Brig.; Sgt.; Cpl.; Pfc.; Pvt.; SSgt.; Police Col.; Police Lt. Col.; Police Maj.; Police Gen.; "
                "Police Brig. Gen.; Police Capt.; "  # Philippine ranks ("Cpl. Dante Lumayag", "Police Col. Ramil")
                "Adm.; Rear Adm.; Vice Adm.; Cmdr.; Cdr.; "  # navies ("Rear Adm. Zeki Aktürk")
                "Air Vice Marshal; Air Marshal; Air Chief Marshal; Air Commodore; Group Captain; Squadron Leader; "
                "Wing Commander; "  # air forces ("NAF spokesman Air Vice Marshal Olusola Akinboyewa")
                "Divisional Inspector; Principal Inspector; Chief Inspector; "  # Haitian police ranks
                "Sr. Comr.; Adj. Sr. Comr.; Comr.; Adj. Comr.; Insp.; "  # Indonesian police ranks ("Sr. Comr. Yusuf")
                "OCPD; OCS; Regent; Vice Regent; "  # Kenyan police commanders, Indonesia's bupati
                "Ka; Mawlawi; Maulawi; Mawlavi; "  # "Ka Tomas Dimaandal" (comrade); "Qari" stays a word of the name
                "Suldan; Ugaas; Garaad; Nabadoon; "  # Somali clan titles ("Suldan Hassan Abdi Warsame")
                "MCA; ward MCA; CASEC; "  # a Kenyan county assembly's member ("MCA Mohamed Kombo")
                "Head of Mission; Chief of Mission; Head of Delegation; Special Representative; Special Envoy; "
                "Public Defender; Ombudsman; Human Rights Ombudsman; "
                "Minister of Government; Minister of the Presidency; Minister of Security; "
                "Minister of Public Security; "
                "National Security Adviser; National Security Advisor; Security Adviser; "
                "deputy; presidential adviser; security adviser; national security adviser; "  # lower case only:
                # "Opposition deputy Marvin…"; "Deputy Foreign Minister X" is a title of three words
                "Inspector-General of Police; Inspector General; Deputy Inspector General; Superintendent of Police; "
                "Senior Superintendent of Police; Director General; Director-General; "
                "Secretary of State; Secretary of Defense; Secretary of Defence; Minister of Defence; "
                "Minister of Defense; Minister of Foreign Affairs; Minister of the Interior; Minister of Interior; "
                "Minister of Information; Minister of Justice; Minister of Health; Chief of Staff; "
                "Chief of the General Staff; Chief of General Staff; Chief of Army Staff; Chief of Defence Staff"
            ]
            + [f"{w.strip()};{w.strip().capitalize()}" for w in TITLE_WORDS.split(";")]
        )
    )
    + ")"
)
"""Titles before a name ("Governor Ahmadi", "spokesman Zabihullah Mujahid"), as one trie."""

NAMED_FORCES = r"(?:Defen[cs]e|Elite|Protection|Resistance|(?<=and )Security)[ \t]+Forces"
"""Forces whose head word ends a body's name ("the Kenya Defence Forces"); alone, no name."""
ORGANISATION_HEADS = (
    r"(?:Institute|Watch|(?<!Heart[ \t])(?<!Ankle[ \t])(?<!Hall[ \t])(?<!GPS[ \t])(?<!Baby[ \t])(?<!Blood[ \t])"
    r"(?<!Fitness[ \t])(?<!Pressure[ \t])(?<!Glucose[ \t])(?<!Activity[ \t])(?<!Fuel[ \t])(?<!Vessel[ \t])"
    r"(?<!Sleep[ \t])(?<!Quality[ \t])(?<!Radiation[ \t])(?<!Monoxide[ \t])(?<!Flight[ \t])(?<!Patient[ \t])"
    r"(?<!Price[ \t])(?<!Ship[ \t])(?<!Phone[ \t])(?:Tracker|Monitor)|Corps|"
    r"Council|Committees?|Commission|Organi[sz]ation|Foundation|Front|Movement|Brigades?|"
    r"Battalion|Regiment|Crisis Group|International|Red Crescent(?: Society)?|Red Cross Society|General Staff|"
    r"Network|Coordination|Alliance|Mission|Command(?:[ \t]+Post)?|Synod|Limited|Ltd|Corporation|Plc|PLC|LLC|"
    r"S\.A\.(?:[ \t]+de[ \t]+C\.V\.)?|S\.A\.S\.|SARL|GmbH|Inc\.|"  # "Palmas del Atlántico S.A.": a company
    rf"Programme|Program|Union|Units?|Force(?!s)|{NAMED_FORCES}|Guards?|"
    r"Militia|Rifles|(?:Centre|Center)(?![ \t]+(?:department|region|province|state|district))|(?<=[a-z] )Police|"
    r"Armed Forces|Observatory|Association|Federations?|Office|Coalition|Brotherhood|Party|Community|Army|"
    r"Forum|Authority|"
    r"(?<=[a-z] )Red Cross|(?:Intelligence|Research|Monitoring|Working|Contact)[ \t]+Group|"
    r"Cartel|Corporation|Company|Division|Service|Team|Cell|Bureau|Secretariat|(?<!News )(?<!Press )Agency|Cluster|"
    r"League|Assembly|Department|Directorate|Administration|Syndicate|Confederation|Strategic Framework|"
    r"(?<!Senate )(?<!Upper )(?<!Lower )Chamber|"
    r"Public Defender(?![ \t]+[A-Z][a-z])|Ombudsman(?![ \t]+[A-Z][a-z])|Discussions|"
    r"(?:Arch)?[Dd]iocese|Embassy|Petroleum|(?<=[a-z] )(?:Gas|Oil|Energy|Mining)"
    r"(?![ \t]+(?:[Ff]ields?|[Ww]ells?|Refinery|Terminal|Port|Pipeline|Plant|Depot|Station|Company|Corporation))|"
    r"Church(?=[ \t]+of[ \t]+(?!St\b|St\.|Saint\b|Our\b|the\b)[A-Z]))"
)
"""The last word of an organisation's name ("El Obeid Resistance Committees", "Crisis Group"), a
company's ("Dana Gas", "Pearl Petroleum") or an embassy's ("the U.S. Embassy")."""
OFFICIALS_OF = (
    r"(?:senior|local|military|police|gendarmerie|security|army|Army|Military|Police|Navy|government|intelligence|opposition|"
    r"humanitarian|aid|health|"
    r"hospital|medical|UN|regional|provincial|district|rebel|militia|tribal|religious|community|telecoms?|"
    r"telecommunications|education|water|electricity|border|customs|prison|election|electoral|municipal|village|"
    r"town|city|county|state|relief|camp|airport|port|railway|railroad|rail|transport|elected|zone|woreda|commune|"
    r"peace and security)"
)
"""What an unnamed official is of ("a local telecom official", "a senior police officer")."""

GROUP_WORDS = (
    "group", "organisation", "organization", "movement", "militia", "network", "coalition", "watchdog", "faction",
    "alliance",
)  # fmt: skip
DESCRIPTION_WORDS = (
    r"(?:(?!(?:of|for|with|to|the|a|an|its|their|his|her|where|which|that|who|whose|whom|when)\b)[\w\-’']+\s+){1,4}?"
)
GROUP_NOUN = rf"(?:{'|'.join(GROUP_WORDS)})\b"
"""Words describing a name before its head noun, none of them joining it to another ("a Sunni
militant group", not "the leader of the movement", nor "Kidal, a town the movement has coveted",
"Menaka, a region where the group…"); without them the noun must not go on with "of" ("a group
that monitors …", not "a group of villagers")."""
GOVERNMENT_BY_NAME = "government by its place's name"
"""The reason of "Khyber Pakhtunkhwa government" before its spokesman: named, not described."""
DESCRIBED_GROUP = "group by description"

POLICE_THINGS = (
    r"(?:stations?|posts?|headquarters|officers?|chiefs?|sources?|spokes\w+|commanders?|academy|vehicles?|cars?|"
    r"patrols?|checkpoints?|buildings?|compounds?|barracks|forces?|department|services?|units?|teams?|custody|"
    r"reports?|records?|investigations?|operations?|raids?|vans?|trucks?|lines?|cordon|presence|commissioners?|"
    r"inspectors?|superintendents?|officials?|personnel|agents|men|sergeants?|constables?|dogs?|escorts?|tape|"
    r"brutality|violence|state|states|and|or|of|in)\b"
)
"""What "police" may be a word of (a station, an officer, "police and military installations"):
no force of its own there."""
POLICE_DID = (
    r"(?:in|at|from|on|for|to|had|have|has|were|was|are|is|who|which|that|since|after|before|during|with|without|"
    r"opened|fired|arrived|said|say|says|took|came|used|arrested|detained|killed|shot|stormed|raided|would|will|"
    r"could|did|do|does|also|then|later|until|when|while|as|but|because|come|comes|go|goes|went|left|failed|"
    r"refused|never|not)\b"
)
"""What follows "police" that is the force ("fired at police from the hills", "patrols with the
police, as the law allows"), not a word of a thing ("a crackdown on police corruption")."""

GENERAL_COMPANIES = "Dynamics|Motors|Electric|Atomics|Mills"
"""Companies named "General …": no general's title ("General Dynamics said" is the company)."""
