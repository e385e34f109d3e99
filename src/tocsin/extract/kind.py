"""Document kind and language.

Kind comes from cues that the genres use: a note verbale from a Mission ("The Permanent Mission of X
... presents its compliments") is a State reply; "Decision 1 (68)", ".../DEC/...", "Concluding
observations" make a decision; "Mandates of the Special Rapporteur" a special-procedure letter
(other); "Excellency" with the Committee's name and requests a committee letter; an organisation
speaking for itself ("Statement of the X Foundation", "we urge", "we demand") an NGO statement.
"""

from __future__ import annotations

import re

from tocsin.extract import language, rx
from tocsin.domain.documents import DocumentKind, SourceDocument
from tocsin.extract.text import REGISTRY_STAMP, UN_MASTHEAD, scan_text

NAME = "kind"
VERSION = "1.19"
LANGUAGE_NAME = "language"
LANGUAGE_VERSION = "1.1"

_I = re.IGNORECASE
# "In my capacity as Rapporteur for follow-up to concluding observations of the Committee", "as Chair": the
# Committee's own officers, not a special-procedure mandate
_NOT_COMMITTEE_OFFICE = (r"(?!\s+(?:the\s+)?(?:Committee['’]s\s+)?(?:Rapporteur\s+for\s+follow|Chair|Chairperson|"
                         r"Vice-Chair|Coordinator|Rapporteur\s+of\s+the\s+Committee))")
_SPECIAL_PROCEDURE = rx.compile(
    r"\bMandates?\s+of\s+the\b|\bin\s+(?:my|our)\s+capacit(?:y|ies)\s+as\b" + _NOT_COMMITTEE_OFFICE + r"|"
    r"\bMandats?\s+(?:du|de\s+la|des)\b|\bMandatos?\s+(?:del|de\s+la)\b|"
    r"\b(?-i:Special\s+Rapporteurs?)\s+on\b|\b(?-i:Independent\s+Expert)\s+on\b|"
    r"\b(?-i:Working\s+Group)\s+on\s+(?!early\s+warning)|"
    r"\bRapporteur(?:e)?\s+sp[ée]cial|\bRelator(?:a)?\s+Especial|\bСпециальн\w+\s+докладчик", _I)
_MISSION = (r"(?:(?:Permanent|Perrnanent)\s+M[il1]ss[il1]on|Embassy|Ministry\s+of\s+Foreign\s+Affairs|Mission\s+permanente|"
            r"Minist[èe]re\s+des\s+Affaires\s+[ée]trang[èe]res|Ministerio\s+de\s+(?:Relaciones|Asuntos)\s+Exteriores|"
            r"Министерство\s+иностранных\s+дел|"
            r"Misi[óo?]n\s+Permanente|Постоянное\s+представительство)\b")
_NOTE_FROM_STATE = rx.compile(
    r"\b" + _MISSION + r"[^.]{0,300}?"
    r"(?:presents\s+its\s+co(?:m|rn)p[l1]iments|présente\s+ses\s+compliments|saluda\s+atentamente|"
    r"свидетельствует\s+сво[её]\s+уважение|has\s+the\s+honou?r\s+to\s+(?:transmit|forward|submit|provide|inform))", _I)
# the Committee's own note verbale ("The secretariat of the Committee on the Elimination of Racial Discrimination
# presents its compliments to the Permanent Mission ... and has the honour to acknowledge receipt"), and a
# corrigendum to one of its letters ("CORRIGENDUM / Letter of the Committee ... dated 14 March 2025")
_COMMITTEE_NOTE = rx.compile(
    r"^[ \t]*The\s+(?:secretariat\s+of\s+the\s+)?(?:Committee\s+on\s+the\s+Elimination\s+of\s+Racial\s+Discrimination|CERD)\b"
    r"[^.]{0,80}?\bpresents\s+its\s+compliments\s+to\s+the\s+" + _MISSION + r"|"
    r"^[ \t]*Le\s+(?:secr[ée]tariat\s+du\s+)?Comit[ée]\s+pour\s+l['’][ée]limination\s+de\s+la\s+discrimination\s+raciale\b"
    r"[^.]{0,80}?\bpr[ée]sente\s+ses\s+compliments\s+[àa]\s+la\s+" + _MISSION + r"|"
    r"^[ \t]*CORRIGENDUM[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:Letter|Lettre|Carta)\s+(?:of|from|du|de\s+la|del)\s+(?:the\s+)?"
    r"(?:Committee|Comit[ée]|Chair)", _I | re.M)
