"""Rules added in the sixth session's blind rounds (heldout25 on), each checked on short texts that are not fixtures."""

from __future__ import annotations

from tocsin.domain.documents import SourceDocument
from tocsin.extract import extract_document


def rec(text: str) -> dict:
    return extract_document(SourceDocument("x", "x.txt", "text/plain", len(text), text)).record("x.txt")


LETTER = ("CERD/EWUAP/118th session/2026/OV/ks\n\n4 March 2026\n\nExcellency,\n\nIn the course of its 118th "
          "session, the Committee on the Elimination of Racial Discrimination considered, under its early warning "
          "and urgent action procedure, information concerning the Pasht minority in Orvania. It is alleged that "
          "Pasht herders were evicted from the Lesk valley in January 2026.\n\nThe Committee requests the State "
          "party to provide information on the following by 15 June 2026:\n\n(a) The legal basis for the "
          "evictions;\n\n(b) The measures taken to provide alternative land.\n\nYours sincerely,\n\nChair\n")


def test_bare_reference_line_and_the_state_of_information_concerning_a_minority():
    r = rec(LETTER)
    assert r["reference_codes"] == ["CERD/EWUAP/118th session/2026/OV/ks"]
    assert r["states"] == ["Orvania"]
    assert r["session"] == 118


def test_a_line_that_only_names_the_committee_is_no_reference():
    r = rec(LETTER.replace("CERD/EWUAP/118th session/2026/OV/ks", "CERD"))
    assert r["reference_codes"] == []
