"""Word lists behind the entity rules: cues, titles and aliases.

Kept apart from the tagger so the lists can grow without touching the logic. They are general
English-news conventions, not fitted to any sample or to the gold data used for measuring.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache
from importlib import resources
from typing import NamedTuple

# Honorifics dropped from a PERSON's canonical name (the mention text keeps them). Sheikh and
# Sheikha are honorifics too: news writes "Sheikh Mohamed bin Zayed" and "Mohamed bin Zayed" for
# one man, so both resolve to the same name. For ORG and PLACE ("Sheikh Zayed Road") the word
# stays, since there it is part of the name.
PERSON_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "sheikh",
        "sheikha",
        "sheik",
        "imam",
        "rev",
        "reverend",
        "cdr",  # naval and army ranks as news abbreviates them: "Cdr Khalid Al Mamari"
        "cmdr",
        "adm",
        "cpl",
        "pte",
        "pastor",
        "engineer",  # South Asian and Gulf usage: "Engineer Mahbubur Rahman", "Eng. Ali Saeed"
        "eng",
        "advocate",  # "Advocate Salma Khan": a lawyer's form of address in South Asia
        "fr",
        "father",
        "sr",
        "jr",
        "president",
        "prime",
        "minister",
        "gen",
        "general",
        "brig",
        "brigadier",
        "atty",
        "col",
        "colonel",
        "maj",
        "major",
        "capt",
        "captain",
        "lt",
        "sgt",
        "sen",
        "senator",
        "rep",
        "gov",
        "governor",
        "king",
        "queen",
        "prince",
        "princess",
        "emir",
        # honorifics that are no one's given name: "Barrister Uchenna Eze", "Alhaji Musa
        # Bello", "Ugaas Hassan Ali", "Ratu Epeli Nadolo", "Datuk Hamzah Rahim" (not "Sultan",
        # "Nana" or "Ato", given names as often: "Sultan Al Habsi", "Ato Boldon")
        "barrister",
        "lieutenant",
        "brother",
        "alhaji",
        "alhaja",
        "hagg",
        "engr",
        "hon",
        "ugaas",
        "ratu",
        "datuk",
        "dato",
        "pope",
        "ayatollah",
        "sheriff",
        "judge",
        "justice",
        "chancellor",
        "mayor",
        "secretary",
        "ambassador",
        "chairman",
        "chief",
        "commander",
        "officer",
        "congressman",
        "congresswoman",
        "commissioner",
        "councillor",  # "Councillor Choi Eun-ha", "Alderman X", "Det Sgt X"
        "councilor",
        "alderman",
        "sergeant",
        "detective",
        "constable",
        "seri",  # "Datuk Seri Lim Teck Wah"
        "premier",  # "Premier Susan Holt" (a province's head of government)
        "sayyid",  # "Sayyid Mahdi al-Musawi"
        "hacı",  # "Hacı Mehmet Özdemir"
        "collector",  # "District Collector Sameer Abdul Khader"
        "magistrate",  # "Principal Magistrate Grace Wambui"
        "clerk",  # "City Clerk Tomás Greer", "County Clerk Ann Lee"
        "bailiff",  # "High Bailiff Thomas Faragher": the Isle of Man's magistrate
        "cllr",  # "Cllr Priya Sandhu": a councillor, as British papers abbreviate it
    }
)
# Ranks, offices and honorifics that stand before a name and are no part of it, and that
# make the words after them a person's: "Police Inspector Loveness Dube", "Treasurer Jim
# Chalmers", "Baron Édouard Empain", "Hadji Ali Macabago", "Chief Executive John Lee".
TITLES_BEFORE_PEOPLE = frozenset(
    {
        "inspector", "superintendent", "treasurer", "baron", "baroness", "emperor", "empress",
        "tsar", "hadji", "haji", "hajji", "hajia", "executive",
        # local honorifics and offices: "Serigne Mountakha Mbacké", "Kgosi Lesedi Mothibi",
        # "Togbe Agbesi Dzelukope III", "Doña Marta Euceda", "Cathaoirleach Pádraig Mac
        # Giolla Phádraig"
        "serigne", "kgosi", "togbe", "doña", "cathaoirleach", "mzee", "hadja", "hagga", "hajja",
        # Indonesian and Swahili forms of address: "Pak Bahar", "Ibu Sri", "Bi Fatma Mussa"
        "pak", "ibu", "bi",
        "hajj", "marshal",  # "Hajj Mustapha Bendriss", "Field Marshal Sarit Thanarat"
    }
)  # fmt: skip
PERSON_TITLES = PERSON_TITLES | TITLES_BEFORE_PEOPLE
# Nationality nouns written before a name like a title ("Welshman Gareth Baber", "compatriot
# Tom Radley"): they introduce a person and are no part of the name.
NATIONALITY_NOUNS = frozenset(
    {
        f"{nation}{sex}"
        for nation in ("english", "welsh", "scots", "irish", "french", "dutch", "country")
        for sex in ("man", "woman")
    }
    | {"compatriot"}
)
# Plural titles before two names joined by "and" ("Presidents Irfaan Ali of Guyana and Jennifer
# Geerlings-Simons of Suriname"): no part of the first name.
PLURAL_TITLES = frozenset(
    {
        "presidents", "ministers", "senators", "governors", "mayors", "judges", "ambassadors",
        "councillors", "commissioners", "sheikhs", "professors",
    }
)  # fmt: skip
PERSON_TITLES = PERSON_TITLES | NATIONALITY_NOUNS | PLURAL_TITLES
# Titles that make the next capitalised words a person even without a model.
STRONG_PERSON_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "sheikh",
        "sheikha",
        "president",
        "senator",
        "sen",
        "gov",
        "governor",
        "gen",
        "general",
        "brig",
        "brigadier",
        "atty",
        "col",
        "colonel",
        "capt",
        "captain",
        "imam",
        "ayatollah",
        "pope",
        "king",
        "queen",
        "prince",
        "princess",
        "minister",
        "mayor",
        "judge",
        "sheriff",  # "Sheriff Craig McSherry": a Scottish court's judge
        "rep",
        "chancellor",
        "congressman",
        "congresswoman",
        "councillor",
        "councilor",
        "cllr",
    }
)

STRONG_PERSON_TITLES = (
    STRONG_PERSON_TITLES | NATIONALITY_NOUNS | (TITLES_BEFORE_PEOPLE - {"executive"})
)
# A firm's trade as its last word: "Freedom Holding", "Red Bull Racing".
FIRM_TRADE_WORDS = frozenset(
    {
        "holding",
        "finance",
        "productions",
        "carriers",
        "studios",
        "pictures",
        "racing",
        "financial",  # "Sun Life Financial", "Fitch Ratings", "Volta Commodities"
        "ratings",
        "commodities",
        "textiles",
        "garments",
        "brewery",
        "breweries",
        "trading",  # "Caspian Agro Trading", "Gulf Horizon General Trading and Contracting"
        "contracting",
        "offshore",  # "Kouilou Offshore Petroleum", "Kouilou Offshore"
        "telecommunications",
        "advocates",  # law firms: "Al Rowaad Advocates", "X Legal Consultants"
        "solicitors",
        "attorneys",
        "associates",
        "consultants",
        "airports",  # "GMR Airports", "Koniambo Nickel"
        "nickel",
        "copper",
        "factory",  # "Ward Al Taif Factory"
        "factories",
        "resources",  # "Tembusu Resources", "Sawahil Hospitality", "Al Wafaa Bookshop"
        "minerals",
        "metals",
        "hospitality",
        "bookshop",
        "bookstore",
        "booksellers",
        "bakery",
        "jewellers",
        "perfumes",
        "fisheries",
    }
)
# Last words that make a name an organisation ("Popular Mobilisation Forces", "X Centre").
ORG_SUFFIXES = FIRM_TRADE_WORDS | frozenset(
    {
        "forum",  # "World Economic Forum", "Gulf Drivers' Forum"
        "survey",  # "Geological Survey of Iran", "British Geological Survey"
        "seminary",  # "San Dominggo Seminary"
        "chamber",  # "Dubai Chamber", "X Chamber of Commerce and Industry"
        "chambers",
        "cooperative",  # "Sefwi Nkawkaw Cooperative", "Lewa Wildlife Conservancy"
        "co-operative",
        "conservancy",
        "consortium",
        "combinat",
        "battalion",  # "Rapid Action Battalion", "Sky Airline", "State Audit Institution"
        "regiment",
        "airline",
        "institution",
        "movement",
        "forces",
        "force",
        "council",
        "ministry",
        "party",
        "university",
        "college",
        "centre",
        "center",
        "bank",
        "authority",
        "agency",
        "company",
        "group",
        "corporation",
        "corp",
        "inc",
        "incorporated",
        "ltd",
        "llc",
        "plc",
        "co",
        "association",
        "institute",
        "foundation",
        "committee",
        "commission",
        "organisation",
        "organization",
        "union",
        "federation",
        "front",
        "brigade",
        "brigades",
        "army",
        "navy",
        "police",
        "court",
        "parliament",
        "assembly",
        "congress",
        "senate",
        "department",
        "office",
        "board",
        "fund",
        "trust",
        "society",
        "league",
        "club",
        "network",
        "news",
        "times",
        "post",
        "journal",
        "press",
        "airways",
        "airlines",
        "lines",  # shipping lines: "Cyclades Lines", "Minoan Lines"
        "motors",
        "holdings",
        "partners",
        "architects",  # "Zaha Hadid Architects"
        "rail",  # rail operators: "Etihad Rail", "Network Rail"
        "capital",
        "bureau",
        "service",
        "services",
        "enterprise",  # state firms: "Ethiopian Shipping and Logistics Services Enterprise"
        "enterprises",
        "team",  # "Adulis Cycling Team"
        # legal forms of Nordic, Icelandic, Turkish and French firms: "Kvenvær Laks AS",
        # "Hekla Geo Consulting ehf.", "Sarıçay Enerji Üretim A.Ş.", "Pêcheries Lanteigne Ltée"
        "as",
        "oy",
        "ehf",
        "ehf.",
        "hf",
        "hf.",
        "a.ş.",
        "ltée",
        # trade words that end Turkish firms' names ("Anadolu Ray Sistemleri", "Eczacıbaşı
        # Sanayi ve Ticaret") and Hungarian legal forms
        "sistemleri",
        "sanayi",
        "ticaret",
        "kft",
        "zrt",
        # Gulf companies' legal forms: "Gulf Aqua Treatment Co. K.S.C.C.", "Aluminium Bahrain
        # B.S.C.", "Omantel S.A.O.G."
        "k.s.c.c.",
        "k.s.c.",
        "k.s.c.p.",
        "w.l.l.",
        "s.a.o.g.",
        "p.j.s.c.",
        "q.p.s.c.",
        "b.s.c.",
        "k.s.c.c",
        "k.s.c",
        "k.s.c.p",
        "w.l.l",
        "s.a.o.g",
        "p.j.s.c",
        "q.p.s.c",
        "b.s.c",
        "pati",  # Tok Pisin parties: "Pangu Pati"
        "school",
        "academy",
        "hospital",
        "church",
        "guard",
        "guards",
        "militia",
        "coalition",
        "alliance",
        "exchange",
        "reserve",
        "tribunal",
        "cabinet",
        "government",
        "administration",
        "companies",
        "democrats",
        "republicans",
        "conservatives",
        "liberals",
        "socialists",
        "energy",
        "technologies",
        "systems",
        "media",
        "pharmaceuticals",
        "insurance",
        "securities",
        "investments",
        "investors",
        "managers",
        "cargo",
        "logistics",
        "freight",  # "Kuman Freight"
        "haulage",
        "telecom",
        "telecoms",
        "radio",
        "television",
        "broadcasting",
        "international",
        # clubs: "West Ham United", "Bolton Wanderers", "Brighton and Hove Albion"
        "united",
        "fc",
        "afc",
        "rovers",
        "wanderers",
        "hotspur",
        "albion",
        "mission",
        "programme",
        "museum",
        "gallery",
        "library",
        "community",
        "unit",
        # legal forms of companies abroad: "Pelletteria Rossi Srl", "Siemens AG", "Maybank Bhd"
        "srl",
        "spa",
        "s.p.a.",
        "gmbh",
        "ag",
        "sa",
        "s.a.",
        "bv",
        "nv",
        "ab",
        "asa",
        "oyj",
        "bhd",
        "tbk",
        "pty",
        "sarl",
        "llp",
        "limited",
        "ltda",
        # trades and works a company is named after: "Bath Iron Works", "Hanjin Heavy Industries",
        # "Anglian Water", "Sun Pharma", "Royal Caribbean Cruises"
        "works",
        "industries",
        "shipbuilding",
        "shipyard",
        "shipyards",
        "engineering",
        "construction",
        "shipping",
        "mining",
        "petroleum",
        "chemicals",
        "pharma",
        "foods",
        "properties",
        "developments",
        "ventures",
        "cruises",
        "railways",
        "marine",  # "Haedong Marine"
        "ferries",
        "brokers",  # "Cape Mohair & Wool Brokers": a firm, though "Cape" opens places
        "aggregates",  # "Jebel Hajar Aggregates": a firm, though "Jebel" opens places
        "ports",  # "Abu Dhabi Ports", "Duqm Gateway Ports"; one "Port" is a place
        "terminals",  # "APM Terminals"
        "quarries",
        "cement",
        "communications",
        "laboratories",
        "labs",
        "electronics",
        "aerospace",
        "steel",
        "water",
        "utilities",
        "investimentos",
        "inversiones",
        "cartel",
        # public bodies: "Naval Sea Systems Command", "Marine Corps", "Baghdad Mayoralty"
        "command",
        "corps",
        "mayoralty",
        "municipality",
        "observatory",
        "secretariat",
        "directorate",
    }
)
# Last words of a company's name, after which "of X" gives the town it is based in ("Damen
# Shipyards Group of Gorinchem"); a bank's or a university's "of X" is part of its name.
COMPANY_WORDS = FIRM_TRADE_WORDS | frozenset(
    {
        "group",
        "inc",
        "ltd",
        "llc",
        "plc",
        "holdings",
        "partners",
        "industries",
        "works",
        "shipyards",
        "shipyard",
        "shipbuilding",
        "pharma",
        "pharmaceuticals",
        "engineering",
        "construction",
        "shipping",
        "foods",
        "properties",
        "motors",
        "technologies",
        "systems",
        "logistics",
        "electronics",
        "chemicals",
        "steel",
        "mining",
        "ventures",
        "cruises",
        "labs",
        "laboratories",
        "srl",
        "spa",
        "gmbh",
        "ag",
        "sa",
        "bv",
        "nv",
        "ab",
        "bhd",
        "pty",
        "sarl",
        "llp",
        "limited",
    }
)
# Last words of a firm's or a club's name that "of X" may follow with its home, beside those
# above: "Kransberg Energy of Cape Town", "Horoya AC of Conakry". (Not among the company words
# themselves, which also end a full second name after "and": "X and Cargo Handling Company".)
HOME_OF_WORDS = COMPANY_WORDS | frozenset({"company", "energy", "ac", "fc", "sc"})

# Forms of state in a country's long name ("Islamic Republic of Iran", "Kingdom of Spain").
STATE_FORM_WORDS = frozenset(
    {
        "republic",
        "kingdom",
        "state",
        "states",
        "emirate",
        "emirates",
        "sultanate",
        "principality",
        "commonwealth",
        "federation",
        "union",
        "islands",
        "duchy",
        "confederation",
    }
)
# First words that make a name an organisation ("Ministry of Defence", "Bank of England").
ORG_PREFIXES = frozenset(
    {
        "air",  # airlines: "Air Rarotonga", "Air Peace"
        "conseil",  # "Conseil du Café-Cacao"
        # Spanish firms' first words: "Minera Condor del Sur", "Empresa Eléctrica"
        "minera",
        "empresa",
        "petrolera",
        "naviera",
        # museums: "Musée Guimet", "Museo del Prado"
        "musée",
        "museo",
        "museu",
        "ministry",
        "university",
        "bank",
        "department",
        "council",
        "institute",
        "office",
        "federation",
        "association",
        "committee",
        "commission",
        "organisation",
        "organization",
        "league",
        "party",
        "church",
        "court",
        "house",
        "board",
        "agency",
        "authority",
        "club",
        "fc",
        # football clubs' letters in the Balkans, Scandinavia and Germany: "FK Velež Mostar"
        "fk",
        "nk",
        "hnk",
        "kf",
        "sk",
        "vfb",
        "vfl",
        "tsv",
        "afc",
        "olympique",
        "sporting",
        "atletico",
        "dynamo",
        "daily",
        "grupo",
        "banco",
        # "party", "front", "alliance", "coalition" in the languages of party names news keeps
        # untranslated: "Parti Socialiste", "Partido Popular", "Barisan Nasional"
        "parti",
        "partido",
        "partito",
        "partai",
        "partei",
        "barisan",
        "pakatan",
        "perikatan",
        "gabungan",
        # bodies and firms named in Spanish, Portuguese, Catalan and French ("Sociedad Deportiva
        # X", "Fundação Y", "Generalitat de Catalunya")
        "sociedad",
        "sociedade",
        "société",
        "parfums",  # French firms: "Parfums Delorme", "Laboratoires X", "Éditions Y"
        "laboratoires",
        "établissements",
        "éditions",
        "asociación",
        "associação",
        "federación",
        "federação",
        "fundación",
        "fundação",
        "instituto",
        "institut",
        "ministerio",
        "ministério",
        "ministère",
        "banque",
        "banca",
        "generalitat",
        "gremi",
        "consejo",
        "conselho",
        "comité",
        "companhia",
        "compañía",
        "corporación",
        "organización",
        "confederación",
        "agência",
        "agencia",
        "industrias",  # "Industrias Peñoles"
        "indústrias",
        "cooperativa",  # "Cooperativa Fernheim", "Cooperativa Agraria ..."
        "coopérative",
        "diocese",  # a church's see: "the Diocese of Penonomé", "Archdiocese of Lagos"
        "archdiocese",
        "patriarchate",
        # firms, clubs and bands by their first word: "PT Sawit Mas Lestari" (Indonesia's
        # limited company), "Spartak Trnava", "Real España", "Wydad Casablanca", "Domaine
        # Morey-Lachaux", "Orchestre Bandal Stars", "Hidroeléctrica de Cahora Bassa"
        "pt",
        "spartak",
        "lokomotiv",
        "cska",
        "real",
        "deportivo",
        "atlético",
        "wydad",
        "kawkab",
        "hassania",
        "domaine",
        "orchestre",
        "hidroeléctrica",
        "hidroelectrica",
        "compagnie",
        "groupe",
        # chambers: "Cámara de Comercio e Industria", "Chambre de Commerce", "Camera di
        # Commercio", "Câmara Municipal"
        "cámara",
        "câmara",
        "chambre",
        "camera",
        "alcaldía",
        "prefeitura",
        "préfecture",
        "mairie",
    }
)
# Sports whose national and world bodies are named "<sport> <country>" or "World <sport>"
# ("Athletics Kenya", "Rugby Australia", "World Aquatics").
SPORT_WORDS = frozenset(
    {
        "athletics",
        "cricket",
        "rugby",
        "football",
        "tennis",
        "swimming",
        "aquatics",
        "basketball",
        "hockey",
        "cycling",
        "rowing",
        "golf",
        "netball",
        "volleyball",
        "gymnastics",
        "boxing",
        "sailing",
        "triathlon",
        "archery",
        "judo",
        "skating",
        "skiing",
        "gaa",  # a county's Gaelic games board: "Limerick GAA"
    }
)
# Plain adjectives and religions that open names of bodies, places and brands but never a
# person's name ("Black Stars", "Old Boys", "Electric Boat", "Islamic Resistance").
NOT_GIVEN_NAME_WORDS = frozenset(
    {
        "black",
        "white",
        "red",
        "green",
        "blue",
        "old",
        "new",
        "great",
        "little",
        "big",
        "grand",
        "upper",
        "lower",
        "golden",
        "silver",
        "electric",
        "financial",
        "strategic",
        "global",
        "digital",
        "urban",
        "social",
        "public",
        "private",
        "central",
        "federal",
        "holy",
        "sacred",
        "super",
        "islamic",
        "catholic",
        "jewish",
        "buddhist",
        "muslim",
        "sunni",
        "shia",
        "shiite",
        "orthodox",
        "protestant",
        "evangelical",
    }
)
# Plural nicknames that end a team's name ("Lotte Giants", "Otago Volts", "Desert Vipers"):
# beasts, warriors and forces of nature, which no family is named after.
TEAM_NICKNAMES = frozenset(
    {
        "giants",
        "lions",
        "tigers",
        "bears",
        "twins",
        "heroes",
        "aces",
        "volts",
        "firebirds",
        "vipers",
        "panthers",
        "wolves",
        "sharks",
        "falcons",
        "titans",
        "warriors",
        "strikers",
        "gladiators",
        "knights",
        "sixers",
        "rovers",
        "rangers",
        "dragons",
        "bulls",
        "raiders",
        "chargers",
        "royals",
        "scorchers",
        "stallions",
        "kestrels",
        "ferns",
        "pirates",
        "mariners",
        "patriots",
        "cowboys",
        "wanderers",
        "hornets",
        "wildcats",
        "cobras",
        "rhinos",
        "leopards",
        "cheetahs",
        "jaguars",
        "pumas",
        "broncos",
        "mustangs",
        "eagles",
        "dolphins",
        "stingers",
        "thunderbolts",
        "spartans",
        "trojans",
        "vikings",
        "kings",
        "phoenixes",
        "sunrisers",
        "capitals",
        "superkings",
        "riders",
        "qalandars",
        "blasters",
        "smashers",
        "sparrows",
        "magpies",
        "swifts",
        "gazelles",
        "elephants",
        "crocodiles",
        "stars",
    }
)
# First words of organisation names that join "X and Y" before an organisation word ("United
# Food and Commercial Workers International Union", "National Oceanic and Atmospheric ...").
ORG_OPENING_WORDS = frozenset(
    {
        "united",
        "national",
        "international",
        "general",
        "federal",
        "royal",
        "associated",
        "allied",
        "amalgamated",
        "independent",
        "consolidated",
        "joint",
    }
)
# Last words that make a name a place ("Babil Province" is a place, "Jordan River" too).
PLACE_SUFFIXES = frozenset(
    {
        "peak",  # mountains: "Sunrise Peak", "Island Peak"
        "peaks",
        # compass words of other languages: "Nusa Tenggara Timur", "Lanao del Sur"
        "timur",
        "barat",
        "utara",
        "selatan",
        "norte",
        "sur",
        "oriental",
        "occidental",
        # venues and streets: "Kingdom Arena", "Riverside Drive"
        "dome",  # "Tokyo Dome", "Hagley Oval", "Karakaya Hill", "Pond Inlet", "X Ski Resort"
        "oval",
        "hill",
        "inlet",
        "resort",
        "arena",
        "drive",
        "bazaar",
        "towers",
        "souk",
        "mall",
        "esplanade",
        "corniche",
        "embankment",
        "province",
        "governorate",
        "city",
        "county",
        "district",
        "region",
        "state",
        "island",
        "islands",
        "river",
        "mountains",
        "mountain",
        "pass",  # "Ak-Baital Pass", "Khyber Pass"
        "valley",
        "strait",
        "sea",
        "ocean",
        "gulf",
        "bay",
        "lake",
        "desert",
        "peninsula",
        "coast",
        "border",
        "street",
        "road",
        "avenue",
        "square",
        "airport",
        "port",
        "bridge",
        "canal",
        "park",
        "village",
        "town",
        "camp",
        "strip",
        "heights",
        "hills",
        "plain",
        "basin",
        "prefecture",
        "emirate",
        "dam",
        "falls",
        "delta",
        "stadium",
        "crossing",
        "parque",
        # buildings, sites and roads: "Abu Hanifa Mosque", "Landmark Beach", "Coastal Highway"
        "mosque",
        "cathedral",
        "basilica",
        "temple",
        "shrine",
        "synagogue",
        "monastery",
        "palace",
        "castle",
        "beach",
        "highway",
        "expressway",
        "motorway",
        "freeway",
        "boulevard",
        "lane",
        "harbour",
        "harbor",
        "marina",
        "quay",
        "reservation",  # "the Fond du Lac Reservation"
        "chowk",  # South Asian squares and crossings: "Abdullah Pur Chowk"
        "ghat",
        "wharf",
        "jetty",
        "causeway",
        "pier",
        "promenade",
        "reservoir",
        "lagoon",
        "reef",
        "glacier",
        "volcano",
        # buildings and sites, which news names like streets: "Al Hamra Tower", "Souq Waqif"
        "gorge",
        "estate",  # a housing or gated estate: "Dubai Hills Estate", "the Kensington Estate"
        "dzong",  # Himalayan fortresses, temples and monasteries: "Trashiyangtse Dzong",
        "lhakhang",  # "Kyichu Lhakhang", "Hemis Gompa"
        "gompa",
        "way",
        "rock",
        "souq",
        "plaza",
        "hotel",
        "tower",
        "tomb",
        "station",
        "cinema",
        "terminal",
        "forest",
        "canyon",
        "plateau",
        "archipelago",
        "oasis",
        # mountain ranges and regions, and squares and streets in other languages: "Fergana
        # Range", "Basque Country", "Grote Markt", "Stationsplein", "Alexanderplatz"
        "range",
        "country",
        "markt",
        "plein",
        "straat",
        "platz",
    }
)
# First words that make a name a place ("Mount Hanang", "Lake Victoria", "Stade de France").
PLACE_PREFIXES = frozenset(
    {
        # markets of Spanish, Italian and French towns: "Mercado Benito Juárez", "Marché Sandaga"
        "mercado",
        "estádio",  # stadiums: "Estádio Olímpico do Pará"
        "parque",  # parks: "Parque General San Martín", "Vallée de Mai"
        "parco",
        "vallée",
        "mercato",
        "marché",
        # Arabic mountains and gates: "Jabal Sawda", "Jebel Ali", "Bab al-Hawa"
        "jabal",
        # Arabic toponyms' first words: a cape, a creek, a village, a monastery, an island, a
        # house ("Ras Laffan", "Khor Al Adaid", "Kafr El Sheikh", "Deir ez-Zor", "Beit Lahia")
        "ras",
        "khor",
        "kafr",
        "deir",
        "jazirat",
        "beit",
        "jebel",
        "djebel",
        "jbel",
        "gebel",
        "bab",
        # French capes and points: "Pointe aux Sables", "Pointe d'Esny"
        "pointe",
        # Italian streets: "Via Montenapoleone"
        "via",
        "viale",
        "corso",
        "mount",
        "mt",
        "lake",
        "stade",
        "estadio",
        "stadio",
        # "Port Klang", "Cape Town", "Fort Worth"; palaces, squares, streets, valleys, hills and
        # islands named in the local language ("Istana Negara", "Piazza Duomo", "Jalan Ampang")
        "port",
        "cape",
        "fort",
        "istana",
        "piazza",
        "praça",
        "plaza",
        "rue",
        "rua",
        "calle",
        "avenida",
        "jalan",
        "wadi",
        "bukit",
        "pulau",
        "puerto",
        "ciudad",
        # waters named before "of": "Gulf of Aden", "Strait of Hormuz", "Bay of Bengal"
        "gulf",
        "bay",
        "sea",
        "strait",
        "straits",
        "isle",
        # squares, beaches and walks in Catalan, Portuguese and Spanish
        "plaça",
        "praia",
        "playa",
        "paseo",
        "passeig",
        "carrer",
        # Greek villages, beaches and churches named for a saint: "Agios Prokopios"
        "agios",
        "agia",
        "ayios",
        # Thai and Khmer hills and mountains: "Doi Suthep", "Khao Yai", "Phnom Kulen"
        "doi",
        "khao",
        "phnom",
        # plateaus, lakes, mountains, islands, bays and capes named first in French, Spanish,
        # Italian and Portuguese: "Plateau de Millevaches", "Isla Grande", "Cerro Rico"
        "plateau",
        "lac",
        "mont",
        "monte",
        "sierra",
        "cerro",
        "isla",
        "ilha",
        "île",
        "lago",
        "laguna",
        "serra",
        "cordillera",
        "bahía",
        "baía",
        "golfo",
        "punta",
        "cabo",
        "baie",
        "pico",
        "volcán",
        # Gulf towers, palaces, mosques and markets: "Burj Khalifa", "Qasr Al Hosn"
        "burj",
        "qasr",
        "masjid",
        "souq",
        "souk",
    }
)
# First words that turn a known place into a region ("East Africa", "Central Asia").
COMPASS_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "central",
        "northern",
        "southern",
        "eastern",
        "western",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "greater",
        "upper",
        "lower",
    }
)
# Plural nouns whose "'s" stays inside a name ("National People's Power", "Children's Hospital").
POSSESSIVE_NAME_WORDS = frozenset({"people", "children", "women", "men", "workers"})

# Proper names that start with "The" and keep it ("The National" is a newspaper, "the
# National" elsewhere is not). Every other leading "the" is dropped from span and canonical.
NAMES_WITH_THE = frozenset(
    {
        "The National",
        "The New York Times",
        "The Times",
        "The Guardian",
        "The Economist",
        "The Washington Post",
        "The Wall Street Journal",
        "The Independent",
        "The Telegraph",
        "The Atlantic",
        "The Hill",
        "The Hindu",
        "The Observer",
        "The Sun",
        "The Daily Telegraph",
        "The Financial Times",
        "The Associated Press",
        "The New Yorker",
        "The Hague",
        "The Gambia",
        "The Bahamas",
        "The Beatles",
        "The Straits Times",
        "The Jerusalem Post",
        "The Irish Times",
    }
)

# Aliases that the country list cannot know (abbreviations, informal names).
PLACE_ALIASES = {
    "US": "United States",
    "U.S.": "United States",
    "U.S": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "America": "United States",
    "United States of America": "United States",
    "the States": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "UAE": "United Arab Emirates",
    "U.A.E.": "United Arab Emirates",
    "Emirates": "United Arab Emirates",
    "KSA": "Saudi Arabia",
    "DRC": "Democratic Republic of the Congo",
    "DR Congo": "Democratic Republic of the Congo",
    "Congo-Kinshasa": "Democratic Republic of the Congo",
    "Congo-Brazzaville": "Republic of the Congo",
    "Republic of Korea": "South Korea",
    "Democratic People's Republic of Korea": "North Korea",
    "Republic of Ireland": "Ireland",
    "Lao PDR": "Laos",
    "Czech Republic": "Czechia",
    "Burma": "Myanmar",
    "Ivory Coast": "Ivory Coast",
    "Cote d'Ivoire": "Ivory Coast",
    "Holland": "Netherlands",
    "The Netherlands": "Netherlands",
    "The Gambia": "Gambia",
    "The Hague": "The Hague",
    "Palestine": "Palestinian Territories",
    "Palestinian Territory": "Palestinian Territories",
    "Palestinian territories": "Palestinian Territories",
    "Gaza Strip": "Gaza",
    "Mainland China": "China",
    "PRC": "China",
    "Turkiye": "Turkey",
    "Türkiye": "Turkey",
    "NSW": "New South Wales",
    "NYC": "New York City",
    "New York City": "New York City",
    "D.C.": "Washington, D.C.",
    "Washington DC": "Washington, D.C.",
    "Washington, D.C.": "Washington, D.C.",
    "Middle East": "Middle East",
    "Gulf": "Gulf",
    "Europe": "Europe",
    "Africa": "Africa",
    "Asia": "Asia",
    "Latin America": "Latin America",
    "West Bank": "West Bank",
}
# US states as AP style abbreviates them after a city ("PORTLAND, Ore.", "Boise, Idaho").
STATE_ABBREVIATIONS = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}
PLACE_ALIASES.update(STATE_ABBREVIATIONS)
# Cities English news names by an English or an older name the gazetteer's own table lacks:
# one entity under the English name, whichever the article writes. General knowledge, short.
ENGLISH_CITY_NAMES = {
    "Seville": "Sevilla",
    "Saragossa": "Zaragoza",
    "Cologne": "Koln",
    "Venice": "Venezia",
    "Ghent": "Gent",
    "Louvain": "Leuven",
    "Lucerne": "Luzern",
    "Fez": "Fes",
}
# Gulf cities and towns as the region's English press writes them, where GeoNames has them
# under another spelling or counts them as small towns (which the tagger only half trusts):
# each is a city under this name, and GeoNames' spelling (when it differs) an alias of it.
GULF_PRESS_PLACES: dict[str, str | None] = {
    "Al Ain": "Al Ain City", "Umm Al Quwain": "Umm al Qaiwain", "Al Khor": None,
    "Al Ahsa": None, "Al Hasa": None, "Al Jahra": "Jahrah", "Mubarraz": "Al Mubarraz",
    "Duqm": None, "Khor Fakkan": None, "Kalba": None, "Dibba": None, "Ruwais": None,
    "Liwa": None, "Hatta": None, "Mesaieed": None, "Al Wakrah": None, "Nizwa": None,
    "Khasab": None, "Qatif": "Al Qatif", "Dhahran": None, "Al Dhafra": None, "Al Dhaid": None,
}  # fmt: skip
# Former names and spellings of cities, as older or some newer writing gives them: aliases of
# today's names.
FORMER_CITY_NAMES = {
    "Bombay": "Mumbai",
    "Calcutta": "Kolkata",
    "Bangalore": "Bengaluru",
    "Peking": "Beijing",
    "Rangoon": "Yangon",
    "Saigon": "Ho Chi Minh City",
    "Kiev": "Kyiv",
    "Kharkov": "Kharkiv",
    "Tangiers": "Tangier",
}
PLACE_ALIASES.update(FORMER_CITY_NAMES)
PLACE_ALIAS_FINE = {
    "Middle East": "LOC",
    "Gulf": "LOC",
    "Latin America": "LOC",
    "West Bank": "LOC",
    "Europe": "LOC",
    "Africa": "LOC",
    "Asia": "LOC",
}
ORG_ALIASES = {
    "U.N.": "United Nations",
    "UN": "United Nations",
    "EU": "European Union",
    "E.U.": "European Union",
    "Nato": "NATO",
    "IS": "ISIS",
    "ISIL": "ISIS",
    "Islamic State": "ISIS",
    "Daesh": "ISIS",
    "AP": "Associated Press",
    "The Associated Press": "Associated Press",
    "F.B.I.": "FBI",
    "C.I.A.": "CIA",
}

# Parties named by their members in the plural ("the Greens", "Republicans"); the model reads
# them as peoples.
PARTY_PLURALS = frozenset(
    {
        "Democrats",
        "Republicans",
        "Conservatives",
        "Tories",
        "Greens",
        "Liberals",
        "Socialists",
        "Communists",
        "Social Democrats",
        "Liberal Democrats",
        "Christian Democrats",
    }
)
# Organisations that news names without any organisation word: international bodies, blocs,
# agencies, armed groups and the largest companies and media. General knowledge, kept short.
KNOWN_ORGS = frozenset(
    {
        # firms that bear a town's name, which the listed companies' table leaves out
        "Rio Tinto",
        "BHP",
        "WWF",
        "United Nations",
        "Unicef",
        "UNICEF",
        "Unesco",
        "UNESCO",
        "UNHCR",
        "UNRWA",
        "WHO",
        "WFP",
        "IMF",
        "World Bank",
        "WTO",
        "Opec",
        "OPEC",
        "Nato",
        "NATO",
        "Asean",
        "ASEAN",
        "Fifa",
        "FIFA",
        "Uefa",
        "UEFA",
        "IAEA",
        "Interpol",
        "Europol",
        "Frontex",
        "Ecowas",
        "ECOWAS",
        "Mercosur",
        "Brics",
        "BRICS",
        "G7",
        "G20",
        "Amnesty International",
        "Human Rights Watch",
        "Oxfam",
        "Greenpeace",
        "Red Cross",
        "Red Crescent",
        "Medecins Sans Frontieres",
        "MSF",
        "Hamas",
        "Hezbollah",
        "Houthis",
        "Taliban",
        "Al Qaeda",
        "Al Shabaab",
        "Boko Haram",
        "ISIS",
        "Wagner",
        "Fatah",
        "Reuters",
        "Bloomberg",
        "AFP",
        "BBC",
        "CNN",
        "Al Jazeera",
        "Xinhua",
        "Apple",
        "Microsoft",
        "Google",
        "Alphabet",
        "Amazon",
        "Meta",
        "Facebook",
        "Instagram",
        "WhatsApp",
        "Twitter",
        "TikTok",
        "YouTube",
        "Nvidia",
        "Tesla",
        "Samsung",
        "Toyota",
        "Volkswagen",
        "Siemens",
        "Shell",
        "BP",
        "Aramco",
        "Saudi Aramco",
        "Adnoc",
        "ADNOC",
        "ExxonMobil",
        "Chevron",
        "TotalEnergies",
        "Boeing",
        "Airbus",
        "Etihad",
        "Pfizer",
        "Moderna",
        "HSBC",
        "Barclays",
        "JPMorgan",
        "Goldman Sachs",
        "Morgan Stanley",
        "BlackRock",
        "Citigroup",
        "UBS",
        "Deutsche Bank",
        "OpenAI",
        "Huawei",
        "Alibaba",
        "Tencent",
        "Sony",
        "Netflix",
        "Uber",
        "Spotify",
        "Infosys",
        "Tata",
        "Reliance",
        "Petrobras",
        "Pemex",
        "Sinopec",
        "Vale",
    }
)

WEEKDAYS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)
MONTHS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)
# Nouns that say a person is meant: "X, a spokesman for Y", "the economist X", "X, who ...".
PERSON_ROLES = frozenset(
    {
        # doctors, scientists and crafts: "Nurhayati, a pediatrician who runs the ward"
        "pediatrician", "paediatrician", "cardiologist", "physiotherapist", "vet", "chemist",
        "ornithologist", "entomologist", "glaciologist", "toxicologist",
        "pathologist", "oncologist", "neurologist", "radiologist", "anaesthetist",
        "anesthetist", "obstetrician", "gynaecologist", "gynecologist", "dermatologist",
        "immunologist", "microbiologist", "nutritionist", "dietitian", "perfumer",
        "jeweller", "blacksmith", "bookseller",
        # players' and trades' names that are only ever people's: "reliever Shota Ono",
        # "the bureau's senior forecaster, Anjali Rao,"
        "reliever",
        # the trades of film, music, letters and science, never a company's
        "councillor",
        "councilor",
        "councilman",
        "councilwoman",
        "alderman",
        "assemblyman",
        "assemblywoman",
        "legislator",
        "cinematographer",
        "screenwriter",
        "scriptwriter",
        "playwright",
        "choreographer",
        "lyricist",
        "pianist",
        "violinist",
        "cellist",
        "guitarist",
        "drummer",
        "rapper",
        "dancer",
        "illustrator",
        "cartoonist",
        "columnist",
        "reporter",
        "photojournalist",
        "anthropologist",
        "sociologist",
        "psychologist",
        "psychiatrist",
        "virologist",
        "hydrologist",
        "oceanographer",
        "zoologist",
        "botanist",
        "agronomist",
        "demographer",
        "statistician",
        "conservationist",
        "campaigner",
        "referee",
        "umpire",
        "mountaineer",
        "beekeeper",
        "winemaker",
        "detective",
        "inspector",
        "sergeant",
        "firefighter",
        "left-hander",
        "right-hander",
        "forecaster",
        "technician",
        "miner",
        # trades and kin: "the designer X", "Her neighbour, X, said"
        "designer",
        "architect",
        "artist",
        "curator",
        "photographer",
        "filmmaker",
        "composer",
        "poet",
        "painter",
        "sculptor",
        "musician",
        "comedian",
        "chef",
        "pilot",
        "clerk",
        "banker",
        "footballer",
        "cricketer",
        "neighbour",
        "neighbor",
        "friend",
        "cousin",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "grandson",
        "granddaughter",
        "colleague",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "secretary",
        "president",
        "vice-president",
        "chairman",
        "chairwoman",
        "chair",
        "chief",
        "executive",
        "director",
        "director-general",
        "governor",
        "head",
        "leader",
        "founder",
        "co-founder",
        "analyst",
        "economist",
        "professor",
        "researcher",
        "scholar",
        "consultant",
        "adviser",
        "advisor",
        "lawyer",
        "attorney",
        "judge",
        "commander",
        "ambassador",
        "envoy",
        "official",
        "officer",
        "farmer",
        "teacher",
        "shopkeeper",
        "resident",
        "activist",
        "coordinator",
        "editor",
        "correspondent",
        "journalist",
        "author",
        "writer",
        "candidate",
        "senator",
        "congressman",
        "congresswoman",
        "lawmaker",
        "mayor",
        "manager",
        "fellow",
        "student",
        "doctor",
        "engineer",
        "billionaire",
        "businessman",
        "businesswoman",
        "commissioner",
        "administrator",
        "representative",
        "deputy",
        "lecturer",
        "historian",
        "strategist",
        "diplomat",
        "counterpart",
        "widow",
        "son",
        "daughter",
        "wife",
        "husband",
        "mother",
        "father",
        "brother",
        "sister",
        "coach",
        "player",
        "actor",
        "actress",
        "singer",
        "novelist",
        "laureate",
        "cleric",
        "preacher",
        "scientist",
        "physician",
        "surgeon",
        "nurse",
        "soldier",
        "general",
        "colonel",
        "politician",
        "opposition",
        "ceo",
        "cfo",
        "coo",
        "mp",
        "prosecutor",
        "negotiator",
        "aide",
        "veteran",
        "survivor",
        "witness",
        "victim",
        "mother-of-two",
        "father-of-two",
        "owner-manager",
        "member",
        "pharmacist",
        "vendor",
        "trader",
        "mechanic",
        "driver",
        "worker",
        "midwife",
        # sciences, crafts, clergy and community: "X, an astronomer at Y", "X, an elder in Y"
        "astronomer",
        "physicist",
        "biologist",
        "geologist",
        "volcanologist",
        "seismologist",
        "archaeologist",
        "ecologist",
        "epidemiologist",
        "meteorologist",
        "climatologist",
        "veterinarian",
        "dentist",
        "paramedic",
        "fisherman",
        "herder",
        "welder",
        "electrician",
        "plumber",
        "carpenter",
        "tailor",
        "pupil",
        "priest",
        "pastor",
        "bishop",
        "monk",
        "nun",
        "elder",
        # trades, crews and players met as "Its captain, X," or "said boat owner X"
        # (not "builder", "broker", "landlord" or "tenant", which firms are as often)
        "captain",
        "skipper",
        "sailor",
        "boatman",
        "ranger",
        "warden",
        "porter",
        "weaver",
        "potter",
        "baker",
        "butcher",
        "labourer",
        "cleaner",
        "caretaker",
        "headteacher",
        "headmaster",
        "headmistress",
        "jockey",
        "accountant",
        "dean",
        "rector",
        "registrar",
        "magistrate",
        "solicitor",
        "defendant",
        "plaintiff",
        "mediator",
        "goalkeeper",
        "midfielder",
        "striker",
        "defender",
        "winger",
        "bowler",
        "batsman",
        "cyclist",
        "swimmer",
        "boxer",
        "wrestler",
        # a rugby side's positions: "fly-half Rhys Vaughan", "hooker Matt Crowley"
        "flanker",
        "hooker",
        "prop",
        "lock",
        "fly-half",
        "scrum-half",
        "halfback",
        "fullback",
        "full-back",
        "five-eighth",
    }
)
# Lower-case nouns right before a name that say an organisation is meant ("the pension fund
# Omers", "chemical maker BASF", "the broadcaster ARD").
ORG_LEAD_WORDS = frozenset(
    {
        "fund",
        "company",
        "association",  # "the shipping association Bimco"
        "broker",  # "the Lloyd's broker Marsh McLennan"
        "distributor",
        "shipper",
        "refiner",
        "miner",
        "wholesaler",
        "consortium",
        "arm",  # "Olam's cocoa arm, Ofi"
        "division",
        "firm",
        "group",
        "bank",
        "lender",
        "carrier",
        "airline",
        "insurer",
        "regulator",
        "broadcaster",
        "newspaper",
        "agency",
        "party",
        "maker",
        "giant",
        "operator",
        "developer",
        "retailer",
        "exporter",
        "importer",
        "chipmaker",
        "automaker",
        "carmaker",
        "manufacturer",
        "conglomerate",
        "startup",
        "start-up",
        "outlet",
        "daily",
        "weekly",
        "magazine",
        "network",
        "charity",
        "supplier",
        "producer",
        "publisher",
        "watchdog",
        "consultancy",
        "chain",
        "supermarket",
        "militia",
        "faction",
        "movement",
        "organisation",
        "organization",
        "institute",
        "university",
        "club",
        "team",
        "brand",
        "platform",
        "app",
        "portal",  # "listings portal Bayut"
        "website",
        "marketplace",
        "subsidiary",
        "unit",
        "owner",
        "investor",
    }
)
# Nouns after a comma and an article that make the name before it an organisation ("Chadema,
# the main opposition party", "VNVC, a private vaccination chain"). A person's role wins.
ORG_APPOSITION_WORDS = frozenset(
    {
        "exporter",  # "X, one of the largest exporters, said"
        "importer",
        "distributor",
        "shipper",
        "refiner",
        "nonprofit",
        "non-profit",
        "party",
        "company",
        "firm",
        "group",
        "bank",
        "lender",
        "chain",
        "consultancy",
        "agency",
        "broadcaster",
        "newspaper",
        "carrier",
        "airline",
        "insurer",
        "regulator",
        "retailer",
        "charity",
        "militia",
        "movement",
        "alliance",
        "coalition",
        "union",
        "federation",
        "association",
        "club",
        "operator",
        "manufacturer",
        "maker",
        "conglomerate",
        "startup",
        "start-up",
        "outlet",
        "network",
        "watchdog",
        "tank",
        "station",
        "university",
        "hospital",
        "ministry",
        "brand",
        "supermarket",
        "grocer",
        "utility",
        "monopoly",
        "exchange",
    }
)
# Words after a comma that make the name before it a place ("Hargeisa, Somaliland's capital").
PLACE_APPOSITION_WORDS = frozenset(
    {
        "capital",
        "city",
        "town",
        "port",
        "province",
        "region",
        "state",
        "village",
        "district",
        "county",
        "island",
        "governorate",
        "suburb",
        "neighbourhood",
        "neighborhood",
    }
)
# Capitalised abbreviations that are no names.
NOT_NAME_ACRONYMS = frozenset(
    {
        "AI",
        "CEO",
        "CFO",
        "GDP",
        "VAT",
        "IPO",
        "LNG",
        "TV",
        "PM",
        "AM",
        "OK",
        "ID",
        "IT",
        "PR",
        "HR",
        "DNA",
        "GMT",
        "UTC",
        "COVID",
        "PDF",
        "SUV",
        "VIP",
        "FAQ",
        "NGO",
        "NGOS",
        "MP",
        "MPS",
        "QR",  # "a QR code"
        "B.C.",  # eras: "2500 B.C."
        "A.D.",
        "GPS",
        "ATM",
        "SMS",
        "CCTV",
        "USB",
        "LED",
        "OTP",
        "URL",
    }
)

# Verbs of saying that, put before a bare name ("says Tarlo", "explained Kamande"), mark a
# person: organisations that speak come with "the" ("said the ministry").
SPEECH_VERBS = frozenset(
    {
        "says",
        "said",
        "explains",
        "explained",
        "adds",
        "added",
        "told",
        "argues",
        "argued",
        "recalls",
        "recalled",
        "writes",
        "wrote",
        "notes",
        "noted",
        "insists",
        "insisted",
        "asks",
        "asked",
        "warns",
        "warned",
        "continues",
        "continued",
        "admits",
        "admitted",
        "concedes",
        "conceded",
        "replies",
        "replied",
        "laughs",
        "laughed",
        "jokes",
        "joked",
    }
)

# Lower-case nouns after a name (or a list of names) that make it a place: "the Amhara region",
# "Lagos and Plateau states", "the Jaber crossing". Plural forms are matched too.
PLACE_NOUNS_AFTER = frozenset(
    {
        # "the Sarsang oil field", "Kuwait's Al-Zour refinery": sites
        "field",
        "oilfield",
        "gasfield",
        "oil field",
        "gas field",
        "refinery",
        "oil refinery",
        "district",
        "region",
        "province",
        "state",
        "county",
        "governorate",
        "valley",
        "delta",
        "crossing",
        "border crossing",
        "municipality",
        "prefecture",
        "neighbourhood",
        "neighborhood",
        "suburb",
        "township",
        "oblast",
        "emirate",
        "area of",
        "camp",  # "Kalma camp", "Westmoreland parish", "Maetan village"
        "camps",
        "parish",
        "village",
        "town",
        "area",  # "the Al Bateen area", "the Jumeirah and Al Barsha areas"
        "border",  # "near the Kerry border"
        "power station",  # "the Van Eck power station", "the Ruacana hydro plant"
        "power plant",
        "hydro plant",
        "substation",
        "airstrip",
        "wind farm",
        "constituency",  # "the Kabwata constituency", "the Kabwata parliamentary seat"
        "parliamentary seat",
    }
)
# Lower-case nouns right after a name that make it an organisation ("Mr Orban's Fidesz party",
# "the Wagner group"). A known place keeps its label: "the Kenya team" is the country's.
ORG_NOUNS_AFTER = frozenset(
    {
        "party",
        "movement",
        "militia",
        "coalition",
        "alliance",
        "faction",
        "bloc",
        "group",
        "chain",
        "supermarkets",
        "conglomerate",
        "app",  # "the Seha app", "the Uzbekistan Railways website": a body's own
        "website",
    }
)
# Plural nouns after a name or a list of names that make them peoples, not places or
# organisations ("the Bidayuh and Iban communities", "Pashtun tribes").
GROUP_NOUNS_AFTER = frozenset({"communities", "tribes", "clans", "peoples", "minorities"})
# Lower-case nouns before a name that may name a person's trade as well as a company's:
# "the oil producer Aramco", but "the actress and producer Hind Sabry".
PERSON_OR_ORG_LEAD_WORDS = frozenset(
    {
        "producer",
        "owner",
        "investor",
        "operator",
        "developer",
        "publisher",
    }
)
# Words inside a name that make it an event, which is not one of our names ("Africa Cup of
# Nations", "Summer Olympics", "Venice Biennale").
EVENT_NAME_WORDS = frozenset(
    {
        "copa",  # "the Copa Libertadores"
        "cup",
        "championship",
        "championships",
        "olympics",
        "paralympics",
        "tournament",
        "festival",
        "biennale",
        "marathon",
    }
)
# Last words that make a name an event ("the Civil War", "the Super Bowl", "Henley Royal
# Regatta", "the Monaco Grand Prix").
# "the Civil War", "the People's Choice Award", "the Academy Awards": an event or a prize; "the
# Digital Markets Act": a law.
# Last words of a market measure, which is no name of ours ("Hang Seng Index", "Consumer
# Price Index").
MEASURE_LAST_WORDS = frozenset({"index", "indices"})
EVENT_LAST_WORDS = frozenset(
    {"war", "wars", "bowl", "regatta", "prix", "derby", "expo", "award", "awards", "prize"}
    | {"prizes", "trophy", "medal", "act", "treaty", "accord", "accords"}
    | {"series", "shield"}  # competitions: "the Korean Series", "the Plunket Shield"
    | {"age", "ages"}  # periods: "the Bronze Age", "the Middle Ages"
)
# Last words that make a name a post, not its holder ("the Oil Minister", "Health Secretary").
OFFICE_WORDS = frozenset(
    {
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "mayor",
        "governor",
        "president",
        "chairman",
        "chairwoman",
        "commissioner",
        "ambassador",
        "envoy",
    }
)
# Plural nouns before "such as", "including" or "among them" that give the names listed after
# them their kind ("stores, among them Safeway, Vons and Jewel-Osco").
LIST_KIND_NOUNS = {
    "ORG": frozenset(
        {
            "companies",
            "firms",
            "brands",
            "banks",
            "lenders",
            "chains",
            "retailers",
            "stores",
            "supermarkets",
            "groups",
            "parties",
            "clubs",
            "teams",
            "agencies",
            "organisations",
            "organizations",
            "charities",
            "carriers",
            "airlines",
            "insurers",
            "outlets",
            "newspapers",
            "broadcasters",
            "universities",
            "hospitals",
            "startups",
            "exporters",
            "importers",
            "distributors",
            "brokers",
            "shippers",
            "refiners",
            "miners",
            "funds",
            "militias",
            "unions",
            "manufacturers",
            "makers",
            "giants",
            "institutions",
        }
    ),
    "PLACE": frozenset(
        {
            "countries",
            "cities",
            "towns",
            "villages",
            "states",
            "provinces",
            "regions",
            "districts",
            "nations",
            "capitals",
            "ports",
            "islands",
            "destinations",
            "rivers",
            "lakes",
            "seas",
            "mountains",
            "airports",
            "neighbourhoods",
            "neighborhoods",
            "suburbs",
            "municipalities",
            "counties",
            "areas",
        }
    ),
    "PERSON": frozenset(
        {
            "people",
            "leaders",
            "players",
            "politicians",
            "figures",
            "celebrities",
            "artists",
            "writers",
            "ministers",
            "executives",
            "stars",
        }
    ),
}
# Players' positions and owners that open a sentence before a player's full name ("Catcher
# Kim Ji-ho said", "Owner Marcus Bell added"): the capital is the sentence's, not the name's.
OPENING_ROLES = frozenset(
    {
        "catcher",
        "pitcher",
        "shortstop",
        "outfielder",
        "infielder",
        "batter",
        "opener",
        "skipper",
        "owner",
        "co-owner",
        "guide",  # "Guide Pasang Tamang recommends the loop"
        "fullback",
        "full-back",
        "centre-back",
        "lock",
        "prop",
        "hooker",
        "flanker",
        "scrum-half",
        "fly-half",
        "halfback",
        "five-eighth",
        "wing",  # "Wing Tane Wihongi scored two tries"
        "centre",
    }
)
# The fields of government that name a minister's or secretary's office before the holder's
# name: "Minister for Manpower Tan Li Min", "Minister of Foreign Affairs Penny Wong".
PORTFOLIO_WORDS = frozenset(
    {
        "affairs", "agriculture", "communications", "culture", "defence", "defense", "development",
        "digital", "economy", "education", "employment", "energy", "environment", "finance",
        "fisheries", "foreign", "health", "home", "housing", "immigration", "industry",
        "information", "infrastructure", "innovation", "interior", "investment", "justice",
        "labour", "labor", "lands", "local", "manpower", "mines", "mining", "planning", "police",
        "public", "resources", "science", "security", "social", "sport", "sports", "technology",
        "tourism", "trade", "transport", "treasury", "water", "works", "youth", "climate",
        "commerce", "enterprise", "welfare", "women", "heritage", "arts", "natural", "national",
        "internal", "external", "government", "service", "services", "power", "petroleum", "gas",
        "oil", "aviation", "tertiary", "higher", "primary", "secondary", "family", "families",
        "children", "veterans", "regional", "rural", "urban", "food", "safety", "emergency",
    }
)  # fmt: skip
# Players' positions and staff after "the X" that make X a club or a team ("the West Ham
# United forward", "the Olympique de Marseille defender").
SQUAD_ROLES = frozenset(
    {
        "forward",
        "striker",
        "defender",
        "midfielder",
        "goalkeeper",
        "winger",
        "playmaker",
        "captain",
        "manager",
        "coach",
        "pitcher",
        "quarterback",
        "batsman",
        "bowler",
    }
)
# Words before a name that say a place is meant ("near Al Qaim", "the port of Berbera").
# Nouns of sites and routes before "at", "from", "to" or "in" and a name: "the camp at X", "the
# road from X", "terminals at X", "flights to X".
PLACE_SITE_NOUNS = frozenset(
    {
        "camp",
        "camps",
        "road",
        "highway",
        "crossing",
        "border",
        "terminal",
        "terminals",
        "flights",
        "route",
        "bridge",
        "checkpoint",
        "settlement",
        "villages",
        "towns",
    }
)
PLACE_LEAD_WORDS = frozenset(
    {"near", "outside", "in", "from", "across", "to", "at", "off", "around", "through", "via"}
    | {"towards", "toward", "beyond"}
)
STRONG_PLACE_LEAD_WORDS = frozenset({"near", "outside", "neighbouring", "neighboring", "nearby"})
PLACE_OF_WORDS = frozenset(
    {
        "town",
        "city",
        "port",
        "village",
        "district",
        "province",
        "region",
        "capital",
        "island",
        "state",
        "county",
        "governorate",
        "suburb",
        "outskirts",
        "neighbourhood",
        "neighborhood",
        # "the slopes of Ushba", "the banks of the Orontes", "the heart of Sharjah"
        "slopes", "summit", "foothills", "banks", "shores", "shore", "coast", "mouth", "heart",
        "waters",
        # "the governor of West Java", "residents of Adhamiya", "the people of Amapá"
        "governor",
        "mayor",
        "residents",
        "people",
        "inhabitants",
        "citizens",
        # "north of Hail", "20km south-east of Tabuk": a bearing is taken from a place
        "north",
        "south",
        "east",
        "west",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    }
)
# Words before a name that say it is an event or a thing, not one of ours ("Hurricane Helene").
EVENT_LEAD_WORDS = frozenset(
    {
        "hurricane",
        "storm",
        "typhoon",
        "cyclone",
        "tropical",
        "operation",
    }
)
# Generic nouns that are no name when they stand alone ("the Government said", "Bank shares").
LONE_GENERIC_WORDS = frozenset(
    {
        "photo",  # a credit's label: "Photo: X"
        "danger",  # "World Heritage in Danger"
        "sultan",  # a ruler's title alone
        "série",  # a division: "Série C"
        "cyrillic",  # scripts and scales: "written in Cyrillic", "40 degrees Fahrenheit"
        "fahrenheit",
        "celsius",
        "editing",  # a wire credit line's labels: "...; Editing by X"
        "reporting",
        "writing",
        "government",
        "party",  # a table's column: "Candidate / Party / Votes"
        "update",  # a live story's note: "UPDATE 3.40pm: ..."
        "breaking",
        "department",
        "ministry",
        "bank",
        "court",
        "council",
        "committee",
        "agency",
        "authority",
        "company",
        "group",
        "office",
        "board",
        "fund",
        "university",
        "college",
        "school",
        "state",
        "city",
        "province",
        "region",
        "district",
        "county",
        "street",
        "road",
        "president",
        "minister",
        "secretary",
        "director",
        "chief",
        "chairman",
        "governor",
        "officials",
        "police",
        "army",
        "forces",
        "force",
        "centre",
        "center",
        "institute",
        "mps",
        "prime",
        "central",
        "national",
        "federal",
        "international",
        "chemical",
        "households",
        "interior",
        "justice",
        "defence",
        "defense",
        "finance",
        "emir",
        "king",
        "queen",
        "prince",
        "brexit",  # events and diseases that read as names
        "covid",
        "covid-19",
        "dad",  # "what Dad would have done": a family word, not a name
        "mum",
        "mom",
        "grandma",
        "grandpa",
        "hello",  # a greeting or a transcript's role opens a line, not a name
        "hi",
        "welcome",
        "goodbye",
        "thanks",
        "narrator",
        "host",
        "announcer",
        "presenter",
        "interviewer",
    }
)

# Lower-case words allowed inside a capitalised name ("Bank of England", "Mohammed bin Salman").
NAME_CONNECTORS = frozenset(
    {
        "of",
        "bin",
        "bint",
        "ibn",
        "al",
        "el",
        "de",
        "du",
        "da",
        "del",
        "della",
        "di",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "for",
        "on",
        "and",
        "abu",
        "ben",
        "dos",
        "das",
        "y",
        # "and" and "of the" in the Romance languages: "Cámara de Comercio e Industria", "Banco do
        # Brasil", "Société Nationale des Chemins de fer du Congo", "Ministère de la Santé et
        # de l'Hygiène"
        "e",
        "et",
        "des",
        "do",
        "dei",
        "degli",
        "delle",
    }
)
# Connectors that may join two capitalised runs only inside an organisation name.
ORG_ONLY_CONNECTORS = frozenset({"for", "on", "and"})
# Nationality and faith words the endings below do not catch.
IRREGULAR_DEMONYMS = frozenset(
    {
        "French",
        "Dutch",
        "Greek",
        "Thai",
        "Swiss",
        "Welsh",
        "Scots",
        "Czech",
        "Slovak",
        "Sunni",
        "Shia",
        "Shiite",
        "Kurd",
        "Kurds",
        "Arab",
        "Arabs",
        "Jew",
        "Jews",
        "Muslim",
        "Muslims",
        "Christian",
        "Christians",
        "Hindu",
        "Hindus",
        "Druze",
        "Yazidi",
        "Yazidis",
        "Pashtun",
        "Baloch",
        "Sikh",
        "Sikhs",
        "Buddhist",
        "Buddhists",
        "Catholic",
        "Catholics",
        "Turkish",
        "Spanish",
        "British",
        "Polish",
        "Danish",
        "Swedish",
        "Finnish",
        "Irish",
        "English",
        "Scottish",
        "Saudi",
        "Saudis",
        "Emirati",
        "Emiratis",
        "Filipino",
        "Filipinos",
        # followers of a doctrine, written with a capital like nationalities
        "Maoist",
        "Maoists",
        "Marxist",
        "Marxists",
        "Leninist",
        "Leninists",
        "Islamist",
        "Islamists",
        "Zionist",
        "Zionists",
        "Jihadist",
        "Jihadists",
        "Salafist",
        "Salafists",
        "Trotskyist",
        "Trotskyists",
        "Peronist",
        "Peronists",
        "Chavista",
        "Chavistas",
        "Kirchnerist",
        "Kirchnerists",
        "Gaullist",
        "Gaullists",
        "Thatcherite",
        "Thatcherites",
        "Argentine",
        "Argentines",
        "Philippine",
        # peoples of countries and regions whose names the endings above do not lead back to
        "Ivorian",
        "Monegasque",
        "Malagasy",
        "Burkinabe",
        "Cypriot",
        "Filipina",
        "Togolese",
        "Nigerien",
        "Congolese",
        "Somali",
        "Comorian",
        "Seychellois",
        "Mozambican",
        "Motswana",
        "Batswana",
        "Basotho",
        "Swazi",
        "Palestinian",
        "Maldivian",
        "Laotian",
        "Khmer",
        "Timorese",
        "Papuan",
        "Azeri",
        "Ukrainian",
        "Croat",
        "Bosnian",
        "Montenegrin",
        "Macedonian",
        "Kosovar",
        "Slovene",
        "Norwegian",
        "Icelandic",
        "Flemish",
        "Walloon",
        "Belgian",
        "Luxembourgish",
        "Portuguese",
        "Korean",
        "Catalan",
        "Basque",
        "Galician",
        "Nordic",
        "Scandinavian",
        "Balkan",
        "Kurdish",
        "Berber",
        "Amazigh",
        "Tuareg",
        "Bedouin",
        "Tibetan",
        "Uyghur",
        "Dhofari",
        "Hadrami",
        "Andean",
        "Latino",
        "Hispanic",
        "Francophone",
        "Anglophone",
        "Lusophone",
        "Mouride",
        # languages, which a text names like peoples and which are no names of places or bodies
        "Amharic",
        "Tigrinya",
        "Swahili",
        "Wolof",
        "Hausa",
        "Yoruba",
        "Igbo",
        "Xhosa",
        "Shona",
        "Lingala",
        "Kinyarwanda",
        "Luganda",
        "Pashto",
        "Dari",
        "Urdu",
        "Bengali",
        "Hindi",
        "Tamil",
        "Telugu",
        "Marathi",
        "Gujarati",
        "Punjabi",
        "Malayalam",
        "Kannada",
        "Sinhala",
        "Sinhalese",
        "Tagalog",
        "Mandarin",
        "Cantonese",
        "Hokkien",
        "Hakka",
        "Quechua",
        "Aymara",
        "Minoan",
        "Ottoman",
        "Byzantine",
        "Mamluk",
        "Phoenician",
        "Nabataean",
        "Lozi",
        "Silozi",
        "Bosniak",
        "Kabyle",
        "Kanak",
        "Bugis",
        "Dungan",
        "Abbasid",
        "Umayyad",
        "Fatimid",
        "Seljuk",
        "Safavid",
        "Timurid",
        "Mughal",
        "Habsburg",
        "Habsburgs",
        "Guarani",
        "Nahuatl",
        "Mapuche",
        "Zapotec",
        "Mixtec",
        "Kazakh",
        "Uzbek",
        "Kyrgyz",
        "Tajik",
        "Turkmen",
        "Georgian",
        "Svan",
        "Chechen",
        "Minangkabau",
        "Javanese",
        "Sundanese",
    }
)
# Endings that mark a nationality or other group adjective ("Iraqi", "Lebanese", "American").
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "qi", "li", "ni", "ri", "si", "ti", "an", "ic")


class Place(NamedTuple):
    canonical: str
    fine_label: str
    kind: str


@cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words from a copy in the package, so no model is needed to read them."""
    table = resources.files("newsbot") / "data" / "stop_words.txt"
    with table.open(encoding="utf-8") as handle:
        return frozenset(
            word for line in handle if (word := line.strip()) and not line.startswith("# ")
        )


