"""heldout13 round: replies that repeat the questions -- each request quoted before its answer, answers given by
cross-reference ("See paragraph 4 above", "As indicated in reply to question (a)"), the Committee's concerns restated at
length before short answers, a Spanish reply arranged by topic, and a PDF reply with a running head on its second page.
Every State, person and place here is fictional."""

from __future__ import annotations

from pathlib import Path

import pytest
from analyse_helpers import blind_set_score
from test_coverage import _one, paras

from tocsin.analyse.coverage import ANSWERED, PARTIAL, UNANSWERED, assess_coverage
from tocsin.analyse.lexical import token_set
from tocsin.analyse.reply import (
    SentenceKind,
    cross_references,
    drop_page_furniture,
    find_refs,
    only_refers,
    read_reply,
    restates_request,
)
from tocsin.analyse.similarity import HashingEmbedder, onnx_available
from tocsin.domain.documents import Paragraph

HELDOUT13 = Path(__file__).resolve().parents[1] / "fixtures" / "coverage" / "heldout13"


@pytest.mark.parametrize("kind", ["hashing", "onnx"])
def test_heldout13_floor(kind):
    """The thirteenth blind set through the CLI path (requests, deadline and dates extracted from the letters): first run
    0.577 with ONNX and 0.654 with hashing, 26/26 with both after the round; kept at >= 0.92, and no request the gold calls
    unanswered reported answered."""
    if kind == "onnx" and not onnx_available():
        pytest.skip("onnxruntime or the bundled bge-small files are absent")
    ok, n = blind_set_score(HELDOUT13, kind)
    assert n == 26
    assert ok / n >= 0.92


def _statuses(requests: list[tuple[str, str]], *texts: str) -> dict[str, str]:
    rep = assess_coverage(requests, paras(*texts), embedder=HashingEmbedder())
    return {r.marker: r.status for r in rep.requests}


# --- a quoted request above a numbered answer ----------------------------------------------------------------------------

_QUOTED_REQUESTS = [
    ("a", "The investigation opened into the raid of 4 March 2025 on the Tirren quarter of Hosk, including the number of "
          "officers suspended"),
    ("b", "The measures taken to provide alternative housing to the 30 Ambri families evicted from Tirren"),
]
_QUOTED_REPLY = (
    "1. Each request of the Committee is reproduced below in quotation marks, followed by the reply of the Government.",
    'Request (a): "The investigation opened into the raid of 4 March 2025 on the Tirren quarter of Hosk, including the '
    'number of officers suspended;"',
    "2. On 6 March 2025 the Hosk Prosecutor opened criminal case No. 25/118 concerning the raid of 4 March 2025. Three "
    "officers were suspended from duty on 10 March 2025.",
    'Request (b): "The measures taken to provide alternative housing to the 30 Ambri families evicted from Tirren;"',
    "3. The Government is studying the matter and will inform the Committee in due course.",
)


def test_a_quoted_request_introduces_the_numbered_answer_below_it():
    body = read_reply(paras(*_QUOTED_REPLY), markers=["a", "b"], requests=[t for _, t in _QUOTED_REQUESTS])
    numbered = {p.label: p.refs for p in body.paragraphs if p.sentences and p.sentences[0].kind is not SentenceKind.ECHO}
    assert numbered[2] == ("a",) and numbered[3] == ("b",)
    got = _statuses(_QUOTED_REQUESTS, *_QUOTED_REPLY)
    assert got["a"] == ANSWERED
    assert got["b"] == UNANSWERED  # its own words, quoted back, are no answer; the rest only defers


def test_a_quoted_request_followed_by_an_assurance_is_unanswered():
    req = ("The steps taken to ensure that Ambri children evicted from Tirren continue to attend school, including "
           "transport to schools near their new homes")
    reply = ('Request (a): "The steps taken to ensure that Ambri children evicted from Tirren continue to attend school, '
             'including transport to schools near their new homes;"',
             "2. The Government reaffirms that the right of every child to education is guaranteed by the Constitution, and "
             "assures the Committee that the competent authorities take all necessary measures to ensure respect for it.")
    assert _one(req, *reply) == UNANSWERED


# --- the Committee's concerns restated ------------------------------------------------------------------------------------

