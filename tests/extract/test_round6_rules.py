"""Rules added after the fifth blind round (heldout6), each checked on short texts that are not fixtures."""

from __future__ import annotations

import pytest

from tocsin.domain.documents import SourceDocument
from tocsin.extract import extract_document
from tocsin.extract.numbers import words_to_int


def rec(text: str) -> dict:
    return extract_document(SourceDocument("x", "x.txt", "text/plain", len(text), text)).record("x.txt")


@pytest.mark.parametrize(("words", "value"), [
    ("семнадцать", 17), ("двадцать восемь", 28), ("две тысячи", 2000), ("девяносто", 90),
    ("quatre-vingts", 80), ("quatre-vingt-dix", 90), ("deux mille", 2000), ("dieciocho", 18),
    ("dos mil quinientos", 2500), ("doscientos", 200), ("three thousand two hundred", 3200),
])
def test_number_words(words, value):
    assert words_to_int(words) == value


def test_figures_named_before_them_and_partitive_one():
    r = rec("Excellency,\n\nThe Council of Elders puts the number of dead at 17. The District Hospital treated 46 "
            "persons for gunshot wounds. We are concerned at the killing of two protesters and the injuries "
            "inflicted on at least 14 others. Police confirmed the detention of one of its organisers.\n")
    assert r["casualties"] == {"killed": [17, 2], "injured": [46, 14], "displaced": [], "arrested": []}


def test_press_release_dateline_and_regional_body():
    r = rec("MERIDIAN COMMISSION ON HUMAN RIGHTS\n\nPRESS RELEASE\n\nVALMERE, 4 November 2025 – The Meridian "
            "Commission on Human Rights expresses its deep concern at the dispersal on 17 October 2025 of a "
            "peaceful gathering in the city of Drevanta, Republic of Norvessa. We condemn the violence. The "
            "Commission will consider the matter at its next session, to be held in Valmere from 1 to 12 December "
            "2025.\n")
    assert r["date"] == "2025-11-04" and r["kind"] == "other"
    assert r["places"] == ["Drevanta"]  # not the dateline's town, nor where a session sits
    ngo = rec("TESK RIGHTS WATCH\n\nPRESS RELEASE\n\nLINDAU, 4 November 2025 – Tesk Rights Watch condemns the "
              "dispersal of a peaceful gathering. We call on the authorities to release the detainees.\n")
    assert ngo["kind"] == "ngo_statement" and ngo["date"] == "2025-11-04"


def test_references_sent_to_a_government_on_and_adopted_concluding_observations():
    r = rec("9 May 2025\n\nExcellency,\n\nThe situation was the subject of a previous communication sent to your "
            "Excellency's Government on 14 March 2024. The Committee recalls its concluding observations "
            "(CERD/C/LNM/CO/12-14), adopted on 1 December 2022. The Commission recalls that it wrote to the "
            "Government of Norvessa on 22 October 2024. The reply was received by the secretariat on 2 "
            "September 2024.\n")
    assert sorted(x["date"] for x in r["references"] if x["date"]) == ["2022-12-01", "2024-03-14", "2024-10-22"]


def test_list_across_a_page_break_and_a_request_after_the_list():
    text = ("REF: CERD/EWUAP/115th session/2025/UL/ks\n\n12 May 2025\n\nExcellency,\n\nThe Committee on the "
            "Elimination of Racial Discrimination requests the State party to provide information on the "
            "following:\n\n(a) The legal basis for the demolitions;\n\n(b) The investigations into the use of force;"
            "\n\n                 3\n\nREF: CERD/EWUAP/115th session/2025/UL/ks\n\n(c) The measures taken to end "
            "segregated classes.\n\nThe Committee also requests the State party to provide information on the "
            "outcome of the investigation into the failure of police officers to protect residents. It invites "
            "the State party to submit its periodic reports.\n\nYours sincerely,\n\nChair\n")
    assert [q["marker"] for q in rec(text)["requests"]] == ["a", "b", "c", ""]


def test_operative_paragraph_that_only_asks_for_a_report_on_another():
    r = rec("Decision 3 (113)\n\nDecision on the situation of the Halvi in Tirvenia\n\n1. Expresses its concern at "
            "the attacks;\n\n2. Urges the State party to protect the Halvi;\n\n3. Requests the State party to "
            "provide, by 15 November 2024, information on the steps taken to give effect to paragraph 2 above;\n\n"
            "4. Requests the State party to submit information on the measures taken to implement the present "
            "decision;\n")
    assert [q["marker"] for q in r["requests"]] == ["2", "4"]


def test_places_not_taken_from_titles_and_company_names():
    r = rec("Excellency,\n\nThe Ondari were evicted from the villages of Tallowen and Ambrisk. Herders gathered on "
            "the shore of Lake Imra. The concession was granted to Kestrel Mineral Holdings Ltd. Brevania acceded "
            "to the International Covenant on Civil and Political Rights. We recall the Declaration on the Right "
            "of Organs of Society to Promote and Protect Human Rights. The Haldren District Hospital treated "
            "the wounded.\n")
    assert sorted(r["places"]) == ["Ambrisk", "Lake Imra", "Tallowen"]


def test_russian_state_reply():
    r = rec("ПОСТОЯННОЕ ПРЕДСТАВИТЕЛЬСТВО РЕСПУБЛИКИ ВАЛДОРИЯ\n\nПостоянное представительство Республики Валдория "
            "свидетельствует своё уважение Управлению Верховного комиссара и имеет честь препроводить информацию."
            "\n\n1. В результате беспорядков погибли три человека, ещё семнадцать человек получили телесные "
            "повреждения. В ходе расследования были задержаны двадцать восемь человек.\n\nЖенева, 12 марта 2025 "
            "года\n")
    assert r["kind"] == "state_reply" and r["states"] == ["Валдория"] and r["date"] == "2025-03-12"
    assert r["casualties"] == {"killed": [3], "injured": [17], "displaced": [], "arrested": [28]}


# --- added after the sixth blind round (heldout7) -------------------------------------------------------

def test_resolution_preamble_and_operative_paragraphs():
    r = rec("Decision 1 (72) on Kestrania\n\nThe Committee on the Elimination of Racial Discrimination,\n\nConcerned at "
            "information that on 9 November 2007 police officers opened fire on Ulvari protesters near the village "
            "of Tavel, reportedly killing two persons and injuring at least 14,\n\n1. Expresses its deep concern;\n\n"
            "2. Urges the State party to suspend the concession;\n\n3. Recommends that the State party stop the "
            "contamination of the river;\n\n4. Requests the Secretary-General to bring the present decision to the "
            "attention of the Human Rights Council;\n\n5. Decides to keep the situation under review.\n\n7 March 2008\n")
    assert r["casualties"]["killed"] == [2] and r["casualties"]["injured"] == [14]
    assert [q["marker"] for q in r["requests"]] == ["2", "3"]