_MISSION_HEAD = rx.compile(r"^[ \t]*" + _MISSION, _I | re.M)  # the Mission's letterhead
_MY_GOVERNMENT = rx.compile(r"\b(?:my|our)\s+Government\b|\bmon\s+Gouvernement\b|\bmi\s+Gobierno\b|\bмо[её]\s+правительств|"
                            r"\bI\s+have\s+the\s+hono(?:u)?r\s+to\s+(?:refer\s+to|acknowledge\s+receipt\s+of|reply\s+to|respond\s+to)\s+"
                            r"(?:your|the\s+Committee['’]s)\s+letter|"
                            r"\bJ['’]ai\s+l['’]honneur\s+(?:d['’]accuser\s+r[ée]ception\s+de|de\s+me\s+r[ée]f[ée]rer\s+[àa]|de\s+r[ée]pondre\s+[àa])\s+"
                            r"votre\s+lettre|\bTengo\s+el\s+honor\s+de\s+(?:acusar\s+recibo\s+de|referirme\s+a|responder\s+a)\s+su\s+(?:carta|nota)", re.I)
_STATE_REPLY_TITLE = rx.compile(
    r"^\s*(?:Information|Reply|Response|Comments|Observations)\s+(?:of|from|by)\s+the\s+Government\s+of\b|"
    # a State's follow-up information as a UN document: "Information received from X on follow-up to the concluding
    # observations", "Información recibida de X acerca del seguimiento", "Informations reçues de X sur la suite donnée"
    r"^\s*(?:Information\s+received\s+from|Informaci[óo]n\s+recibida\s+de|Informations\s+re[çc]ues\s+de)\s+[^\n]{2,80}?"
    r"\s+(?:on|concerning|regarding|acerca\s+del?|sobre\s+el|relativa\s+al|sur|concernant)\s+(?:the\s+|la\s+)?"
    r"(?:follow-up|seguimiento|suite)\b|"
    r"^\s*(?:Réponse|Informations?|Observations)\s+du\s+Gouvernement\b|"
    r"^\s*(?:Respuesta|Información|Observaciones)\s+del\s+Gobierno\b", _I | re.M)
_DECISION = rx.compile(
    r"\bDecision\s+\d{1,2}\s*\(\d{2,3}\)|\b[A-Z]{2,6}/C/[A-Z]{3}/DEC/\d|\bConcluding\s+observations\b|"
    r"\bObservations\s+finales\b|\bObservaciones\s+finales\b|\bD[ée]cision\s+\d{1,2}\s*\(\d{2,3}\)|"
    r"\bStatement\s+\d{1,2}\s*\(\d{2,3}\)|\b[A-Z]{2,6}/C/[A-Z]{3}/CO/\d|"
    r"\b(?:adopts?|adopted)\s+the\s+following\s+(?:decision|statement)\b", _I)
# A decision or concluding observations as the document itself: its title or symbol heads the text.
_DECISION_TITLE = rx.compile(
    # "Statement on the situation of the Kelani ... / Adopted by the Committee at its 2441st meeting"
    r"^[ \t]*(?:Statement|D[ée]claration|Declaraci[óo]n)\s+(?:on|sur|sobre)\b[^\n]{0,200}(?:\n[^\n]*){0,4}?\n[ \t]*"
    r"(?:Adopted\s+by\s+the\s+Committee|Adopt[ée]e\s+par\s+le\s+Comit[ée]|Aprobada\s+por\s+el\s+Comit[ée])\b|"
    r"^[ \t]*(?:(?:Decision|D[ée]cision|Decisi[óo]n|Statement)\s+\d{1,2}\s*\(\d{2,3}\)|"
    r"(?:Concluding\s+observations|Observations\s+finales|Observaciones\s+finales)\s+(?:on|sur|sobre)\b)|"
    r"\b[A-Z]{2,6}/C/[A-Z]{3}/(?:DEC|CO)/\d[^\n]{0,80}\n(?:[^\n]*\n){0,3}?[^\n]*\bDistr\b|"
    r"\b(?:adopts?|adopted)\s+the\s+following\s+(?:decision|statement)\b", _I | re.M)
