"""Rules added in the ninth session's blind rounds (heldout51: short and sparse documents; heldout52: writing
conventions from around the world), each checked on short texts about fictional States that are not fixtures."""

from __future__ import annotations

from tocsin.domain.documents import SourceDocument
from tocsin.extract import extract_document
from tocsin.extract.dates import find_dates
from tocsin.extract.numbers import iter_numbers, parse_number
from tocsin.ingest import read_bytes

LETTER_HEAD = ("REFERENCE: CERD/EWUAP/121st session/2026/OV/ks\n\n4 March 2026\n\nExcellency,\n\n"
               "I write to inform you that in the course of its 121st session, the Committee on the Elimination of "
               "Racial Discrimination considered the situation of the Pasht minority in the Republic of Orvania.\n\n")


def rec(text: str, name: str = "x.txt") -> dict:
    return extract_document(SourceDocument("x", name, "text/plain", len(text), text)).record(name)


def numbers(s: str) -> list[int | None]:
    return [parse_number(m) for m in iter_numbers(s)]


# --- numbers written the South Asian and the Swiss way --------------------------------------------------------

def test_lakh_crore_and_indian_digit_groups():
    assert numbers("nearly 1,50,000 persons") == [150000]
    assert numbers("some 2 lakh people and 1.5 lakh others") == [200000, 150000]
    assert numbers("a package of 3 crore") == [30000000]
    assert numbers("Rs. 8,25,000") == [825000]


def test_apostrophes_between_thousands():
    assert numbers("1'180 persons and 1’034 of them") == [1180, 1034]
    assert numbers("2'400'000 dinars") == [2400000]
    # a decimal without lakh or crore after it is no number of persons
    assert numbers("a rate of 4.5 per") == []


# --- dates ------------------------------------------------------------------------------------------------------

def iso(s: str) -> list[str]:
    return [d.date.iso() for d in find_dates(s)]


def test_the_nth_day_of_a_month():
    assert iso("Dated at Lenkor this 14th day of March, 2025.") == ["2025-03-14"]
    assert iso("on the 1st day of May 2024") == ["2024-05-01"]


def test_slashed_dates_read_month_first_when_the_text_writes_them_so():
    assert iso("04/07/2025 ... our letter of 11/18/2024") == ["2025-04-07", "2024-11-18"]
    assert iso("04/07/2025 ... our letter of 18/11/2024") == ["2025-07-04", "2024-11-18"]
    assert iso("04/07/2025") == ["2025-07-04"]  # nothing to tell: day first, as most of the world writes
    assert iso("04.07.2025 and 11/18/2024") == ["2025-07-04", "2024-11-18"]  # dotted dates stay day first


def test_a_document_dated_at_its_foot_in_words():
    r = rec("PRESS STATEMENT\n\nThe Lenkor Valley Rights Network condemns the attacks on Pasht villages in which "
            "nine persons were killed.\n\nDated at Lenkor this 14th day of March, 2025.\n\nSigned:\nAna Brel\n")
    assert r["date"] == "2025-03-14" and r["kind"] == "ngo_statement"
    r = rec("The Permanent Mission of the Republic of Orvania presents its compliments to the Office of the United "
            "Nations High Commissioner for Human Rights and has the honour to transmit the reply of the Government."
            "\n\n1. The Government rejects the allegations.\n\nGeneva, the 4th day of July, 2025\n")
    assert r["date"] == "2025-07-04"


def test_a_deadline_written_with_an_ordinal_day():
    r = rec(LETTER_HEAD + "The Committee requests the State party to submit, not later than the 30th of June 2026, "
            "information on:\n\n(a) The investigations opened;\n\n(b) The measures taken.\n\nYours sincerely,\n\nChair\n")
    assert r["reply_deadline"] == "2026-06-30"


# --- kind ---------------------------------------------------------------------------------------------------------

