"""Benchmark: documents per second of text reading alone vs reading + extraction, same run.

Generates a corpus of synthetic two-page letters about a fictional State (PDF through fpdf2, and TXT),
then prints docs/s for the foundation benchmark's baseline (`bench/ingest.py`'s `fastest_text`:
pypdfium2 for PDF, decoding for TXT), for `tocsin.ingest.read_path` alone and for read_path +
extract_document, the one-off start-up cost (language model and gazetteer loading), and peak memory.

    .venv/bin/python bench/extract.py [--n 60] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

VILLAGES = ["Dorav", "Mirec", "Varnek", "Dolin", "Kell", "Ostrava", "Belgrad", "Sorin"]
GROUPS = ["Veshi", "Orleki", "Kesh"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def letter(i: int) -> str:
    rnd = random.Random(i)
    g = rnd.choice(GROUPS)
    v1, v2 = rnd.sample(VILLAGES, 2)
    y = 2020 + i % 5
    m = rnd.randrange(1, 9)
    body = [
        "SYNTHETIC BENCHMARK DOCUMENT. Arendia is fictional.",
        f"REFERENCE: CERD/EWUAP/{100 + i % 20}th session/{y}/AR/ks",
        f"{rnd.randrange(1, 28)} {MONTHS[m - 1]} {y}",
        "Excellency,",
        f"I write to inform you that in the course of its {100 + i % 20}th session, the Committee on the Elimination "
        f"of Racial Discrimination considered the situation of the {g} minority in the Republic of Arendia under its "
        f"early warning and urgent action procedure. The Committee refers to its previous letter of "
        f"{rnd.randrange(1, 28)} {MONTHS[(m + 5) % 12]} {y - 1} and thanks the Government for its reply of "
        f"{rnd.randrange(1, 28)} {MONTHS[(m + 8) % 12]} {y - 1}.",
        f"According to the information received, on {rnd.randrange(1, 14)} and {rnd.randrange(15, 28)} "
        f"{MONTHS[m - 1]} {y} groups of armed men attacked {g} homes in the villages of {v1} and {v2}, in the Solva "
        f"region. {rnd.randrange(2, 12)} persons were reportedly killed and at least {rnd.randrange(10, 90)} "
        f"injured, and some {rnd.randrange(1, 5)},{rnd.randrange(100, 999)} {g} fled to the neighbouring district "
        f"of Kell. It is alleged that police officers present in {v1} did not intervene.",
    ]
    for k in range(6):
        body.append(
            f"The Committee has further been informed that {rnd.randrange(5, 40)} {g} men were detained in "
            f"{MONTHS[(m + k) % 12]} {y} and that several of them were held for more than 72 hours without access "
            f"to a lawyer. It is also reported that local officials have refused to renew the leases of {g} farmers "
            f"on municipal grazing land, and that the water supply to {v2} was cut off. Reportedly, some detainees "
            f"were beaten in custody at the Solva police station, and the authorities have not investigated these "
            f"allegations.")
    body.append(f"In accordance with article 9 (1) of the Convention and article 65 of its rules of procedure, the "
                f"Committee requests the State party to provide information on the following by "
                f"{rnd.randrange(1, 28)} {MONTHS[(m + 3) % 12]} {y + (1 if m + 3 > 12 else 0)}:")
    for mk, txt in zip("abcdef", ["The investigations opened into the attacks and the stage of the proceedings;",
                                  f"The measures taken to protect the {g} residents of {v1} and {v2};",
                                  "The allegations of ill-treatment of detainees, and any independent investigation;",
                                  "The legal basis for the detentions and access to legal counsel;",
                                  "The refusal to renew the grazing leases and the interruption of the water supply;",
                                  "The compensation and assistance provided to victims."]):
        body.append(f"({mk}) {txt}")
    body += ["Allow me, Excellency, to reiterate the wish of the Committee to continue its constructive dialogue.",
             "Yours sincerely,", "Ana Rellis\nChair\nCommittee on the Elimination of Racial Discrimination"]
    return "\n\n".join(body) + "\n"


def write_corpus(folder: Path, n: int) -> list[Path]:
    from fpdf import FPDF

    paths = []
    for i in range(n):
        text = letter(i)
        if i % 2 == 0:
            p = folder / f"letter-{i:04d}.txt"
            p.write_text(text, "utf-8")
        else:
            pdf = FPDF()
            pdf.set_auto_page_break(True, margin=20)
            pdf.add_page()
            pdf.set_font("Helvetica", size=10)
            for para in text.split("\n\n"):
                pdf.multi_cell(0, 5, para.encode("latin-1", "replace").decode("latin-1"))
                pdf.ln(2)
            p = folder / f"letter-{i:04d}.pdf"
            pdf.output(str(p))
        paths.append(p)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=60, help="number of documents (half TXT, half PDF)")
    ap.add_argument("--keep", type=Path, help="write the corpus here instead of a temporary folder")
    ap.add_argument("--rounds", type=int, default=5, help="times each measure is taken (the best is kept)")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from ingest import fastest_text

    from tocsin.extract import extract_document
    from tocsin.ingest import read_path

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        paths = write_corpus(folder, args.n)
        pages = [len(read_path(p).pages) for p in paths if p.suffix == ".pdf"]
        chars = sum(len(read_path(p).text) for p in paths) / len(paths)

        t = time.perf_counter()
        extract_document(read_path(paths[0]))  # loads the language model and the gazetteer once
        cold = time.perf_counter() - t

        # Each measure is taken `--rounds` times and the best kept: the machine's speed drifts.
        base_s = read_s = both_s = extract_s = extract_cpu = read_cpu = float("inf")
        docs = [read_path(p) for p in paths]
        facts = 0
        for _ in range(args.rounds):
            t = time.perf_counter()
            for p in paths:
                fastest_text(p)
            base_s = min(base_s, time.perf_counter() - t)

            t, c = time.perf_counter(), time.process_time()
            for p in paths:
                read_path(p)
            read_s, read_cpu = min(read_s, time.perf_counter() - t), min(read_cpu, time.process_time() - c)

            t = time.perf_counter()
            facts = 0
            for p in paths:
                facts += len(extract_document(read_path(p)).facts)
            both_s = min(both_s, time.perf_counter() - t)

            t, c = time.perf_counter(), time.process_time()
            for d in docs:
                extract_document(d)
            extract_s, extract_cpu = min(extract_s, time.perf_counter() - t), min(extract_cpu, time.process_time() - c)

        commands = whole_commands(paths, Path(tmp))

        tracemalloc.start()
        for p in paths[:10]:
            extract_document(read_path(p))
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()

    n = len(paths)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents: {n} ({n - len(pages)} TXT, {len(pages)} PDF of {min(pages)}-{max(pages)} pages), "
          f"{chars:.0f} characters on average")
    print(f"start-up (first document: language model + gazetteer): {cold:.2f} s")
    print(f"baseline (fastest text)   : {n / base_s:7.1f} docs/s   (the foundation benchmark's: pypdfium2, decode)")
    print(f"read text only            : {n / read_s:7.1f} docs/s   (tocsin.ingest.read_path)")
    print(f"read + extract            : {n / both_s:7.1f} docs/s   ({facts / n:.0f} facts per document)")
    print(f"extract only (text in RAM): {n / extract_s:7.1f} docs/s wall, {n / extract_cpu:7.1f} docs/s of CPU time")
    print(f"read only, CPU time       : {n / read_cpu:7.1f} docs/s of CPU time")
    print(f"extraction cost vs reading: {extract_s / read_s:5.2f}x of the reading time (extraction only / read only)")
    print(f"extraction cost vs baseline: {extract_s / base_s:5.2f}x of the baseline's time (extraction only / baseline)")
    print(f"peak traced memory while extracting: {peak:.1f} MB; process max RSS: {rss:.0f} MB")
    print("whole commands, each a new process over the same documents (as EVAL.md's speed is measured):")
    base_cmd = commands[0][1]
    for label, secs in commands:
        print(f"  {label:<44}: {secs:6.2f} s, {n / secs:7.1f} docs/s, {secs / base_cmd:5.2f}x the baseline command")
    return 0


BASELINE_CMD = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from ingest import fastest_text
for p in sys.argv[2:]:
    fastest_text(Path(p))
"""


def whole_commands(paths: list[Path], tmp: Path) -> list[tuple[str, float]]:
    """Wall time of whole processes: the baseline's text extraction, then `tocsin extract` with a new
    cache folder (the first run on a machine: it fills the cache), again with that cache (every later
    run), and with the cache turned off. The best of three runs each (one for the first run)."""
    import os
    import subprocess

    here = str(Path(__file__).resolve().parent)
    tocsin = [sys.executable, "-m", "tocsin.cli", "extract", *map(str, paths), "--format", "jsonl"]
    cache = tmp / "bench-cache"

    def timed(cmd: list[str], env_cache: str, runs: int = 3) -> float:
        best = float("inf")
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                           env={**os.environ, "TOCSIN_CACHE_DIR": env_cache})
            best = min(best, time.perf_counter() - t)
        return best

    return [("baseline: python + fastest_text, all files", timed([sys.executable, "-c", BASELINE_CMD, here,
                                                                  *map(str, paths)], "off")),
            ("tocsin extract, first run (fills the cache)", timed(tocsin, str(cache), runs=1)),
            ("tocsin extract, cache filled", timed(tocsin, str(cache))),
            ("tocsin extract, cache off", timed(tocsin, "off"))]


if __name__ == "__main__":
    sys.exit(main())
