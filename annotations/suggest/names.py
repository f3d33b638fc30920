"""Names news uses for armed groups, international bodies, outlets, nationalities and
communities, each list as one trie regex (`names_trie`): the lexicon's patterns and the place
recognisers are built on them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from annotations.text.pattern_cache import compiled


def names_trie(names: str) -> str:
    """One regex for a ";"-separated list of names, as a trie of their letters: the engine walks
    shared beginnings once instead of trying each of 150 names at every position, and a longer
    name is preferred to its prefix ("Islamic State Sahel Province" to "Islamic State")."""
    trie: dict[str, dict] = {}
    for name in (n.strip() for n in names.split(";")):
        node = trie
        for letter in name:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _branch(trie) if trie else "(?!)"


def _branch(node: dict[str, dict]) -> str:
    options = [re.escape(letter) + _branch(child) for letter, child in sorted(node.items()) if letter]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    return f"(?:{body})?" if "" in node else body


GROUP_AFTER_ITS_NAME = r"\s+(?:(?:armed|rebel|militant|jihadist|insurgent|separatist|Islamist|extremist)\s+)?group"
"""What a group is, told after its name ("the M23 armed group", "the ADF rebel group"): one mention of it."""
BREAKAWAY = r"(?:[Dd]issidents?|splinter|breakaway)"
"""Words after a group's name that name one broken from it ("FARC dissidents", "an ELN splinter
faction"): neither that group nor a longer form of its name."""
ARMED_GROUPS = names_trie(
    """Taliban; Islamic Emirate; Islamic Emirate of Afghanistan; Islamic State; ISIS; ISIL; IS-K; ISKP; Daesh; al-Qaeda; al-Qaida; Al-Qaeda; al Qaeda; al Qaida; Al Qaeda; al-Shabaab;
    al-Qaeda in the Arabian Peninsula; al-Qaida in the Arabian Peninsula; Al-Qaeda in the Arabian Peninsula; AQAP;
    al-Qaeda in the Islamic Maghreb; al-Qaida in the Islamic Maghreb; Al-Qaeda in the Islamic Maghreb; AQIM;
    Al-Shabaab; Shabaab; al-Shabab; Al-Shabab; Shabab; Boko Haram; Hezbollah; Radwan Force; Hamas; Houthis; Houthi rebels; Houthi movement; Houthi forces; Houthi fighters;
    Huthis; Huthi rebels; Huthi movement; Huthi forces; Huthi fighters; Houthi militia; Huthi militia; Ansar Allah; JNIM;
    Haqqani network; Tehrik-i-Taliban Pakistan; Tehrik-e-Taliban Pakistan; Tehreek-e-Taliban Pakistan;
    Pakistani Taliban; TTP; Fitna al-Khawarij; Fitna al Khawarij; khwarij; Khwarij; khawarij; Khawarij; PKK; Kurdistan Workers Party;
    Kurdistan Workers' Party; Kurdistan Workers’ Party; YPG; SDF; Syrian Democratic Forces; HTS;
    Hayat Tahrir al-Sham; M23; ADF; Janjaweed; Rapid Support Forces; RSF; Northern Alliance;
    National Resistance Front; Islamic Jihad; Palestinian Islamic Jihad; Ansar Dine; Shining Path; Sendero Luminoso; Lashkar-e-Taiba; Jaish-e-Mohammed; Azov;
    Jama'at Nusrat al-Islam wal-Muslimin; Jama’at Nusrat al-Islam wal-Muslimin; Jamaat Nusrat al-Islam wal-Muslimin;
    Islamic State Sahel Province; Islamic State West Africa Province; Islamic State Mozambique Province;
    Islamic State Mozambique; Islamic State in Mozambique; Islamic State Central Africa Province; ISCAP;
    Islamic State Somalia; Islamic State Somalia Province; Islamic State in Somalia; ISGS;
    Islamic State in the Greater Sahara; Islamic State Greater Sahara; Islamic State Sahel; Islamic State in the Sahel;
    Islamic State West Africa; Islamic State in West Africa; Islamic State in West Africa Province;
    Islamic State Central Africa; Islamic State Khorasan;
    Islamic State Khorasan Province; Islamic State's Sahel Province; Islamic State's West Africa Province;
    Islamic State's Mozambique Province; Islamic State's Central Africa Province; Islamic State's Somalia Province;
    Islamic State's Khorasan Province; Islamic State’s Sahel Province; Islamic State’s West Africa Province;
    Islamic State’s Mozambique Province; Islamic State’s Central Africa Province; Islamic State’s Somalia Province;
    Islamic State’s Khorasan Province; ISWAP; ISSP; Arakan Army; TNLA; MNDAA; FDLR; CODECO; ELN; FARC; FARC-EP; Comandos de la Frontera; Segunda Marquetalia; Estado Mayor Central; Central General Staff; EMC;
    Communist Party of India (Maoist); CPI (Maoist); CPI(Maoist); CPI-Maoist; People's Liberation Guerrilla Army;
    People’s Liberation Guerrilla Army; PLGA; Maoists; Naxalites; Naxals; naxals; Karenni Army; Karenni Nationalities Defence Force; KNDF; Kachin Independence Army;
    KIA; Karen National Union; KNU; Chin National Front; Myanmar National Democratic Alliance Army;
    Ta'ang National Liberation Army; Ta’ang National Liberation Army; United Wa State Army; UWSA; Bangsamoro Islamic Freedom Fighters; BIFF;
    Abu Sayyaf; New People's Army; New People’s Army; Al-Mahdi Army; Kataib Hezbollah; Polisario Front; Ambazonia Defence Forces;
    Barrio 18; Calle 18; Mara Salvatrucha; MS-13; MS13; RED-Tabara; Mobondo; Twirwaneho; Red Tabara;
    Katiba Macina; Macina Liberation Front; Ansarul Islam; Freedom of Russia Legion; Legion of Free Russia; Fano;
    SPLA-IO; SPLM-IO; SPLM/A-IO; SPLA/M-IO; SPLM-A/IO; Sudan People's Liberation Army-in-Opposition;
    Sudan People’s Liberation Army-in-Opposition; Sudan People's Liberation Movement-in-Opposition;
    Sudan People’s Liberation Movement-in-Opposition; National Salvation Front"""
)


