"""heldout9 round: replies as secretariats receive them (a Word note verbale with an annex table, an e-mail, a web page,
French and Spanish notes) and letters written in French or Spanish. Every State, person and place here is fictional."""

from __future__ import annotations

import pytest
from test_coverage import _blind_set_accuracy, _one, paras

from tocsin.analyse.aspects import asks_for_measures, asks_for_number, aspect_parts, gives_reason, head_tokens
from tocsin.analyse.coverage import ANSWERED, PARTIAL, UNANSWERED, assess_coverage
from tocsin.analyse.lexical import fold, stem, tokens
from tocsin.analyse.reply import SentenceKind, classify_sentence, is_table, read_reply, table_rows
from tocsin.analyse.similarity import HashingEmbedder


@pytest.mark.parametrize("kind", ["hashing", "onnx"])
def test_heldout9_floor(kind):
    """The ninth blind set on its own: first run 0.462 (ONNX) / 0.500 (hashing), all 26 requests right after the
    round with both; kept at >= 0.96 and no request the gold calls unanswered reported answered."""
    assert _blind_set_accuracy("heldout9", kind) >= 0.96


# --- reading the reply: letterhead, e-mails, Word tables -------------------------------------------------------------

def test_letterhead_above_the_covering_paragraph_is_no_body():
    body = read_reply(paras(
        "PERMANENT MISSION OF THE REPUBLIC OF OSTRIVA",
        "Quai du Lac 00, 1201 Geneva | Tel. +00 22 700 0000 | mission@ostriva.example",
        "No. GVA/2025/77",
        "The Permanent Mission of the Republic of Ostriva presents its compliments to the Office of the High "
        "Commissioner and has the honour to transmit the following information.",
        "1. The Lenka settlement was connected to the water network on 3 May 2025.",
        "2. Two officers were suspended."), markers=["a", "b"])
    assert [p.label for p in body.paragraphs] == [1, 2]
    # the same in Spanish and French notes (a typographic apostrophe in "a l’honneur")
    for covering in (("La Misión Permanente de Ostriva saluda atentamente a la Oficina y tiene el honor de transmitir "
                      "la siguiente información:"),
                     ("La Mission permanente d’Ostriva présente ses compliments au Haut-Commissariat et a l’honneur de "
                      "lui communiquer les informations suivantes.")):
        body = read_reply(paras("MISIÓN PERMANENTE DE OSTRIVA", "Nota N.º 2025/14 – DH", covering,
                                "El asentamiento de Lenka fue conectado a la red de agua el 3 de mayo de 2025."),
                          markers=["a"])
        assert [p.label for p in body.paragraphs] == [4]


def test_email_header_sign_off_and_quoted_reminder_are_no_reply():
    reqs = [("1", "the investigation into the arson attack on the market of Velko on 2 March 2025"),
            ("2", "the measures taken to counter hate speech online against the Dorani")]
    mail = paras(
        'From: "Mission of Ostriva" <mission@ostriva.example> To: Secretariat <sec@un.example> Subject: Reply '
        "Date: Mon, 1 Sep 2025 10:00:00 +0200",
        "Dear Ms. Hallam,",
        "The police identified two suspects in the arson attack on the market of Velko on 2 March 2025; both were "
        "charged on 9 April 2025.",
        "Kind regards,",
        "Iva Tomsen First Secretary Permanent Mission of Ostriva Tel. +00 22 555 0100 mission@ostriva.example",
        "-----Original Message----- From: Secretariat <sec@un.example> Sent: Monday, 18 August 2025 To: "
        "mission@ostriva.example Subject: Reminder",
        "We would like to recall that the Committee requested information by 31 July 2025, including on the "
        "measures taken to counter hate speech online against the Dorani, and we would be grateful for a reply "
        "at your earliest convenience, as the Committee will meet in September.")
    body = read_reply(mail, markers=["1", "2"])
    assert [p.label for p in body.paragraphs] == [3]
    rep = assess_coverage(reqs, mail, embedder=HashingEmbedder())
    assert [r.status for r in rep.requests] == [ANSWERED, UNANSWERED]