# Words that open places' names and, without their accents, would read as given names.
_ACCENTED_PLACE_WORDS = frozenset({"Côte", "São", "Île", "Río", "Château", "Cité", "Vallée"})


class _NamesWithOrWithoutAccents(frozenset[str]):
    """A name list that also knows "Sékou" when it lists only "Sekou": news writes a name with
    its accents where the list may give it without them."""

    def __contains__(self, name: object) -> bool:
        if super().__contains__(name):
            return True
        if not isinstance(name, str) or name.isascii() or name in _ACCENTED_PLACE_WORDS:
            return False
        bare = without_accents(name)
        return bare != name and super().__contains__(bare)


@cache
def company_names() -> frozenset[str]:
    """Listed companies' names, with and without their legal forms (bench/make_companies.py
    writes the list)."""
    table = resources.files("newsbot") / "data" / "companies.txt"
    with table.open(encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip())


@cache
def given_names() -> frozenset[str]:
    """First names common in at least one country (bench/make_given_names.py writes the list)."""
    table = resources.files("newsbot") / "data" / "given_names.txt"
    with table.open(encoding="utf-8") as handle:
        return _NamesWithOrWithoutAccents(handle.read().split())


_INNER_ARTICLE = re.compile(r"(?<= )(?:al|Al|el|El)(?=[ -])")


