"""heldout11 round: replies from States that do not want to answer -- answers under thematic headings, constitution and
policy restated at length, answers to a different question, references to an earlier note or to an annex that is not
attached, a short reply that skips most requests. Every State, person and place here is fictional."""

from __future__ import annotations

from pathlib import Path

import pytest
from analyse_helpers import blind_set_score
from test_coverage import _one, paras

from tocsin.analyse.aspects import asks_for_law, done_to_law, participle_qualifiers
from tocsin.analyse.coverage import ANSWERED, PARTIAL, UNANSWERED, assess_coverage
from tocsin.analyse.lexical import tokens
from tocsin.analyse.reply import (
    SentenceKind,
    classify_sentence,
    read_reply,
    refers_elsewhere,
    split_sentences,
)
from tocsin.analyse.similarity import HashingEmbedder, onnx_available

HELDOUT11 = Path(__file__).resolve().parents[1] / "fixtures" / "coverage" / "heldout11"


@pytest.mark.parametrize("kind", ["hashing", "onnx"])
def test_heldout11_floor(kind):
    """The eleventh blind set through the CLI path (requests, deadline and dates extracted from the letters; the gold
    gives no request texts): first run 0.815 (ONNX) / 0.741 (hashing), 27/27 with both after the round; kept at >= 0.92,
    and no request the gold calls unanswered reported answered."""
    if kind == "onnx" and not onnx_available():
        pytest.skip("onnxruntime or the bundled bge-small files are absent")
    ok, n = blind_set_score(HELDOUT11, kind)
    assert n == 27
    assert ok / n >= 0.92


# --- references elsewhere: an earlier note, an annex not attached ------------------------------------------------------

def test_reference_to_an_earlier_note_is_no_answer():
    s = ("With regard to the events in Talsk on 4 May 2024, the Government refers the Committee to its note verbale "
         "No. 88/2024 of 2 July 2024, in which comprehensive information on the investigation was provided.")
    assert classify_sentence(s) is SentenceKind.DEFERRAL
    assert refers_elsewhere("Detailed information on the investigation was provided in our reply of 2 July 2024.")
    # the covering letter's own reference to the Committee's letter is no referral
    assert classify_sentence("The Government refers to the letter of the Committee dated 3 May 2025.") is not SentenceKind.DEFERRAL
    req = "The investigation into the shooting of two Vesh protesters in Talsk on 4 May 2024, including any charges brought"
    assert _one(req, "1. " + s) == UNANSWERED


def test_annex_not_attached_answers_nothing_but_an_attached_one_does():
    req = "The number of Vesh displaced from the Korr valley in 2023 who have returned to their homes"
    referral = ("2. Detailed statistics on the return of displaced persons to the Korr valley, disaggregated by village "
                "and by year, are contained in Annex II to the present note.")
    body = read_reply(paras(referral), markers=["a"])
    assert body.paragraphs[0].sentences[0].kind is SentenceKind.DEFERRAL
    assert _one(req, referral) == UNANSWERED
    # with the annex in the reply, the sentence is read as before (and the annex's own figures can answer)
    attached = read_reply(paras(referral, "Annex II", "In 2024, 312 displaced Vesh returned to their homes in the Korr "
                                                       "valley; 540 remain displaced."), markers=["a"])
    assert attached.paragraphs[0].sentences[0].kind is SentenceKind.SUBSTANTIVE


def test_annex_referral_beside_one_measure_is_partial():
    req = "The measures taken to protect Ms. Dana Orvik from threats"
    text = ("4. As regards Ms. D. Orvik, information on the protection measures is set out in Annex I. The Government "
            "notes that Ms. Orvik has not lodged any complaint with the police. The Korr Provincial Police has "
            "nevertheless been instructed to respond without delay to any request from her.")
    assert split_sentences(text[3:])[0].endswith("set out in Annex I.")  # "Ms. D. Orvik" is no sentence end
    assert _one(req, text) == PARTIAL
    # the figures given, the annex cited only for detail: answered
    assert _one("The compensation paid to families whose houses were destroyed in Korr in 2023",
                "5. Compensation totalling 4.1 million was paid to 96 households whose houses were destroyed in Korr "
                "in 2023. The amount paid to each household is listed in Annex II.") == ANSWERED


# --- an answer to a different question ------------------------------------------------------------------------------------

def test_complaints_registered_are_no_prosecutions():
    req = "The number of prosecutions brought and convictions obtained since 2022 for violent attacks against Vesh persons"
    text = ("2. Concerning violence against members of the Vesh community, the police registered 140 complaints filed by "
            "Vesh persons concerning offences against life and health between 2022 and 2024. Every complaint is recorded "
            "and examined in accordance with the Code of Criminal Procedure.")
    assert _one(req, text) == UNANSWERED
    assert _one(req, "2. Since 2022, 31 persons were prosecuted and 19 convicted for violent attacks against Vesh "
                     "persons.") == ANSWERED


