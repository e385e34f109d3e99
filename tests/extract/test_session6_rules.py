"""Rules added in the sixth session's blind rounds (heldout25 on), each checked on short texts that are not fixtures."""

from __future__ import annotations

import pytest

from tocsin.domain.documents import SourceDocument
from tocsin.extract import extract_document


def rec(text: str) -> dict:
    return extract_document(SourceDocument("x", "x.txt", "text/plain", len(text), text)).record("x.txt")


LETTER = ("CERD/EWUAP/118th session/2026/OV/ks\n\n4 March 2026\n\nExcellency,\n\nIn the course of its 118th "
          "session, the Committee on the Elimination of Racial Discrimination considered, under its early warning "
          "and urgent action procedure, information concerning the Pasht minority in Orvania. It is alleged that "
          "Pasht herders were evicted from the Lesk valley in January 2026.\n\nThe Committee requests the State "
          "party to provide information on the following by 15 June 2026:\n\n(a) The legal basis for the "
          "evictions;\n\n(b) The measures taken to provide alternative land.\n\nYours sincerely,\n\nChair\n")


def test_bare_reference_line_and_the_state_of_information_concerning_a_minority():
    r = rec(LETTER)
    assert r["reference_codes"] == ["CERD/EWUAP/118th session/2026/OV/ks"]
    assert r["states"] == ["Orvania"]
    assert r["session"] == 118


def test_a_line_that_only_names_the_committee_is_no_reference():
    r = rec(LETTER.replace("CERD/EWUAP/118th session/2026/OV/ks", "CERD"))
    assert r["reference_codes"] == []


def test_a_registry_stamp_is_not_the_date_of_a_note():
    r = rec("PERMANENT MISSION OF THE REPUBLIC OF ORVANIA\n\nNo. PMO/2025/014            .-----------------.\n"
            "                             |  R E C E I V E D  |\n                             |    22 JAN. 2025   |\n"
            "                             '-----------------'\n\nThe Permanent Mission of the Republic of Orvania "
            "presents its compliments to the Office of the High Commissioner and has the honour to forward the "
            "comments of the Government on the letter of the Committee dated 10 October 2024.\n\n"
            "                                        Geneva, 17 January 2025\n")
    assert r["date"] == "2025-01-17" and r["kind"] == "state_reply"


def test_a_letter_on_a_missions_letterhead_is_a_reply_and_names_its_state_in_capitals():
    r = rec("PERMANENT MISSION OF THE UNITED REPUBLIC OF OSVARA\nTO THE UNITED NATIONS OFFICE AT GENEVA\n\n"
            "Geneva, 9 April 2025\n\nDear Mr. Chair,\n\nI have the honour to refer to your letter of 20 December "
            "2024, by which the Committee on the Elimination of Racial Discrimination requested my Government to "
            "submit information. Six persons lost their lives. The security forces apprehended 27 suspects.\n\n"
            "My Government respectfully requests the Committee:\n\n(i) to share the sources of the allegations;\n\n"
            "(ii) to take into account the information provided.\n\nPlease accept, Mr. Chair, the assurances of my "
            "highest consideration.\n")
    assert r["kind"] == "state_reply" and r["states"] == ["Osvara"]
    assert r["requests"] == [] and r["allegations"] == []  # a State asks nothing of itself and alleges nothing
    assert r["casualties"]["arrested"] == [27]


def test_amounts_per_person_removed_demonstrators_and_people_who_left_a_place():
    r = rec("Excellency,\n\nMonetary relief of USD 8,250 was sanctioned to the family and VR 50,000 to each of the "
            "injured persons. The police removed 26 demonstrators who had blocked the road. The NGO claims that "
            "over 400 were driven out of the village. A total of 2,150 persons left Ain Telvo after the attacks. "
            "Ezdi Rights Watch reports nine deaths and \"more than 70\" injured.\n")
    assert r["casualties"] == {"killed": [9], "injured": [70], "displaced": [400, 2150], "arrested": []}


def test_russian_and_spanish_verbs_before_their_figures():
    ru = rec("Уважаемый Председатель,\n\nВ результате беспорядков погибли два человека, телесные повреждения "
             "различной степени тяжести получили 17 человек. Утверждения о том, что село покинули «около 1 500 "
             "курдов», не подтверждаются.\n")
    assert ru["casualties"]["injured"] == [17] and ru["casualties"]["displaced"] == [1500]
    es = rec("Excelencia:\n\nDurante el operativo falleció una persona y 11 personas resultaron heridas. Asimismo, 23 "
             "personas fueron aprehendidas. Un total de 312 personas fueron trasladadas al albergue temporal. La "
             "Defensoría del Pueblo acompañó el operativo.\n")
    assert es["casualties"]["arrested"] == [23] and es["casualties"]["displaced"] == [312]
    assert "acompañó" not in es["groups"]