def _other_case(match: re.Match[str]) -> str:
    article = match.group(0)
    return article.capitalize() if article.islower() else article.lower()


@cache
def place_gazetteer() -> dict[str, Place]:
    """Places by exact name, from the generated data file plus hand-kept aliases."""
    places: dict[str, Place] = {}
    table = resources.files("newsbot") / "data" / "places.tsv"
    with table.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            places[row["name"]] = Place(row["canonical"], row["fine_label"], row["kind"])
    for alias, canonical in PLACE_ALIASES.items():
        known = places.get(canonical)
        fine = PLACE_ALIAS_FINE.get(canonical, known.fine_label if known else "GPE")
        places[alias] = Place(canonical, fine, known.kind if known else "alias")
    for english, local in ENGLISH_CITY_NAMES.items():
        known = places.get(local)
        fine, kind = (known.fine_label, known.kind) if known else ("GPE", "city")
        places[english] = places[local] = Place(english, fine, kind)
    for english, local in GULF_PRESS_PLACES.items():
        places[english] = Place(english, "GPE", "city")
        if local is not None:
            places[local] = places[english]
    for river in RIVERS:
        places.setdefault(river, Place(river, "LOC", "river"))
    for region in REGIONS | ISLANDS_AND_PROVINCES:
        places.setdefault(region, Place(region, "LOC", "region"))
    for state in FORMER_STATES:
        places.setdefault(state, Place(state, "GPE", "country"))
    # Countries' long forms as news writes them without "the": "Democratic Republic of Congo",
    # "Republic of Gambia". Arabic articles inside a name are written either way: "Al Jabal al
    # Akhdar" is the Gulf press's "Al Jabal Al Akhdar", "Ras Al Khaimah" also "Ras al Khaimah".
    for name, place in list(places.items()):
        if place.kind == "country" and " of the " in name:
            places.setdefault(name.replace(" of the ", " of "), place)
        if " " in name and _INNER_ARTICLE.search(name):
            places.setdefault(_INNER_ARTICLE.sub(_other_case, name), place)
    return places


