"""heldout10 round: a Russian letter and reply, a reply that answers out of order and merges two requests, figures given
for part of what was asked, an English letter answered in Spanish. Every State, person and place here is fictional."""

from __future__ import annotations

import pytest
from test_coverage import _blind_set_accuracy, _one, paras

from tocsin.analyse.aspects import asks_for_number, asks_for_outcome, aspect_parts, gives_outcome, head_tokens
from tocsin.analyse.coverage import ANSWERED, PARTIAL, UNANSWERED, assess_coverage
from tocsin.analyse.lexical import foreign_share, ru_stem, tokens
from tocsin.analyse.reply import SentenceKind, classify_sentence, read_reply
from tocsin.analyse.similarity import HashingEmbedder


@pytest.mark.parametrize("kind", ["hashing", "onnx"])
def test_heldout10_floor(kind):
    """The tenth blind set on its own (requests as the gold paraphrases them): kept at >= 0.88 with both embedders, and
    no request the gold calls unanswered reported answered."""
    assert _blind_set_accuracy("heldout10", kind) >= 0.88


# --- Russian letters and replies ---------------------------------------------------------------------------------------

def test_russian_words_are_read_stemmed_and_glossed():
    # inflections meet ("Дорвинского" / "Дорвинском", "Ставска" / "Ставске"); domain words become concept ids
    assert ru_stem("Дорвинского") == ru_stem("Дорвинском")
    assert ru_stem("Ставска") == ru_stem("Ставске")
    assert tokens("расследование жестокого обращения с задержанными") == ["~investigate", "~illtreat", "~detain"]
    assert tokens("правовые основания задержания") == ["lawbasi", "~detain"]
    assert foreign_share("Во всех школах сохранено обучение на родном языке.") == 1.0


def test_russian_note_verbale_sentences_and_kinds():
    body = read_reply(paras(
        "Постоянное представительство Республики Мервания свидетельствует свое уважение Управлению и имеет честь "
        "препроводить следующую информацию.",
        "1. В 2025 году в Дорвинском районе открыты две школы. Обучение ведется на родном языке.",
        "2. Учет национальной принадлежности муниципальных служащих не ведется.",
        "3. Правительство подтверждает свою приверженность Конвенции и готовность продолжать конструктивный диалог.",
        "Постоянное представительство пользуется случаем, чтобы возобновить уверения в своем весьма высоком уважении.",
        "Женева, 9 сентября 2025 года"), markers=["а", "б"])
    assert [p.label for p in body.paragraphs] == [1, 2, 3]
    assert len(body.paragraphs[0].sentences) == 2  # a sentence may open with a Cyrillic capital
    assert body.paragraphs[1].sentences[0].kind is SentenceKind.DEFERRAL  # "no record is kept"
    assert body.paragraphs[2].sentences[0].kind is SentenceKind.ASSURANCE


def test_russian_pair_answered_partial_and_skipped():
    reqs = [("а", "меры, принятые для обеспечения обучения детей на родном языке после закрытия школ в Дорвинском районе"),
            ("б", ("правовые основания задержания 14 участников собрания 2 марта 2025 года в Ставске, а также "
                   "обеспечение им доступа к адвокату")),
            ("в", ("расследование утверждений о жестоком обращении с задержанными в изоляторе временного содержания "
                   "г. Ставска"))]
    assert [a.text for a in aspect_parts(reqs[1][1])][1] == "обеспечение им доступа к адвокату"
    reply = paras(
        "1. Во всех опорных школах Дорвинского района сохранено обучение на родном языке: в 20 классах обучаются "
        "310 детей.",
        "2. 14 участников собрания 2 марта 2025 года в Ставске были доставлены в отдел полиции и привлечены к "
        "административной ответственности по статье 20.2 Кодекса об административных правонарушениях. Решениями суда "
        "9 человек подвергнуты штрафу.")
    for kind in ("hashing", "onnx"):
        from tocsin.analyse.similarity import make_embedder, onnx_available

        if kind == "onnx" and not onnx_available():
            continue
        rep = assess_coverage(reqs, reply, embedder=make_embedder(kind))
        assert [r.status for r in rep.requests] == [ANSWERED, PARTIAL, UNANSWERED]


def test_russian_figures_with_a_record_not_kept_are_partial():
    req = ("данные, дезагрегированные по этническому происхождению, о представленности корвинов в органах местного "
           "самоуправления Дорвинского района")
    assert asks_for_number(aspect_parts(req)[0].text)
    figures = "1. В состав Дорвинского районного совета депутатов входят 5 депутатов корвинского происхождения из 25."
    assert _one(req, figures + " Учет национальной принадлежности муниципальных служащих не ведется.") == PARTIAL


# --- what was asked -----------------------------------------------------------------------------------------------------

def test_anyone_is_no_head_word():
    req = "The investigation into the arson of the Dessan school in Kirl on 4 May 2025, including whether anyone has been charged"
    assert head_tokens("whether anyone has been charged") == frozenset({"~charge"})
    assert _one(req, "3. The fire which destroyed the school in Kirl on 4 May 2025 was investigated by the Provincial "
                     "Police. On 2 July 2025 two residents of Orm were charged with arson.") == ANSWERED


