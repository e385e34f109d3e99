"""Rules added in the eighth session's blind rounds (heldout47 on), each checked on short texts that are not fixtures."""

from __future__ import annotations

from tests import makers
from tocsin.domain.documents import SourceDocument
from tocsin.extract import extract_document
from tocsin.extract.text import table_cells
from tocsin.ingest import read_bytes


def rec(text: str) -> dict:
    return extract_document(SourceDocument("x", "x.txt", "text/plain", len(text), text)).record("x.txt")


def test_a_row_ending_on_an_empty_cell_keeps_it_and_drawn_borders_are_dropped():
    assert table_cells("Police | 2 |") == ["Police", "2", ""]
    assert table_cells("| Police | 2 |") == ["Police", "2"]
    assert table_cells(" | 4 | 19") == ["", "4", "19"]


def test_french_and_spanish_table_headers_of_a_word_table():
    data = makers.docx_bytes(["Le Comité est préoccupé par les bilans, qui divergent selon les sources :"],
                             table=[["Source", "Personnes tuées", "Personnes blessées", "Personnes arrêtées"],
                                    ["Collectif kessari", "7", "45", "112"], ["Autorités", "4", "", "38"]])
    doc = read_bytes(data, "decision.docx")
    r = extract_document(doc).record("decision.docx")
    assert r["casualties"] == {"killed": [7, 4], "injured": [45], "displaced": [], "arrested": [112, 38]}
    r = rec("Las cifras difieren según la fuente:\n\nFuente | Fallecidos | Heridas | Detenidos\n"
            "Consejo Yaruma | 3 | 27 | 41\nMinisterio | 1 | 9 | 36\n")
    assert r["casualties"] == {"killed": [3, 1], "injured": [27, 9], "displaced": [], "arrested": [41, 36]}


def test_an_html_table_of_figures_by_source():
    html = ("<html><body><main><h1>Statement</h1><p>According to the information received, the toll differs by "
            "source.</p><table><tr><th>Source</th><th>Killed</th><th>Injured</th></tr><tr><td>Observatory</td>"
            "<td>5</td><td>31</td></tr><tr><td>Police</td><td>2</td><td></td></tr></table></main></body></html>")
    r = extract_document(read_bytes(html.encode(), "page.html")).record("page.html")
    assert r["casualties"]["killed"] == [5, 2] and r["casualties"]["injured"] == [31]


def test_french_lost_their_lives_and_spanish_arbitrary_detention_of_n():
    r = rec("Selon le bilan officiel établi par les services de l'État, quatre personnes ont perdu la vie et 19 ont "
            "été blessées lors des affrontements du 9 juin 2025.\n")
    assert r["casualties"]["killed"] == [4] and r["casualties"]["injured"] == [19]
    r = rec("Los expertos expresaron también su alarma por la detención arbitraria de 41 personas, entre ellas la "
            "lideresa yaruma Nayra Tawa, acusadas de terrorismo.\n")
    assert r["casualties"]["arrested"] == [41]


def test_people_still_without_housing_are_displaced_but_families_are_not_counted():
    r = rec("Five months after municipal bulldozers razed the settlement, some 420 Roma, almost half of them "
            "children, still have no adequate housing.\n")
    assert r["casualties"]["displaced"] == [420]
    r = rec("The programme built 300 houses last year for families who applied for social housing in the region.\n")
    assert r["casualties"]["displaced"] == []


def test_spanish_first_person_plural_opens_a_numbered_request_list():
    r = rec("Excelencia:\n\nTenemos el honor de dirigirnos a Usted en nuestra calidad de Relatores Especiales.\n\n"
            "En relación con las alegaciones arriba mencionadas, le agradeceríamos que nos proporcionara la siguiente "
            "información:\n\n1.\tCualquier información o comentario adicional que tenga sobre las alegaciones.\n\n"
            "2.\tInformación sobre la base legal de la orden de desalojo.\n")
    assert [q["marker"] for q in r["requests"]] == ["1", "2"]


