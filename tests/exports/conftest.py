from __future__ import annotations

import datetime as dt

import pytest
from exports_helpers import ARENDIA_LETTER, ARENDIA_REPLY, CORPUS, stored_from_path


@pytest.fixture
def arendia():
    if not (ARENDIA_LETTER.exists() and ARENDIA_REPLY.exists()):
        pytest.skip(f"the shared Arendia pair is absent (looked in {CORPUS})")
    from tocsin.analyse.ledger import build_ledger
    from tocsin.analyse.similarity import make_embedder
    from tocsin.clock import FixedClock

    docs = [stored_from_path(ARENDIA_LETTER, "arendia-letter", "committee_letter"),
            stored_from_path(ARENDIA_REPLY, "arendia-reply", "state_reply")]
    clock = FixedClock(dt.date(2025, 3, 3))
    return docs, build_ledger(docs, clock=clock, embedder=make_embedder("auto")), clock
