"""Public exports of a document or a situation, redacted (exports/redact.py does the redaction).

Only what the actor may see is exported, and never a confidential document or fact. To find the
names to remove, every fact of the exported documents (and of the situation's confidential
documents) is read, confidential ones included: they make the redaction better and never reach
the output. Each export is one audit record.
"""

from __future__ import annotations

from dataclasses import replace

from tocsin.domain.documents import Confidentiality
from tocsin.errors import NotFound, PermissionDenied
from tocsin.exports.redact import names_from_facts, names_in_text, public_export
from tocsin.services.app import Core
from tocsin.services.context import Actor
from tocsin.services.documents import DocumentService
from tocsin.services.situations import SituationService

_PLACE_FIELDS = ("state", "group", "place", "country", "location")


class RedactionService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.documents = DocumentService(core)
        self.situations = SituationService(core)

    def _all_facts(self, doc_ids: list[str]) -> list:
        with self.core.read() as conn:
            return self.core.repo.facts_for(conn, doc_ids)

    def _keep_words(self, facts: list, *extra: str | None) -> list[str]:
        words = [e for e in extra if e]
        for f in facts:
            if f.field in _PLACE_FIELDS:
                v = f.effective_value
                words += [v] if isinstance(v, str) else [x for x in (v.get("name"), v.get("label"))
                                                         if isinstance(x, str)] if isinstance(v, dict) else []
        return words

    def public_document(self, actor: Actor, ref: str) -> dict:
        doc = self.documents.resolve(actor, ref)  # access checked, read audited
        if doc.confidentiality >= Confidentiality.CONFIDENTIAL:
            raise PermissionDenied("a confidential document has no public version", code="confidential_document")
        facts = self._all_facts([doc.id])
        visible = replace(doc, facts=tuple(f for f in facts if actor.sees_level(f.confidentiality)))
        export = public_export(title=doc.title or doc.kind or "Document", documents=[visible],
                               names=names_from_facts(facts), keep=self._keep_words(facts))
        self._audit(actor, "document", doc.id)
        return export

    def public_situation(self, actor: Actor, ref: str) -> dict:
        dossier = self.situations.dossier(actor, ref, include_proposed=False)
        sit = dossier.situation
        if sit.confidentiality >= Confidentiality.CONFIDENTIAL:
            raise PermissionDenied("a confidential situation has no public version", code="confidential_situation")
        ids = [m.document_id for m in dossier.members]
        facts = self._all_facts(ids)
        hidden_texts: list[str] = []
        with self.core.read() as conn:  # names in confidential documents are removed wherever else they occur
            for doc_id in ids:
                d = self.core.repo.get_document(conn, doc_id, with_facts=False)
                if d is not None and d.confidentiality >= Confidentiality.CONFIDENTIAL:
                    hidden_texts.append(d.text)
        export = public_export(
            title=sit.name, documents=list(dossier.documents), names=names_from_facts(facts),
            texts_for_names=hidden_texts, keep=self._keep_words(facts, sit.state, sit.group_name, sit.name),
            subject={"situation": sit.name, "state": sit.state, "group": sit.group_name})
        self._audit(actor, "situation", sit.id)
        return export

    def public(self, actor: Actor, ref: str) -> dict:
        """A situation (by id, slug or name) or else a document (by id, sha256 or file name)."""
        try:
            return self.public_situation(actor, ref)
        except NotFound:
            return self.public_document(actor, ref)

    def _audit(self, actor: Actor, object_type: str, object_id: str) -> None:
        with self.core.write(actor=actor.username, action="export.public", object_type=object_type,
                             object_id=object_id, fields=("text", "facts")):
            pass

    @staticmethod
    def names_in(text: str) -> list[str]:
        return names_in_text(text)