_DECISION_HEADING = rx.compile(  # (OCR reads the digits "111" as "lll", "DEC/1" as "DEC/l")
    r"^[ \t]*(?:Decision|D[ée]cision|Decisi[óo]n)\s+[\dlI]{1,2}\s*\([\dlIO]{2,3}\)[ \t]*$|"
    r"\b[A-Z]{2,6}/C/[A-Z]{3}/(?:DEC|CO)/[\dlI][^\n]{0,80}\n(?:[^\n]*\n){0,3}?[^\n]*\bDistr\b|"
    # the Committee's opinion on an individual communication: "CERD/C/114/D/71/2022", "Opinion adopted by the
    # Committee under article 14 of the Convention"
    r"\b[A-Z]{2,6}/C/\d{2,3}/D/\d{1,4}/\d{4}\b|"
    r"^[ \t]*(?:Opinion|Views|Decision|Avis|Décision|Opinión|Decisión)\s+(?:adopted|adopté[e]?|adoptad[ao]|aprobad[ao])\s+"
    r"(?:by\s+the\s+Committee|par\s+le\s+Comité|por\s+el\s+Comité)\s+(?:under|au\s+titre\s+de|en\s+virtud\s+del)\s+(?:article|l['’]article|artículo)\s+14\b", re.M)
_IN_CAPACITY = rx.compile(r"\bin\s+(?:my|our)\s+capacit(?:y|ies)\s+as\b" + _NOT_COMMITTEE_OFFICE + r"|\ben\s+(?:notre|ma)\s+qualit[ée]\s+de\b|"
                          r"\ben\s+(?:nuestra|mi)\s+calidad\s+de\b|"
                          # the experts' own press release: "PRESS RELEASE – SPECIAL PROCEDURES", "UN experts today ..."
                          r"\b(?-i:SPECIAL\s+PROCEDURES)\b|\b(?:UN|United\s+Nations)\s+(?:human\s+rights\s+)?experts?\b", _I)
_GOVERNMENT_ANSWERS = rx.compile(
    r"\bthe\s+Government\s+(?:wishes|would\s+like|has\s+the\s+honou?r)\s+to\s+inform\s+the\s+Committee\b|"
    r"\bthe\s+Government\s+(?:categorically\s+|firmly\s+|strongly\s+)?(?:rejects|refutes|denies)\s+the\s+allegations?\b|"
    r"\bWith\s+(?:regard|reference|respect)\s+to\s+(?:paragraph|request|point)\s+\(?[a-z]\)?\s+of\s+the\s+(?:letter|communication)\b|"
    r"\ble\s+Gouvernement\s+(?:souhaite\s+informer|rejette\s+(?:cat[ée]goriquement\s+)?les?\s+all[ée]gations?)\b|"
    r"\bel\s+Gobierno\s+(?:desea\s+informar|rechaza\s+(?:categ[óo]ricamente\s+)?las?\s+(?:alegaciones|denuncias))\b", _I)
_EXCELLENCY = rx.compile(r"^\s*(?:Excellenc[yv]|Excellence|Excelencia|Your\s+Excellency|Dear\s+Ambassador|"
                         r"Ваше\s+Превосходительство|Madame|Monsieur|Señor|Señora|Excelent[íi]sim[oa])\b", _I | re.M)
_COMMITTEE = rx.compile(
    r"Co(?:mm|rnm|mrn|rnrn)ittee\s+on\s+the\s+Elimination\s+of\s+Racial\s+Discrimination|\bCERD\b|"
    r"Comit[ée]\s+pour\s+l['’]élimination\s+de\s+la\s+discrimination\s+raciale|"
    r"Comit[ée]\s+para\s+la\s+Eliminaci[óo]n\s+de\s+la\s+Discriminaci[óo]n\s+Racial|"
    r"Комитет\w*\s+по\s+ликвидации\s+расовой\s+дискриминации|"
    r"\bthe\s+Committee\s+(?:requests|would\s+be\s+grateful|considered|decided|recalls|urges)", _I)
# the Committee's Chair signing: the title alone on its line or followed by the Committee's name, not "Chairman,
# Sengwe Elders Council", "Chair      Legal adviser" (two signatures side by side) or "Председатель правления"
_COMMITTEE_SIGN = rx.compile(r"^\s*(?:Chair|Chairperson|Chairman|Président[e]?|Presidente?|Председатель)\b(?!-)"
                             r"(?=[ \t]*(?:\n|$)|,?[ \t]+(?:of\s+the\s+|du\s+|del\s+)?(?:Committee|Comit|CERD|Комитет))", _I | re.M)
