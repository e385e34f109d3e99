from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from analyse_helpers import HELDOUT, fixture_pairs
from typer import Typer
from typer.testing import CliRunner

from tocsin.analyse.aspects import (
    asks_for_law,
    aspect_parts,
    head_tokens,
    participle_qualifiers,
    split_aspects,
)
from tocsin.analyse.coverage import ANSWERED, PARTIAL, UNANSWERED, assess_coverage, late_days
from tocsin.analyse.reply import (
    SentenceKind,
    classify_sentence,
    find_refs,
    is_table,
    read_reply,
    split_sentences,
)
from tocsin.analyse.similarity import HashingEmbedder, make_embedder, onnx_available
from tocsin.domain.documents import Paragraph
from tocsin.ingest import read_path


def paras(*texts: str) -> list[Paragraph]:
    out, pos = [], 0
    for i, t in enumerate(texts, 1):
        num = t.split(".", 1)[0] if t[:3].split(".")[0].isdigit() else None
        out.append(Paragraph(index=i, start=pos, end=pos + len(t), number=num, text=t))
        pos += len(t) + 2
    return out


def test_split_aspects_keeps_coordinated_names_together():
    assert split_aspects("(b) The measures taken to protect the residents of Dorav and Mirec and to allow the safe "
                         "and voluntary return of those who fled to Kell;") == [
        "The measures taken to protect the residents of Dorav and Mirec",
        "to allow the safe and voluntary return of those who fled to Kell"]
    assert len(split_aspects("the refusal to renew the leases and the interruption of water supply")) == 2
    assert len(split_aspects("The compensation and assistance provided to victims for the loss of their homes")) == 1


def test_head_tokens_skip_frame_words():
    assert head_tokens("the number of persons charged") == {"~charge"}
    assert "~consult" in head_tokens("the consultations held with the Tarn before the concession was granted")


@pytest.mark.parametrize("text,kind", [
    ("The Government will provide information on this matter in due course.", SentenceKind.DEFERRAL),
    ("The combined reports will be submitted in 2025.", SentenceKind.DEFERRAL),
    ("More than forty ethnic groups live in peace and harmony.", SentenceKind.ASSURANCE),
    ("The Government reaffirms its commitment to the Convention.", SentenceKind.ASSURANCE),
    ("All detainees enjoyed the procedural guarantees provided by law.", SentenceKind.ASSURANCE),
    ("Thirty-one persons have been charged.", SentenceKind.SUBSTANTIVE),
])
def test_sentence_kinds(text, kind):
    assert classify_sentence(text) is kind


def test_explicit_pointers():
    assert find_refs("With regard to paragraph (c) of the letter, the draft", list("abc")) == ["c"]
    assert find_refs("In reply to requests (a) and (b), the", list("abc")) == ["a", "b"]
    assert find_refs("Concerning item 3, the centre", ["1", "2", "3"]) == ["3"]
    assert find_refs("3. The centre has 1,500 places", ["1", "2", "3"]) == []


@pytest.mark.parametrize("text,kind", [
    ("The Republic rejects as unfounded the allegations that residents are denied citizenship.", SentenceKind.DENIAL),
    ("The Government rejects the allegations contained in the letter as unfounded.", SentenceKind.DENIAL),
    ("Owners of damaged property may claim compensation under the Law on Compensation.", SentenceKind.POLICY),
    ("Land relations are governed by the Land Code, which guarantees equal rights.", SentenceKind.POLICY),
    ("The Ministry has offered the affected families 1,500 hectares of pasture.", SentenceKind.SUBSTANTIVE),
])
def test_denials_and_restated_policy(text, kind):
    assert classify_sentence(text) is kind


def test_ordinal_pointers_and_own_lists():
    assert find_refs("As regards the second question, the supply was restored.", ["1", "2", "3"]) == ["2"]
    assert find_refs("With respect to the last point, the", list("abc")) == ["c"]
    assert find_refs("(b) the Law on Asylum of 2015;", list("abc"), head_mark=False) == []


def test_quoted_request_is_not_its_own_answer():
    reqs = [("1", "the measures taken to investigate the attack on the cemetery in Uska in January 2024"),
            ("2", "the number of schools closed since 2021")]
    reply = paras('Question 1: "the measures taken to investigate the attack on the cemetery in Uska in January 2024"',
                  "The competent authorities are examining the circumstances, and the Committee will be informed.",
                  'Question 2: "the number of schools closed since 2021"',
                  "Since 2021, eleven schools were merged with neighbouring schools.")
    status = {r.marker: r.status for r in assess_coverage(reqs, reply, embedder=HashingEmbedder()).requests}
    assert status == {"1": UNANSWERED, "2": ANSWERED}


def test_subject_without_the_outcome_asked_is_no_answer():
    reqs = [("a", "The investigation into allegations that police officers ill-treated men detained in Dova"),
            ("b", "The compensation provided to the owners of shops damaged during the events"),
            ("c", "The number of demonstrators injured")]
    reply = paras("Since 2022, 1,200 police officers of Dova have completed a course on human rights.",
                  "Owners of property damaged during disorders may claim compensation from the State Fund.",
                  "On 4 May 2023 the hospital treated the injured demonstrators.")
    status = {r.marker: r.status for r in assess_coverage(reqs, reply, embedder=HashingEmbedder()).requests}
    assert status == {"a": UNANSWERED, "b": UNANSWERED, "c": UNANSWERED}


