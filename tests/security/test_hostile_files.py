"""Malicious files, each handled with a clear error code (or read safely), fast and without a crash.

Every file is made here, in memory or in tmp_path; nothing hostile is kept in the repository.
"""

from __future__ import annotations

import io
import time
import zipfile
from email.message import EmailMessage

import pytest

from tests import makers
from tocsin.errors import IngestError
from tocsin.ingest import read_bytes, read_path
from tocsin.ingest.base import Limits
from tocsin.services import LOCAL_ADMIN

SAFE_CODES = {"corrupt_file", "empty_file", "encrypted_file", "archive_bomb", "binary_content", "file_too_large",
              "unsupported_format", "too_complex", "unreadable_file"}


def _outcome(data: bytes, name: str, limits: Limits | None = None, *, within: float = 10.0):
    """('ok', doc) or ('error', code); never another exception, never longer than `within` seconds."""
    t0 = time.monotonic()
    try:
        doc = read_bytes(data, name, limits)
        result = ("ok", doc)
    except IngestError as exc:
        assert exc.code in SAFE_CODES, exc.code
        result = ("error", exc.code)
    assert time.monotonic() - t0 < within, f"{name} took {time.monotonic() - t0:.1f}s"
    return result


def _docx_with(parts: dict[str, bytes | str], *, base: bytes | None = None) -> bytes:
    """A valid DOCX with some parts replaced or added."""
    base = base or makers.docx_bytes(["An ordinary paragraph about Kordavia."])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename not in parts:
                zout.writestr(item, zin.read(item.filename))
        for name, data in parts.items():
            zout.writestr(name, data)
    return out.getvalue()


# --- archives ------------------------------------------------------------------------------------

def test_zip_bomb_docx():
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(makers.docx_bytes(["x"]))) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        with zout.open("word/media/bomb.bin", "w") as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):  # 300 MB of zeros, about 300 KB compressed
                fh.write(chunk)
    data = out.getvalue()
    assert len(data) < 2_000_000
    assert _outcome(data, "bomb.docx") == ("error", "archive_bomb")


def test_zip_bomb_with_a_lying_size_header():
    """Declared sizes say 1 KB; the entry inflates to 50 MB. zipfile stops at the declared size."""
    payload = b"<w:document/>" + b" " * 50_000_000
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", payload)
    data = bytearray(raw.getvalue())
    # patch the uncompressed size (local header offset 22, central directory offset 24) to 1024
    real = len(payload).to_bytes(4, "little")
    fake = (1024).to_bytes(4, "little")
    assert data.count(real) == 2
    data = bytes(data).replace(real, fake)
    kind, code = _outcome(data, "liar.docx")
    assert (kind, code) == ("error", "corrupt_file")


