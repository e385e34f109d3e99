"""Read a State's reply: which paragraphs are body, which sentences say something, which defer.

A deferral ("will provide information in due course"), a general assurance ("live in peace and
harmony", "reaffirms its commitment", "enjoyed the procedural guarantees") or courtesy text is kept
apart from substantive sentences: only the latter can answer a request. Explicit pointers such as
"with regard to paragraph (c)" or "concerning item 3" tie a passage to a request.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from tocsin.domain.documents import Paragraph


class SentenceKind(enum.StrEnum):
    SUBSTANTIVE = "substantive"
    DEFERRAL = "deferral"
    ASSURANCE = "assurance"
    DENIAL = "denial"  # "rejects the allegations as unfounded": contests, informs of nothing
    POLICY = "policy"  # restated law or policy ("may claim compensation under the Law on ..."): no act reported
    ECHO = "echo"  # the reply quoting or restating the request itself
    COURTESY = "courtesy"
    REFERENCE = "reference"  # "See paragraph 4 above": the answer is elsewhere in the reply (`BodyParagraph.xrefs`)


NON_ANSWERS = frozenset({"deferral", "assurance", "denial", "policy"})


_COURTESY = re.compile(
    r"presents its compliments|avails itself|assurances of its (?:highest|high) consideration|"
    r"has the honou?r to|have the honou?r to (?:refer|transmit|acknowledge|forward|enclose|submit|convey|reply|respond|"
    r"send)|assurances of (?:its|my|our|his|her) (?:highest|high|most distinguished) consideration|"
    r"^\s*(?:Please )?accept,? [^.]{0,40}the assurances\b|"
    r"(?:SYNTHETIC|FICTIONAL) TEST DOCUMENT|^\s*(?:[A-Z][\w.' -]{0,30},?\s*)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\.?\s*$|"
    r"^\s*(?:No\.|Ref\.?|Note No\.|\u2116)\s*[\w/.-]+\s*$|^\s*(?:Excellency|Sir|Madam|Dear)\b|^\s*Yours\b|^\s*Annex\b|"
    # Russian notes verbales: compliments, the honour, the closing formula, "Женева, 9 сентября 2025 года"
    r"свидетельствует сво[её] уважение|имеет честь|пользуется (?:этим |данным )?случаем|уверения в сво[её]м|"
    r"^\s*с уважением\b|^\s*ваше превосходительство\b|"
    r"^\s*(?:[\u0410-\u042f\u0401][\w.' -]{0,30},?\s*)?\d{1,2}\s+[\u0430-\u044f\u0451]+\s+\d{4}(?:\s+г(?:ода|\.))?\.?\s*$",
    re.IGNORECASE,
)
_DEFERRAL = re.compile(
    r"\bin due course\b|\bat a later (?:stage|date|time)\b|\bwill (?:be )?(?:provide[ds]?|submit(?:ted)?|transmit(?:ted)?|"
    r"communicate[ds]?|forward(?:ed)?|share[ds]?|inform(?:ed)?|report(?:ed)?|sen[dt]|furnish(?:ed)?|present(?:ed)?)\b|"
    r"\b(?:shall|will) (?:keep|revert|come back|return to)\b|\bas soon as (?:it|they|this|the \w+) (?:is|are|become|becomes)\b|"
    r"\bonce (?:the|it|they|this) \w+(?: \w+)? (?:is|are|has been|have been) (?:complete|available|finali[sz]ed|concluded)|"
    r"\b(?:is|are) (?:currently |still )?(?:being (?:examined|considered|studied|reviewed|finali[sz]ed|prepared|collected|"
    r"gathered|verified|clarified)|under (?:consideration|review|examination|study))\b|"
    r"\bno (?:information|data) (?:is|are|was|were) (?:yet )?available\b|\bnot (?:yet )?(?:available|in a position)\b|"
    # "the collection of data on the staff of the police is under way": the figures are still to come
    r"\b(?:collection|compilation|gathering)\b[^.;]{0,120}?\b(?:is|are) (?:currently |still )?(?:under ?way|in progress|ongoing)\b|"
    r"\b(?:is|are|remains?) (?:still )?(?:at an? (?:early|initial|preliminary) stage|under (?:discussion|preparation|"
    r"development|drafting|elaboration))\b|\bwill be (?:clarified|examined|considered|reviewed)\b|"
    # "does not record the ethnic origin of ...": no data to give (not a deferral, but no information either)
    r"\b(?:does|do) not (?:record|collect|keep|compile|gather|maintain|register|disaggregate|process)\b[^.;]{0,60}?"
    r"\b(?:data|statistics|figures|origin|ethnicity|ethnic|race|racial|information)\b|"
    # "Data on the outcome of court proceedings are not collected centrally", "statistics are not broken down by ethnic
    # origin": the same said in the passive
    r"\b(?:data|statistics|figures|information|records?)\b[^.;]{0,120}?\b(?:is|are|was|were) (?:therefore |currently |also |thus )?"
    r"not (?:(?:yet|systematically|centrally|separately) )?(?:collected|recorded|kept|compiled|gathered|maintained|broken down|"
    r"disaggregated|registered)\b|"
    r"\b(?:cannot|can not|is unable to|are unable to|does not|do not|will not) comment\b|"
    # "as the matter is sub judice": the State declines to answer while a court decides
    r"\bsub[- ]?(?:judice|iudice)\b|"
    # Russian: "will be submitted", "is being collected", "no record is kept of ...", "a decision is awaited"
    r"\bбуд(?:ет|ут) (?:представлен|направлен|сообщен|предоставлен|передан)\w*|\bв настоящее время (?:собира|изуча|рассматрива)\w*|"
    r"\bучет\w*\b[^.;]{0,80}?\bне вед[её]тся|\bне вед[её]тся\b[^.;]{0,20}?\bучет|\bрешение\b[^.;]{0,40}?\bожида(?:ется|ются)\b|"
    r"\bнаходится на рассмотрении\b|\b(?:is|are) (?:a )?matters? for the (?:courts?|judiciary|tribunal) to (?:decide|determine)\b",
    re.IGNORECASE,
)
_ASSURANCE = re.compile(
    r"peace and harmony|(?:inter-?ethnic|interethnic|national) (?:harmony|accord|concord|unity)|multi-?ethnic|"
    r"reaffirms? (?:its )?(?:full |firm |strong )?commitment|(?:remains|is|are) (?:fully |firmly |deeply )?committed to|"
    r"(?:enjoy|enjoyed|enjoys) (?:all )?(?:the )?(?:procedural |legal |constitutional |same )?(?:guarantees|rights)|"
    r"constructive dialogue|attaches (?:great|particular|the utmost) importance|spares? no effort|"
    r"pays? (?:particular|special|great|close|due) attention to|"
    r"without (?:any )?distinction as to|(?:are|is) equal before the law|equal rights (?:and freedoms|regardless)|"
    r"(?:prohibits?|prohibited|prohibition of) (?:any |all )?(?:form of )?discrimination|no (?:form of )?discrimination|"
    r"(?:stable|calm) and under (?:the )?control|situation (?:in|of) [\w ]{0,40}(?:is|remains) (?:stable|calm|normal)|"
    r"fully (?:complies|comply|in line|in conformity)|in full (?:compliance|conformity) with|"
    r"(?:is|are) (?:guaranteed|protected) by (?:the )?(?:Constitution|law)|respect(?:s)? for (?:the )?human rights of all|"
    r"readiness to (?:continue|cooperate)|ensures? (?:that )?the (?:cultural|linguistic) identity|"
    r"(?:is|are|were|was) taking all (?:the )?(?:necessary|appropriate|possible|required|needed) (?:measures|steps|action)",
    re.IGNORECASE,
)
_DENIAL = re.compile(
    r"\b(?:rejects?|refutes?|denies|deny|dismiss(?:es)?|categorically rejects?)\b[^.;]{0,60}?\b(?:allegations?|claims?|accusations?|"
    r"assertions?|information)\b|\b(?:allegations?|claims?|accusations?|information)\b[^.;]{0,80}?\b(?:(?:is|are|were|was) "
    r"(?:unfounded|baseless|groundless|false|untrue|not true|not supported|politically motivated|biased|without foundation)|"
    r"(?:do|does) not (?:correspond|reflect) (?:to )?(?:the )?(?:reality|facts))\b|\bas (?:unfounded|baseless|groundless)\b|"
    # "the Government denies that there is any contamination": the premise denied, nothing reported
    r"\b(?:denies|rejects|refutes|disputes) (?:the (?:claim|assertion|allegation) )?that\b",
    re.IGNORECASE,
)
# Restated law or policy: what the law allows or guarantees, what the Government considers; no act done.
_POLICY = re.compile(
    r"\b(?:may|can|could|are entitled to|is entitled to|have the right to|has the right to)\s+(?:\w+\s+)?(?:claim|apply|obtain|"
    r"lodge|file|submit|seek|appeal|challenge|benefit|request|receive|bring|turn)\b|"
    r"\b(?:is|are) (?:governed|regulated|bound) by\b|\b(?:guarantees?|guaranteed|enshrined|provides? for|prohibits?|"
    r"penali[sz]es|punishes|criminali[sz]es|makes [^.;]{1,40}? an? aggravating circumstance|"
    r"is prohibited|are prohibited|is punishable|are punishable|are liable to|is liable to)\b|"
    r"\b(?:considers?|believes?|is of the view|is convinced) that\b|\bmust be\b|\bis (?:free and compulsory|compulsory|free of charge for all)\b|"
    r"\bin (?:accordance|conformity|compliance|line) with (?:the |its )?(?:legislation|law|laws|national law|domestic law|Constitution)\b|"
    r"\bin (?:accordance|conformity|compliance|line) with international (?:standards|law|norms|obligations)\b|"
    # "Every law is subject to review by the Constitutional Council": a general rule, no act in the matter at hand
    r"\b(?:is|are) subject to (?:review|control|appeal|judicial review|scrutiny|verification)\b|"
    r"\b(?:is|are) independent (?:of|from)\b|\b(?:does|do|did) not interfere\b|"
    r"\b(?:falls?|lies?|comes?) (?:within|under) the (?:exclusive )?(?:competence|remit|jurisdiction|responsibility) of\b|"
    r"\b(?:is|are) (?:a matter for|the (?:exclusive )?(?:competence|responsibility) of)\b|\bfully respects?\b|\b(?:an )?essential value\b|\b(?:may|can|shall|must) (?:also )?be\b|"
    r"^(?:under|according to|in accordance with|pursuant to) (?:the |its )?(?:law|code|constitution|act|legislation|article)\b",
    re.IGNORECASE,
)
# An act reported: a past event or result ("was opened", "were charged", "has installed").
_ACT = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b|\b(?:has|have|had)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b|"
    r"\b(?:opened|charged|released|sentenced|paid|allocated|restored|reconnected|established|deployed|appointed|"
    r"dismissed|granted|convicted|installed|offered|received|accepted|held|identified|arrested|detained|"
    r"relocated|rehoused|compensated|suspended|adopted|launched|visited|carried out|submitted|recorded|counted|"
    r"attended|approved|exceeded|monitored|merged|published|reviewed|replaced|revised|repealed|abolished)\b",
    re.IGNORECASE,
)
_LAW_NUMBER = re.compile(r"\b(?:article|art\.|section|paragraph|rule|No\.|chapter|part)\s*\d+[\w()]*|\b(?:Law|Act|Code|Decree)\b[^.;,]{0,40}?\b(?:of )?(?:1[89]|20)\d\d\b",
                         re.IGNORECASE)

# A date names the event a sentence is about; it is not a figure that makes an assurance specific.
_DATE_RE = re.compile(r"\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                      r"(?:\s+\d{4})?\b", re.IGNORECASE)

# ", adopted in 2019," next to a law's name dates the law; it reports no act in the matter at hand.
_LAW_DATING = re.compile(r",?\s*\b(?:adopted|enacted|amended|approved|ratified|promulgated|in force)\s+(?:in|on|since)\s+"
                         r"[^,;.]{1,30}(?:,|(?=[;.]|$))", re.IGNORECASE)



# The same sentence kinds in French and Spanish replies (matched on accent-folded text).
_FR_ES_COURTESY = re.compile(
    r"saisit cette occasion|haute consideration|a l'honneur de|tengo el honor|tiene el honor|aprovech[oa] la oportunidad|"
    r"presente ses compliments|ont l'honneur de|saluda (?:muy )?atentamente|"
    r"(?:alta|distinguida) consideracion|^\s*(?:senora?|madame|monsieur|excelencia|excellence)\b", re.IGNORECASE)
_FR_ES_DEFERRAL = re.compile(
    r"\ben (?:temps|temps et lieu) utiles?\b|\bultérieurement\b|\bulterieurement\b|\bsera (?:communique|transmis|fourni)e?s?\b|"
    r"\bseront (?:communique|transmis|fourni)e?s\b|\ben su (?:debida|debido) (?:oportunidad|momento)\b|\boportunamente\b|"
    r"\bsera(?:n)? (?:remitid|comunicad|enviad|transmitid|proporcionad)[oa]s?\b|\bse comunicaran\b|"
    r"\best(?:a|an) (?:siendo )?(?:formulando|elaborando|examinando|estudiando|evaluando)\b|"
    r"\b(?:est|sont) (?:en cours d'(?:examen|elaboration)|a l'etude)\b|"
    r"\b(?:ha|han) sido (?:consultad|solicitad|requerid)[oa]s? (?:al respecto|sobre (?:el|este) (?:particular|asunto))\b|"
    r"\b(?:a|ont) ete (?:consulte|saisi|sollicite)e?s? (?:a ce sujet|sur ce point|a cet egard)\b|"
    r"\bne (?:peut|saurait) (?:pas )?commenter\b|\bno (?:puede|es posible) (?:comentar|pronunciarse)\b", re.IGNORECASE)
_FR_ES_DENIAL = re.compile(
    r"\b(?:rejeter|rejette|conteste|rechaza|rechazar)\b[^.;]{0,80}?\b(?:allegations?|qualification|acusaciones?|"
    r"alegaciones?|afirmaciones?)\b|\b(?:denuees|depourvues|denues|depourvus) de (?:tout )?fondement\b|"
    r"\b(?:carecen|carentes?) de (?:todo )?fundamento\b|\binfundad[oa]s\b|\b(?:rechaza|niega|rejette|conteste|nie) (?:l'idee )?que?\b",
    re.IGNORECASE)
_FR_ES_ASSURANCE = re.compile(
    r"\breaffirme son (?:attachement|engagement)\b|\bdialogue constructif\b|\bdialogo constructivo\b|"
    r"\breafirma (?:su )?(?:compromiso|voluntad)\b|\bne reconnait aucune distinction\b|\bderecho fundamental\b|"
    r"\b(?:demeure|reste|est) (?:profondement |pleinement |fermement )?attache\b|\bpoursuivra (?:le|son) dialogue\b|"
    r"\b(?:reitera|mantiene|renueva) su (?:compromiso|voluntad|disposicion)\b|\bseguira (?:el|su) dialogo\b|"
    r"\bstrict respect de\b|\bpleno respeto\b|\baucune pratique de\b", re.IGNORECASE)
_FR_ES_POLICY = re.compile(
    r"\b(?:peut|peuvent|puede|pueden) (?:\w+ )?(?:deposer|saisir|adresser|presentar|interponer|solicitar)\b|"
    r"\b(?:est|sont) (?:soumis|passibles?|interdite?s?|encadres?|regis|punie?s?|reprimee?s?)\b|\binterdit\b|\bproscrit\b|"
    r"\b(?:prohibe|garantiza|establece) (?:que|el|la|los|las)\b|\bconformement a (?:l'article|la loi|la constitution)\b|"
    r"\breleve(?:nt)? de la competence\b|\b(?:es|son) (?:de la )?competencia (?:exclusiva )?de\b",
    re.IGNORECASE)
# (a participle after "a"/"ont"/"ha", not a determiner: "à ces obligations" reports no act)
_FR_ES_ACT = re.compile(r"\b(?:a|ont|avait|ha|han|habia) (?:ete )?(?!(?:ces|les|des|une|ses|cette|leurs?|tous|toutes|"
                        r"une|sus|las|los|unas|unos|esas|estas|esos|estos)\b)\w{2,}(?:e|es|ee|ees|is|it|ert|erte|ado|ada|idos|ido|ida|adas|idas)\b|"
                        r"\b\w+(?:aron|io|o)\b (?:el|la|los|las|un|una)\b", re.IGNORECASE)


# "The Committee also requested information on X": the reply restating the request before (or instead of) its answer.
_RESTATED_REQUEST = re.compile(
    r"^(?:(?:in its letter|in (?:sub)?paragraph \(?\w\)?),?\s+)?the committee (?:has )?(?:also |further |further )?"
    r"(?:requested|asked|requests|asks|sought|inquired|enquired|wished to know|expressed concern)\b|"
    # The reply retelling the Committee's concerns ("Finally, the Committee has expressed concern at the arrest of ...",
    # "The Committee has further referred to reports that ...", "The Government understands that the Committee, acting
    # under ..., is concerned about ...", "In the light of these concerns, the Committee requested information on (a) ...")
    # says what the Committee wrote, not what the State did: the Committee is the subject, a verb of asking, fearing or
    # citing its verb.
    r"^(?:[^,;]{0,60},\s*)?(?:the government (?:\w+ )?(?:understands|notes|is aware|recalls|observes|takes note) that )?"
    r"the committee(?:,[^,;]{0,160},)?\s+(?:(?:has|had|is|was|also|further|furthermore|moreover|finally|in particular|"
    r"then|therefore|likewise|notably)\s+){0,3}"
    r"(?:requested|asked|requests|asks|sought|seeks|inquired|enquired|wished to know|wishes to know|"
    r"expresse[ds] (?:its )?(?:deep |serious |grave |particular )?concerns?|(?:deeply |seriously |particularly )?concerned|"
    r"referred to|refers to|dr[ae]w(?:s)? (?:the )?(?:attention|the government's attention)|raised|raises|cited|cites|"
    r"mentioned|mentions|notes? with (?:concern|alarm|regret)|noted with (?:concern|alarm|regret)|alleges|alleged|"
    r"received (?:information|reports|allegations)|receives (?:information|reports|allegations)|"
    r"(?:was|has been|had been) (?:informed|made aware|alerted)|recalled|recalls)\b|"
    r"^le comite (?:a |avait )?(?:egalement |aussi )?(?:demande|sollicite|souhaite|s'est enquis)|"
    r"^el comite (?:tambien )?(?:solicito|pidio|pregunto|requirio|ha solicitado)", re.IGNORECASE)


# "The Government rejects that the police apply ethnic profiling": a denial of the premise. Alone it answers nothing;
# followed by facts in its paragraph (figures on identity checks, water tests), it names what those facts answer.
_PREMISE_DENIAL = re.compile(r"\b(?:denies|rejects|refutes|disputes) (?:the (?:claim|assertion|allegation) )?that\b|"
                             r"\b(?:rechaza|niega|rejette|conteste|nie) (?:l'idee )?que?\b", re.IGNORECASE)


def denies_premise(text: str) -> bool:
    return bool(_PREMISE_DENIAL.search(_fold(text)))


def restates_request(text: str, *, after_restatement: bool = False) -> bool:
    """The sentence retells what the Committee asked or feared. With `after_restatement` (the sentence before it in the
    paragraph did), "It has asked the Government to provide information on ..." continues the retelling."""
    folded = _fold(text).strip()
    if _RESTATED_REQUEST.search(folded):
        return True
    return after_restatement and bool(_RESTATED_CONTINUED.search(folded))


# "... at allegations that some of them were beaten. It has asked the Government to provide information on ...": "it" is
# the Committee of the sentence before
_RESTATED_CONTINUED = re.compile(
    r"^(?:it|the committee) (?:(?:has|had|also|further|furthermore|moreover|finally|therefore)\s+){0,3}"
    r"(?:requested|asked|requests|asks|sought|seeks|inquired|enquired|wishe[sd] to know|expresse[ds] (?:its )?(?:\w+ )?concerns?|"
    r"(?:is|was) (?:\w+ )?concerned|referred to|refers to|drew attention|draws attention|raised|cited|mentioned|"
    r"(?:has |had )?(?:also )?noted)\b")


# Russian sentence kinds (heldout10 round), matched on the text itself (`fold` drops Cyrillic).
_RU_DENIAL = re.compile(r"\b(?:отвергает|отклоняет|опровергает)\b|\bбеспочвенн\w*|\bне соответству\w+ действительности|"
                        r"\bлишены (?:всяких )?оснований", re.IGNORECASE)
_RU_ASSURANCE = re.compile(r"\bподтверждает сво\w+ приверженность|\bконструктивн\w+ диалог|\bмежнационального мира\b|"
                           r"\bмногонациональн\w+ государств|\bнезависимо от (?:расы|национальности)", re.IGNORECASE)
_RU_POLICY = re.compile(r"\bгарантир\w+|\bпредусматрива\w+|\bзапреща\w+|\bнаказыва\w+|\bсохраняет за\b|"
                        r"\bнаправлена на\b", re.IGNORECASE)
_RU_ACT = re.compile(r"\b(?:был[аио]?|были)\s+\w+|\b\w+(?:ен|ена|ено|ены|ан|ана|ано|аны|ят|ты|та|то)\b\s+(?:\d|в|с|от|по|к)\b"
                     r"|\bпроведен\w*|\bназначен\w*|\bосвобожден\w*|\bнаправлен\w* в\b|\bподвергнут\w*|\bработает\b",
                     re.IGNORECASE)


# "The events of 12 June did not take place as described": the facts denied, whatever dates the sentence names
_EVENTS_DENIED = re.compile(r"\bdid not (?:take place|occur|happen) (?:as|in the way|in the manner) (?:described|alleged|reported)\b|"
                            r"\bno (?:tuvieron|tuvo) lugar (?:tal )?como se (?:describen?|alega)\b|"
                            r"\bn'(?:ont|a) pas eu lieu (?:tels?|telles?|comme|de la maniere)\b", re.IGNORECASE)


# The State sends the reader elsewhere instead of answering: to an earlier note or reply ("refers the Committee to its
# note verbale of 14 May 2024, in which ... was provided"), or to an annex ("statistics ... are contained in Annex II").
# A reference to an earlier communication answers nothing (the Committee had it when it wrote again); an annex answers
# only when it is attached, so that case is decided in `read_reply`.
_NOTE_REFERRAL = re.compile(
    r"\brefers? (?:the Committee |the Office |you )?(?:back )?to (?:(?:its|our) (?:previous |earlier |last |prior )?"
    r"(?:notes?(?: verbales?)?|repl(?:y|ies)|responses?|letters?|communications?|submissions?|reports?)|the (?:previous |earlier "
    r"|last |prior )?(?:notes?(?: verbales?)?|repl(?:y|ies)|responses?|submissions?)(?: of the (?:Government|State|Mission))?)\b"
    r"(?! of the Committee)|"
    r"\b(?:information|details|explanations?|an account|data|clarifications?)\b[^.;]{0,80}?\b(?:was|were|has been|have been|had been)"
    r" (?:\w+ly )?(?:provided|submitted|transmitted|given|set out|supplied|furnished|communicated) (?:to the Committee )?"
    r"(?:in|with|by) (?:its|our|the) (?:previous |earlier |last |prior )?(?:notes?(?: verbales?)?|repl(?:y|ies)|responses?|"
    r"letters?|communications?|submissions?|reports?)\b|"
    r"^\s*(?:please )?(?:see|cf\.?) (?:its|our|the) (?:previous |earlier )?(?:notes?(?: verbales?)?|repl(?:y|ies)|responses?|letters?)\b|"
    r"\brenvoie (?:le Comite )?a (?:sa|ses|la|notre) (?:precedente |derniere )?(?:note|reponse|lettre|communication)|"
    r"\bremite (?:al Comite )?a (?:su|sus|la|nuestra) (?:anterior |ultima )?(?:nota|respuesta|carta|comunicacion)",
    re.IGNORECASE)
_ANNEX_REFERRAL = re.compile(
    r"\b(?:is|are|can be|may be|will be found)\s+(?:\w+\s+){0,2}?(?:contained|set out|set forth|provided|given|listed|included|"
    r"presented|found|available|reproduced|detailed|described|shown|summari[sz]ed)\s+in\s+(?:the\s+)?(?:attached\s+|enclosed\s+)?"
    r"(?:annex(?:es)?|appendix|appendices|enclosure|attachment)\b|"
    r"\b(?:see|cf\.?)\s+(?:the\s+)?(?:attached\s+|enclosed\s+)?(?:annex(?:es)?|appendix|enclosure|attachment)\b|"
    r"\b(?:figurent?|sont (?:presentees?|detaillees?|reproduites?)|voir) (?:a |en |dans )?(?:l'|les )?annexes?\b|"
    r"\b(?:figuran?|se (?:encuentran?|detallan?|incluyen?|recogen?)|vease|ver) (?:en )?(?:el |los )?anexos?\b",
    re.IGNORECASE)
_ANNEX_ID = re.compile(r"\b(?:annex(?:es)?|appendix|appendices|enclosure|attachment|annexe|anexo)\s+((?:[IVX]+|\d+|[A-Z])\b"
                       r"(?:\s*(?:,|and|et|y)\s*(?:[IVX]+|\d+|[A-Z])\b)*)", re.IGNORECASE)


def refers_elsewhere(text: str) -> bool:
    """The sentence sends the reader to an earlier communication or to an annex instead of giving the information."""
    folded = _fold(text)
    return bool(_NOTE_REFERRAL.search(folded) or _ANNEX_REFERRAL.search(folded))


def _annex_ids(text: str) -> set[str]:
    return {i.upper() for m in _ANNEX_ID.finditer(text) for i in re.findall(r"[IVX]+|\d+|[A-Z]", m.group(1))}


_PENDING = re.compile(r"\bpending (?:the )?(?:outcome|completion|results?)\b(?: of (?:the |an? |its |their )?[\w-]+)?", re.IGNORECASE)


def classify_sentence(text: str) -> SentenceKind:
    if _EVENTS_DENIED.search(_fold(text)):
        return SentenceKind.DENIAL
    if _NOTE_REFERRAL.search(_fold(text)):
        return SentenceKind.DEFERRAL  # "refers the Committee to its note of 14 May 2024": no information here
    if _COURTESY.search(text):
        return SentenceKind.COURTESY
    folded = _fold(text)
    if _FR_ES_COURTESY.search(folded):
        return SentenceKind.COURTESY
    if _DEFERRAL.search(text) or _FR_ES_DEFERRAL.search(folded):
        return SentenceKind.DEFERRAL
    if _PENDING.search(text) and not _ACT.search(_PENDING.sub(" ", text)):
        # "the decision is pending the outcome of the inquiry" waits; "pending the outcome of the inquiry, the four
        # officers were suspended" reports what was done meanwhile
        return SentenceKind.DEFERRAL
    if (_DENIAL.search(text) or _FR_ES_DENIAL.search(folded)) and not re.search(r"\d", _LAW_NUMBER.sub("", text)):
        return SentenceKind.DENIAL
    if (_ASSURANCE.search(text) or _FR_ES_ASSURANCE.search(folded)) and not re.search(r"\d", _DATE_RE.sub(" ", text)):
        return SentenceKind.ASSURANCE
    if _POLICY.search(text) and not _ACT.search(_LAW_DATING.sub(" ", text)):
        return SentenceKind.POLICY
    if _FR_ES_POLICY.search(folded) and not _ACT.search(text) and not _FR_ES_ACT.search(folded):
        return SentenceKind.POLICY
    if _RU_DENIAL.search(text) and not re.search(r"\d", text):
        return SentenceKind.DENIAL
    if _RU_ASSURANCE.search(text) and not _RU_ACT.search(text):
        return SentenceKind.ASSURANCE
    if _RU_POLICY.search(text) and not _RU_ACT.search(text):
        return SentenceKind.POLICY
    return SentenceKind.SUBSTANTIVE


def _fold(text: str) -> str:
    from tocsin.analyse.lexical import fold

    return fold(text)


_ABBREV = "".join(rf"(?<!\b{a}\.)" for a in ("No", "no", "Art", "art", "Mr", "Ms", "Mrs", "Dr", "M", "Mme", "Sr", "Sra", "para", "paras", "vol",
                                               "p", "pp", "St", "Nos", "Ref", "ref", "cf", "e.g", "i.e", "Inc", "Co", "Rs", "г", "гг", "ст", "им"))
# An initial after a title ("Ms. I. Varnad", "Mr B. Kurtan") ends no sentence; "Annex I. The Government ..." does.
_INITIALS = "".join(rf"(?<!\b{t}\. [A-Z]\.)(?<!\b{t} [A-Z]\.)" for t in ("Mr", "Ms", "Mrs", "Dr", "Mme", "Sr", "Sra"))
_SENT_RE = re.compile(rf"(?<=[.;!?]){_ABBREV}{_INITIALS}\s+(?=[\"'(\u201c\u00ab]?[A-Z0-9\u0410-\u042f\u0401])")
_OWN_MARK_RE = re.compile(r"^\s*(?:[-\u2013\u2014\u2022*]\s*)?(?:\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|\d{1,3}[.)]|[a-z][.)])\s+",
                          re.IGNORECASE)


def split_sentences(text: str) -> list[str]:
    """Sentences; never split inside brackets ("(2021: 78; 2022: 69)" stays whole)."""
    text = " ".join(text.split())
    out: list[str] = []
    start = 0
    for m in _SENT_RE.finditer(text):
        before = text[start:m.start()]
        if before.count("(") > before.count(")"):
            continue
        out.append(before)
        start = m.end()
    out.append(text[start:])
    return [s.strip() for s in out if s.strip()]


_MARK = r"\(?([a-z]|[ivx]{1,5}|\d{1,2})\)?"
_REF_RE = re.compile(
    r"\b(?:with (?:regard|respect|reference) to|regarding|concerning|as (?:regards|to)|in (?:reply|response|relation) to|"
    r"on|under|re:?|turning to|relating to)?\s*(?:the\s+)?"
    r"(?:(?:sub)?paragraphs?|requests?|items?|points?|questions?|recommendations?|"
    r"solicitud(?:es)?|peticion(?:es)?|preguntas?|apartados?|incisos?|literal(?:es)?|demandes?|alineas?|paragraphes?|"
    r"parrafos?)\s+"
    rf"(?P<m>{_MARK}(?:\s*(?:,|and|to|-|\u2013)\s*{_MARK})*)(?![\w'\u2019])",
    re.IGNORECASE,
)
_HEAD_MARK_RE = re.compile(r"^\s*(?:\((?P<a>[a-z])\)|(?P<b>[a-z])\))\s+")


@dataclass(frozen=True)
class Sentence:
    text: str
    kind: SentenceKind
    paragraph: int  # position in the ReplyBody.paragraphs list


@dataclass(frozen=True)
class BodyParagraph:
    label: int | str  # what evidence_paragraphs reports: the paragraph's own number, else its index
    text: str
    heading: str = ""  # text of the topical heading above it, if any
    echo_heading: bool = False  # that heading is the request quoted: it names the topic, not the answer's content
    refs: tuple[str, ...] = ()  # request markers this paragraph explicitly answers
    sentences: tuple[Sentence, ...] = field(default_factory=tuple)
    table: bool = False  # a table of figures (statistics), not prose
    xrefs: tuple[int, ...] = ()  # the reply's own paragraphs it refers to ("see paragraph 4 above")
    xref_requests: tuple[str, ...] = ()  # requests whose answer it refers to ("as indicated in reply to question (a)")


def paragraph_label(paragraphs: Sequence[Paragraph]) -> list[int | str]:
    """The paragraph's own number when the reply numbers its paragraphs, else its 1-based index.

    An unnumbered paragraph inside a numbered reply continues the numbered paragraph above it.
    """
    numbered = sum(1 for p in paragraphs if p.number and p.number.isdigit())
    labels: list[int | str] = []
    current: int | None = None
    annex = False  # past an "Annex" line: its blocks take the numbers after the body's last one
    for p in paragraphs:
        if numbered >= 2 and p.number and p.number.isdigit():
            current = int(p.number)
            labels.append(current)
        elif numbered >= 2 and current is not None:
            annex = annex or bool(_ANNEX.match(p.text))
            if annex and not _ANNEX.match(p.text) and not _is_heading(p.text):
                current += 1
            labels.append(current)
        else:
            labels.append(p.index)
    return labels


# Reference numbers, dates and places on their own line are not topical headings.
_REFERENCE_LINE = re.compile(r"^\W*(?:No\.|Ref\.?|Note)?\s*[\w./-]*\d[\w./-]*\W*$|^\s*(?:[A-Z][a-z]+,\s*)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\W*$")


_TABLE_START = re.compile(r"^\s*Table\s+[\dIVX]+\b", re.IGNORECASE)
_FIGURE = re.compile(r"(?<![\w/])\d[\d,.]*\s*%?(?![\w/])")


def is_table(text: str) -> bool:
    """A block of figures: "Table 2. ..." or mostly numbers (columns run together by the reader), or a word
    processor's table read as cells between "|" with figures in them."""
    figures = len(_FIGURE.findall(text))
    return ((bool(_TABLE_START.match(text)) and figures >= 2) or (figures >= 6 and figures >= 0.25 * len(text.split()))
            or len(_figure_cells(text)) >= 4)


