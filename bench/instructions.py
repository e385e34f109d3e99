"""CPU instructions per document of extraction, counted by valgrind (repeatable, unlike seconds).

Generates bench/extract.py's corpus (60 two-page letters, half TXT, half PDF), then runs, under
`valgrind --tool=cachegrind --cache-sim=no`, a process that reads the corpus and extracts every
document N times, and one that reads it and extracts nothing more than one document (loading the
models); the difference divided by N x documents is the cost of extracting one document.

    .venv/bin/python bench/instructions.py [--n 60] [--passes 2]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RUN = r'''
import sys
from pathlib import Path
from tocsin.extract import extract_document
from tocsin.ingest import read_path
docs = [read_path(p) for p in sorted(Path(sys.argv[1]).glob("letter-*"))]
extract_document(docs[0])
for _ in range(int(sys.argv[2])):
    for d in docs:
        extract_document(d)
'''


def instructions(folder: Path, passes: int) -> int:
    proc = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, "-c", RUN, str(folder), str(passes)], capture_output=True, text=True)
    m = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    if proc.returncode or not m:
        raise SystemExit(f"valgrind failed: {proc.stderr[-2000:]}")
    return int(m.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=60, help="number of documents (half TXT, half PDF)")
    ap.add_argument("--passes", type=int, default=2, help="times every document is extracted")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)")
        return 1
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from extract import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_corpus(folder, args.n)
        base = instructions(folder, 0)
        total = instructions(folder, args.passes)
    per_doc = (total - base) / (args.passes * args.n)
    print(f"documents: {args.n} x {args.passes} passes")
    print(f"instructions per document of extraction: {per_doc / 1e6:.2f} M (valgrind cachegrind)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