def test_resumption_is_a_frame_word():
    req = "The measures taken to ensure the security of Dessan pupils and teachers and the resumption of schooling in Kirl"
    assert _one(req, "3. Since 1 June 2025 classes for all pupils of the Kirl school have been held in temporary "
                     "premises. A police patrol visits the premises twice a day to ensure the security of pupils and "
                     "teachers.") == ANSWERED


def test_made_public_is_published_not_the_public_order_act():
    assert "~publish" in tokens("whether its results have been made public")
    assert "~publish" not in tokens("charged under the Public Order Act with obstruction of public works; a publication")
    req = ("Whether an environmental impact assessment of the Tarn dam was carried out, and whether its results have been "
           "made public")
    reply = ("1. An environmental impact assessment of the Tarn dam was carried out by the Environment Agency in 2021.",
             "2. Nine persons were charged under the Public Order Act with obstruction of public works.")
    assert _one(req, *reply) == PARTIAL
    assert _one(req, reply[0] + " Its results were published on the Agency's website on 3 May 2022.") == ANSWERED


def test_the_outcome_of_a_consultation_needs_what_came_of_it():
    assert asks_for_outcome("the outcome of any consultation held") and not asks_for_outcome("the consultation held")
    assert gives_outcome("the community authorities signed an agreement") and not gives_outcome("two hearings were held")
    req = ("Whether the free, prior and informed consent of the Dessan people was sought before the approval of the Tarn "
           "dam, and the outcome of any consultation held")
    held = ("5. Before its approval, the project was presented at two public hearings held in Orm on 9 March and "
            "6 April 2022, open to all residents, including members of the Dessan people.")
    assert _one(req, held) == PARTIAL
    assert _one(req, held + " At the second hearing the Dessan representatives signed an agreement on the resettlement "
                            "of the graves.") == ANSWERED


def test_figures_for_part_with_the_rest_still_being_collected_are_partial():
    req = "The number of persons belonging to the Dessan minority employed in the police and in the judiciary of Kirl region"
    assert "~property" not in tokens(req)  # "belonging to" is no "belongings"
    figures = "41 police officers serving in Kirl region are members of the Dessan minority."
    assert _one(req, "6. The collection of data on the ethnic composition of the staff of the police and of the courts "
                     "is under way. According to preliminary data, " + figures) == PARTIAL
    assert _one(req, "6. The collection of data on the ethnic composition of the staff of the police and of the courts "
                     "is under way.") == UNANSWERED


def test_counted_persons_answer_the_number_of_people_in_a_role():
    req = "The number of Dessan land defenders arrested since August 2024"
    assert _one(req, "2. Between August 2024 and February 2025 the Federal Police arrested 14 persons during protests "
                     "at the dam site.") == ANSWERED
    # no figure, no count
    assert _one(req, "2. The Federal Police arrested persons during protests at the dam site.") != ANSWERED


def test_the_ground_of_a_request_is_an_aspect_and_a_denial_is_no_answer():
    req = ("The measures taken to ensure access of the Dessan communities to safe drinking water, in view of the "
           "reported contamination of the Tarn River")
    assert [a.text for a in aspect_parts(req)] == [
        "The measures taken to ensure access of the Dessan communities to safe drinking water",
        "the reported contamination of the Tarn River"]
    assert classify_sentence("Respecto del río Tarn, el Gobierno rechaza que exista contaminación atribuible a la "
                             "actividad minera.") is SentenceKind.DENIAL
    assert classify_sentence("The Government denies that the river is contaminated.") is SentenceKind.DENIAL
    reply = paras("5. Respecto del río Tarn, el Gobierno rechaza que exista contaminación atribuible a la actividad "
                  "minera. La Autoridad Nacional del Agua realiza un monitoreo trimestral de la calidad del agua en seis "
                  "puntos del río Tarn.")
    rep = assess_coverage([("e", req)], reply, embedder=HashingEmbedder())
    assert rep.requests[0].status == PARTIAL
    only_denial = paras("5. Respecto del río Tarn, el Gobierno rechaza que exista contaminación atribuible a la "
                        "actividad minera.")
    assert assess_coverage([("e", req)], only_denial, embedder=HashingEmbedder()).requests[0].status == UNANSWERED


def test_a_denied_premise_names_what_the_facts_after_it_answer():
    req = "The alleged practice of ethnic profiling by the police in the district of Orm"
    denial = "4. The Government rejects that the police apply ethnic profiling."
    facts = (" In 2024 the police in the district of Orm carried out 12,400 identity checks, 31 per cent of them on "
             "Dessan persons.")
    assert _one(req, denial) == UNANSWERED
    assert _one(req, denial + facts) == ANSWERED


def test_events_denied_as_described_are_a_denial_whatever_their_date():
    for text in ("Los hechos ocurridos el 3 de mayo de 2025 en Orm no tuvieron lugar tal como se describen.",
                 "The events of 3 May 2025 in Orm did not take place as described.",
                 "Les faits du 3 mai 2025 n'ont pas eu lieu tels que décrits."):
        assert classify_sentence(text) is SentenceKind.DENIAL, text
    assert _one("The investigation into the injuries caused on 3 May 2025 in Orm",
                "1. The events of 3 May 2025 in Orm did not take place as described.") == UNANSWERED


def test_disaggregated_data_asks_for_figures_and_is_no_head_word():
    assert asks_for_number("disaggregated data on the representation of the Dessan in the municipal councils of Kirl")
    assert asks_for_number("дезагрегированные данные о представленности корвинов")
    assert "_disaggreg" in tokens("disaggregated data")