_CELL_FIGURE = re.compile(r"^\s*[-\u2013]?\d[\d\s,.%/]*(?=\s|$)")


def _figure_cells(text: str) -> list[str]:
    cells = text.split("|")
    return [c for c in cells[1:] if _CELL_FIGURE.match(c)] if len(cells) >= 5 else []


def table_rows(text: str) -> list[str]:
    """The rows of a table read as "label | 2023 | 2024 label | 212 | 248 ...": a cell that opens with figures and
    goes on in words closes one row and opens the next. A row whose label opens in lower case ("of whom pupils of
    Tesh ethnicity") details the row above and stays with it. Empty for text that is no such table."""
    if not _figure_cells(text):
        return []
    rows: list[list[str]] = [[]]
    for i, cell in enumerate(text.split("|")):
        cell = " ".join(cell.split())
        m = _CELL_FIGURE.match(cell) if i else None
        if m and cell[m.end():].strip():
            rows[-1].append(cell[:m.end()].strip())
            rows.append([cell[m.end():].strip()])
        else:
            rows[-1].append(cell)
    out: list[str] = []
    for r in rows:
        row = " | ".join(c for c in r if c)
        if out and row[:1].islower():
            out[-1] = f"{out[-1]}; {row}"
        elif row:
            out.append(row)
    return out


