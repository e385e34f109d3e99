"""Full-text search: FTS5 (unicode61, diacritics removed) on SQLite, tsvector + unaccent on PostgreSQL.

The user's query language is small and the same on both: words (all must match), "exact phrases",
prefix* terms. It is parsed here into each engine's syntax, never passed through raw.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tocsin.errors import InvalidInput

RANK_WINDOW = 2000
HL_START, HL_END = "\ue000", "\ue001"  # highlight markers inside snippets; renderers replace them
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)

SQLITE_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS paragraph_fts USING fts5(text, content='paragraphs', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS paragraphs_ai AFTER INSERT ON paragraphs WHEN new.searchable BEGIN "
    "INSERT INTO paragraph_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS paragraphs_ad AFTER DELETE ON paragraphs WHEN old.searchable BEGIN "
    "INSERT INTO paragraph_fts(paragraph_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
]
SQLITE_DROP = ["DROP TRIGGER IF EXISTS paragraphs_ad", "DROP TRIGGER IF EXISTS paragraphs_ai",
               "DROP TABLE IF EXISTS paragraph_fts"]

# A text search configuration that strips diacritics inside the parser chain, so the index and the
# query agree ("Korday" finds "Kordáy"); snippets are cut in Python by `highlight`.
POSTGRES_DDL = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'tocsin_simple') THEN "
    "CREATE TEXT SEARCH CONFIGURATION tocsin_simple (COPY = simple); "
    "ALTER TEXT SEARCH CONFIGURATION tocsin_simple ALTER MAPPING FOR hword, hword_part, word "
    "WITH unaccent, simple; END IF; END $$",
    "ALTER TABLE paragraphs ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('tocsin_simple'::regconfig, text)) STORED",
    "CREATE INDEX IF NOT EXISTS ix_paragraphs_tsv ON paragraphs USING gin (tsv)",
]
POSTGRES_DROP = ["DROP INDEX IF EXISTS ix_paragraphs_tsv", "ALTER TABLE paragraphs DROP COLUMN IF EXISTS tsv",
                 "DROP TEXT SEARCH CONFIGURATION IF EXISTS tocsin_simple"]


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # one word, or several for a phrase
    prefix: bool = False


def fold(text: str) -> str:
    """Lower case, composed. Diacritics are left to each engine, which removes them from the query
    exactly as it did from the index (FTS5's unicode61, PostgreSQL's unaccent)."""
    return unicodedata.normalize("NFC", text).lower()


def parse_query(query: str) -> list[Term]:
    terms: list[Term] = []
    for m in _TOKEN.finditer(query[:1000]):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            words = tuple(_WORD.findall(fold(phrase)))
            if words:
                terms.append(Term(words))
        else:
            prefix = word.endswith("*")
            words = tuple(_WORD.findall(fold(word)))
            if not words:
                continue
            if len(words) == 1:
                terms.append(Term(words, prefix=prefix))
            else:  # "Jambyl-Oblast" or "9(1)": the words in sequence
                terms.append(Term(words, prefix=prefix))
    if not terms:
        raise InvalidInput("the search query holds no words", code="empty_query")
    return terms[:32]


def to_fts5(terms: list[Term]) -> str:
    parts = []
    for t in terms:
        quoted = '"' + " ".join(w.replace('"', '""') for w in t.words) + '"'
        parts.append(quoted + ("*" if t.prefix else ""))
    return " AND ".join(parts)


def to_tsquery(terms: list[Term]) -> str:
    parts = []
    for t in terms:
        words = [w + (":*" if t.prefix and i == len(t.words) - 1 else "") for i, w in enumerate(t.words)]
        parts.append("(" + " <-> ".join(words) + ")" if len(words) > 1 else words[0])
    return " & ".join(parts)


class _FoldTable(dict):
    """str.translate table: each character to its lower-case form without diacritics, always one
    character long so that positions in the folded text are positions in the original."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        f = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)).lower()
        if len(f) != 1:
            f = c.lower() if len(c.lower()) == 1 else c
        if len(self) < 200_000:
            self[code] = f
        return f


_FOLD = _FoldTable()


def fold_chars(text: str) -> str:
    return text.translate(_FOLD)


