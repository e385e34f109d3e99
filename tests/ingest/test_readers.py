"""Every format tocsin reads, with real files, and the bad input each must refuse clearly."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tests import makers
from tocsin.errors import IngestError
from tocsin.ingest import read_bytes, read_path
from tocsin.ingest.base import Limits
from tocsin.ingest.segment import split_paragraphs


def test_pdf_text_pages_and_lettered_paragraphs():
    data = makers.pdf_bytes([makers.LETTER, "Second page.\n\n1. A numbered paragraph on page two."])
    doc = read_bytes(data, "letter.pdf")
    assert doc.media_type == "application/pdf"
    assert len(doc.pages) == 2 and not doc.needs_ocr
    assert "Marnish minority" in " ".join(doc.text.split())
    markers = [p.number for p in doc.paragraphs if p.number]
    assert markers == ["a", "b", "1"]
    assert doc.paragraphs[-1].page == 2
    # spans index into the text
    p = doc.paragraphs[-1]
    assert doc.text[p.start:p.end].startswith("1. A numbered")


def test_pdf_page_without_text_is_flagged_for_ocr():
    doc = read_bytes(makers.blank_pdf_bytes(2), "scan.pdf")
    assert [p.needs_ocr for p in doc.pages] == [True, True]


def test_docx_keeps_word_numbering_and_tables():
    data = makers.docx_bytes(["Note verbale No. 12/2026"], numbered=["First answer.", "Second answer."],
                             table=[["Village", "Injured"], ["Dűrenfeld", "12"]])
    doc = read_bytes(data, "reply.docx")
    assert [p.number for p in doc.paragraphs if p.number] == ["1", "2"]
    assert "Dűrenfeld | 12" in doc.text


def test_html_drops_boilerplate_and_scripts():
    html = ("<html><head><title>Statement</title><script>alert(1)</script></head><body><nav>Menu</nav>"
            "<main><h1>Statement</h1><p>Houses were burnt in <b>Kordáy</b>.</p><ol><li>first</li><li>second</li>"
            "</ol></main><footer>Contact</footer></body></html>")
    doc = read_bytes(html.encode(), "page.html")
    assert doc.title == "Statement"
    assert "alert" not in doc.text and "Menu" not in doc.text and "Contact" not in doc.text
    assert "Houses were burnt in Kordáy." in doc.text
    assert [p.number for p in doc.paragraphs if p.number] == ["1", "2"]


def test_email_body_and_attachment():
    att = makers.docx_bytes(["Attached submission about Quellmark."])
    data = makers.eml_bytes("Please see the submission.", attachments=[("../../etc/sub.docx", att,
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    doc = read_bytes(data, "message.eml")
    assert doc.media_type == "message/rfc822"
    assert "Please see the submission." in doc.text
    assert doc.metadata["subject"] == "Submission"
    assert [a.filename for a in doc.attachments] == ["sub.docx"]  # no path traversal
    child = read_bytes(doc.attachments[0].data, doc.attachments[0].filename)
    assert "Quellmark" in child.text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1251", "latin-1", "utf-8-sig"])
def test_text_in_common_encodings(encoding):
    text = ("Заявление о положении меньшинства в селе Кордай. " * 3 if encoding == "cp1251"
            else "Déclaration sur la minorité de Kordáy, élevée à Genève. " * 3)
    doc = read_bytes(text.encode(encoding), "note.txt")
    assert text.strip() in doc.text


def test_markdown_is_text():
    doc = read_bytes(b"# Notes\n\n1. First point\n2. Second point\n", "notes.md")
    assert doc.media_type == "text/markdown"
    assert [p.number for p in doc.paragraphs if p.number] == ["1", "2"]


def test_same_bytes_same_sha256(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Same content about Quellmark.")
    b.write_text("Same content about Quellmark.")
    assert read_path(a).sha256 == read_path(b).sha256


def _zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<a>" + b"A" * (300 * 1024 * 1024) + b"</a>")
    return buf.getvalue()


@pytest.mark.parametrize(("name", "make", "code"), [
    ("empty.pdf", lambda: b"", "empty_file"),
    ("truncated.pdf", lambda: makers.pdf_bytes(["Some text " * 50])[:400], "corrupt_file"),
    ("locked.pdf", lambda: makers.pdf_bytes(["Secret text"], password="s3cret"), "encrypted_file"),
    ("junk.pdf", lambda: b"%PDF-1.7\n" + bytes(range(256)) * 20, "corrupt_file"),
    ("bomb.docx", _zip_bomb, "archive_bomb"),
    ("broken.docx", lambda: b"PK\x03\x04" + b"\x00" * 100, "corrupt_file"),
    ("junk.txt", lambda: bytes(range(256)) * 40, "binary_content"),
    ("empty.txt", lambda: b"   \n\n", "empty_file"),
    ("image.png", lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "binary_content"),
])
def test_bad_input_gets_a_stable_code(name, make, code):
    with pytest.raises(IngestError) as info:
        read_bytes(make(), name)
    assert info.value.code == code


def test_file_over_the_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(IngestError) as info:
        read_path(big, Limits(max_file_bytes=1024))
    assert info.value.code == "file_too_large"


def test_unreadable_file(tmp_path):
    with pytest.raises(IngestError) as info:
        read_path(tmp_path / "missing.pdf")
    assert info.value.code == "unreadable_file"


def test_segmentation_markers_and_blocks():
    text = "Intro line.\n\n- (a) First request;\n- (b) Second request;\n(iv) Roman item\n12. Numbered\n\nEnd."
    paras = split_paragraphs(text)
    assert [p.number for p in paras] == [None, "a", "b", "iv", "12", None]
    assert paras[1].text == "- (a) First request;"


def test_segmentation_is_linear_on_hostile_text():
    text = "(a) x\n" * 100_000
    paras = split_paragraphs(text)
    assert len(paras) == 100_000
    one_line = "word " * 2_000_000
    assert len(split_paragraphs(one_line)) == 1


def test_docx_table_is_one_block_of_rows_with_empty_cells_kept():
    data = makers.docx_bytes(["Figures by source:"], table=[["Source", "Killed", "Injured", "Arrested"],
                                                          ["Elders' Council", "7", "", "112"],
                                                          ["Police", "4", "19", ""]])
    doc = read_bytes(data, "decision.docx")
    assert "Source | Killed | Injured | Arrested\nElders' Council | 7 |  | 112\nPolice | 4 | 19 |" in doc.text


def test_html_table_rows_are_lines_and_cells_are_parted():
    html = ("<html><body><main><p>The figures differ.</p><table><thead><tr><th>Source</th><th>Killed</th>"
            "<th>Injured</th></tr></thead>\n<tbody><tr>\n  <td><p>Council of <b>Elders</b></p></td>\n  <td>3</td><td></td>"
            "</tr><tr><td>Police</td><td>2</td><td>19</td></tr></tbody></table><p>After the table.</p></main></body></html>")
    doc = read_bytes(html.encode(), "page.html")
    assert doc.text == ("The figures differ.\n\nSource | Killed | Injured\nCouncil of Elders | 3 |\nPolice | 2 | 19"
                        "\n\nAfter the table.")


def test_pdf_table_cells_set_apart_by_their_borders_stay_apart():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 6, "Figures on the injured and on arrests differ:")
    pdf.ln(4)
    for row in (["Source", "Killed", "Injured", "Arrested"], ["Monitors at the dam site", "1", "14", "22"],
                ["Ministry of the Interior", "1", "9", "22"]):
        for k, cell in enumerate(row):
            pdf.cell(70 if k == 0 else 30, 8, cell, border=1)
        pdf.ln(8)
    doc = read_bytes(bytes(pdf.output()), "appeal.pdf")
    assert "Source    Killed    Injured    Arrested" in doc.text
    assert "Monitors at the dam site    1    14    22" in doc.text
    from tocsin.extract import extract_document

    r = extract_document(doc).record("appeal.pdf")
    assert r["casualties"]["injured"] == [14, 9] and r["casualties"]["arrested"] == [22]


def test_pdfium_soft_hyphen_marks_are_taken_out_of_words():
    # a PDF whose generator hyphenated words at line ends: PDFium gives "commu\ufffenity" for "commu-/nity"
    pdf = Path(__file__).resolve().parents[1] / "fixtures" / "extract" / "heldout50" / "h50-08-cerd-letter-marivela.pdf"
    text = read_path(pdf).text
    assert "\ufffe" not in text and "a community school" in text
