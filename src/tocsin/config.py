"""Typed settings. Every setting has a default and help text; nothing is read at import time.

Values come, in order of precedence, from keyword arguments, then TOCSIN_* environment variables,
then the defaults below.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path


def _meta(help: str) -> dict:
    return {"help": help}


@dataclass(frozen=True)
class Settings:
    home: Path = field(default=Path("tocsin-data"), metadata=_meta(
        "Folder holding the SQLite database, the originals and the key file (TOCSIN_HOME)."))
    database_url: str | None = field(default=None, metadata=_meta(
        "SQLAlchemy URL; postgresql+psycopg://... puts the database on PostgreSQL. "
        "Default: SQLite at HOME/tocsin.sqlite3 (TOCSIN_DATABASE_URL)."))
    max_file_bytes: int = field(default=100 * 1024 * 1024, metadata=_meta(
        "Files larger than this are refused with file_too_large (TOCSIN_MAX_FILE_BYTES)."))
    max_expanded_bytes: int = field(default=200 * 1024 * 1024, metadata=_meta(
        "A DOCX or other archive that expands beyond this is refused as archive_bomb "
        "(TOCSIN_MAX_EXPANDED_BYTES)."))
    max_pages: int = field(default=2000, metadata=_meta(
        "PDF pages read at most; the rest is ignored and flagged (TOCSIN_MAX_PAGES)."))
    max_text_chars: int = field(default=20_000_000, metadata=_meta(
        "Text kept per document at most; longer text is cut and flagged (TOCSIN_MAX_TEXT_CHARS)."))
    ocr: bool = field(default=False, metadata=_meta(
        "Run Tesseract on PDF pages without a text layer, when installed (TOCSIN_OCR)."))
    ingest_workers: int = field(default=0, metadata=_meta(
        "Processes that read and extract files in large batches; 0: one per CPU (TOCSIN_INGEST_WORKERS)."))
    extract_on_ingest: bool = field(default=True, metadata=_meta(
        "Run the extractors on each new document as it is ingested (TOCSIN_EXTRACT_ON_INGEST)."))
    default_confidentiality: str = field(default="internal", metadata=_meta(
        "Level given to new documents and facts: public, internal or confidential "
        "(TOCSIN_DEFAULT_CONFIDENTIALITY)."))
    secret_key: str | None = field(default=None, metadata=_meta(
        "Key that signs web sessions; default: generated once and kept in HOME (TOCSIN_SECRET_KEY)."))
    key_file: Path | None = field(default=None, metadata=_meta(
        "File holding the field-encryption keys; default HOME/keys.json (TOCSIN_KEY_FILE)."))
    encryption_key: str | None = field(default=None, metadata=_meta(
        "Base64 AES-256 key for field encryption, instead of the key file (TOCSIN_ENCRYPTION_KEY)."))
    reply_lead_days: int = field(default=75, metadata=_meta(
        "Days between a drafted follow-up letter and the deadline it proposes (TOCSIN_REPLY_LEAD_DAYS)."))
    embedder: str = field(default="auto", metadata=_meta(
        "Semantic similarity for reply coverage: auto (the ONNX model when installed), onnx, or hashing "
        "(deterministic, no model) (TOCSIN_EMBEDDER)."))
    session_cookie_secure: bool = field(default=False, metadata=_meta(
        "Send the session cookie only over HTTPS; set it behind TLS (TOCSIN_SESSION_COOKIE_SECURE)."))
    login_max_failures: int = field(default=5, metadata=_meta(
        "Failed logins before an account is locked for LOGIN_LOCKOUT_SECONDS (TOCSIN_LOGIN_MAX_FAILURES)."))
    login_lockout_seconds: int = field(default=900, metadata=_meta(
        "How long a locked account stays locked (TOCSIN_LOGIN_LOCKOUT_SECONDS)."))
    max_upload_bytes: int = field(default=100 * 1024 * 1024, metadata=_meta(
        "Largest upload the web app accepts (TOCSIN_MAX_UPLOAD_BYTES)."))

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: object) -> Settings:
        env = dict(os.environ if env is None else env)
        values: dict[str, object] = {}
        for f in fields(cls):
            name = "TOCSIN_" + f.name.upper()
            if name in env and env[name] != "":
                values[f.name] = _convert(f.type, env[name])
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "home" in values:
            values["home"] = Path(str(values["home"]))
        if values.get("key_file") is not None:
            values["key_file"] = Path(str(values["key_file"]))
        return cls(**values)  # type: ignore[arg-type]

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.home / 'tocsin.sqlite3').resolve()}"

    @property
    def is_sqlite(self) -> bool:
        return self.sqlalchemy_url.startswith("sqlite")

    @property
    def blob_dir(self) -> Path:
        return self.home / "originals"

    @property
    def resolved_key_file(self) -> Path:
        return self.key_file or self.home / "keys.json"


def _convert(type_name: object, raw: str) -> object:
    t = str(type_name)
    if t.startswith("int"):
        return int(raw)
    if t.startswith("bool"):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    return raw


def describe() -> list[tuple[str, str, str]]:
    """(environment variable, default, help) for every setting: the docs are checked against it."""
    out = []
    for f in fields(Settings):
        out.append(("TOCSIN_" + f.name.upper(), repr(f.default), f.metadata["help"]))
    return out
