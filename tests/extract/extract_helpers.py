"""Shared helpers of the extraction tests (imported by module name: tests/extract is on sys.path)."""

from __future__ import annotations

from pathlib import Path

from tocsin.extract.text import latin
from tocsin.ingest import read_bytes

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "eval" / "gold.jsonl"
FIXTURES = REPO / "tests" / "fixtures" / "extract"


def doc_of(text: str, name: str = "t.txt"):
    return read_bytes(text.encode("utf-8"), name)


def letter_tags(body: str) -> set[str]:
    """The allegation tags of a Committee letter whose running text is `body`."""
    from tocsin.domain.documents import SourceDocument
    from tocsin.extract import extract_document

    text = ("CERD/EWUAP/120th session/2026/OV/ks\n\n4 March 2026\n\nExcellency,\n\nIn the course of its 120th session, "
            "the Committee on the Elimination of Racial Discrimination considered, under its early warning and urgent "
            "action procedure, information concerning the Pasht minority in the Republic of Orvania.\n\n"
            f"{body}\n\nThe Committee requests the State party to provide information on the above by 15 June "
            "2026.\n\nYours sincerely,\n\nChair\n")
    rec = extract_document(SourceDocument("x", "x.txt", "text/plain", len(text), text)).record("x.txt")
    return set(rec["allegations"])


def score_gold(folder: Path, gold_name: str):
    """(gold records, predicted records, evaluation report) of a folder of documents and its gold."""
    import json

    from tocsin.cli.batch import _record_of
    from tocsin.extract.evaluation import score

    gold = [json.loads(line) for line in (folder / gold_name).read_text("utf-8").splitlines() if line.strip()]
    preds = [_record_of(folder / g["file"])[0] for g in gold]  # as `tocsin extract` gives them
    return gold, preds, score(gold, preds)


def check_floors(report, mean: float, floors: dict[str, float]) -> None:
    """The report's mean and every listed field reach their floors (the report's table on failure)."""
    scores = report.field_scores()
    low = {f: scores[f] for f, floor in floors.items() if scores[f] < floor}
    assert report.mean >= mean and not low, (low, "\n".join(report.lines()))


def check_no_invented(gold: list[dict], preds: list[dict]) -> None:
    """No State, casualty figure or deadline that the gold of the same document does not have."""
    for g, p in zip(gold, preds):
        # a fictional State's name in Cyrillic is the same State as the gold's Latin spelling of it ("Велистан", "Velistan")
        assert {latin(x) for x in p["states"]} <= {latin(x) for x in g["states"]}, g["file"]
        for cat, numbers in p["casualties"].items():
            assert set(numbers) <= set(g["casualties"].get(cat, [])), (g["file"], cat)
        if g["reply_deadline"] is None:
            assert p["reply_deadline"] is None, g["file"]
