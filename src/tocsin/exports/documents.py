"""Writing DOCX (python-docx) and PDF (fpdf2) from a list of blocks: headings, paragraphs, list items.

The PDF uses DejaVu Sans when the font is installed (full Unicode); otherwise fpdf2's core Helvetica
with the text transliterated to Latin-1, so a missing font never stops an export.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

FONT_CANDIDATES = (
    Path(__file__).parent / "fonts" / "DejaVuSans.ttf",
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
)


@dataclass(frozen=True)
class Block:
    kind: str  # title | heading | para | item | right | small
    text: str


def unicode_font() -> Path | None:
    return next((p for p in FONT_CANDIDATES if p.exists()), None)


def transliterate(text: str) -> str:
    """Latin-1 safe text for the core fonts: quotes and dashes mapped, accents dropped, the rest '?'."""
    table = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
             "\u2022": "-", "\u2026": "...", "\u00a0": " "}
    text = "".join(table.get(c, c) for c in text)
    out = []
    for c in text:
        if ord(c) < 256:
            out.append(c)
        else:
            base = unicodedata.normalize("NFKD", c).encode("ascii", "ignore").decode()
            out.append(base or "?")
    return "".join(out)


def docx_bytes(blocks: list[Block], *, title: str = "") -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.title = title
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    for b in blocks:
        if b.kind == "title":
            doc.add_heading(b.text, level=1)
        elif b.kind == "heading":
            doc.add_heading(b.text, level=2)
        elif b.kind == "item":
            p = doc.add_paragraph(b.text)
            p.paragraph_format.left_indent = Pt(24)
        elif b.kind == "right":
            p = doc.add_paragraph(b.text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif b.kind == "small":
            p = doc.add_paragraph()
            run = p.add_run(b.text)
            run.font.size = Pt(9)
        else:
            doc.add_paragraph(b.text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def pdf_bytes(blocks: list[Block], *, title: str = "") -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    font = unicode_font()
    if font is not None:
        pdf.add_font("DejaVu", "", str(font))
        bold = font.with_name("DejaVuSans-Bold.ttf")
        pdf.add_font("DejaVu", "B", str(bold if bold.exists() else font))
        family, clean = "DejaVu", (lambda s: s)
    else:
        family, clean = "Helvetica", transliterate
    sizes = {"title": 14, "heading": 12, "small": 8}
    for b in blocks:
        pdf.set_font(family, "B" if b.kind in ("title", "heading") else "", sizes.get(b.kind, 10.5))
        if b.kind in ("title", "heading"):
            pdf.ln(2)
        indent = 8 if b.kind == "item" else 0
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, 5.6 if b.kind != "small" else 4, clean(b.text),
                       align="R" if b.kind == "right" else "L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5 if b.kind == "item" else 3)
    return bytes(pdf.output())