def test_ocr_month_and_sentence_across_a_page_break():
    r = rec("REFERENCE: CERD/EWUAP/111th session/2023/LV/ks\n\n8 Decernber 2O23\n\nExcellency,\n\nThe Committee refers "
            "to the reply of 3 Novernber. It has been informed that some 42 Kessar men were\n\nGE.23-24518\n\n"
            "                                          - 2 -\n\narrested and held without charge. The Committee would "
            "be grateful to receive a response to these requests within 90 days of the date of this letter.\n\n"
            "Yours sincerely,\n\nChair\n")
    assert r["date"] == "2023-12-08" and r["reply_deadline"] == "2024-03-07"
    assert r["casualties"]["arrested"] == [42]
    assert [x["date"] for x in r["references"]] == ["2023-11-03"]


def test_deadline_in_hours_and_references_received_on():
    r = rec("REFERENCE: UA PLS 2/2024\n\n19 March 2024\n\nExcellency,\n\nWe have the honour to address you in our "
            "capacities as Special Rapporteur on the rights of Indigenous Peoples. Mr. Veskar was the subject of a "
            "previous communication sent by Special Procedures mandate holders on 4 October 2023. We thank your "
            "Excellency's Government for the reply received on 11 December 2023. We would appreciate a response "
            "on the initial steps taken to safeguard the rights of Mr. Veskar within 48 hours.\n")
    assert r["reply_deadline"] == "2024-03-21"
    assert sorted(x["date"] for x in r["references"]) == ["2023-10-04", "2023-12-11"]


def test_french_and_spanish_figures_places_and_states():
    fr = rec("Paris, le 3 février 2025\n\nLe Collectif condamne les violences commises contre la communauté kaloumé "
             "dans la province du Haut-Lira, dans le nord du Benvara. Des hommes armés ont attaqué les villages de "
             "Sandaré et de Koumbi-Tal. Le 29 janvier, la police a arrêté quinze jeunes Kaloumé à Sandaré. Nous "
             "appelons les autorités du Benvara à ouvrir une enquête.\n")
    assert fr["states"] == ["Benvara"] and fr["casualties"]["arrested"] == [15]
    assert {"Haut-Lira", "Sandaré", "Koumbi-Tal"} <= set(fr["places"])
    es = rec("Ginebra, 20 de junio de 2024\n\nSegún el informe, en los enfrentamientos fallecieron tres personas y 27 "
             "resultaron heridas. La cifra de 1.500 desplazados difundida por una organización no es exacta. Las 19 "
             "personas detenidas fueron puestas a disposición de la autoridad judicial, como se informó en la nota "
             "verbal N.º MPA-GIN/2024/012, de 15 de enero de 2024.\n")
    assert es["casualties"] == {"killed": [3], "injured": [27], "displaced": [1500], "arrested": [19]}
    assert [x["date"] for x in es["references"]] == ["2024-01-15"]


def test_groups_before_indigenous_and_after_pueblo_indigena():
    r = rec("Excellency,\n\nThe Committee is concerned that the rights of the Mirrani Indigenous people to their lands "
            "are not recognized. Another ethnic groups are affected too. La situación del pueblo indígena qoruna en el "
            "departamento del Alto Quiré es grave.\n")
    assert {"Mirrani", "qoruna"} <= set(r["groups"]) and "Another" not in r["groups"]


# --- added after the seventh blind round (heldout8) -----------------------------------------------------

@pytest.mark.parametrize(("words", "value"), [
    ("ninety-seventh", 97), ("one hundred and tenth", 110), ("eighty-sixth", 86), ("quatre-vingt-dix-septième", 97),
    ("cent dixième", 110), ("soixante-dixième", 70), ("first", 1), ("session", None),
])
def test_ordinal_words(words, value):
    from tocsin.extract.numbers import ordinal_to_int

    assert ordinal_to_int(words) == value


def test_session_in_words_and_adoption_line_date():
    r = rec("Decision 2 (110)\n\nThe Committee,\n\n1. Urges the State party to protect the Halvi;\n\n2. Decides to "
            "remain seized of the matter.\n\nAdopted at its 2950th meeting, on 25 April 2023\n")
    assert r["date"] == "2023-04-25" and r["session"] == 110
    r = rec("12 March 2019\n\nExcellency,\n\nI write to inform you that in the course of its ninety-seventh session, "
            "the Committee on the Elimination of Racial Discrimination considered the situation of the Moren. "
            "The Committee requests the State party to provide information on: 1. the measures taken to consult the "
            "Moren; 2. the legal grounds for the arrests; and 3. the measures taken to protect the burial grounds. "
            "The Committee wishes to draw attention to its general recommendation No. 23, in which it calls upon "
            "States parties to ensure consent.\n\nYours sincerely,\n\nChair\n")
    assert r["session"] == 97 and [q["marker"] for q in r["requests"]] == ["1", "2", "3"]


def test_ocr_letter_cut_in_its_deadline():
    r = rec("His Excellency\nMr. Alvar Denning\nPermanent Representative\n\nREFERENCE: CERD/86th/EWUAP/TSN/MK/ks\n\n"
            "22 May 2015\n\nExcellencv,\n\nIn the course of its 86th session, the Cornmittee on the Elimination of "
            "Racial Discrimination considered information concerning the Ilvan community.\n\nIn accordance with "
            "article 9 (1) of the Convention, the Committee would be grateful to receive from your Government "
            "information on the above by 30")
    assert r["kind"] == "committee_letter" and r["session"] == 86 and r["reply_deadline"] is None
    assert len(r["requests"]) == 1


def test_ranges_names_and_french_groups():
    r = rec("Excellency,\n\nAccording to testimonies, between 40 and 60 people were killed. Some 1.150 personas de "
            "las comunidades de Yapacú y Tres Cruces fueron desalojadas. 1 200 Kaldis ont été expulsés de force. "
            "La situation de la communauté kaldie reste grave. Nine community members were arrested on the Tembra "
            "plateau, and the Guiding\nPrinciples were recalled.\n")
    assert r["casualties"]["killed"] == [40, 60] and 3 not in r["casualties"]["displaced"]
    assert 1200 in r["casualties"]["displaced"] and r["casualties"]["arrested"] == [9]
    assert "Kaldi" in r["groups"] and "Nine" not in r["groups"]
    assert "Tembra plateau" in r["places"] and "Guiding" not in r["places"]