def test_references_of_notes_and_communications_but_not_of_inquiries_or_a_governments_decision():
    r = rec("PERMANENT MISSION OF THE REPUBLIC OF ORVANIA\n\nThe Permanent Mission presents its compliments and, with "
            "reference to the letter of the Committee dated 28 November 2024, has the honour to transmit the "
            "following.\n\n1. By decision of 7 October 2024, the Government allocated funds for repairs. The enquiry "
            "report dated 4 November 2024 found lapses.\n\n2. Information was also provided to the Special "
            "Rapporteur in note verbale No. 61-3/2024/452 of this Mission, dated 11 October 2024.\n")
    assert sorted((x["kind"], x["date"]) for x in r["references"]) == [("letter", "2024-11-28"), ("reply", "2024-10-11")]
    r2 = rec("PERMANENT MISSION OF THE REPUBLIC OF ORVANIA\n\nThe Permanent Mission presents its compliments and, with "
             "reference to the letter of the Committee dated 28 November 2024, has the honour to transmit the "
             "following.\n\n1. Information was provided in the note verbale No. 61-3/2024/452 of this Mission, "
             "dated 11 October 2024.\n")
    assert ("reply", "2024-10-11") in [(x["kind"], x["date"]) for x in r2["references"]]
    es = rec("La Misión Permanente de la República de Valderia saluda atentamente a la Oficina y tiene el honor de "
             "referirse a la comunicación del Comité de fecha 21 de noviembre de 2024. El Estado informó al Comité en "
             "su nota N.º MPV-CERD-112/2023, de 15 de septiembre de 2023, sobre dicho proceso.\n\nII. Respuesta a las "
             "solicitudes del Comité\n\na) Circunstancias del operativo del 14 de agosto de 2024\n")
    assert sorted((x["kind"], x["date"]) for x in es["references"]) == [("letter", "2024-11-21"), ("reply", "2023-09-15")]
    ru = rec("Постоянное представительство Республики Зарестан свидетельствует своё уважение и, в дополнение к "
             "информации, направленной нотой Постоянного представительства № 12-3/1184 от 9 октября 2024 года в "
             "ответ на письмо Комитета от 23 августа 2024 года, сообщает следующее.\n")
    assert ("reply", "2024-10-09") in [(x["kind"], x["date"]) for x in ru["references"]]


def test_offices_and_an_owner_are_no_places():
    r = rec("Excellency,\n\nOn 3 May 2024 the police attacked the village of Dorav in Arendia. The investigation was "
            "transferred to the Crime Branch on 29 July 2024 and the police log was made available to the "
            "Parliamentary Ombudsman. In the Government's view, the figures differ. The Republic of Arendia "
            "replied.\n")
    assert r["places"] == ["Dorav"]


def test_a_list_under_headings_per_state_and_a_list_indented_as_in_an_annual_report():
    r = rec("Excellencies,\n\nThe Committee requests the two Governments to provide information, no later than 27 "
            "February 2026, on the following:\n\nThe Government of the Republic of Tarsia:\n\n(a) The investigations "
            "opened into the attack;\n\n(b) The measures taken to protect the communities;\n\nThe Government of the "
            "Kingdom of Belmarre:\n\n(c) The legal basis for the detention of asylum-seekers;\n\nBoth Governments:\n\n"
            "(d) The mandate of the bilateral commission.\n\nThe talks were held in Port Elvane, Republic of Omvala. "
            "The Republic of Tarsia and the Kingdom of Belmarre are concerned.\n\nChair\n")
    assert [x["marker"] for x in r["requests"]] == ["a", "b", "c", "d"]
    assert r["requests"][1]["text"] == "The measures taken to protect the communities"
    assert "Omvala" not in r["states"]
    indented = rec("                    Decision 1 (81)\n\n                          6.   Urges the State party:\n\n"
                   "                          (a)  To suspend the application of the State Language Act;\n\n"
                   "                          (b)  To investigate promptly the attacks of April 2012;\n")
    assert [x["marker"] for x in indented["requests"]] == ["a", "b"]


