"""Word lists behind the entity rules: cues, titles and aliases.

Kept apart from the tagger so the lists can grow without touching the logic. They are general
English-news conventions, not fitted to any sample or to the gold data used for measuring.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import NamedTuple

# Honorifics dropped from a PERSON's canonical name (the mention text keeps them). Sheikh and
# Sheikha are honorifics too: news writes "Sheikh Mohamed bin Zayed" and "Mohamed bin Zayed" for
# one man, so both resolve to the same name. For ORG and PLACE ("Sheikh Zayed Road") the word
# stays, since there it is part of the name.
PERSON_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "sheikh", "sheikha", "sheik", "imam", "rev", "reverend", "fr", "father", "sr", "jr",
    "president", "prime", "minister", "gen", "general", "col", "colonel", "maj", "major",
    "capt", "captain", "lt", "sgt", "sen", "senator", "rep", "gov", "governor", "king", "queen",
    "prince", "princess", "emir", "pope", "ayatollah", "judge", "justice", "chancellor",
    "mayor", "secretary", "ambassador", "chairman", "chief", "commander", "officer",
    "congressman", "congresswoman", "commissioner",
})
# Titles that make the next capitalised words a person even without a model.
STRONG_PERSON_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "sheikh", "sheikha",
    "president", "senator", "sen", "gov", "governor", "gen", "general", "col", "colonel",
    "capt", "captain", "imam", "ayatollah", "pope", "king", "queen", "prince", "princess",
    "minister", "mayor", "judge", "rep", "chancellor", "congressman", "congresswoman",
})

# Last words that make a name an organisation ("Popular Mobilisation Forces", "X Centre").
ORG_SUFFIXES = frozenset({
    "movement", "forces", "force", "council", "ministry", "party", "university", "college",
    "centre", "center", "bank", "authority", "agency", "company", "group", "corporation",
    "corp", "inc", "ltd", "llc", "plc", "co", "association", "institute", "foundation",
    "committee", "commission", "organisation", "organization", "union", "federation",
    "front", "brigade", "brigades", "army", "navy", "police", "court", "parliament",
    "assembly", "congress", "senate", "department", "office", "board", "fund", "trust",
    "society", "league", "club", "network", "news", "times", "post", "journal", "press",
    "airways", "airlines", "motors", "holdings", "partners", "capital", "bureau", "service",
    "services", "school", "academy", "hospital", "church", "guard", "guards", "militia",
    "coalition", "alliance", "exchange", "reserve", "tribunal", "cabinet", "government",
    "administration", "companies", "democrats", "republicans", "conservatives", "liberals",
    "socialists", "energy", "technologies", "systems", "media", "pharmaceuticals", "insurance",
    "securities", "investments", "investors", "managers", "cargo", "logistics", "telecom",
    "telecoms", "radio", "television", "broadcasting", "international",
    # clubs: "West Ham United", "Bolton Wanderers", "Brighton and Hove Albion"
    "united", "fc", "afc", "rovers", "wanderers", "hotspur", "albion",
    "mission", "programme", "museum", "gallery", "library", "community", "unit",
    # legal forms of companies abroad: "Pelletteria Rossi Srl", "Siemens AG", "Maybank Bhd"
    "srl", "spa", "s.p.a.", "gmbh", "ag", "sa", "s.a.", "bv", "nv", "ab", "asa", "oyj", "bhd",
    "tbk", "pty", "sarl", "llp", "limited", "ltda",
    # trades and works a company is named after: "Bath Iron Works", "Hanjin Heavy Industries",
    # "Anglian Water", "Sun Pharma", "Royal Caribbean Cruises"
    "works", "industries", "shipbuilding", "shipyard", "shipyards", "engineering",
    "construction", "shipping", "mining", "petroleum", "chemicals", "pharma", "foods",
    "properties", "developments", "ventures", "cruises", "railways", "communications",
    "laboratories", "labs", "electronics", "aerospace", "steel", "water", "utilities",
    "investimentos", "inversiones", "cartel",
    # public bodies: "Naval Sea Systems Command", "Marine Corps", "Baghdad Mayoralty"
    "command", "corps", "mayoralty", "municipality", "observatory", "secretariat", "directorate",
})
# Last words of a company's name, after which "of X" gives the town it is based in ("Damen
# Shipyards Group of Gorinchem"); a bank's or a university's "of X" is part of its name.
COMPANY_WORDS = frozenset({
    "group", "inc", "ltd", "llc", "plc", "holdings", "partners", "industries", "works",
    "shipyards", "shipyard", "shipbuilding", "pharma", "pharmaceuticals", "engineering",
    "construction", "shipping", "foods", "properties", "motors", "technologies", "systems",
    "logistics", "electronics", "chemicals", "steel", "mining", "ventures", "cruises", "labs",
    "laboratories", "srl", "spa", "gmbh", "ag", "sa", "bv", "nv", "ab", "bhd", "pty", "sarl",
    "llp", "limited",
})
# Forms of state in a country's long name ("Islamic Republic of Iran", "Kingdom of Spain").
STATE_FORM_WORDS = frozenset({
    "republic", "kingdom", "state", "states", "emirate", "emirates", "sultanate", "principality",
    "commonwealth", "federation", "union", "islands", "duchy", "confederation",
})
# First words that make a name an organisation ("Ministry of Defence", "Bank of England").
ORG_PREFIXES = frozenset({
    "ministry", "university", "bank", "department", "council", "institute", "office",
    "federation", "association", "committee", "commission", "organisation", "organization",
    "league", "party", "church", "court", "house", "board", "agency", "authority",
    "club", "fc", "olympique", "sporting", "atletico", "dynamo", "daily", "grupo", "banco",
    # "party", "front", "alliance", "coalition" in the languages of party names news keeps
    # untranslated: "Parti Socialiste", "Partido Popular", "Barisan Nasional"
    "parti", "partido", "partito", "partai", "partei", "barisan", "pakatan", "perikatan",
    "gabungan",
    # bodies and firms named in Spanish, Portuguese, Catalan and French ("Sociedad Deportiva
    # X", "Fundação Y", "Generalitat de Catalunya")
    "sociedad", "sociedade", "société", "asociación", "associação", "federación", "federação",
    "fundación", "fundação", "instituto", "institut", "ministerio", "ministério", "ministère",
    "banque", "banca", "generalitat", "gremi", "consejo", "conselho", "comité", "companhia",
    "compañía", "corporación", "organización", "confederación", "agência", "agencia",
})
# Sports whose national and world bodies are named "<sport> <country>" or "World <sport>"
# ("Athletics Kenya", "Rugby Australia", "World Aquatics").
SPORT_WORDS = frozenset({
    "athletics", "cricket", "rugby", "football", "tennis", "swimming", "aquatics", "basketball",
    "hockey", "cycling", "rowing", "golf", "netball", "volleyball", "gymnastics", "boxing",
    "sailing", "triathlon", "archery", "judo", "skating", "skiing",
})
# First words of organisation names that join "X and Y" before an organisation word ("United
# Food and Commercial Workers International Union", "National Oceanic and Atmospheric ...").
ORG_OPENING_WORDS = frozenset({
    "united", "national", "international", "general", "federal", "royal", "associated",
    "allied", "amalgamated", "independent", "consolidated", "joint",
})
# Last words that make a name a place ("Babil Province" is a place, "Jordan River" too).
PLACE_SUFFIXES = frozenset({
    "province", "governorate", "city", "county", "district", "region", "state", "island",
    "islands", "river", "mountains", "mountain", "valley", "strait", "sea", "ocean", "gulf",
    "bay", "lake", "desert", "peninsula", "coast", "border", "street", "road", "avenue",
    "square", "airport", "port", "bridge", "canal", "park", "village", "town", "camp",
    "strip", "heights", "hills", "plain", "basin", "prefecture", "emirate", "dam", "falls",
    "delta", "stadium", "crossing", "parque",
    # buildings, sites and roads: "Abu Hanifa Mosque", "Landmark Beach", "Coastal Highway"
    "mosque", "cathedral", "basilica", "temple", "shrine", "synagogue", "monastery", "palace",
    "castle", "beach", "highway", "expressway", "motorway", "freeway", "boulevard", "lane",
    "harbour", "harbor", "marina", "quay", "pier", "promenade", "reservoir", "lagoon", "reef",
    "glacier", "volcano", "forest", "canyon", "plateau", "archipelago", "oasis",
})
# First words that make a name a place ("Mount Hanang", "Lake Victoria", "Stade de France").
PLACE_PREFIXES = frozenset({
    "mount", "mt", "lake", "stade", "estadio", "stadio",
    # "Port Klang", "Cape Town", "Fort Worth"; palaces, squares, streets, valleys, hills and
    # islands named in the local language ("Istana Negara", "Piazza Duomo", "Jalan Ampang")
    "port", "cape", "fort", "istana", "piazza", "praça", "plaza", "rue", "rua", "calle",
    "avenida", "jalan", "wadi", "bukit", "pulau", "puerto", "ciudad",
    # waters named before "of": "Gulf of Aden", "Strait of Hormuz", "Bay of Bengal"
    "gulf", "bay", "sea", "strait", "straits", "isle",
    # squares, beaches and walks in Catalan, Portuguese and Spanish
    "plaça", "praia", "playa", "paseo", "passeig", "carrer",
})
# First words that turn a known place into a region ("East Africa", "Central Asia").
COMPASS_WORDS = frozenset({
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "greater", "upper", "lower",
})
# Plural nouns whose "'s" stays inside a name ("National People's Power", "Children's Hospital").
POSSESSIVE_NAME_WORDS = frozenset({"people", "children", "women", "men", "workers"})

# Proper names that start with "The" and keep it ("The National" is a newspaper, "the
# National" elsewhere is not). Every other leading "the" is dropped from span and canonical.
NAMES_WITH_THE = frozenset({
    "The National", "The New York Times", "The Times", "The Guardian", "The Economist",
    "The Washington Post", "The Wall Street Journal", "The Independent", "The Telegraph",
    "The Atlantic", "The Hill", "The Hindu", "The Observer", "The Sun", "The Daily Telegraph",
    "The Financial Times", "The Associated Press", "The New Yorker", "The Hague", "The Gambia",
    "The Bahamas", "The Beatles", "The Straits Times", "The Jerusalem Post", "The Irish Times",
})

# Aliases that the country list cannot know (abbreviations, informal names).
PLACE_ALIASES = {
    "US": "United States", "U.S.": "United States", "U.S": "United States",
    "USA": "United States", "U.S.A.": "United States", "America": "United States",
    "United States of America": "United States", "the States": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "UAE": "United Arab Emirates",
    "U.A.E.": "United Arab Emirates", "Emirates": "United Arab Emirates",
    "KSA": "Saudi Arabia", "DRC": "Democratic Republic of the Congo", "DR Congo":
    "Democratic Republic of the Congo", "Czech Republic": "Czechia", "Burma": "Myanmar",
    "Ivory Coast": "Ivory Coast", "Cote d'Ivoire": "Ivory Coast", "Holland": "Netherlands",
    "The Netherlands": "Netherlands", "The Gambia": "Gambia", "The Hague": "The Hague",
    "Palestine": "Palestinian Territories", "Palestinian Territory": "Palestinian Territories",
    "Palestinian territories": "Palestinian Territories", "Gaza Strip": "Gaza",
    "Mainland China": "China", "PRC": "China", "Turkiye": "Turkey", "Türkiye": "Turkey",
    "NYC": "New York City", "New York City": "New York City", "D.C.": "Washington, D.C.",
    "Washington DC": "Washington, D.C.", "Washington, D.C.": "Washington, D.C.",
    "Middle East": "Middle East", "Gulf": "Gulf", "Europe": "Europe", "Africa": "Africa",
    "Asia": "Asia", "Latin America": "Latin America", "West Bank": "West Bank",
}
# US states as AP style abbreviates them after a city ("PORTLAND, Ore.", "Boise, Idaho").
STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}
PLACE_ALIASES.update(STATE_ABBREVIATIONS)
PLACE_ALIAS_FINE = {"Middle East": "LOC", "Gulf": "LOC", "Latin America": "LOC",
                    "West Bank": "LOC", "Europe": "LOC", "Africa": "LOC", "Asia": "LOC"}
ORG_ALIASES = {
    "U.N.": "United Nations", "UN": "United Nations", "EU": "European Union",
    "E.U.": "European Union", "Nato": "NATO", "IS": "ISIS", "ISIL": "ISIS",
    "Islamic State": "ISIS", "Daesh": "ISIS", "AP": "Associated Press",
    "The Associated Press": "Associated Press", "F.B.I.": "FBI", "C.I.A.": "CIA",
}

# Parties named by their members in the plural ("the Greens", "Republicans"); the model reads
# them as peoples.
PARTY_PLURALS = frozenset({
    "Democrats", "Republicans", "Conservatives", "Tories", "Greens", "Liberals", "Socialists",
    "Communists", "Social Democrats", "Liberal Democrats", "Christian Democrats",
})
# Organisations that news names without any organisation word: international bodies, blocs,
# agencies, armed groups and the largest companies and media. General knowledge, kept short.
KNOWN_ORGS = frozenset({
    "United Nations", "Unicef", "UNICEF", "Unesco", "UNESCO", "UNHCR", "UNRWA", "WHO", "WFP",
    "IMF", "World Bank", "WTO", "Opec", "OPEC", "Nato", "NATO", "Asean", "ASEAN", "Fifa",
    "FIFA", "Uefa", "UEFA", "IAEA", "Interpol", "Europol", "Frontex", "Ecowas", "ECOWAS",
    "Mercosur", "Brics", "BRICS", "G7", "G20", "Amnesty International", "Human Rights Watch",
    "Oxfam", "Greenpeace", "Red Cross", "Red Crescent", "Medecins Sans Frontieres", "MSF",
    "Hamas", "Hezbollah", "Houthis", "Taliban", "Al Qaeda", "Al Shabaab", "Boko Haram",
    "ISIS", "Wagner", "Fatah", "Reuters", "Bloomberg", "AFP", "BBC", "CNN", "Al Jazeera",
    "Xinhua", "Apple", "Microsoft", "Google", "Alphabet", "Amazon", "Meta", "Facebook",
    "Instagram", "WhatsApp", "Twitter", "TikTok", "YouTube", "Nvidia", "Tesla", "Samsung",
    "Toyota", "Volkswagen", "Siemens", "Shell", "BP", "Aramco", "Saudi Aramco", "Adnoc",
    "ADNOC", "ExxonMobil", "Chevron", "TotalEnergies",
    "Boeing", "Airbus", "Etihad", "Pfizer", "Moderna", "HSBC", "Barclays",
    "JPMorgan", "Goldman Sachs", "Morgan Stanley", "BlackRock", "Citigroup", "UBS",
    "Deutsche Bank", "OpenAI", "Huawei", "Alibaba", "Tencent", "Sony", "Netflix", "Uber",
    "Spotify", "Infosys", "Tata", "Reliance", "Petrobras", "Pemex", "Sinopec", "Vale",
})

WEEKDAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
})
# Nouns that say a person is meant: "X, a spokesman for Y", "the economist X", "X, who ...".
PERSON_ROLES = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president",
    "vice-president", "chairman", "chairwoman", "chair", "chief", "executive", "director",
    "director-general", "governor", "head", "leader", "founder", "co-founder", "analyst",
    "economist", "professor", "researcher", "scholar", "consultant", "adviser", "advisor",
    "lawyer", "attorney", "judge", "commander", "ambassador", "envoy", "official", "officer",
    "farmer", "teacher", "shopkeeper", "resident", "activist", "coordinator", "editor",
    "correspondent", "journalist", "author", "writer", "candidate", "senator", "congressman",
    "congresswoman", "lawmaker", "mayor", "manager", "fellow", "student", "doctor", "engineer",
    "billionaire", "businessman", "businesswoman", "commissioner", "administrator",
    "representative", "deputy", "lecturer", "historian", "strategist", "diplomat", "counterpart",
    "widow", "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister",
    "coach", "player", "actor", "actress", "singer", "novelist", "laureate", "cleric",
    "preacher", "scientist", "physician", "surgeon", "nurse", "soldier", "general", "colonel",
    "politician", "opposition", "ceo", "cfo", "coo", "mp", "prosecutor", "negotiator", "aide",
    "veteran", "survivor", "witness", "victim", "mother-of-two", "father-of-two", "owner-manager",
    "member", "pharmacist", "vendor", "trader", "mechanic", "driver", "worker", "midwife",
})
# Lower-case nouns right before a name that say an organisation is meant ("the pension fund
# Omers", "chemical maker BASF", "the broadcaster ARD").
ORG_LEAD_WORDS = frozenset({
    "fund", "company", "firm", "group", "bank", "lender", "carrier", "airline", "insurer",
    "regulator", "broadcaster", "newspaper", "agency", "party", "maker", "giant", "operator",
    "developer", "retailer", "exporter", "importer", "chipmaker", "automaker", "carmaker",
    "manufacturer", "conglomerate", "startup", "start-up", "outlet", "daily", "weekly",
    "magazine", "network", "charity", "supplier", "producer", "publisher", "watchdog",
    "consultancy", "chain", "supermarket",
    "militia", "faction", "movement", "organisation", "organization", "institute", "university",
    "club", "team", "brand", "platform", "app", "subsidiary", "unit", "owner", "investor",
})
# Nouns after a comma and an article that make the name before it an organisation ("Chadema,
# the main opposition party", "VNVC, a private vaccination chain"). A person's role wins.
ORG_APPOSITION_WORDS = frozenset({
    "party", "company", "firm", "group", "bank", "lender", "chain", "consultancy", "agency",
    "broadcaster", "newspaper", "carrier", "airline", "insurer", "regulator", "retailer",
    "charity", "militia", "movement", "alliance", "coalition", "union", "federation",
    "association", "club", "operator", "manufacturer", "maker", "conglomerate", "startup",
    "start-up", "outlet", "network", "watchdog", "tank", "station", "university", "hospital",
    "ministry", "brand", "supermarket", "grocer", "utility", "monopoly", "exchange",
})
# Words after a comma that make the name before it a place ("Hargeisa, Somaliland's capital").
PLACE_APPOSITION_WORDS = frozenset({
    "capital", "city", "town", "port", "province", "region", "state", "village", "district",
    "county", "island", "governorate", "suburb", "neighbourhood", "neighborhood",
})
# Capitalised abbreviations that are no names.
NOT_NAME_ACRONYMS = frozenset({
    "AI", "CEO", "CFO", "GDP", "VAT", "IPO", "LNG", "TV", "PM", "AM", "OK", "ID", "IT", "PR",
    "HR", "DNA", "GMT", "UTC", "COVID", "PDF", "SUV", "VIP", "FAQ", "NGO", "NGOS", "MP", "MPS",
})

# Verbs of saying that, put before a bare name ("says Tarlo", "explained Kamande"), mark a
# person: organisations that speak come with "the" ("said the ministry").
SPEECH_VERBS = frozenset({
    "says", "said", "explains", "explained", "adds", "added", "told", "argues", "argued",
    "recalls", "recalled", "writes", "wrote", "notes", "noted", "insists", "insisted", "asks",
    "asked", "warns", "warned", "continues", "continued", "admits", "admitted", "concedes",
    "conceded", "replies", "replied", "laughs", "laughed", "jokes", "joked",
})

# Lower-case nouns after a name (or a list of names) that make it a place: "the Amhara region",
# "Lagos and Plateau states", "the Jaber crossing". Plural forms are matched too.
PLACE_NOUNS_AFTER = frozenset({
    "district", "region", "province", "state", "county", "governorate", "valley", "delta",
    "crossing", "border crossing", "municipality", "prefecture", "neighbourhood",
    "neighborhood", "suburb", "township", "oblast", "emirate", "area of",
})
# Lower-case nouns right after a name that make it an organisation ("Mr Orban's Fidesz party",
# "the Wagner group"). A known place keeps its label: "the Kenya team" is the country's.
ORG_NOUNS_AFTER = frozenset({
    "party", "movement", "militia", "coalition", "alliance", "faction", "bloc", "group",
    "chain", "supermarkets", "conglomerate",
})
# Plural nouns after a name or a list of names that make them peoples, not places or
# organisations ("the Bidayuh and Iban communities", "Pashtun tribes").
GROUP_NOUNS_AFTER = frozenset({"communities", "tribes", "clans", "peoples", "minorities"})
# Lower-case nouns before a name that may name a person's trade as well as a company's:
# "the oil producer Aramco", but "the actress and producer Hind Sabry".
PERSON_OR_ORG_LEAD_WORDS = frozenset({
    "producer", "owner", "investor", "operator", "developer", "publisher",
})
# Words inside a name that make it an event, which is not one of our names ("Africa Cup of
# Nations", "Summer Olympics", "Venice Biennale").
EVENT_NAME_WORDS = frozenset({
    "cup", "championship", "championships", "olympics", "paralympics", "tournament",
    "festival", "biennale", "marathon",
})
# Last words that make a name an event ("the Civil War", "the Super Bowl", "Henley Royal
# Regatta", "the Monaco Grand Prix").
EVENT_LAST_WORDS = frozenset({"war", "wars", "bowl", "regatta", "prix", "derby", "expo"})
# Last words that make a name a post, not its holder ("the Oil Minister", "Health Secretary").
OFFICE_WORDS = frozenset({
    "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "mayor", "governor",
    "president", "chairman", "chairwoman", "commissioner", "ambassador", "envoy",
})
# Plural nouns before "such as", "including" or "among them" that give the names listed after
# them their kind ("stores, among them Safeway, Vons and Jewel-Osco").
LIST_KIND_NOUNS = {
    "ORG": frozenset({
        "companies", "firms", "brands", "banks", "lenders", "chains", "retailers", "stores",
        "supermarkets", "groups", "parties", "clubs", "teams", "agencies", "organisations",
        "organizations", "charities", "carriers", "airlines", "insurers", "outlets",
        "newspapers", "broadcasters", "universities", "hospitals", "startups", "funds",
        "militias", "unions", "manufacturers", "makers", "giants", "institutions",
    }),
    "PLACE": frozenset({
        "countries", "cities", "towns", "villages", "states", "provinces", "regions",
        "districts", "nations", "capitals", "ports", "islands", "destinations", "rivers",
        "lakes", "seas", "mountains", "airports", "neighbourhoods", "neighborhoods", "suburbs",
        "municipalities", "counties", "areas",
    }),
    "PERSON": frozenset({
        "people", "leaders", "players", "politicians", "figures", "celebrities", "artists",
        "writers", "ministers", "executives", "stars",
    }),
}
# Players' positions and staff after "the X" that make X a club or a team ("the West Ham
# United forward", "the Olympique de Marseille defender").
SQUAD_ROLES = frozenset({
    "forward", "striker", "defender", "midfielder", "goalkeeper", "winger",
    "playmaker", "captain", "manager", "coach", "pitcher",
    "quarterback", "batsman", "bowler",
})
# Words before a name that say a place is meant ("near Al Qaim", "the port of Berbera").
# Nouns of sites and routes before "at", "from", "to" or "in" and a name: "the camp at X", "the
# road from X", "terminals at X", "flights to X".
PLACE_SITE_NOUNS = frozenset({
    "camp", "camps", "road", "highway", "crossing", "border", "terminal", "terminals", "flights",
    "route", "bridge", "checkpoint", "settlement", "villages", "towns",
})
PLACE_LEAD_WORDS = frozenset({"near", "outside", "in", "from", "across", "to", "at"})
STRONG_PLACE_LEAD_WORDS = frozenset({"near", "outside"})
PLACE_OF_WORDS = frozenset({
    "town", "city", "port", "village", "district", "province", "region", "capital", "island",
    "state", "county", "governorate", "suburb", "outskirts", "neighbourhood", "neighborhood",
    # "the governor of West Java", "residents of Adhamiya"
    "governor", "mayor", "residents", "inhabitants", "citizens",
})
# Words before a name that say it is an event or a thing, not one of ours ("Hurricane Helene").
EVENT_LEAD_WORDS = frozenset({
    "hurricane", "storm", "typhoon", "cyclone", "tropical", "operation",
})
# Generic nouns that are no name when they stand alone ("the Government said", "Bank shares").
LONE_GENERIC_WORDS = frozenset({
    "government", "department", "ministry", "bank", "court", "council", "committee", "agency",
    "authority", "company", "group", "office", "board", "fund", "university", "college",
    "school", "state", "city", "province", "region", "district", "county", "street", "road",
    "president", "minister", "secretary", "director", "chief", "chairman", "governor",
    "officials", "police", "army", "forces", "force", "centre", "center", "institute", "mps",
    "prime", "central", "national", "federal", "international", "chemical", "households",
    "interior", "justice", "defence", "defense", "finance", "emir", "king", "queen", "prince",
})

# Lower-case words allowed inside a capitalised name ("Bank of England", "Mohammed bin Salman").
NAME_CONNECTORS = frozenset({
    "of", "bin", "bint", "ibn", "al", "el", "de", "du", "da", "del", "della", "di", "van", "von",
    "der", "den", "la", "le", "for", "on", "and", "abu", "ben", "dos", "das", "y",
})
# Connectors that may join two capitalised runs only inside an organisation name.
ORG_ONLY_CONNECTORS = frozenset({"for", "on", "and"})
# Nationality and faith words the endings below do not catch.
IRREGULAR_DEMONYMS = frozenset({
    "French", "Dutch", "Greek", "Thai", "Swiss", "Welsh", "Scots", "Czech", "Slovak", "Sunni",
    "Shia", "Shiite", "Kurd", "Kurds", "Arab", "Arabs", "Jew", "Jews", "Muslim", "Muslims",
    "Christian", "Christians", "Hindu", "Hindus", "Druze", "Yazidi", "Yazidis", "Pashtun",
    "Baloch", "Sikh", "Sikhs", "Buddhist", "Buddhists", "Catholic", "Catholics", "Turkish",
    "Spanish", "British", "Polish", "Danish", "Swedish", "Finnish", "Irish", "English",
    "Scottish", "Saudi", "Saudis", "Emirati", "Emiratis", "Filipino", "Filipinos",
    # followers of a doctrine, written with a capital like nationalities
    "Maoist", "Maoists", "Marxist", "Marxists", "Leninist", "Leninists", "Islamist",
    "Islamists", "Zionist", "Zionists", "Jihadist", "Jihadists", "Salafist", "Salafists",
    "Trotskyist", "Trotskyists", "Peronist", "Peronists", "Chavista", "Chavistas",
    "Kirchnerist", "Kirchnerists", "Gaullist", "Gaullists", "Thatcherite", "Thatcherites",
    "Argentine", "Argentines", "Philippine",
})
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
    return places