def test_late_days():
    assert late_days(deadline=dt.date(2025, 1, 15), reply_date=dt.date(2025, 1, 20)) == 5
    assert late_days(deadline=dt.date(2025, 1, 15), reply_date=dt.date(2025, 1, 2)) == 0
    assert late_days(deadline=None, reply_date=dt.date(2025, 1, 2)) is None


def test_skipped_and_deferred_requests_are_never_answered():
    reqs = [("a", "The number of persons detained since May and the charges against them"),
            ("b", "The measures taken to restore the water supply to the village of Orrel"),
            ("c", "The compensation paid to the families of the victims")]
    reply = paras("1. Since May, 42 persons were detained; 30 were charged with hooliganism under article 293.",
                  "2. The Government will provide information on the water supply to Orrel in due course.",
                  "3. The Government reaffirms its commitment to the Convention and to peace and harmony.")
    rep = assess_coverage(reqs, reply, embedder=HashingEmbedder())
    status = {r.marker: r.status for r in rep.requests}
    assert status == {"a": ANSWERED, "b": UNANSWERED, "c": UNANSWERED}
    assert rep.requests[0].evidence_paragraphs == [1]
    assert rep.requests[1].non_answers  # the deferral is reported, not counted


def test_partial_lists_missing_aspect():
    reqs = [("a", "The measures taken to protect the residents of Dorav and to allow the return of those who fled to Kell")]
    reply = paras("A police post with 40 officers was established in Dorav on 16 March to protect the residents.")
    r = assess_coverage(reqs, reply, embedder=HashingEmbedder()).requests[0]
    assert r.status == PARTIAL
    assert r.missing == ["to allow the return of those who fled to Kell"]


@pytest.mark.parametrize("kind", ["hashing", "onnx"])
@pytest.mark.parametrize("pair", fixture_pairs(), ids=lambda p: p["letter"].split("-")[0])
def test_fixture_pairs_with_given_requests(pair, kind):
    if kind == "onnx" and not onnx_available():
        pytest.skip("onnxruntime or the bundled bge-small files are absent")
    reply = read_path(Path(pair["base"]) / pair["reply"])
    rep = assess_coverage([(r["marker"], r["text"]) for r in pair["requests"]], reply.paragraphs,
                          embedder=make_embedder(kind))
    for r, g in zip(rep.requests, pair["requests"], strict=True):
        accepted = g["status"] if isinstance(g["status"], list) else [g["status"]]
        assert r.status in accepted, (r.marker, r.status, accepted)
        if accepted[0] == UNANSWERED:
            assert r.status != ANSWERED  # a skipped request is never reported as answered


@pytest.mark.parametrize("kind", ["hashing", "onnx"])
def test_heldout_pairs(kind):
    """Pairs written (gold first) to test generality: accuracy >= 0.9 and a skipped request never answered."""
    if kind == "onnx" and not onnx_available():
        pytest.skip("onnxruntime or the bundled bge-small files are absent")
    ok = n = 0
    for pair in (fixture_pairs(HELDOUT) + fixture_pairs(HELDOUT.parent / "heldout2")
                 + fixture_pairs(HELDOUT.parent / "heldout3") + fixture_pairs(HELDOUT.parent / "heldout4")
                 + fixture_pairs(HELDOUT.parent / "heldout5") + fixture_pairs(HELDOUT.parent / "heldout6")):
        reply = read_path(Path(pair["base"]) / pair["reply"])
        rep = assess_coverage([(r["marker"], r["text"]) for r in pair["requests"]], reply.paragraphs,
                              embedder=make_embedder(kind))
        for r, g in zip(rep.requests, pair["requests"], strict=True):
            accepted = g["status"] if isinstance(g["status"], list) else [g["status"]]
            ok += r.status in accepted
            n += 1
            if accepted[0] == UNANSWERED:
                assert r.status != ANSWERED, (pair["letter"], r.marker)
    assert ok / n >= 0.9, (ok, n)


def _runner_app() -> Typer:
    from tocsin.cli.analysis_cmd import register

    app = Typer()
    register(app)

    @app.command("noop")
    def _noop() -> None:  # a second command keeps typer in multi-command mode
        pass

    return app


def test_cli_dev_pair_record(arendia_paths, tmp_path):
    letter, reply = arendia_paths
    res = CliRunner().invoke(_runner_app(), ["coverage", str(letter), str(reply), "--format", "json",
                                             "--embedder", "hashing"])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.output)
    assert rec["reply_late_days"] == 5
    assert [(r["marker"], r["status"]) for r in rec["requests"]] == [
        ("a", "answered"), ("b", "partial"), ("c", "unanswered"), ("d", "answered"), ("e", "partial"),
        ("f", "unanswered")]
    b = rec["requests"][1]
    assert b["evidence_paragraphs"] == [3] and "Kell" in b["missing"]
    assert {"marker", "status", "evidence_paragraphs", "confidence", "missing", "evidence"} <= set(b)


def test_cli_resolver_hook(arendia_paths):
    from tocsin.cli import analysis_cmd

    letter, reply = arendia_paths
    docs = {"L1": read_path(letter), "R1": read_path(reply)}
    analysis_cmd.set_document_resolver(docs.get)
    try:
        res = CliRunner().invoke(_runner_app(), ["coverage", "L1", "R1", "--embedder", "hashing"])
    finally:
        analysis_cmd.set_document_resolver(None)
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["reply_late_days"] == 5


def _one(request: str, *texts: str) -> str:
    return assess_coverage([("a", request)], paras(*texts), embedder=HashingEmbedder()).requests[0].status


