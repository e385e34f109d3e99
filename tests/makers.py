"""Real files of each format, made on the fly for tests and benchmarks (fictional content only)."""

from __future__ import annotations

import datetime as dt
import io
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def pdf_bytes(pages: list[str], *, password: str | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    if FONT.exists():
        pdf.add_font("DejaVu", "", str(FONT))
        pdf.set_font("DejaVu", size=11)
    else:
        pdf.set_font("Helvetica", size=11)
    for text in pages:
        pdf.add_page()
        for block in text.split("\n\n"):
            pdf.multi_cell(0, 5.5, block, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    data = bytes(pdf.output())
    if password:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        writer.encrypt(user_password=password, owner_password=password)
        out = io.BytesIO()
        writer.write(out)
        data = out.getvalue()
    return data


def blank_pdf_bytes(n: int = 1) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(n):
        pdf.add_page()
        pdf.rect(20, 20, 50, 50)
    return bytes(pdf.output())


def docx_bytes(paragraphs: list[str], *, numbered: list[str] = (), numbering_style: str = "List Number",
               table: list[list[str]] | None = None) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    for item in numbered:
        d.add_paragraph(item, style=numbering_style)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def eml_bytes(body: str, *, attachments: list[tuple[str, bytes, str]] = (), subject: str = "Submission",
              html: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Monitor <monitor@example.org>"
    msg["To"] = "Secretariat <secretariat@example.org>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt.datetime(2024, 3, 5, 10, 0, tzinfo=dt.UTC))
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(msg)


LETTER = """REFERENCE: CERD/EWUAP/120th session/2026/QX/ks

12 March 2026

Excellency,

In the course of its 120th session, the Committee considered the situation of the Marnish minority in the Republic of Quellmark, in the village of Dűrenfeld and the town of Kordáy.

The Committee would be grateful to receive a response by 30 June 2026. In particular, it requests information on:

(a) The investigations into the attacks on Marnish homes;
(b) The measures taken to compensate the victims.

Yours sincerely,

Chair"""


def scanned_pdf_bytes(lines: list[str]) -> bytes:
    """A PDF whose page is only an image of text (no text layer), as a scanner makes."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), 40) if FONT.exists() else ImageFont.load_default()
    y = 150
    for line in lines:
        draw.text((150, y), line, fill=0, font=font)
        y += 70
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())