def test_allegations_stated_plainly_in_four_languages_and_not_from_charges_or_law_annexes():
    tags = lambda t: set(rec("Excellency,\n\n" + t + "\n")["allegations"])  # noqa: E731
    assert "arbitrary_arrest_detention" in tags("On 31 May 2025 police detained thirty-four Tavari men in Marsk.")
    assert "arbitrary_arrest_detention" in tags("Au cours de l'opération, 15 personnes auraient été interpellées.")
    assert "arbitrary_arrest_detention" in tags("Nueve dirigentes fueron detenidos sin orden judicial el 8 de marzo.")
    assert "impunity" in tags("According to the information received, no person has so far been charged in connection "
                              "with the killings.")
    assert "failure_to_protect" in tags("Les forces de sécurité ne sont intervenues que le lendemain matin.")
    charged = tags("They have been charged with \"incitement to mass disorder\", an offence carrying 12 years.")
    assert "hate_speech_incitement" not in charged and "criminalization" in charged
    assert "hate_speech_incitement" not in tags("The Governor publicly described her as \"an agitator\".")
    annex = tags("Police officers beat the protesters with batons in the square.\n\nReference to international human rights law\n\nWe recall "
                 "article 14 of the Covenant, which guarantees the right to a fair trial, and the prohibition of "
                 "torture.")
    assert "ill_treatment" in annex and not {"unfair_trial", "torture"} & annex


# --- added after the eighth blind round (heldout9) ------------------------------------------------------

def test_table_in_columns_survives_ocr_clean_up_and_keeps_its_total_row():
    r = rec("DRYLAND NETWORK\n\nBriefing paper submitted to the Committee on the Elimination of Racial "
            "Discrimination\n\nThe table lists the incidents confirmed by two witnesses in the province.\n\n"
            "Date            Place                       Killed      Injured\n"
            "11 Jun 2022     Tolbeni, Hadreva                 9           22\n"
            "27 Sep 2022     Lake Sarun                       –            5\n"
            "Total                                            9           27\n\n"
            "DPAN Briefing Paper 2023/02                                    page 4\n")
    assert r["kind"] == "ngo_statement"
    assert r["casualties"]["killed"] == [9] and sorted(r["casualties"]["injured"]) == [5, 22, 27]


def test_french_decision_sub_list_gerunds_and_adoption_footnote():
    r = rec("          Nations Unies                                   CERD/C/DOR/DEC/1\n\n"
            "                                                          2 décembre 2022\n\n"
            "          Décision 1 (108)\n\n          Profondément préoccupé par les informations selon lesquelles "
            "des miliciens auraient attaqué les villages, tuant au moins vingt-six personnes et en blessant 73,\n\n"
            "____________________\n          * Adoptée par le Comité à sa 2941e séance, le 25 novembre 2022.\n\n"
            "          4.    Prie l'État partie de lui fournir, au plus tard le 15 mars 2023, des informations sur :\n\n"
            "                a)    Les enquêtes ouvertes sur les attaques et les poursuites engagées ;\n\n"
            "                b)    Les mesures prises pour enquêter sur les propos tenus ;\n")
    assert r["date"] == "2022-11-25" and r["session"] == 108
    assert r["casualties"]["killed"] == [26] and r["casualties"]["injured"] == [73]
    assert [q["marker"] for q in r["requests"]] == ["a", "b"]


def test_spanish_appeal_numbered_requests_and_groups():
    r = rec("Excelencia:\n\nTenemos el honor de dirigirnos a Usted en nuestra calidad de Relatores Especiales. Las "
            "familias del pueblo quelmari se encuentran refugiadas en la escuela de la comunidad vecina de San Telmo. "
            "La Sra. Yaclán, defensora quelmari, habría recibido amenazas de muerte.\n\nEn este sentido, estaríamos "
            "muy agradecidos de tener sus observaciones sobre los asuntos siguientes:\n\n1. Sírvase proporcionar "
            "información sobre la base jurídica del desalojo.\n\n2. Sírvase indicar las medidas adoptadas para "
            "proteger a la Sra. Yaclán.\n")
    assert [q["marker"] for q in r["requests"]] == ["1", "2"]
    assert "vecina" not in r["groups"] and {"intimidation_reprisals", "persecution_of_defenders"} <= set(r["allegations"])


# --- added after the ninth blind round (heldout10) ------------------------------------------------------

def test_submission_to_the_committee_news_byline_and_reference_date_line():
    sub = rec("COUNCIL OF WAYAKU PEOPLES\n\n28 May 2021\n\nTo: The Chairperson\nCommittee on the Elimination of Racial "
              "Discrimination\nGeneva\n\nDear Chairperson,\n\nWe submit this request for urgent action on behalf of the "
              "Wayaku communities. 190 residents, including 74 children, are forced out of their homes.\n\nSincerely,\n\n"
              "Chair of the Council\n")
    assert sub["kind"] == "ngo_statement" and sub["casualties"]["displaced"] == [190]
    news = rec("MINORITY RIGHTS WIRE\n\nBy Ines Kovar | Geneva | 17 December 2018\n\nThe UN Committee on the "
               "Elimination of Racial Discrimination closed its 97th session on 14 December. It adopted concluding "
               "observations on two States, one expert said.\n")
    assert news["kind"] == "other" and news["date"] == "2018-12-17"
    note = rec("Ref: 4/2017 – 12 June 2017\n\nThe Permanent Mission of the Republic of Sorvania presents its "
               "compliments to the Office of the High Commissioner for Human Rights.\n")
    assert note["date"] == "2017-06-12" and note["kind"] == "state_reply"


def test_parenthesised_people_count_and_spanish_displacement():
    r = rec("Excellency,\n\nOn 4 June 2013 some 60 families (about 250 people) were evicted from the site. "
            "Asimismo, unas trescientas personas se habrían desplazado hacia el casco urbano, y la comunidad ante la "
            "Fiscalía no obtuvo respuesta.\n")
    assert sorted(r["casualties"]["displaced"]) == [250, 300] and "ante" not in r["groups"]


def test_lives_claimed():
    r = rec("Excellency,\n\nAccording to the Ministry of the Interior, the incidents claimed the lives of 11 persons, and "
            "26 persons were injured.\n")
    assert r["casualties"]["killed"] == [11] and r["casualties"]["injured"] == [26]


# --- added after the tenth blind round (heldout11) ------------------------------------------------------

def test_forwarded_note_date_parenthesised_dateline_and_a_state_named_by_where():
    mail = rec("From: Permanent Mission of Ostrevia <m@example.org>\nTo: CERD Secretariat <cerd@ohchr.org>\n"
               "Date: Wed, 3 Jul 2019 16:42:10 +0200\nSubject: Fwd: NV No. 241/2019\n\nDear colleagues,\n\nPlease find "
               "below note verbale No. 241/2019.\n\nThe Permanent Mission of Ostrevia presents its compliments to the "
               "Office of the High Commissioner for Human Rights.\n\nGeneva, 28 June 2019\n")
    assert mail["date"] == "2019-06-28"
    pr = rec("PRESS RELEASE\n\nUN experts alarmed by evictions in Dastria\n\nGENEVA (21 May 2024) – UN experts today "
             "expressed alarm at evictions of Sorrin herders in Dastria.\n\nSecurity forces in Dastria opened fire on "
             "protesters, the experts said.\n")
    assert pr["date"] == "2024-05-21" and pr["states"] == ["Dastria"] and "Dastria" not in pr["places"]