def test_reasons_need_a_reason_given():
    req = "The reasons for the removal of Tarrish-language programmes from the public broadcaster"
    assert _one(req, "The public broadcaster removed the Tarrish-language programmes on 4 January 2021.") == UNANSWERED
    assert _one(req, "The public broadcaster removed the Tarrish-language programmes on 4 January 2021 because "
                     "their audience had fallen below one per cent.") == ANSWERED
    assert classify_sentence("The public broadcaster is independent of the Government under the Media Act, and the "
                             "Government does not interfere in its programming decisions.") is SentenceKind.POLICY


def test_qualified_group_needs_the_qualifier():
    req = "the access of Ormani children without identity documents to primary schools"
    assert _one(req, "In the 2021/22 school year, 1,450 Ormani children attended primary schools in the province.") != ANSWERED
    assert _one(req, "Ormani children without identity documents are admitted to primary schools on a parent's "
                     "declaration; 212 such children were enrolled in 2022.") == ANSWERED


def test_annex_heading_names_what_the_passage_answers():
    req = "the measures taken to ensure accountability for the killing of Mr. Tomas Avel on 8 August 2022"
    assert _one(req, "II. Measures taken to ensure accountability",
                "2. Following the death of Mr. Tomas Avel, the case was assigned to a special unit. On 30 November "
                "2022 a former security guard was arrested and charged with homicide.") == ANSWERED


def test_including_parenthesis_does_not_make_an_aspect_of_the_addressee():
    asp = split_aspects("The steps taken to provide remedies, including compensation, to the families whose houses "
                        "were demolished")
    assert not any(a.lower().startswith("to the families") for a in asp)


def test_investigation_found_no_violation_answers_the_investigation_only():
    reqs = [("a", "The investigation into the use of force by police officers against the residents on 14 November 2022"),
            ("b", "The compensation provided to the injured residents")]
    rep = assess_coverage(reqs, paras(
        "The Office of the Prosecutor opened a pre-investigation check on 21 November 2022 and, by decision of 3 March "
        "2023, found no violation by the police officers."), embedder=HashingEmbedder())
    assert [r.status for r in rep.requests] == [ANSWERED, UNANSWERED]


def test_training_courses_count_as_training():
    assert _one("the training of prison staff", "In 2023, 1,200 members of the staff of the Penitentiary Service "
                "attended courses on human rights.") == ANSWERED


# --- heldout4 round: rules found on the fourth blind set, tested on texts of their own -------------------------


@pytest.mark.parametrize("text,kind", [
    ("Please accept, Excellency, the assurances of my highest consideration.", SentenceKind.COURTESY),
    ("I have the honour to refer to your letter of 3 March 2024.", SentenceKind.COURTESY),
    ("Article 88 penalizes incitement to hatred with imprisonment of up to four years.", SentenceKind.POLICY),
    ("Judges are bound by the Code of Judicial Ethics, adopted in 2018, which prohibits biased remarks.",
     SentenceKind.POLICY),
    ("As regards the fire of 4 May 2023 in Dunmoor, the authorities are taking all necessary measures.",
     SentenceKind.ASSURANCE),
    ("In keeping with its Constitution, the State does not collect data on the ethnic origin of patients.",
     SentenceKind.DEFERRAL),
    ("The Government is not in a position to comment on individual cases.", SentenceKind.DEFERRAL),
    ("The Land Code was adopted in 2001 and a new cadastre office was opened in Varo on 2 May 2023.",
     SentenceKind.SUBSTANTIVE),
])
def test_heldout4_sentence_kinds(text, kind):
    assert classify_sentence(text) is kind


def test_sentences_are_not_split_inside_brackets():
    assert split_sentences("Arrests rose to 90 (2020: 30; 2021: 60). Nine were charged.") == [
        "Arrests rose to 90 (2020: 30; 2021: 60).", "Nine were charged."]


def test_tables_are_not_headings_and_answer_no_measures():
    assert is_table("Table 3. Pupils by school, 2023 Oxley 210 45 Brant 180 39")
    assert not is_table("On 3 May 2023, 40 families were rehoused in Varo.")
    reqs = [("a", "Data on the number of Sarn pupils in the schools of Oxley and Brant"),
            ("b", "The measures taken to end the separation of Sarn pupils in the schools of Oxley and Brant")]
    reply = paras("Table 1. Sarn pupils in the schools of Oxley and Brant, 2023 School Sarn pupils Classes "
                  "Oxley 45 3 Brant 39 2")
    status = [r.status for r in assess_coverage(reqs, reply, embedder=HashingEmbedder()).requests]
    assert status == [ANSWERED, UNANSWERED]


def test_closing_formula_ends_the_body_and_quoted_requests_are_not_headings():
    reqs = [("a", "The number of wells restored in the district of Ardo"),
            ("b", "The criminal proceedings against Mr. Pol Varga and their compatibility with freedom of expression")]
    reply = paras('Request (a): "The number of wells restored in the district of Ardo"',
                  "Reply: Fourteen wells were restored in Ardo in 2023.",
                  'Request (b): "The criminal proceedings against Mr. Pol Varga and their compatibility with freedom '
                  'of expression"',
                  "Reply: The Constitution guarantees freedom of expression. The Government cannot comment on "
                  "individual criminal cases.",
                  "Please accept, Excellency, the assurances of my highest consideration.",
                  "Ilse Marr, Ambassador, Permanent Representative, on the proceedings of the Mission")
    body = read_reply(reply, markers=["a", "b"], requests=[t for _, t in reqs])
    assert all("Ambassador" not in p.text and "Please accept" not in p.text for p in body.paragraphs)
    status = [r.status for r in assess_coverage(reqs, reply, embedder=HashingEmbedder()).requests]
    assert status == [ANSWERED, UNANSWERED]