def test_the_secretariats_own_note_verbale_and_a_corrigendum_are_committee_letters():
    r = rec("3 March 2026\n\nThe secretariat of the Committee on the Elimination of Racial Discrimination presents its "
            "compliments to the Permanent Mission of the Republic of Orvania to the United Nations Office at Geneva and "
            "has the honour to acknowledge receipt of note verbale No. 12/2026 of 24 February 2026.\n")
    assert r["kind"] == "committee_letter"
    assert [x["kind"] for x in r["references"]] == ["reply"]
    r = rec("REFERENCE: CERD/EWUAP/2026/OV/Corr.1\n\n21 March 2026\n\nCORRIGENDUM\n\nLetter of the Committee on the "
            "Elimination of Racial Discrimination to the Permanent Representative of the Republic of Orvania, dated 14 "
            "March 2026 (ref. CERD/EWUAP/121st session/2026/OV/ks), concerning the situation of the Pasht minority\n\n"
            'For "its reply of 3 October 2025" read "its reply of 3 December 2025"\n\nThe remainder of the letter is '
            "unchanged.\n")
    assert r["kind"] == "committee_letter"
    assert r["session"] is None  # the corrected letter's session is not the corrigendum's
    assert [(x["kind"], x["date"]) for x in r["references"]] == [("letter", "2026-03-14")]  # the quoted words cite nothing
    assert r["groups"] == ["Pasht"]  # named in the wrapped subject line


def test_a_text_citing_concluding_observations_is_not_them():
    r = rec("THE EQUALITY OMBUDSMAN OF THE REPUBLIC OF ORVANIA\n\nTo: Ministry of Social Affairs, Lenkor\n\nFOLLOW-UP "
            "REPORT\n\nThe Ombudsman recalls that the Committee on the Elimination of Racial Discrimination, in its "
            "concluding observations on Orvania (CERD/C/OVN/CO/20-21, paragraph 18), recommended an end to evictions. "
            "On 14 March 2026 bailiffs demolished 40 dwellings of Pasht families in Lenkor.\n\nThe Ombudsman requests "
            "the Ministry to inform her, not later than 30 September 2026, of:\n\n1) the measures taken to house the "
            "evicted families;\n2) the steps taken to restore the water supply.\n\nLenkor, 16 June 2026\n")
    assert r["kind"] == "other"
    assert r["reply_deadline"] == "2026-09-30" and [q["marker"] for q in r["requests"]] == ["1", "2"]


# --- places, groups, figures --------------------------------------------------------------------------------------

def test_languages_are_no_places():
    r = rec(LETTER_HEAD + "The Committee recalls that a reply may also be submitted in French or Spanish. The report is "
            "written in English and Tessarian, and classes in the Pasht language were closed in Dorvik.\n")
    assert r["places"] == ["Dorvik"]


def test_the_unit_written_before_the_name():
    r = rec("URGENT APPEAL\n\nOn 2 March 2026 a mob attacked the Pasht hamlet at village Kherim, Tehsil Rannod, District "
            "Baldo Nagar (Vashti), and burnt three persons to death. The District Commissioner's office and the District "
            "Court have not acted.\n")
    assert r["places"] == ["Kherim", "Rannod", "Baldo Nagar", "Vashti"]


def test_a_group_named_by_its_nationality_and_a_language_not_a_place():
    r = rec("1. As a result of the disorders, 11 persons lost their lives, of whom 7 were citizens of Tarvi nationality. "
            "Education in the Tarvi language continues for 312 pupils.\n")
    assert r["groups"] == ["Tarvi"] and r["places"] == []


def test_figures_written_around_the_world():
    r = rec("Not less than twenty-three (23) persons were killed. Police on 10 March arrested a dozen Pasht youths. "
            "Nearly 1,50,000 persons have been rendered homeless. On 5 March the police picked up 46 Pasht youths. "
            "The relief amounts to less than Rs. 200 per homeless person.\n")
    c = r["casualties"]
    assert c["killed"] == [23] and sorted(c["arrested"]) == [12, 46] and c["displaced"] == [150000]
    r = rec("On 5 March 2026, 46 persons were taken into preventive custody and released on the same day. The "
            "administration put the number of persons relocated at 38,000. 1'180 persons who had temporarily left "
            "Dorvik were accommodated in schools. Agents detained 1,312 people between 14 and 21 March.\n")
    c = r["casualties"]
    assert c["arrested"] == [46, 1312] and c["displaced"] == [38000, 1180]