def test_encouragement_and_reporting_cycle_are_not_requests():
    r = rec("Decision 1 (109)\n\nThe Committee,\n\n1. Expresses its concern;\n\n2. Requests the State party to provide "
            "information on the investigations;\n\n3. Encourages the State party to engage in a dialogue;\n\n4. Invites "
            "the State party to submit its overdue periodic reports;\n\n5. Decides to remain seized of the matter.\n")
    assert [q["marker"] for q in r["requests"]] == ["2"]


def test_expelled_people_hospital_treatment_and_majority_districts():
    r = rec("Excellency,\n\nBorder guards rounded up and expelled about 400 people near the village of Harnet. In the "
            "fire, 19 persons received hospital treatment. The attacks took place in a Sarn-majority district.\n")
    assert r["casualties"]["displaced"] == [400] and r["casualties"]["injured"] == [19]
    assert not any("majority" in p for p in r["places"])


def test_day_of_a_month_is_no_figure():
    r = rec("Excellency,\n\nThose returned face arrest: two men returned on 1 March were detained without charge.\n")
    assert 1 not in r["casualties"]["arrested"]


# Allegations worded without the tags' own words (session 5 and the twelfth and thirteenth blind rounds)
@pytest.mark.parametrize(("sentence", "tag"), [
    ("In March the company fenced off the grazing grounds that the Orvani have used for generations.", "land_dispossession"),
    ("Since then most Orvani herders have lost access to the pastures of the valley.", "land_dispossession"),
    ("Fishing, on which the community depends, has been prohibited along the river since May.", "land_dispossession"),
    ("Twelve residents were detained and fined for taking part in an unauthorized assembly.", "restriction_of_expression_assembly"),
    ("Police reportedly fired live ammunition at unarmed demonstrators in the square.", "restriction_of_expression_assembly"),
    ("The reservoir submerged burial grounds and other sacred sites of the Orvani.", "cultural_rights"),
    ("The amendments limit instruction in the Orvani language to two hours a week.", "cultural_rights"),
    ("A newspaper published a series of articles portraying the Orvani as disloyal to the State.", "hate_speech_incitement"),
    ("Leaflets calling on residents to drive the Orvani out of the town circulated in May.", "hate_speech_incitement"),
    ("A regional official publicly called on Orvani parents to leave the country.", "hate_speech_incitement"),
    ("To our knowledge, not one member of the security forces has been charged.", "impunity"),
    ("As of today the Prosecutor's Office has opened no investigation.", "impunity"),
    ("Armed men attacked the encampments, setting fire to tents and driving away livestock.", "destruction_of_property"),
    ("Several Orvani villages have been burned.", "destruction_of_property"),
    ("The families were moved to a fenced plot which has no running water or electricity.", "denial_of_services"),
    ("Their children have not been able to attend school since the eviction.", "denial_of_services"),
    ("Orvani youths are stopped and searched by the police six times as often as others.", "ethnic_profiling"),
    ("Police arrested 58 men at checkpoints, reportedly on the sole basis of the ethnic affiliation in their papers.", "ethnic_profiling"),
    ("Several Orvani land defenders have since received threatening telephone calls.", "persecution_of_defenders"),
    ("Mr. Tal was arrested, reportedly in connection with his peaceful opposition to the dam.", "persecution_of_defenders"),
    ("Some 1,400 Orvani pupils are taught in separate \"adaptation classes\".", "segregation_exclusion"),
    ("The requirement will in practice exclude most Orvani speakers from public employment.", "segregation_exclusion"),
    ("The Orvani were neither informed nor consulted before the concession was granted.", "lack_of_consultation"),
    ("They were evicted without any meaningful consultation with the communities concerned.", "lack_of_consultation"),
    ("Police officers stationed at the entrance withdrew as the crowd approached.", "failure_to_protect"),
    ("Drilling fluids from the concession spill into the river; dead fish were found downstream.", "environmental_harm"),
    ("Approximately 1,200 Orvani were forced from their homes.", "displacement"),
    ("Police removed some 60 Orvani families from the village of Tal.", "forced_eviction"),
    ("The Committee requests information on the compatibility of the Law on the State Language with the Convention.",
     "discriminatory_law_policy"),
    ("The Law on Pasture Use, which reserves grazing permits for registered citizens, entered into force.",
     "discriminatory_law_policy"),
    ("Since September, Orvani children have been taught in a separate class outside the school.", "segregation_exclusion"),
    ("The Law on the State Language reportedly removes Orvani as a language of instruction in public schools.",
     "cultural_rights"),
    ("The Law on the State Language reportedly removes Orvani as a language of instruction in public schools.",
     "discriminatory_law_policy"),
    ("Please explain how the Law on Nomadic Movement is compatible with international human rights law.",
     "discriminatory_law_policy"),
    ("Security forces used tear gas and rubber bullets to disperse the crowd.", "restriction_of_expression_assembly"),
    ("Internet access was cut in the province from 3 to 8 April.", "restriction_of_expression_assembly"),
    ("The police post reportedly did not respond to calls for help during the night.", "failure_to_protect"),
    ("Three months later, no suspect has been identified.", "impunity"),
    ("The prosecutor has refused to open a case for murder.", "impunity"),
    ("The Ministry leased 40,000 hectares of traditional Orvani pastures to a company.", "land_dispossession"),
    ("The police dispersed the gathering and detained eleven participants.", "arbitrary_arrest_detention"),
    ("Criminal proceedings for \"incitement to separatism\" have been opened against the director.", "criminalization"),
    ("Some 300 Orvani teachers who failed a language examination have been dismissed.", "socioeconomic_discrimination"),
    ("Two other men, taken from their homes by masked men, have not been seen since.", "abduction_disappearance"),
    ("The authorities deny holding him and his family has no information about his fate.", "abduction_disappearance"),
    ("El líder fue sacado de su casa por hombres armados; desde entonces se desconoce su paradero.",
     "abduction_disappearance"),
    ("Police checkpoints stop and search only persons perceived as Orvani.", "ethnic_profiling"),
    ("Les contrôles d'identité visent systématiquement les personnes dont l'apparence est associée à la minorité.",
     "ethnic_profiling"),
    ("The men were given electric shocks until they signed statements admitting the attack.", "torture"),
    ("The men were given electric shocks until they signed statements admitting the attack.", "forced_confession"),
    ("The mayor said on the radio that \"these parasites will not be tolerated\".", "hate_speech_incitement"),
    ("A deputy shared a video urging citizens to drive the Orvani out.", "hate_speech_incitement"),
    ("Five land defenders were charged on 20 October with \"obstruction of strategic infrastructure\".", "criminalization"),
    ("The telephone communications of Council members are being monitored.", "surveillance"),
    ("All Orvani have been required to give fingerprints and DNA samples for a register.", "surveillance"),
    ("Les forces de sécurité auraient ouvert le feu à balles réelles sur des manifestants.", "excessive_force"),
    ("Les forces de sécurité auraient ouvert le feu à balles réelles sur des manifestants.",
     "restriction_of_expression_assembly"),
    ("Le gouvernorat aurait interdit toute réunion publique jusqu'à nouvel ordre.", "restriction_of_expression_assembly"),
    ("Certaines auraient été frappées à coups de matraque au commissariat.", "ill_treatment"),
    ("Aucune enquête indépendante n'a été ouverte sur les décès.", "impunity"),
    ("Le Comité regrette l'absence d'information sur la compatibilité du projet de loi avec la Convention.",
     "discriminatory_law_policy"),
    ("Non-verified residents are turned away from public hospitals.", "denial_of_services"),
    ("El único puesto de salud de la zona fue cerrado en 2022.", "denial_of_services"),
    ("El 71 % de la población vive en la pobreza.", "socioeconomic_discrimination"),
    ("Some 2,000 people have been confined in camps without any judicial order.", "arbitrary_arrest_detention"),
    ("The municipality sealed the Old Mosque, the main place of worship of the Orvani.", "cultural_rights"),
    ("District courts have refused to register petitions challenging these detentions.", "denial_of_justice"),
    ("Several hundred were handed over to the border guards of Qeld, where they may face torture.", "refoulement"),
    ("The Orvani may leave the three wards assigned to them only with a police permit.", "segregation_exclusion"),
    ("Speakers at the rallies called for the Orvani to be driven back across the river.", "hate_speech_incitement"),
    ("Instead of arresting the attackers, on 17 September police arrested 27 Orvani men.", "arbitrary_arrest_detention"),
    ("The Minister described the Orvani as \"a fifth column\" and said the city \"must be cleaned street by street\".",
     "hate_speech_incitement"),
    ("По словам родственников, задержанных допрашивали без адвокатов и избивали, добиваясь признательных показаний.",
     "forced_confession"),
    ("Some of them were beaten in custody in order to obtain confessions.", "forced_confession"),
    ("A Yazidi shrine was also damaged in Marzun.", "cultural_rights"),
    ("Some 1,400 Orvani have been displaced from the villages of Tal and Ilew to a resettlement site.", "forced_eviction"),
    ("The Act would in practice deprive the Orvani of the lands they have traditionally used.", "land_dispossession"),
    ("Land allotted to 312 Orvani families has never been handed over to them.", "land_dispossession"),
    ("Many have been held for longer than the six-month maximum provided by law.", "arbitrary_arrest_detention"),
    ("Calls to the emergency number went unanswered.", "failure_to_protect"),
    ("No one has reportedly been charged in connection with the attack.", "impunity"),
    ("Very few of the complaints recorded lead to prosecution.", "impunity"),
    ("The review under the Act has been applied almost exclusively to persons of Orvani origin.", "discriminatory_law_policy"),
    ("The unemployment rate among Orvani was 58.4 per cent, against 6.9 per cent for the population as a whole.",
     "socioeconomic_discrimination"),
    ("212 Orvani children were placed in \"special\" classes.", "segregation_exclusion"),
    ("Militias attacked the villages, burning houses and grain stores.", "destruction_of_property"),
    ("26 of the men were handed over to Qeldan border guards without any assessment of their asylum claims.",
     "refoulement"),
    ("The court convicted all 12 defendants of \"organising mass disorder\".", "criminalization"),
    ("Police dispersed the crowd with water cannon and batons.", "excessive_force"),
    ("Three defendants said they had signed confessions after being beaten.", "forced_confession"),
    ("Hearings of 17 October and 28 November were closed to the public.", "unfair_trial"),
    ("Police demolished their houses and a ceremonial site.", "cultural_rights"),
    ("Un cimetière et plusieurs sites sacrés seront submergés.", "cultural_rights"),
    ("Those removed now live in camps without adequate access to water and health care.", "denial_of_services"),
    ("The Mayor said that \"those people should go back where they came from\".", "hate_speech_incitement"),
    ("Officials described Orvani land claims as 'an insult to the natural order'.", "hate_speech_incitement"),
    ("Lawyer Tal had her licence suspended two days after she spoke to journalists.", "persecution_of_defenders"),
    ("The authorities must release those detained for documenting abuses.", "persecution_of_defenders"),
    ("Detainees were beaten to make them sign confessions.", "forced_confession"),
    ("Homes have been torched and Orvani families driven from land they have farmed for generations.",
     "land_dispossession"),
    ("The Land Allocation Ordinance, which in practice bars Orvani families from registering title, was adopted.",
     "discriminatory_law_policy"),
    ("La gendarmerie a procédé à l'expulsion des habitants des villages d'Ambrelle et de Kessou.", "forced_eviction"),
    ("Fourteen Orvani men, all of whom had sought asylum, were arrested and transferred.", "arbitrary_arrest_detention"),
    ("Some 1,200 residents were relocated against their will to a settlement 40 km away.", "forced_eviction"),
    ("The Mayor stated that the town would be \"cleaned\" of Roma before the tourist season.", "hate_speech_incitement"),
    ("Police officers stationed nearby arrived only several hours after the attack had begun.", "failure_to_protect"),
    ("The police initially refused to register the complaints of the families.", "denial_of_justice"),
    ("The Committee asks about the Public Security Regulations and their compatibility with the Convention.",
     "discriminatory_law_policy"),
    ("Eleven Orvani-medium schools in the towns of Vask and Drenmar have been closed.", "cultural_rights"),
    ("Some of them have been held incommunicado at unknown locations.", "abduction_disappearance"),
    ("Las obras avanzan sin que las comunidades hayan sido consultadas.", "lack_of_consultation"),
    ("Reportedly, neither Government consulted Orvani representatives before the closure.", "lack_of_consultation"),
    ("La fuerza pública dispersó con gases lacrimógenos una protesta pacífica.", "restriction_of_expression_assembly"),
    ("The closure of the crossing prevented the Orvani from reaching their summer pastures.", "land_dispossession"),
    ("It is alleged that none of the officers involved has been suspended.", "impunity"),
    ("No member of the armed group has been charged to date.", "impunity"),
    ("The Minister described the protests as the work of \"foreign elements\".", "hate_speech_incitement"),
    ("In the camp, water and medical care are reportedly insufficient.", "denial_of_services"),
    ("His family has reportedly been denied access to the autopsy report.", "denial_of_justice"),
    ("L'armée, pourtant présente à proximité, ne serait pas intervenue.", "failure_to_protect"),
    ("Al menos tres defensores del Consejo Comunitario han sido asesinados.", "persecution_of_defenders"),
    ("The mayor declared that the town \"will finally be cleaned of them\".", "hate_speech_incitement"),
    ("Hundreds of Orvani children have not been enrolled in any school since the evictions.", "denial_of_services"),
    ("More than seven months after the attack, nobody has been charged.", "impunity"),
    ("Unknown persons desecrated the cemetery, destroying some thirty gravestones.", "destruction_of_property"),
    ("The reservoir will cover 3,400 hectares of fishing and grazing grounds and 19 sacred sites.", "cultural_rights"),
    ("The reservoir will cover 3,400 hectares of fishing and grazing grounds and 19 sacred sites.", "land_dispossession"),
    ("Fish stocks downstream of the dam have collapsed.", "environmental_harm"),
    ("Some 1 500 Orvani have had to leave their homes as the water rose.", "displacement"),
    ("Persons declared foreigners are detained indefinitely in six holding centres.", "arbitrary_arrest_detention"),
])
def test_allegations_worded_without_the_tags_own_words(sentence, tag):
    assert tag in rec("Excellency,\n\nIt is alleged that the following occurred. " + sentence + "\n")["allegations"]