_NGO = rx.compile(
    r"\b(?:Foundation|Association|NGO|non-governmental\s+organi[sz]ation|Watch|Monitor|Collective|Network|Coalition|Forum|"
    r"(?<!Rights\s)(?<!Security\s)(?<!Economic\s)Council|Centre|Coordinadora|Coordination|Defenders|"
    r"Submitted\s+by|on\s+behalf\s+of\s+the|(?:urgent\s+)?submission\s+of\s+the|Briefing\s+(?:paper|note)|"
    r"submitted\s+to\s+the\s+Committee|"
    r"Alliance|Institute|Society|Federation|Movement|Memorial|Amnesty|Minority\s+Rights\s+Group|"
    r"Fondation|Asociaci[óo]n|Fundaci[óo]n|Observatorio|Observatoire|Colectivo|Collectif)\b|"
    r"^\s*(?:Informe\s+(?:urgente|alternativo|sombra|paralelo)|Rapport\s+alternatif|Appel\s+urgent|Comunicado\s+de\s+prensa)\b|"
    r"\b(?:solicitamos|exigimos|instamos|condenamos|exhortamos|nous\s+(?:demandons|appelons|condamnons|exhortons))\b|"
    r"\bПравозащитн\w+|\bобщественн\w+\s+организаци\w+|^\s*(?:Пресс-релиз|Заявление|Обращение)\b|"
    r"\b[Мм]ы\s+(?:призываем|требуем|осуждаем)\b|"
    r"^\s*(?:Statement|Press\s+release|Submission|Urgent\s+(?:action|appeal|alert)|Joint\s+statement|"
    r"(?:Request|Petition|Appeal)\s+for\s+(?:urgent|early)\s+(?:action|warning)|Declaraci[óo]n\s+p[úu]blica|"
    r"Shadow\s+report|Alternative\s+report|Parallel\s+report|Communiqué|Déclaration|Declaraci[óo]n)\b|"
    r"\bwe\s+(?:urge|demand|call\s+(?:on|upon)|condemn|request|welcome|are\s+deeply)\b", _I | re.M)


# An intergovernmental human-rights body heading its own text (a regional commission's press release,
# OHCHR): DOMAIN.md files these under "other", not with NGOs, whatever the text's wording
_INTERGOVERNMENTAL = rx.compile(
    r"\b(?:Commission|Commissioner|Court)\s+(?:on|of|for)\s+Human\s+(?:and\s+Peoples['’]?\s+)?Rights\b|"
    # a national human-rights institution: an ombudsman, a human rights commission, a defender of rights
    r"\bOmbuds(?:man|person|woman)\b|\bDefensor[íi]a\s+del\s+Pueblo\b|\bD[ée]fenseur\s+des\s+droits\b|\bPublic\s+Defender\b|"
    r"\b(?:National\s+)?Human\s+Rights\s+(?:Commission|Institution)\b|\bInter-American\s+Commission\b|\bHigh\s+Commissioner\s+for\s+Human\s+Rights\b|\bOHCHR\b|\bODIHR\b|"
    # the Office's web page: "UNITED NATIONS / HUMAN RIGHTS / OFFICE OF THE HIGH COMMISSIONER"
    r"^\s*(?-i:UNITED\s+NATIONS)\s*$|\bOffice\s+of\s+the\s+High\s+Commissioner\b", _I | re.M)
_NGO_ISSUER = rx.compile(r"\b(?:Submitted\s+by|NGO|non-governmental|Foundation|Association|Watch|Network|Coalition|"
                         r"Alliance|Institute|Society|Centre|Center)\b", _I)


# a news piece or summary about a session ("GENEVA (17 December 2018) – The Committee ... concluded its
# session"; "said", "told", "reported"): it may name concluding observations without being them
_REPORTED_SPEECH = rx.compile(r"\b(?:concluded\s+its|wrapped\s+up|closed\s+its)\s+(?:\w+\s+){0,3}session\b|\b(?:said|told|"
                              r"according\s+to\s+(?:a\s+)?(?:press|news))\b|(?-i:^[ \t]*By\s+[A-Z][a-z]+\s+[A-Z][a-z]+\b)", re.I | re.M)
_TO_THE_COMMITTEE = rx.compile(r"^[ \t]*(?:To|À|A|Para)\s*:?[ \t]+(?:The\s+|Le\s+|La\s+|El\s+)?(?:(?:Committee|Comit[ée])\s+(?:on|pour|para)\b|CERD\b|"
                               r"(?:Chair\w*|Pr[ée]sident\w*|Members?|Secretariat|Committee|Comit[ée])\b[^\n]*(?:\n[^\n]*){0,2}?"
                               r"(?:Committee|Comit[ée]))", _I | re.M)