# Closing formulas: the body ends here (what follows is the signature), unless an annex begins.
_CLOSING = re.compile(r"пользуется (?:этим |данным )?случаем|уверения в сво[её]м|^\s*с уважением\b|saisit cette occasion|haute consideration|aprovech[oa] (?:la|esta) oportunidad|(?:alta|distinguida) consideracion|"
                      r"^\s*(?:Please accept|Accept,? (?:Excellency|Sir|Madam)|Yours (?:sincerely|faithfully|truly))\b|"
                      # an e-mail's sign-off: the signature, a disclaimer and any quoted message follow
                      r"^\s*(?:(?:kind|best|warm|warmest|with (?:best|kind)) regards|regards|sincerely|best wishes|(?:bien )?cordialement|"
                      r"atentamente|(?:un )?saludos?(?: cordiales?)?|cordiales saludos)\b[\s,.!]*$|"
                      r"\bavails itself of this opportunity\b|\bassurances of (?:its|my|our|his|her) (?:highest|high|most "
                      r"distinguished) consideration\b", re.IGNORECASE)
_ANNEX = re.compile(r"^\s*(?:Annex|Appendix|Enclosure|Attachment)\b", re.IGNORECASE)
# An e-mail's header block ("From: ... To: ... Subject: ..."), or an earlier message quoted below the reply
# ("-----Original Message-----", "On 18 August 2025, X wrote:"): at the top it is no body; below the reply it ends it.
_MAIL_HEADER = re.compile(r"^\s*(?:from|de|sent|envoye|enviado|to|para|subject|objet|asunto|date|fecha)\s*:.{0,400}?\b"
                          r"(?:to|para|subject|objet|asunto|sent|envoye|enviado|date|fecha)\s*:", re.IGNORECASE | re.DOTALL)