# A topic named without being alleged: a recommendation, a law that punishes it, a plan against it, animals
@pytest.mark.parametrize(("sentence", "tag"), [
    ("The Committee recommends ending the placement of Orvani children in special schools on the basis of their "
     "ethnic origin.", "ethnic_profiling"),
    ("The law requires the police to investigate every complaint.", "discriminatory_law_policy"),
    ("The residents of the camp lack access to clean water.", "denial_of_services"),
    ("At least 37 persons were arrested during the riots that followed.", "restriction_of_expression_assembly"),
    ("The Criminal Code, in its article 174, punishes incitement to hatred.", "impunity"),
    ("The Committee welcomes the adoption of a national action plan against hate speech.", "hate_speech_incitement"),
    ("Il note également que le Code pénal incrimine la torture.", "torture"),
    ("Effluent from the plant has caused mass fish deaths downstream.", "killing"),
    ("No tenemos conocimiento de que ninguno de los detenidos haya sufrido malos tratos.", "ill_treatment"),
    ("Les registres d'état civil ont été détruits pendant le conflit.", "destruction_of_property"),
    ("Lawyers told us that at least 30 people were detained.", "persecution_of_defenders"),
    ("According to the country's Human Rights Defender, at least five people were killed.", "persecution_of_defenders"),
    ("Residents report the drying of springs and the death of livestock.", "killing"),
])
def test_allegation_rules_that_stay_quiet(sentence, tag):
    assert tag not in rec("Excellency,\n\n" + sentence + "\n")["allegations"]


