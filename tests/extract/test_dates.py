from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import doc_of

from tocsin.domain.dates import PartialDate
from tocsin.extract.dates import document_date, find_dates, parse_date, reply_deadline


@pytest.mark.parametrize("text,iso", [
    ("30 April 2021", "2021-04-30"),
    ("Kyiv, May 25, 2020", "2020-05-25"),
    ("Geneva, 20 January 2025", "2025-01-20"),
    ("14.07.2021", "2021-07-14"),
    ("2021-07-14", "2021-07-14"),
    ("Genève, le 3 mars 2021", "2021-03-03"),
    ("le 1er mars 2021", "2021-03-01"),
    ("Ginebra, 3 de marzo de 2021", "2021-03-03"),
    ("7 февраля 2020 г.", "2020-02-07"),
    ("in December 2020", "2020-12"),
    ("en febrero de 2020", "2020-02"),
    ("в феврале 2020 года", "2020-02"),
])
def test_parse_many_formats(text, iso):
    assert parse_date(text).iso() == iso


def test_not_dates():
    assert find_dates("No. 04/117, 1/2020, 60 days, 10 may be") == []


def test_ranges_and_year_from_context():
    [m] = find_dates("the events of 7 and 8 February 2020")
    assert (m.first.iso(), m.date.iso()) == ("2020-02-07", "2020-02-08")
    [r] = find_dates("its reply of 30 October.", base=PartialDate(2021, 4, 30))
    assert r.date.iso() == "2020-10-30" and r.year_inferred
    [f] = find_dates("by 15 January", base=PartialDate(2024, 8, 30), future=True)
    assert f.date.iso() == "2025-01-15"


def _letter(body: str, date_line: str = "Geneva, 3 March 2025") -> str:
    return f"REFERENCE: CERD/EWUAP/1\n\n{date_line}\n\nExcellency,\n\n{body}\n\nYours sincerely,\n\nA. Chair\n"


@pytest.mark.parametrize("body,expected", [
    ("The Committee would be grateful to receive a response by 14 July 2025.", dt.date(2025, 7, 14)),
    ("The Committee requests information no later than 31 July 2025.", dt.date(2025, 7, 31)),
    ("Please respond at its earliest convenience but preferably no later than 1 June 2025.", dt.date(2025, 6, 1)),
    ("The Committee requests a reply before April 11, 2025.", dt.date(2025, 4, 11)),
    ("We would appreciate a response within 60 days.", dt.date(2025, 5, 2)),
    ("Le Comité souhaiterait recevoir une réponse au plus tard le 30 juin 2025.", dt.date(2025, 6, 30)),
    ("El Comité agradecería recibir una respuesta a más tardar el 30 de junio de 2025.", dt.date(2025, 6, 30)),
])
def test_deadline_forms(body, expected):
    d = doc_of(_letter(body))
    assert reply_deadline(d, document_date(d)) == expected


def test_no_deadline_when_cut_off_or_absent():
    d = doc_of(_letter("The Committee would be grateful to receive a response by 14 Ju"))
    assert reply_deadline(d, document_date(d)) is None
    d = doc_of(_letter("In its previous letter of 2 May 2024 the Committee thanked the Government."))
    assert reply_deadline(d, document_date(d)) is None
    # "within 60 days" needs the letter's date
    d = doc_of("Excellency,\n\nWe would appreciate a response within 60 days.\n")
    assert reply_deadline(d, document_date(d)) is None


def test_document_date_head_or_foot():
    assert document_date(doc_of(_letter("Text.", "Kyiv, May 25, 2020"))).iso() == "2020-05-25"
    foot = "Permanent Mission\n\nNo. 1/2\n\nThe Mission presents its compliments.\n\n" + "Body text here. " * 40 + \
        "\n\n" + "\n\n".join(f"Paragraph {i} of the note, with some text." for i in range(35)) + "\n\nGeneva, 20 January 2025\n"
    assert document_date(doc_of(foot)).iso() == "2025-01-20"
    assert document_date(doc_of("Excellency,\n\nOn 3 March 2021 many things happened in the region.\n")) is None
