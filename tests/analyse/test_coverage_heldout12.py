"""heldout12 round: requests with several parts -- a count, a count of prosecutions and their outcome, figures broken down
by sex and age, sub-items (i), (ii), (iii) -- and replies that answer some parts only, in tables, over several paragraphs,
for a place rather than for the group, or in French. Every State, person and place here is fictional."""

from __future__ import annotations

from pathlib import Path

import pytest
from analyse_helpers import blind_set_score
from test_coverage import _one, paras

from tocsin.analyse.aspects import aspect_parts, breakdown_criteria, head_tokens
from tocsin.analyse.coverage import ANSWERED, PARTIAL, UNANSWERED, assess_coverage
from tocsin.analyse.lexical import token_set, tokens
from tocsin.analyse.reply import SentenceKind, classify_sentence, read_reply
from tocsin.analyse.similarity import HashingEmbedder, onnx_available

HELDOUT12 = Path(__file__).resolve().parents[1] / "fixtures" / "coverage" / "heldout12"


@pytest.mark.parametrize("kind", ["hashing", "onnx"])
def test_heldout12_floor(kind):
    """The twelfth blind set through the CLI path (requests, deadline and dates extracted from the letters): first run
    0.519 with both embedders, 27/27 with both after the round; kept at >= 0.92, and no request the gold calls unanswered
    reported answered."""
    if kind == "onnx" and not onnx_available():
        pytest.skip("onnxruntime or the bundled bge-small files are absent")
    ok, n = blind_set_score(HELDOUT12, kind)
    assert n == 27
    assert ok / n >= 0.92


# --- sub-items (i), (ii), (iii) ----------------------------------------------------------------------------------------

def test_sub_items_are_parts_with_the_lead():
    parts = aspect_parts("(c) The measures taken (i) to investigate the beating of Kesh students at the Harl hostel on "
                         "4 May 2025, (ii) to suspend the wardens concerned and (iii) to provide redress to the victims;")
    assert [p.text for p in parts] == [
        "The measures taken to investigate the beating of Kesh students at the Harl hostel on 4 May 2025",
        "The measures taken to suspend the wardens concerned",
        "The measures taken to provide redress to the victims"]
    assert [p.item for p in parts] == ["to investigate the beating of Kesh students at the Harl hostel on 4 May 2025",
                                       "to suspend the wardens concerned", "to provide redress to the victims"]
    # a lone "(i)" or a list that does not start at (i) is no list of sub-items
    assert len(aspect_parts("the measures taken (ii) to rehouse the families")) == 1


def test_sub_items_answered_over_several_paragraphs():
    req = ("The measures taken (i) to investigate the beating of Kesh students at the Harl hostel on 4 May 2025, (ii) to "
           "suspend the wardens concerned and (iii) to provide redress to the victims")
    inquiry = ("4. On 6 May 2025 the Education Inspectorate opened an inquiry into the complaints of nine students "
               "concerning blows received at the Harl hostel; the file was sent to the Prosecutor on 2 July 2025.")
    suspended = ("5. Pending the outcome of the inquiry, the two wardens concerned were suspended from duty on 8 May "
                 "2025.")
    redress = ("6. Seven students have received compensation for medical costs, amounting in total to 3,100 crowns.")
    rep = assess_coverage([("c", req)], paras(inquiry, suspended, redress), embedder=HashingEmbedder())
    assert rep.requests[0].status == ANSWERED
    assert rep.requests[0].evidence_paragraphs == [4, 5, 6]
    assert _one(req, inquiry, redress) == PARTIAL
    # "pending the outcome of the inquiry, X were suspended" reports what was done; "is pending the outcome" waits
    assert classify_sentence(suspended[3:]) is SentenceKind.SUBSTANTIVE
    assert classify_sentence("The decision on their suspension is pending the outcome of the inquiry.") is SentenceKind.DEFERRAL


