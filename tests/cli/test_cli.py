"""The `tocsin` command as a user runs it: a real home folder, real files, JSON Lines out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import makers

TOCSIN = [sys.executable, "-m", "tocsin.cli"]


def run(home: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    e = {**os.environ, "TOCSIN_HOME": str(home), "TOCSIN_DATABASE_URL": "", **(env or {})}
    return subprocess.run([*TOCSIN, *args], capture_output=True, text=True, env=e, timeout=300)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "inbox"
    (d / "sub").mkdir(parents=True)
    (d / "letter.pdf").write_bytes(makers.pdf_bytes([makers.LETTER]))
    (d / "reply.docx").write_bytes(makers.docx_bytes(["Reply of Quellmark about the Marnish."]))
    (d / "sub" / "page.html").write_text("<html><body><p>Marnish houses burnt in Kordáy.</p></body></html>")
    (d / "sub" / "note.txt").write_text("Заметка о селе Кордай.", encoding="cp1251")
    (d / "broken.pdf").write_bytes(b"%PDF-1.4\n%%EOF")
    (d / "junk.txt").write_bytes(bytes(range(256)) * 8)
    return d


def test_ingest_folder_jsonl_statuses_and_exit_code(tmp_path, folder):
    home = tmp_path / "home"
    res = run(home, "ingest", str(folder), "--jsonl", "--no-extract")
    assert res.returncode == 1, res.stderr  # some files failed
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    by_name = {Path(x["path"]).name: x for x in lines}
    assert set(by_name) == {"letter.pdf", "reply.docx", "page.html", "note.txt", "broken.pdf", "junk.txt"}
    assert by_name["broken.pdf"]["status"] == "failed" and by_name["broken.pdf"]["error_code"] == "corrupt_file"
    assert by_name["junk.txt"]["error_code"] == "binary_content"
    for ok in ("letter.pdf", "reply.docx", "page.html", "note.txt"):
        assert by_name[ok]["status"] == "stored" and len(by_name[ok]["sha256"]) == 64
        assert by_name[ok]["document_id"]
    # again: everything already stored is a duplicate; nothing changes
    again = run(home, "ingest", str(folder), "--jsonl", "--no-extract")
    statuses = {Path(json.loads(x)["path"]).name: json.loads(x)["status"] for x in again.stdout.splitlines()}
    assert statuses["letter.pdf"] == "duplicate"
    listed = run(home, "documents", "--jsonl")
    assert len(listed.stdout.splitlines()) == 4


def test_search_show_and_original(tmp_path, folder):
    home = tmp_path / "home"
    run(home, "ingest", str(folder), "--no-extract")
    res = run(home, "search", "korday", "--jsonl")
    hits = [json.loads(x) for x in res.stdout.splitlines()]
    assert {h["filename"] for h in hits} == {"letter.pdf", "page.html"}
    cyrillic = [json.loads(x)["filename"] for x in run(home, "search", "кордай", "--jsonl").stdout.splitlines()]
    assert cyrillic == ["note.txt"]
    assert any("<mark>" in s for h in hits for s in h["snippets"])
    doc_id = next(h["id"] for h in hits if h["filename"] == "letter.pdf")
    shown = json.loads(run(home, "show", doc_id, "--jsonl").stdout)
    assert shown["filename"] == "letter.pdf" and [p["number"] for p in shown["paragraphs"] if p["number"]] == ["a", "b"]
    out = tmp_path / "copy.pdf"
    assert run(home, "original", doc_id, "-o", str(out)).returncode == 0
    assert out.read_bytes() == (folder / "letter.pdf").read_bytes()
    missing = run(home, "show", "no-such-document")
    assert missing.returncode == 2 and "[not_found]" in missing.stderr


def test_shared_corpus_search(tmp_path, shared_corpus):
    home = tmp_path / "home"
    assert run(home, "ingest", str(shared_corpus)).returncode == 0
    dungan = {json.loads(x)["filename"] for x in run(home, "search", "Dungan", "--jsonl").stdout.splitlines()}
    assert {"cerd-ewuap-letter-kazakhstan-2021-04-30.txt", "odf-statement-kazakhstan-minorities-2020-05-25.txt"} <= dungan
    phrase = [json.loads(x)["filename"] for x in run(home, "search", '"signed guarantees"', "--jsonl").stdout.splitlines()]
    assert phrase == ["cerd-ewuap-letter-kazakhstan-2021-04-30.txt"]


def test_every_command_is_documented():
    """docs/cli.md names every command and sub-command the CLI has (docs kept honest by a test)."""
    from typer.main import get_command

    from tocsin.cli.main import get_app

    cli = get_command(get_app())
    doc = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text()
    names = []
    for name, cmd in cli.commands.items():  # type: ignore[attr-defined]
        sub = getattr(cmd, "commands", None)
        names += [f"tocsin {name} {s}" for s in sub] if sub else [f"tocsin {name}"]
    missing = [n for n in names if f"`{n}" not in doc]
    assert not missing, f"undocumented commands: {missing}"


def test_every_setting_is_documented():
    from tocsin.config import describe

    doc = (Path(__file__).resolve().parents[2] / "docs" / "admin-settings.md").read_text()
    missing = [env for env, _, _ in describe() if env not in doc]
    assert not missing, f"undocumented settings: {missing}"
