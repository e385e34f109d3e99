from __future__ import annotations

from extract_helpers import doc_of
from tocsin.extract.requests import RequestItem, extract_requests

LETTER = """REFERENCE: CERD/EWUAP/120th session/2026/XY/ks

3 March 2026

Excellency,

The Committee takes note of the information provided by your Government, in particular: (i) the
creation of a commission; (ii) the adoption of a plan; and (iii) compensation paid to victims.

In accordance with article 9 (1) of the Convention, the Committee requests the State party to provide
information on the following by 1 July 2026:

(a) The investigations into the events of 2 January 2026 in the village of Orlek;
(b) The measures taken to protect members of the Tamari community,
including women and children;
(c) The legal basis for the detention of 12 persons:
   (i) whether they had access to a lawyer;
   (ii) whether they were brought before a judge;
(d) The compensation provided to victims.

Allow me, Excellency, to reiterate the wish of the Committee to continue its dialogue.
"""


def test_lettered_list_after_request_cue():
    items = extract_requests(doc_of(LETTER))
    assert [i.marker for i in items] == ["a", "b", "c", "d"]
    assert all(isinstance(i, RequestItem) and i.marked for i in items)
    assert items[1].text == "The measures taken to protect members of the Tamari community, including women and children"
    assert "(ii) whether they were brought" in items[2].text  # the sub-list stays inside (c)
    text = doc_of(LETTER).text
    assert text[items[0].start:items[0].end].startswith("(a) The investigations")


def test_summary_list_is_not_a_request():
    items = extract_requests(doc_of(LETTER))
    assert not any(i.marker in ("i", "ii", "iii") for i in items)


def test_dash_bullets_are_numbered():
    text = ("Excellency,\n\nThe Committee would be grateful to receive information on:\n\n"
            "- the number of persons displaced from Orlek;\n- the steps taken to allow their return;\n"
            "- the investigation of the arson of 4 May 2026.\n\nYours sincerely,\n")
    items = extract_requests(doc_of(text))
    assert [(i.marker, i.marked) for i in items] == [("1", False), ("2", False), ("3", False)]
    assert items[2].text == "the investigation of the arson of 4 May 2026."


def test_numbered_special_procedure_list():
    text = ("In connection with the above alleged facts and concerns, please refer to the annex. "
            "I would be grateful for your observations on the following matters:\n\n"
            "1. Please provide any additional information on the above allegations.\n\n"
            "2. Please explain the legal basis for the arrest of Mr. Ivo Tamar.\n\n"
            "3. Please indicate measures taken to protect human rights defenders.\n\n"
            "This communication and any response will be made public.\n")
    items = extract_requests(doc_of(text))
    assert [i.marker for i in items] == ["1", "2", "3"]


def test_requests_inside_sentences():
    text = ("Excellency,\n\nThe Committee is concerned about reports of evictions in Orlek. "
            "The Committee requests the State party to provide information on the measures taken to "
            "prevent further evictions. It also urges the State party to consult the Tamari community. "
            "The Committee recalls its general recommendation No. 23.\n")
    items = extract_requests(doc_of(text))
    assert [i.marker for i in items] == ["1", "2"]
    assert [i.marked for i in items] == [False, False]
    assert items[1].text.startswith("It also urges")


def test_inline_list_in_request_sentence():
    text = ("The Committee requests the State party to provide information on: (a) the investigation "
            "of the killings; (b) the return of displaced persons; and (c) compensation. Yours sincerely.")
    items = extract_requests(doc_of(text))
    assert [i.marker for i in items] == ["a", "b", "c"]
    assert items[1].text == "the return of displaced persons"


def test_ngo_demands_are_not_requests():
    text = ("We demand the authorities of Tamaria to stop persecution of the Orleki. "
            "We urge the OSCE for a strong reaction.\n")
    assert extract_requests(doc_of(text)) == []


def test_past_requests_are_not_repeated():
    text = ("In its previous letter of 2 May 2025, the Committee requested the State party to provide "
            "information on the situation. The Committee thanks the State party for its reply.\n")
    assert extract_requests(doc_of(text)) == []


def test_french_list():
    text = ("Le Comité prie l'État partie de lui fournir des informations sur les points suivants :\n\n"
            "a) Les enquêtes ouvertes sur les événements du 3 mars 2021 ;\n"
            "b) Les mesures prises pour protéger les Tamari.\n")
    items = extract_requests(doc_of(text))
    assert [i.marker for i in items] == ["a", "b"]


def test_wishes_to_know_is_a_request():
    text = ("Excellency,\n\nThe Committee would appreciate receiving information on the investigation into the "
            "beatings at the Orlek centre. The Committee also wishes to know whether the detainees had access "
            "to a lawyer. It seeks clarification on the legal basis of their detention. The Committee wishes "
            "to recall its general recommendation No. 31.\n")
    items = extract_requests(doc_of(text))
    assert [i.marker for i in items] == ["1", "2", "3"]
    assert items[1].text.startswith("The Committee also wishes to know")


def test_markers_inside_an_item_go_on_with_the_list():
    """"(b) ..., and (c) ..." on one line, then "(d)": (c) is a request of its own, and the list goes
    on; a marker cited inside an item ("as in (b) above") is not."""
    text = ("Excellency,\n\nThe Committee requests the State party to provide information by 1 July 2026 on:\n\n"
            "(a) The measures taken, as described in (b) above, to protect the Tamari;\n\n"
            "(b) Whether the Tamari were consulted, and (c) the results of any impact assessment;\n\n"
            "(d) The investigation into the killings;\n\n"
            "(e) The legal grounds for the detentions, and (f) the measures to protect defenders.\n")
    items = extract_requests(doc_of(text))
    assert [i.marker for i in items] == ["a", "b", "c", "d", "e", "f"]
    assert items[0].text == "The measures taken, as described in (b) above, to protect the Tamari"
    assert items[1].text == "Whether the Tamari were consulted"
    assert items[2].text == "the results of any impact assessment"
    assert items[5].text == "the measures to protect defenders."
    assert text[items[2].start:items[2].end].startswith("(c) the results")
