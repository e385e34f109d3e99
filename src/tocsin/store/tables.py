"""Tables (SQLAlchemy Core). Migrations in migrations/versions mirror this module."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("filename", sa.Text, nullable=False),
    sa.Column("media_type", sa.String(120), nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("language", sa.String(8)),
    sa.Column("kind", sa.String(32)),
    sa.Column("doc_date", sa.String(10)),
    sa.Column("confidentiality", sa.Integer, nullable=False, server_default="1"),
    sa.Column("parent_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="SET NULL")),
    sa.Column("needs_ocr", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("metadata", sa.Text, nullable=False, server_default="{}"),
    sa.Column("text", sa.Text, nullable=False),  # encrypted for confidential documents
    sa.Column("pages", sa.Text, nullable=False, server_default="[]"),
)
sa.Index("ix_documents_kind", documents.c.kind)
sa.Index("ix_documents_date", documents.c.doc_date)
sa.Index("ix_documents_created", documents.c.created_at)

blobs = sa.Table(
    "blobs", metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("encrypted", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("data", sa.LargeBinary, nullable=False),
)

paragraphs = sa.Table(
    "paragraphs", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("idx", sa.Integer, nullable=False),
    sa.Column("page", sa.Integer, nullable=False),
    sa.Column("number", sa.String(16)),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("searchable", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("text", sa.Text, nullable=False),  # empty for confidential documents: their text is encrypted
)
sa.Index("ix_paragraphs_document", paragraphs.c.document_id, paragraphs.c.idx)

facts = sa.Table(
    "facts", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Column("field", sa.String(40), nullable=False),
    sa.Column("key", sa.Text, nullable=False, server_default=""),
    sa.Column("value", sa.Text, nullable=False),  # JSON; encrypted when confidential
    sa.Column("corrected_value", sa.Text),
    sa.Column("extractor", sa.String(80), nullable=False),
    sa.Column("version", sa.String(20), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("span_start", sa.Integer),
    sa.Column("span_end", sa.Integer),
    sa.Column("status", sa.String(16), nullable=False, server_default="proposed"),
    sa.Column("confidentiality", sa.Integer, nullable=False, server_default="1"),
    sa.Column("meta", sa.Text, nullable=False, server_default="{}"),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("updated_at", sa.String(32)),
    sa.Column("updated_by", sa.String(80)),
)
sa.Index("ix_facts_document", facts.c.document_id, facts.c.field)
sa.Index("ix_facts_field_status", facts.c.field, facts.c.status)

situations = sa.Table(
    "situations", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("name", sa.Text, nullable=False, unique=True),
    sa.Column("slug", sa.String(120), nullable=False, unique=True),
    sa.Column("state", sa.String(80)),
    sa.Column("group_name", sa.String(120)),
    sa.Column("description", sa.Text, nullable=False, server_default=""),
    sa.Column("confidentiality", sa.Integer, nullable=False, server_default="1"),
    sa.Column("created_at", sa.String(32), nullable=False),
)

situation_documents = sa.Table(
    "situation_documents", metadata,
    sa.Column("situation_id", sa.String(32), sa.ForeignKey("situations.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("status", sa.String(16), nullable=False, server_default="proposed"),
    sa.Column("score", sa.Float, nullable=False, server_default="0"),
    sa.Column("reason", sa.Text, nullable=False, server_default=""),
    sa.Column("updated_at", sa.String(32), nullable=False),
)
sa.Index("ix_situation_documents_doc", situation_documents.c.document_id)

users = sa.Table(
    "users", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("username", sa.String(80), nullable=False, unique=True),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("clearance", sa.Integer, nullable=False, server_default="1"),
    sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("totp_secret", sa.Text),
    sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
    sa.Column("locked_until", sa.String(32)),
    sa.Column("created_at", sa.String(32), nullable=False),
)

situation_access = sa.Table(
    "situation_access", metadata,
    sa.Column("situation_id", sa.String(32), sa.ForeignKey("situations.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
)

audit_log = sa.Table(
    "audit_log", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("at", sa.String(32), nullable=False),
    sa.Column("actor", sa.String(80), nullable=False),
    sa.Column("action", sa.String(40), nullable=False),
    sa.Column("object_type", sa.String(40), nullable=False),
    sa.Column("object_id", sa.String(64), nullable=False),
    sa.Column("fields", sa.Text, nullable=False, server_default="[]"),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)
