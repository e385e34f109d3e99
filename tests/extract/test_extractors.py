"""Unit tests per extractor, on invented sentences about fictional States (Tamaria, Belmar, Arendia)."""

from __future__ import annotations

import pytest

from extract_helpers import doc_of

from tocsin.domain.documents import DocumentKind
from tocsin.domain.vocab import allegation_tags, document_kinds, indicators
from tocsin.extract import EXTRACTORS, extract_document
from tocsin.extract.kind import classify, detect_language
from tocsin.extract.numbers import NUMBER, parse_number
from tocsin.extract.references import reference_codes


def rec(text: str) -> dict:
    d = doc_of(text)
    return extract_document(d).record(d.filename)


def test_registry_has_one_extractor_per_concern():
    names = [e.name for e in EXTRACTORS]
    for concern in ("kind", "dates", "deadlines", "requests", "references", "parties", "states", "groups",
                    "places", "casualties", "allegations"):
        assert concern in names
    assert all(e.version for e in EXTRACTORS)


def test_vocabularies_validate():
    assert len(allegation_tags()) == 32 and "refoulement" in allegation_tags()
    assert all(i in indicators() for t in allegation_tags().values() for i in t.indicators)
    assert set(document_kinds()) == {k.value for k in DocumentKind}


def test_kind_cues():
    note = ("Permanent Mission of the Republic of Tamaria\n\nNo. 12/34\n\nThe Permanent Mission of the Republic of "
            "Tamaria presents its compliments to the Office of the United Nations High Commissioner for Human Rights "
            "and has the honour to transmit the following information.\n")
    assert classify(doc_of(note))[0] is DocumentKind.STATE_REPLY
    dec = "Decision 2 (110)\n\nTamaria\n\nThe Committee on the Elimination of Racial Discrimination adopts the following decision.\n"
    assert classify(doc_of(dec))[0] is DocumentKind.DECISION
    sp = ("Mandates of the Special Rapporteur on minority issues\n\nREFERENCE: AL TAM 1/2025\n\nExcellency,\n\n"
          "I have the honour to address you in my capacity as Special Rapporteur on minority issues.\n")
    assert classify(doc_of(sp))[0] is DocumentKind.OTHER
    letter = ("Excellency,\n\nThe Committee requests the State party to provide information.\n\nYours sincerely,\n\n"
              "Chair\nCommittee on the Elimination of Racial Discrimination\n")
    assert classify(doc_of(letter))[0] is DocumentKind.COMMITTEE_LETTER
    ngo = "Statement of the Tamari Rights Foundation\n\nWe urge the authorities of Tamaria to stop the evictions.\n"
    assert classify(doc_of(ngo))[0] is DocumentKind.NGO_STATEMENT


def test_language():
    assert detect_language("Le Comité prie l'État partie de fournir des informations sur les mesures prises.")[0] == "fr"
    assert detect_language("El Comité solicita al Estado parte que proporcione información sobre las medidas.")[0] == "es"
    assert detect_language("Комитет просит государство-участник представить информацию о принятых мерах.")[0] == "ru"


def test_reference_codes_and_session():
    text = ("REFERENCE: CERD/EWUAP/120th session/2026/TM/ks\n\n3 March 2026\n\nExcellency,\n\nIn the course of its "
            "120th session, the Committee recalled its concluding observations (CERD/C/TAM/CO/4-6) and "
            "Decision 1 (118).\n\nYours sincerely,\n\nChair\nCommittee on the Elimination of Racial Discrimination\n")
    codes = [c for c, *_ in reference_codes(doc_of(text))]
    assert codes[:2] == ["CERD/EWUAP/120th session/2026/TM/ks", "CERD/C/TAM/CO/4-6"]
    r = rec(text)
    assert r["session"] == 120
    assert {"kind": "decision", "date": None, "symbol": "CERD/C/TAM/CO/4-6"} in r["references"]  # the Committee's findings


def test_session_not_from_other_meetings():
    r = rec("Open Dialogue on Tamaria\n\nStatement of the Tamari Foundation on the working SESSION I: tolerance.\n\n"
            "We urge the OSCE to act at its 3rd session of the Committee meeting.\n")
    assert r["session"] is None


def test_references_with_years_from_context():
    r = rec("Geneva, 30 April 2026\n\nExcellency,\n\nThe Committee refers to its previous letter of 7 August 2025 "
            "and thanks the Government for its reply of 30 October. It also recalls the note verbale No. 5/2 of "
            "12 January 2026. In response to the events of February 2026, an open letter was sent on 8 May 2025.\n\n"
            "The Committee would be grateful to receive a response by 14 July 2026.\n")
    assert [(x["kind"], x["date"]) for x in r["references"]] == [
        ("letter", "2025-08-07"), ("reply", "2025-10-30"), ("reply", "2026-01-12")]
    assert r["reply_deadline"] == "2026-07-14" and r["date"] == "2026-04-30"


