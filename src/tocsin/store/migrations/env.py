"""Alembic environment: run with the connection tocsin passes in (store/migrate.py)."""

from alembic import context

from tocsin.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` run by hand: the URL comes from the config
    import sqlalchemy as sa

    engine = sa.create_engine(context.config.get_main_option("sqlalchemy.url") or "sqlite://")
    connection = engine.connect()

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  transaction_per_migration=False)
with context.begin_transaction():
    context.run_migrations()
