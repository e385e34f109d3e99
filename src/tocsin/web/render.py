"""Templates: a Jinja2 environment with autoescape, gettext, and the drawing of the timeline."""

from __future__ import annotations

import datetime as dt
import gettext
from functools import lru_cache
from importlib.resources import files
from typing import Any

import jinja2

DOMAIN = "tocsin"
KIND_LABELS = {
    "committee_letter": "Committee letter", "state_reply": "State reply", "decision": "Decision",
    "ngo_statement": "NGO statement", "other": "Other", "deadline": "Deadline", "letter": "Letters",
    "reply": "Replies", "document": "Other documents", "event": "Events", "cited": "Cited, not stored",
}
STATUS_LABELS = {"due": "due", "overdue": "overdue", "replied": "replied", "replied_late": "replied late"}
# Colours of the timeline lanes; presentation attributes of SVG, allowed by the CSP.
LANES = [("event", "#b35806"), ("letter", "#1d4e89"), ("deadline", "#c51b1b"), ("reply", "#1b7837"),
         ("decision", "#6a3d9a"), ("document", "#555555"), ("cited", "#8c8c8c")]


def lane_of(kind: str) -> str:
    return "cited" if kind.startswith("cited_") else kind if kind in dict(LANES) else "document"


@lru_cache(maxsize=16)
def translations(lang: str = "en") -> gettext.NullTranslations:
    """The catalogue for a language; English is the source text itself (msgids are English)."""
    localedir = str(files("tocsin.web") / "locale")
    return gettext.translation(DOMAIN, localedir=localedir, languages=[lang], fallback=True)


def _(message: str, **params: Any) -> str:
    """Mark and translate an interface string (English catalogue: the identity)."""
    text = translations().gettext(message)
    return text % params if params else text


def _parse_day(value: str) -> dt.date | None:
    try:
        parts = [int(x) for x in value[:10].split("-")]
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def timeline_svg(events: list[dict], *, today: str | None = None, width: int = 960) -> dict:
    """Positions for an SVG timeline: one lane per document kind, x by date, year ticks."""
    left, right, lane_h, top = 150, 20, 34, 24
    days = [(e, _parse_day(e["date"])) for e in events]
    days = [(e, d) for e, d in days if d is not None]
    lanes = [(k, c) for k, c in LANES if any(lane_of(e["kind"]) == k for e, _ in days)]
    height = top + lane_h * max(1, len(lanes)) + 30
    if not days:
        return {"width": width, "height": height, "lanes": [], "points": [], "ticks": [], "today": None}
    lo = min(d for _, d in days)
    hi = max(d for _, d in days)
    tday = _parse_day(today) if today else None
    if tday and tday > hi and (tday - hi).days < 800:
        hi = tday
    span = max(1, (hi - lo).days)
    lo -= dt.timedelta(days=max(10, span // 30))
    hi += dt.timedelta(days=max(10, span // 30))
    span = (hi - lo).days
    plot = width - left - right

    def x(d: dt.date) -> float:
        return round(left + plot * (d - lo).days / span, 1)

    lane_y = {k: top + i * lane_h + lane_h // 2 for i, (k, _) in enumerate(lanes)}
    colour = dict(lanes)
    points = [{"x": x(d), "y": lane_y[lane_of(e["kind"])], "colour": colour[lane_of(e["kind"])], "date": e["date"],
               "label": e["title"], "kind": e["kind"], "document_id": e.get("document_id"),
               "precision": e.get("precision", "day")}
              for e, d in days]
    ticks = []
    for year in range(lo.year, hi.year + 2):
        d = dt.date(year, 1, 1)
        if lo <= d <= hi:
            ticks.append({"x": x(d), "label": str(year)})
    return {"width": width, "height": height, "bottom": top + lane_h * len(lanes),
            "lanes": [{"kind": k, "label": KIND_LABELS.get(k, k), "y": lane_y[k], "colour": c} for k, c in lanes],
            "points": points, "ticks": ticks,
            "today": {"x": x(tday), "label": tday.isoformat()} if tday and lo <= tday <= hi else None}


def make_env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("tocsin.web", "templates"),
                             autoescape=jinja2.select_autoescape(["html", "xml"], default=True),
                             extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
    env.install_gettext_translations(translations(), newstyle=True)  # type: ignore[attr-defined]
    env.globals.update(kind_label=lambda k: _(KIND_LABELS.get(k or "other", k or "other")),
                       status_label=lambda s: _(STATUS_LABELS.get(s, s)), timeline_svg=timeline_svg)
    env.filters["filesize"] = lambda n: f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} B"
    return env