def test_restated_concerns_are_the_committees_words():
    for s in ("Finally, the Committee has expressed concern at the arrest of 12 Ambri herders in Hosk on 2 May 2025.",
              "The Committee has further referred to reports that the wells of Tirren have run dry.",
              "The Government understands that the Committee, acting under its early warning procedure, is concerned "
              "about the grazing licence granted to the Hosk Mining Company.",
              "In the light of these concerns, the Committee requested information on (a) the consultations held and "
              "(b) the compensation offered."):
        assert restates_request(s), s
    follow = "It has asked the Government to provide information on the legal basis of the arrests."
    assert restates_request(follow, after_restatement=True)
    assert not restates_request(follow)  # alone, "it" may be the Government
    assert not restates_request("The Committee on Agriculture of the National Assembly adopted the bill on 3 June 2025.")
    assert not restates_request("The Government has taken note of the letter of the Committee.")


def test_a_request_only_restated_is_unanswered():
    requests = [("a", "The legal basis for the arrest of 12 Ambri herders in Hosk on 2 May 2025 and the charges brought "
                      "against them"),
                ("b", "Any compensation or alternative grazing land offered to the Ambri families whose pastures lie in "
                      "the mining concession")]
    reply = ("1. The Committee has also expressed concern that no compensation or alternative grazing land had been offered "
             "to the Ambri families whose pastures lie in the mining concession. Finally, the Committee has expressed "
             "concern at the arrest of 12 Ambri herders in Hosk on 2 May 2025. It has asked about the legal basis of the "
             "arrests and the charges brought.",
             "2. The 12 persons were detained on 2 May 2025 under article 8 of the Assemblies Act for an unannounced "
             "gathering; ten were fined and two were charged with hooliganism under article 200 of the Code of "
             "Administrative Offences.")
    got = _statuses(requests, *reply)
    assert got == {"a": ANSWERED, "b": UNANSWERED}


# --- cross-references -----------------------------------------------------------------------------------------------------

def test_cross_references_are_read():
    assert cross_references("See paragraph 4 above.") == ((4,), ())
    assert cross_references("As indicated in paragraphs 2 to 4 above, 30 persons were charged.") == ((2, 3, 4), ())
    assert cross_references("Véase el párrafo 3 supra.") == ((3,), ())
    assert cross_references("As indicated in reply to question (a), the Government refers the Committee to the "
                            "information given in paragraph 5 above.") == ((5,), ("a",))
    assert cross_references("Voir la réponse à la question b) ci-dessus.") == ((), ("b",))
    assert only_refers("See paragraph 4 above.")
    assert not only_refers("As indicated in paragraphs 2 to 4 above, 30 persons were charged.")
    # the answer referred to is not the request this passage answers
    assert find_refs("Question (c). As indicated in reply to question (a), see paragraph 5 above.", ["a", "b", "c"]) == ["c"]


_XREF_REQUESTS = [
    ("a", "The criminal investigations into the attacks on Ambri shops in Hosk on 2 May 2025 and the number of persons "
          "charged"),
    ("b", "The legal grounds for the detention of Mr. Tavo Rell since 9 May 2025 and whether he has had access to a lawyer"),
    ("c", "The measures taken to investigate the allegations that Ambri detainees were beaten at the Hosk police station"),
]
_XREF_REPLY = (
    "1. Mr. Tavo Rell was arrested on 9 May 2025 on a warrant of the Hosk District Court on suspicion of organizing mass "
    "disorder under article 212 of the Criminal Code. He has been represented since his arrest by a lawyer of his choice.",
    "2. Question (a). The Hosk Prosecutor opened criminal case No. 25-0412 on 2 May 2025 concerning the attacks on shops "
    "in Hosk. Nine persons have been charged with hooliganism and arson.",
    "3. Question (b). See paragraph 1 above.",
    "4. Question (c). As indicated in reply to question (a), the Government refers the Committee to paragraph 2 above.",
)


def test_a_cross_reference_answers_with_the_paragraph_it_names():
    rep = assess_coverage(_XREF_REQUESTS, paras(*_XREF_REPLY), embedder=HashingEmbedder())
    got = {r.marker: r for r in rep.requests}
    assert got["a"].status == ANSWERED
    assert got["b"].status == ANSWERED and got["b"].evidence_paragraphs == [1]
    # the answer referred to deals with the attacks on shops, not the beatings at the police station
    assert got["c"].status == UNANSWERED
    body = read_reply(paras(*_XREF_REPLY), markers=["a", "b", "c"], requests=[t for _, t in _XREF_REQUESTS])
    kinds = [s.kind for s in body.paragraphs[2].sentences]
    assert kinds == [SentenceKind.ECHO, SentenceKind.REFERENCE]  # "Question (b)." and "See paragraph 1 above."
    assert body.paragraphs[3].refs == ("c",)


