"""Casualty figures by category, each figure kept on its own with its qualifier and source.

A figure is a number (digits or words) tied to a category verb or noun in the same clause:
"11 people were killed", "Four persons were reportedly killed and at least 60 injured", "some 2,300
Veshi fled", "23 Veshi men were detained", "the detention of 23 persons", "death toll of 12".
Conflicting figures stay separate; nothing is summed; "thousands" gives nothing. The source is the
organisation the sentence cites ("according to X"), else the document's own sender.
"""

from __future__ import annotations

import bisect
import re

from tocsin.extract import rx
from tocsin.domain.documents import DocumentKind
from tocsin.domain.facts import Fact
from tocsin.extract.dates import find_dates
from tocsin.extract.numbers import iter_numbers, parse_number
from tocsin.extract.pipeline import Context, fact
from tocsin.extract.text import body_paragraphs, lines, scan_text, sentence_at, sentences, table_cells

NAME = "casualties"
VERSION = "1.25"
MAX_FIGURES = 200

_CATS = {
    "killed": r"killed|died|dead|murdered|slain|neutrali[sz]ed|neutralis[ée]e?s|neutralizad[oa]s|shot\s+dead|lost\s+their\s+lives|drowned|perdieron\s+la\s+vida|(?:ont|auraient|aurait|a)\s+perdu\s+la\s+vie|deaths?(?!\s+threats?)|fatalities|victims\s+died|"
              r"(?:habr[íi]an|hab[íi]an|han|habr[íi]a|ha)\s+muerto|(?:habr[íi]an|han|hab[íi]an)\s+perdido\s+la\s+vida|tu[ée]e?s|morte?s|d[ée]c[ée]d[ée]e?s|muert[oa]s|murieron|asesinad[oa]s|fallecid[oa]s|homicidios|asesinatos|убиты|погибли|погибших|убитых",
    "injured": r"injured|wounded|hurt|injuries|(?:required|sought|needed|received)\s+medical\s+(?:assistance|attention|treatment|care)|sustained\s+(?:\w+\s+)?injuries|hospitali[sz]ed|received\s+(?:hospital|medical)\s+treatment|treated\s+(?:in\s+hospital\s+)?for\s+(?:[\w-]+,?\s+){0,4}?(?:wounds|injuries|fractures|bites|burns|bruises|hypothermia)|bless[ée]e?s|herid[oa]s|lesionados|lesionadas|ранены|раненых|пострадали|получили\s+(?:ранения|травмы|телесные\s+повреждения)",
    "displaced": r"fled|displaced|evicted|evacuated|[ée]vacu[ée]e?s|evacuad[oa]s|эвакуирован\w*|relocated|resettled|crossed\s+(?:the\s+border\s+)?into|(?:new\s+)?arrivals|forced\s+to\s+(?:leave|flee)|forcibly\s+(?:displaced|evicted|removed)|"
                 r"(?:voluntarily\s+)?(?:accepted|agreed\s+to)\s+(?:resettlement|relocation)|"
                 # "190 persons were affected by the clearance", "1,200 Batwa were removed between 2004 and 2006"
                 r"affected\s+by\s+the\s+(?:clearance|evictions?|demolitions?|removals?|relocation)|"
                 r"removed\s+(?:from\s+their\s+(?:homes|lands?|villages?|forest|territory)|between|during)\b|forced\s+out\s+of\s+their\s+(?:homes|flats|houses|apartments|dwellings)|driven\s+(?:out\s+of|from|away\s+from)\s+(?:their|the)\s+(?:homes|houses|village|town|area|region|settlement|district)|"
                 r"refugees|(?:had\s+|have\s+)?(?:sought|taken|took)\s+refuge|left\s+their\s+(?:homes|houses)|lost\s+their\s+(?:homes|houses|dwellings)|"
                 r"(?:now\s+)?li(?:ve|ving)\s+in\s+(?:[\w-]+\s+){0,3}(?:camps|shelters|tents|makeshift\s+\w+)|"
                 r"(?:since\s+)?been\s+(?:sleeping|living)\s+(?:in\s+tents|in\s+the\s+open|rough|in\s+makeshift)|"
                 r"placed\s+in\s+(?:container|temporary|emergency)\s+(?:units|shelters?|accommodation|housing)|became\s+homeless|(?:left|rendered|made)\s+homeless|homeless|without\s+(?:shelter|a\s+home|homes)|(?:still\s+)?(?:have|had|has)\s+no\s+(?:adequate\s+)?(?:housing|shelter|homes?)\b|"
                 r"d[ée]plac[ée]e?s|r[ée]install[ée]e?s|relog[ée]e?s|reubicad[oa]s|reasentad[oa]s|(?:ont|auraient|avaient)\s+fui|(?:ont|auraient|avaient)\s+franchi\s+la\s+fronti[èe]re|(?:cruzaron|han\s+cruzado)\s+la\s+frontera|(?:se\s+)?sont\s+enfui[es]*|had\s+to\s+(?:leave|flee|abandon)|"
                 r"(?:han|habr[íi]an|tuvieron|han\s+tenido)\s+(?:que\s+)?abandonar\s+sus\s+(?:hogares|casas|viviendas|tierras)|"
                 r"(?:habr[íi]an\s+)?abandonado\s+sus\s+(?:hogares|casas|viviendas)|(?:se\s+)?(?:vieron|habr[íi]an\s+visto|han\s+visto)\s+(?:obligad|forzad)[oa]s\s+a\s+(?:desplazarse|huir|abandonar)|"
                 r"vivraient\s+(?:depuis\s+lors\s+)?sous\s+des\s+tentes|"
                 r"abandonaron\s+sus\s+(?:hogares|casas|viviendas)|(?:se\s+)?(?:han|habr[íi]an|hab[íi]an)\s+refugiado|se\s+refugiaron|"
                 r"(?:se\s+)?(?:sont|seraient|[ée]taient)\s+r[ée]fugi[ée]e?s|(?:trasladad|reubicad|alojad)[oa]s\s+(?:a|al|en)\s+(?:los\s+|un\s+|el\s+)?albergues?|sans\s+abri|expuls[ée]e?s|(?:se\s+)?(?:habr[íi]an\s+)?desplazad[oa]s?|(?:se\s+)?desplazaron|desalojad[oa]s|huyeron|sin\s+hogar|"
                 r"(?:have|had|has)\s+(?:since\s+|reportedly\s+|already\s+|temporarily\s+)?left\s+(?:their\s+(?:homes|villages)|the\s+(?:country|State\s+party|region)|(?=(?-i:[A-Z])))|"
                 # "2,150 persons left Ain Telvo and Mesrik after the attacks"
                 r"(?:(?<=persons\s)|(?<=people\s)|(?<=residents\s)|(?<=inhabitants\s)|(?<=villagers\s)|(?<=families\s))left\s+(?=(?-i:[A-Z]))|"
                 r"бежали|переселены|покинули|(?:временно\s+)?покинувш\w+\s+(?:свои\s+)?(?:дома|сёла|села)|бежавш\w+",
    "arrested": r"arrested|detained|taken\s+into\s+(?:preventive\s+|police\s+|protective\s+)?custody|taken\s+to\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?police\s+stations?|[\"“]?brought\s+in\s+for\s+questioning|"
                r"interpellations|arrestations|detenciones|confined\s+in\b|"
                # "some 1,150 persons were held at Fort Lennard", "47 men have been held since October 2024"
                r"held\s+(?:at\s+(?:the\s+)?(?-i:[A-Z])[\w-]+|since\b|for\s+(?:more\s+than\s+)?[\w-]+\s+(?:days|weeks|months|years)\b)|held\s+(?:(?:in|at)\s+(?:the\s+|a\s+|such\s+)?(?:[A-Z][\w-]+\s+)?(?:closed\s+)?(?:centres?|centers?|camps?|detention|custody|prison|holding)|without\s+charge|incommunicado)|apprehended|rounded\s+up|interned|arrests|detentions|"
                r"arr[êe]t[ée]e?s|d[ée]tenue?s|interpell[ée]e?s|plac[ée]e?s\s+en\s+garde\s+[àa]\s+vue|detenid[oa]s|arrestad[oa]s|capturad[oa]s|aprehendid[oa]s|задержаны|арестованы|задержанных",
}
_AFTER = {
    cat: rx.compile(
        r"^\s*(?:[\w'’-]+,?\s+)?(?:[\w'’-]+\)?(?:,(?!\s+(?:and|or|but|while|whereas|which|who|et|y)\b))?\s+){0,8}?(?:[\w'’.-]+\s*,(?:[^,;:\d]{1,60},){1,3}\s*)?(?:(?:were|was|have\s+been|had\s+been|has\s+been|are|being|got|reportedly|"
        r"have|has|had|been|(?:are|were|is)\s+(?:said|reported|believed|thought|estimated)\s+to\s+have|"
        r"allegedly|also|later|subsequently|brutally|arbitrarily|ont\s+été|auraient\s+été|aurait\s+été|sont|"
        r"été|fueron|resultaron|quedaron|habrían\s+sido|han\s+sido|были)\s+){0,3}"
        r"[\"“]?(?:[a-z]+ly\s+)?(?:" + words + r")\b",
        re.IGNORECASE,
    )
    for cat, words in _CATS.items()
}
_AUX = (r"(?:were|was|have\s+been|had\s+been|has\s+been|are\s+being|were\s+being|ont\s+été|auraient\s+été|"
        r"fueron|han\s+sido|habrían\s+sido|были)")
