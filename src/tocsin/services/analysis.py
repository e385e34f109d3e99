"""Situation analyses: the ledger, timeline, indicators, flags, deadlines and follow-up drafts.

Each is a pure function of the situation's documents and facts (analyse/) and the clock; this
service loads what the actor may see, runs them, and audits what leaves the system (drafts,
reports). A person's verdicts (a reply linked to a letter, a coverage override) are facts, so
they survive re-extraction and win over what is computed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import sqlalchemy as sa

from tocsin.analyse.deadlines import DeadlineState, DeadlineStatus
from tocsin.analyse.flags import Flag, escalation_flags
from tocsin.analyse.indicators import IndicatorFinding, Triage, indicator_findings, triage
from tocsin.analyse.ledger import Ledger, build_ledger
from tocsin.analyse.timeline import Timeline, build_timeline
from tocsin.domain.documents import DocumentKind, StoredDocument
from tocsin.domain.facts import FactStatus
from tocsin.errors import InvalidInput, NotFound
from tocsin.services.app import Core
from tocsin.services.context import Actor
from tocsin.services.situations import Dossier, SituationService
from tocsin.store.tables import documents, situation_documents

COVERAGE_STATUSES = ("answered", "partial", "unanswered")


@dataclass(frozen=True)
class Analysis:
    ledger: Ledger
    timeline: Timeline
    findings: tuple[IndicatorFinding, ...]
    flags: tuple[Flag, ...]
    triage: Triage


@dataclass(frozen=True)
class SituationAnalysis(Analysis):
    """An analysis with the situation's dossier it was made from."""

    dossier: Dossier


@dataclass(frozen=True)
class DeadlineRow:
    situation: str | None  # None: the letter belongs to no situation yet
    situation_id: str | None
    letter_id: str
    letter_title: str
    reference: str | None
    status: DeadlineStatus