_QUOTED_MESSAGE = re.compile(r"^\s*-{2,}\s*(?:original message|forwarded message|message d'origine|message transfere|"
                             r"mensaje original|mensaje reenviado)\b|^\s*(?:on|le|el) .{5,120}?\b(?:wrote|a ecrit|escribio)\s*:|"
                             r"^\s*>", re.IGNORECASE)
# The covering paragraph of a note verbale or letter: what stands above it is the letterhead (the mission's name and
# address, telephone and e-mail, the note's number), not part of the reply.
_COVERING = re.compile(r"свидетельствует сво[её] уважение|имеет честь|presents its compliments|has the honou?r to|have the honou?r to|presente ses compliments|"
                       r"a l'honneur de|ont l'honneur de|saluda (?:muy )?atentamente|tiene el honor de|tengo el honor de",
                       re.IGNORECASE)


def _is_heading(text: str) -> bool:
    words = text.split()
    if not 0 < len(words) <= 20:
        return False
    if is_table(text):
        return False
    return not text.rstrip().endswith((".", ";", "!", "?")) or (len(words) <= 12 and text.rstrip().endswith(":"))


def expand_markers(raw: str) -> list[str]:
    marks = re.findall(r"[a-z]+|\d+", raw.lower())
    out: list[str] = []
    ranged = re.search(r"(?:to|-|\u2013)", raw)
    if ranged and len(marks) == 2 and all(len(m) == 1 and m.isalpha() for m in marks):
        a, b = marks
        return [chr(c) for c in range(ord(a), ord(b) + 1)] if ord(a) < ord(b) <= ord(a) + 10 else marks
    for m in marks:
        if m not in ("and", "to"):
            out.append(m)
    return out


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORD_RE = re.compile(rf"\b(?P<o>{'|'.join(_ORDINALS)}|last)\s+(?:question|request|point|item|issue|query|subparagraph)s?\b",
                     re.IGNORECASE)