# "Seven persons, including Ms. X, were arrested", "14 protesters who had blocked the road were arrested",
# "Two employees of the Ostrel Timber Company were arrested": a subject of up to eight words or a
# parenthetical or relative clause, then an auxiliary and the category.
_AFTER_CLAUSE = {
    cat: rx.compile(
        r"^\s*(?:[\w'’.-]+\s+){0,8}?(?:[\w'’.-]+\s*,[^,;:]{1,60},\s*|(?:who|whom|that|which|qui|que)\s[^,.;:]{1,90}?\s|"
        r"[\w'’.-]+\s*,\s*(?:who|whom|which|qui)\s+)?"
        + _AUX + r"\s+(?:(?:reportedly|allegedly|also|later|subsequently|arbitrarily|then|brutally)\s+){0,2}(?:" + words + r")\b",
        re.IGNORECASE)
    for cat, words in _CATS.items()
}
_WHO_CAT = {
    cat: rx.compile(r"^\s*[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,\s*[^,;:.]{1,60},)?\s*(?:who|that|qui|que|quienes)\s+"
                    r"(?:(?:had|have|has|were|was|had\s+been|have\s+been|ont|avaient|han|hab[íi]an)\s+)?(?:[a-z]+ly\s+)?"
                    r"(?:" + words + r")\b", re.IGNORECASE)
    for cat, words in _CATS.items()
}
_ELLIPTIC = {  # "Four were killed and at least 60 injured": the verb right after the number
    cat: rx.compile(r"^[\"”»]?\s*(?:" + words + r")\b", re.IGNORECASE) for cat, words in _CATS.items()
}
_BQ = (r"(?:(?:(?:not|no)\s+(?:less|fewer)\s+than|at\s+least|between(?:\s+[\d,.]+\s+(?:and|to))?|some|about|approximately|around|nearly|more\s+than|over|up\s+to|an\s+estimated|"
       r"au\s+moins|plus\s+de|environ|pr[èe]s\s+de|quelque|al\s+menos|m[áa]s\s+de|unos|unas|alrededor\s+de|cerca\s+de|"
       r"более|около|не\s+менее)\s+)?")