def test_numbers():
    vals = [parse_number(m) for m in NUMBER.finditer("eleven, twenty-three, 2,300, Thirty-one, one hundred and five")]
    assert vals == [11, 23, 2300, 31, 105]
    assert [parse_number(m) for m in NUMBER.finditer("thousands of people")] == []


def test_casualties_conflicting_and_qualified():
    r = rec("Orleki Rights Watch\n\nBelgrad, 7 April 2025\n\nAccording to Orleki Rights Watch, eleven people were killed "
            "and more than 200 were injured. The Ministry of Interior reported that 9 people died. Thousands fled "
            "to Vesmir. At least 14 protesters were arrested. Police detained 3 journalists. The trial lasted 12 hours.\n")
    assert r["casualties"] == {"killed": [11, 9], "injured": [200], "displaced": [], "arrested": [14]}
    figs = {(f["category"], f["number"]): f for f in r["casualty_figures"]}
    assert figs[("injured", 200)]["qualifier"] == "more than"
    assert figs[("killed", 11)]["source"] == "Orleki Rights Watch"
    assert figs[("killed", 9)]["source"] == "Ministry of Interior"


def test_states_from_names_adjectives_symbols():
    r = rec("Excellency,\n\nThe Committee considered the situation in Kazakhstan. Kazakhstani officials denied it. "
            "Some fled to neighbouring Kyrgyzstan. The concluding observations CERD/C/TZA/CO/17-18 apply.\n")
    assert r["states"] == ["KAZ", "TZA"]
    assert "Kyrgyzstan" in r["places"]


def test_fictional_state_and_groups():
    r = rec("Excellency,\n\nThe Committee considered the situation of the Orleki minority in the Republic of Belmar. "
            "Persons belonging to the Kesh community and ethnic Tamaris from Vesmir were also affected. "
            "Some Uyghurs and Roma were detained. Twelve of Belmarian origin were charged.\n")
    assert r["states"] == ["Belmar"]
    assert r["groups"] == ["Orleki", "Kesh", "Tamari", "Uyghur", "Roma"]


def test_a_state_name_does_not_run_across_lines():
    """"Permanent Mission of the Republic of Velmora" over a blank line and "The Permanent Mission...":
    the State is "Velmora", never "Velmora\n\nThe"."""
    r = rec("Permanent Mission of the Republic of Velmora\n\nThe Permanent Mission of the Republic of Velmora "
            "presents its compliments to the Committee.\n\nSARN CENTRE\nRepublic of Velmora\n\nIstral, 18 March 2024\n")
    assert r["states"] == ["Velmora"]


def test_places_not_from_letterhead_or_address():
    text = ("OFFICE OF THE HIGH COMMISSIONER FOR HUMAN RIGHTS\nPALAIS DES NATIONS • 1211 GENEVA 10, SWITZERLAND\n\n"
            "3 March 2026\n\nExcellency,\n\nThe Committee received information that in February 2026 houses were "
            "burned in the villages of Varnek and Dolin, in the Ostrava district of the Republic of Tamaria, and "
            "that the trial took place in the city of Belgrad.\n\nHis Excellency Mr. Ivo Pell\nPermanent "
            "Representative of the Republic of Tamaria\nto the United Nations Office at Geneva\n")
    r = rec(text)
    assert r["places"] == ["Varnek", "Dolin", "Ostrava district", "Belgrad"]
    assert r["recipient"] == "Ivo Pell, Permanent Representative of the Republic of Tamaria to the United Nations Office at Geneva"


def test_places_resolved_with_gazetteer_and_aliases():
    r = rec("Excellency,\n\nIn February 2020 there was violence in the Kordai district of Jambyl Oblast in Kazakhstan. "
            "The trial was held in the city of Taraz. The Committee refers to Kazakhstan.\n")
    details = {p["name"]: p for p in r["place_details"]}
    assert details["Kordai district"]["admin1"] == "KZ-31"
    assert details["Jambyl Oblast"]["code"] == "KZ-31"
    assert abs(details["Taraz"]["lat"] - 42.9) < 0.1


def test_allegations_with_hedging_and_evidence():
    r = rec("Excellency,\n\nIt is alleged that detainees were tortured to obtain confessions. Reportedly, the water "
            "supply to the village was cut off. Police did not intervene when homes were burned.\n")
    tags = {a["tag"]: a for a in r["allegation_details"]}
    assert {"torture", "forced_confession", "denial_of_services", "failure_to_protect", "destruction_of_property"} <= set(tags)
    assert tags["torture"]["hedging"] == "alleged"
    assert tags["denial_of_services"]["hedging"] == "reported"
    assert tags["failure_to_protect"]["hedging"] == "established"
    assert "water supply" in tags["denial_of_services"]["evidence"]


