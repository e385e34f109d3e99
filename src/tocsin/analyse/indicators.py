"""The 2007 early-warning indicators (A/62/18, annex III) supported by facts, with the evidence.

Only facts a person confirmed (or corrected) count, unless `include_proposed` is set. The triage
summary is derived from the evidence alone, so a person can explain each line of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from tocsin.analyse.selection import usable
from tocsin.domain.documents import StoredDocument

INDICATORS: dict[str, str] = {
    "a_socioeconomic_pattern": "significant and persistent pattern of racial discrimination in social and economic indicators",
    "b_escalating_hatred": "pattern of escalating racial hatred and violence, racist propaganda or appeals to intolerance",
    "c_discriminatory_law": "adoption of new discriminatory legislation",
    "d_segregation_exclusion": "segregation policies or de facto exclusion of a group from public life",
    "e_inadequate_framework": "no adequate legal framework against racial discrimination, or no effective remedies",
    "f_impunity": "policies or practice of impunity for violence against a group, grave statements or militias",
    "g_refugee_flows": "significant flows of refugees or displaced persons, especially of specific ethnic groups",
    "h_land_encroachment": "encroachment on traditional lands of indigenous peoples, or their forced removal",
    "i_hazardous_activities": "polluting or hazardous activities that harm specific groups",
}

# Allegation tag -> indicators it is evidence for (DOMAIN.md vocabulary).
TAG_INDICATORS: dict[str, tuple[str, ...]] = {
    "killing": ("b_escalating_hatred",),
    "injury": ("b_escalating_hatred",),
    "sexual_violence": ("b_escalating_hatred",),
    "destruction_of_property": ("b_escalating_hatred",),
    "abduction_disappearance": ("b_escalating_hatred", "f_impunity"),
    "hate_speech_incitement": ("b_escalating_hatred",),
    "torture": ("f_impunity",),
    "ill_treatment": ("f_impunity",),
    "excessive_force": ("f_impunity",),
    "impunity": ("f_impunity",),
    "failure_to_protect": ("f_impunity",),
    "intimidation_reprisals": ("f_impunity",),
    "persecution_of_defenders": ("f_impunity",),
    "arbitrary_arrest_detention": ("e_inadequate_framework",),
    "forced_confession": ("e_inadequate_framework",),
    "unfair_trial": ("e_inadequate_framework",),
    "denial_of_justice": ("e_inadequate_framework",),
    "criminalization": ("e_inadequate_framework",),
    "discriminatory_law_policy": ("c_discriminatory_law",),
    "segregation_exclusion": ("d_segregation_exclusion",),
    "ethnic_profiling": ("d_segregation_exclusion",),
    "cultural_rights": ("d_segregation_exclusion",),
    "restriction_of_expression_assembly": ("d_segregation_exclusion",),
    "surveillance": ("d_segregation_exclusion",),
    "socioeconomic_discrimination": ("a_socioeconomic_pattern",),
    "denial_of_services": ("a_socioeconomic_pattern", "d_segregation_exclusion"),
    "displacement": ("g_refugee_flows",),
    "refoulement": ("g_refugee_flows",),
    "forced_eviction": ("h_land_encroachment", "g_refugee_flows"),
    "land_dispossession": ("h_land_encroachment",),
    "lack_of_consultation": ("h_land_encroachment",),
    "environmental_harm": ("i_hazardous_activities",),
}
CASUALTY_INDICATORS = {"killed": ("b_escalating_hatred",), "injured": ("b_escalating_hatred",),
                       "displaced": ("g_refugee_flows",)}
VIOLENCE_TAGS = frozenset({"killing", "injury", "torture", "ill_treatment", "sexual_violence",
                           "abduction_disappearance", "excessive_force", "destruction_of_property"})


@dataclass(frozen=True)
class Evidence:
    fact_id: str
    document_id: str
    document: str
    what: str  # "allegation: killing", "casualty: 11 killed"
    quote: str = ""
    hedged: bool = False
    confirmed: bool = False
    date: str | None = None


@dataclass(frozen=True)
class IndicatorFinding:
    id: str
    description: str
    evidence: tuple[Evidence, ...]

    @property
    def sources(self) -> int:
        return len({e.document_id for e in self.evidence})

    @property
    def strength(self) -> str:
        """"strong": several sources or a confirmed unhedged fact; "moderate": one source; else "weak"."""
        if self.sources >= 2 or any(e.confirmed and not e.hedged for e in self.evidence):
            return "strong"
        return "moderate" if any(not e.hedged for e in self.evidence) else "weak"


@dataclass(frozen=True)
class Triage:
    level: str  # urgent_action | early_warning | monitor | none
    reasons: tuple[str, ...] = field(default_factory=tuple)


def indicator_findings(docs: Sequence[StoredDocument], *, include_proposed: bool = False) -> list[IndicatorFinding]:
    found: dict[str, list[Evidence]] = {}
    for doc in docs:
        name = doc.title or doc.filename
        for f in usable(doc.facts, "allegation", include_proposed=include_proposed):
            v = f.effective_value if isinstance(f.effective_value, dict) else {"tag": f.effective_value}
            tag = str(v.get("tag", ""))
            for ind in TAG_INDICATORS.get(tag, ()):
                found.setdefault(ind, []).append(Evidence(
                    f.id, doc.id, name, f"allegation: {tag}", quote=str(v.get("evidence") or ""),
                    hedged=bool(v.get("hedging")), confirmed=f.status.human, date=doc.date))
        for f in usable(doc.facts, "casualty", include_proposed=include_proposed):
            v = f.effective_value or {}
            for ind in CASUALTY_INDICATORS.get(str(v.get("category")), ()):
                q = f"{v.get('qualifier')} " if v.get("qualifier") else ""
                found.setdefault(ind, []).append(Evidence(
                    f.id, doc.id, name, f"casualty: {q}{v.get('number')} {v.get('category')}",
                    confirmed=f.status.human, date=doc.date))
    return [IndicatorFinding(i, INDICATORS[i], tuple(found[i])) for i in INDICATORS if i in found]


def triage(findings: Sequence[IndicatorFinding], *, flags: Sequence[object] = ()) -> Triage:
    """A rule a person can follow: the level and each reason come from listed evidence or flags."""
    reasons: list[str] = []
    strong = [f for f in findings if f.strength == "strong"]
    for f in findings:
        reasons.append(f"indicator {f.id} ({f.strength}, {f.sources} source(s)): "
                       + "; ".join(sorted({e.what for e in f.evidence})[:4]))
    killings = any("killing" in e.what or " killed" in e.what for f in findings for e in f.evidence)
    violent = {"b_escalating_hatred", "f_impunity"} & {f.id for f in strong}
    for fl in flags:
        reasons.append(f"flag: {getattr(fl, 'message', fl)}")
    if (killings and violent) or len(strong) >= 3 or (violent and flags):
        level = "urgent_action"
    elif strong or len(findings) >= 2 or flags:
        level = "early_warning"
    elif findings:
        level = "monitor"
    else:
        level = "none"
    return Triage(level=level, reasons=tuple(reasons))


def violence_after(docs: Sequence[StoredDocument], *, after: dt.date,
                   include_proposed: bool = True) -> list[Evidence]:
    """Violence alleged in documents dated after `after` (new violence since a letter)."""
    out = []
    for doc in docs:
        if not doc.date or doc.date[:10] <= after.isoformat():
            continue
        for f in usable(doc.facts, "allegation", include_proposed=include_proposed):
            v = f.effective_value if isinstance(f.effective_value, dict) else {"tag": f.effective_value}
            if v.get("tag") in VIOLENCE_TAGS:
                out.append(Evidence(f.id, doc.id, doc.title or doc.filename, f"allegation: {v.get('tag')}",
                                    quote=str(v.get("evidence") or ""), hedged=bool(v.get("hedging")),
                                    confirmed=f.status.human, date=doc.date))
    return out