_BEFORE = {
    "killed": rx.compile(r"(?:killing|killings|deaths?|death\s+toll|murder|execution)\s+of\s+" + _BQ + r"$"
                         # "puts the number of dead at 17", "the number of deaths rose to 40"
                         # "the incidents claimed the lives of 11 persons"
                         r"|\b(?:claimed|cost|took)\s+the\s+lives\s+of\s+" + _BQ + r"$"
                         r"|\b(?:bodies|corps|cuerpos|cad[áa]veres)\s+(?:of|de)\s+" + _BQ + r"$"
                         # "we have buried 6 persons", "the families buried seven of their members"
                         r"|\b(?:have|has|had|we)\s+(?:\w+\s+)?bur(?:ied|y)\s+" + _BQ + r"$"  # "the bodies of three men ... were found"
                         r"|\b(?:number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|those\s+killed|(?:people|persons)\s+killed)|"
                         r"death\s+toll)\s+(?:\w+\s+){0,2}?(?:at|to|as)\s+" + _BQ + r"$"
                         r"|\b(?:killing|killed|murdering|murdered)\s+" + _BQ + r"$"
                         # "a man fatally stabbed two women", "police fatally shot 3 protesters"
                         r"|\bfatally\s+(?:stabbed|shot|wounded|injured|beat|beaten|attacked)\s+" + _BQ + r"$"
                         r"|death\s+toll\s+(?:of|rose\s+to|reached|stands\s+at)\s+$"
                         r"|(?:^|[\s,;])(?:погибл[иоа]|погибло|убиты?)\s+" + _BQ + r"$"
                         # "fallecieron tres personas", "ont péri douze personnes"
                         r"|(?:^|[\s,;])(?:murieron|fallecieron|perdieron\s+la\s+vida|falleci[óo]|muri[óo]|perdi[óo]\s+la\s+vida|ont\s+p[ée]ri|ont\s+trouv[ée]\s+la\s+mort|"
                         r"tuant|matando|(?:habr[íi]a|habr[íi]an|ha|han)\s+asesinado\s+a|asesin[óo]\s+a|asesinaron\s+a|mat[óo]\s+a|mataron\s+a|v[íi]ctimas\s+mortales\s+(?:son|ser[íi]an|fueron|ascienden\s+a)|fueron\s+asesinad[oa]s|(?:han|habr[íi]an|hab[íi]an)\s+sido\s+asesinad[oa]s|"
                         r"(?:aurait|auraient|ont|a)\s+tu[ée])\s+"
                         + _BQ + r"$", re.I),
    "injured": rx.compile(r"(?:injuring|wounding|(?<=and\s)injured|(?<=and\s)wounded)\s+" + _BQ + r"$"
                          # "the number of persons who received medical treatment for injuries ... was 17"
                          r"|\bnumber\s+of\s+(?:persons|people)\s+(?:who\s+(?:were\s+)?(?:injured|wounded|received\s+(?:medical\s+)?"
                          r"treatment\s+for\s+(?:their\s+)?(?:injuries|wounds)))\b[^.]{0,80}?\b(?:was|is|stood\s+at|reached|did\s+not\s+exceed)\s+"
                          + _BQ + r"$"
                          r"|(?:^|[\s,;])(?:e\s+)?(?:hiri[óo]|hirieron)\s+a\s+(?:un[oa]s?\s+)?" + _BQ + r"$"
                          # "the injury of at least 14 others", "the injuries inflicted on 14 protesters"
                          r"|\binjur(?:y|ies)\s+(?:(?:inflicted|caused)\s+)?(?:on|of|to)\s+" + _BQ + r"$"
                          # "the District Hospital treated 46 persons for gunshot wounds"
                          r"|(?:^|[\s,;])(?:en\s+)?(?:blessant|hiriendo|faisant|causant|dejando)\s+(?:a\s+)?" + _BQ + r"(?=$)"
                          # "the injuries sustained by four other members"
                          r"|\binjur(?:y|ies)\s+(?:sustained|suffered)\s+by\s+" + _BQ + r"$"
                          # "resultaron heridas 17 personas", "quedaron heridos 5 comuneros"
                          r"|\b(?:resultaron|quedaron|fueron|han\s+resultado|resultan)\s+(?:herid|lesionad)[oa]s\s+" + _BQ + r"$"
                          r"|\bnumber\s+of\s+(?:the\s+)?(?:injured|wounded|injuries|those\s+injured|people\s+injured)\s+(?:\w+\s+){0,2}?(?:at|to|as)\s+" + _BQ + r"$"
                          r"|\b(?:[Hh]ospitals?|[Cc]linics?|doctors|medical\s+staff)\s+(?:\w+\s+)?(?:treated|admitted)\s+"
                          + _BQ + r"$"
                          # "the provincial hospital in Qalat reports having treated 86"
                          r"|\b(?:having|has|have|had)\s+treated\s+" + _BQ + r"$"
                          # "телесные повреждения различной степени тяжести получили 17 человек" (40 characters before the figure
                          # are read: "тяжести", of the set phrase, is the noun's stand-in), "ранены 5 человек"
                          r"|(?:^|[\s,;])(?:(?:повреждения|травмы|ранения|тяжести)(?:\s+[а-яё]+){0,3}\s+получили|ранены|пострадали|помощью\s+обратились)\s+"
                          + _BQ + r"$", re.I),
    "displaced": rx.compile(r"(?:displacement|eviction|flight|expulsion|relocation|resettlement)\s+of\s+" + _BQ + r"$"
                            # "the number of persons who temporarily left their homes did not exceed 412"
                            r"|\bnumber\s+of\s+(?:persons|people)\s+who\s+(?:temporarily\s+)?(?:left|fled|abandoned)\s+their\s+"
                            r"(?:homes|houses|villages)\b[^.]{0,60}?\b(?:was|is|stood\s+at|reached|did\s+not\s+exceed)\s+" + _BQ + r"$"
                            # "puts the number of displaced Tsavari at 3,000", "the number of 'resettled persons' at 1,150"
                            r"|\bnumber\s+of\s+(?:the\s+)?(?:(?:persons|people|residents|families)\s+)?[\"“]?(?:displaced|refugees|evicted|resettled|relocated)(?:\s+[\w-]+)?[\"”]?"
                            r"\s+(?:\w+\s+){0,2}?(?:at|to|as)\s+" + _BQ + r"$"
                            r"|\b(?:reasentamiento|desplazamiento|desalojo|reubicaci[óo]n|d[ée]placement|expulsion|r[ée]installation)\s+"
                            r"(?:forz(?:oso|ado)\s+|forc[ée]\s+)?(?:de|d['’]|des)\s*" + _BQ + r"$"
                            # "the filling of the reservoir displaced approximately 1,300 Ilkari"
                            r"|\bdisplaced\s+" + _BQ + r"$"
                            # "border guards rounded up and expelled about 400 people"
                            r"|\b(?:expelled|deported|evicted|pushed\s+back|forcibly\s+returned|uprooted|forcibly\s+removed|relocated)\s+"
                            + _BQ + r"$"
                            # "село покинули «около 1 500 курдов»", "бежали более 300 человек"
                            r"|(?:^|[\s,;])(?:покинули|бежали|без\s+(?:крова|жилья)\s+остались)\s+[«\"“]?" + _BQ + r"$",
                            re.I),
    "arrested": rx.compile(r"(?:arrests?|detention|arresting|detaining)\s+of\s+" + _BQ + r"$"
                           r"|\bnumber\s+of\s+(?:arrests|detainees|detentions|those\s+(?:detained|arrested)|(?:people|persons)\s+(?:detained|arrested))\s+(?:\w+\s+){0,2}?(?:at|to|as)\s+" + _BQ + r"$"
                           # "el número de personas detenidas en el mismo período sería de 2.750"
                           r"|\bn[úu]mero\s+de\s+(?:personas\s+)?(?:detenid[oa]s|arrestad[oa]s|detenciones)\b[^.]{0,60}?\b(?:ser[íi]a|es|fue|asciende\s+a)\s+(?:de\s+)?" + _BQ + r"$"
                           r"|\bnumber\s+of\s+(?:persons\s+|people\s+)?(?:detained|arrested)\b[^.]{0,60}?\b(?:was|is|stood\s+at|reached)\s+" + _BQ + r"$"
                           # "police raided the settlement and arrested twenty-six Roma men"
                           r"|\b(?:and|then|subsequently)\s+(?:arrested|detained)\s+" + _BQ + r"$"
                           r"|(?:detenci[óo]n|arresto|captura|arrestation|interpellation)(?:\s+(?:arbitraria|arbitraire|ilegal|ill[ée]gale|masiva|massive))?\s+de\s+" + _BQ + r"$|\b(?:fueron|han\s+sido|habr[íi]an\s+sido)\s+(?:detenid|arrestad|aprehendid)[oa]s\s+(?:arbitrariamente\s+)?" + _BQ + r"$"
                           r"|(?:police|authorities|security\s+forces|officers|soldiers|agents|guards|troops|gendarmes|rangers|they)\s+(?:\w+\s+){0,3}?(?:arrested|detained|apprehended|rounded\s+up|picked\s+up)\s+" + _BQ + r"$"
                           r"|(?:^|[\s,;])(?:задержал[аи]?|арестовал[аи]?|задержаны|арестованы|(?:о\s+)?задержании|(?:об\s+)?аресте)\s+" + _BQ + r"$"
                           # "the authorities of Belmarre have detained around 140 asylum-seekers"
                           r"|\b(?:have|has|had)\s+(?:reportedly\s+|allegedly\s+)?(?:arrested|detained)\s+" + _BQ + r"$"
                           # "la police a arrêté quinze jeunes", "la policía detuvo a 19 personas"
                           r"|\b(?:a|ont|avait|avaient)\s+(?:arr[êe]t[ée]|interpell[ée]|d[ée]tenu|appr[ée]hend[ée])\s+" + _BQ + r"$"
                           r"|\b(?:detuvo|detuvieron|arrest[óo]|arrestaron|aprehendi[óo]|aprehendieron)\s+(?:a\s+)?" + _BQ + r"$",
                           re.I),
}
_QUAL = rx.compile(r"(?P<q>(?:not|no)\s+(?:less|fewer)\s+than|at\s+least|more\s+than|over|some|about|approximately|around|nearly|almost|up\s+to|"
                   r"as\s+many\s+as|fewer\s+than|less\s+than|an\s+estimated|plus\s+de|au\s+moins|environ|"
                   r"m[áa]s\s+de|al\s+menos|unos|alrededor\s+de|более|около|не\s+менее)\s+$", re.I)


def _qualifier(q: str) -> str:
    """The qualifier as written, in lower case; "not less than", "no fewer than" as "at least"."""
    q = " ".join(q.lower().split())
    return "at least" if q.startswith(("not ", "no ")) else q


# police and soldiers are counted only when they are hurt or killed ("Two police officers sustained minor injuries");
# "escorted by some 120 police officers" is a unit's size
_SECURITY = rx.compile(r"^\s*(?:officers?|police|soldiers?|armed\s+men|gendarmes?|guards?)\b", re.I)
_MODIFIER = rx.compile(r"^\s*(?:(?!(?:were|was|are|is|have|has|had|been|being|reportedly|allegedly)\b)[\w-]+\s+){1,3}(?:apprehended|arrested|detained|intercepted)\b[^.;]{0,60}?\b(?:have|has|had)\s+been\s+"
                       r"(?!arrested|detained|held|taken)(?:\w+ly\s+)?\w+ed\b", re.I)
_SPLIT_THOUSANDS = re.compile(r"[ \t\u00a0\u202f]*\n\s*")
# (the line before goes on from a word, "plus de 4": a page number standing alone, "Page 2", is no first half)
_SPLIT_HEAD = re.compile(r"(?<![Pp]age)(?<![Pp]\.)(?<=[^\W\d_])[ \t\u00a0\u202f]+(\d{1,3})[ \t\u00a0\u202f]*\n\s*$")
_AUX_NEXT = rx.compile(r"\s+(?:were|was|have\s+been|had\s+been|habr[íi]an\s+sido|han\s+sido|hab[íi]an\s+sido|fueron|"
                       r"auraient\s+[ée]t[ée]|ont\s+[ée]t[ée]|avaient\s+[ée]t[ée])\b", re.I)