def test_a_wide_line_gap_inside_a_requests_sentence_does_not_end_the_list():
    text = ("Excellency,\n\nThe Committee requests the State party to provide information on the following:\n\n"
            "(a) The measures taken to ensure that Roma children are\n\nenrolled in mainstream schools and are not "
            "taught in segregated\n\nclasses;\n\n(b) The measures taken to protect human rights defenders.\n\n"
            "Yours sincerely,\n")
    r = rec(text)
    assert [q["marker"] for q in r["requests"]] == ["a", "b"]
    assert r["requests"][0]["text"].endswith("are not taught in segregated classes")
    # a new paragraph that opens with a capital is no continuation: the list ends there
    r = rec(text.replace("\n\nclasses;", ".\n\nClasses are mixed elsewhere."))
    assert [q["marker"] for q in r["requests"]] == ["a"]


def test_romance_places_inside_a_unit_of_the_country_and_the_outskirts_of_a_town():
    r = rec("La Mission permanente présente ses compliments au Haut-Commissariat.\n\n2. Les affrontements survenus "
            "dans la nuit du 9 au 10 juin 2025 à Ferrière-Haute et à Saint-Ydris, dans le département du Haut-Lozan, "
            "trouvent leur origine dans un différend foncier ancien entre éleveurs et agriculteurs.\n\n3. Une réunion "
            "s'est tenue à Montclar le 3 juillet 2025 avec les représentants des éleveurs et des agriculteurs.\n")
    assert {"Ferrière-Haute", "Saint-Ydris"} <= set(r["places"]) and "Montclar" not in r["places"]
    ex = extract_document(SourceDocument("x", "x.txt", "text/plain", 0, "Five months after bulldozers razed the "
                                         "settlement on the outskirts of Kresnik, some families still live in tents "
                                         "along the river.\n"))
    place = next(f.value for f in ex.facts if f.field == "place" and f.value["name"] == "Kresnik")
    assert "type" not in place


def test_a_un_document_under_its_masthead_is_other_with_the_session_written_alone_on_its_line():
    head = ("United Nations                                   CERD/C/SR.3171\n\n"
            "International Convention on                     Distr.: General\nthe Elimination of All Forms          "
            "          14 November 2025\nof Racial Discrimination\n\n"
            "Committee on the Elimination of Racial Discrimination\n117th session\n\nSummary record of the 3171st meeting\n\n")
    body = ("1. The delegation of the United Provinces of Tamsir joined the meeting. Organizations of civil society "
            "had reported that 112 Hill Tarun were arrested.\n")
    r = rec(head + body)
    assert r["kind"] == "other" and r["session"] == 117 and r["states"] == ["Tamsir"]
    report = head.replace("117th session", "114th session (25 November-13 December 2024)\n115th session (7-25 April 2025)")
    assert rec(report + body)["session"] is None  # a report over several sessions belongs to none of them


def test_a_un_page_foot_with_its_job_number_inside_a_request_list():
    r = rec("Nations Unies                                    CERD/C/KSD/DEC/2\n\nDécision 2 (117)\n\nLe Comité pour "
            "l'élimination de la discrimination raciale,\n\n10. Prie l'État partie de lui fournir, au plus tard le 15 mars "
            "2026, des informations sur :\n\n     a)   Les enquêtes ouvertes ;\n\n     b)   La situation des hommes "
            "arrêtés ;\n\n2                                         GE.25-19877\nCERD/C/KSD/DEC/2\n\n     c)   Les "
            "mesures prises pour le retour des personnes déplacées.\n\nLe Comité encourage l'État partie à inviter une "
            "délégation.\n")
    assert [q["marker"] for q in r["requests"]] == ["a", "b", "c"]
    assert r["requests"][1]["text"] == "La situation des hommes arrêtés"  # not the page's foot and head after it


def test_meetings_councils_languages_and_online_are_no_places():
    r = rec("The amendment was adopted on 15 January 1992 at the Fourteenth Meeting of States Parties. The coordinator "
            "held an exchange of views in New York with the Special Adviser. Interviews were conducted in Romani by "
            "monitors. Police detained 19 members of the community in Dorav, where houses were burnt.\n")
    assert r["places"] == ["Dorav"]