# what an NGO's own document says at its head: the kind of paper it is
_NGO_HEAD = rx.compile(r"^\s*(?:JOINT\s+(?:LETTER|STATEMENT|SUBMISSION|APPEAL|URGENT\s+(?:ACTION|APPEAL))|(?i:check\s+against\s+delivery)|"
                       r"BRIEFING\s+(?:NOTE|PAPER)|STATEMENT\s+(?:BY|OF|TO|BEFORE)\b|DECLARACI[ÓO]N\s+(?:ANTE|DE)\b|D[ÉE]CLARATION\s+(?:DE|DEVANT|DU)\b|"
                       r"ATTORNEYS?[- ]AT[- ]LAW|ADVOCATES\s*(?:&|AND)|BARRISTERS|SOLICITORS|ИНФОРМАЦИОННАЯ\s+ЗАПИСКА|"
                       r"Note\s+to\s+the\s+(?:UN\s+|United\s+Nations\s+)?Committee\b|"
                       r"(?:ALTERNATIVE|SHADOW|PARALLEL)\s+REPORT|"
                       r"PRESS\s+(?:RELEASE|STATEMENT)|MEDIA\s+(?:RELEASE|STATEMENT)|PUBLIC\s+STATEMENT|URGENT\s+(?:ALERT|APPEAL|ACTION)(?!\s+PROCEDURE)|INFORME\s+(?:ALTERNATIVO|SOMBRA|URGENTE)|"
                       r"RAPPORT\s+ALTERNATIF|APPEL\s+URGENT|COMMUNIQU[ÉE]\s+DE\s+PRESSE|"
                       # "Comunicado: el Gobierno de Tarquena minimiza ...": an organisation's release titled so
                       r"(?i:Comunicado(?:\s+de\s+prensa)?|Communiqu[ée](?:\s+de\s+presse)?)\s*[:–—-]|"
                       r"(?i:(?:Soumission|Submission|Sumisi[óo]n|Informe)\s+(?:au|to\s+the|al)\s+Comit)|JOINT\s+PRESS\s+RELEASE|"
                       r"SUBMISSION\b|(?:URGENT\s+)?REQUEST\s+FOR\s+(?:URGENT|EARLY)\s+(?:ACTION|WARNING)|URGENT\s+ACTION\s+REQUEST|"
                       # "Request for urgent action: Irven Falls dam, Kingdom of Haldria" as a title in mixed case
                       r"(?i:request\s+for\s+(?:urgent\s+action|early\s+warning)(?:\s+measures)?\s*[:–—-])|"
                       r"Submitted\s+by\s*:|FOLLOW-UP\s+SUBMISSION|(?i:Organi[sz]ation|Speaker)[ \t]*:|"
                       # a statement's title alone on its line: "STATEMENT", "ORAL STATEMENT", "DÉCLARATION", "ОБРАЩЕНИЕ"
                       r"(?:ORAL\s+|PUBLIC\s+|WRITTEN\s+)?(?:STATEMENT|D[ÉE]CLARATION|DECLARACI[ÓO]N|ОБРАЩЕНИЕ|ЗАЯВЛЕНИЕ)[ \t]*$|"
                       r"ОБЩЕСТВЕНН\w+\s+(?:ОБЪЕДИНЕНИЕ|ОРГАНИЗАЦИЯ)|(?i:Общественн\w+\s+(?:объединение|организация))\s*«)", re.M)
# a newspaper: its masthead, or a byline on a line of its own
_NEWS = rx.compile(r"^\s*(?:THE\s+)?[A-Z][A-Z' ]{2,40}\s(?:DAILY|POST|TIMES|NEWS|HERALD|GAZETTE|TRIBUNE|JOURNAL|CHRONICLE|"
                   r"OBSERVER)\b|^\s*(?:RADIO|TELEVISION|TV)\s+[A-Z][A-Z\d.' ]{2,40}\b|^\s*TRANSCRIPT\b|^\s*By\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s*$", re.M)
_MAIL_HEAD = re.compile(r"\s*(?:From|De|Von|От)\s*:[^\n]*\n(?:[^\n]*\n){0,6}?\s*(?:Subject|Objet|Asunto|Тема)\s*:", re.I)
_QUOTED_LINE = re.compile(r"(?m)^[ \t]*>[^\n]*$")
_ADDRESSES = rx.compile(r"\S+@\S+|\bwww\.\S+|\bhttps?://\S+")