_FIGURE_AT = rx.compile(r"\b(?:puts?|places?|estimates?|gives?|sets?)\s+(?:the\s+|this\s+|that\s+)?(?:figure|number|toll|total)\s+"
                        r"at\s+" + _BQ + r"$"
                        # "later revised the toll to 31", "the figure ... had risen to 19", "la cifra se elevó a siete"
                        r"|\b(?:revised|raised|increased|brought|updated)\s+(?:the\s+|this\s+|that\s+|its\s+)?(?:death\s+)?(?:figure|number|toll|total)\s+(?:up\s+)?to\s+" + _BQ + r"$"
                        r"|\b(?:figure|number|toll|total)\b[^.;]{0,60}?\b(?:had|has|have)?\s*(?:risen|rose|climbed|increased|grown)\s+to\s+" + _BQ + r"$"
                        r"|\bla\s+cifra\s+(?:se\s+elev[óo]|ascendi[óo]|aument[óo]|subi[óo])\s+a\s+" + _BQ + r"$"
                        # "según la Defensoría, la cifra alcanzaría 1.350 personas", "le chiffre atteindrait 1 350"
                        r"|\bla\s+cifra\s+(?:alcanzar[íi]a|alcanza|llegar[íi]a\s+a|ser[íi]a\s+de|asciende\s+a|ascender[íi]a\s+a)\s+" + _BQ + r"$"
                        r"|\ble\s+chiffre\s+(?:atteindrait|atteint|s['’][ée]l[èe]verait\s+[àa]|serait\s+de)\s+" + _BQ + r"$"
                        r"|\b[Tt]he\s+(?:figure|number)\s+of\s+$"
                        r"|\ble\s+bilan\s+(?:s['’]est\s+alourdi|est\s+pass[ée])\s+à\s+" + _BQ + r"$", re.I)
# "the Ombudsman has verified 5 cases", "la Defensoría ha verificado 5 casos": another source's figure of the same kind
_CONFIRMED_BEFORE = rx.compile(r"\b(?:verified|confirmed|documented|verificado|confirmado|documentado|v[ée]rifi[ée]|confirm[ée]|"
                               r"registra|registr[óo]|registrado|enregistr[ée]|recorded|registered|"
                               r"document[ée]|recens[ée]|подтвердил[аи]?)\s+" + _BQ + r"$", re.I)
_SENTENCE_END = rx.plain(r"\s*(?:persons|people|individuals|personnes|personas)?\s*(?:[.;]|$)")  # "la Defensoría del Pueblo registra 5.": the figure alone ends the clause
_CASES_AFTER = rx.plain(r"\s*(?:cases|casos|cas|случа\w+)\s*(?:[.;,]|$)", re.I)
_QUOTES_AS_SPACES = str.maketrans({'"': " ", "”": " ", "“": " ", "»": " ", "«": " "})
_SUBSET = rx.compile(r"^\s+(?:of\s+(?:the|these|those)|des|de\s+(?:ces|los|las|estos|estas))\s+(?:[\w-]+\s+)?(?:detained|arrested|injured|"
                     r"wounded|killed|displaced|detainees|evicted|expelled|relocated|victims|arr[êe]t[ée]s|d[ée]tenus|bless[ée]s|"
                     r"detenidos|heridos|desplazados)\b", re.I)
_THE_BEFORE = rx.plain(r"\b(?:the|these|those|les|los|las)\s+$", re.I)
_REFUGEES_AFTER = rx.plain(r"\s*(?:[\w-]+\s+)?(?:refugees|r[ée]fugi[ée]s|refugiad[oa]s)\b", re.I)
_OF_MY = rx.compile(r"^\s+of\s+(?:my|our|his|her|their)\s+[\w-]+\s+(?:are|is)\s+(?:(?-i:[A-Z])|an?\s|the\s)", re.I)  # "Three of my clients are refugees"
_OF_THEM = rx.compile(r"^\s+of\s+(?:them|whom)\b", re.I)
_OF_THOSE = rx.compile(r"^\s+(?:of\s+(?:them|those|whom)|d['’]entre\s+eux|de\s+ellos|из\s+них)\b", re.I)
# what may open a sentence before a capitalised number word: nothing, or a paragraph number ("3.5 Seventeen men")
_OR_BEFORE = rx.compile(r"\b(?:or|ou|o|или)\s+(?:some\s+|about\s+|environ\s+|unos\s+)?$", re.I)
_ACCORDING_AFTER = rx.compile(r"^\s*(?:[\w-]+\s+)?,?\s*(?:according\s+to|selon|d['’]apr[èe]s|seg[úu]n|по\s+данным)\b", re.I)
_NOT_AS_ALLEGED = rx.compile(r"\b(?:not|non|no|и\s+не)\s+$", re.I)
_AS_ALLEGED = rx.compile(r"^\s*(?:as|comme|como)\s+(?:(?:was|is|had\s+been)\s+)?(?:alleged|claimed|reported|stated|asserted|indicated|"
                         r"affirm[ée]|all[ée]gu[ée]|indiqu[ée]|se\s+(?:alega|afirma|indica)|alegad[oa]|afirmad[oa])\b", re.I)
_BREAKDOWN_AFTER = rx.compile(r"^\s*(?:(?:of\s+them|d['’]entre\s+eux|de\s+ellos)\s+|(?:person|man|woman|child|personne|persona)\s+)?(?:were|was|had\s+been|died|ont|sont|fueron|murieron)\b", re.I)
_RANGE_UNIT = rx.compile(r"^\s*(?:and|to|-|–|et|à|y|a)\s*[\d,.]+\s*(?:years?|months?|weeks?|days?|hours?|km|kilomet\w*|per\s*cent|%|"
                         r"ans|mois|jours|heures|años|meses|d[íi]as|horas)\b", re.I)
_EITHER = rx.compile(r"^\s*(?:[\w-]+\s+){0,6}?(?:killed|dead|tu[ée]s|muertos|asesinados)\s+(?:or|and/or|ou|o)\s+(?:injured|wounded|"
                     r"bless[ée]s|heridos|missing|disparus|desaparecidos)\b", re.I)  # "219 are reported dead or missing at sea"
_SPEAKERS = rx.compile(r"^\s*(?!(?:and|et|y|и|but|who|which)\b)[\w-]+\s+(?:(?:later|also|separately|subsequently)\s+)?(?:told|said|testified|recounted|described|"
                       r"сообщили|рассказали|заявили|ont\s+(?:d[ée]clar[ée]|racont[ée]|t[ée]moign[ée])|declararon|relataron|contaron)\b", re.I)
_INCLUDED_IN = rx.compile(r"^[^.;]{0,60}\((?:already\s+)?(?:included|counted)\s+in\s+the\s+(?:[\w-]+\s+){0,3}(?:figures?|totals?|numbers?|counts?)\b",
                          re.I)
_OPENS_QUOTE = re.compile(r"(?:[:;]\s*[\"“«‘]?|[\"“«‘])\s*$")  # 'said: "Six people were injured"': a sentence of its own
_PARA_NUMBER = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]\)|[-–•*])?\s*[\"“«'‘(\[]?\s*")  # and an opening quote
_DUPLICATE = rx.compile(r"^\s*\(\s*(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s*\)", re.I)
_AND_NEXT = rx.compile(r"\s+(?:(?!(?:deaths?|dead|killed|died|injured|wounded|injuries|hurt|fatalities|arrests?|arrested|detained|"
                       r"detentions?|displaced|fled|evicted|homeless|were|was|have|had)\b)[\w'’-]+\s+){1,2}and\s+"
                       r"(?:at\s+least\s+|some\s+|about\s+)?", re.I)
_OF_THE_NEXT = rx.compile(r"\s+of\s+(?:the|these|those)\s+$", re.I)  # "Nine of the twelve defendants were arrested"
_NOT_PEOPLE = rx.compile(r"^\s*-?\s*(?:(?:[a-z]+\s+)?to\s+each|each\s+(?:to|for)|apiece|years?|hours?|days?|weeks?|months?|km|kilomet|per\s*cent|%|times|head\s+of|livestock|cattle|sheep|goats|camels|animals|gravestones|graves|tombs|houses|homes|dwellings|buildings|families|households|hectares|villages|settlements|schools|shops|vehicles|cars|ans|años|лет|часов|домов|семей|"
                         r"survivors|witnesses|interviews|testimonies|respondents|survivants|rescap[ée]s|t[ée]moins|sobrevivientes|testigos|"
                         r"neighbou?rhoods|districts|towns|communities|municipalities|provinces|regions|camps|quartiers|barrios|"
                         r"boats|vessels|trucks|buses|bateaux|pirogues|embarcaciones|"
                         r"nights|nuits|noches|jours|d[íi]as|semaines|semanas|mois|meses|heures|horas)\b", re.I)
_SOURCE = rx.compile(r"\baccording\s+to\s+(?:the\s+)?(?P<s>[A-Z][\w'’&-]*(?:\s+(?:of|for|on|the|[A-Z][\w'’&-]*)){0,6})"
                     r"|\b(?P<s2>[A-Z][\w'’&-]*(?:\s+(?:of|for|the|[A-Z][\w'’&-]*)){0,5})\s+(?:reported|counted|documented|recorded|"
                     r"estimated|stated)\b")