def test_press_release_on_the_offices_web_page_and_an_ngo_monitor_in_capitals():
    pr = rec("UNITED NATIONS\nHUMAN RIGHTS\nOFFICE OF THE HIGH COMMISSIONER\n\nPRESS RELEASES | TREATY BODIES\n\n"
             "GENEVA (29 August 2025) - The UN Committee on the Elimination of Racial Discrimination today published a "
             "decision on Quessa. Three Tamberi men were killed. We are asking the Government to act now.\n")
    assert pr["kind"] == "other"
    ngo = rec("ZERVANE MINORITY MONITOR (ZMM)\nHarvan office: 22 Qasr Street, Harvan\n\nTo: Committee on the Elimination "
              "of Racial Discrimination\n\n3 March 2026\n\nThis log updates the information submitted to the Committee "
              "in 2025 on the Republic of Zervane.\n")
    assert ngo["kind"] == "ngo_statement" and ngo["sender"] == "ZERVANE MINORITY MONITOR (ZMM)"


def test_a_table_with_bracketed_second_figures_and_a_total_row_in_merged_cells():
    r = rec("ZERVANE MINORITY MONITOR\n\nIncident log submitted to the Committee.\n\n"
            "| No | Place     | Killed | Injured | Detained |\n"
            "+----+-----------+--------+---------+----------+\n"
            "| 1  | Tel Awsan | 2 [1]  |  5 [3]  |    -     |\n"
            "| 2  | Sinora    |   -    |    7    |  9 [6]   |\n"
            "+----+-----------+--------+---------+----------+\n"
            "|    | TOTAL                |   2    |   12    |    9     |\n")
    assert r["casualties"] == {"killed": [2, 1], "injured": [5, 3, 7, 12], "displaced": [], "arrested": [9, 6]}


def test_deadlines_before_a_session_and_not_an_earlier_letters_nor_the_reporting_cycle():
    base = "Excellency,\n\nThe Committee on the Elimination of Racial Discrimination considered the situation.\n\n"
    r = rec("15 August 2008\n\n" + base + "The Committee would appreciate receiving this information at the earliest "
            "convenience and, in any event, before the opening of its seventy-fourth session on 16 February 2009.\n\n"
            "Chair\n")
    assert r["reply_deadline"] == "2009-02-16"
    r = rec("28 June 2023\n\n" + base + "This was raised in communication AL ORV 7/2021, sent on 11 November 2021, to "
            "which a reply was requested within 60 days. Reportedly, the men were released on bail within two weeks.\n\n"
            "Chair\n")
    assert r["reply_deadline"] is None
    r = rec("12 December 2025\n\nConcluding observations on the combined reports of Aldermark\n\n32. The Committee "
            "recommends that the State party submit its combined periodic reports, as a single document, by 4 January "
            "2029.\n")
    assert r["reply_deadline"] is None


def test_the_state_of_an_unknown_code_named_by_its_adjective_and_a_footnote_glued_to_a_place():
    r = rec("A/67/18\n\n                    Decision 1 (81)\n                    Dravenia\n\nRecalling its concluding "
            "observations on the reports of Dravenia4 (CERD/C/DRV/CO/6-7), the Committee, alarmed at attacks by the "
            "so-called Dravenian Home Guard in the village of Marosh5, and at the Dravenian authorities' silence, "
            "urges the State party to investigate.\n")
    assert r["states"] == ["Dravenia"] and r["places"] == ["Marosh"]