def test_deaths_and_injuries_stated_only_in_a_table_are_alleged_killing_and_injury():
    table = ("\n\nSource | Killed | Injured | Arrested\nElders' Council | 7 | 45 | 112\nPolice | 4 | 19 | 38\n")
    r = rec("Excellency,\n\nThe Committee has received information on the events of 9 June 2025 in Dorav, where the "
            "figures given by the sources differ:" + table)
    assert {"killing", "injury"} <= set(r["allegations"])
    r = rec("The Permanent Mission of the Republic of Orvania presents its compliments to the Committee and has the "
            "honour to transmit the following figures on the events of 9 June 2025:" + table)
    assert r["kind"] == "state_reply" and r["allegations"] == []  # a State's reply alleges nothing


def test_a_paragraph_cut_by_a_page_break_is_one_paragraph_with_the_pages_foot_and_head_inside():
    from tocsin.extract.text import body_paragraphs

    text = ("CERD/EWUAP/115th session/2025/VDS/JK/ks\n\nExcellency,\n\nThe Committee has also been informed that 14 "
            "residents of Lower Barova, among them a human rights defender who\nhad documented the demolitions, were "
            "arrested on 20 September 2024 and held for up to\n\n- 1 -\n\nCERD/EWUAP/115th session/2025/VDS/JK/ks\n\n"
            "48 hours at the police station in Kresnik without being informed of the reasons for their arrest.\n\n"
            "The Committee requests the State party to provide information by 1 March 2026.\n")
    paras = [p.text for p in body_paragraphs(text)]
    assert any(p.startswith("The Committee has also been informed") and p.endswith("reasons for their arrest.")
               for p in paras)
    # a block that ends its sentence is not joined to the next page's
    ended = text.replace("held for up to\n\n", "held for two days.\n\n").replace("48 hours at", "Later, at")
    assert not any("- 1 -" in p for p in (q.text for q in body_paragraphs(ended)))


def test_figures_named_by_a_long_phrase_before_them_and_a_figure_disputed_as_indicated():
    r = rec("The number of persons who received medical treatment for injuries sustained during the events was 17, and "
            "not 31 as indicated in the information before the Committee.\n\nAccording to the records of the municipal "
            "civil protection services, the number of persons who temporarily left their homes did not exceed 412.\n\n"
            "About 2,500 persons had sought refuge in relief camps in the town of Miran.\n")
    assert r["casualties"]["injured"] == [17, 31] and r["casualties"]["displaced"] == [412, 2500]


def test_russian_lettered_requests_across_a_page_foot_in_russian():
    r = rec("Ваше Превосходительство,\n\nВ частности, Комитет просит государство-участник представить информацию о:\n\n"
            "а) ходе расследования событий 9 и 10 ноября 2024 года в посёлке Мерканд;\n\n"
            "б) мерах по защите свидетелей и родственников потерпевших от угроз и\n\nСтр. 2 из 3\n"
            "Синтетический тестовый документ: государство, лица и события вымышлены.\n\nпреследования;\n\n"
            "в) возмещении ущерба пострадавшим.\n\nС уважением,\n\nСтр. 3 из 3\n"
            "Синтетический тестовый документ: государство, лица и события вымышлены.\n")
    assert [q["marker"] for q in r["requests"]] == ["а", "б", "в"]
    assert r["requests"][1]["text"].endswith("от угроз и преследования")  # the page's foot is not its text


def test_a_decisions_paragraph_with_its_lettered_list_after_a_wrapped_lead_in_and_a_running_foot():
    foot = ("Document de test synthétique : l'État, les personnes, les lieux, les groupes armés et les faits sont "
            "fictifs, comme les institutions.")
    r = rec("Décision 1 (115)\n\n5. Le Comité est préoccupé par les attaques contre Sinkoro.\n\n6. Conformément au "
            "paragraphe 1 de l'article 9 de la Convention et à l'article 65 de\nson règlement intérieur, le Comité "
            "demande à l'État partie :\n\na) De mener sans délai des enquêtes indépendantes ;\n\nGE.25-06123 (F) 1/2\n"
            + foot + "\n\nb) De protéger les communautés peules du cercle de Dambéré ;\n\nc) De condamner les discours "
            "de haine.\n\n7. Le Comité décide de rester saisi de la question.\n\nGE.25-06123 (F) 2/2\n" + foot + "\n")
    assert [q["marker"] for q in r["requests"]] == ["a", "b", "c"]


