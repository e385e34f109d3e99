"""The web app and the CLI writing at once on SQLite never meet "database is locked"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.security.conftest import TEST_KEY
from tocsin.config import Settings
from tocsin.services import LOCAL_ADMIN, build_services

TOCSIN = str(Path(sys.executable).parent / "tocsin")

REVIEWER = r"""
import json, sys
from tocsin.config import Settings
from tocsin.services import LOCAL_ADMIN, build_services
svc = build_services(Settings.from_env(home=sys.argv[1]))
doc = sys.argv[2]
done = 0
for i in range(int(sys.argv[3])):
    f = svc.facts.add(LOCAL_ADMIN, doc, field="place", value=f"Village {i}")
    svc.facts.review(LOCAL_ADMIN, f.id, status="corrected", value=f"Village {i} (checked)")
    svc.documents.search(LOCAL_ADMIN, "statement")
    done += 1
print(json.dumps({"done": done}))
"""


@pytest.mark.slow
def test_cli_ingest_and_reviews_in_parallel_processes(tmp_path, clock):
    home = tmp_path / "home"
    env = {**os.environ, "TOCSIN_HOME": str(home), "TOCSIN_ENCRYPTION_KEY": TEST_KEY}
    env.pop("TOCSIN_DATABASE_URL", None)
    svc = build_services(Settings(home=home, encryption_key=TEST_KEY), clock)
    doc = svc.ingest.ingest_bytes(LOCAL_ADMIN, filename="seed.txt", data=b"A seed statement on Kordavia.\n",
                                  extract=False)[0].document_id
    svc.close()
    folders = []
    for k in range(2):
        folder = tmp_path / f"in{k}"
        folder.mkdir()
        for i in range(120):
            (folder / f"s{k}-{i}.txt").write_text(f"Statement {k}-{i} on the dam.\n\n" + "Some text. " * 300)
        folders.append(folder)
    procs = [subprocess.Popen([TOCSIN, "ingest", "--jsonl", "--no-extract", str(f)], env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for f in folders]
    procs += [subprocess.Popen([sys.executable, "-c", REVIEWER, str(home), doc, "80"], env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert "locked" not in err.lower(), err
        assert p.returncode == 0, err
    for out, _ in outs[:2]:
        assert {json.loads(line)["status"] for line in out.splitlines()} == {"stored"}
    for out, _ in outs[2:]:
        assert json.loads(out.splitlines()[-1]) == {"done": 80}
    svc = build_services(Settings(home=home, encryption_key=TEST_KEY), clock)
    try:
        assert svc.documents.list(LOCAL_ADMIN)[1] == 241
        checked, problems = svc.admin.verify_audit(LOCAL_ADMIN)
        assert problems == [] and checked >= 241 + 2 * 160  # one chain, never forked
    finally:
        svc.close()


def test_threads_with_separate_engines(tmp_path, clock):
    """Like the web app's worker threads beside a CLI: separate engines (pools) on one file."""
    settings = Settings(home=tmp_path / "home", encryption_key=TEST_KEY)
    first = build_services(settings, clock)
    doc = first.ingest.ingest_bytes(LOCAL_ADMIN, filename="seed.txt", data=b"Seed statement.\n",
                                    extract=False)[0].document_id
    errors: list[BaseException] = []

    def work(k: int) -> None:
        svc = build_services(settings, clock)
        try:
            for i in range(40):
                if k % 2:
                    svc.ingest.ingest_bytes(LOCAL_ADMIN, filename=f"t{k}-{i}.txt", extract=False,
                                            data=f"Thread {k} statement {i}.\n".encode())
                else:
                    f = svc.facts.add(LOCAL_ADMIN, doc, field="place", value=f"P{k}-{i}")
                    svc.facts.review(LOCAL_ADMIN, f.id, status="confirmed")
                svc.documents.list(LOCAL_ADMIN, limit=5)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            svc.close()

    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert first.documents.list(LOCAL_ADMIN)[1] == 1 + 3 * 40
    assert first.admin.verify_audit(LOCAL_ADMIN)[1] == []
    first.close()