def test_not_less_than_is_at_least():
    doc = SourceDocument("x", "x.txt", "text/plain", 60, "Not less than twenty-three (23) persons were killed.\n")
    facts = [f for f in extract_document(doc).facts if f.field == "casualty"]
    assert facts and facts[0].value["qualifier"] == "at least"


def test_a_facility_in_a_town_and_a_church_name():
    r = rec("Detainees were taken to the Ridgefield Processing Center in Milbrook, where many were held for 72 hours. "
            "Agents stopped people outside Our Lady of the Valley Church.\n")
    assert r["places"] == ["Milbrook"]


def test_an_e_mail_cited_by_its_date_and_not_an_e_mail_label():
    r = rec("From: Ilse Marrow\nSubject: report\n\nFurther to my e-mail of 2 April 2026, please find attached the final "
            "report of the Council's visit.\n")
    assert [(x["kind"], x["date"]) for x in r["references"]] == [("letter", "2026-04-02")]
    r = rec("OBSERVATOIRE DES DROITS\nCourriel : contact@odo.example\nRécépissé n° 0087/MATD du 14 mars 2009\n\n"
            "Kodou, le 2 octobre 2025\n\nL'Observatoire condamne les attaques.\n")
    assert r["references"] == []


def test_copies_after_the_signature_are_not_the_sender():
    r = rec("URGENT APPEAL\n\nTo,\nThe Chairperson,\nCommittee on the Elimination of Racial Discrimination\n\nWe request "
            "the Committee to act.\n\nYours faithfully,\n\nAdv. Mira Sen\nGeneral Secretary, NFPR\nPlace: Lenkor\n"
            "CC: National Commission for Minorities, Lenkor\n")
    assert r["sender"] == "General Secretary, NFPR"


def test_an_organisations_letter_on_the_web_keeps_its_letterhead_and_list_numbers():
    html = ("<html><body><nav><a href='/'>Home</a> <a href='/appeals'>Appeals</a></nav><header><h1>National Forum for "
            "Pasht Rights (NFPR)</h1><p>Regd. Office: 17 Station Road, Lenkor</p></header><header><a href='/'>Home</a>"
            "<a href='/x'>Donate to our appeals today</a></header><main><h2>URGENT APPEAL</h2><ol><li><p>On 2 March "
            "2026 a mob attacked the hamlet.</p></li><li><p>The police arrived three hours later.</p></li></ol></main>"
            "</body></html>")
    text = read_bytes(html.encode(), "appeal.html").text
    assert text.startswith("National Forum for Pasht Rights (NFPR)")
    assert "1. On 2 March 2026 a mob attacked the hamlet." in text and "2. The police arrived" in text
    assert "Home" not in text and "Donate" not in text


def test_a_reminder_that_points_to_the_lettered_requests_of_its_earlier_letter_makes_none():
    r = rec(LETTER_HEAD + "The Committee notes that no reply to its letter of 12 September 2025 has been received. The "
            "Committee therefore reiterates its request for the information set out in paragraphs (a) to (e) of its "
            "letter of 12 September 2025 and would be grateful to receive it by 30 June 2026.\n\nYours sincerely,\n\n"
            "Chair\n")
    assert r["requests"] == [] and r["reply_deadline"] == "2026-06-30"
    r = rec(LETTER_HEAD + "The Committee requests the State party to provide information on the investigations into "
            "the attacks of 3 March 2026 by 30 June 2026.\n\nYours sincerely,\n\nChair\n")
    assert len(r["requests"]) == 1


# --- heldout54: the Committee's other documents -------------------------------------------------------------------

OPINION = """United Nations CERD/C/118/D/80/2023
International Convention on the Elimination of All Forms of Racial Discrimination
Distr.: General
20 May 2026

Opinion adopted by the Committee under article 14 of the Convention, concerning communication No. 80/2023*

Communication submitted by: Ana Pell
State party: Orvania
Date of adoption of Opinion: 24 April 2026

* Adopted by the Committee at its 118th session (13 April-1 May 2026).

1. The petitioner is a national of Orvania of Pasht origin. Only four persons sought medical assistance after the raid.

9. The Committee recommends that the State party:
(a) Grant the petitioner adequate compensation;
(b) Carry out an effective investigation into the petitioner's allegations.

10. The State party is also requested to give wide publicity to the present Opinion.

11. The Committee wishes to receive, within 90 days, information from the State party about the measures taken.
"""