def test_a_scheme_open_to_all_is_no_housing_provided_to_them():
    req = "The number of Vesh families evicted from the Marl quarter in March 2025 and the alternative housing provided to them"
    text = ("3. In March 2025, in execution of court decisions, 52 households occupying municipal buildings in the Marl "
            "quarter without legal title were evicted. Citizens in need of housing may apply for the social housing "
            "programme administered by the municipalities, which is open to all citizens on equal terms.")
    assert _one(req, text) == PARTIAL


def test_compensation_to_other_people_is_not_for_the_families_to_be_relocated():
    assert participle_qualifiers("the compensation offered to the families to be relocated") == [
        (frozenset(tokens("relocated")), frozenset(tokens("relocated")))]
    req = ("Whether Vesh representatives were consulted before the adoption of the plan to relocate the villages of the "
           "Korr valley, and the compensation offered to the families to be relocated")
    reply = ("II. PROTECTION AGAINST DISCRIMINATION",
             ("4. Between 2022 and 2024 the Ombudsperson received 40 complaints of discrimination from Vesh persons. Six "
              "complaints were upheld and the persons concerned received compensation."),
             "V. REGIONAL DEVELOPMENT",
             ("8. The Korr Valley Development Plan was adopted on 3 March 2025 after public hearings held in Tamm on 10 "
              "February 2025, in which elders and elected representatives of the Vesh villages of the valley took part."))
    assert _one(req, *reply) == PARTIAL
    assert _one(req, *reply, "9. Each of the 64 families to be relocated was offered compensation of 12,000 and a "
                             "plot in the new settlement.") == ANSWERED


def test_remedies_against_a_decision_are_appeals():
    assert tokens("the remedies available against that refusal")[0] == "~appeal"
    assert "~appeal" not in tokens("the steps taken to provide remedies, including compensation")
    req = ("The reasons for the refusal to register the Vesh Cultural Society in May 2024, and the remedies available "
           "against that refusal")
    assert _one(req, "1. The application of the Vesh Cultural Society was refused by decision of 4 May 2024 because the "
                     "statute did not indicate a registered address. The decision could have been appealed to the "
                     "Administrative Court within 30 days of its notification; no appeal was lodged.") == ANSWERED


# --- general statements of the constitution and the law -------------------------------------------------------------------

def test_every_law_subject_to_review_does_not_say_the_act_was_reviewed():
    aspect = "Whether the Assembly Act of 2024 has been reviewed for its compatibility with the Convention"
    assert done_to_law(aspect) == frozenset(tokens("reviewed"))
    assert not asks_for_law(aspect)
    assert classify_sentence("Every law is subject to review by the Constitutional Council for conformity with the "
                             "Constitution.") is SentenceKind.POLICY
    assert classify_sentence("The State pays particular attention to the development of the languages of all ethnic "
                             "groups.") is SentenceKind.ASSURANCE
    general = ("5. In accordance with article 4 of the Constitution, international treaties take precedence over national "
               "laws. Every law is subject to review by the Constitutional Council for conformity with the Constitution. "
               "The Assembly Act of 2024 was adopted by Parliament in accordance with the procedure established by the "
               "Constitution.")
    assert _one(aspect, general) == UNANSWERED
    assert _one(aspect, "5. The Assembly Act of 2024 was reviewed by the Constitutional Council, which on 3 March 2025 "
                        "found it compatible with the Convention.") == ANSWERED


def test_a_reviewed_and_replaced_instruction_is_an_act():
    s = ("The Ministry of the Interior reviewed the instruction of 4 March 2023 and replaced it on 1 July 2024 by "
         "Instruction No. 9, which prohibits the selection of persons for checks on the basis of ethnic origin.")
    assert classify_sentence(s) is SentenceKind.SUBSTANTIVE


def test_pairs_answered_by_theme_and_skipped():
    """A reply arranged under thematic headings, answering two requests by content and ignoring the third."""
    reqs = [("a", ("The investigation into the death of Mr. Ivo Pelt at the Norr checkpoint on 2 March 2025, including "
                   "whether any officer has been charged")),
            ("b", "The number of Vesh children refused enrolment in the schools of the Dorn district in 2024"),
            ("c", "The allegations that Vesh defendants have been tried before the Dorn Court without interpretation")]
    reply = paras("I. EDUCATION",
                  ("1. In 2024, 88 Vesh children whose residence was not registered were refused enrolment by schools of "
                   "the Dorn district; 80 of them were enrolled after an instruction of the Minister."),
                  "II. LAW ENFORCEMENT",
                  ("2. With regard to the incident of 2 March 2025 at the Norr checkpoint, in which Mr. I. Pelt lost his "
                   "life, the Prosecutor's Office opened a criminal case the same day. On 9 May 2025 a sergeant of the "
                   "Border Police was charged with causing death by negligence."))
    rep = assess_coverage(reqs, reply, embedder=HashingEmbedder())
    assert [r.status for r in rep.requests] == [ANSWERED, ANSWERED, UNANSWERED]