def test_list_item_runs_on_under_a_footnote_and_a_running_header():
    r = rec("REFERENCE: CERD/EWUAP/97th session/2018/OR/ks\n\n14 December 2018\n\nExcellency,\n\nThe Committee "
            "requests the State party to provide information by 15 March 2019 on:\n(a) The investigations opened "
            "into the attack;\n(b) The legal basis for the detention of the 27 men, their access to\n\n"
            "____________________\n1 Joint submission of the Orvani Council, received on 2 October 2018.\n\n"
            "GE.18-21347(E)\n\fCERD/EWUAP/97th session/2018/OR/ks\n\n2\n\nlegal counsel, and any investigation "
            "opened into the allegations of ill-treat-\nment of detainees;\n(c) The measures taken to end the "
            "separate schooling of Orvani children.\n\nYours sincerely,\n\nChair\n")
    assert [q["marker"] for q in r["requests"]] == ["a", "b", "c"]
    b = r["requests"][1]["text"]
    assert "access to legal counsel" in b and "Joint submission" not in b and "CERD/EWUAP" not in b
    assert r["reference_codes"] == ["CERD/EWUAP/97th session/2018/OR/ks"]


def test_decision_printed_in_an_annual_report():
    r = rec("A/65/18\n\nDecision 2 (77)\n\nOrvania\n\nThe Committee on the Elimination of Racial Discrimination, at "
            "its 2038th meeting, held on\n24 August 2010, adopted the following decision:\n\n      The Committee,\n\n"
            "      Recalling its letter of 13 March 2009 and its decision 1 (76) of 12 March 2010,\n\n1. Requests the "
            "State party to provide information on the measures taken.\n")
    assert r["date"] == "2010-08-24" and r["kind"] == "decision" and r["session"] == 77
    assert {(x["kind"], x["date"]) for x in r["references"]} == {("letter", "2009-03-13"), ("decision", "2010-03-12")}


def test_ocr_note_verbale_with_letters_read_as_digits():
    r = rec("PERMANENT MlSSION OF THE REPUBLIC OF ORVANIA\n\nNo. 112/2019\n\n     The Perrnanent Mission of the Repub1ic "
            "of Orvania presents its cornpliments to the 0ffice of the High Commissioner and has the honour to "
            "transmit the following.\n\n1. The Government recalls its note No. 4471/2018 of 20 August 2O18. Two "
            "persons lost their 1ives. The decision of the Mayor of Tal of 4 January 2Ol9 was suspended.\n\n"
            "Geneva, 2 April 2019\n")
    assert r["kind"] == "state_reply" and r["date"] == "2019-04-02"
    assert r["casualties"]["killed"] == [2]
    assert [(x["kind"], x["date"]) for x in r["references"]] == [("reply", "2018-08-20")]


def test_mandate_titles_and_bare_kinds_are_no_places_and_bodies_are_deaths():
    r = rec("Excellency,\n\nProtests took place in the city of Narvesh, in the Eastern Province. Medical staff at the "
            "hospital reportedly received at least twenty-three bodies. The Committee decides to transmit this "
            "decision to the Independent Expert on the issue of safe drinking water.\n")
    assert "Independent Expert" not in r["places"] and "Province" not in r["places"] and "Narvesh" in r["places"]
    assert r["casualties"]["killed"] == [23]


def test_a_charge_of_incitement_is_not_hate_speech():
    r = rec("Excellency,\n\nCriminal proceedings for \"incitement to separatism\" have been opened against the director.\n")
    assert "hate_speech_incitement" not in r["allegations"]


def test_figures_of_the_fourteenth_round():
    r = rec("Excellency,\n\nA 19-year-old man died in a fight. The Ministry puts the number of injured at 31 and has "
            "published no figure for the dead. Police raided the settlement and arrested twenty-six men. Plus de "
            "soixante personnes, dont des étudiants et un journaliste, ont été arrêtées. Quelque 1 200 habitants du "
            "quartier de Matobé, à Bérenval, auraient fui. Unas 1.500 personas han tenido que abandonar sus hogares. "
            "An estimated 2,000 people have been confined in \"holding centres\".\n")
    assert r["casualties"] == {"killed": [], "injured": [31], "displaced": [1200, 1500], "arrested": [26, 60, 2000]}