def test_an_opinion_on_an_individual_communication():
    r = rec(OPINION)
    assert r["kind"] == "decision" and r["session"] == 118 and r["states"] == ["Orvania"]
    assert r["date"] == "2026-04-24" and r["reply_deadline"] == "2026-07-23"  # adopted, then 90 days
    assert [q["marker"] for q in r["requests"]] == ["a", "b", ""]  # paragraph 10 is no sub-item of (b)
    assert r["casualties"]["injured"] == [4]


def test_a_reminder_of_an_overdue_periodic_report():
    text = ("REFERENCE: CERD/121st session/2026/OV/reminder/ks\n\n28 August 2026\n\nExcellency,\n\nI have the honour to "
            "write to you on behalf of the Committee on the Elimination of Racial Discrimination, which, at its 121st "
            "session, reviewed the status of the periodic reports due.\n\nThe Committee notes that the combined fifth to "
            "seventh periodic reports of Orvania, which were due on 4 January 2024, have not yet been received. It last "
            "considered Orvania at its 99th session, and recalls its concern about the Tavi nomadic community.\n\nThe "
            "Committee urges the State party to submit its combined fifth to seventh periodic reports no later than 31 "
            "January 2027. The Committee further invites the State party to inform the secretariat whether it wishes to "
            "receive technical assistance.\n\nYours sincerely,\n\nChair\n")
    r = rec(text)
    assert r["session"] == 121 and r["groups"] == ["Tavi"]
    assert r["reply_deadline"] == "2027-01-31" and len(r["requests"]) == 2
    # the reporting cycle in an early-warning letter stays no request and sets no deadline
    r = rec(LETTER_HEAD + "The Committee requests the State party to provide information on the attacks by 30 June "
            "2026. It also recalls that its next periodic report is due by 4 January 2028.\n\nYours sincerely,\n\nChair\n")
    assert r["reply_deadline"] == "2026-06-30" and len(r["requests"]) == 1


def test_a_decision_as_an_annual_report_prints_it():
    r = rec("A/81/18\n\n20. At its 121st session, on 20 August 2026 (3190th meeting), the Committee adopted the following "
            "decision.\n\nDecision 2 (121)\nSituation of the Sarvi in the Republic of Orvania\n\n1. Expresses its concern "
            "at the flooding of Sarvi lands;\n")
    assert r["kind"] == "decision" and r["date"] == "2026-08-20" and r["session"] == 121


def test_a_states_follow_up_information_as_a_un_document():
    r = rec("Naciones Unidas    CERD/C/OVN/FCO/19-21\n\nDistr. general\n3 de noviembre de 2026\n\nInformación recibida de "
            "Orvania acerca del seguimiento de las observaciones finales sobre sus informes periódicos\n\n[Fecha de "
            "recepción: 15 de septiembre de 2026]\n\n5. El Gobierno de la República de Orvania presenta al Comité la "
            "información solicitada en el párrafo 38 de las observaciones finales, aprobadas en su 112º período de "
            "sesiones.\n")
    assert r["kind"] == "state_reply" and r["date"] == "2026-09-15" and r["session"] is None


def test_a_letter_to_a_regional_organisation_names_two_states():
    r = rec("5 September 2026\n\nDear Secretary General,\n\nThe Committee on the Elimination of Racial Discrimination "
            "followed the events in Ostvik, and raised them with the Government of Harlund. It is concerned about a law "
            "adopted by Veskaria in March 2026. It would welcome information on the missions of the Conference to "
            "Harlund and Veskaria in 2026.\n\nYours sincerely,\n\nChair\n")
    assert r["states"] == ["Harlund", "Veskaria"] and "Conference" not in r["places"]


def test_a_pastoral_community_in_french():
    r = rec("Le Comité a poursuivi l'examen de la situation de la communauté pastorale ouandé en République du Kassandé, "
            "dont les membres ont été expulsés.\n")
    assert [g.lower() for g in r["groups"]] == ["ouandé"]