# Islands, mountain ranges, deserts and historical or geographic regions that news names alone
# ("fans from across Kyushu", "the slopes of the Greater Caucasus", "a cellar in Burgundy");
# GeoNames' city, country and first-level lists have none of them. Names that are also
# people's or firms' ("Rhodes", "Amazon", "Java", "Champagne") are left out.
REGIONS = frozenset(
    {
        "Kyushu", "Honshu", "Shikoku", "Mindanao", "Luzon", "Visayas", "Palawan", "Borneo",
        "Sumatra", "Sulawesi", "Lombok", "Timor", "Papua", "Sicily", "Sardinia", "Corsica",
        "Crete", "Socotra", "Madeira", "Azores", "Hainan", "Jeju", "Sakhalin", "Caucasus",
        "Greater Caucasus", "Lesser Caucasus", "Himalayas", "Himalaya", "Alps", "Rockies",
        "Urals", "Pamirs", "Pamir", "Carpathians", "Pyrenees", "Apennines", "Dolomites",
        "Karakoram", "Hindu Kush", "Tian Shan", "Zagros", "Atlas Mountains", "Sahara",
        "Kalahari", "Namib", "Gobi", "Empty Quarter", "Rub al-Khali", "Maghreb", "Levant",
        "Balkans", "Baltics", "Scandinavia", "Iberia", "Anatolia", "Mesopotamia", "Siberia",
        "Patagonia", "Horn of Africa", "Arabian Peninsula", "Korean Peninsula", "Great Rift Valley",
        "Congo Basin", "Darfur", "Kordofan", "Ogaden", "Sinai", "Negev", "Galilee", "Kurdistan",
        "Iraqi Kurdistan", "Kashmir", "Bengal", "Tibet", "Manchuria", "Xinjiang", "Burgundy",
        "Provence", "Normandy", "Brittany", "Alsace", "Lombardy", "Bavaria", "Andalusia",
        "Catalonia", "Flanders", "Wallonia", "Transylvania", "Silesia", "Bohemia", "Moravia",
        "Galicia", "Dalmatia", "Crimea", "Donbas", "Riviera", "Côte d'Azur", "Polynesia",
        "Melanesia", "Hejaz", "Najd", "Tihama", "Hadhramaut", "Hadramawt", "Mahra",
        "Dhofar", "Cyrenaica", "Tripolitania", "Fezzan", "Kabylie", "Deccan", "Western Ghats",
        "Eastern Ghats", "Yorkshire", "Cornwall", "Devon", "Somerset", "Essex", "Sussex",
        "Suffolk", "Greater Manchester", "Merseyside", "West Midlands", "Tyneside",
        "East Anglia", "Lake District", "Scottish Highlands", "Cotswolds", "Hebrides",
        "Outer Hebrides", "Shetland", "Anglesey", "Snowdonia", "Tigray", "Somaliland",
        "Puntland", "Jubaland", "Transnistria", "Azad Kashmir", "West Papua", "Golan Heights",
        "North Kivu", "South Kivu", "Katanga", "Ambazonia", "Lake Chad", "High Atlas", "AlUla",
        "Middle Atlas", "Anti-Atlas", "Rif", "Svaneti", "Ghab", "Sistan", "Baluchistan",
        "Balochistan", "Gilgit-Baltistan", "Chitral", "Ladakh", "Sikkim",
    }
)  # fmt: skip
# States that are no more, which history and obituaries name as places ("emigrated from the
# Soviet Union"); pycountry's current list has none of them.
FORMER_STATES = frozenset(
    {
        "Soviet Union", "USSR", "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany",
        "Ottoman Empire", "Austria-Hungary", "Rhodesia", "Prussia", "Persia", "Ceylon",
        "South Yemen", "North Yemen", "Zaire", "Siam",
    }
)  # fmt: skip
# Islands and historical provinces that travel, property and migration news names alone
# ("villas on Mallorca", "arrivals on Lampedusa", "towards the Peloponnese"), which GeoNames'
# lists leave out; islands that are also words, people or firms ("Java", "Rhodes", "Pico",
# "Hydra", "Elba", "Maui") are left out.
ISLANDS_AND_PROVINCES = frozenset(
    {
        "Santorini", "Lesbos", "Lesvos", "Samos", "Kefalonia", "Cephalonia", "Evia", "Euboea",
        "Peloponnese", "Thessaly", "Thrace", "Epirus", "Cyclades", "Dodecanese", "Mallorca",
        "Majorca", "Menorca", "Minorca", "Formentera", "Tenerife", "Lanzarote", "Fuerteventura",
        "Gran Canaria", "Balearics", "Gozo", "Lampedusa", "Faial", "Terceira", "São Miguel",
        "Porto Santo", "Réunion", "Mahé", "Sumba", "Koh Samui", "Langkawi", "Penang", "Boracay",
        "Tahiti", "Oahu", "Galápagos", "Svalbard", "Faroes", "Newfoundland", "Cape Breton",
        "Hispaniola", "Curaçao", "Sir Bani Yas", "Failaka", "Masirah", "Bubiyan",
        "Djerba", "Kerkennah", "Jutland", "Yucatán", "Kamchatka", "Indochina",
    }
)  # fmt: skip
# Great rivers that news names alone ("the Tigris", "along the Danube"); GeoNames' city and
# country lists have none. Names that are also firms or countries ("Amazon", "Congo",
# "Niger", "Jordan", "Orange") are left out.
RIVERS = frozenset(
    {
        "Tigris", "Euphrates", "Nile", "Danube", "Zambezi", "Limpopo", "Mekong", "Ganges",
        "Indus", "Brahmaputra", "Yangtze", "Irrawaddy", "Salween", "Volga", "Dnieper", "Dnipro",
        "Dniester", "Vistula", "Elbe", "Rhine", "Rhône", "Loire", "Seine", "Thames", "Tagus",
        "Douro", "Ebro", "Oder", "Mississippi", "Missouri River", "Rio Grande", "Paraná",
        "Orinoco", "Shatt al-Arab", "Litani", "Yarmouk", "Oxus", "Amu Darya", "Syr Darya",
        "Helmand", "Kabul River", "Chenab", "Jhelum", "Sutlej", "Yamuna", "Godavari",
        "Krishna River", "Kaveri", "Mahanadi", "Padma", "Meghna", "Teesta", "Chao Phraya",
        "Red River",
    }
)  # fmt: skip