def _source_of(sentence: str) -> str | None:
    src_m = _SOURCE.search(sentence)
    if not src_m:
        return None
    source = (src_m.group("s") or src_m.group("s2") or "").strip()
    source = re.sub(r"(?:\s+(?:of|for|on|the))+$", "", source) or None
    if source:
        source = re.sub(r"^(?:The|A|An)\s+", "", source)
        if source.split()[0] in ("It", "This", "He", "She", "They", "Committee", "We", "Reports"):
            source = None
    return source


_INCLUDING = rx.compile(r"^\s*[\w'’-]+(?:\s+[\w'’-]+){0,3}(?P<par>\s+[–—]\s+(?:soit|i\.e\.|that\s+is|or\s+about|es\s+decir|o\s+sea)\s[^–—\n]{1,80}[–—]|\s*,\s*(?:including|(?:and\s+|et\s+|y\s+)?(?:not|non|no)(?=\s+\d)|among\s+them|among\s+whom|of\s+whom|[\w-]+\s+of\s+them|dont|parmi\s+(?:eux|elles|lesquels|lesquelles)|entre\s+(?:ellos|ellas)|"
                        r"incluid[oa]s|de\s+l[oa]s\s+cuales)\s(?:[^,;:.]{1,60},|[^;:]{1,120}?,(?=\s*" + _AUX + r"\s)))")
# "Two men, Mr. Aram Teli, aged 19, and Mr. Josip Kanu, aged 54, reportedly died": the named persons
# between a figure and its verb
_NAMED = rx.compile(r"^\s*[\w'’-]+(?:\s+[\w'’-]+)?(?P<par>(?:\s*,?\s*(?:and\s+)?(?:Mr|Ms|Mrs|Dr|M|Mme|Sr|Sra)\.?\s+"
                    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}(?:\s*,\s*aged\s+\d{1,3})?)+\s*,)")
_VAGUE_BEFORE = rx.compile(r"\b(?:several|a\s+few|few|many|some|plusieurs|quelques|varios|varias|unos\s+cuantos|несколько)\s+$", re.I)
_BARE_MULTIPLIERS = {"hundred", "thousand", "cent", "mille", "cien", "mil", "сотен", "тысяч"}
# "some 350 Roma, who had lived for over 30 years in the settlement, were forcibly evicted": the clause and its
# numbers stand between the figure and its verb
_RELATIVE = rx.compile(r"^\s*[\w'’-]+(?:\s+[\w'’-]+){0,8}?(?P<par>\s*,\s*(?:who|whom|which|que|qui|quienes)\s[^;:]{1,120}?,)"
                       r"(?=\s*(?:were|was|have|has|had|are|han|habr[íi]an|fueron|ont|auraient|sont)\b)", re.I)
_NAME_COMMA = rx.compile(r"(?-i:[A-Z][a-z]+),\s+$")
_AGE_BEFORE = rx.compile(r"\b(?:aged|âg[ée]e?s?\s+de|de\s+\d+\s+años|edad\s+de)\s+$|\bage\s+of\s+$", re.I)
_INSIDE_INCLUDING = rx.compile(r",\s*(?:including|among\s+them|among\s+whom|of\s+whom|dont|entre\s+(?:ellos|ellas))\s+"
                               # "27 asylum seekers, including 9 women and 11 children": each part of the list
                               # "including an elderly woman and two adolescents"
                               r"(?:(?:[\d,]+|an?|one|une?|un[oa])\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*(?:,|and|et|y)\s+){0,3}"
                               r"(?:some\s+|about\s+|at\s+least\s+|around\s+)?$|"
                               # "230 residents, including more than 100 children, were left homeless"
                               r",\s*(?:including|among\s+them|among\s+whom|of\s+whom|dont|entre\s+(?:ellos|ellas))\s+"
                               r"(?:more\s+than|over|nearly|almost|plus\s+de|m[áa]s\s+de)\s+$", re.I)
_UNRELATED_DEATH = rx.compile(r"\b(?:of\s+(?:natural\s+)?causes\s+unrelated|of\s+natural\s+causes|unrelated\s+to\s+the\s+"
                              r"(?:incident|events?|attacks?|violence|clashes))\b", re.I)
_ACTIVE_ARREST = rx.compile(r"\b(?:arrested|detained)\s+" + _BQ + r"$", re.I)
_PROFESSION = rx.compile(r"^\s*(?:journalists?|reporters?|lawyers?|officials?|officers?|activists?|bloggers?)\b", re.I)
_UNITS = {"families", "households", "houses", "homes", "dwellings", "buildings", "villages", "settlements", "shops",
          "schools", "vehicles", "hectares", "familles", "ménages", "maisons", "familias", "viviendas", "семей", "домов",
          "camps", "sites", "hamlets", "communities", "veredas", "aldeas", "comunidades", "municipios", "localidades",
          "districts", "provinces", "springs", "wells"}
_NOT_YET = rx.compile(r"\b(?:imminent|planned|threatened|impending|proposed|possible|future|risk\s+of|threat\s+of|facing)\s+"
                      r"(?:(?:forced|mass)\s+)?(?:eviction|displacement|expulsion|removal|relocation)\b[^.;]{0,40}$"
                      # "the reservoir would require the relocation of some 3,400 residents"
                      r"|\b(?:would|will|could|may|might)\s+(?:require|entail|involve|mean|lead\s+to|result\s+in|necessitate)\s+"
                      r"(?:the\s+)?(?:forced\s+)?(?:eviction|displacement|relocation|resettlement|removal)\b[^.;]{0,40}$", re.I)
_PARTITIVE = rx.plain(r"\s+(?:of|d(?:e|es|u)|del?)\s", re.I)
_BETWEEN = rx.plain(r"\b(?:between|from|entre|de)\s+$", re.I)
_RANGE_JOIN = rx.plain(r"\s*(?:and|to|et|à|y|a|-|–)\s*", re.I)
def _month_next() -> re.Pattern:
    from tocsin.extract.dates import _MONTHS

    names = sorted((n for n in _MONTHS if len(n) >= 3 and n.isalpha()), key=len, reverse=True)
    return rx.plain(r"\s*(?:de\s+|of\s+)?(?:" + "|".join(names) + r")\b", re.I)


_MONTH_NEXT = _month_next()
_BODIES = rx.plain(r"\s*(?:dead\s+)?(?:bodies|corpses|corps|cadavres|cad[áa]veres|cuerpos)\b", re.I)
_AND_WORD = rx.plain(r"\b(?:and|et|y|и)\b")
_NONE_BEFORE = rx.compile(r"\b(?:no|not|nobody|none|any|every|no\s+more\s+than\s+zero)\s+$", re.I)
_NOT_FIGURE_BEFORE = rx.compile(r"(?:No\.|article|articles|paragraph|para\.|rule|case|resolutions?|§|[$€£¥₹]|\bUS\$|"
                                r"\b(?:USD|EUR|GBP|CHF|INR|KZT|RUB|Rs\.?|rupees|tenge|dollars|euros|francs)"
                                # "half of the 40 residents were taken to the police station": a part, not a count
                                r"|\b(?:half|a\s+third|a\s+quarter|two\s+thirds|most|many|none)\s+of\s+(?:the|these|those))\s*$", re.I)


def _unit_after(text: str, end: int) -> bool:
    """The figure counts things, not people: "three roadside camps", "tres veredas vecinas" (the next two words)."""
    words = re.split(r"[.;:!?]", text[end:end + 40], maxsplit=1)[0].split()[:2]
    return any(w.strip(",.;:()").lower() in _UNITS for w in words)


def _words_after(text: str, nums: list[re.Match], k: int, end: int) -> str:
    """The words after figure k, up to the sentence's end (160 characters at most) or the next figure."""
    after = text[nums[k].end():min(end, nums[k].end() + 160)]
    if k + 1 < len(nums) and nums[k + 1].start() < nums[k].end() + len(after):
        after = after[:max(0, nums[k + 1].start() - nums[k].end())]
    return after