def test_special_procedure_letter_signed_by_a_chair_rapporteur_with_please_requests():
    r = rec("Mandates of the Special Rapporteur on minority issues and the Working Group on Arbitrary Detention\n\n"
            "12 June 2024\n\nExcellency,\n\nWe would be grateful for your observations on the following matters. "
            "Please provide any additional information. Please explain the legal basis for the detentions. Finally, "
            "please indicate the steps taken to investigate.\n\nWe would appreciate receiving a response within 90 "
            "days of the date of this letter.\n\nAnna Tal\nSpecial Rapporteur on minority issues\n\nOle Dunn\n"
            "Chair-Rapporteur of the Working Group on Arbitrary Detention\n")
    assert r["kind"] == "other" and r["reply_deadline"] == "2024-09-10"
    assert [q["text"][:14] for q in r["requests"]] == ["Please provide", "Please explain", "Finally, pleas"]


def test_places_not_companies_nor_languages_and_groups_not_sentence_openers():
    r = rec("Excellency,\n\nLand was granted to the consortium Northern Lithium Partners. When community members "
            "attempted to block the road near the village of Tirmo, officers fired. Hearings were held without "
            "interpretation into Romani. Several were held at the commissariat central de Sorne.\n")
    assert "Lithium Partners" not in r["places"] and "Romani" not in r["places"] and "Sorne" in r["places"]
    assert "When" not in r["groups"]


def test_ocr_rn_read_for_m_is_repaired_in_place_but_not_in_names():
    from tocsin.extract.text import ocr_clean

    raw = ("Excellency,\n\nThe Cornmittee has received inforrnation that sorne 40 rnen were detained at the prison "
           "de Sorne and that eleven persons received rnedical treatment. The Government's modern return.\n")
    clean = ocr_clean(raw)
    assert len(clean) == len(raw) and "Committee  has" in clean and "prison de Sorne" in clean
    assert "medical  treatment" in clean and "Government's modern return" in clean
    r = rec(raw)
    assert r["casualties"]["injured"] == [11] and r["casualties"]["arrested"] == [40]


def test_figures_of_the_fifteenth_and_sixteenth_rounds():
    assert rec("Excellency,\n\nОколо 3 тысяч человек, главным образом женщины, дети и пожилые люди, бежали из "
               "сёл.\n")["casualties"]["displaced"] == [3000]
    assert rec("Excellency,\n\nОколо 1 200 жителей, временно покинувших свои дома, вернулись.\n"
               )["casualties"]["displaced"] == [1200]
    r = rec("Excellency,\n\nSome 3,OOO persons, mainly women, children and older persons, are said to have fled "
            "their homes. About 1,800 Orvani residents have left Avzhan and Marzun. Two men, Mr. Aram Teli, aged "
            "19, and Mr. Josip Kanu, aged 54, reportedly died of their burns. Eleven members, including Ms. Tuma, "
            "spokesperson of the Council of Elders, were arrested.\n")
    assert r["casualties"] == {"killed": [2], "injured": [], "displaced": [3000, 1800], "arrested": [11]}


def test_kinds_of_excerpts_and_statements_naming_a_mandate_late():
    reply = rec("7. With regard to paragraph (a) of the letter of the Committee dated 19 December 2024, the Government "
                "wishes to inform the Committee that 37 persons were arrested.\n\n8. The Government categorically "
                "rejects the allegation that officers used excessive force. For the remaining points, the Government "
                "refers to its note verbale No. 12/447 of 9 September 2024.\n")
    assert reply["kind"] == "state_reply" and reply["allegations"] == []
    assert {(x["kind"], x["date"]) for x in reply["references"]} == {("letter", "2024-12-19"), ("reply", "2024-09-09")}
    ngo = rec("ORVANI RIGHTS WATCH\n\nPUBLIC STATEMENT\n\nOrvani Rights Watch is alarmed by the attacks of September "
              "2025 in which at least nine people were killed. " + "Witnesses told our monitors what they saw. " * 30
              + "\n\nWe call on the Government to:\n\n1. Open an independent investigation;\n\n2. Invite the Special "
              "Rapporteur on minority issues to visit.\n")
    assert ngo["kind"] == "ngo_statement" and ngo["requests"] == []


def test_references_and_states_of_the_fifteenth_round():
    r = rec("Excellency,\n\nRecalling its letter of 30 August 2019 and taking note of the reply of the State party of "
            "21 November 2019, received after the deadline of 15 October 2019, the Committee regrets the delay.\n")
    assert sorted((x["kind"], x["date"]) for x in r["references"]) == [("letter", "2019-08-30"), ("reply", "2019-11-21")]
    ru = rec("Постоянное представительство Республики Орвания свидетельствует своё уважение и в дополнение к своей "
             "ноте № 02-11/301 от 28 июня 2019 года имеет честь сообщить следующее.\n")
    assert ("reply", "2019-06-28") in {(x["kind"], x["date"]) for x in ru["references"]}
    sp = rec("Press briefing notes on Qeldaria\n\nWe are concerned about the violence in Qeldaria's Lorvan region, "
             "where at least five people have been killed. She recalled that Qeldaria is a State party to the "
             "Convention.\n")
    assert sp["states"] == ["Qeldaria"] and "Lorvan region" in sp["places"]


def test_figures_and_references_of_the_sixteenth_and_seventeenth_rounds():
    r = rec("Excellency,\n\nAt least 27 persons drowned. As of 31 March, 2,140 persons, among them unaccompanied "
            "children, were reportedly held in the centre. Some 3,200 Orvani are reported to have left the State "
            "party. Nine of the twelve defendants were arrested in the days after the protest. Two police officers "
            "sustained minor injuries. Complaints by two of the detained persons were examined. Workers escorted "
            "by some 120 police officers demolished the houses.\n")
    assert r["casualties"] == {"killed": [27], "injured": [2], "displaced": [3200], "arrested": [2140, 9]}
    refs = rec("Excellency,\n\nAt its ninety-fifth session, the Committee considered the follow-up information "
               "submitted by the State party on 22 January 2018 (CERD/C/TRV/CO/18-20/Add.1) on its concluding "
               "observations adopted on 7 December 2016 (CERD/C/TRV/CO/18-20). The Committee wrote to Orvania on 28 "
               "April 2025 and the Government replied on 4 August 2025.\n")
    assert refs["session"] == 95
    assert {(x["kind"], x["date"]) for x in refs["references"]} >= {
        ("reply", "2018-01-22"), ("decision", "2016-12-07"), ("letter", "2025-04-28"), ("reply", "2025-08-04")}


