"""Ingest speed and memory next to the fastest text extraction available, measured in one run.

Generates a corpus (PDF / DOCX / TXT, 1 to 20 pages, fictional letters), then times in separate
processes: (1) the baseline, the fastest text extraction per format alone with no store
(PDF: pypdfium2 get_text_range; DOCX: the w:t elements of word/document.xml with lxml; TXT: decode);
(2) `tocsin ingest --no-extract` into a fresh SQLite home (and PostgreSQL with --pg).
Prints documents/s, pages/s and peak memory (max RSS) of each.

    .venv/bin/python bench/ingest.py [--n 2000] [--pg]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"

WORDS = ("the committee villagers were reportedly detained injured investigation minority province police "
         "officers court proceedings compensation water pastures leases houses burnt families fled district "
         "authorities information requests measures allegations reply government").split()


def page_text(rng: random.Random, i: int) -> str:
    paras = []
    for k in range(5):
        n = rng.randint(40, 90)
        sentence = " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."
        marker = f"({chr(97 + k)}) " if i % 3 == 0 and k > 2 else ""
        paras.append(marker + sentence)
    return "\n\n".join(paras)


def generate(n: int, folder: Path) -> list[tuple[Path, int]]:
    """n unique files; PDFs come from one template per page count with a unique trailing comment."""
    from tests import makers

    folder.mkdir(parents=True, exist_ok=True)
    manifest = folder / "manifest.json"
    if manifest.exists():
        items = json.loads(manifest.read_text())
        if len(items) == n:
            return [(folder / name, pages) for name, pages in items]
    rng = random.Random(7)
    templates: dict[int, bytes] = {}
    items = []
    for i in range(n):
        pages = rng.randint(1, 20)
        kind = ("pdf", "docx", "txt")[i % 3]
        name = f"doc-{i:05d}.{kind}"
        if kind == "pdf":
            if pages not in templates:
                templates[pages] = makers.pdf_bytes([page_text(rng, p) for p in range(pages)])
            data = templates[pages] + f"\n% unique {i}\n".encode()
        elif kind == "docx":
            paras = [p for pg in range(pages) for p in page_text(rng, pg).split("\n\n")]
            data = makers.docx_bytes(paras)
        else:
            data = "\f".join(page_text(rng, p) for p in range(pages)).encode()
        (folder / name).write_bytes(data)
        items.append((name, pages))
    manifest.write_text(json.dumps(items))
    return [(folder / name, pages) for name, pages in items]


def fastest_text(path: Path) -> str:
    """The fastest text extraction available here for the file's format, alone, with no store: the
    baseline that tocsin's reading (here) and extraction (bench/extract.py) are measured against."""
    import io
    import zipfile

    data = path.read_bytes()
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(data)
        texts = []
        for page in doc:
            tp = page.get_textpage()
            texts.append(tp.get_text_range())
            tp.close()
            page.close()
        doc.close()
        return "\f".join(texts)
    if path.suffix == ".docx":
        from lxml import etree

        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            root = etree.fromstring(zf.read("word/document.xml"))
        return "".join(t.text or "" for t in root.iter(w))
    return data.decode("utf-8")


BASELINE = r'''
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from ingest import fastest_text
n = 0
for path in sorted(Path(sys.argv[1]).glob("doc-*")):
    fastest_text(path)
    n += 1
print(n)
'''


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, float, str]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd} failed: {proc.stderr[-2000:]}")
    return elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, proc.stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--pg", action="store_true", help="also ingest into PostgreSQL (TOCSIN_BENCH_PG_URL)")
    args = ap.parse_args()
    corpus = OUT / f"ingest-corpus-{args.n}"
    t0 = time.perf_counter()
    files = generate(args.n, corpus)
    print(f"corpus: {len(files)} files, {sum(p for _, p in files)} pages "
          f"(PDF/DOCX/TXT, 1-20 pages) in {corpus} [{time.perf_counter() - t0:.1f}s to prepare]")
    pages = sum(p for _, p in files)
    py = sys.executable
    base_t, base_rss, _ = timed([py, "-c", BASELINE, str(corpus), str(Path(__file__).resolve().parent)])
    rows = [("baseline: text extraction alone", base_t, base_rss)]
    home = Path(tempfile.mkdtemp(prefix="tocsin-bench-"))
    env = {**os.environ, "TOCSIN_HOME": str(home), "TOCSIN_DATABASE_URL": ""}
    for workers in (1, 0):
        shutil.rmtree(home, ignore_errors=True)
        label = "1 process" if workers == 1 else f"{os.cpu_count()} reader processes"
        ing_t, ing_rss, _ = timed([py, "-m", "tocsin.cli", "ingest", str(corpus), "--no-extract"],
                                  {**env, "TOCSIN_INGEST_WORKERS": str(workers)})
        rows.append((f"tocsin ingest --no-extract, SQLite, {label}", ing_t, ing_rss))
    if args.pg:
        url = os.environ.get("TOCSIN_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/tocsin_bench")
        import sqlalchemy as sa

        admin = sa.create_engine(url.rsplit("/", 1)[0] + "/test", isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(sa.text("DROP DATABASE IF EXISTS tocsin_bench"))
            c.execute(sa.text("CREATE DATABASE tocsin_bench"))
        pg_t, pg_rss, _ = timed([py, "-m", "tocsin.cli", "ingest", str(corpus), "--no-extract"],
                                {**env, "TOCSIN_DATABASE_URL": url})
        rows.append(("tocsin ingest --no-extract, PostgreSQL", pg_t, pg_rss))
    print(f"{'':52} {'seconds':>8} {'docs/s':>8} {'pages/s':>9} {'peak MB':>8} {'x baseline':>10}")
    for label, t, rss in rows:
        print(f"{label:52} {t:8.2f} {len(files) / t:8.1f} {pages / t:9.1f} {rss:8.0f} {t / base_t:10.2f}")
    print("(peak MB is the largest resident set of any process run so far: read each row as an upper bound)")
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