# Cross-references inside the reply (matched on folded text). To one of its own paragraphs: "See paragraph 4 above", "the
# information given in paragraphs 2 and 3 above", "voir le paragraphe 4 ci-dessus", "vease el parrafo 4 supra". To the
# answer given to another request: "As indicated in reply to question (a)", "see the answer to request (b)", "comme indique
# dans la reponse a la question a)", "como se indico en la respuesta a la pregunta a)".
_PARA_WORD = r"(?:paragraphs?|paras?\.?|parrafos?|paragraphes?)"
_NUMS = r"\d{1,3}(?:\s*(?:,|and|to|-|\u2013|y|et|a)\s*\d{1,3})*"
_XREF_PARAGRAPH = re.compile(
    rf"\b(?:(?:see|cf\.?|voir|vease|ver)\s+(?:also\s+|aussi\s+|tambien\s+)?(?:the\s+|le\s+|les\s+|el\s+|los\s+)?{_PARA_WORD}\s+{_NUMS}"
    rf"(?:\s*(?:above|below|supra|infra|ci-dessus|ci-dessous|anterior(?:es)?|precedentes?))?"
    rf"|{_PARA_WORD}\s+{_NUMS}\s*(?:above|below|supra|infra|ci-dessus|ci-dessous|anterior(?:es)?|precedentes?|mas arriba|"
    r"of (?:this|the present) (?:note|reply|response|letter|document)))\b")