def test_a_running_foot_that_ends_on_the_pages_number_inside_a_request_list():
    r = rec("Excellency,\n\nThe Committee requests the State party to provide information on the following by 14 "
            "March 2025:\n\n(a) The legal basis for the demolition of houses in the Harsk quarter;\n\n"
            "Synthetic test document: fictional State, persons and events. Page 1 of 2\n\n"
            "CERD/EWUAP/114th session/2024/RM/JT/ks\n\n(b) The measures taken to investigate the statements of the "
            "deputy mayor;\n\n(c) The number of complaints received in 2023 and 2024.\n\nYours sincerely,\n\n"
            "Synthetic test document: fictional State, persons and events. Page 2 of 2\n\n"
            "CERD/EWUAP/114th session/2024/RM/JT/ks\n")
    assert [q["marker"] for q in r["requests"]] == ["a", "b", "c"]


def test_a_day_in_quotation_marks_and_a_dateline_ending_with_a_full_stop_before_its_dash():
    assert rec("Постоянное представительство пользуется случаем.\n\nЖенева, «14» октября 2025 г.\n\nУправлению\n")["date"] \
        == "2025-10-14"
    assert rec("Текст ноты.\n\n«3» марта 2025 г.\n")["date"] == "2025-03-03"
    r = rec("Comunicado: el Gobierno de Tarquena minimiza ante la ONU las muertes del desalojo\n\nSanta Inés del Monte, 10 "
            "de julio de 2025. — La Coordinadora de Pueblos Garífunas rechaza la nota verbal de 27 de junio de 2025. "
            "Nuestros registros documentan tres muertos.\n")
    assert r["date"] == "2025-07-10" and r["kind"] == "ngo_statement"


def test_a_lower_case_people_after_comunidad_but_no_verb():
    r = rec("Se alega que dos miembros de la comunidad murieron y que otras 17 personas resultaron heridas durante el "
            "desalojo de la comunidad garífuna de Barra Coyol.\n")
    assert r["groups"] == ["garífuna"]


def test_notes_cited_by_their_date_or_number_in_spanish_and_russian_but_not_a_press_note():
    r = rec("Excelencia:\n\nEn el curso de su 116º período de sesiones, el Comité para la Eliminación de la "
            "Discriminación Racial examinó la situación del pueblo garífuna.\n\nEl Comité se refiere a su carta anterior de 21 de junio de 2024 y agradece al Gobierno su nota "
            "de 14 de octubre de 2024, recibida después del plazo fijado.\n\nEl Comité solicita al Estado parte que "
            "proporcione información.\n")
    assert {(x["kind"], x["date"]) for x in r["references"]} == {("letter", "2024-06-21"), ("reply", "2024-10-14")}
    r = rec("Постоянное представительство Республики Заравия свидетельствует своё уважение Управлению и имеет честь "
            "препроводить информацию в дополнение к ноте Представительства № 12/3-077 от 03.03.2025.\n")
    assert ("reply", "2025-03-03") in {(x["kind"], x["date"]) for x in r["references"]}
    r = rec("Excellency,\n\nThe district police, in a press note of 5 March 2025, put the number of injured at seven. "
            "The Committee requests the State party to provide information.\n")
    assert r["references"] == []


def test_a_lagoon_or_a_bay_named_after_its_kind_in_spanish_and_french():
    r = rec("Según la información recibida, la concesión de la laguna de Ysabal se otorgó sin consulta previa a las "
            "comunidades garífunas, cuyas familias fueron desalojadas de la bahía de Tela.\n")
    assert {"Ysabal", "Tela"} <= set(r["places"])


def test_a_web_pages_published_line_in_french_gives_its_date_not_the_update():
    r = rec("Réponse du Gouvernement à la lettre du Comité du 29 août 2025\n\nPublié le 10 novembre 2025 · Mis à jour le "
            "12 novembre 2025 · Rubrique : Droits de l’homme\n\nLe Gouvernement de la République de Lessaunie a transmis "
            "sa réponse à la lettre du Comité.\n")
    assert r["date"] == "2025-11-10"


def test_where_a_writer_sits_is_no_place_and_a_border_with_a_country_is_one():
    r = rec("Dear colleagues of the CERD secretariat,\n\nI am writing to you from Vessanne on behalf of our collective. "
            "Militias burnt the villages of Ferrière-Haute and Saint-Ydris. Thousands of Kessari are fleeing towards "
            "the border with Lorvania.\n")
    assert "Vessanne" not in r["places"] and {"Ferrière-Haute", "Saint-Ydris", "Lorvania"} <= set(r["places"])


