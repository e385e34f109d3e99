"""Score extraction records against gold records exactly as EVAL.md (and its score.py) define it.

Pure functions over lists of dicts: no files, no printing. `tocsin eval` renders the result.
- kind, date, reply_deadline, session: exact match (session also as a string).
- states: set P/R/F1 on upper-cased values; groups and places: set P/R/F1 where two values match
  when their main words overlap (case-insensitive, accents and plural "s" folded, stop words out).
- allegations: set P/R/F1; casualties: F1 over (category, number) pairs; reference dates: F1 over the
  dates of references of kind letter or reply; request markers: F1; request count: exact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePath

EXACT_FIELDS = ("kind", "date", "reply_deadline", "session")
SET_FIELDS = ("states", "groups", "places", "allegations", "casualties", "ref_dates", "request_markers")

STOP = {"the", "of", "and", "district", "region", "oblast", "village", "villages", "province", "minority",
        "people", "peoples", "community", "communities", "indigenous", "ethnic", "state", "national",
        "park", "forest", "reserve", "city", "town", "a", "in", "from", "s"}


def norm(s: object) -> list[str]:
    t = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9 ]+", " ", t).split()


def main_words(s: object) -> set[str]:
    w = [x.rstrip("s") if len(x) > 4 else x for x in norm(s) if x not in STOP]
    return set(w) or set(norm(s))


def fuzzy_match(p: object, g: object) -> bool:
    return bool(main_words(p) & main_words(g))


def set_prf(pred: Iterable, gold: Iterable, match: Callable[[object, object], bool] = lambda a, b: a == b):
    pred, gold = list(dict.fromkeys(pred)), list(dict.fromkeys(gold))
    tp_p = sum(any(match(p, g) for g in gold) for p in pred)
    tp_g = sum(any(match(p, g) for p in pred) for g in gold)
    return tp_p, len(pred), tp_g, len(gold)


@dataclass
class Counts:
    tp_p: int = 0
    n_pred: int = 0
    tp_g: int = 0
    n_gold: int = 0

    def add(self, t: tuple[int, int, int, int]) -> None:
        self.tp_p += t[0]
        self.n_pred += t[1]
        self.tp_g += t[2]
        self.n_gold += t[3]

    def prf(self) -> tuple[float, float, float]:
        p = self.tp_p / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)
        r = self.tp_g / self.n_gold if self.n_gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Report:
    documents: int
    missing: int
    exact: dict[str, tuple[int, int]]
    sets: dict[str, Counts]
    request_count: tuple[int, int]
    per_document: list[dict] = field(default_factory=list)

    @property
    def mean(self) -> float:
        scores = [c.prf()[2] for c in self.sets.values()] + [a / n if n else 0.0 for a, n in self.exact.values()]
        return sum(scores) / len(scores) if scores else 0.0

    def field_scores(self) -> dict[str, float]:
        out = {k: (a / n if n else 0.0) for k, (a, n) in self.exact.items()}
        out.update({k: c.prf()[2] for k, c in self.sets.items()})
        return out

    def lines(self) -> list[str]:
        out = [f"documents: {self.documents}  missing predictions: {self.missing}", f"{'field':18} {'score':>7}"]
        summary = []
        for k, (a, n) in self.exact.items():
            out.append(f"{k:18} {a / n if n else 0:7.3f}  (exact, {a}/{n})")
            summary.append(f"{k}={a / n if n else 0:.2f}")
        a, n = self.request_count
        out.append(f"{'request_count':18} {a / n if n else 0:7.3f}  (exact)")
        for k, c in self.sets.items():
            p, r, f1 = c.prf()
            out.append(f"{k:18} {f1:7.3f}  (F1; P={p:.3f} R={r:.3f})")
            summary.append(f"{k}={f1:.2f}")
        out.append(f"SUMMARY mean={self.mean:.3f} " + " ".join(summary))
        return out


def _ref_dates(refs) -> list:
    return [r.get("date") for r in refs or [] if r.get("date") and r.get("kind") in ("letter", "reply")]


def _markers(reqs) -> list:
    return [(r.get("marker") or "").strip("()").lower() for r in reqs or []
            if (r.get("marker") or "").strip("()") not in ("", "-")]


def score(gold: list[dict], pred: list[dict]) -> Report:
    """Compare predicted records with gold records (matched by the base name of `file`)."""
    gold_by = {g["file"]: g for g in gold}
    pred_by = {PurePath(str(p.get("file", ""))).name: p for p in pred}
    exact = {k: [0, 0] for k in EXACT_FIELDS}
    sets = {k: Counts() for k in SET_FIELDS}
    req = [0, 0]
    missing = 0
    per_doc = []
    for f, g in gold_by.items():
        p = pred_by.get(f)
        if p is None:
            missing += 1
            p = {}
        doc_row: dict = {"file": f}
        for k in EXACT_FIELDS:
            exact[k][1] += 1
            ok = (p.get(k) == g.get(k)) or (k == "session" and g.get(k) is not None and str(p.get(k)) == str(g.get(k)))
            exact[k][0] += bool(ok)
            doc_row[k] = bool(ok)
        sets["states"].add(set_prf([str(x).upper() for x in p.get("states") or []], [str(x).upper() for x in g.get("states") or []]))
        sets["groups"].add(set_prf(p.get("groups") or [], g.get("groups") or [], fuzzy_match))
        sets["places"].add(set_prf(p.get("places") or [], g.get("places") or [], fuzzy_match))
        sets["allegations"].add(set_prf(p.get("allegations") or [], g.get("allegations") or []))
        gc = g.get("casualties") or {}
        pc = p.get("casualties") or {}
        pairs_p = [(k, int(n)) for k, v in pc.items() if k in gc for n in (v or []) if isinstance(n, (int, float))]
        pairs_g = [(k, n) for k, v in gc.items() for n in v]
        sets["casualties"].add(set_prf(pairs_p, pairs_g))
        sets["ref_dates"].add(set_prf(_ref_dates(p.get("references")), _ref_dates(g.get("references"))))
        sets["request_markers"].add(set_prf(_markers(p.get("requests")), _markers(g.get("requests"))))
        req[1] += 1
        req[0] += len(p.get("requests") or []) == len(g.get("requests") or [])
        per_doc.append(doc_row)
    return Report(len(gold_by), missing, {k: (a, n) for k, (a, n) in exact.items()}, sets, (req[0], req[1]), per_doc)
