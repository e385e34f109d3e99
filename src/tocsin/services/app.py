"""The composition root: settings and clock in, services out. Nothing happens at import time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy.engine import Connection, Engine

from tocsin.clock import Clock, SystemClock
from tocsin.config import Settings
from tocsin.store import audit
from tocsin.store.crypto import Cipher, Keyring
from tocsin.store.engine import make_engine
from tocsin.store.migrate import upgrade
from tocsin.store.repository import Repository


@dataclass
class Core:
    """What every service shares: settings, clock, engine, repository, cipher."""

    settings: Settings
    clock: Clock
    engine: Engine
    repo: Repository
    cipher: Cipher

    def now(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only connection: on SQLite a deferred transaction, so reads never queue behind writes."""
        with self.engine.connect() as conn:
            yield conn.execution_options(tocsin_read_only=True)

    @contextmanager
    def write(self, *, actor: str, action: str, object_type: str, object_id: str = "",
              fields: tuple[str, ...] | list[str] = ()) -> Iterator[Connection]:
        """One transaction; its audit record is written inside it, last, so both land or neither."""
        with self.engine.begin() as conn:
            box: dict = {"object_id": object_id, "fields": list(fields)}
            conn.info["audit"] = box
            yield conn
            if not box.get("nothing_changed"):
                audit.append(conn, at=self.now(), actor=actor, action=action, object_type=object_type,
                             object_id=str(box["object_id"]), fields=box["fields"])

    def audit_read(self, *, actor: str, object_type: str, object_id: str, fields: tuple[str, ...] = ()) -> None:
        """Reads of confidential material are recorded too."""
        with self.engine.begin() as conn:
            audit.append(conn, at=self.now(), actor=actor, action="read", object_type=object_type,
                         object_id=object_id, fields=fields)

    def audit_confidential_reads(self, *, actor: str, documents: Iterable[Any] = (), facts: Iterable[Any] = (),
                                 doc_fields: tuple[str, ...] = ("text",)) -> None:
        """One read record per confidential document and fact handed out, in one transaction."""
        items = [("document", d.id, doc_fields) for d in documents if int(d.confidentiality) >= 2]
        items += [("fact", f.id, ("value",)) for f in facts if int(f.confidentiality) >= 2]
        if not items:
            return
        with self.engine.begin() as conn:
            for object_type, object_id, fields in items:
                audit.append(conn, at=self.now(), actor=actor, action="read", object_type=object_type,
                             object_id=object_id, fields=fields)


def _keyring(settings: Settings) -> Keyring:
    if settings.encryption_key:
        return Keyring.from_env_key(settings.encryption_key)
    return Keyring.load_or_create(settings.resolved_key_file)


class Services:
    def __init__(self, core: Core) -> None:
        self.core = core

    @cached_property
    def documents(self):  # type: ignore[no-untyped-def]
        from tocsin.services.documents import DocumentService

        return DocumentService(self.core)

    @cached_property
    def ingest(self):  # type: ignore[no-untyped-def]
        from tocsin.services.ingest import IngestService

        return IngestService(self.core, self.documents)

    @cached_property
    def facts(self):  # type: ignore[no-untyped-def]
        from tocsin.services.facts import FactService

        return FactService(self.core)

    @cached_property
    def situations(self):  # type: ignore[no-untyped-def]
        from tocsin.services.situations import SituationService

        return SituationService(self.core)

    @cached_property
    def accounts(self):  # type: ignore[no-untyped-def]
        from tocsin.services.accounts import AccountService

        return AccountService(self.core)

    @cached_property
    def admin(self):  # type: ignore[no-untyped-def]
        from tocsin.services.admin import AdminService

        return AdminService(self.core)

    @cached_property
    def analysis(self):  # type: ignore[no-untyped-def]
        from tocsin.services.analysis import AnalysisService

        return AnalysisService(self.core)

    def close(self) -> None:
        self.core.engine.dispose()


def build_services(settings: Settings, clock: Clock | None = None) -> Services:
    settings.home.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.sqlalchemy_url)
    upgrade(engine)
    cipher = Cipher(_keyring(settings))
    core = Core(settings=settings, clock=clock or SystemClock(), engine=engine, repo=Repository(cipher),
                cipher=cipher)
    return Services(core)