def test_a_sub_item_needs_its_own_words_not_the_shared_lead():
    req = ("The access of the Pell families remaining in the Ostra valley (i) to safe drinking water and (ii) to health "
           "services since the closure of the Ostra dam")
    water = ("3. Since the closure of the dam, drinking water has been delivered to the Ostra valley by tanker twice a "
             "week, and a borehole entered into service in March 2025.")
    assert head_tokens(aspect_parts(req)[1].item) == frozenset(tokens("health"))
    assert _one(req, water) == PARTIAL
    assert _one(req, water, "4. A mobile clinic has visited the Pell families of the Ostra valley every Monday since April "
                            "2025.") == ANSWERED


# --- a count, the prosecutions and their outcome ----------------------------------------------------------------------------

def test_their_outcome_is_a_part_of_its_own():
    assert [a.text for a in aspect_parts("The number of complaints of attacks on Kesh persons since 2023, the number of "
                                         "prosecutions and their outcome")] == [
        "The number of complaints of attacks on Kesh persons since 2023", "the number of prosecutions",
        "the outcome of prosecutions"]
    assert aspect_parts("Whether an investigation has been opened into the fire, and its results")[1].text == (
        "the results of the investigation")


def test_prosecutions_counted_with_outcome_data_not_collected_is_partial():
    req = "The number of complaints of attacks on Kesh persons received since 2023, the number of prosecutions and their outcome"
    assert classify_sentence("Data on the outcome of court proceedings are not collected centrally.") is SentenceKind.DEFERRAL
    assert classify_sentence("Official statistics are therefore not broken down by ethnic origin.") is SentenceKind.DEFERRAL
    counted = ("2. In 2023 and 2024 the police received 48 complaints of attacks on Kesh persons; 19 cases were sent "
               "to court.")
    assert "~charge" in token_set("Cases sent to court")
    assert _one(req, counted + " Data on the outcome of court proceedings are not collected centrally.") == PARTIAL
    # a count of the prosecutions is not their outcome
    assert _one(req, counted) == PARTIAL
    assert _one(req, counted + " Eleven defendants were convicted and three acquitted; five cases are pending.") == ANSWERED


# --- tables and breakdowns --------------------------------------------------------------------------------------------------

def test_a_caption_and_its_table_are_one_paragraph():
    texts = ("1. The information requested is set out below.",
             "2. Persons of Kesh origin employed by the Harl municipal administration, at 1 January 2025:",
             "Sex Number Share of staff ------ ------ -------------- Women 12 2.1 % Men 9 1.6 % Total 21 3.7 %",
             "3. The draft law on hate speech was opened for public consultation on 2 February 2025.")
    body = read_reply(paras(*texts), markers=["a", "b"])
    assert [p.label for p in body.paragraphs] == [1, 2, 3]
    assert body.paragraphs[1].table and not body.paragraphs[2].heading  # the caption is no heading over paragraph 3
    req = "The number of Kesh persons employed by the Harl municipal administration, disaggregated by sex"
    assert _one(req, *texts) == ANSWERED
    by_grade = "Grade Number Share of staff ----- ------ -------------- Clerical 14 2.4 % Technical 7 1.3 % Total 21 3.7 %"
    assert _one(req, *texts[:2], by_grade, texts[3]) == PARTIAL  # the count, not by sex


def test_each_criterion_of_a_breakdown_is_asked():
    clause = next(a for a in aspect_parts("Data, disaggregated by ethnic origin, sex and age, on the persons displaced "
                                          "from the Harl district since 2024") if a.breakdown).text
    assert breakdown_criteria(clause) == ["ethnic origin", "sex", "age"]
    req = "The number of asylum applications lodged by Kesh nationals since 2023, each disaggregated by sex and age"
    by_sex = "3. Since 2023, 1,210 asylum applications were lodged by Kesh nationals, 640 by men and 570 by women."
    assert _one(req, by_sex) == PARTIAL
    table = ("2. The Migration Service has compiled the figures below.",
             "3. Asylum applications lodged by Kesh nationals since January 2023:",
             "Men Women Children under 18 Total Applications lodged 520 410 280 1,210 Applications granted 120 95 60 275")
    assert _one(req, *table) == ANSWERED