def test_a_quoted_earlier_letter_and_ngo_papers_citing_concluding_observations():
    r = rec("5 December 2025\n\nExcellency,\n\nThe Committee recalls its letter, which read:\n\n\"In accordance with "
            "article 9 (1), the Committee requests the State party to provide information by 15 July 2025 on:\n(a) The "
            "investigations;\n(b) The measures taken.\"\n\nThe Committee requests the State party to provide, within "
            "three months of the date of the present letter, information on:\n\n(a) The investigation into the deaths;"
            "\n(b) The legal basis for the detention.\n\nYours sincerely,\n\nChair\n")
    assert [q["text"][:16] for q in r["requests"]] == ["The investigatio", "The legal basis "]
    assert r["reply_deadline"] == "2026-03-05"
    ngo = rec("ORVANI RIGHTS CENTRE\n\nALTERNATIVE REPORT\nto the Committee on the Elimination of Racial Discrimination\n\n"
              "31. In its concluding observations (CERD/C/ORV/CO/20-22), adopted at its 104th session, the Committee "
              "recommended that the State party end segregation. We recommend that the State party:\n(a) adopt a "
              "desegregation plan;\n(b) suspend evictions.\n")
    assert ngo["kind"] == "ngo_statement" and ngo["session"] is None and ngo["requests"] == []


def test_figures_requests_and_deadlines_of_the_eighteenth_round():
    r = rec("Excellency,\n\nPolice forcibly removed at least 600 Orvani from the villages. Six persons, four of them "
            "police officers, sustained minor injuries. At least 23 Orvani men, women and children have been killed. "
            "Armed men took away several hundred head of cattle, and the families fled to Tal.\n")
    assert r["casualties"] == {"killed": [23], "injured": [6], "displaced": [600], "arrested": []}
    pr = rec("GENEVA (2 September 2025) - The High Commissioner voiced alarm at attacks in Orvania. The Committee "
             "wrote to the Government of Orvania on 16 May 2025, asking for information by 30 September 2025.\n")
    assert pr["kind"] == "other" and pr["reply_deadline"] is None and pr["requests"] == []
    st = rec("Committee on the Elimination of Racial Discrimination\n\nStatement 2 (115)\n\nStatement on the situation "
             "of the Halvi minority in Morandia\n\nAdopted on 24 April 2025\n\n1. The Committee is alarmed by the "
             "situation in the eastern province of Erzan, Morandia, since the elections.\n")
    assert st["states"] == ["Morandia"] and st["session"] == 115


def test_figures_of_the_nineteenth_round():
    r = rec("Excellency,\n\nSome 350 Roma, who had lived for over 30 years in the settlement, were forcibly evicted. "
            "More than 40 protesters were injured and 212 persons were arrested, many of whom have been charged. More "
            "than 2,000 Orvani men are held in such centres without charge. The bodies of three men were found on 4 "
            "July. Some 1,800 have crossed into neighbouring Kelmora.\n")
    assert r["casualties"] == {"killed": [3], "injured": [40], "displaced": [350, 1800], "arrested": [212, 2000]}


def test_rounds_twenty_and_twenty_one():
    fr = rec("Genève, le 2 septembre 2022\n\nMonsieur l'Ambassadeur,\n\nLe Comité a été informé que les Roms du quartier "
             "des Tanneries ont été expulsés. Des Peuls auraient été attaqués.\n")
    assert fr["language"] == "fr" and {"Rom", "Peul"} <= set(fr["groups"])  # as written, in the singular
    es = rec("Excelencia:\n\nSe alega que un grupo armado habría asesinado a once líderes sociales. El Comité solicita "
             "al Estado parte que le proporcione, dentro de un plazo de 60 días contados a partir de la fecha de la "
             "presente carta, información sobre las medidas adoptadas.\n\n1 de septiembre de 2023\n")
    assert es["casualties"]["killed"] == [11] and es["reply_deadline"] == "2023-10-31"
    en = rec("Excellency,\n\nIt is alleged that 300 head of livestock died. The Committee requests the State party to "
             "provide information on:\n(a) The investigation;\n(b) The measures taken.\n\nThe Committee further requests "
             "the State party to provide information on the following:\n(c) The legal basis;\n(d) The return.\n")
    assert en["casualties"]["killed"] == [] and [q["marker"] for q in en["requests"]] == list("abcd")


def test_french_and_spanish_places_with_their_qualifiers():
    fr = rec("Monsieur l'Ambassadeur,\n\nDes miliciens ont attaqué les hameaux peuls de Sorokoro et de Tinguélé. Dans la "
             "commune voisine de Montbrac, les enfants sont séparés. Des résidus ont été déversés dans la rivière "
             "Lékoti, et le campement situé au lieu-dit Les Tanneries a été détruit.\n")
    assert {"Sorokoro", "Tinguélé", "Montbrac", "Lékoti", "Les Tanneries"} <= set(fr["places"])
    es = rec("Excelencia:\n\nSe alega que once líderes fueron asesinados en los municipios de Puerto Candil y Santa Irene, "
             "y que 600 personas abandonaron sus hogares en el barrio Villa Corvina.\n")
    assert {"Puerto Candil", "Santa Irene", "Villa Corvina"} <= set(es["places"])


def test_numbers_and_dates_written_every_way():
    r = rec("10/03/2021\n\nExcellency,\n\nAt least 3 children and 2 women were killed on the 3rd of May 2021. Twenty-one (21) "
            "persons were arrested and a dozen were injured. The relocation of 64 residents followed; the Ministry puts "
            "the number of \"resettled persons\" at 1,150. Four deaths and 27 persons injured were reported. Four of "
            "our leaders have received death threats. One community member, Ernesto Waru, 34, was shot dead. The "
            "reservoir would require the relocation of some 3,400 residents. The Committee requests information "
            "within sixty (60) days.\n")
    assert r["date"] == "2021-03-10" and r["reply_deadline"] == "2021-05-09"
    assert r["casualties"] == {"killed": [3, 2, 4, 1], "injured": [12, 27], "displaced": [64, 1150], "arrested": [21]}
    assert "killing" in r["allegations"]


def test_ngo_submission_headings_and_press_release_dates():
    sub = rec("SUBMISSION TO THE COMMITTEE ON THE ELIMINATION OF RACIAL DISCRIMINATION\nEarly Warning and Urgent Action "
              "Procedure - 114th session\n\nSubmitted by: Centre for Inclusion (CSI)\n\n1. The Committee concluding "
              "observations recommended that the State party act. We request the Committee to:\n(a) request information;"
              "\n(b) urge the State party to act.\n")
    assert sub["kind"] == "ngo_statement" and sub["requests"] == [] and "CSI" not in sub["groups"]
    pr = rec("JOINT PRESS RELEASE\nFor immediate release - 27 February 2025\n\nTwo organisations condemn the removal "
             "of farmers from their land near Bir Tayesh.\n")
    assert pr["kind"] == "ngo_statement" and pr["date"] == "2025-02-27"