def test_restated_guarantee_does_not_answer_compatibility_of_a_case():
    assert asks_for_law("The compatibility of the amendments to the Residence Act with the Convention")
    assert not asks_for_law("their compatibility with the right to peaceful assembly")
    assert _one("The criminal proceedings against Mr. Pol Varga and their compatibility with freedom of expression",
                "The Constitution guarantees freedom of expression, which may be restricted only by law.") == UNANSWERED


def test_assertion_of_conformity_with_reasons_answers_compatibility():
    reqs = [("a", ("The compatibility of the amendments to the Residence Act of 2 June 2023 with the Convention, and "
                   "the number of Orvan persons whose status is affected by them"))]
    reply = paras("The amendments to the Residence Act of 2 June 2023 apply equally to all residents, irrespective of "
                  "origin, and persons over 70 are exempted. The amendments are therefore in full conformity with the "
                  "Convention. Figures on the persons concerned will be provided in due course.")
    r = assess_coverage(reqs, reply, embedder=HashingEmbedder()).requests[0]
    assert r.status == PARTIAL and len(r.missing) == 1 and "number" in r.missing[0]


def test_aspects_heldout4_structure():
    assert split_aspects("The measures taken to protect the burial grounds of Ardo and the Varn Stone") == [
        "The measures taken to protect the burial grounds of Ardo and the Varn Stone"]
    parts = aspect_parts("Data on arrests during 2022, disaggregated by the ethnic origin of the persons arrested")
    assert [a.text for a in parts] == ["Data on arrests during 2022", "disaggregated by the ethnic origin of the persons arrested"]
    assert parts[1].breakdown and parts[1].parent == 0
    parts = aspect_parts("The fire of 2 May 2024 at Dunmoor, including whether any suspect has been charged")
    assert parts[1].parent == 0 and not parts[1].breakdown
    # "paid to them" stands for the families, not for the aspect before it
    assert split_aspects("The sites to which the families were moved and the compensation paid to them")[-1] == \
        "the compensation paid to them"
    assert participle_qualifiers("The measures taken to ensure that the pupils expelled from Kerrow return to school")


def test_breakdown_needs_figures_by_group():
    req = "Data on deaths in police custody in 2021-2023, disaggregated by the ethnic origin of the victims"
    totals = ("In 2021-2023, 41 persons died in police custody (2021: 12; 2022: 15; 2023: 14). The State does not "
              "record the ethnic origin of persons in police records.")
    by_group = ("In 2021-2023, 41 persons died in police custody, of whom 17 were of Sarn ethnic origin and 24 of "
                "other origin.")
    assert _one(req, totals) == PARTIAL
    assert _one(req, by_group) == ANSWERED


def test_detail_of_an_incident_needs_the_incident():
    req = ("The investigation into the shooting of 3 April 2024 at Harl Ford and the death of Mr. Eno Saret, "
           "including whether any officer has been suspended or charged")
    general = ("In 2023, after complaints to the Police Inspectorate, 12 police officers were suspended and 4 were "
               "charged with abuse of office.")
    assert _one(req, general) == UNANSWERED
    assert _one(req, "Following the shooting at Harl Ford, two officers were suspended on 5 April 2024.") == PARTIAL


def test_complaint_against_a_named_person_needs_that_person():
    req = ("The statements of the Governor of Tessin of 4 April 2024, and the status of the criminal complaint lodged "
           "against him under article 88 of the Criminal Code")
    general = ("Article 88 of the Criminal Code penalizes incitement to hatred. In 2023, prosecutors opened 31 cases "
               "under article 88 and filed 12 indictments; complaints may also be lodged with the Ombudsperson.")
    assert _one(req, general) == UNANSWERED
    assert _one(req, "The criminal complaint lodged against the Governor of Tessin under article 88 was dismissed by "
                     "the prosecutor on 3 June 2024.") == PARTIAL


def test_given_names_are_not_required_when_the_reply_uses_titles():
    req = "The circumstances of the deaths of Ana Verol and Piet Damsk"
    assert _one(req, "Mr. Damsk and Ms. Verol died on 2 June 2024 when their car left the road during a police chase "
                     "near Orle.") == ANSWERED


def test_results_deferred_beside_the_tests_are_not_given():
    req = "The results of the soil tests carried out in the village of Merrin"
    assert _one(req, "The 60 soil samples taken in Merrin in March 2024 showed lead levels below the legal limit.") == ANSWERED
    assert _one(req, "The Environment Agency took 60 soil samples in Merrin in March 2024. The analysis of the samples "
                     "is being finalized and the results will be published in due course.") == UNANSWERED


def test_measures_to_protect_a_site_are_answered_by_measures_about_the_site():
    req = "The measures taken to protect the burial grounds of Ardo"
    assert _one(req, "The graves of the cemetery of Ardo will be moved, at the expense of the State and with the "
                     "participation of religious leaders, to a new site above the water level.") == ANSWERED
    # the exception is for protection only: "to investigate" names the measure asked for
    assert _one("The measures taken to investigate the statements of the Mayor of Ardo",
                "The statements of the Mayor of Ardo were taken out of context.") != ANSWERED