ALLEGATION_CASES = [
    ("Deux jeunes Batwa ont été abattus par des gardes du parc.", "killing"),
    ("Touché au thorax, M. Mabelo est décédé avant l'arrivée des secours.", "killing"),
    ("Quelque 3 200 Batwa qui vivaient dans la forêt en ont été expulsés entre janvier et juin 2005.", "forced_eviction"),
    ("Les Batwa vivraient aujourd'hui dans des campements de fortune sur les collines.", "displacement"),
    ("Some 150 residents have left the hamlet and are staying in a relief camp in the district town.", "displacement"),
    ("Les gardes auraient incendié les huttes et détruit les ruches des familles.", "destruction_of_property"),
    ("Officers forced their way into around 40 homes and smashed doors, windows and furniture.", "destruction_of_property"),
    ("L'accès aux centres de santé leur serait refusé faute de pièces d'identité.", "denial_of_services"),
    ("The village council declared a boycott, denying them access to the village well.", "denial_of_services"),
    ("The municipality disconnected the water pump serving the quarter.", "denial_of_services"),
    ("Moins de 5 % des enfants batwa seraient scolarisés, contre 68 % pour l'ensemble des enfants.", "socioeconomic_discrimination"),
    ("In the station they were made to kneel facing the wall and were kicked and insulted.", "ill_treatment"),
    ("Similar raids took place in five settlements, none of which has led to disciplinary or criminal proceedings.", "impunity"),
    ("In none of the twelve incidents has anyone been charged.", "impunity"),
    ("No disciplinary or criminal action has been taken against the police officers concerned.", "impunity"),
    ("They were denied water and access to a lawyer.", "arbitrary_arrest_detention"),
    ("Two residents were told by officers that their videos could lead to charges of obstruction.", "intimidation_reprisals"),
    ("It is alleged that the police refused for nine days to register the complaint of the families.", "denial_of_justice"),
    ("La famille affirme ne pas avoir eu accès au dossier.", "denial_of_justice"),
    ("The residents were not informed of any possibility to appeal against the demolition order.", "denial_of_justice"),
    ("The police had been informed of the threats but did not take any protective measures.", "failure_to_protect"),
    ("Les forces de l'ordre auraient fait un usage disproportionné de grenades lacrymogènes.", "excessive_force"),
    ("Il est allégué que des pratiques de contrôle au faciès visent les Kessanes.", "ethnic_profiling"),
    ("The Committee is also concerned about statements attributed to the Mayor of Krasnel about the Roma.", "hate_speech_incitement"),
    ("Dalits are barred from the village well and from the ration shop.", "denial_of_services"),
    ("Access to public hospitals is reportedly conditioned on the presentation of a national identity card.",
     "denial_of_services"),
    ("Displaced families lack adequate drinking water and health care.", "denial_of_services"),
    ("The landowners have declared a social boycott of the Dalit families.", "segregation_exclusion"),
    ("38 per cent of Sela children are out of school, compared with a national average of 3 per cent.",
     "socioeconomic_discrimination"),
    ("A peaceful demonstration of several thousand Sela in front of the Registration Board was dispersed by the police.",
     "restriction_of_expression_assembly"),
    ("Testimonies describe persons being beaten with batons at the border.", "excessive_force"),
    ("The police post is 3 kilometres away; the police arrived more than two hours after the first call.",
     "failure_to_protect"),
    ("Some 140 persons were removed from the community of Pampa Larga to make way for the dam.", "forced_eviction"),
    ("The Grazing Law of 2024 affects Fulani pastoralists in a disproportionate manner.", "discriminatory_law_policy"),
    ("According to the same sources, none of the attackers has been identified or charged to date.", "impunity"),
    ("The shrine of Sheikh Baran in Dinaver, a place of pilgrimage for the Yazidi, was destroyed with explosives.",
     "cultural_rights"),
    ("Repeated calls to the police in Sorava went unanswered for hours.", "failure_to_protect"),
    ("The provincial health directorate has given a lower figure of 7 dead.", "killing"),
    ("They were given electric shocks at the police outpost to make them \"confess\".", "forced_confession"),
    ("Police and local leaders are pressuring the families to sign a compromise.", "intimidation_reprisals"),
    ("The court refused to examine these allegations and relied on the confessions as evidence.", "unfair_trial"),
    ("The ceremonial enclosure where the community holds its offering every August was demolished with machinery.",
     "cultural_rights"),
    ("The Court ruled that the licences violated the herders' right to enjoy their own culture.", "cultural_rights"),
    ("All of them were removed from their homes.", "forced_eviction"),
    ("As far as we know, the Public Prosecutor has not opened any investigation into the conduct of the police.",
     "impunity"),
    ("No complaint about the conduct of the officers has been investigated.", "impunity"),
    ("The charges are intended to punish the community's leaders for defending their territory.",
     "persecution_of_defenders"),
    ("Witnesses said the men decided to \"teach the colony a lesson\".", "hate_speech_incitement"),
    ("Dalits are barred from the village shops and from drawing water at the common well.", "denial_of_services"),
    ("We document push-backs at the Krell border section.", "refoulement"),
    ("Officers entered homes and checked the identity of all adult men.", "ethnic_profiling"),
]


@pytest.mark.parametrize(("sentence", "tag"), ALLEGATION_CASES)
def test_allegations_of_the_sixth_sessions_rounds(sentence, tag):
    from tocsin.extract.allegations import find_allegations
    from tocsin.extract.pipeline import Context

    text = "Excellency,\n\n" + sentence + "\n"
    ctx = Context(doc=SourceDocument("x", "x.txt", "text/plain", len(text), text))
    assert tag in [v["tag"] for v, *_ in find_allegations(ctx)]


def test_the_legal_annex_of_a_french_letter_makes_no_allegation():
    r = rec("Excellence,\n\nNous avons reçu des informations.\n\nAnnexe\nRéférences au droit international relatif aux "
            "droits de l'homme\n\nNous souhaiterions rappeler l'observation générale n° 36, selon laquelle l'usage "
            "d'armes à feu ne peut être justifié qu'en cas de menace imminente de mort.\n")
    assert "intimidation_reprisals" not in r["allegations"] and "killing" not in r["allegations"]