def test_state_reply_has_no_allegations_or_requests():
    r = rec("Permanent Mission of the Republic of Tamaria\n\nThe Permanent Mission of the Republic of Tamaria presents "
            "its compliments to the Office of the United Nations High Commissioner for Human Rights and has the "
            "honour to transmit the following information:\n\n1. No person was tortured in custody.\n\n"
            "2. The Government requests the Committee to close the matter.\n")
    assert r["kind"] == "state_reply" and r["allegations"] == [] and r["requests"] == []
    assert r["sender"] == "Permanent Mission of the Republic of Tamaria"


def test_every_fact_has_provenance_and_output_is_deterministic():
    text = ("Geneva, 3 March 2026\n\nExcellency,\n\nIt is alleged that 4 persons were killed in the village of Varnek "
            "in the Republic of Tamaria. The Committee requests the State party to provide information by 1 June 2026.\n")
    a = extract_document(doc_of(text))
    b = extract_document(doc_of(text))
    assert a.facts == b.facts
    d = doc_of(text)
    for f in a.facts:
        assert f.extractor and f.version and 0.0 <= f.confidence <= 1.0
        if f.field != "language" and f.field != "kind":
            assert f.span is not None and 0 <= f.span.start < f.span.end <= len(d.text)
    assert a.record("x.txt")["requests"] == [{"marker": "", "text": "The Committee requests the State party to "
                                              "provide information by 1 June 2026."}]


@pytest.mark.parametrize("sentence,tag", [
    ("Seventeen persons were arrested, reportedly without being told the reasons for their arrest.", "arbitrary_arrest_detention"),
    ("Many were held for three days without being brought before a judge.", "arbitrary_arrest_detention"),
    ("Four months later, no charges have been brought against the officers.", "impunity"),
    ("Not a single person has been charged for the killings.", "impunity"),
    ("The water and electricity supply to the houses was cut off.", "denial_of_services"),
    ("Since 2019, Kesh farmers have been losing their pastures to agricultural holdings.", "land_dispossession"),
    ("The law abolishes instruction in the Kesh language in public schools.", "cultural_rights"),
    ("Families are barred by security staff from reaching the lake for their seasonal ceremonies.", "cultural_rights"),
    ("We are concerned at the discriminatory effect of the new law on the Kesh.", "discriminatory_law_policy"),
    ("Municipal authorities demolished the Kesh settlement of Dorav.", "destruction_of_property"),
    ("The family has not been granted access to the investigation file.", "denial_of_justice"),
])
def test_allegation_phrasings(sentence, tag):
    r = rec("Excellency,\n\nAccording to the information received, " + sentence[0].lower() + sentence[1:] + "\n")
    assert tag in r["allegations"], r["allegations"]


def test_injured_reported_as_treated_for_wounds():
    r = rec("Excellency,\n\nAccording to the information received, 27 people were treated for gunshot and stab wounds "
            "after the attack on the village.\n")
    assert r["casualties"]["injured"] == [27]


def test_state_forms_and_buildings_are_not_places_and_a_destination_is_not_a_state():
    r = rec("Excellency,\n\nAccording to the information received, crowds attacked Tavari homes in the villages of Oln "
            "and Dresk, in the Kingdom of Ebrenia. Several detainees were beaten at Marsk Central Police Station. "
            "Children are enrolled in separate classes at School No. 4, despite the commitments made in the Roadmap. "
            "Some 600 Tavari crossed the border into the neighbouring Republic of Corvath.\n")
    assert r["states"] == ["Ebrenia"]
    assert not {"Kingdom", "Marsk Central", "School No", "Roadmap"} & set(r["places"]), r["places"]


def test_spanish_letter_kind_and_session():
    r = rec("REFERENCIA: CERD/EWUAP/115th session/2025/OS/ks\n\nGinebra, 25 de abril de 2025\n\nExcelentísimo señor:\n\n"
            "Tengo el honor de informarle de que, en el curso de su 115º período de sesiones, el Comité para la "
            "Eliminación de la Discriminación Racial examinó la situación del pueblo kamaré en la República de Ostrela.\n")
    assert r["kind"] == "committee_letter" and r["session"] == 115


def test_a_session_period_in_the_head_is_not_the_date_of_a_decision():
    text = ("Committee on the Elimination of Racial Discrimination\n113th session\n5-23 August 2024\n\n"
            "Decision 3 (113)\n\nThe Committee on the Elimination of Racial Discrimination,\n\n"
            "1. Expresses its concern at the attacks on Halvik villages in June 2024;\n\n"
            "2. Decides to remain seized of the matter.\n\n3071st meeting\n21 August 2024\n")
    assert rec(text)["date"] == "2024-08-21"