def test_a_cross_reference_to_a_deferral_answers_nothing():
    req = [("a", "The measures taken to provide alternative housing to the Ambri families evicted from Tirren")]
    reply = ("1. The Government is studying the question of housing for the families of Tirren and will inform the "
             "Committee in due course.",
             "2. Question (a). See paragraph 1 above.")
    assert _statuses(req, *reply) == {"a": UNANSWERED}


# --- reasons given by the state of a thing --------------------------------------------------------------------------------

def test_the_condition_of_a_building_is_the_reason_for_its_closure():
    req = "The reasons for the closure of the Ambri-language school of Hosk"
    assert _one(req, "2. Question (a). The Ambri-language school of Hosk was damaged by fire on 3 May 2025 and declared "
                     "unsafe by the building inspectorate on 20 May 2025.") == ANSWERED
    assert _one(req, "2. Question (a). The Ambri-language school of Hosk has 120 pupils and 9 teachers.") != ANSWERED
    # "damaged" is harm done, not "damages" paid
    assert "~compensate" not in token_set("the school was damaged by fire")
    assert "~compensate" in token_set("the court awarded damages to the families")


# --- a running head printed once ------------------------------------------------------------------------------------------

def test_a_running_head_on_the_second_page_is_dropped_and_the_cut_paragraph_joined():
    texts = [("4. Each decision may be appealed within 60 days to the Appeals Board, and the appeal suspends the decision; "
              "the", 1, "4"),
             ("Page 1 of 2", 1, None),
             ("Republic of Ostrel - Reply to the letter of the Committee of 2 May 2025 Ref. CERD/EWUAP/2025/OS/ks", 2, None),
             ("Board's decisions may in turn be challenged before the Administrative Court.", 2, None),
             ("5. Question (c). Every child born in Ostrel is registered at birth.", 2, "5")]
    ps = [Paragraph(index=i, start=0, end=0, page=pg, number=num, text=t) for i, (t, pg, num) in enumerate(texts, 1)]
    kept = drop_page_furniture(ps)
    assert [p.number for p in kept] == ["4", "5"]
    assert kept[0].text.endswith("the Board's decisions may in turn be challenged before the Administrative Court.")
    # a topical heading that opens a page after a finished paragraph stays
    ps2 = [Paragraph(index=1, start=0, end=0, page=1, number="3", text="3. The school reopened on 1 September 2025."),
           Paragraph(index=2, start=0, end=0, page=2, number=None, text="Measures against hate speech"),
           Paragraph(index=3, start=0, end=0, page=2, number="4", text="4. Two broadcasters were fined.")]
    assert len(drop_page_furniture(ps2)) == 3


# --- words ----------------------------------------------------------------------------------------------------------------

def test_spanish_proceedings_and_culturally_appropriate_services():
    assert "~trial" in token_set("el estado de los procesos penales")
    assert "~trial" not in token_set("el proceso de consulta previa")
    assert "intercultur" in token_set("servicios de salud culturalmente adecuados")
    assert "intercultur" in token_set("culturally appropriate health services")
    assert "intercultur" in token_set("el Modelo de Salud Intercultural")
    requests = [("a", "Las medidas adoptadas para investigar el homicidio del dirigente ambri Tomás Relo, ocurrido el 2 de "
                      "marzo de 2025, y el estado de los procesos penales"),
                ("b", "Las medidas adoptadas para garantizar el acceso de la comunidad de Hosk al agua potable y a servicios "
                      "de salud culturalmente adecuados")]
    reply = ("5. Desde abril de 2025, la municipalidad abastece a la comunidad de Hosk con agua potable mediante camiones "
             "cisterna dos veces por semana.",
             "6. El Ministerio de Salud abrió el 2 de junio de 2025 un puesto de salud en Hosk que aplica el Modelo de Salud "
             "Intercultural, con médicos tradicionales y atención en idioma ambri.",
             "IV. Investigaciones penales",
             "7. La Fiscalía abrió el 2 de marzo de 2025 una investigación por el homicidio del señor Tomás Relo. El 21 de "
             "abril de 2025 fueron detenidos dos hombres, quienes fueron imputados por homicidio calificado.",
             "8. La Fiscalía presentó la acusación el 29 de agosto de 2025 ante el Tribunal de Sentencia, que fijó el "
             "inicio del juicio oral para el 12 de noviembre de 2025.")
    assert _statuses(requests, *reply) == {"a": ANSWERED, "b": ANSWERED}
    assert _statuses(requests, *reply[:1], *reply[2:]) == {"a": ANSWERED, "b": PARTIAL}