def test_children_singled_out_by_a_participle():
    req = "The measures taken to ensure that the children evicted from Kerrow continue to attend school"
    assert _one(req, "In 2023/24, 1,100 Sarn children continued to attend primary schools in the region with the "
                     "support of 30 teaching assistants financed by the Ministry.") != ANSWERED
    assert _one(req, "The 52 children evicted from Kerrow were enrolled in the school of Lisk, and a free school bus "
                     "has been provided since 4 March 2024.") == ANSWERED


def test_measures_against_officers_need_the_officers():
    req = ("The investigation into the shooting of 4 May 2024 at Orle, and the disciplinary or criminal measures taken "
           "against the officers involved")
    reply = ("In connection with the events of 4 May 2024 at Orle, the Prosecutor's Office opened a criminal case under "
             "article 105 of the Criminal Code; the investigation is ongoing.")
    assert _one(req, reply) == PARTIAL
    assert _one(req, reply + " Two police officers involved were suspended and charged with abuse of power.") == ANSWERED


# --- heldout5 round: replies in French or Spanish, page furniture, events, sub-questions, services -------------

def test_french_reply_is_read_against_an_english_request():
    req = ("The investigation into the death of Mr. Alain Morvec on 3 March 2025, including whether the officers "
           "involved have been suspended")
    assert _one(req, "1. S'agissant du décès de M. Alain Morvec, le parquet a ouvert le 3 mars 2025 une enquête. "
                     "Les deux fonctionnaires concernés ont été suspendus le 5 mars 2025.") == ANSWERED
    assert _one(req, "1. S'agissant du décès de M. Alain Morvec, le parquet a ouvert le 3 mars 2025 une enquête.") == PARTIAL
    # a French deferral and a French denial answer nothing
    assert _one(req, "1. Les informations relatives au décès de M. Alain Morvec seront communiquées en temps utile.") == UNANSWERED
    assert classify_sentence("Les allégations de la source sont dénuées de fondement.") is SentenceKind.DENIAL
    assert classify_sentence("Toute personne peut déposer plainte auprès du procureur.") is SentenceKind.POLICY


def test_spanish_quoted_request_then_answer():
    req_b = "The investigations into the killing of Mr. Tomas Quell, and their results"
    req_c = "The measures taken to protect the Afro-descendant communities of the Orro river from armed groups"
    reply = paras(
        "Solicitud b): «Las investigaciones sobre el homicidio del señor Tomas Quell y sus resultados».",
        "Respuesta: La Fiscalía ha sido consultada al respecto. La información será remitida al Comité en su debida "
        "oportunidad.",
        "Solicitud c): «Las medidas adoptadas para proteger a las comunidades afrodescendientes del río Orro frente a "
        "los grupos armados».",
        "Respuesta: Desde julio de 2023, la Policía mantiene patrullajes diarios y un puesto fijo de protección en las "
        "comunidades del río Orro, con 120 efectivos.",
    )
    rep = assess_coverage([("b", req_b), ("c", req_c)], reply, embedder=HashingEmbedder())
    assert [r.status for r in rep.requests] == [UNANSWERED, ANSWERED]
    body = read_reply(reply, markers=["b", "c"], requests=[req_b, req_c])
    assert body.paragraphs[0].sentences[0].kind is SentenceKind.ECHO  # the quotation is not an answer
    assert find_refs("Solicitud c): «...»", ["b", "c"]) == ["c"]


def test_foreign_words_and_share():
    from tocsin.analyse.lexical import foreign_share, token_set

    assert token_set("enquête") == token_set("investigation")
    assert token_set("garde à vue") == token_set("custody")
    assert "~enrol" in token_set("were enrolled") and "~enrol" in token_set("to enrol them")
    assert "~home" in token_set("temporary accommodation")
    assert not token_set("the adoption of the strategy") & token_set("adopted")
    assert foreign_share("Le Gouvernement a ouvert une enquête et les agents sont suspendus.") > 0.5
    assert foreign_share("The Government opened an investigation and the officers were suspended.") == 0.0


def test_page_furniture_is_dropped_and_a_split_paragraph_joined():
    from tocsin.analyse.reply import drop_page_furniture

    ps = paras("1. The Centre offered the households temporary accommodation and paid each of them 40,000",
               "NV No. 12/2025   Page 1 of 2 ______",
               "PERMANENT MISSION OF ARDENIA",
               "dinars in assistance.",
               "2. The Ministry trained 300 officers.",
               "NV No. 12/2025   Page 2 of 2",
               "PERMANENT MISSION OF ARDENIA",
               "3. Nothing else.")
    kept = drop_page_furniture(ps)
    assert [p.text for p in kept] == [
        "1. The Centre offered the households temporary accommodation and paid each of them 40,000 dinars in assistance.",
        "2. The Ministry trained 300 officers.", "3. Nothing else."]
    body = read_reply(ps, markers=["a"])
    assert all(not p.heading for p in body.paragraphs)  # a running header is not a topical heading


def test_consulted_before_an_event_needs_the_event():
    req = "Whether the communities were consulted before the aerial spraying carried out in August 2023"
    assert _one(req, "In 2023 the Authority held 312 consultations with communities throughout the country.") == UNANSWERED
    assert _one(req, "The communities were consulted at two meetings on 2 and 9 July 2023, before the aerial spraying "
                     "of August 2023.") == ANSWERED


def test_an_event_on_a_named_day_needs_that_event():
    req = "The use of force by the police during the dispersal of the blockade on 19 March 2024"
    assert _one(req, "On 1 July 2024 the Director of Police adopted Protocol No. 12 on the use of force and of "
                     "less-lethal weapons by the police in public gatherings.") == UNANSWERED
    assert _one(req, "On 19 March 2024 the police made limited use of force to remove the road blockade after two "
                     "warnings; no one was injured.") == ANSWERED