def test_figures_in_relative_clauses_police_stations_and_parts_of_a_whole():
    r = rec("Excellency,\n\nAbout 1,150 persons, mainly women and children, who had temporarily left their homes were "
            "accommodated in schools. At least 26 persons were taken to Korvenik police station; the Ministry said 19 "
            "persons had been \"brought in for questioning\". The authorities of Belmarre have detained around 140 "
            "asylum-seekers. Local organizations estimate that some 230 persons lost their homes. Half of the 40 "
            "residents were taken to the police station. Approximately 90 of the evicted residents were transferred "
            "to containers. Selon le ministère, plus de 300 interpellations ont eu lieu.\n")
    assert r["casualties"] == {"killed": [], "injured": [], "displaced": [1150, 230], "arrested": [26, 19, 140, 300]}


def test_places_from_a_tables_place_column_plural_kinds_and_two_word_names_after_and():
    r = rec("ZERVANE MINORITY MONITOR\n\nIncident log submitted to the Committee on the Republic of Zervane.\n\n"
            "| No | Date       | Place      | Incident                     | Killed |\n"
            "| 1  | 07/09/2025 | Kani Merav | Fields set on fire.          |   -    |\n"
            "| 2  | 19/09/2025 | Hesiba     | Four men detained.           |   -    |\n\n"
            "People fled to the neighbouring localities of Wendou Baali and Tiangassou. The Kani Rash and Darband camps "
            "were opened. Detainees are held at Gorvani Ghat and Kesh Pahar, former warehouses. No Roma settlement "
            "was spared. The decree was printed in the Official Gazette and sent to the Revenue Department.\n")
    assert r["places"] == ["Kani Merav", "Hesiba", "Wendou Baali", "Tiangassou", "Kani Rash camp", "Darband camp",
                           "Gorvani Ghat", "Kesh Pahar"]
    note = rec("The Permanent Mission of the Republic of Benhali to the United Nations Office at Geneva and other "
               "international organizations in Switzerland presents its compliments to the Office of the High "
               "Commissioner and has the honour to transmit its reply. Families fled to Tiangassou.\n")
    assert "Switzerland" not in note["places"]


def test_a_place_where_people_are_held_is_not_a_meeting_venue():
    r = rec("Excellency,\n\nThe Republic of Zervane is concerned. Detainees are held at Gorvani Ghat, a former warehouse. "
            "The Commission will consider the matter at its next session, to be held in Valmere.\n")
    assert r["places"] == ["Gorvani Ghat"]


def test_references_by_code_by_note_number_reminders_and_dates_broken_by_pdf_lines():
    sp = rec("Excellency,\n\nConcerns were previously raised with your Excellency's Government in communication AL DRV "
             "4/2020, dated 21 July 2020. The situation was the subject of communication UA TSK 3/2021, sent to the "
             "Government of Tashkara on 2 September 2021.\n")
    assert sorted((x["kind"], x["date"]) for x in sp["references"]) == [("letter", "2020-07-21"), ("letter", "2021-09-02")]
    letter = rec("Excellency,\n\nThe Committee recalls its letter of 25\n   August 2006 addressed to the Government, as "
                 "well as its reminder of 25 August 2025, and thanks your Government for its reply contained in note "
                 "verbale No. 77/2016 of 3 February 20161.\n\n1 Received by the secretariat on 11 February 2016.\n")
    assert sorted((x["kind"], x["date"]) for x in letter["references"]) == [
        ("letter", "2006-08-25"), ("letter", "2025-08-25"), ("reply", "2016-02-03")]
    co = rec("Decision 1 (70)\n\nThe Committee recalls its recommendations.3\n\n3 See CERD/C/TMB/CO/16, para. 19 "
             "(concluding observations adopted on 12 August 2004).\n")
    assert ("decision", "2004-08-12") in [(x["kind"], x["date"]) for x in co["references"]]


def test_batwa_as_written_and_no_group_from_a_mandates_title():
    r = rec("Excellency,\n\nThe Committee considered the situation of the Batwa in the Republic of Lunaga. Batwa "
            "families were evicted.\n")
    assert r["groups"] == ["Batwa"]
    fr = rec("Mandats du Groupe de travail d'experts sur les personnes d'ascendance africaine\n\nExcellence,\n\nNous "
             "avons reçu des informations concernant la minorité kessane en République de Mélorie.\n")
    assert "person of African descent" not in fr["groups"]


def test_a_reminder_and_the_reporting_cycle_ask_for_nothing_new():
    r = rec("12 December 2025\n\nExcellency,\n\nThe Committee on the Elimination of Racial Discrimination reiterates its "
            "request for the information sought in its letter of 2 May 2025, which concerned the evictions. The "
            "Committee would be grateful to receive your Government's reply at the latest by 16 February 2026.\n\n"
            "The Committee recommends that the State party submit its combined periodic reports by 4 January 2029.\n\n"
            "Chair\n")
    assert r["requests"] == [] and r["reply_deadline"] == "2026-02-16"