def _ngo_head(text: str) -> bool:
    """An NGO's own paper ("JOINT LETTER", "ALTERNATIVE REPORT", "PRESS RELEASE" at its head, or an organisation's
    name in capitals on its first line), not a regional body's or OHCHR's press release."""
    return bool(_NGO_HEAD.search(text, 0, 2000) or _NGO_REPORT_TITLE.search(text, 0, 600)
                or _ORG_LETTERHEAD.match(text)) \
        and not _issuer_is_intergovernmental(text) \
        and not _IN_CAPACITY.search(text, 0, 1200)  # "PRESS RELEASE – SPECIAL PROCEDURES": the experts' own


# "FEDERACIÓN DE COMUNIDADES NATIVAS MATSIRARI DEL SHIMBAYA – FECONAMAS", "ПРАВОЗАЩИТНАЯ ИНИЦИАТИВА": an organisation's
# name in capitals on the first line of the text
_ORG_LETTERHEAD = rx.compile(r"(?:SYNTHETIC\s+TEST\s+DOCUMENT[^\n]*\n(?:[^\n]+\n)*)?\s*(?-i:[^\n]{0,60}\b(?:CONSEJO(?!\s+DE\s+DERECHOS)|CONSEIL(?!\s+DES\s+DROITS)|FEDERACI[ÓO]N|ASOCIACI[ÓO]N|COORDINADORA|ORGANIZACI[ÓO]N\s+(?:IND[ÍI]GENA|"
                             r"DE\s+LOS|DE\s+LAS)|CABILDO|COLECTIVO|FUNDACI[ÓO]N|OBSERVATORIO|F[ÉE]D[ÉE]RATION|COLLECTIF|"
                             r"OBSERVATOIRE|LIGUE|MOUVEMENT|ASSOCIATION|FOUNDATION|COALITION|NETWORK|ALLIANCE|"
                             r"ПРАВОЗАЩИТН\w+|ОБЩЕСТВЕНН\w+)\b)")
# "Roma Housing Watch - Kastovia     Parallel report to CERD, 117th session     17": a running header
_NGO_REPORT_TITLE = rx.compile(r"\b(?:Parallel|Shadow|Alternative)\s+report\s+(?:to|submitted\s+to|for)\s+(?:the\s+)?(?:CERD|Committee)\b",
                               re.I)
_STAMP_DATE = rx.plain(r"[\s\d.]*(?:[A-Z]{3}\.?)?[\s\d.]*", re.I)  # "0 2 JUN 2025" under a registry's stamp


_TEST_NOTICE = re.compile(r"\s*SYNTHETIC\s+TEST\s+DOCUMENT\b")
_ADDRESSEE_LINE = re.compile(r"\s*(?:(?:To|For|Attn\.?|Attention|À|A|Para|Destinataires?)\s*:|c/o\b|Copy\s*:|Cc\s*:)", re.I)


def _issuer_is_intergovernmental(text: str) -> bool:
    head_lines: list[str] = []
    in_block = False
    for ln in text[:800].splitlines():
        if not ln.strip():
            in_block = False
            continue
        if _ADDRESSEE_LINE.match(ln) or _TEST_NOTICE.match(ln):
            # "To: ... OHCHR" and the lines under it name the addressee, not the issuer; a test document's
            # notice ("SYNTHETIC TEST DOCUMENT. Halvrek ... are fictional") names no one
            in_block = True
        if in_block or REGISTRY_STAMP.search(ln) or _STAMP_DATE.fullmatch(ln):
            continue
        head_lines.append(ln)
        if len(head_lines) == 3:
            break
    head = _ADDRESSES.sub(" ", "\n".join(head_lines))  # "To: CERD <cerd@ohchr.org>" names no issuer
    return bool(_INTERGOVERNMENTAL.search(head)) and not _NGO_ISSUER.search(head)