def _number(m: re.Match, language: str) -> int | None:
    """The number, with Spanish "once" (eleven) in a Spanish text: elsewhere it is the English word."""
    n = parse_number(m)
    if n is None and language == "es" and (m.group("words") or "").strip().lower() == "once":
        return 11
    return n


def find_casualties(ctx: Context) -> list[tuple[dict, int, int, float]]:
    """Figures are found number-first: each number in running text is tied to a category by the words
    right after it (verb or noun), or right before it ("the killing of 12")."""
    text = scan_text(ctx.doc.text)
    sender = next((f.value for f in ctx.facts if f.field == "sender"), None)
    default_source = sender if ctx.kind in (DocumentKind.NGO_STATEMENT, DocumentKind.OTHER) else None
    out: list[tuple[dict, int, int, float]] = []
    for seg in body_paragraphs(ctx.doc.text):
        # not "un journaliste"; not the ages in "Two men, Mr. A, aged 48, and Mr. B, aged 54, died"
        nums = [m for m in iter_numbers(text, seg.start, seg.end)
                if _number(m, ctx.language) is not None and not _AGE_BEFORE.search(text, max(seg.start, m.start() - 12), m.start())
                and not (len(m.group(0)) <= 2 and text[m.end():m.end() + 1] == ","
                         and _NAME_COMMA.search(text, max(seg.start, m.start() - 40), m.start()))  # "Ernesto Waru, 34,"
                and not _unit_after(text, m.end())]  # "in three roadside camps": a count of things, and no figure's end
        if not nums:
            continue
        sents = sentences(text, seg.start, seg.end)
        date_spans = [(d.start, d.end) for d in find_dates(text, seg.start, seg.end)]
        date_starts = [d[0] for d in date_spans]
        sources: dict[int, str | None] = {}
        skip: set[int] = set()
        for k, m in enumerate(nums):
            j = bisect.bisect_right(date_starts, m.start()) - 1
            if j >= 0 and m.start() < date_spans[j][1]:
                continue  # a number inside a date
            sent = sentence_at(sents, m.start())
            if sent is None:
                continue
            n = _number(m, ctx.language)
            if n is None or n <= 0 or (m.group("digits") and 1900 <= n <= 2100 and len(m.group(0)) == 4):
                continue
            head = _SPLIT_HEAD.search(text, max(0, m.start() - 16), m.start()) if m.group("digits") and len(m.group(0)) == 3 else None
            if head:
                # "plus de 4" | line break | "500 personnes": a number set "4 500" that a PDF's line broke at its space
                n = int(head.group(1)) * 1000 + n
            if k + 1 < len(nums) and m.group("digits") and len(m.group(0)) <= 3 and nums[k + 1].group("digits") \
                    and len(nums[k + 1].group(0)) == 3 and _SPLIT_THOUSANDS.fullmatch(text, m.end(), nums[k + 1].start()):
                continue  # the first half of such a number: read with its second
            if k in skip:
                continue  # "twelve" in "Nine of the twelve defendants were arrested"
            # quotation marks read as spaces ("\"más de 900 personas\" desplazadas"): the same length, so offsets hold
            after = text[m.end():min(sent.end, m.end() + 160)].translate(_QUOTES_AS_SPACES)
            before = text[max(sent.start, m.start() - 40):m.start()].translate(_QUOTES_AS_SPACES)
            dup = _DUPLICATE.match(after)
            if dup:
                # "twenty-one (21) persons", "7 (seven) men": the same number written twice
                after = after[dup.end():]
                if k + 1 < len(nums) and nums[k + 1].start() < m.end() + dup.end():
                    skip.add(k + 1)
            base = m.end() + (dup.end() if dup else 0)  # where the words after the figure begin
            security = _SECURITY.match(after) is not None
            if _SUBSET.match(after) or _OF_MY.match(after):
                continue  # "two of the detained persons": some of a figure already counted
            if _OF_THEM.match(after) and k > 0 and nums[k - 1].start() >= sent.start \
                    and "," in text[nums[k - 1].end():m.start()] and m.start() - nums[k - 1].end() < 40:
                continue  # "six persons, four of them police officers, sustained injuries": four is part of the six
            prev = out[-1] if out and out[-1][1] >= sent.start else None  # the sentence's figure before this one
            if prev and ((_NOT_AS_ALLEGED.search(before) and _AS_ALLEGED.match(after))
                         or (_OR_BEFORE.search(before) and _ACCORDING_AFTER.match(after))):
                # "police detained 46 protesters, according to the police, or 52, according to the organizers"
                # "three deaths, not six as alleged by the source": the other source's figure, of the same kind
                value = dict(prev[0], number=n, qualifier=None, source=None)
                out.append((value, m.start(), m.end(), 0.7))
                continue
            if prev and prev[0]["category"] and ":" in text[prev[2]:m.start()] and _BREAKDOWN_AFTER.match(after):
                continue  # "Three persons died: two were killed in ..., and one died in hospital": the parts of three
            if _NOT_PEOPLE.match(after) or _NOT_FIGURE_BEFORE.search(before) or _NONE_BEFORE.search(before):
                continue  # "no one has been arrested": no figure
            if m.group("digits") and _MONTH_NEXT.match(after):
                continue  # "two men returned on 1 March were detained": a day of the month, not a figure
            w = m.group("words")
            if w and w.strip().lower() == "cent" and before.rstrip().lower().endswith(("per", "pour")):
                continue  # "41 per cent of all those arrested": no hundred
            raw_after = after  # read again below, once the figure has a category (most numbers get none)
            if w and w[:1].isupper() and not _PARA_NUMBER.fullmatch(text, sent.start, m.start()) \
                    and not _OPENS_QUOTE.search(text, max(sent.start, m.start() - 4), m.start()):
                continue  # "Tres Cruces", "Seven Hills": a capitalised number word inside a sentence is a name
            if m.group("words") and _VAGUE_BEFORE.search(before) and m.group("words").strip().lower() in _BARE_MULTIPLIERS:
                continue  # "several hundred head of cattle": no number
            if n == 1 and m.group("words") and _PARTITIVE.match(after):
                continue  # "the detention of one of its organisers": a person singled out, not a count
            # stop the look-ahead at the next number: each figure has its own verb; but "2,100 Dask,
            # including some 900 children, were left homeless": the verb after the parenthesis is the
            # figure's own, and the figure inside it shares it
            inc = _INCLUDING.match(after) or _NAMED.match(after) or _RELATIVE.match(after)
            inside = _INSIDE_INCLUDING.search(before)
            if inc:
                after = after[:inc.start("par")] + " " * (inc.end("par") - inc.start("par")) + after[inc.end("par"):]
            elif inside:
                # "Eleven residents, among them four women, were injured": four is part of the eleven, not a figure
                # of its own (a breakdown is never listed beside its total)
                continue
            elif (nk := next((i for i in range(k + 1, len(nums)) if i not in skip), None)) is not None \
                    and nums[nk].start() < base + len(after):
                nxt = nums[nk]
                if _AND_NEXT.fullmatch(text, base, nxt.start()):
                    # "at least 3 children and 2 women were killed": both figures are the verb's (never summed),
                    # unless a noun before the first names it ("the deaths of 37 civilians and 60 persons wounded")
                    after = _words_after(text, nums, nk, sent.end)
                    named_before = next((c for c, brx in _BEFORE.items() if brx.search(before)), None)
                    if named_before:
                        after = " " + named_before  # the category's own word: "killed", "injured", ...
                elif _OF_THE_NEXT.fullmatch(text, base, nxt.start()):
                    # "Nine of the twelve defendants were arrested": the verb is the first number's
                    skip.add(nk)
                    after = _words_after(text, nums, nk, sent.end)
                elif _BETWEEN.search(before) and _RANGE_JOIN.fullmatch(text, base, nxt.start()):
                    # "between 40 and 60 people were killed": each end of the range is a figure of the verb
                    after = _words_after(text, nums, nk, sent.end)
                elif _NOT_PEOPLE.match(text[nxt.end():nxt.end() + 30]):
                    pass  # "some 320 residents of the two neighbourhoods were detained": the next number counts places
                else:
                    after = after[:max(0, nxt.start() - base)]
            cat = None
            for c, rx in _ELLIPTIC.items():
                if rx.match(after):
                    cat = c
                    break
            if cat is None and _BODIES.match(after):
                cat = "killed"  # "the hospital received at least twenty-three bodies"
            if cat is None:
                # "About 1,150 persons, mainly women and children, who had temporarily left their homes were
                # accommodated ...": the figure's own verb is in the relative clause
                head = after[:110]
                if " who " in head or " that " in head or " qu" in head:  # the relative pronoun, looked for in C first
                    cat = next((c for c, rx in _WHO_CAT.items() if rx.match(after)), None)
            if cat is None:
                short = after[:90]
                # the category whose words come first: "1 200 personnes auraient été déplacées et une vingtaine
                # de personnes auraient été blessées" is a figure of the displaced
                hits = [(h.end(), k, c, h) for k, (c, rx) in enumerate(_AFTER.items()) if (h := rx.match(short))]
                if len(hits) > 1:
                    # "siete jóvenes afrodescendientes desplazados habrían sido detenidos": a participle standing as an
                    # adjective before the figure's own auxiliary and verb
                    hits = [x for x in hits if not _AUX_NEXT.match(short, x[0])] or hits
                if hits:
                    _end, _k, c, hit = min(hits)
                    cat = c
                    if _AND_WORD.search(hit.group(0)):
                        # "the killing of two protesters and the injuries inflicted on 14 others": the
                        # noun before the figure names it; the verb after "and" is another phrase's
                        pre = next((b for b, brx in _BEFORE.items() if brx.search(before)), None)
                        cat = pre or c
            if cat is None:
                for c, rx in _AFTER_CLAUSE.items():
                    if rx.match(after):
                        cat = c
                        break
            if cat is None:
                # the words before the figure, back to its sentence's start: "the number of persons who received
                # medical treatment for injuries sustained during the events was 17"
                wide = text[max(sent.start, m.start() - 160):m.start()].translate(_QUOTES_AS_SPACES)
                if m.group("words") and m.group("words").lower().startswith(("dozen", "hundred", "thousand")) \
                        and wide.endswith((" a ", " an ")):
                    wide = wide[:wide.rstrip().rfind(" ") + 1]  # "police arrested a dozen Olemba youths"
                for c, rx in _BEFORE.items():
                    if rx.search(wide):
                        cat = c
                        break
                if cat == "arrested" and _ACTIVE_ARREST.search(before) and _PROFESSION.match(after):
                    cat = None  # "Police detained 3 journalists": figures about the press, not the group
            if cat and out and out[-1][0]["category"] == cat and out[-1][1] >= seg.start and _OF_THOSE.match(after):
                continue  # "At least 40 protesters were arrested and 23 of them are still held": part of that figure
            if cat == "killed" and _UNRELATED_DEATH.search(sent.text):
                continue  # "two persons ... died on 3 and 19 August, of causes unrelated to the incident"
            if cat == "arrested" and _MODIFIER.match(after):
                continue  # "4,300 persons apprehended near the river have been summarily returned": not arrests
            if cat is None and out and out[-1][1] >= seg.start and (
                    (_CONFIRMED_BEFORE.search(before) and _SENTENCE_END.match(after)) or
                    _FIGURE_AT.search(text, max(sent.start, m.start() - 110), m.start())
                    or (_CONFIRMED_BEFORE.search(before) and _CASES_AFTER.match(after))):
                # "41,700 people were displaced ..., while the Agency puts the figure at nearly 28,000": the figure of
                # the paragraph's previous category, from another source
                cat = out[-1][0]["category"]
            if cat is not None and (_RANGE_UNIT.match(raw_after) or _EITHER.match(raw_after) or _SPEAKERS.match(raw_after)
                                    or _INCLUDED_IN.search(raw_after)):
                # "detention of between 10 and 15 days" (a duration); "1,900 civilians have been killed or injured"
                # (neither figure); "Three detainees told our lawyer", "Трое задержанных сообщили" (witnesses, not a
                # count); "17 protesters were injured (included in the figures below)" (counted there)
                continue
            if cat is None or (security and cat in ("displaced", "arrested")):
                continue  # "escorted by 120 police officers and arrested ...": the police are no figure of arrests
            if any(w.strip(",.;:()").lower() in _UNITS for w in after.split(";", 1)[0].split()[:3]):
                continue  # "140 Ashkari families were removed": families, not persons
            if cat == "displaced" and _THE_BEFORE.search(before) and _REFUGEES_AFTER.match(after):
                continue  # "halt the deportation of the two refugees still in detention": people named before, no flight
            if cat == "displaced" and _NOT_YET.search(text, max(sent.start, m.start() - 90), m.start()):
                continue  # "the imminent forced eviction of 2,500": not (yet) displaced
            if sent.start not in sources:
                sources[sent.start] = _source_of(sent.text)
            q = _QUAL.search(before)
            value = {"category": cat, "number": n, "qualifier": _qualifier(q.group("q")) if q else None,
                     "source": sources[sent.start] or default_source, "evidence": " ".join(sent.text.split())[:400]}
            s = q.start() + max(sent.start, m.start() - 40) if q else m.start()
            out.append((value, s, m.end(), 0.75 if m.group("digits") else 0.7))
            if len(out) >= MAX_FIGURES:
                return out
    return out