def test_parts_of_an_including_list_and_deaths_of_unrelated_causes_are_no_figures():
    r = rec("Excellency,\n\nWe have received information concerning the deportation of 27 Yazidi asylum seekers, "
            "including 9 women and 11 children, currently detained at the centre. The other two persons named by the "
            "NGO died on 3 August 2024 and 19 August 2024 respectively, of causes unrelated to the incident.\n")
    assert r["casualties"] == {"killed": [], "injured": [], "displaced": [], "arrested": [27]}


def test_a_name_in_the_possessive_is_found_by_the_lexicon_short_and_long_texts():
    from tocsin.extract.lexicon import Lexicon

    lex = Lexicon({"Orvania": "ORV", "Zervane": "ZRV"})
    short = "Orvania's army and Zervane’s police."
    assert [(h.value, h.surface) for h in lex.find(short)] == [("ORV", "Orvania"), ("ZRV", "Zervane")]
    long = "word " * 100 + short  # long texts go through the word index
    assert [(h.value, h.surface) for h in lex.find(long)] == [("ORV", "Orvania"), ("ZRV", "Zervane")]


def test_state_names_the_un_writes_without_accents_or_as_adjectives():
    from tocsin.extract.states import country_lexicon

    lex = country_lexicon()
    for name, code in [("Cote d'Ivoire", "CIV"), ("Ivorian", "CIV"), ("Holy See", "VAT"), ("Mauritanian", "MRT"),
                       ("Malagasy", "MDG"), ("Emirati", "ARE"), ("Occupied Palestinian Territory", "PSE")]:
        assert [(h.value, h.start, h.end) for h in lex.find(name)] == [(code, 0, len(name))], name


def test_french_prepositions_before_names_the_gazetteer_knows():
    fr = ("Excellence,\n\nLe Comité a examiné la situation des Doungan au Kazakhstan. Le 7 février 2020, des "
          "affrontements ont eu lieu à Masanchi et près de Sortobe. Le Gouvernement du Kazakhstan a ouvert une "
          "enquête.\n")
    assert rec(fr)["places"] == ["Masanchi", "Sortobe"]
    # in English "en" and "à" are no prepositions; in French a name no gazetteer knows is not taken after them
    assert rec(fr.replace("à Masanchi", "à Vorlenne"))["places"] == ["Sortobe"]


def test_a_fragment_that_begins_inside_a_request_list():
    r = rec("of the Dalit families of Meruvalli village whose access to the wells was closed;\n\n(d) The measures "
            "taken to investigate the attack on the hamlet of Ponnur;\n\n(e) The status of the 61 complaints filed by "
            "Dalit victims;\n\nThe Committee would be grateful to receive this information by 13 March 2026.\n\n"
            "Yours sincerely,\n\nChair\nCommittee on the Elimination of Racial Discrimination\n")
    assert [x["marker"] for x in r["requests"]] == ["d", "e"] and r["reply_deadline"] == "2026-03-13"


def test_a_decision_page_read_by_mining_is_no_byline_and_an_earlier_letters_deadline_is_not_its_own():
    r = rec("CERD/C/NVR/DEC/1\n\n4. Notes with alarm the reports that guards employed by the mining company opened "
            "fire on protesters.\n\n6. Regrets that the Government did not reply to the Committee's letters of 23 May "
            "2025 and 29 August 2025, the latter of which requested information by 14 November 2025;\n\n7. Urges the "
            "State party:\n\n(a) To suspend the concession;\n\n(b) To investigate the killings.\n")
    assert r["kind"] == "decision" and [x["marker"] for x in r["requests"]] == ["a", "b"]
    assert r["reply_deadline"] is None


def test_ocr_list_markers_month_names_and_a_date_line_read_across_two_columns():
    r = rec("CERD/EWUAP/115th session/2025/MH/ks\n\n2 May 2025\n\nExce11ency,\n\nThe Committee requests the State "
            "party to provide information on the fo1lowing by 15 August 2025:\n\n(a) The investigation of the "
            "attack;\n\n{b) The legal basis for the arrests;\n\n(c] The measures taken to protect the residents.\n\n"
            "Chair\n")
    assert [x["marker"] for x in r["requests"]] == ["a", "b", "c"]
    sp = rec("Excellency,\n\nWe would be grateful for your observations on the following matters:\n\nl. Please provide any additional information.\n\n"
             "2. Please indicate the legal basis for the evictions.\n\nGeneva, 3 Apri1 2025\n")
    assert [x["marker"] for x in sp["requests"]] == ["1", "2"] and sp["date"] == "2025-04-03"
    cols = rec("BRIGHT OLIVE NETWORK\n\nQasrun, 17 June 2025   vivors and their fami-\n\nOn 3 June 2025 armed men "
               "attacked the village.   lies were displaced.\n")
    assert cols["date"] == "2025-06-17"


