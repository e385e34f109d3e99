"""Administration: audit verification, key rotation, backup and restore."""

from __future__ import annotations

import json
import os
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

    @property
    def checkpoint_file(self) -> Path:
        return self.core.settings.home / "audit-checkpoints.jsonl"

    def checkpoints(self) -> list[audit.Checkpoint]:
        """The checkpoints kept in HOME (a copy kept elsewhere is stronger: pass it to verify_audit)."""
        out = []
        try:
            lines = self.checkpoint_file.read_text().splitlines()
        except FileNotFoundError:
            return []
        for line in lines:
            try:
                d = json.loads(line)
                out.append(audit.Checkpoint(int(d["seq"]), str(d["hash"])))
            except (ValueError, KeyError, TypeError):
                continue  # a damaged line must not hide the others
        return out

    def verify_audit(self, actor: Actor, *, checkpoints: list[audit.Checkpoint] | tuple = ()
                     ) -> tuple[int, list[audit.AuditProblem]]:
        """Walk the chain and compare it with every checkpoint (HOME's file and those given)."""
        actor.require_admin()
        with self.core.read() as conn:
            return audit.verify(conn, checkpoints=[*self.checkpoints(), *checkpoints])

    def checkpoint_audit(self, actor: Actor) -> dict:
        """Record the head of the chain outside the database; print it and keep a copy elsewhere too."""
        actor.require_admin()
        with self.core.read() as conn:
            cp = audit.head(conn)
        if cp is None:
            return {"seq": 0, "hash": audit.GENESIS, "at": self.core.now()}
        return self._save_checkpoint(cp)

    def _save_checkpoint(self, cp: audit.Checkpoint) -> dict:
        record = {"seq": cp.seq, "hash": cp.hash, "at": self.core.now()}
        self.checkpoint_file.parent.mkdir(parents=True, exist_ok=True)
        with open(self.checkpoint_file, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        return record

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
                data = conn.execute(sa.select(blobs.c.data).where(blobs.c.sha256 == r.sha256)).scalar_one()
                aad = f"blob:{r.sha256}"
                conn.execute(blobs.update().where(blobs.c.sha256 == r.sha256)
                             .values(data=cipher.encrypt_bytes(cipher.decrypt_bytes(bytes(data), aad=aad), aad=aad)))
                n += 1
        ring.save(s.resolved_key_file)
        return kid, n

    def backup(self, actor: Actor, target: Path) -> dict[str, int]:
        """An online, consistent backup; the head of the audit chain it holds becomes a checkpoint."""
        actor.require_admin()
        counts, head = backup.backup(self.core.engine, target)
        if head is not None:
            self._save_checkpoint(head)
        with self.core.write(actor=actor.username, action="backup", object_type="database", object_id="*"):
            pass
        return counts

    def restore(self, actor: Actor, source: Path) -> dict[str, int]:
        """Load a backup into an empty home; its audit chain must verify up to the head it recorded."""
        actor.require_admin()
        counts, head = backup.restore(self.core.engine, source)  # refuses a log that does not verify
        if head is not None:
            self._save_checkpoint(head)
        with self.core.write(actor=actor.username, action="restore", object_type="database", object_id="*"):
            pass
        return counts