@cache
def an_armed_groups_name() -> re.Pattern[str]:
    """`ARMED_GROUPS` compiled once, when first asked for ("TNLA" named in a spokesman's role, "JNIM" between commas
    after what a group is): one pattern for every module that asks whether words are such a name."""
    return compiled(ARMED_GROUPS)


IDENTITY_MILITIAS = names_trie(
    "White Army; Nuer White Army; Ma'awisley; ma'awisley; Ma’awisley; ma’awisley; Macawisley; macawisley; Mai-Mai; "
    "Mai Mai; Mayi-Mayi"
)
"""Armed groups of a community, as ACLED codes them (identity militias): South Sudan's Nuer youth
of the White Army (a newcomer's was a state's army by its name), Somalia's clan militias fighting
al-Shabaab, Congo's Mai-Mai."""
GROUP_OPENERS = frozenset(
    {"Jaish", "Ahrar", "Jund", "Ansar", "Liwa", "Katibat", "Harakat", "Jabhat", "Hayat", "Saraya", "Kataib", "Asaib"}
)
"""Words that open an armed group's name ("Jaish al-Islam", "Ahrar al-Sham", "Liwa al-Quds"):
neither a place nor a person is named so."""
STATE_BODIES = names_trie(
    "Inter-Services Public Relations; ISPR; Defence Headquarters; Defense Headquarters; DHQ; Operation Hadin Kai; "
    "GIGN; Spetsnaz; SBU; Security Service of Ukraine; FSB; Federal Security Service; HUR; GUR; Shin Bet; Shabak; "
    "Mossad; AFRICOM; CENTCOM"
)
"""Forces' own offices that speak for them (Pakistan's military media wing, Nigeria's defence staff),
and the security services that strike and claim for their states (Ukraine's SBU and military
intelligence, Russia's FSB)."""
ALLIED_MILITIAS = names_trie(
    "Civilian Joint Task Force; Civilian JTF; CJTF; Popular Mobilization Forces; Popular Mobilisation Forces; "
    "Popular Mobilization Units; Popular Mobilisation Units; Hashd al-Shaabi; al-Hashd al-Shaabi; PMF; PMU; "
    "Imbonerakure; Wazalendo; Dozo; Dozos; Dan Na Ambassagou; Koglweogo; Volunteers for the Defence of the Homeland; VDP; "
    "Pyu Saw Htee"
)
"""Militias fighting beside a state's forces, as ACLED codes them: political militias (Nigeria's
vigilantes, Iraq's Popular Mobilisation Forces, Burundi's ruling party's youth wing, Congo's
Wazalendo, the Myanmar army's Pyu Saw Htee)."""
GANGS = names_trie("Viv Ansanm; 400 Mawozo; Gran Grif; G-Pèp; G-Pep; 5 Segonn; Kraze Baryè; Kraze Barye")
"""Haiti's gangs and their coalition by name, as ACLED codes them (political militias): a newcomer's "Gang fighters
from the Viv Ansanm coalition" had no group named (helper-358)."""
FOREIGN = names_trie(
    """NATO; United Nations; UN; U.N.; UNAMA; MINUSMA; African Union; European Union; EU; ICRC; Red Cross;
    Médecins Sans Frontières; Medecins Sans Frontieres; MSF; Doctors Without Borders; Save the Children;
    Amnesty International; Oxfam; UNICEF; UNHCR; WFP; OCHA; IOM; MONUSCO; MINUSCA; UNMISS; UNISFA; UNIFIL; UNSOM;
    UNSMIL; UNITAMS; BINUH; MINURSO; UNMIK; UNDOF; AMISOM; ATMIS; AUSSOM; KFOR; EUFOR; ECOWAS; SADC; SAMIM;
    UN agencies; U.N. agencies; United Nations agencies; UN refugee agency; U.N. refugee agency;
    UN children's agency; UN migration agency; UN human rights office; World Food Programme; ACLED;
    Armed Conflict Location & Event Data Project; EUMM; EU Monitoring Mission; White Helmets;
    Community of Sant'Egidio; Sant'Egidio; Centre for Humanitarian Dialogue; Carter Center; Wagner Group; Wagner group; Wagner;
    Africa Corps; Russian Africa Corps; Salvation Army; Mercy Corps; Caritas; Caritas Internationalis; World Vision;
    Norwegian Refugee Council; Danish Refugee Council; International Rescue Committee; Human Rights Watch;
    Islamic Relief; Action Against Hunger; ALIMA; Concern Worldwide; Plan International; Handicap International;
    Humanity & Inclusion; HALO Trust; Mines Advisory Group"""
)
OUTLETS = names_trie(
    """Reuters; AFP; Agence France-Presse; Associated Press; BBC; CNN; Al Jazeera; TOLOnews; Tolo News;
    Pajhwok; Pajhwok Afghan News; Khaama Press; Tasnim; Tasnim News Agency; Ariana News; Xinhua; TASS;
    RIA Novosti; Interfax; Ukrinform; Kyiv Independent; New York Times; Washington Post; Guardian;
    Voice of America; VOA; Radio Free Europe; RFE/RL; Amaq; Anadolu; Anadolu Agency; Fars News Agency;
    IRNA; Dawn; Bakhtar News Agency; Shamshad TV; 1TV; Al Arabiya; SANA; Sky News; Deutsche Welle; DW;
    Radio Free Asia; Radio Okapi; Radio Dabanga; Lusa; Garowe Online; Caracol Radio; Irrawaddy; Mizzima;
    Saba News Agency; Al-Masirah; Al Masirah; WAFA; Saudi Press Agency; Qatar News Agency; QNA; KCNA;
    National News Agency; Iraqi News Agency; Rudaw; Kurdistan24; Hawar News Agency; ANHA; Shafaq News;
    Hiiraan Online; Sudan Tribune; Premium Times; Rudaw English; Global New Light of Myanmar; GNLM"""
)
DEMONYMS: dict[str, str] = {
    "Afghan": "Afghanistan", "American": "United States", "U.S.": "United States", "US": "United States",
    "British": "United Kingdom", "French": "France", "German": "Germany", "Russian": "Russia",
    "Ukrainian": "Ukraine", "Syrian": "Syria", "Iraqi": "Iraq", "Iranian": "Iran", "Pakistani": "Pakistan",
    "Indian": "India", "Chinese": "China", "Turkish": "Turkey", "Israeli": "Israel", "Palestinian": "Palestine",
    "Malian": "Mali", "Nigerian": "Nigeria", "Somali": "Somalia", "Sudanese": "Sudan", "Ethiopian": "Ethiopia",
    "Eritrean": "Eritrea", "Yemeni": "Yemen", "Saudi": "Saudi Arabia", "Lebanese": "Lebanon", "Libyan": "Libya",
    "Egyptian": "Egypt", "Burkinabe": "Burkina Faso", "Nigerien": "Niger", "Chadian": "Chad",
    "Congolese": "Democratic Republic of Congo", "Tajik": "Tajikistan", "Uzbek": "Uzbekistan",
    "Turkmen": "Turkmenistan", "Kazakh": "Kazakhstan", "Georgian": "Georgia", "Armenian": "Armenia",
    "Azerbaijani": "Azerbaijan", "Belarusian": "Belarus", "Polish": "Poland", "Jordanian": "Jordan",
    "Qatari": "Qatar", "Emirati": "United Arab Emirates", "Rwandan": "Rwanda", "Burundian": "Burundi",
    "Ugandan": "Uganda", "Kenyan": "Kenya", "Tanzanian": "Tanzania", "Mozambican": "Mozambique",
    "Zimbabwean": "Zimbabwe", "South African": "South Africa", "Angolan": "Angola", "Cameroonian": "Cameroon",
    "Beninese": "Benin", "Togolese": "Togo", "Ghanaian": "Ghana", "Ivorian": "Côte d'Ivoire",
    "Senegalese": "Senegal", "Mauritanian": "Mauritania", "Algerian": "Algeria", "Moroccan": "Morocco",
    "Tunisian": "Tunisia", "South Sudanese": "South Sudan", "Central African": "Central African Republic",
    "Colombian": "Colombia", "Venezuelan": "Venezuela", "Mexican": "Mexico", "Haitian": "Haiti",
    "Burmese": "Myanmar", "Myanmar": "Myanmar", "Thai": "Thailand", "Bangladeshi": "Bangladesh",
    "Filipino": "Philippines", "Philippine": "Philippines", "Indonesian": "Indonesia", "Bahraini": "Bahrain", "Omani": "Oman",
    "Kuwaiti": "Kuwait", "Serbian": "Serbia", "Kosovar": "Kosovo", "Bosnian": "Bosnia and Herzegovina",
    "Moldovan": "Moldova", "Kyrgyz": "Kyrgyzstan", "Papua New Guinean": "Papua New Guinea",
    "Sri Lankan": "Sri Lanka", "Nepali": "Nepal", "Nepalese": "Nepal", "Cambodian": "Cambodia",
    "Vietnamese": "Vietnam", "Malaysian": "Malaysia", "Japanese": "Japan", "Peruvian": "Peru",
    "Ecuadorian": "Ecuador", "Brazilian": "Brazil", "Bolivian": "Bolivia", "Nicaraguan": "Nicaragua",
    "Salvadoran": "El Salvador", "Honduran": "Honduras", "Guatemalan": "Guatemala", "Cuban": "Cuba",
    "Italian": "Italy", "Spanish": "Spain", "Dutch": "Netherlands", "Belgian": "Belgium", "Greek": "Greece",
    "Romanian": "Romania", "Hungarian": "Hungary", "Canadian": "Canada", "Australian": "Australia",
    "Liberian": "Liberia", "Sierra Leonean": "Sierra Leone", "Guinean": "Guinea", "Gabonese": "Gabon",
    "Zambian": "Zambia", "Malawian": "Malawi", "Djiboutian": "Djibouti", "Tajikistani": "Tajikistan",
    "Equatorial Guinean": "Equatorial Guinea", "Bissau-Guinean": "Guinea-Bissau",
    "Chilean": "Chile", "Argentine": "Argentina", "Argentinian": "Argentina", "Paraguayan": "Paraguay",
    "Uruguayan": "Uruguay", "Costa Rican": "Costa Rica", "Panamanian": "Panama", "Dominican": "Dominican Republic",
    "Gambian": "Gambia", "Namibian": "Namibia", "Mongolian": "Mongolia", "North Korean": "North Korea",
    "South Korean": "South Korea", "Laotian": "Laos", "Lithuanian": "Lithuania", "Latvian": "Latvia",
    "Estonian": "Estonia", "Finnish": "Finland", "Swedish": "Sweden", "Norwegian": "Norway", "Danish": "Denmark",
    "Portuguese": "Portugal", "Cypriot": "Cyprus", "Albanian": "Albania", "Macedonian": "North Macedonia",
    "Montenegrin": "Montenegro", "Croatian": "Croatia", "Slovenian": "Slovenia", "Bulgarian": "Bulgaria",
    "Czech": "Czechia", "Slovak": "Slovakia", "Austrian": "Austria", "Swiss": "Switzerland", "Irish": "Ireland",
}  # fmt: skip
"""A nationality's country, as news and the gazetteer's everyday names write it."""
COUNTRY_NAMES = frozenset(DEMONYMS.values())
"""The countries the nationalities name, as news writes them ("Russia", "Syria")."""
COUNTRY_ALTERNATION = "|".join(re.escape(c) for c in sorted(COUNTRY_NAMES, key=lambda c: (-len(c), c)))
"""The same as one alternation, longest first (in the same order every process: a pattern cache key)."""
DEMONYM_ALTERNATION = "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True))
"""Every demonym as a pattern's alternatives, the longest first ("South Sudanese" before "Sudanese")."""