_XREF_ANSWER = re.compile(
    r"\b(?:(?:as|comme|como)\s+(?:(?:is|was|has been|already|se|lo|il (?:a ete|est))\s+)?(?:\w+\s+)?"
    r"(?:indicated|stated|mentioned|explained|described|noted|set out|reported|detailed|outlined|indique|mentionne|explique|"
    r"precise|expose|indico|menciono|explico|senalo|expuso|detallo|indicado|mencionado|explicado|senalado|expuesto|detallado)"
    r"|see|cf\.?|voir|vease|ver|reference is (?:also )?made to|refer(?:s|red)? (?:the committee |you )?to)\s+"
    r"(?:(?:above|below|earlier|ci-dessus|anteriormente|supra)\s+)?(?:in|under|dans|en|sous)?\s*(?:the\s+|la\s+|el\s+|our\s+|its\s+)?"
    r"(?:(?:reply|response|answer|information (?:given|provided))\s+(?:to|on|under|in respect of)|reponse\s+a|respuesta\s+a)\s+"
    r"(?:the\s+|la\s+)?(?:question|request|point|item|paragraph|subparagraph|demande|pregunta|solicitud|apartado|inciso)\s+"
    rf"(?P<m>{_MARK}(?:\s*(?:,|and|et|y)\s*{_MARK})*)(?![\w'\u2019])", re.IGNORECASE)
# What a sentence that only refers elsewhere says besides the reference
_XREF_FILLER = re.compile(r"\b(?:the government|the state|the state party|the mission|the permanent mission|refers?|referred|"
                          r"the committee|to|the|information|given|provided|contained|set out|in|above|below|please|kindly|"
                          r"question|request|its|our|reply|replies|answer|response|respect|regard|on|this|point|matter|also)\b",
                          re.IGNORECASE)


def cross_references(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """The reply's own paragraph numbers and the request markers a passage refers the reader to."""
    folded = _fold(text)
    paras: list[int] = []
    for m in _XREF_PARAGRAPH.finditer(folded):
        nums = [int(x) for x in re.findall(r"\d{1,3}", m.group(0))]
        if re.search(r"\d\s*(?:to|-|\u2013|a)\s*\d", m.group(0)) and len(nums) == 2 and nums[0] < nums[1] <= nums[0] + 10:
            nums = list(range(nums[0], nums[1] + 1))
        paras += [n for n in nums if n not in paras]
    marks: list[str] = []
    for m in _XREF_ANSWER.finditer(folded):
        marks += [mk for mk in expand_markers(m.group("m")) if mk not in marks]
    return tuple(paras), tuple(marks)


def _without_cross_references(folded: str) -> str:
    return _XREF_ANSWER.sub(" ", _XREF_PARAGRAPH.sub(" ", folded))


def only_refers(text: str) -> bool:
    """The sentence sends the reader to another paragraph or answer of the reply and says nothing else ("See paragraph 4
    above", "As indicated in reply to question (a), the Government refers the Committee to paragraph 5 above")."""
    from tocsin.analyse.lexical import token_set

    folded = _fold(text)
    rest = _without_cross_references(folded)
    if rest == folded:
        return False
    return len(token_set(_XREF_FILLER.sub(" ", rest))) < 2


# "Question (c)." on its own names the request and says nothing of it
_BARE_POINTER = re.compile(r"^\W*(?:(?:question|request|item|point|subparagraph|query|pregunta|solicitud|peticion|apartado|"
                           r"inciso|literal|demande)\s+)?\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})\)?\s*[.:\-\u2013\u2014]*\s*$")


def find_refs(text: str, markers: Sequence[str], *, head_mark: bool = True) -> list[str]:
    """Request markers a passage names near its start ("With regard to paragraph (c) ...", "As regards the
    second question"). `head_mark=False` when a leading "(a)" belongs to the reply's own list."""
    known = {m.lower() for m in markers}
    ordered = [m.lower() for m in markers]
    found: list[str] = []
    # "As indicated in reply to question (a)" names the answer referred to, not the request this passage answers
    head = _without_cross_references(_fold(text[:160]))
    for m in _REF_RE.finditer(head):
        for mk in expand_markers(m.group("m")):
            if mk in known and mk not in found:
                found.append(mk)
    for m in _ORD_RE.finditer(head):
        o = m.group("o").lower()
        i = len(ordered) - 1 if o == "last" else _ORDINALS.index(o)
        if 0 <= i < len(ordered) and ordered[i] not in found:
            found.append(ordered[i])
    hm = _HEAD_MARK_RE.match(text)
    if head_mark and hm and not any(k.isdigit() for k in known):
        mk = (hm.group("a") or hm.group("b")).lower()
        if mk in known and mk not in found:
            found.append(mk)
    return found


_QUOTE_RE = re.compile(r"[\"\u201c\u00ab]([^\"\u201d\u00bb]{20,})[\"\u201d\u00bb]")


def _echo_residue(text: str, requests: Sequence[frozenset[str]]) -> str | None:
    """The sentence without the request it quotes or restates; None when it echoes nothing."""
    from tocsin.analyse.lexical import token_set

    if not requests:
        return None

    def echoes(toks: frozenset[str], *, quoted: bool) -> bool:
        if len(toks) < 3:
            return False
        for rq in requests:
            if not rq:
                continue
            inside = len(toks & rq) / len(toks)
            covers = len(toks & rq) / len(rq)
            if inside >= (0.7 if quoted else 0.85) and covers >= (0.5 if quoted else 0.6):
                return True
        return False

    residue, hit = text, False
    for m in _QUOTE_RE.finditer(text):
        if echoes(token_set(m.group(1)), quoted=True):
            residue, hit = residue.replace(m.group(0), " "), True
    if hit:
        return residue
    if _new_act(text, requests):
        return None  # "S'agissant du décès de M. X, le parquet a ouvert une enquête": it reports what was done
    return "" if echoes(token_set(text), quoted=False) else None


def _new_act(text: str, requests: Sequence[frozenset[str]]) -> bool:
    """The sentence reports an act ("was opened", "a ouvert") in words no request uses: it is no restatement."""
    from tocsin.analyse.lexical import token_set

    asked = frozenset().union(*requests)
    acts = [m.group(0) for m in _ACT.finditer(_LAW_DATING.sub(" ", text))]
    acts += [m.group(0) for m in _FR_ES_ACT.finditer(_fold(text))]
    return any(token_set(a) - asked for a in acts)


@dataclass(frozen=True)
class ReplyBody:
    paragraphs: tuple[BodyParagraph, ...]

    @property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]