def test_an_ngo_submission_addressed_to_the_committee_and_national_groups():
    r = rec("SAMATA RIGHTS COLLECTIVE\nRegd. No. AMV/SOC/1147/2009\n\nAmlavati, 14 October 2025\n\nTo: The Committee on "
            "the Elimination of Racial Discrimination\nEarly Warning and Urgent Action Procedure\n\nSUBMISSION - REQUEST "
            "FOR URGENT ACTION\n\nThe Committee, in its concluding observations, recommended measures. We ask the "
            "Committee to:\n\n(a) Request information from the Republic of Suvarnadesh;\n\n(b) Consider the situation "
            "at its next session.\n")
    assert r["kind"] == "ngo_statement" and r["requests"] == [] and r["sender"] == "SAMATA RIGHTS COLLECTIVE"
    sp = rec("Excellency,\n\nThe Republic of Kestria pushed back at least 4,150 people, mostly Afghan, Syrian, Sudanese "
             "and Eritrean nationals. One of the deceased was a 19-year-old Sudanese national. The Government of "
             "Kestria paid 300,000 khoran to each injured person.\n")
    assert sp["states"] == ["Kestria"] and sp["groups"] == ["Afghan", "Syrian", "Sudanese", "Eritrean"]
    assert sp["casualties"]["injured"] == []


def test_another_sources_figure_at_and_injuries_treated_in_hospital():
    r = rec("Excellency,\n\nAccording to the Organization for Migration, 41,700 people were displaced as at 31 July 2025, "
            "while the State Emergency Management Agency puts the figure at nearly 28,000. At least 23 persons were "
            "treated for dog bites, fractures and hypothermia at the regional hospital.\n")
    assert r["casualties"] == {"killed": [], "injured": [23], "displaced": [41700, 28000], "arrested": []}


def test_an_email_quoting_a_letter_is_the_email_and_a_coded_state_named_once_as_a_government():
    r = rec("From: Dragana Velisch <d.velisch@example.org>\nSent: Tuesday, 20 January 2026 09:14\nTo: Legal team "
            "<legal@example.org>\nSubject: FW: Dolna Vrana eviction - deadline 16 March!!\n\nHi all,\n\nthe Committee's "
            "letter is up. Can we please:\n- draft a short note on (b) by Friday 30 January\n- call the Ombudsperson\n\n"
            "---------- pasted from the letter ----------\n\n> In the course of its 117th session, the Committee on the "
            "Elimination of Racial Discrimination considered the eviction of some 260 Ashkali residents in the Republic "
            "of Montevar.\n> The Committee requests the State party to provide information by 16 March 2026 on:\n"
            "> (a) the legal basis for the eviction;\n> (b) the alternative accommodation.\n")
    assert r["kind"] == "other" and r["requests"] == [] and r["reply_deadline"] is None and r["session"] is None
    co = rec("CERD/C/TRV/CO/19-21\n\n18. The Committee takes note of the National Strategy adopted by the Government of "
             "Tervania and of the closure of halting sites used by Roma travellers.\n")
    assert co["states"] == ["Tervania"]


def test_dates_of_a_french_dateline_and_a_news_page():
    fr = rec("LIGUE SARNAVIENNE CONTRE LE RACISME\n\nCOMMUNIQUÉ DE PRESSE COMMUN\nLSCR - Collectif\n\nMontbrac, le 2 juillet "
             "2025\n\nLa police a interpellé 312 personnes en quatre nuits.\n")
    assert fr["date"] == "2025-07-02" and fr["casualties"]["arrested"] == [312]
    news = rec("THE VARRSUND HERALD  |  English edition\n\nBy Ingrid Solbakk and Mattis Eira-Lunde\nPublished 14.10.2025 "
               "07:42 | Updated 15.10.2025 11:05\n\nHALDBY - Police detained 37 herders.\n")
    assert news["date"] == "2025-10-14"


def test_a_parallel_report_named_in_a_header_line_and_an_ngo_under_a_registry_stamp():
    r = rec("Roma Housing Watch - Kastovia          Parallel report to CERD, 117th session\n\n4.1 In its "
            "previous concluding observations the Committee recommended that the State party refrain from forced "
            "evictions.\n\n(a) Halt evictions;\n\n(b) Provide housing.\n")
    assert r["kind"] == "ngo_statement" and r["requests"] == []
    s = rec("                    OHCHR REGISTRY\n                    RECEIVED\n                    0 2 JUN 2025\n\n"
            "MIGRANT JUSTICE NETWORK VELLMARK (MJN)\n\nTo: Committee on the Elimination of Racial Discrimination\n\n"
            "We submit information on pushbacks from the Republic of Vellmark.\n")
    assert s["kind"] == "ngo_statement"


