"""Coverage-guided fuzzing of the readers with atheris (optional: `pip install atheris`).

    .venv/bin/python tests/security/fuzz/atheris_readers.py -max_total_time=300 -rss_limit_mb=4096

Any exception other than an IngestError with a stable code is a finding (atheris stops and writes
the input as crash-*). Not collected by pytest (no test_ prefix).
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from tocsin.errors import IngestError
    from tocsin.ingest import read_bytes
    from tocsin.ingest.base import Limits

CODES = {"corrupt_file", "empty_file", "encrypted_file", "archive_bomb", "binary_content", "file_too_large",
         "unsupported_format", "too_complex", "unreadable_file"}
NAMES = ["x.pdf", "x.docx", "x.html", "x.eml", "x.txt", "x"]
LIMITS = Limits(max_file_bytes=1_000_000, max_expanded_bytes=5_000_000, max_pages=20, max_text_chars=500_000)


def one(data: bytes) -> None:
    if not data:
        return
    name = NAMES[data[0] % len(NAMES)]
    try:
        read_bytes(data[1:], name, LIMITS)
    except IngestError as exc:
        if exc.code not in CODES:
            raise


def main() -> None:
    atheris.Setup(sys.argv, one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