_ALLIES = (
    "Afghan and U.S.", "Kurdish", "Chechen", "Dagestani", "Abkhaz", "South Ossetian", "Ossetian", "Transnistrian",
    "NATO", "UN", "Western", "coalition", "Coalition",
)  # fmt: skip
NATIONALITY_NAMES = "; ".join((*DEMONYMS, *_ALLIES, "foreign", "Foreign"))
"""The nationalities (and the allies) news puts before forces and officials: every demonym, and
those that name no single country."""
NATIONALITIES = names_trie(NATIONALITY_NAMES)


COMMUNITY = (
    r"Yazidi|Copt|Ahmadi|Kurdish|Rohingya|Hazara|Pashtun|Tuareg|Fulani|Peul|Alawite|Druze|Christian|Muslim|Shia|Shiite|Sunni|"
    r"Tigrayan|Amhara|Oromo|Masalit|Dinka|Nuer|Lendu|Hema|Banyamulenge|Baloch|Uyghur|Karen|Kachin|Dogon|Bambara|"
    r"Meitei|Kuki-Zo|Kuki|Naga|Turkana|Karamojong|Pokot|Toposa|Murle|Maasai|Samburu|Borana|Afar|Issa|Gabra|"
    r"Gumuz|Agew|Anuak|Daoussahak|Imghad|Teda|Tebu|Toubou|Zaghawa|Berom|Tiv|Mapuche|Wayuu|Garre|Degodia|Bamar|"
    r"Twa|Luba|Teke|Yaka|Hutu|Tutsi|Misseriya|Rizeigat|Azande|Zande|Balanda|Shilluk|Mundari|Karakalpak"
)
"""Communities news names as actors: their people and fighters ("Yazidi families", "Dogon militias")."""
COMMUNITIES = (
    r"Yazidis|Kurds|Hazaras|Pashtuns|Tuaregs|Alawites|Christians|Tigrayans|Uyghurs|Rohingya refugees|Palestinians|"
    r"Israelis"
)
"""The same, in the plural on their own ("200,000 Yazidis remain displaced")."""
COMMUNITY_WORDS = (*(word.lower() for word in COMMUNITY.split("|")), "palestinians", "israelis")


def another_groups_name(name: str, own_names: Iterable[str]) -> bool:
    """Whether `name` opens with the name of an armed group the lexicon knows that is none of
    `own_names` ("al-Shabaab" for Islamic State Mozambique Province, "known locally as al-Shabaab"):
    a local nickname, never an alias across the corpus (it made Somalia's al-Shabaab the Mozambican
    group in the next article, and the Mozambican one Somalia's: helper-282)."""
    opening = compiled(rf"(?:{ARMED_GROUPS})(?![\w\-])").match(name)  # compiled once, when first asked
    if opening is None:
        return False
    group = opening.group().casefold()
    return not any(own.casefold().startswith(group) for own in own_names)