_PAGE_MARK = re.compile(r"\b(?:Page|Pag\.?|P\u00e1gina|Pagina)\s+\d+\s*(?:of|/|de|sur)\s*\d+\b|^\W*[-\u2013]?\s*\d{1,3}\s*[-\u2013]?\W*$|"
                        r"\s[-\u2013]\s*\d{1,3}\s*[-\u2013]\s*$|"
                        r"^[\s_=\-\u2013\u2014.]{5,}$", re.IGNORECASE)
# "- 2 -" on a line of its own above a running header ("- 2 -\nMINISTRY OF HOME AFFAIRS")
_PAGE_LINE = re.compile(r"^\s*[-\u2013]\s*\d{1,3}\s*[-\u2013](?:\s|$)")


def _furniture_key(text: str) -> str:
    return re.sub(r"[\d\W_]+", " ", text).strip().lower()


def drop_page_furniture(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """Without running page headers and footers ("NV No. 112/2025  Page 1 of 3", a mission's name repeated at
    the top of every page), and with a paragraph a page break cut in two ("... of 40,000" / "dinars and ...")
    joined again. A short line without a full stop that recurs is a running header, not a topical heading."""
    from dataclasses import replace as _replace

    counts: dict[str, int] = {}
    for p in paragraphs:
        if len(p.text.split()) <= 20:
            k = _furniture_key(p.text)
            counts[k] = counts.get(k, 0) + 1
    out: list[Paragraph] = []
    cut = False  # a page break came after the last kept paragraph
    notes: set[str] = set()
    last_page = paragraphs[0].page if paragraphs else 1
    for p in paragraphs:
        text = p.text.strip()
        new_page, last_page = p.page > last_page, max(last_page, p.page)
        cut = cut or new_page
        if new_page and text and _running_head(text, p, out):
            cut = True
            continue
        fm = _FOOTNOTES_RE.match(text)
        if fm:
            # "____ 1 Statutory Instrument No. 14 of 1994 ... 2 National Parks Act": the page's footnotes
            notes.update(n for n in _NOTE_NUM_RE.findall(" " + fm.group(1)))
            cut = True
            continue
        short = len(text.split()) <= 20
        if text and ((_PAGE_MARK.search(text) or _PAGE_LINE.search(text)) and short or (short and counts.get(_furniture_key(text), 0) >= 2
                                                            and not text.endswith((".", ";", ":")) and not p.number)):
            cut = True
            continue
        if (cut and out and not p.number and (text[:1].islower() or _OPEN_END_RE.search(out[-1].text))
                and not out[-1].text.rstrip().endswith((".", ";", ":", "!", "?"))):
            prev = out[-1]
            out[-1] = _replace(prev, text=f"{prev.text.rstrip()} {text}", end=p.end)
            cut = False
            continue
        cut = False
        out.append(p)
    if notes:
        out = [_replace(p, text=_strip_note_marks(p.text, notes)) for p in out]
    return out


# A paragraph cut by the page break ends on a word no sentence ends on ("... suspends the decision; the" / "Board's
# decisions may ..."): the next unnumbered block continues it, whatever its first letter.
_OPEN_END_RE = re.compile(r"(?:,|\b(?:the|a|an|of|to|and|or|in|by|for|with|on|at|from|its|their|his|her|that|which|whose|"
                          r"le|la|les|des|du|de|et|ou|el|los|las|del|y|o|que))\s*$", re.IGNORECASE)
# A running head names the document, its reference or the letter it answers
_RUNNING_HEAD_RE = re.compile(r"\b(?:reply|response|note|r[ée]ponse|respuesta)\b.{0,80}\b(?:letter|lettre|carta|communication)\b|"
                              r"\bRef\.|\b[A-Z]{2,}/[\w./-]+/\w+|\bNo\.\s*[\w/.-]*\d", re.IGNORECASE)


def _running_head(text: str, p: Paragraph, kept: Sequence[Paragraph]) -> bool:
    """The first block of a new page is the running head when it is short, unnumbered and no sentence, and either names
    the reply or its reference or falls inside a sentence the page break cut ("... the" / head / "Board's decisions ...").
    A running head printed on one page only recurs nowhere, so the count of repeated lines cannot find it."""
    if p.number or len(text.split()) > 40 or text.rstrip().endswith((".", "!", "?", ":", ";")):
        return False
    cut_mid = bool(kept) and not kept[-1].text.rstrip().endswith((".", ";", ":", "!", "?"))
    return cut_mid or bool(_RUNNING_HEAD_RE.search(text))


_FOOTNOTES_RE = re.compile(r"^[_\u2014\u2013-]{5,}\s*(\d{1,2}\s+\S.*)$", re.DOTALL)
_NOTE_NUM_RE = re.compile(r"(?:^|(?<=[.)\s]))\s(\d{1,2})\s+(?=[A-Z])")
# a footnote number glued to the word before it ("Act,2", "resettled4", "leaders.6") or to a year ("20245")
_NOTE_MARK_RE = re.compile(r"(?:(?<=[A-Za-z)\]])|(?<=[A-Za-z)\]][,.;:])|(?<=\b\d{4},))(\d{1,2})(?=[\s,;:.)]|$)")
_NOTE_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)(\d{1,2})\b")


def _strip_note_marks(text: str, notes: set[str]) -> str:
    text = _NOTE_MARK_RE.sub(lambda m: "" if m.group(1) in notes else m.group(0), text)
    return _NOTE_YEAR_RE.sub(lambda m: m.group(1) if m.group(2) in notes else m.group(0), text)


# ("short- and long-term" keeps its hyphen: a conjunction follows)
_WRAP_RE = re.compile(r"(?<=[A-Za-z]{2})-[ \t]*\n?[ \t]+(?=[a-z]{2})(?!(?:and|or|nor|to|as well)\b)")