# A table of figures: a header row naming categories ("| Source | Killed | Injured | Displaced |") and rows
# whose cells hold the numbers; each row's first cell is the figure's source.
_TABLE_HEAD = {
    "killed": rx.compile(r"^(?:(?:persons|people|number\s+of|personnes|personas|nombre\s+de|n[úu]mero\s+de)\s+)?(?:killed|deaths?|dead|fatalities|persons\s+killed|tu[ée]e?s|morts|d[ée]c[èe]s|muert[oa]s|muertes|fallecid[oa]s|погибшие|погибли|убиты)$", re.I),
    "injured": rx.compile(r"^(?:(?:persons|people|number\s+of|personnes|personas|nombre\s+de|n[úu]mero\s+de)\s+)?(?:injured|wounded|injuries|persons\s+injured|bless[ée]e?s|herid[oa]s|lesionad[oa]s|ранены|раненые)$", re.I),
    "displaced": rx.compile(r"^(?:(?:persons|people|number\s+of|personnes|personas|nombre\s+de|n[úu]mero\s+de)\s+)?(?:displaced|displacements?|refugees|idps|evicted|homeless|d[ée]plac[ée]e?s|desplazad[oa]s|"
                            r"перемещ\w+)$", re.I),
    "arrested": rx.compile(r"^(?:(?:persons|people|number\s+of|personnes|personas|nombre\s+de|n[úu]mero\s+de)\s+)?(?:arrested|arrests|detained|detentions|arr[êe]t[ée]e?s|interpell[ée]e?s|arrestations|d[ée]tentions|detenid[oa]s|detenciones|arrestos|задержаны|задержанные)$", re.I),
}
_CELL_NUMBER = rx.compile(r"^(?:about|approx\.?|some|over|more\s+than|at\s+least|~)?\s*(\d{1,3}(?:[,\u00a0 ]\d{3})+|\d{1,6})\+?"
                          r"(?:[a-e*†‡]|\s*\([a-e]\))?$", re.I)  # "5a", "5 (a)": a note's mark after the figure
_MAY_SPLIT = rx.plain(r"\S\s*(?:\||\t|  )\s*\S")  # two cells at least: something on each side of a separator
_SEPARATOR = rx.plain(r"[|\t]|  ")  # what every match of _MAY_SPLIT holds


def _by_position(head_text: str, head: list[str], row_text: str, row: list[str]) -> list[str] | None:
    """The row's cells placed under the header cells nearest to them, or None when two would share a column."""
    mids, pos = [], 0
    for h in head:
        at = head_text.find(h, pos)
        if at < 0:
            return None
        mids.append(at + len(h) / 2)
        pos = at + len(h)
    out = [""] * len(head)
    pos = 0
    for c in row:
        at = row_text.find(c, pos)
        if at < 0:
            return None
        mid = at + len(c) / 2
        k = min(range(len(mids)), key=lambda j: abs(mids[j] - mid))
        if out[k]:
            return None
        out[k] = c
        pos = at + len(c)
    return out