# --- heldout53: e-mail as it reaches a secretariat ----------------------------------------------------------------

def _eml_record(data: bytes, name: str = "m.eml") -> dict:
    import tempfile
    from pathlib import Path

    from tocsin.cli.batch import _record_of

    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / name
        p.write_bytes(data)
        return _record_of(p)[0]


def test_a_note_verbale_sent_as_an_attachment_makes_the_record_of_the_e_mail():
    from tests import makers

    note = ("Permanent Mission of the Republic of Orvania\n\nNo. 2026/OV/14\n\nThe Permanent Mission of the Republic of "
            "Orvania presents its compliments to the Office of the United Nations High Commissioner for Human Rights and "
            "has the honour to transmit the reply of the Government to the Committee's letter of 29 August 2025.\n\n"
            "1. On 5 March 2025, 27 persons were arrested in Lenkor.\n\nThe Permanent Mission avails itself of this "
            "opportunity to renew the assurances of its highest consideration.\n\nGeneva, 15 January 2026\n")
    r = _eml_record(makers.eml_bytes("Please find attached our note verbale.\n\nMission of Orvania\n",
                                     attachments=[("note.txt", note.encode(), "text/plain")]))
    assert r["kind"] == "state_reply" and r["date"] == "2026-01-15" and r["casualties"]["arrested"] == [27]
    # the same message without its attachment says nothing of the kind
    r = _eml_record(makers.eml_bytes("Please find attached our note verbale.\n\nMission of Orvania\n"))
    assert r["casualties"]["arrested"] == []


def test_an_alerts_facts_in_its_subject_line_and_a_forwarded_letters_own_date():
    from tests import makers

    r = _eml_record(makers.eml_bytes(
        "Madame la Présidente,\n\nNous vous saisissons des faits indiqués en objet. Jeudi à l'aube, une centaine de "
        "gendarmes ont procédé à l'évacuation du campement de la Pointe-aux-Saules, à Kelvane.\n\nQuatre hommes qui "
        "protestaient contre l'évacuation ont été placés en garde à vue.\n\nNous vous prions d'agréer, Madame la "
        "Présidente, l'expression de notre haute considération.\n\nSamia Brel\nPrésidente\nLigue lorvaignaise pour "
        "l'égalité (LLE)\n",
        subject="URGENT : 3 morts et 12 blessés lors de l'évacuation du campement rom de Kelvane le 11 décembre"))
    assert r["casualties"]["killed"] == [3] and r["casualties"]["injured"] == [12] and r["casualties"]["arrested"] == [4]
    assert "Kelvane" in r["places"] and r["sender"] == "Ligue lorvaignaise pour l'égalité (LLE)"
    body = ("Hi Marta,\n\nFYI, below is the letter the Chair signed on Wednesday.\n\n" + "Thanks.\n\n" * 30 +
            "---------- Forwarded message ---------\nFrom: CERD Secretariat <cerd@un.example>\nDate: Fri, 14 Nov 2025 "
            "at 17:05\nSubject: Letter\n\nExcellency,\n\nPlease find below the letter.\n\nREFERENCE: CERD/EWUAP/117th "
            "session/2025/OV/ks\n\n12 November 2025\n\nExcellency,\n\nIn the course of its 117th session, the Committee "
            "on the Elimination of Racial Discrimination considered the situation of the Pasht minority in Orvania.\n")
    assert _eml_record(makers.eml_bytes(body))["date"] == "2025-11-12"


def test_a_newsletters_masthead_date():
    r = rec("Observatory for Minority Rights Monthly Bulletin · No. 31 · 3 November 2025\n\nOrvania: Pasht herders fenced "
            "out of their summer pastures. In September the provincial authorities leased some 14,000 hectares.\n")
    assert r["date"] == "2025-11-03"


