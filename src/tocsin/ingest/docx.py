"""Word documents (DOCX), read straight from their XML parts with lxml.

The archive is checked for decompression bombs before anything is parsed, and the XML parser
neither resolves entities nor reaches the network (no billion laughs, no XXE). Word's automatic
numbering is not part of a paragraph's text; it is rebuilt from numbering.xml and the list styles
for the common formats (decimal, letters, roman), so "(a)" lists keep their markers.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from tocsin.errors import ArchiveBomb, CorruptFile, EmptyFile, EncryptedFile
from tocsin.ingest.base import Limits, ReadResult, suffix

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True,
                          load_dtd=False)
_CORE_NS = {"dc": "http://purl.org/dc/elements/1.1/", "dcterms": "http://purl.org/dc/terms/"}


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


def _xml(zf: zipfile.ZipFile, name: str) -> etree._Element | None:
    try:
        raw = zf.read(name)
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:  # a damaged member
        raise CorruptFile(f"{name} cannot be unpacked: {exc}") from exc
    try:
        return etree.fromstring(raw, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise CorruptFile(f"{name} is not well-formed XML: {exc}") from exc


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


def _val(el: etree._Element | None, default: str | None = None) -> str | None:
    return el.get(f"{_W}val", default) if el is not None else default


class _Numbering:
    """Counts list items per (numId, level) and formats their labels from numbering.xml."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None) -> None:
        self.levels: dict[tuple[str, str], tuple[str, str, int]] = {}
        self.counters: dict[tuple[str, str], int] = {}
        self.style_num: dict[str, tuple[str, str]] = {}
        if numbering is not None:
            abstract = {}
            for an in numbering.iterfind(f"{_W}abstractNum"):
                lv = {}
                for lvl in an.iterfind(f"{_W}lvl"):
                    start = _val(lvl.find(f"{_W}start"), "1") or "1"
                    lv[lvl.get(f"{_W}ilvl", "0")] = (_val(lvl.find(f"{_W}numFmt"), "decimal") or "decimal",
                                                     _val(lvl.find(f"{_W}lvlText"), "%1.") or "%1.",
                                                     int(start) if start.isdigit() else 1)
                abstract[an.get(f"{_W}abstractNumId")] = lv
            for num in numbering.iterfind(f"{_W}num"):
                ref = _val(num.find(f"{_W}abstractNumId"))
                for ilvl, spec in abstract.get(ref, {}).items():
                    self.levels[(num.get(f"{_W}numId", ""), ilvl)] = spec
        if styles is not None and self.levels:
            based: dict[str, str] = {}
            own: dict[str, tuple[str, str]] = {}
            for st in styles.iterfind(f"{_W}style"):
                sid = st.get(f"{_W}styleId", "")
                b = _val(st.find(f"{_W}basedOn"))
                if b:
                    based[sid] = b
                num_pr = st.find(f"{_W}pPr/{_W}numPr")
                if num_pr is not None:
                    own[sid] = (_val(num_pr.find(f"{_W}numId"), "") or "", _val(num_pr.find(f"{_W}ilvl"), "0") or "0")
            for sid in set(own) | set(based):
                cur, hops = sid, 0
                while cur and cur not in own and hops < 10:
                    cur, hops = based.get(cur, ""), hops + 1
                if cur in own:
                    self.style_num[sid] = own[cur]

    def label(self, p: etree._Element) -> str:
        if not self.levels:
            return ""
        ppr = p.find(f"{_W}pPr")
        num_id = ilvl = None
        if ppr is not None:
            num_pr = ppr.find(f"{_W}numPr")
            if num_pr is not None:
                num_id = _val(num_pr.find(f"{_W}numId"))
                ilvl = _val(num_pr.find(f"{_W}ilvl"), "0")
            elif (style := _val(ppr.find(f"{_W}pStyle"))) in self.style_num:
                num_id, ilvl = self.style_num[style]
        if num_id is None:
            return ""
        key = (num_id, ilvl or "0")
        spec = self.levels.get(key)
        if spec is None:
            return ""
        fmt, text, start = spec
        n = self.counters.get(key, start - 1) + 1
        self.counters[key] = n
        depth = int(key[1]) if key[1].isdigit() else 0
        for deeper in [k for k in self.counters if k[0] == num_id and k[1].isdigit() and int(k[1]) > depth]:
            del self.counters[deeper]
        value = _fmt(n, fmt)
        return text.replace(f"%{depth + 1}", value) + " " if value else ""


def _paragraph_text(p: etree._Element) -> str:
    parts: list[str] = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if el.tag == f"{_W}t":
            parts.append(el.text or "")
        elif el.tag == f"{_W}tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


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
        document = _xml(zf, "word/document.xml")
        if document is None:
            raise CorruptFile("the archive holds no word/document.xml")
        body = document.find(f"{_W}body")
        if body is None:
            raise CorruptFile("word/document.xml has no body")
        listed = next(body.iter(f"{_W}numPr", f"{_W}pStyle"), None) is not None
        numbering = (_Numbering(_xml(zf, "word/numbering.xml"), _xml(zf, "word/styles.xml")) if listed
                     else _Numbering(None, None))
        blocks: list[str] = []
        for child in body:
            if child.tag == f"{_W}p":
                text = _paragraph_text(child).strip()
                if text:
                    blocks.append(numbering.label(child) + text)
            elif child.tag == f"{_W}tbl":
                # a table is one block, a row a line, its cells between " | " (empty ones kept, so that a
                # figure stays under its column's header)
                rows = []
                for row in child.iter(f"{_W}tr"):
                    cells = [" ".join(" ".join(_paragraph_text(p).split()) for p in tc.iter(f"{_W}p")).strip()
                             for tc in row.iterfind(f"{_W}tc")]
                    if any(cells):
                        rows.append(" | ".join(cells).strip())
                if rows:
                    blocks.append("\n".join(rows))
        meta: dict = {}
        title = None
        core = _xml(zf, "docProps/core.xml")
        if core is not None:
            title = (core.findtext("dc:title", namespaces=_CORE_NS) or "").strip() or None
            author = (core.findtext("dc:creator", namespaces=_CORE_NS) or "").strip()
            created = (core.findtext("dcterms:created", namespaces=_CORE_NS) or "").strip()
            if author:
                meta["author"] = author
            if created:
                meta["created"] = created
        return ReadResult(pages=["\n\n".join(blocks)], media_type=self.media_type, title=title, metadata=meta)