def test_figures_for_the_place_where_the_group_lives_are_a_stand_in():
    reqs = [("a", "Statistical data on unemployment among the Kesh, compared with the general population"),
            ("b", "The measures taken to prevent hate speech against the Kesh in the media")]

    def status(text: str) -> str:
        return assess_coverage(reqs, paras(text), embedder=HashingEmbedder()).requests[0].status

    assert status("4. In the Harl province, where most Kesh live, the unemployment rate was 14.2 per cent at the end of "
                  "2024 (national average: 7.1 per cent).") == PARTIAL
    assert status("4. The unemployment rate among the Kesh was 14.2 per cent at the end of 2024 (national average: 7.1 "
                  "per cent).") == ANSWERED


def test_either_alternative_answers():
    req = "The number of Kesh persons who remain without citizenship or identity documents"
    assert _one(req, "5. At 30 June 2025, 2,300 Kesh persons without citizenship were registered in the Harl "
                     "province.") == ANSWERED


# --- replies in French ------------------------------------------------------------------------------------------------------

def test_french_numbers_in_words_are_figures():
    req = ("The number of persons killed and injured in the attacks on Kesh villages in May 2025, and the number of "
           "persons arrested in connection with those attacks")
    assert "~attack" in tokens("attaques") and not {"connect", "connection"} & token_set(req)
    assert _one(req, "2. Les attaques perpétrées en mai 2025 contre les villages kesh ont fait sept morts et douze blessés. "
                     "Quatorze personnes soupçonnées d'avoir participé à ces attaques ont été interpellées.") == ANSWERED


def test_services_listed_with_access_to():
    req = "The humanitarian assistance provided to displaced Kesh families, in particular food, shelter and access to health care"
    given = ("5. Le Gouvernement a distribué 80 tonnes de vivres aux familles déplacées kesh par l'intermédiaire de "
             "l'Agence de l'action humanitaire et a installé 300 abris temporaires.")
    assert _one(req, given) == PARTIAL
    assert _one(req, given[:-1] + "; une clinique mobile assure les soins de santé des familles déplacées.") == ANSWERED


# --- words --------------------------------------------------------------------------------------------------------------------

def test_a_bill_with_dates_answers_intention_and_timetable():
    assert token_set("criminalising") == token_set("criminalize")
    assert "timetabl" in token_set("to submit it to Parliament by 30 June 2026")
    req = "Whether the State party intends to adopt legislation criminalising racist hate speech and, if so, the timetable"
    assert _one(req, "5. The Ministry of Justice has prepared a draft law so as to criminalize public incitement to "
                     "hatred; the Government intends to submit it to Parliament by 30 June 2026.") == ANSWERED
    assert _one(req, "5. The Government intends to submit a draft law criminalizing public incitement to hatred to "
                     "Parliament.") == PARTIAL


def test_the_date_of_an_event_named_once_sets_the_scene():
    req = ("The number of Kesh persons detained during the operation of 5 March 2025 in the Harl quarter, and the charges "
           "brought against them")
    reply = ("1. The police operation of 5 March 2025 in Harl was ordered by the prosecutor in an investigation into theft.",
             ("2. During the operation, 23 persons were detained, of whom 19 are Kesh. Four of them were charged with "
              "theft (article 180 of the Criminal Code)."))
    assert _one(req, *reply) == ANSWERED


def test_land_claims_resettlement_and_helpers():
    # "the claims of X to the lands they occupy" are a question of title
    claims = token_set("to examine the claims of the Pell and other indigenous peoples to the lands they occupy")
    assert {"~lease", "titl"} <= claims
    assert _one("The steps taken to recognize the title of the Pell to the lands they have traditionally occupied",
                "6. By decree of 4 May 2025 the Government established a commission to examine the claims of the Pell and "
                "other indigenous peoples to the lands they traditionally occupy.") == ANSWERED
    # moved away from a place is a relocation, not a return
    assert "~rehouse" in token_set("212 families were resettled from the Ostra valley")
    # who helped the State gave no assistance to anyone
    assert "~assist" not in token_set("courses organized with the assistance of the Council of Europe")
    assert _one("the compensation, if any, provided to the victims",
                "4. In 2024, 900 prison staff attended courses on human rights, organized with the assistance of the "
                "Council of Europe.") == UNANSWERED
