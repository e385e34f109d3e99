"""Word documents (DOCX), checked for decompression bombs before python-docx opens them.

Word's automatic numbering is not part of a paragraph's text; it is rebuilt here from
numbering.xml for the common formats (decimal, letters, roman), so "(a)" lists keep their markers.
"""

from __future__ import annotations

import io
import zipfile

from tocsin.errors import ArchiveBomb, CorruptFile, EmptyFile, EncryptedFile
from tocsin.ingest.base import Limits, ReadResult, suffix

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_zip(data: bytes, limits: Limits) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise CorruptFile(f"the archive is damaged: {exc}") from exc
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > limits.max_expanded_bytes or (info.file_size > 10_000_000 and ratio > 200):
            raise ArchiveBomb(f"the archive expands beyond the limit ({info.filename}: {info.file_size} bytes)")
    return zf


def _to_roman(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
            (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def _fmt(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return _to_roman(n)
    if fmt == "upperRoman":
        return _to_roman(n).upper()
    if fmt in {"bullet", "none"}:
        return ""
    return str(n)


class _Numbering:
    """Maps (numId, ilvl) to the numbering format and level text of numbering.xml."""

    def __init__(self, document) -> None:  # python-docx Document
        self.levels: dict[tuple[str, str], tuple[str, str, int]] = {}
        self.counters: dict[tuple[str, str], int] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, AttributeError, NotImplementedError):
            return
        abstract = {}
        for an in numbering.findall(f"{_W}abstractNum"):
            lv = {}
            for lvl in an.findall(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                txt = lvl.find(f"{_W}lvlText")
                start = lvl.find(f"{_W}start")
                lv[lvl.get(f"{_W}ilvl")] = (
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    txt.get(f"{_W}val") if txt is not None else "%1.",
                    int(start.get(f"{_W}val")) if start is not None else 1,
                )
            abstract[an.get(f"{_W}abstractNumId")] = lv
        for num in numbering.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(f"{_W}val"), {}).items():
                self.levels[(num.get(f"{_W}numId"), ilvl)] = spec

    @staticmethod
    def _num_pr(paragraph):  # type: ignore[no-untyped-def]
        """The paragraph's numbering, or its style's (list styles carry it), following base styles."""
        ppr = paragraph._p.pPr
        if ppr is not None and ppr.numPr is not None:
            return ppr.numPr
        try:
            style = paragraph.style
        except (KeyError, ValueError, AttributeError):
            return None
        for _ in range(10):
            if style is None:
                return None
            sp = style.element.pPr
            if sp is not None and sp.numPr is not None:
                return sp.numPr
            style = style.base_style
        return None

    def label(self, paragraph) -> str:
        num_pr = self._num_pr(paragraph) if self.levels else None
        if num_pr is None:
            return ""
        num_id = num_pr.numId.val if num_pr.numId is not None else None
        ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        spec = self.levels.get((str(num_id), str(ilvl)))
        if spec is None:
            return ""
        fmt, text, start = spec
        key = (str(num_id), str(ilvl))
        n = self.counters.get(key, start - 1) + 1
        self.counters[key] = n
        for deeper in [k for k in self.counters if k[0] == key[0] and int(k[1]) > int(ilvl)]:
            del self.counters[deeper]
        value = _fmt(n, fmt)
        if not value:
            return ""
        return text.replace(f"%{int(ilvl) + 1}", value) + " "


class DocxReader:
    name = "docx"
    media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    def score(self, filename: str, head: bytes) -> float:
        if suffix(filename) == "docx":
            return 1.0 if head.startswith(b"PK") else 0.7
        if head.startswith(b"PK\x03\x04") and b"word/" in head[:4096]:
            return 0.9
        return 0.0

    def read(self, data: bytes, filename: str, limits: Limits) -> ReadResult:
        if not data:
            raise EmptyFile("the DOCX is empty")
        if data.startswith(_OLE):
            raise EncryptedFile("the Word file is password-protected or in the old .doc format")
        zf = check_zip(data, limits)
        if "word/document.xml" not in zf.namelist():
            raise CorruptFile("the archive holds no word/document.xml")
        import docx  # python-docx parses with resolve_entities=False: no entity expansion

        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as exc:  # python-docx raises many types for damaged parts
            raise CorruptFile(f"the DOCX cannot be read: {exc}") from exc
        numbering = _Numbering(document)
        blocks: list[str] = []
        body = document.element.body
        for child in body.iterchildren():
            tag = child.tag
            if tag == f"{_W}p":
                from docx.text.paragraph import Paragraph

                p = Paragraph(child, document)
                text = p.text.strip()
                if text:
                    blocks.append(numbering.label(p) + text)
            elif tag == f"{_W}tbl":
                from docx.table import Table

                table = Table(child, document)
                for row in table.rows:
                    cells = [c.text.strip() for c in row.cells]
                    line = " | ".join(dict.fromkeys(c for c in cells if c))
                    if line:
                        blocks.append(line)
        props = document.core_properties
        meta = {}
        if props.author:
            meta["author"] = props.author
        if props.created:
            meta["created"] = props.created.isoformat()
        return ReadResult(pages=["\n\n".join(blocks)], media_type=self.media_type, title=props.title or None,
                          metadata=meta)
