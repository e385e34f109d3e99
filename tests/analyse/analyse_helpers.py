from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "coverage"
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
ARENDIA_LETTER = CORPUS / "synthetic-arendia-letter-2024-08-30.txt"
ARENDIA_REPLY = CORPUS / "synthetic-arendia-reply-2025-01-20.txt"


def fixture_pairs() -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / "expected.jsonl").read_text().splitlines() if line.strip()]