def test_many_tiny_entries_docx():
    parts = {f"junk/{i}.xml": "<a/>" for i in range(20_000)}
    kind, _ = _outcome(_docx_with(parts), "many.docx")
    assert kind in {"ok", "error"}


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>
<w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>
<w:t>before &xxe; after</w:t></w:r></w:p></w:body></w:document>"""


@pytest.mark.parametrize("part", ["word/document.xml", "word/numbering.xml", "docProps/core.xml",
                                  "word/styles.xml"])
def test_billion_laughs_inside_docx(part):
    kind, result = _outcome(_docx_with({part: BILLION_LAUGHS}), "laughs.docx", within=5)
    if kind == "ok":
        assert "lollol" not in result.text and len(result.text) < 10_000


def test_external_entity_is_never_resolved():
    kind, result = _outcome(_docx_with({"word/document.xml": XXE}), "xxe.docx")
    if kind == "ok":
        assert "root:" not in result.text


# --- PDF -----------------------------------------------------------------------------------------

def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A hand-made PDF with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


LOOPS = {
    "pages-kid-is-itself": [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"],
    "pages-cycle": [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>"],
    "count-lies": [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>",
                   b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"],
    "resources-loop": [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 4 0 R /Contents 5 0 R >>",
                       b"<< /XObject << /X 6 0 R >> /Font 4 0 R >>",
                       b"<< /Length 12 >>\nstream\n/X Do BT ET\nendstream",
                       b"<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources 4 0 R /Length 5 >>\n"
                       b"stream\n/X Do\nendstream"],
    "root-is-missing": [b"<< /Type /Catalog /Pages 9 0 R >>"],
    "self-referencing-length": [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                                b"<< /Length 4 0 R >>\nstream\nBT ET\nendstream"],
}


@pytest.mark.parametrize("name", sorted(LOOPS))
def test_pdf_with_recursive_or_looping_objects(name):
    kind, result = _outcome(_pdf(LOOPS[name]), f"{name}.pdf", within=5)
    if kind == "error":
        assert result in {"corrupt_file", "empty_file"}


def test_truncated_pdf():
    full = makers.pdf_bytes([makers.LETTER, "Second page with more text.\n\nAnd more."])
    for cut in (len(full) // 2, len(full) - 40, 400, 20, 9):
        kind, result = _outcome(full[:cut], "cut.pdf")
        assert kind == "ok" or result in {"corrupt_file", "empty_file"}


def test_password_protected_pdf():
    data = makers.pdf_bytes([makers.LETTER], password="s3cret")
    assert _outcome(data, "locked.pdf") == ("error", "encrypted_file")


def test_pdf_zip_polyglot_is_read_as_pdf():
    pdf = makers.pdf_bytes(["A statement about the pastoralists of Kordavia, in a polyglot file."])
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("word/document.xml", BILLION_LAUGHS)
    for name in ("poly.pdf", "poly.docx", "poly.zip"):
        kind, result = _outcome(pdf + z.getvalue(), name)
        assert kind == "ok" and result.media_type == "application/pdf" and "Kordavia" in result.text


def test_zip_that_claims_to_be_pdf():
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("%PDF-1.7.xml", "<x/>")  # "%PDF-" in the first kilobyte
        zf.writestr("word/document.xml", "<w:document/>")
    kind, result = _outcome(z.getvalue(), "trick.docx")
    assert kind == "error" and result in SAFE_CODES


def test_html_named_pdf():
    html = b"<!doctype html><html><head><title>T</title><script>alert('x')</script></head>" \
           b"<body><p>Hello from Kordavia.</p><img src=x onerror=alert(1)></body></html>"
    kind, result = _outcome(html, "page.pdf")
    assert kind == "ok" and result.media_type == "text/html"
    assert "alert" not in result.text and "Kordavia" in result.text


# --- e-mail --------------------------------------------------------------------------------------

def _eml(attachments: list[tuple[str, bytes]]) -> bytes:
    msg = EmailMessage()
    msg["From"] = "a@example.org"
    msg["To"] = "b@example.org"
    msg["Subject"] = "Files"
    msg.set_content("See the attached files.")
    for name, data in attachments:
        msg.add_attachment(data, maintype="text", subtype="plain", filename=name)
    return bytes(msg)


TRAVERSAL = ["../../etc/passwd", "..\\..\\windows\\system32\\config\\sam", "/etc/shadow", "....//....//x.txt",
             "a/../../../b.txt", "\u202etxt.exe", "con.txt\x00.pdf", "..", ".", "", "~/.ssh/authorized_keys",
             "%2e%2e%2fetc%2fpasswd", "file:///etc/passwd"]


def test_attachment_names_with_path_traversal(tmp_path):
    data = _eml([(name, f"attachment {i} text".encode()) for i, name in enumerate(TRAVERSAL)])
    kind, doc = _outcome(data, "mail.eml")
    assert kind == "ok"
    assert len(doc.attachments) == len(TRAVERSAL)
    for att in doc.attachments:
        assert "/" not in att.filename and "\\" not in att.filename and "\x00" not in att.filename
        assert not att.filename.startswith(".") and att.filename not in {"", ".", ".."}
        assert "\u202e" not in att.filename
    # through the service: children are documents in the store; nothing is written to the disk
    from tocsin.config import Settings
    from tocsin.services import build_services

    from .conftest import TEST_KEY

    before = set(tmp_path.rglob("*"))
    svc = build_services(Settings(home=tmp_path / "home", encryption_key=TEST_KEY))
    try:
        outcomes = svc.ingest.ingest_bytes(LOCAL_ADMIN, filename="mail.eml", data=data, extract=False)
        assert outcomes[0].status.value == "stored"
        children = [o for o in outcomes[1:] if o.status.value == "stored"]
        assert children and all(o.parent_id == outcomes[0].document_id for o in children)
    finally:
        svc.close()
    created = {p for p in set(tmp_path.rglob("*")) - before if not str(p).startswith(str(tmp_path / "home"))}
    assert created == set()


def test_huge_number_of_attachments():
    data = _eml([(f"a{i}.txt", b"x") for i in range(3000)])
    kind, doc = _outcome(data, "many.eml")
    assert kind == "ok" and len(doc.attachments) == 200 and doc.metadata.get("attachments_dropped")


def test_deeply_nested_mime():
    inner = b"Content-Type: text/plain\n\nInnermost text.\n"
    for i in range(3000):
        inner = (b"Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n" % (i, i)) + inner + b"\n--b%d--\n" % i
    data = b"From: a@example.org\nTo: b@example.org\nSubject: deep\nMIME-Version: 1.0\n" + inner
    _outcome(data, "deep.eml")


# --- text and the rest ---------------------------------------------------------------------------

def test_binary_junk_named_txt():
    import random

    junk = random.Random(7).randbytes(200_000)
    assert _outcome(junk, "notes.txt") == ("error", "binary_content")
    assert _outcome(b"\x7fELF\x02\x01\x01" + b"\0" * 1000, "prog.txt") == ("error", "binary_content")


@pytest.mark.parametrize("name", ["empty.txt", "empty.pdf", "empty.docx", "empty.html", "empty.eml", "empty"])
def test_empty_file(name, tmp_path):
    assert _outcome(b"", name) == ("error", "empty_file")
    (tmp_path / name).write_bytes(b"")
    with pytest.raises(IngestError) as err:
        read_path(tmp_path / name)
    assert err.value.code == "empty_file"


def test_whitespace_only_files():
    for name in ("blank.txt", "blank.html", "blank.eml"):
        assert _outcome(b" \n\t\n  ", name) == ("error", "empty_file")


def test_file_over_the_size_limit(tmp_path):
    limits = Limits(max_file_bytes=1_000_000)
    data = b"a" * 1_000_001
    assert _outcome(data, "big.txt", limits) == ("error", "file_too_large")
    p = tmp_path / "big.txt"
    with open(p, "wb") as fh:  # a sparse 5 GB file: refused from its size, never read
        fh.truncate(5 << 30)
    t0 = time.monotonic()
    with pytest.raises(IngestError) as err:
        read_path(p)
    assert err.value.code == "file_too_large" and time.monotonic() - t0 < 1


def test_deeply_nested_html():
    depth = 100_000
    html = ("<html><body>" + "<div>" * depth + "deep text in Kordavia" + "</div>" * depth + "</body></html>")
    kind, result = _outcome(html.encode(), "deep.html", within=20)
    assert kind == "ok" and "deep text in Kordavia" in result.text


def test_deeply_nested_unclosed_tags():
    html = "<p><b><i><span><a>" * 40_000 + "text"
    _outcome(html.encode(), "unclosed.html", within=20)


def test_fifty_megabyte_single_line_text():
    data = b"word " * 10_000_000  # 50 MB, no newline
    kind, result = _outcome(data, "line.txt", within=60)
    assert kind == "ok" and len(result.paragraphs) == 1


def test_text_over_the_character_limit_is_cut_and_flagged():
    limits = Limits(max_text_chars=100_000)
    kind, result = _outcome(b"abc def\n" * 50_000, "long.txt", limits)
    assert kind == "ok" and len(result.text) <= 100_000 and result.metadata["text_truncated"]


def test_control_characters_and_bidi_in_text_are_kept_inert():
    data = "Name: \u202eevil\u202c and <script>alert(1)</script>\n".encode()
    kind, result = _outcome(data, "x.txt")
    assert kind == "ok" and "<script>" in result.text  # text stays text; renderers escape it


def test_malicious_files_through_the_service_leave_the_store_unchanged(sqlite_services):
    """A batch of hostile files: each fails with its code, the good one is stored, nothing else changes."""
    svc = sqlite_services
    good = svc.ingest.ingest_bytes(LOCAL_ADMIN, filename="good.txt", data=b"A good statement.\n", extract=False)
    assert good[0].status.value == "stored"
    bad = {
        "locked.pdf": makers.pdf_bytes(["x"], password="pw"),
        "junk.txt": bytes(range(256)) * 100,
        "empty.txt": b"",
        "laughs.docx": _docx_with({"word/document.xml": "not xml at all <<<"}),
        "loop.pdf": _pdf(LOOPS["pages-kid-is-itself"]),
    }
    before = svc.documents.list(LOCAL_ADMIN)[1]
    for name, data in bad.items():
        out = svc.ingest.ingest_bytes(LOCAL_ADMIN, filename=name, data=data, extract=False)
        assert out[0].status.value == "failed" and out[0].error_code in SAFE_CODES, (name, out[0])
    assert svc.documents.list(LOCAL_ADMIN)[1] == before