def classify(doc: SourceDocument) -> tuple[DocumentKind, float]:
    text = scan_text(doc.text)
    if _MAIL_HEAD.match(text) and _QUOTED_LINE.search(text):
        # an e-mail that quotes ("> ...") a letter is the e-mail, whatever the letter it quotes is
        text = _QUOTED_LINE.sub(lambda m: " " * len(m.group(0)), text)
    # a pattern's `endpos` reads the text as if it ended there, like a slice, without copying it
    head = 2500
    if _COMMITTEE_NOTE.search(text, 0, head):
        return DocumentKind.COMMITTEE_LETTER, 0.8
    if _NOTE_FROM_STATE.search(text, 0, head) or _STATE_REPLY_TITLE.search(text, 0, head):
        return DocumentKind.STATE_REPLY, 0.9
    if _MISSION_HEAD.search(text, 0, 400) and _MY_GOVERNMENT.search(text, 0, 6000):
        # a letter on a Mission's letterhead, signed by its head: "I have the honour to refer to your letter
        # ... my Government"
        return DocumentKind.STATE_REPLY, 0.85
    if _DECISION_HEADING.search(text, 0, 4000):
        # "Decision 2 (99)" or a DEC/CO symbol over "Distr." heads the text: a decision, even when its
        # preamble names a Special Rapporteur whose information it considered
        return DocumentKind.DECISION, 0.85
    ngo = _ngo_head(text)
    sp = _SPECIAL_PROCEDURE.search(text, 0, head)
    if sp and not ngo and (sp.start() < 1200 or _IN_CAPACITY.search(text, 0, 1200)) and not _COMMITTEE_SIGN.search(text[-800:]):
        # the mandates head the letter ("Mandates of ...", "in our capacities as"); an NGO asking, far down, to
        # "invite the Special Rapporteur on ..." is not one
        return DocumentKind.OTHER, 0.8
    if _DECISION_TITLE.search(text, 0, 4000):
        return DocumentKind.DECISION, 0.85
    if not ngo and _EXPERTS_RELEASE.search(text, 0, 1000):
        # "GENEVA (16 May 2024) – UN experts today expressed alarm ...": the experts' own press release
        return DocumentKind.OTHER, 0.75
    committee = _COMMITTEE.search(text)
    letter_form = bool(_EXCELLENCY.search(text, 0, 6000) or _COMMITTEE_SIGN.search(text))
    to_committee = _TO_THE_COMMITTEE.search(text, 0, 1500) is not None
    if letter_form and to_committee:
        letter_form = False  # a submission addressed to the Committee ("To: The Chairperson, Committee ..."), not its letter
    if _decision_cue(text) and not (committee and letter_form) and not _REPORTED_SPEECH.search(text, 0, 1500) \
            and not ngo and not to_committee:
        # an NGO's report citing concluding observations is not them, nor is a paper addressed to the Committee
        return DocumentKind.DECISION, 0.7
    if UN_MASTHEAD.search(text, 0, 1500):
        # "Distr.: General" under a UN symbol, and no decision: the Committee's annual report, a summary record of
        # a meeting, a document of the United Nations that neither writes to a State nor speaks for an NGO
        return DocumentKind.OTHER, 0.7
    if committee and letter_form and not ngo:
        return DocumentKind.COMMITTEE_LETTER, 0.85
    if not ngo and not committee and _SP_BODY.search(text) and not _TO_THE_COMMITTEE.search(text, 0, 1500):
        # a page of a special-procedures letter without its head: "your Excellency's Government", "will be made public
        # via the communications reporting website", "los mandatos que nos han sido otorgados"
        return DocumentKind.OTHER, 0.75
    if _GOVERNMENT_ANSWERS.search(text, 0, 6000):
        # an excerpt of a reply without its heading: "the Government wishes to inform the Committee", "the
        # Government categorically rejects the allegation", "With regard to paragraph (a) of the letter"
        return DocumentKind.STATE_REPLY, 0.7
    if _NEWS.search(text, 0, 1500) and not ngo:
        return DocumentKind.OTHER, 0.6  # a news article about the events
    if ngo:
        return DocumentKind.NGO_STATEMENT, 0.75
    ngo_hits = len(_NGO.findall(text, 0, 20000))
    if ngo_hits and _issuer_is_intergovernmental(text):
        return DocumentKind.OTHER, 0.6
    if ngo_hits >= 2 or (ngo_hits == 1 and (not committee or to_committee)):
        # an organisation's paper, or one it addresses to the Committee ("To: Committee on the Elimination ...")
        return DocumentKind.NGO_STATEMENT, 0.65
    if committee and re.search(r"\bthe\s+Committee\s+(?:requests|would\s+be\s+grateful|urges|invites)\b", text, _I):
        return DocumentKind.COMMITTEE_LETTER, 0.6
    if _EXCELLENCY.search(text, 0, 6000) and _SPECIAL_PROCEDURE.search(text):
        return DocumentKind.OTHER, 0.6
    return DocumentKind.OTHER, 0.4