def test_french_and_spanish_events_in_places_named_by_the_event():
    r = rec("Le Comité est préoccupé par les évacuations de campements roms à Kelvane et à Sorre depuis juillet 2025, qui "
            "auraient conduit à l'expulsion de quelque 650 personnes sans solution de relogement.\n")
    assert r["places"] == ["Kelvane", "Sorre"] and r["casualties"]["displaced"] == [650]
    r = rec("Alrededor de 420 personas se han refugiado en la comunidad vecina. Dos personas habrían muerto y al menos 20 "
            "habrían resultado heridas.\n")
    assert r["casualties"]["displaced"] == [420] and r["casualties"]["killed"] == [2]


def test_a_name_cut_short_and_a_state_named_only_in_a_signature():
    r = rec("Dear Paolo,\n\nSince Tuesday the municipal authorities have been demolishing the Roma settlement of Lipno "
            "Pole in the Republic of Dravenia. The mayor said on television that these people never belonged in Lipno "
            "and would not come back. They are now in the town of Brezna.\n\n" + "More details follow.\n\n" * 40 +
            "Best regards,\nTomasz\n\nRoma Monitoring Network\nUl. Kamenna 14, 11040 Velmora, Federation of Kharesh\n"
            "Tel. +00 11 440 22 91\n")
    assert r["places"] == ["Lipno Pole", "Brezna"] and r["states"] == ["Dravenia"]


def test_registered_in_running_text_is_no_address():
    r = rec("Orvania: amended Residence Act. On 21 October 2025 the Parliament of the Republic of Orvania adopted "
            "amendments under which children not registered at a permanent address cannot enrol in school. "
            + "More follows. " * 80 + "\n")
    assert r["states"] == ["Orvania"]


def test_a_spanish_river_named_after_its_word():
    r = rec("En cuanto a la concesión minera otorgada en la cuenca del río Tiscué, el Gobierno informa que fue suspendida "
            "tras la protesta de las comunidades.\n")
    assert r["places"] == ["Tiscué"]


def test_a_year_opening_a_paragraph_is_no_postcode():
    from tocsin.extract.text import body_paragraphs

    t = ("Excellency,\n\nSince 2024 Pasht children have been taught in a separate class in a prefabricated building.\n\n"
         "Kora Collective\n14 Main Road\n2024 Lenkor\n")
    assert [t[s.start:s.end] for s in body_paragraphs(t)] == [
        "Since 2024 Pasht children have been taught in a separate class in a prefabricated building."]


def test_references_in_quoted_lines_and_after_wrote_and_not_a_deadline():
    def dates(r):
        return sorted((x["kind"], x["date"]) for x in r["references"])

    r = rec("Dear Mr Aurelian,\n\nThank you.\n\n> For your information, the Committee's most recent letter to the\n"
            "> Government of the Republic of Orvania, dated 9 May 2025, already raised the situation.\n")
    assert dates(r) == [("letter", "2025-05-09")]
    r = rec("The Committee wrote to the Government of Orvania about the pastures on 2 June 2025. To our knowledge, no "
            "reply has been sent.\n")
    assert dates(r) == [("letter", "2025-06-02")]
    r = rec("La situación ya fue objeto de nuestra comunicación AL OVN 2/2024, de 3 de mayo de 2024, a la que el Gobierno "
            "de Su Excelencia respondió el 15 de julio de 2024.\n")
    assert dates(r) == [("letter", "2024-05-03"), ("reply", "2024-07-15")]
    r = rec("La Mission prie le Comité de bien vouloir excuser le léger retard de la présente réponse par rapport au délai "
            "du 15 décembre 2025 indiqué dans la lettre du Comité du 29 août 2025.\n")
    assert dates(r) == [("letter", "2025-08-29")]


def test_a_river_named_twice_is_one_place_and_a_lake_is_another():
    r = rec("Desde 2024, los relaves de la mina habrían contaminado el río Amarú, cerca de la comunidad de Río Amarú.\n")
    assert r["places"] == ["Río Amarú"]


# --- heldout55 and heldout56: names from around the world; French and Spanish, damaged -------------------------------