def highlight(text: str, terms: list[Term], *, words: int = 16) -> str:
    """A snippet of `text` around its first match, matches wrapped in HL_START/HL_END.

    Matching ignores case and diacritics as the index does: the text is folded character by
    character so positions in the folded text map back to the original.
    """
    text = text[:20_000]
    folded = text.lower() if text.isascii() else fold_chars(text)
    patterns = []
    for t in terms:
        ws = [re.escape(fold_chars(w)) for w in t.words]
        body = r"\W+".join(ws)
        patterns.append(r"(?<!\w)" + body + (r"\w*" if t.prefix else r"(?!\w)"))
    spans = []
    if patterns:
        for m in re.finditer("|".join(patterns), folded):
            if m.end() > m.start():
                spans.append((m.start(), m.end()))
    if not spans:
        cut = text[: words * 8]
        return cut + ("…" if len(text) > len(cut) else "")
    # a window of about `words` words around the first match
    first = spans[0][0]
    start = first
    for _ in range(words // 3):
        prev = text.rfind(" ", 0, max(start - 1, 0))
        if prev < 0:
            start = 0
            break
        start = prev + 1
    end = first
    for _ in range(words):
        nxt = text.find(" ", end + 1)
        if nxt < 0:
            end = len(text)
            break
        end = nxt
    out, pos = [], start
    for a, b in spans:
        if a < start or b > end:
            continue
        out.append(text[pos:a] + HL_START + text[a:b] + HL_END)
        pos = b
    out.append(text[pos:end])
    return ("…" if start > 0 else "") + "".join(out).strip() + ("…" if end < len(text) else "")


@dataclass(frozen=True)
class ParagraphHit:
    paragraph_id: int
    document_id: str
    idx: int
    page: int
    text: str  # the paragraph; `highlight(text, terms)` cuts the snippet for the rows shown
    score: float


@dataclass(frozen=True)
class SearchFilter:
    kinds: tuple[str, ...] = ()
    language: str | None = None
    date_from: str | None = None  # ISO prefix compare: "2020" <= doc_date
    date_to: str | None = None
    max_confidentiality: int = 2
    situation_ids: tuple[str, ...] | None = None  # None: every document; else only these situations'


def _filter_sql(f: SearchFilter, params: dict) -> str:
    clauses = ["d.confidentiality <= :max_conf"]
    params["max_conf"] = f.max_confidentiality
    if f.kinds:
        names = []
        for i, k in enumerate(f.kinds):
            params[f"kind{i}"] = k
            names.append(f":kind{i}")
        clauses.append(f"d.kind IN ({', '.join(names)})")
    if f.language:
        clauses.append("d.language = :lang")
        params["lang"] = f.language
    if f.date_from:
        clauses.append("d.doc_date >= :dfrom")
        params["dfrom"] = f.date_from
    if f.date_to:
        clauses.append("d.doc_date <= :dto")
        params["dto"] = f.date_to + "-99"  # "2021" includes 2021-12-31
    if f.situation_ids is not None:
        names = []
        for i, s in enumerate(f.situation_ids):
            params[f"sit{i}"] = s
            names.append(f":sit{i}")
        inner = ", ".join(names) or "NULL"
        clauses.append("d.id IN (SELECT document_id FROM situation_documents WHERE status = 'confirmed' "
                       f"AND situation_id IN ({inner}))")
    return " AND ".join(clauses)


def search_paragraphs(conn: Connection, terms: list[Term], *, flt: SearchFilter, limit: int) -> list[ParagraphHit]:
    """Best-ranked matching paragraphs of the documents the filter admits."""
    params: dict = {"limit": limit}
    where = _filter_sql(flt, params)
    if conn.dialect.name == "sqlite":
        # FTS5 walks the matches newest first and stops after RANK_WINDOW rows that pass the
        # filters; only those are ranked (bm25), and snippets are cut for the few returned.
        params["q"] = to_fts5(terms)
        sql = sa.text(
            "SELECT w.id, w.document_id, w.idx, w.page, w.text, w.score FROM ("
            "SELECT p.id, p.document_id, p.idx, p.page, p.text, f.rank AS score "
            "FROM paragraph_fts f JOIN paragraphs p ON p.id = f.rowid JOIN documents d ON d.id = p.document_id "
            f"WHERE paragraph_fts MATCH :q AND {where} ORDER BY f.rowid DESC LIMIT {RANK_WINDOW}) w "
            "ORDER BY w.score LIMIT :limit")
        rows = conn.execute(sql, params).all()
        return [ParagraphHit(r.id, r.document_id, r.idx, r.page, r.text, -float(r.score)) for r in rows]
    params["q"] = to_tsquery(terms)
    sql = sa.text(
        "WITH q AS (SELECT to_tsquery('tocsin_simple', :q) AS query), "
        # Ranking every match of a very common word costs more than it tells: rank the first
        # RANK_WINDOW matches the index yields, which bounds the work per query.
        "hits AS (SELECT p.id, p.document_id, p.idx, p.page, p.text, p.tsv "
        "FROM paragraphs p JOIN documents d ON d.id = p.document_id, q "
        f"WHERE p.tsv @@ q.query AND {where} LIMIT {RANK_WINDOW}) "
        "SELECT h.id, h.document_id, h.idx, h.page, h.text, ts_rank(h.tsv, q.query) AS score "
        "FROM hits h, q ORDER BY score DESC LIMIT :limit")
    rows = conn.execute(sql, params).all()
    return [ParagraphHit(r.id, r.document_id, r.idx, r.page, r.text, float(r.score)) for r in rows]