def table_figures(text: str, default_source: str | None) -> list[tuple[dict, int, int, float]]:
    out: list[tuple[dict, int, int, float]] = []
    # only a line holding a separator (found in one pass over the whole text) may hold two cells
    if "|" not in text and "\t" not in text and "  " not in text:
        return out
    lns = lines(text)
    seps = [m.start() for m in _SEPARATOR.finditer(text)]
    k = 0
    i = 0
    while i < len(lns) and len(out) < MAX_FIGURES:
        ln = lns[i]
        while k < len(seps) and seps[k] < ln.start:
            k += 1
        if k == len(seps):
            break
        if seps[k] >= ln.end or not _MAY_SPLIT.search(ln.text):
            i += 1
            continue  # one cell only: not a header row (the quick test `table_cells` would come to)
        head = table_cells(lns[i].text)
        cats = [next((c for c, rx in _TABLE_HEAD.items() if rx.match(h.strip(" *:"))), None) for h in head]
        if len(head) < 2 or not any(cats) or len(lns[i].text) > 400:
            i += 1
            continue
        j = i + 1
        while j < len(lns) and len(out) < MAX_FIGURES:
            row_text = lns[j].text
            if not row_text.strip():
                # a drawn table's rows stand apart (a PDF's cell borders): the table goes on while the next line
                # has the header's cells
                if j + 1 < len(lns) and _MAY_SPLIT.search(lns[j + 1].text) and len(table_cells(lns[j + 1].text)) == len(head):
                    j += 1
                    continue
                break
            if re.fullmatch(r"[\s|:+=-]+", row_text):
                j += 1
                continue  # a rule line
            row = table_cells(row_text)
            if len(row) != len(head) and "|" not in row_text and "|" not in lns[i].text and len(row) >= 2:
                # columns aligned with spaces ("Total        8     47     54    562"): each cell goes under the
                # header cell whose middle is nearest to its own
                aligned = _by_position(lns[i].text, head, row_text, row)
                if aligned is not None:
                    row = aligned
            if len(row) != len(head):
                # a row with fewer cells ("Total   25   55", "| | TOTAL | 3 | 17 | ... |"): its numbers stand under
                # the last columns
                tail = 0
                while tail < len(row) - 1 and (_CELL_NUMBER.match(row[-1 - tail]) or row[-1 - tail] in ("-", "–", "—", "")):
                    tail += 1
                label = " ".join(c for c in row[:len(row) - tail] if c)
                if 2 <= len(row) < len(head) and tail >= 1 and label and any(_CELL_NUMBER.match(x) for x in row[-tail:]):
                    row = [label] + [""] * (len(head) - 1 - tail) + row[-tail:]
                else:
                    break
            source = re.sub(r"\s*\([^)]*\)\s*$", "", row[0]).strip() or default_source
            for cell, cat in zip(row, cats):
                if not cat:
                    continue
                # "4 (regional police) / 7 (Elders' Council)": each figure with its own source
                # "2 [1]": the row's figure, and another source's in brackets (a note under the table says whose)
                bracket = re.fullmatch(r"(.+?)\s*\[([^\[\]]{1,20})\]", cell)
                parts = [bracket.group(1), bracket.group(2)] if bracket else \
                    re.split(r"\s*[/;]\s*", cell) if "/" in cell or ";" in cell else [cell]
                for part in parts:
                    named = re.match(r"^(.*?)\s*\(([^()]{1,60})\)\s*$", part)
                    nm = _CELL_NUMBER.match(named.group(1) if named else part)
                    if not nm:
                        continue
                    n = int(re.sub(r"\D", "", nm.group(1)))
                    if n > 0:
                        pos = lns[j].start + max(0, row_text.find(part))
                        out.append(({"category": cat, "number": n, "qualifier": None,
                                     "source": named.group(2).strip() if named and cell != part else source,
                                     "evidence": " ".join(row_text.split())[:400]}, pos, pos + len(part), 0.7))
            j += 1
        i = j
    return out


# "•  Killed:     5 — Observatory (names on file)" and, under it, "               2 — Ministry of Interior": a list of
# figures by category, each with its source after a dash
_LABEL_LINE = rx.compile(r"^[ \t]*(?:[•*\-–][ \t]*)?(?P<cat>Killed|Dead|Deaths|Fatalities|Injured|Wounded|Displaced|Detained|"
                         r"Arrested|Arrests|Muertos|Fallecidos|Heridos|Desplazados|Detenidos|Tu[ée]s|Morts|Bless[ée]s|"
                         r"D[ée]plac[ée]s|Arr[êe]t[ée]s|Interpell[ée]s)[ \t]*:[ \t]*(?P<rest>[^\n]*)", re.M)
_FIGURE_FIRST = rx.compile(r"(?:(?:about|around|over|more\s+than|at\s+least|some|approximately|environ|plus\s+de|m[áa]s\s+de|unos)\s+)?"
                           r"(?P<n>\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d{1,6})\b(?![.,]\d|\s*(?:%|per\s*cent|households|families|"
                           r"ménages|familles|hogares|familias|houses|homes))", re.I)


def label_figures(text: str, default_source: str | None) -> list[tuple[dict, int, int, float]]:
    out: list[tuple[dict, int, int, float]] = []
    if ":" not in text:
        return out
    for m in _LABEL_LINE.finditer(text, 0, min(len(text), 200_000)):
        cat = next(c for c, head in _TABLE_HEAD.items() if head.match(m.group("cat")))  # the words of a table's header
        indent = m.start("rest")
        starts = [(m.start("rest"), m.end("rest"))]
        pos = m.end() + 1
        # continuation lines: indented under the first figure, opening on another figure
        while pos < len(text) and len(starts) < 6:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            lead = len(line) - len(line.lstrip(" \t"))
            if not line.strip() or lead < 4 or lead > indent - m.start() + 4:
                if line.strip() and lead >= 4 and not _FIGURE_FIRST.match(line.strip()):
                    pos = end + 1
                    continue  # the source's text going on under the figure
                break
            if _FIGURE_FIRST.match(line.strip()):
                starts.append((pos + lead, end))
            pos = end + 1
        for s, e in starts:
            f = _FIGURE_FIRST.match(text, s, e)
            if not f:
                continue
            n = int(re.sub(r"\D", "", f.group("n")))
            if n <= 0 or 1900 <= n <= 2100:
                continue
            rest = text[f.end():e]
            src = re.split(r"[—–-]\s*", rest, maxsplit=1)
            source = re.sub(r"\s*[(,;].*$", "", src[1]).strip() if len(src) > 1 else default_source
            q = re.match(r"\s*(about|around|over|more\s+than|at\s+least|some|approximately)", text[s:f.start("n")], re.I)
            out.append(({"category": cat, "number": n, "qualifier": q.group(1).lower() if q else None,
                         "source": source or default_source, "evidence": " ".join(text[m.start():e].split())[:400]},
                        f.start("n"), f.end("n"), 0.7))
    return out


_N_OF_THE = re.compile(r"(?<![\d,.])(\d+)(?=\s+of\s+the\s+(\d{1,6})\b)")


def _part_of(number: int, evidence: str) -> int | None:
    """M in the first "N of the M" of the evidence whose N is `number`, or None."""
    if "of" not in evidence:
        return None
    digits = str(number)
    return next((int(m.group(2)) for m in _N_OF_THE.finditer(evidence) if m.group(1) == digits), None)


class CasualtiesExtractor:
    name = NAME
    version = VERSION

    def run(self, ctx: Context) -> list[Fact]:
        if ctx.kind is DocumentKind.STATE_REPLY:
            pass  # replies state figures too (detentions): kept, with the reply as source
        found = find_casualties(ctx)
        sender = next((f.value for f in ctx.facts if f.field == "sender"), None)
        have = {(v["category"], v["number"]) for v, *_ in found}
        for t in table_figures(scan_text(ctx.doc.text), sender) + label_figures(scan_text(ctx.doc.text), sender):
            if (t[0]["category"], t[0]["number"]) not in have and len(found) < MAX_FIGURES:
                found.append(t)
                have.add((t[0]["category"], t[0]["number"]))
        # "3 of the 11 were dead on arrival" where 11 is itself a figure of deaths: a part of it, not another figure
        found = [t for t in found if not ((whole := _part_of(t[0]["number"], t[0]["evidence"])) is not None
                                          and (t[0]["category"], whole) in have)]
        return [fact(self, "casualty", v, confidence=c, span=(s, e), key=f"{v['category']}:{v['number']}:{s}")
                for v, s, e, c in found]