def test_no_deadline_from_the_publication_notice_or_an_earlier_letters_request():
    base = "4 April 2024\n\nExcellency,\n\nWe have the honour to address you in our capacities as Special Rapporteurs.\n\n"
    r = rec(base + "This communication and any response received from your Excellency's Government will be made public "
            "via the communications reporting website within 60 days.\n")
    assert r["reply_deadline"] is None
    fr = rec(base + "Cette communication, ainsi que toute réponse reçue du Gouvernement de votre Excellence, seront\n"
             "rendues publiques sur le site internet rapportant les communications dans un délai de 60 jours.\n")
    assert fr["reply_deadline"] is None
    r = rec(base + "The Committee wrote to your Government on 30 August 2024 and requested information by 15 November "
            "2024.\n")
    assert r["reply_deadline"] is None


def test_figures_of_the_thirty_first_and_second_rounds():
    r = rec("Excellency,\n\nOnly 6 persons had required medical assistance. Some 260 persons have since been sleeping "
            "in tents. Approximately 40 others were placed in container units. An organization puts the number of "
            "persons killed at 23. Nine of the men arrested in Pha Nyiaj have not been seen since. Around 600 Batwa now "
            "live in three roadside camps.\n")
    assert r["casualties"] == {"killed": [23], "injured": [6], "displaced": [260, 40, 600], "arrested": []}
    es = rec("Excelencia:\n\nEntre enero y marzo fueron asesinados tres líderes; la Fiscalía registra cinco homicidios. "
             "La Alcaldía reporta \"más de 900 personas\" desplazadas desde tres veredas vecinas.\n")
    assert es["casualties"] == {"killed": [3, 5], "injured": [], "displaced": [900], "arrested": []}
    fr = rec("Excellence,\n\nLes forces de sécurité ont procédé à l'arrestation de 61 hommes peuls. Les corps de trois "
             "des hommes arrêtés auraient été retrouvés.\n")
    assert fr["casualties"]["arrested"] == [61]


def test_the_session_an_ngo_paper_is_written_for_and_not_a_cited_letters():
    r = rec("ROMA HOUSING WATCH\n\nParallel report to CERD, 117th session\n\nThe Committee, in its letter adopted at its "
            "110th session, raised the evictions in the Republic of Kastovia. We urge the Government to stop them.\n")
    assert r["kind"] == "ngo_statement" and r["session"] == 117
    r = rec("MIGRANT JUSTICE NETWORK\n\nTo: Committee on the Elimination of Racial Discrimination\n\nWe respectfully ask "
            "the Committee to consider the situation of the Republic of Vellmark at its 115th session. In its letter "
            "adopted at its 113th session the Committee raised the pushbacks.\n")
    assert r["session"] == 115


def test_an_ngos_earlier_submission_a_letter_written_to_the_state_and_a_national_commissions_decision():
    r = rec("MIGRANT JUSTICE NETWORK\n\nTo: Committee on the Elimination of Racial Discrimination\n\n1. Further to our "
            "submission of 14 January 2025 on the Republic of Vellmark, the Committee had first written to the State "
            "party on this matter on 17 May 2023. The Commission for Protection against Discrimination, in its decision "
            "No. 07-311/24 of 2 October 2024, declared the complaint inadmissible. UNHCR staff visited Krell.\n")
    assert sorted((x["kind"], x["date"]) for x in r["references"]) == [("letter", "2023-05-17"), ("letter", "2025-01-14")]
    assert "UNHCR" not in r["places"]


def test_a_month_name_holding_a_codes_letters_is_not_the_state():
    r = rec("REFERENCE:\nUA SMB 4/2024\n\n11 September 2024\n\nExcellency,\n\nOn 12 August 2024, units of the armed forces "
            "of Sombrai attacked villages. Villagers fled into the neighbouring country of Kettara, whose authorities "
            "registered 2,450 new arrivals from Sombrai in September. The authorities of Kettara opened a camp.\n")
    assert r["states"] == ["Sombrai"]


def test_a_french_quarter_named_with_its_article():
    r = rec("Excellence,\n\nLe 2 juillet 2025, la police est intervenue dans le quartier des Tilleuls, en République de "
            "Sarnavie, où un jeune homme a été tué.\n")
    assert r["places"] == ["Tilleuls"]