def test_a_sub_question_is_answered_in_the_paragraph_that_answers_the_question():
    req = ("The alternative housing provided to the evicted families, in particular to the 160 children")
    assert _one(req, "After the eviction, the Centre for Social Work offered all the families temporary accommodation "
                     "in a collective centre with a day-care room for children; 37 families, with 88 children, "
                     "accepted.") == ANSWERED
    assert _one(req, "After the eviction, the Centre for Social Work offered all the families temporary accommodation "
                     "in a collective centre; 37 families accepted.") == PARTIAL
    # the detail of a named claim is not answered by how claims are handled in general
    req = ("The legal recognition of the Orrin title to their lands in the Ashwen Valley, including the status of the "
           "claim filed by the Orrin Council in 2019")
    assert _one(req, "Claims are examined by the Land Agency in the order in which they are filed; since 2005, 37 "
                     "collective titles have been recognised.") != ANSWERED


def test_two_services_asked_together_need_both():
    req = "The measures taken to ensure access to health care and education for the displaced children"
    assert _one(req, "Four temporary classrooms with six teachers opened for the displaced children on 22 January "
                     "2024; 243 are enrolled.") == UNANSWERED
    assert _one(req, "Four temporary classrooms with six teachers opened for the displaced children on 22 January "
                     "2024, and a mobile clinic gives them health care twice a week.") == ANSWERED


def test_measures_taken_in_response_is_no_aspect_of_its_own():
    assert split_aspects("The situation of the lands of the Council, and the measures taken in response") == [
        "The situation of the lands of the Council and the measures taken in response"]


def _blind_set_accuracy(folder: str, kind: str) -> float:
    """Share of a blind set's requests given an accepted status (the letter's date passed in, as `tocsin coverage`
    does); a request the gold calls unanswered is never reported answered."""
    if kind == "onnx" and not onnx_available():
        pytest.skip("onnxruntime or the bundled bge-small files are absent")
    from tocsin.analyse.pairs import document_day

    ok = n = 0
    for pair in fixture_pairs(HELDOUT.parent / folder):
        reply = read_path(Path(pair["base"]) / pair["reply"])
        letter_date = document_day(read_path(Path(pair["base"]) / pair["letter"]))
        rep = assess_coverage([(r["marker"], r["text"]) for r in pair["requests"]], reply.paragraphs,
                              letter_date=letter_date, embedder=make_embedder(kind))
        for r, g in zip(rep.requests, pair["requests"], strict=True):
            accepted = g["status"] if isinstance(g["status"], list) else [g["status"]]
            ok += r.status in accepted
            n += 1
            if accepted[0] == UNANSWERED:
                assert r.status != ANSWERED, (pair["letter"], r.marker)
    return ok / n


@pytest.mark.parametrize("kind", ["hashing", "onnx"])
def test_heldout6_floor(kind):
    """The sixth blind set on its own: first run 0.576 (ONNX) / 0.606 (hashing); kept at >= 0.84 with both."""
    assert _blind_set_accuracy("heldout6", kind) >= 0.84


# --- heldout6 round: restated requests, scans, French elision, listed places, figures the letter gave ----------

def test_restated_request_is_an_echo_not_an_answer():
    body = read_reply(paras("3. The Committee also requested information on the steps taken against Mr. Ivo Senk, "
                            "member of the Gora town council, including any proceedings under article 12 of the Code. "
                            "The council adopted a declaration condemning hate speech."),
                      markers=["a"], requests=[("the steps taken against Mr. Ivo Senk, including any proceedings under "
                                                "article 12 of the Code")])
    kinds = [s.kind for s in body.paragraphs[0].sentences]
    assert kinds == [SentenceKind.ECHO, SentenceKind.SUBSTANTIVE]
    assert _one("The steps taken in response to the statements of Mr. Ivo Senk, including any proceedings under "
                "article 12 of the Criminal Code",
                "3. The Committee also requested information on the steps taken in response to the statements of "
                "Mr. Ivo Senk, including any proceedings under article 12 of the Criminal Code. The town council "
                "adopted a declaration condemning hate speech and Mr. Senk publicly apologised.") == PARTIAL


def test_french_elision_is_no_pointer():
    assert find_refs("La question d'une indemnisation fait l'objet d'une réflexion", list("abcde")) == []
    assert find_refs("S'agissant de la question d), le Gouvernement", list("abcde")) == ["d"]


def test_scanned_reply_page_header_wraps_and_ocr_letters():
    from tocsin.analyse.lexical import tokens

    assert tokens("Po1ice Hospita1 111th 1st") == ["~police", "~health", "111th", "1st"]
    body = read_reply(paras("The Special Team arrested 27 persons in Kerarnpur.", "- 2 - MINISTRY OF HOME AFFAIRS",
                            "Charge-sheet was filed on 2 Novem- ber 2023; investi- gation of short- and long-term "
                            "harm goes on."), markers=["a"])
    assert [p.heading for p in body.paragraphs] == ["", ""]
    assert "November" in body.paragraphs[1].text and "investigation" in body.paragraphs[1].text
    assert "short- and" in body.paragraphs[1].text
    req = [("a", ("The criminal proceedings in connection with the attack on the hamlet of Kerampur, including the "
                  "number of persons arrested"))]
    rep = assess_coverage(req, paras("The Special Investigation Team arrested 27 accused persons for the attack on "
                                     "Kerarnpur."), embedder=HashingEmbedder())
    assert rep.requests[0].status == ANSWERED