def test_word_table_rows_answer_a_request_for_figures():
    table = ("Indicator | 2023 | 2024 Complaints of racial discrimination received by the Equality Body | 101 | 117 "
             "Criminal proceedings initiated | 9 | 12 Convictions | 3 | 5 Pupils in special classes | 210 | 190 "
             "of whom Dorani pupils | 150 | 131")
    assert is_table(table) and table_rows("Quai du Lac 00, 1201 Geneva | Tel. +00 22 700 0000 | mission@x.example") == []
    assert table_rows(table) == [
        "Indicator | 2023 | 2024", "Complaints of racial discrimination received by the Equality Body | 101 | 117",
        "Criminal proceedings initiated | 9 | 12", "Convictions | 3 | 5",
        "Pupils in special classes | 210 | 190; of whom Dorani pupils | 150 | 131"]
    reply = paras("1. The Constitution guarantees equality.", "2. The statistics requested are provided in the annex.",
                  "The Mission avails itself of this opportunity to renew the assurances of its highest consideration.",
                  "Annex", "Statistical information", table)
    body = read_reply(reply, markers=["a"])
    assert body.paragraphs[-1].table and body.paragraphs[-1].label == 3  # the annex table after the body's last number
    req = ("The number of complaints of racial discrimination received by the Equality Body in 2023 and 2024, and the "
           "number of prosecutions and convictions that followed")
    assert _one(req, *[p.text for p in reply]) == ANSWERED


def test_free_of_charge_is_no_charge():
    assert "~charge" not in tokens("two water points supply drinking water free of charge")
    assert "~charge" in tokens("nine were released without charge")


# --- what the evidence must say ---------------------------------------------------------------------------------------

def test_a_breakdown_needs_the_figure_and_the_group_in_one_sentence():
    req = ("the identity checks carried out at the Tesk crossing since 2024, including any figures disaggregated by "
           "ethnic origin")
    assert _one(req, "Identity checks at the Tesk crossing are never carried out on the basis of ethnic origin. "
                     "In 2024, 9,120 identity checks were carried out at the Tesk crossing.") == PARTIAL
    assert _one(req, "In 2024, 9,120 identity checks were carried out at the Tesk crossing, 1,204 of them on persons "
                     "of Dorani ethnic origin.") == ANSWERED


def test_a_wrong_denied_is_no_measure_against_it():
    req = "the measures taken to prevent ethnic profiling by the border police"
    assert _one(req, "Checks are carried out by the border police under section 12 of the Border Act and never on "
                     "the basis of the ethnic origin of travellers.") == UNANSWERED
    assert _one(req, "Since March 2025 every border police officer has been trained to prevent ethnic profiling, "
                     "and each check is recorded with its reason.") == ANSWERED


def test_ensure_that_people_have_access_asks_for_the_service():
    req = ("The measures taken to ensure that the families living in the Orlo settlement have access to safe drinking "
           "water and electricity")
    assert head_tokens(req) == {"safe", "~water", "electricity"}
    assert _one(req, "In May 2025 the water company installed two water points in the Orlo settlement, which supply "
                     "drinking water to its 40 families, and the settlement was connected to the electricity "
                     "grid.") == ANSWERED
    assert _one(req, "The families living in the Orlo settlement are registered with the municipality.") == UNANSWERED


def test_reply_words_for_notice_and_alternative_housing():
    assert "~notify" in tokens("The families were informed of the proceedings in January 2025")
    assert stem("alternatively") == stem("alternative")
    assert "alternat" in tokens("The municipality offered all families places in the municipal accommodation centre")
    assert "alternat" not in tokens("compensation will be provided to the families whose homes were destroyed")
    req = ("the legal basis for the eviction of the families from the Vira encampment on 4 May 2025, the notice given "
           "to them and the alternative accommodation offered")
    assert _one(req, "The clearance of the Vira encampment was ordered by the District Court on 28 April 2025 under "
                     "section 40 of the Civil Code. The families were informed of the date of enforcement on 29 April "
                     "2025. The municipality offered all families places in its accommodation centre.") == ANSWERED


def test_findings_are_a_frame_word():
    assert head_tokens("its findings on reindeer herding") == {"reind", "herd"}
    assert "_finding" in tokens("its findings") or "_find" in tokens("its findings")


def test_a_treaty_is_no_incident_to_name():
    req = ("The compatibility of the travel permit law with the Convention, in particular whether the travel permit "
           "applies mainly to the Dorani")
    assert _one(req, "The travel permit law applies to every person living in a mobile home, whatever their origin; "
                     "9,000 persons hold the travel permit and the origin of holders is not recorded.") == PARTIAL


# --- letters in French and Spanish ------------------------------------------------------------------------------------