def join_wrapped_words(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """A word hyphenated at a line end by a scan or a typewriter ("Novem- ber", "investi- gation" once the reader
    has joined the lines) made whole."""
    from dataclasses import replace as _replace

    return [_replace(p, text=_WRAP_RE.sub("", p.text)) if _WRAP_RE.search(p.text) else p for p in paragraphs]


def _without_letterhead(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """Without what stands above the covering paragraph ("The Permanent Mission ... presents its compliments",
    "La Mision Permanente ... saluda atentamente"): the mission's name, its address, telephone and e-mail, the
    note's number, an e-mail's header block. Only short unnumbered blocks are dropped so, and only when the covering
    paragraph comes early."""
    cover = next((i for i, p in enumerate(paragraphs[:8]) if _COVERING.search(_fold(p.text)) and len(p.text.split()) < 150),
                 None)
    if not cover or any(p.number or (len(p.text.split()) > 40 and not _MAIL_HEADER.match(_fold(p.text)))
                        for p in paragraphs[:cover]):
        return list(paragraphs)
    return list(paragraphs[cover:])


def read_reply(paragraphs: Sequence[Paragraph], *, markers: Sequence[str],
               requests: Sequence[str] = ()) -> ReplyBody:
    """The reply's body paragraphs with sentence kinds, topical headings and explicit request pointers.

    `requests` (the requests' texts) lets a sentence that only quotes or restates a request be told
    apart from one that answers it."""
    from tocsin.analyse.lexical import token_set

    req_tokens = [token_set(r) for r in requests]
    paragraphs = _without_letterhead(join_wrapped_words(drop_page_furniture(paragraphs)))
    labels = paragraph_label(paragraphs)
    out: list[BodyParagraph] = []
    heading = ""
    section_refs: tuple[str, ...] = ()
    prev = ""
    heading_echo = False
    closed = False  # past the closing formula: signature lines, until an annex begins
    caption: int | None = None  # index in `out` of a numbered paragraph that introduces a table below it
    # An unnumbered line that only introduces a request ('Request (b): "..."' above "3. The Government ..."): the
    # numbered paragraphs below it answer that request until the next pointer or heading, as a heading's do.
    standing_intro = False
    for pi, (p, label) in enumerate(zip(paragraphs, labels)):
        text = p.text
        if not text.strip():
            continue
        if _QUOTED_MESSAGE.search(_fold(text)) or _MAIL_HEADER.match(_fold(text)):
            if out:
                break  # an earlier message quoted below the reply (a reminder, the letter itself) is not the reply
            continue  # the e-mail's own header block
        if _ANNEX.match(text) or (closed and (len(text.split()) > 30 or p.number)):
            closed = False  # an annex, or more numbered or running text: the body goes on
        elif closed:
            continue
        if _CLOSING.search(_fold(text)) and len(text.split()) < 80:
            closed = True
        # "(a) the Constitution ...;" after "... comprises:" is the reply's own list, not request (a).
        own_list = prev.rstrip().endswith(":") or bool(re.match(r"^\s*\(?[a-z]\)\s+[a-z]", text))
        refs = tuple(find_refs(text, markers, head_mark=not own_list))
        prev = text
        if (_COURTESY.search(text) or _FR_ES_COURTESY.search(_fold(text))) and len(text.split()) < 80 and not refs:
            section_refs = ()
            heading = ""
            standing_intro = False
            continue
        bare = _OWN_MARK_RE.sub("", text)
        sents = []
        # 'Request a): "..."' / 'Solicitud a): «...»': a pointer followed by nothing but a quotation quotes the
        # request, whatever language the quotation is in.
        quoted_only = bool(refs) and bool(_QUOTE_RE.search(text)) and len(token_set(_QUOTE_RE.sub(" ", bare))) <= 3
        restated = False
        for st in table_rows(bare) or split_sentences(bare):
            residue = _echo_residue(st, req_tokens)
            if restates_request(st, after_restatement=restated):
                restated = True
                sents.append((st, SentenceKind.ECHO))
                continue
            restated = False
            if only_refers(st):
                sents.append((st, SentenceKind.REFERENCE))
                continue
            if quoted_only or (residue is not None and len(token_set(residue)) < 3) or (refs and _BARE_POINTER.match(_fold(st))):
                sents.append((st, SentenceKind.ECHO))
            else:
                sents.append((st, classify_sentence(st if residue is None else residue)))
        echo_only = bool(sents) and all(k is SentenceKind.ECHO for _, k in sents)
        heading_like = not echo_only and _is_heading(bare) and not _REFERENCE_LINE.search(bare)
        # "2. Complaints received by the police, Varn district:" above a table, and a note below the table ("Data on
        # the outcome are not collected"): the numbered paragraph's caption, its table and its note are one paragraph
        # (what the caption names is what the figures count), not a heading over the rest of the reply.
        if (caption is not None and not p.number and label == out[caption].label and not (heading_like and not is_table(text))
                and not refs):
            cp = out[caption]
            out[caption] = replace(cp, text=f"{cp.text}\n{text}", table=cp.table or is_table(text), sentences=cp.sentences + tuple(
                Sentence(text=st, kind=k, paragraph=caption) for st, k in sents))
            continue
        caption = None
        if (p.number and p.number.isdigit() and len(bare.split()) <= 40 and labels.count(label) > 1 and bare.rstrip().endswith(":")
                and pi + 1 < len(paragraphs) and not paragraphs[pi + 1].number and is_table(paragraphs[pi + 1].text)):
            heading_like = False
            caption = len(out)
            # the caption names what the figures count: information, even in the request's own words
            sents = [(st, classify_sentence(st) if k is SentenceKind.ECHO else k) for st, k in sents]
        # A quoted request with no full stop ('Request (c): "The health care ..."') is an echo, not a heading.
        if heading_like:
            heading = text
            heading_echo = False
            section_refs = refs
            standing_intro = False
            continue
        if not refs and _OWN_MARK_RE.match(text) and not own_list and not standing_intro:
            section_refs = ()  # a new numbered paragraph of the reply's own
        idx = len(out)
        xrefs, xref_requests = cross_references(text)
        out.append(BodyParagraph(
            label=label, text=text, heading=heading, refs=refs or section_refs, echo_heading=heading_echo,
            sentences=tuple(Sentence(text=st, kind=k, paragraph=idx) for st, k in sents), table=is_table(text),
            xrefs=xrefs, xref_requests=xref_requests))
        if refs:
            # A pointer that only introduces ("Question 2: \"...\"", "As to request (b):") covers what follows;
            # one that opens an answer covers its own paragraph only.
            intro = all(k is SentenceKind.ECHO for _, k in sents) or (len(bare.split()) <= 25 and bare.rstrip().endswith(":"))
            section_refs = refs if intro else ()
            standing_intro = intro and not _OWN_MARK_RE.match(text)
            if echo_only:
                heading = text  # the quoted request names the topic of the answer below, as a heading would
                heading_echo = True
    return ReplyBody(paragraphs=tuple(_unattached_annexes(out, paragraphs)))


def _unattached_annexes(out: list[BodyParagraph], paragraphs: Sequence[Paragraph]) -> list[BodyParagraph]:
    """"Detailed statistics ... are contained in Annex II": when the reply does not hold that annex (no block opens with
    "Annex II", or with a bare "Annex"), the sentence gives nothing and is read as a deferral."""
    attached: set[str] = set()
    any_annex = False
    for p in paragraphs:
        m = _ANNEX.match(p.text)
        if m:
            ids = _annex_ids(p.text.split("\n")[0][:60])
            attached |= ids
            any_annex = any_annex or not ids
    result = []
    for bp in out:
        sents = []
        for s in bp.sentences:
            if s.kind is SentenceKind.SUBSTANTIVE and _ANNEX_REFERRAL.search(_fold(s.text)):
                named = _annex_ids(s.text)
                if not any_annex and not (named & attached if named else attached):
                    s = Sentence(text=s.text, kind=SentenceKind.DEFERRAL, paragraph=s.paragraph)
            sents.append(s)
        result.append(replace(bp, sentences=tuple(sents)))
    return result