def test_two_addressees_of_one_measure_are_two_aspects():
    assert split_aspects("The compensation granted to the families of the two persons killed and to the owners of "
                         "the 34 houses destroyed") == [
        "The compensation granted to the families of the two persons killed",
        "The compensation granted to the owners of the 34 houses destroyed"]
    assert _one("The compensation granted to the families of the two persons killed and to the owners of the 34 "
                "houses destroyed",
                "Relief of 8,25,000 each has been paid to the next of kin of the two deceased.") == PARTIAL


def test_a_number_asked_is_not_the_letters_own_figure_nor_a_duration():
    status = _one("The legal grounds for the arrest of 48 persons during the operation and the number of those "
                  "still in detention",
                  "The 48 persons were arrested in flagrante delicto under article 301 of the Code of Criminal "
                  "Procedure and were brought before a judge within 36 hours.")
    assert status == PARTIAL
    assert _one("The number of persons still in detention",
                "Of the 48 persons arrested, 11 remain in detention.") == ANSWERED


def test_listed_places_are_each_asked_about():
    req = "The measures taken to restore safe drinking water to the communities of Orna, Pelt and Sarvi"
    assert _one(req, "Safe drinking water was restored to the communities of Orna and Pelt on 12 July.") == UNANSWERED
    assert _one(req, "Safe drinking water was restored to the communities of Orna, Pelt and Sarvi on 12 July.") == ANSWERED


def test_named_person_stands_for_the_head_and_hedges_are_no_head():
    assert head_tokens("The alleged practice of ethnic profiling by the police") == {"ethnic", "profil"}
    assert _one("The steps taken in response to the statements of the councillor Mr. Ivo Senk",
                "On 10 October the town council adopted a declaration condemning hate speech, and Mr. Senk publicly "
                "apologised to the Roma community of Gora.") == ANSWERED


def test_outcome_of_the_same_family_counts_half_and_due_process():
    assert _one("The guarantees of due process afforded to the 14 persons arrested during the protest",
                "All 14 persons arrested during the protest were assisted by lawyers of their choice and brought "
                "before a judge within 48 hours.") == ANSWERED


def test_french_determiner_is_no_participle():
    assert classify_sentence("Tout manquement à ces obligations est passible de sanctions disciplinaires.") is \
        SentenceKind.POLICY


@pytest.mark.parametrize("kind", ["hashing", "onnx"])
def test_heldout7_floor(kind):
    """The seventh blind set on its own: first run 0.571 (ONNX) / 0.600 (hashing); kept at >= 0.91 with both. The
    letter's date goes in, as `tocsin coverage` passes it, so a consolidated reply's section for another letter is
    left out."""
    assert _blind_set_accuracy("heldout7", kind) >= 0.91


# --- heldout7 round: consolidated replies, footnotes, periods, yes/no questions, Spanish land and consultation words --

def test_consolidated_reply_keeps_only_this_letters_section():
    reqs = [("a", "The results of the testing of the water of the Tiwelt well"),
            ("b", "The legal situation of the 22 persons arrested on 28 October 2024")]
    reply = paras("I. REPLY TO THE LETTER OF 23 AUGUST 2024",
                  "1. (a) Water. The analyses of the water of the Tiwelt well carried out in 2023 found all values "
                  "within national standards.",
                  "II. REPLY TO THE LETTER OF 12 DECEMBER 2024",
                  "2. Of the 22 persons arrested on 28 October 2024, fourteen were released without charge.")
    rep = assess_coverage(reqs, reply, letter_date=dt.date(2024, 12, 12), embedder=HashingEmbedder())
    assert [r.status for r in rep.requests] == [UNANSWERED, ANSWERED]
    assert all(1 not in r.evidence_paragraphs for r in rep.requests)


def test_footnote_blocks_and_glued_note_numbers_are_dropped():
    from tocsin.analyse.reply import drop_page_furniture

    ps = paras("Under section 12 of the National Parks Act,2 no person may reside in a park; 1,284 persons were "
               "resettled4 on 1.2 hectares each, as reported on 14 October 20245 by the",
               "________ 2 National Parks Act, Cap. 212. 4 Resettlement Register. 5 Report of the Commission.",
               "Page 1 of 2",
               "commission.")
    out = drop_page_furniture(ps)
    assert len(out) == 1
    assert "Act, no person" in out[0].text and "resettled on 1.2 hectares" in out[0].text
    assert "14 October 2024 by the commission." in out[0].text


def test_another_period_does_not_answer_and_two_services_give_partial():
    req = "The steps taken to adopt a national strategy for Roma inclusion for the period 2025-2030"
    assert _one(req, "The national strategy for Roma inclusion 2021-2024 was implemented through four action "
                     "plans.") == UNANSWERED
    assert _one(req, "The national strategy for Roma inclusion 2025-2030 was adopted by the Government on 3 March "
                     "2025.") == ANSWERED
    req = "The access of the remaining residents of Lipnik Hill to safe drinking water and sanitation"
    assert _one(req, "A public standpipe installed on Lipnik Hill on 15 October 2024 supplies drinking water to the "
                     "remaining residents.") == PARTIAL


def test_yes_no_question_answered_by_a_stated_no():
    req = "Whether the State party envisages suspending mining operations at Irzan until consent has been obtained"
    assert _one(req, "The Mining Code does not provide for the suspension of a valid mining licence, and no "
                     "suspension of operations at Irzan is envisaged.") == ANSWERED
    assert _one(req, "The mining operations at Irzan provide 1,350 jobs.") == UNANSWERED


