"""The demo: a fictional situation (the Tesk minority in the Republic of Norvania) in every format.

`load_demo` is idempotent: running it again finds the documents, the situation and the account
already there.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from tocsin.errors import Conflict

SITUATION = "Tesk minority, Norvania"
DEMO_USER = "demo"
DEMO_PASSWORD = "demo-password"


def corpus_dir() -> Path:
    return Path(str(resources.files("tocsin.demo") / "corpus"))


def load_demo(services) -> list[str]:  # type: ignore[no-untyped-def]
    from tocsin.services import LOCAL_ADMIN

    files = sorted(p for p in corpus_dir().iterdir() if p.is_file() and p.name != "README.md")
    outcomes = services.ingest.ingest_paths(LOCAL_ADMIN, files)
    lines = [f"{o.status.value:9} {Path(o.path.split('#')[0]).name}{' #' + o.path.split('#')[1] if '#' in o.path else ''}"
             f"{' [' + o.error_code + ']' if o.error_code else ''}" for o in outcomes]
    try:
        sit = services.situations.create(LOCAL_ADMIN, name=SITUATION, state="Norvania", group="Tesk",
                                         description="Attacks on Tesk villages in Brenna province (June 2023), "
                                                     "the Committee's letters and the State's reply.")
    except Conflict:
        sit = services.situations.get(LOCAL_ADMIN, SITUATION)
    for o in outcomes:
        if o.document_id:
            services.situations.add_document(LOCAL_ADMIN, sit.id, o.document_id)
    try:
        services.accounts.add(LOCAL_ADMIN, username=DEMO_USER, password=DEMO_PASSWORD, role="admin",
                              clearance="confidential")
        lines.append(f"account   {DEMO_USER} / {DEMO_PASSWORD} (admin)")
    except Conflict:
        lines.append(f"account   {DEMO_USER} exists")
    lines.append(f"situation {SITUATION}")
    return lines