# Feasts and seasons written like names: no person, organisation or place.
HOLIDAYS = frozenset(
    {
        "Eid", "Eid al-Adha", "Eid al-Fitr", "Eid ul-Adha", "Eid ul-Fitr", "Eid el-Kebir",
        "Ramadan", "Ramzan", "Diwali", "Deepavali", "Holi", "Navratri", "Durga Puja", "Onam",
        "Pongal", "Nowruz", "Norooz", "Hanukkah", "Passover", "Yom Kippur", "Rosh Hashanah",
        "Christmas", "Easter", "Thanksgiving", "Lunar New Year", "Chinese New Year", "Tet",
        "Songkran", "Vesak", "Mawlid", "Ashura", "Arbaeen", "Hajj", "Umrah", "Kwanzaa",
        "Timkat", "Meskel", "Tabaski",
    }
)  # fmt: skip
# Words after a place's name that make the whole a disease's: "Rift Valley fever", "West
# Nile virus", "Lyme disease".
DISEASE_WORDS = frozenset({"fever", "virus", "disease", "flu", "syndrome", "encephalitis"})
# Letters no accent mark makes, and the Latin letters news writes for them ("Wrocław" ->
# "Wroclaw", "Frøya" -> "Froya"): the place gazetteer is kept in these spellings.
LETTERS_NO_MARK_MAKES = {
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "đ": "d", "Đ": "D", "ð": "d", "ß": "ss",
    "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th",
}  # fmt: skip
_SPECIAL_LETTERS = str.maketrans(LETTERS_NO_MARK_MAKES)


def without_accents(text: str) -> str:
    """ "Medellín" -> "Medellin", "Wrocław" -> "Wroclaw", "Frøya" -> "Froya": the spelling of
    the gazetteer and of the given-name list."""
    return "".join(
        char
        for char in unicodedata.normalize("NFKD", text.translate(_SPECIAL_LETTERS))
        if not unicodedata.combining(char)
    )