def test_circumstances_of_an_event_told_in_the_replys_words():
    req = ("The circumstances of the dispersal of the sit-in at the Irzan mine on 28 October 2024, in which two "
           "herders were reportedly killed and 15 injured")
    assert _one(req, "On 28 October 2024, a group of persons blocked the access road to the Irzan mine; the security "
                     "forces intervened. Two persons lost their lives and eleven were injured.") == ANSWERED
    assert _one(req, "Security forces are trained in the use of force at the Irzan mine.") == UNANSWERED


def test_general_is_no_head_and_spanish_consultation_words():
    assert head_tokens("The general measures adopted to protect human rights defenders") == {"~defender", "~protect"}
    assert _one("The measures taken to ensure that the community of Punta Arenal was consulted before the approval "
                "of the Marina Azul project",
                "El proyecto Marina Azul fue objeto de un proceso de socialización que incluyó tres asambleas "
                "informativas en la comunidad de Punta Arenal.") == ANSWERED


def test_legal_basis_named_with_the_act_in_the_replys_words():
    req = "The legal basis for the demolition of 48 homes in the Roma settlement of Lipnik Hill on 3 September 2024"
    assert _one(req, "The structures on Lipnik Hill had been built without permits. Their removal was ordered by "
                     "Decision No. 311/2024, adopted on the basis of article 52 of the Construction Act.") == ANSWERED
    assert _one(req, "The Roma settlement of Lipnik Hill has 48 homes.") == UNANSWERED


@pytest.mark.parametrize("kind", ["hashing", "onnx"])
def test_heldout8_floor(kind):
    """The eighth blind set on its own: first run 0.686 (ONNX) / 0.800 (hashing), with norvale (e) (only sub judice)
    reported answered; kept at >= 0.88 with both and no request the gold calls unanswered reported answered."""
    assert _blind_set_accuracy("heldout8", kind) >= 0.88


# --- heldout8 round: sub judice, a court's hearing, "brought to justice", French procedure words, stems --------------

def test_sub_judice_declines_and_a_courts_hearing_is_no_consultation():
    assert classify_sentence("Questions relating to the licence are connected with case No. 44/2021 and are therefore "
                             "also sub judice.") is SentenceKind.DEFERRAL
    req = "The measures taken to ensure that the Kaiwa Council is consulted before the licence of the mine is renewed"
    assert _one(req, "The claim brought by the Kaiwa Council concerning the mine (case No. 44/2021) is pending before "
                     "the Constitutional Court, which held a public hearing on 12 September 2025.",
                "Questions relating to the licence of the mine are closely connected with case No. 44/2021 and are "
                "therefore also sub judice.") == UNANSWERED
    assert _one("The consultations held with the Gesh Council of Elders on the dam",
                "Three public hearings on the dam were held in May 2024, attended by the Gesh Council of "
                "Elders.") == ANSWERED


def test_brought_to_justice_is_met_by_charges():
    from tocsin.analyse.aspects import action_tokens
    from tocsin.analyse.lexical import tokens

    aspect = "whether those responsible have been brought to justice"
    assert head_tokens(aspect) == {"~perpetrator", "~charge"} and action_tokens(aspect) == {"~charge"}
    assert "~charge" in tokens("Onze personnes ont été inculpées et placées sous mandat de dépôt.")


def test_french_procedure_and_humanitarian_words():
    from tocsin.analyse.lexical import tokens

    toks = set(tokens("Selon la Direction générale de l'action humanitaire, 6 420 personnes ont été déplacées près de "
                      "Dari ; elles ont reçu des vivres et 950 abris d'urgence."))
    assert {"~displace", "~assist", "~home"} <= toks and "~journalist" not in toks  # "près" is no "press"
    assert "~police" in tokens("les forces de défense et de sécurité") and "~lawyer" not in tokens(
        "les forces de défense et de sécurité")
    assert "~train" in tokens("1 250 éléments ont été formés aux droits de l'homme")
    assert "~train" not in tokens("toutes les formes de discrimination")
    assert classify_sentence("La détention d'armes de guerre par des particuliers est punie par l'article 312 du Code "
                             "pénal.") is SentenceKind.POLICY
    assert head_tokens("The steps taken to promote reconciliation between communities") == {"reconcili"}


def test_verbs_in_ate_meet_their_nouns_and_eviction_words():
    from tocsin.analyse.lexical import stem, tokens

    assert stem("demarcate") == stem("demarcated") == stem("demarcation")
    assert stem("state") == "stat" and stem("estate") == "estat"
    assert "~evict" in tokens("a repossession order was executed")
    assert set(tokens("alternative shelter")) <= set(tokens("a home in the temporary settlement"))
    assert tokens("the ancestral lands") == tokens("the lands")
    assert _one("The measures taken to provide alternative shelter and access to pasture to the evicted households",
                "Every household concerned was offered a home in the temporary settlement of Ulan-Sai, together with "
                "a grazing allotment in the municipal pastures.") == ANSWERED


def test_an_inspection_earns_no_credit_for_sanctions():
    req = "The investigation into the burning of 60 huts in Bukoro on 11 February 2024, and any sanctions imposed"
    assert _one(req, "A joint inspection mission examined the burning of 60 huts in Bukoro on 11 February "
                     "2024.") == PARTIAL
    assert _one(req, "A joint inspection mission examined the burning of 60 huts in Bukoro on 11 February 2024; two "
                     "eco-guards were suspended.") == ANSWERED