class AnalysisService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.situations = SituationService(core)

    @cached_property
    def embedder(self):  # type: ignore[no-untyped-def]
        from tocsin.analyse.similarity import make_embedder

        try:
            return make_embedder(self.core.settings.embedder)
        except Exception:  # a model that fails to load must not take the analyses down
            return make_embedder("hashing")

    def _ledger(self, docs: tuple[StoredDocument, ...] | list[StoredDocument]) -> Ledger:
        return build_ledger(docs, clock=self.core.clock, embedder=self.embedder)

    def analyse_documents(self, docs: list[StoredDocument]) -> Analysis:
        """Everything derived from a set of documents: pure, the actor's access already applied.

        Indicators count confirmed (and corrected) facts only: a triage a person can explain from
        evidence a person has checked."""
        ledger = self._ledger(docs)
        flags = escalation_flags(ledger, docs)
        findings = indicator_findings(docs)
        return Analysis(ledger=ledger, timeline=build_timeline(docs, ledger=ledger), findings=tuple(findings),
                        flags=tuple(flags), triage=triage(findings, flags=flags))

    def analyse(self, actor: Actor, ref: str) -> SituationAnalysis:
        dossier = self.situations.dossier(actor, ref, include_proposed=False)  # a person confirmed each member
        a = self.analyse_documents(list(dossier.documents))
        return SituationAnalysis(dossier=dossier, ledger=a.ledger, timeline=a.timeline, findings=a.findings,
                                 flags=a.flags, triage=a.triage)

    # --- deadlines across situations -------------------------------------------------------------
    def unassigned_correspondence(self, actor: Actor) -> list[StoredDocument]:
        """Letters and replies that belong to no situation yet (their deadlines still count)."""
        where = actor.document_filter() + [
            documents.c.kind.in_([DocumentKind.COMMITTEE_LETTER.value, DocumentKind.STATE_REPLY.value]),
            ~documents.c.id.in_(sa.select(situation_documents.c.document_id)
                                .where(situation_documents.c.status != "rejected"))]
        with self.core.read() as conn:
            ids = [r[0] for r in conn.execute(sa.select(documents.c.id).where(*where).limit(2000))]
            out = []
            for i in ids:
                d = self.core.repo.get_document(conn, i, with_facts=True)
                if d is not None:
                    out.append(d)
        return out

    def deadlines(self, actor: Actor, *, overdue: bool = False, due_within_days: int | None = None,
                  include_closed: bool = False) -> list[DeadlineRow]:
        rows: list[DeadlineRow] = []
        sets: list[tuple[str | None, str | None, list[StoredDocument]]] = []
        for s in self.situations.list(actor):
            sets.append((s.name, s.id, list(self.situations.dossier(actor, s.id, include_proposed=False).documents)))
        sets.append((None, None, self.unassigned_correspondence(actor)))
        today = self.core.clock.today()
        for name, sid, docs in sets:
            if not docs:
                continue
            ledger = self._ledger(docs)
            for letter in ledger.letters:
                st = ledger.deadlines.get(letter.document_id)
                if st is None or st.state is DeadlineState.NO_DEADLINE:
                    continue
                if overdue and st.state not in (DeadlineState.OVERDUE, DeadlineState.NEVER_ANSWERED):
                    continue
                if due_within_days is not None and not (st.state is DeadlineState.DUE and st.due is not None
                                                        and (st.due - today).days <= due_within_days):
                    continue
                if not include_closed and not overdue and due_within_days is None and not st.open:
                    continue
                rows.append(DeadlineRow(situation=name, situation_id=sid, letter_id=letter.document_id,
                                        letter_title=letter.title, reference=letter.reference_code, status=st))
        rows.sort(key=lambda r: (r.status.due or dt.date.max, r.letter_id))
        return rows

    # --- outputs ---------------------------------------------------------------------------------
    def draft_letter(self, actor: Actor, ref: str, *, letter_id: str | None = None):  # type: ignore[no-untyped-def]
        from tocsin.exports.letters import draft_followup_letter

        a = self.analyse(actor, ref)
        if not a.ledger.letters:
            raise NotFound("this situation has no letter of the Committee to follow up", code="no_letter")
        draft = draft_followup_letter(a.dossier.situation.name, a.ledger, docs=a.dossier.documents,
                                      today=self.core.clock.today(), lead_days=self.core.settings.reply_lead_days,
                                      letter_id=letter_id, state_name=a.dossier.situation.state)
        self._audit_export(actor, a, "draft_letter")
        return draft

    def report(self, actor: Actor, ref: str, *, fmt: str = "pdf") -> bytes:
        from tocsin.exports.report import situation_report_docx, situation_report_pdf

        a = self.analyse(actor, ref)
        kw: dict[str, Any] = {"ledger": a.ledger, "timeline": a.timeline, "generated": self.core.clock.today(),
                              "findings": a.findings, "triage": a.triage, "flags": a.flags}
        data = (situation_report_pdf if fmt == "pdf" else situation_report_docx)(a.dossier.situation.name, **kw)
        self._audit_export(actor, a, f"report_{fmt}")
        return data

    def calendar(self, actor: Actor, ref: str) -> bytes:
        from tocsin.exports.calendar import deadlines_ics

        a = self.analyse(actor, ref)
        return deadlines_ics(a.ledger, situation=a.dossier.situation.name, stamp=self.core.clock.now())

    def _audit_export(self, actor: Actor, a: SituationAnalysis, what: str) -> None:
        with self.core.write(actor=actor.username, action=f"export.{what}", object_type="situation",
                             object_id=a.dossier.situation.id, fields=("documents", "facts")):
            pass

    # --- a person's verdicts -------------------------------------------------------------------------
    def link_reply(self, actor: Actor, reply_id: str, letter_id: str) -> str:
        """Say which letter a reply answers; wins over the computed link."""
        from tocsin.services.facts import FactService

        fact = FactService(self.core).add(actor, reply_id, field="reply_to", value=letter_id, key="reply_to")
        return fact.id

    def set_coverage(self, actor: Actor, reply_id: str, *, marker: str, status: str,
                     evidence_paragraphs: list[int] | None = None, missing: list[str] | None = None) -> str:
        """A person's verdict on how a reply covers one request; wins over the computed one."""
        from tocsin.services.facts import FactService

        if status not in COVERAGE_STATUSES:
            raise InvalidInput(f"coverage status is one of {', '.join(COVERAGE_STATUSES)}", code="invalid_status")
        value = {"marker": marker, "status": status, "evidence_paragraphs": evidence_paragraphs or [],
                 "missing": missing or []}
        fact = FactService(self.core).add(actor, reply_id, field="coverage", value=value, key=marker)
        assert fact.status is FactStatus.CONFIRMED
        return fact.id
