from __future__ import annotations

import pytest
from analyse_helpers import ARENDIA_LETTER, ARENDIA_REPLY, CORPUS


@pytest.fixture
def arendia_paths():
    if not (ARENDIA_LETTER.exists() and ARENDIA_REPLY.exists()):
        pytest.skip(f"the shared Arendia pair is absent (looked in {CORPUS})")
    return ARENDIA_LETTER, ARENDIA_REPLY