def test_a_french_scan_with_its_lost_accents_and_le_read_as_ie():
    r = rec("REFERENCE : CERD/EWUAP/115th session/2025/OV/ks\n\nGenève, Ie 2 rnai 2025\n\nExcellence,\n\nJ'ai l'honneur de "
            "vous informer qu'au cours de sa 115e session, Ie Comité pour l'élimination de la discrimination raciale a "
            "examiné la situation de la minorité rom en Orvanie. Environ 1 200 personnes auraient été déplacées et une "
            "vingtaine de personnes auraient été blessées. Quatorze habitants auraient été interpel1és Ie jour même.\n\n"
            "Le Comité prie l'Etat partie de lui fournir, d'ici au 15 ao?t 2025, des informations sur :\n\na) Les mesures "
            "prises pour enquêter ;\nb) La base légale de l'expulsion.\n")
    assert r["date"] == "2025-05-02" and r["reply_deadline"] == "2025-08-15"
    assert r["casualties"]["displaced"] == [1200] and r["casualties"]["injured"] == [] and r["casualties"]["arrested"] == [14]


def test_spanish_figures_ordinal_days_and_a_participle_before_its_verb():
    r = rec("Alrededor de 1.200 personas se habrían desplazado; según la Defensoría del Pueblo, la cifra alcanzaría 1.350 "
            "personas. El martes 11 de marzo siete jóvenes desplazados habrían sido detenidos en un retén policial. Ese mismo "
            "día fueron detenidos arbitrariamente 27 comuneros y una decena de comuneros resultaron heridos. Unas 1.150 "
            "personas se habrían visto forzadas a desplazarse.\n")
    c = r["casualties"]
    assert c["displaced"] == [1200, 1350, 1150] and c["arrested"] == [7, 27] and c["injured"] == [10]
    assert [d.date.iso() for d in find_dates("a más tardar el 1.º de diciembre de 2025")] == ["2025-12-01"]


def test_a_pdf_line_broken_at_a_compound_names_hyphen_keeps_it():
    from tests import makers

    r = extract_document(read_bytes(makers.pdf_bytes([
        "Le Comité est préoccupé par la situation des éleveurs dans la région du Haut-Tessi, où des milices ont attaqué "
        "les campements de Wassoumé et de Koubalan, faisant au moins 37 morts."]), "d.pdf")).record("d.pdf")
    assert {"Wassoumé", "Koubalan"} <= set(r["places"])


def test_a_spanish_organisations_complaint_citing_concluding_observations():
    r = rec("SYNTHETIC TEST DOCUMENT\n\nCONSEJO INDÍGENA DEL ALTO MERUNO (CIAM)\n\nVillarreña, 15 de abril de 2025\n\nAl Comité "
            "para la Eliminación de la Discriminación Racial\n\nEl Consejo se dirige al Comité. Recordamos que en sus "
            "observaciones finales sobre Ilvara (CERD/C/ILV/CO/16-18) el Comité ya recomendó al Estado garantizar la consulta "
            "previa.\n")
    assert r["kind"] == "ngo_statement"


def test_places_named_the_way_they_are_around_the_world():
    r = rec("Residents of Kampung Sungai Merah and Desa Lembah Baru have been ordered to leave. Some 1,800 persons fled to a "
            "displacement site known as Camp 3. Des hommes armés ont attaqué le campement d'Ouled Sidi Brahim; environ 4 500 "
            "personnes auraient fui vers le site de déplacés dit « Kilomètre 12 ».\n")
    assert set(r["places"]) == {"Kampung Sungai Merah", "Desa Lembah Baru", "Camp 3", "Ouled Sidi Brahim", "Kilomètre 12"}


def test_a_number_a_pdf_line_broke_at_its_thousands_space():
    r = rec("Selon les autorités locales, plus de 4\n\n500 personnes, en majorité des femmes, auraient fui vers les villes "
            "du Bas-Loumé.\n")
    assert r["casualties"]["displaced"] == [4500]


def test_a_page_number_above_a_figure_is_not_its_first_half():
    r = rec("Les habitants ont été attaqués le 4 mars.\n\n2\n\n500 personnes auraient fui vers les villes du Bas-Loumé.\n")
    assert r["casualties"]["displaced"] == [500]


def test_a_group_named_in_a_list_of_origins():
    r = rec("2. The Kingdom of Orvania recalls that all its citizens, whether of Arab, Pashti or other origin, are equal "
            "before the law.\n")
    assert r["groups"] == ["Pashti"]