def test_a_drawn_tables_rows_standing_apart_are_one_table():
    r = rec("Figures on the injured and on arrests differ:\n\nSource   Killed   Injured   Arrested\n\n"
            "SCC monitors at the dam site, 9 March   1   14   22\n\nMinistry of the Interior, statement   1   9   22\n\n"
            "Nordvik Herald, 10 March   2   over 20   22\n\nThe persons arrested were held for 48 hours.\n")
    assert r["casualties"]["killed"] == [1, 2] and r["casualties"]["injured"] == [14, 9, 20]


def test_a_note_dated_under_its_closing_formula_with_a_long_annex_after_it():
    annex = "\n".join(f"{k}. Case {k}/2024 opened under article 12 of the Criminal Code; 2 persons charged." for k in range(1, 30))
    r = rec("PERMANENT MISSION OF THE REPUBLIC OF VELMORA\n\nNo. VLM-GVA/112/2024\n\nThe Permanent Mission of the "
            "Republic of Velmora presents its compliments to the Office of the High Commissioner and has the honour to "
            "transmit the following information.\n\n" + "\n\n".join(f"{k}. The Government has taken measure {k}." for k in
                                                                    range(1, 30)) +
            "\n\nThe Permanent Mission of the Republic of Velmora avails itself of this opportunity to renew to the Office "
            "the assurances of its highest consideration.\n\nGeneva, 8 April 2024\n\nAnnex\n\n" + annex + "\n")
    assert r["date"] == "2024-04-08"


def test_a_mixed_case_request_for_urgent_action_title_and_a_date_beside_the_reference():
    r = rec("SAREK COUNCIL OF COMMUNITIES\n\nCommittee on the Elimination of Racial Discrimination\nc/o Petitions and "
            "Urgent Actions Section\n\nOur ref.: SCC/UA/2024/03    Karasvik, 10 March 2024\n\nRequest for urgent action: "
            "Irven Falls dam, Kingdom of Haldria\n\n1. We respectfully submit this request ahead of the Committee's 112th "
            "session. It follows the Committee's letter of 4 September 2023.\n")
    assert r["kind"] == "ngo_statement" and r["date"] == "2024-03-10"


def test_a_wide_line_gap_inside_a_sentence_and_a_running_head_beside_its_page_number():
    r = rec("Excellency,\n\nOn 22 August 2024 police evicted the two communities. According to the Coordinadora, some "
            "1,250 persons\n\nwere displaced, while the municipal authorities refer to 312 persons relocated to a "
            "shelter.\n\nThe Committee requests the State party to provide information on the following:\n\n(a) The "
            "legal basis for the eviction and the number of persons\n\nCERD/EWUAP/114th session/2024/MRV/LC/ks    - 2 -"
            "\n\naffected;\n\n(b) The investigation into the arrests.\n\nYours sincerely,\n")
    assert r["casualties"]["displaced"] == [1250, 312]
    assert [q["marker"] for q in r["requests"]] == ["a", "b"]


def test_a_number_word_an_ngo_coordination_and_a_decision_are_no_group_or_place_and_a_plurinational_state_is():
    r = rec("Excelencia:\n\nSegún la información recibida, la policía desalojó a la comunidad de Sañuta, en el Estado "
            "Plurinacional de Marivela.\n\nAccording to the Coordinadora, some 1,250 persons were displaced to Llaquepa. "
            "Nineteen community members were arrested. The Government referred to Decision 1 (111) of the Committee.\n")
    assert r["states"] == ["Marivela"] and "Nineteen" not in r["groups"]
    assert "Coordinadora" not in r["places"] and "Decision" not in r["places"] and "Llaquepa" in r["places"]


def test_a_paragraph_ending_on_a_footnote_number_after_its_full_stop_is_running_text():
    r = rec("Excellency,\n\nLes assaillants ont incendié 40 habitations et la brigade de gendarmerie ne serait pas "
            "intervenue; 4 000 personnes ont fui vers Ménar.2\n\nThe Committee requests information.\n")
    assert r["casualties"]["displaced"] == [4000]