def test_french_and_spanish_requests_are_split_and_headed():
    assert [a.text for a in aspect_parts("El estado de la solicitud de titulación del territorio kanu y las medidas "
                                         "adoptadas para su demarcación")] == [
        "El estado de la solicitud de titulación del territorio kanu", "las medidas adoptadas para su demarcación"]
    parts = aspect_parts("Las medidas adoptadas para evaluar la contaminación del río Tali, incluidos los resultados "
                         "de los análisis de la calidad del agua")
    assert len(parts) == 2 and parts[1].parent == 0
    assert [a.text for a in aspect_parts("l’enquête ouverte sur le décès de Paul Ardent à Mirelle le 2 mai 2025 et les "
                                         "mesures prises à l’égard du gendarme concerné")] == [
        "l’enquête ouverte sur le décès de Paul Ardent à Mirelle le 2 mai 2025",
        "les mesures prises à l’égard du gendarme concerné"]
    assert aspect_parts("la consulta previa, libre e informada con el pueblo kanu")[0].text.endswith("pueblo kanu")
    assert head_tokens("le nombre d’aires d’accueil en service") == {"aire"}
    assert head_tokens("El estado de la solicitud de titulación del territorio kanu") == {"titl"}
    assert head_tokens("les mesures prises à l’égard du gendarme concerné") == {"~police"}
    assert asks_for_number("le nombre d’aires d’accueil") and asks_for_number("el número de detenidos")
    assert asks_for_measures("las medidas adoptadas para su demarcación") and asks_for_measures("les mesures prises")
    assert fold("l’enquête") == "l'enquete"


def test_spanish_request_partly_answered_in_spanish():
    req = "El estado de la solicitud de titulación del territorio kanu y las medidas adoptadas para su demarcación."
    assert _one(req, "6. En cuanto a la titulación del territorio kanu, la solicitud se encuentra en trámite ante el "
                     "Instituto de Tierras.") == PARTIAL


def test_french_request_left_unanswered_by_a_closing_commitment():
    req = "les mesures prises pour prévenir et sanctionner les discours de haine visant les Dorani, y compris de la part d’élus locaux"
    assert _one(req, "Le gendarme auteur du tir a été suspendu de ses fonctions le 9 juin 2025.",
                "Le Gouvernement réaffirme son attachement au dialogue constructif avec le Comité.") == UNANSWERED


# --- French replies to English letters --------------------------------------------------------------------------------

def test_french_reasons_arrests_fines_and_dropped_cases():
    assert gives_reason("Les écoles ont été fermées en raison de la baisse du nombre d’élèves.")
    req = "The reasons for the closure of the two schools in Vessa"
    assert _one(req, "Les écoles de Vessa ont été fermées en juin 2024 en raison de la baisse du nombre "
                     "d’élèves.") == ANSWERED
    req = "The arrest of six activists in Norby on 3 May 2025, the charges brought against them and the stage of any proceedings"
    assert _one(req, "Les six personnes interpellées à Norby le 3 mai 2025 ont été remises en liberté le jour même. "
                     "Quatre d’entre elles ont fait l’objet d’une amende ; les procédures concernant les deux autres "
                     "ont été classées sans suite.") == ANSWERED


def test_french_commitment_and_competence_are_no_answer():
    assert classify_sentence("Le Gouvernement demeure profondément attaché à la préservation de l’élevage du renne et "
                             "poursuivra le dialogue avec le Parlement.") is SentenceKind.ASSURANCE
    assert classify_sentence("L’organisation du réseau scolaire relève de la compétence exclusive des "
                             "communes.") is SentenceKind.POLICY
    assert classify_sentence("Schooling falls within the exclusive competence of the municipalities.") is SentenceKind.POLICY
    assert _one("The compensation or alternative pastures provided to herding families who lost their winter grazing lands",
                "Le Gouvernement demeure profondément attaché à la préservation de l’élevage du renne et poursuivra "
                "le dialogue avec le Parlement sur les pâturages.") == UNANSWERED


def test_a_sentence_reporting_an_act_is_no_echo():
    req = "The investigation into the death of Mr. Luc Dorne on 3 March 2025"
    body = read_reply(paras("1. S’agissant du décès de M. Luc Dorne, le parquet a ouvert le 3 mars 2025 une enquête."),
                      markers=["a"], requests=[req])
    assert body.paragraphs[0].sentences[0].kind is SentenceKind.SUBSTANTIVE
    assert _one(req, "1. S’agissant du décès de M. Luc Dorne, le parquet a ouvert le 3 mars 2025 une enquête.") == ANSWERED
