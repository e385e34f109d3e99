"""Initial schema: documents, originals, paragraphs with full-text search, facts, situations, users, audit.

Revision ID: 0001
Revises: 
"""

import sqlalchemy as sa
from alembic import op

from tocsin.store import search

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('object_type', sa.String(length=40), nullable=False),
    sa.Column('object_id', sa.String(length=64), nullable=False),
    sa.Column('fields', sa.Text(), server_default='[]', nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    op.create_table('blobs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('encrypted', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256')
    )
    op.create_table('documents',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.Text(), nullable=False),
    sa.Column('media_type', sa.String(length=120), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=True),
    sa.Column('doc_date', sa.String(length=10), nullable=True),
    sa.Column('confidentiality', sa.Integer(), server_default='1', nullable=False),
    sa.Column('parent_id', sa.String(length=32), nullable=True),
    sa.Column('needs_ocr', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('metadata', sa.Text(), server_default='{}', nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('pages', sa.Text(), server_default='[]', nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['documents.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('sha256')
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index('ix_documents_created', ['created_at'], unique=False)
        batch_op.create_index('ix_documents_date', ['doc_date'], unique=False)
        batch_op.create_index('ix_documents_kind', ['kind'], unique=False)

    op.create_table('situations',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('slug', sa.String(length=120), nullable=False),
    sa.Column('state', sa.String(length=80), nullable=True),
    sa.Column('group_name', sa.String(length=120), nullable=True),
    sa.Column('description', sa.Text(), server_default='', nullable=False),
    sa.Column('confidentiality', sa.Integer(), server_default='1', nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name'),
    sa.UniqueConstraint('slug')
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('clearance', sa.Integer(), server_default='1', nullable=False),
    sa.Column('disabled', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('totp_secret', sa.Text(), nullable=True),
    sa.Column('failed_logins', sa.Integer(), server_default='0', nullable=False),
    sa.Column('locked_until', sa.String(length=32), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('username')
    )
    op.create_table('facts',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('document_id', sa.String(length=32), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('key', sa.Text(), server_default='', nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('corrected_value', sa.Text(), nullable=True),
    sa.Column('extractor', sa.String(length=80), nullable=False),
    sa.Column('version', sa.String(length=20), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), server_default='proposed', nullable=False),
    sa.Column('confidentiality', sa.Integer(), server_default='1', nullable=False),
    sa.Column('meta', sa.Text(), server_default='{}', nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=True),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.create_index('ix_facts_document', ['document_id', 'field'], unique=False)
        batch_op.create_index('ix_facts_field_status', ['field', 'status'], unique=False)

    op.create_table('paragraphs',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=32), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('page', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('searchable', sa.Boolean(), server_default=sa.true(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('paragraphs', schema=None) as batch_op:
        batch_op.create_index('ix_paragraphs_document', ['document_id', 'idx'], unique=False)

    op.create_table('situation_access',
    sa.Column('situation_id', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['situation_id'], ['situations.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('situation_id', 'user_id')
    )
    op.create_table('situation_documents',
    sa.Column('situation_id', sa.String(length=32), nullable=False),
    sa.Column('document_id', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), server_default='proposed', nullable=False),
    sa.Column('score', sa.Float(), server_default='0', nullable=False),
    sa.Column('reason', sa.Text(), server_default='', nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['situation_id'], ['situations.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('situation_id', 'document_id')
    )
    with op.batch_alter_table('situation_documents', schema=None) as batch_op:
        batch_op.create_index('ix_situation_documents_doc', ['document_id'], unique=False)

    _search_up()


def downgrade() -> None:
    _search_down()
    with op.batch_alter_table('situation_documents', schema=None) as batch_op:
        batch_op.drop_index('ix_situation_documents_doc')

    op.drop_table('situation_documents')
    op.drop_table('situation_access')
    with op.batch_alter_table('paragraphs', schema=None) as batch_op:
        batch_op.drop_index('ix_paragraphs_document')

    op.drop_table('paragraphs')
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.drop_index('ix_facts_field_status')
        batch_op.drop_index('ix_facts_document')

    op.drop_table('facts')
    op.drop_table('users')
    op.drop_table('situations')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index('ix_documents_kind')
        batch_op.drop_index('ix_documents_date')
        batch_op.drop_index('ix_documents_created')

    op.drop_table('documents')
    op.drop_table('blobs')
    op.drop_table('audit_log')


def _search_up() -> None:
    ddl = search.SQLITE_DDL if op.get_bind().dialect.name == "sqlite" else search.POSTGRES_DDL
    for stmt in ddl:
        op.execute(stmt)


def _search_down() -> None:
    ddl = search.SQLITE_DROP if op.get_bind().dialect.name == "sqlite" else search.POSTGRES_DROP
    for stmt in ddl:
        op.execute(stmt)
