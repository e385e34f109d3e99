"""Administration: audit verification, key rotation, backup and restore."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from tocsin.errors import CryptoError
from tocsin.services.app import Core
from tocsin.services.context import Actor
from tocsin.store import audit, backup
from tocsin.store.crypto import Cipher
from tocsin.store.tables import blobs, documents, facts, users


#: Every encrypted text column: (table, column, key column, associated-data prefix). The prefixes are
#: those store/repository.py and services/accounts.py use; a new encrypted column is added here too.
ENCRYPTED_TEXT = [
    (documents, "text", "id", "documents.text"),
    (documents, "metadata", "id", "documents.metadata"),
    (facts, "value", "id", "facts.value"),
    (facts, "corrected_value", "id", "facts.corrected_value"),
    (facts, "key", "id", "facts.key"),
    (facts, "meta", "id", "facts.meta"),
    (users, "totp_secret", "id", "users.totp"),
]


class AdminService:
    def __init__(self, core: Core) -> None:
        self.core = core

    def verify_audit(self, actor: Actor) -> tuple[int, list[audit.AuditProblem]]:
        actor.require_admin()
        with self.core.read() as conn:
            return audit.verify(conn)

    def recent_activity(self, actor: Actor, *, limit: int = 20) -> list[audit.AuditEvent]:
        with self.core.read() as conn:
            events = audit.recent(conn, limit=limit * 3)
        if actor.is_admin:
            return events[:limit]
        return [e for e in events if e.actor == actor.username][:limit]

    def rotate_keys(self, actor: Actor) -> tuple[str, int]:
        """Add a key and re-encrypt every encrypted value under it; old keys stay for old backups."""
        actor.require_admin()
        s = self.core.settings
        if s.encryption_key:
            raise CryptoError("keys from TOCSIN_ENCRYPTION_KEY are rotated by changing the environment; "
                              "use a key file to rotate here", code="rotate_env_key")
        ring = self.core.cipher.ring
        old_current = ring.current
        kid = ring.rotate()
        ring.current = old_current
        ring.save(s.resolved_key_file)  # the new key is on disk before anything is encrypted with it
        ring.current = kid
        cipher = Cipher(ring)
        n = 0
        with self.core.write(actor=actor.username, action="keys.rotate", object_type="keyring", object_id=kid,
                             fields=tuple(f"{t.name}.{c}" for t, c, _, _ in ENCRYPTED_TEXT) + ("blobs.data",)
                             ) as conn:
            for table, column, key_col, aad_prefix in ENCRYPTED_TEXT:
                c, k = table.c[column], table.c[key_col]
                for r in conn.execute(sa.select(k, c).where(c.startswith("enc1:"))).all():
                    aad = f"{aad_prefix}:{r[0]}"
                    conn.execute(table.update().where(k == r[0])
                                 .values({column: cipher.encrypt(cipher.decrypt(r[1], aad=aad), aad=aad)}))
                    n += 1
            for r in conn.execute(sa.select(blobs.c.sha256).where(blobs.c.encrypted == sa.true())).all():
                data = conn.execute(sa.select(blobs.c.data).where(blobs.c.sha256 == r.sha256)).scalar()
                aad = f"blob:{r.sha256}"
                conn.execute(blobs.update().where(blobs.c.sha256 == r.sha256)
                             .values(data=cipher.encrypt_bytes(cipher.decrypt_bytes(bytes(data), aad=aad), aad=aad)))
                n += 1
        ring.save(s.resolved_key_file)
        return kid, n

    def backup(self, actor: Actor, target: Path) -> dict[str, int]:
        actor.require_admin()
        counts = backup.backup(self.core.engine, target)
        with self.core.write(actor=actor.username, action="backup", object_type="database", object_id="*"):
            pass
        return counts

    def restore(self, actor: Actor, source: Path) -> dict[str, int]:
        actor.require_admin()
        return backup.restore(self.core.engine, source)
