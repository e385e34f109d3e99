"""Time `tocsin coverage` per letter/reply pair, with the ONNX embedder and the hashing one.

usage: .venv/bin/python bench/coverage.py [--repeat N]
Pairs: the shared development pair (../shared/eval/coverage.jsonl) and tests/fixtures/coverage
(with its heldout/, heldout2/ and heldout3/ sets).
Prints per-pair seconds (cold = first call, loading the model; warm = mean of the repeats) and the
status accuracy against each pair's expected statuses.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def pairs() -> list[tuple[Path, Path, dict]]:
    out = []
    dev = SHARED / "eval" / "coverage.jsonl"
    if dev.exists():
        for line in dev.read_text().splitlines():
            if line.strip():
                g = json.loads(line)
                out.append((SHARED / "corpus" / g["letter"], SHARED / "corpus" / g["reply"], g))
    root = REPO / "tests" / "fixtures" / "coverage"
    for fx in (root, root / "heldout", root / "heldout2", root / "heldout3"):
        for line in (fx / "expected.jsonl").read_text().splitlines():
            if line.strip():
                g = json.loads(line)
                out.append((fx / g["letter"], fx / g["reply"], g))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from tocsin.analyse.pairs import assess_documents
    from tocsin.analyse.similarity import HashingEmbedder, OnnxEmbedder, onnx_available
    from tocsin.ingest import read_path

    kinds = [("hashing", HashingEmbedder)] + ([("onnx", OnnxEmbedder)] if onnx_available() else [])
    for kind, cls in kinds:
        ok = n = 0
        warm: list[float] = []
        emb = cls()
        t0 = time.perf_counter()
        emb.embed(["warm-up"])  # loads the ONNX session once, as a long-running process would
        load = time.perf_counter() - t0
        print(f"== embedder: {kind} (model load {load:.3f}s)")
        for lp, rp, gold in pairs():
            times = []
            report = None
            for _ in range(max(1, args.repeat)):
                if hasattr(emb, "_cache"):
                    emb._cache.clear()  # no help from an earlier run of the same pair
                t0 = time.perf_counter()
                report = assess_documents(read_path(lp), read_path(rp), embedder=emb)
                times.append(time.perf_counter() - t0)
            assert report is not None
            got = {r.marker: r.status for r in report.requests}
            hits = sum(got.get(r["marker"]) in (r["status"] if isinstance(r["status"], list) else [r["status"]])
                       for r in gold["requests"])
            for r in gold["requests"]:
                ok_set = r["status"] if isinstance(r["status"], list) else [r["status"]]
                if got.get(r["marker"]) not in ok_set:
                    print(f"    miss: ({r['marker']}) got {got.get(r['marker'])}, expected {'/'.join(ok_set)}")
            ok += hits
            n += len(gold["requests"])
            warm.append(statistics.median(times))
            late = report.reply_late_days == gold.get("reply_late_days")
            print(f"{lp.stem[:34]:34} {statistics.median(times):6.3f}s per pair  "
                  f"status {hits}/{len(gold['requests'])}  late-days {'ok' if late else 'WRONG'}")
        print(f"{kind}: median {statistics.median(warm):.3f}s, max {max(warm):.3f}s per pair (plus {load:.2f}s model "
              f"load once per process); status accuracy {ok}/{n} = {ok / n:.3f} (requests from the extractor)")
    cli_pair = pairs()[0]
    t0 = time.perf_counter()
    proc = subprocess.run([str(Path(sys.executable).parent / "tocsin"), "coverage", str(cli_pair[0]),
                           str(cli_pair[1])], check=False, capture_output=True, text=True)
    if proc.returncode != 0:
        print(proc.stderr[-500:])
    print(f"CLI end to end (new process, auto embedder): {time.perf_counter() - t0:.2f}s for {cli_pair[0].stem}")

if __name__ == "__main__":
    main()