# "in its concluding observations on Halvrek (CERD/C/HVK/CO/23-24, paragraph 18)": a text citing the Committee's
# findings, not them
_CITED_BEFORE = rx.compile(r"(?:\b(?:its|their|the\s+Committee['’]s|CERD['’]s|recent|latest|previous|last|(?:see|cf)\.?)\s+|"
                           r"\bin\s+(?:its|the)\s+|\b(?:en\s+)?sus\s+|\b(?:dans\s+)?ses\s+|\(\s*(?:see\s+)?|,\s*)$", _I)


def _decision_cue(text: str) -> bool:
    """A decision's or concluding observations' words in the head that are not a citation of them."""
    return any(not _CITED_BEFORE.search(text, max(0, m.start() - 30), m.start()) for m in _DECISION.finditer(text, 0, 4000))


_EXPERTS_RELEASE = rx.compile(r"\b(?:UN|United\s+Nations)\s+(?:human\s+rights\s+)?experts?\b|\bexpert[oa]s\s+(?:de\s+la\s+ONU|"
                              r"de\s+(?:las\s+)?Naciones\s+Unidas|independientes\s+de\s+la\s+ONU)\b|"
                              r"\bexperts?\s+(?:de\s+l['’]ONU|des\s+Nations\s+Unies|ind[ée]pendants\s+de\s+l['’]ONU)\b", _I)
_SP_BODY = rx.compile(r"\byour\s+Excellency['’]s\s+Government\b|\bcommunications\s+reporting\s+website\b|"
                      r"\bGobierno\s+de\s+Su\s+Excelencia\b|\bGouvernement\s+de\s+Votre\s+Excellence\b|"
                      r"\bmandatos\s+que\s+nos\s+han\s+sido\s+otorgados\b|\bmandats?\s+qui\s+nous\s+(?:a|ont)\s+été\s+confiés?\b|"
                      r"\bmandates\s+provided\s+to\s+us\s+by\s+the\s+Human\s+Rights\s+Council\b|"
                      r"\bsitio\s+web\s+de\s+comunicaciones\b|\bsite\s+internet\s+(?:consacré\s+aux|des)\s+communications\b", _I)
_QUOTED = rx.compile(r"[\"“«][^\"”»\n]{120,}[\"”»]")
def writes_to_a_state(text: str) -> bool:
    """A document of kind "other" that is itself a letter to a State (a special-procedures communication:
    "Excellency", "Mandates of ...", "in our capacities as ..."), not a press release or an article that
    reports what was asked of a State: only such a letter makes requests and sets a deadline."""
    return bool(_EXCELLENCY.search(text, 0, 6000) or _SPECIAL_PROCEDURE.search(text, 0, 1500) or _SP_BODY.search(text)
                or (_TO_AUTHORITY.search(text, 0, 1500) and _ASKS_AUTHORITY.search(text)))


# an ombudsman's or a commission's letter to a ministry: "To: Ministry of Social Affairs ...", "The Ombudsman requests
# the Ministry to inform her, not later than ..."
_TO_AUTHORITY = rx.compile(r"^[ \t]*(?:To|À|A|Para)\s*:?[ \t]+(?:The\s+|Le\s+|La\s+|El\s+)?(?:Minist(?:ry|er|ère|re|erio|ro)|"
                           r"Government|Gouvernement|Gobierno|Prime\s+Minister|Premier\s+ministre)\b", _I | re.M)
_ASKS_AUTHORITY = rx.compile(r"\b(?:requests?|asks?|invites?)\s+the\s+(?:Ministry|Minister|Government)\s+to\b|"
                             r"\b(?:prie|demande\s+[àa])\s+(?:le|la)\s+(?:Minist[èe]re|Ministre|Gouvernement)\b|"
                             r"\b(?:solicita|pide)\s+al\s+(?:Ministerio|Ministro|Gobierno)\b", _I)


_CYRILLIC = rx.compile(r"[\u0400-\u04ff]")


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code of the document's main language and a probability."""
    # long quotations in another language ("Entre enero y mayo de 2016 ...") do not make the letter theirs
    sample = _QUOTED.sub(" ", text[:6000])[:1500]
    letters = sum(map(str.isalpha, sample))
    if letters < 20:
        return "und", 0.0
    sure = language.function_words(sample, letters)
    if sure is not None:
        return sure
    try:
        lang, prob = language.identifier().classify(sample)
    except Exception:  # pragma: no cover - the model ships with the package
        return "und", 0.0
    if lang not in ("en", "fr", "es", "ru", "ar", "zh") and prob < 0.9:
        cyr = len(_CYRILLIC.findall(sample[:4000]))
        lang = "ru" if cyr > letters / 2 else "en"
        prob = 0.5
    return str(lang), float(prob)
