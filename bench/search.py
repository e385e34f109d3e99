"""Search latency (p50/p95) at 100k and 1M paragraphs, on SQLite and PostgreSQL.

Builds a synthetic store directly through the tables (the ingest path is measured by
bench/ingest.py): documents of 20 paragraphs, each of 30-80 words drawn from a Zipf-distributed
vocabulary of 30,000 words plus the domain's own words, so common and rare terms behave as in
real collections. Then runs the service's search (ranking, snippets, document grouping) with a
mix of queries: one rare word, two words, a phrase, a prefix, a filtered query, and a common word.

    .venv/bin/python bench/search.py [--sizes 100000,1000000] [--no-pg] [--queries 200]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import sqlalchemy as sa  # noqa: E402

from tocsin.config import Settings  # noqa: E402
from tocsin.services import LOCAL_ADMIN, build_services  # noqa: E402
from tocsin.store.tables import documents, paragraphs  # noqa: E402

DOMAIN = ("committee villagers detained injured investigation minority province police officers court "
          "proceedings compensation water pastures leases houses burnt families fled district authorities "
          "allegations reply government guarantees torture displaced killed").split()
KEY = "dGVzdC1rZXktdGhhdC1pcy0zMi1ieXRlcy1sb25nISE="


def vocabulary(rng: random.Random, n: int = 30_000) -> list[str]:
    letters = "abcdefghijklmnoprstuvyzáéöüкорда"
    words = set(DOMAIN)
    while len(words) < n:
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(4, 10))))
    out = sorted(words)
    rng.shuffle(out)
    return out


def build(services, n_paragraphs: int, rng: random.Random, vocab: list[str]) -> None:
    weights = [1 / (i + 1) for i in range(len(vocab))]
    cum = list(__import__("itertools").accumulate(weights))
    engine = services.core.engine
    per_doc = 20
    n_docs = n_paragraphs // per_doc
    kinds = ["committee_letter", "state_reply", "ngo_statement", "decision", "other"]
    batch_docs, batch_pars = [], []
    t0 = time.perf_counter()
    for d in range(n_docs):
        doc_id = f"bench{d:015d}"
        batch_docs.append({"id": doc_id, "sha256": f"{d:064d}", "filename": f"doc-{d}.txt", "media_type": "text/plain",
                           "size": 1, "kind": kinds[d % 5], "doc_date": f"{2000 + d % 25}-0{1 + d % 9}-1{d % 9}",
                           "language": "en", "confidentiality": 1, "created_at": "2026-01-01T00:00:00",
                           "metadata": "{}", "text": "", "pages": "[]"})
        for i in range(per_doc):
            words = rng.choices(vocab, cum_weights=cum, k=rng.randint(30, 80))
            batch_pars.append({"document_id": doc_id, "idx": i + 1, "page": 1, "number": None, "start": 0, "end": 0,
                               "searchable": True, "text": " ".join(words).capitalize() + "."})
        if len(batch_pars) >= 20_000 or d == n_docs - 1:
            with engine.begin() as conn:
                conn.execute(documents.insert(), batch_docs)
                conn.execute(paragraphs.insert(), batch_pars)
            batch_docs, batch_pars = [], []
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(sa.text("ANALYZE"))
    print(f"  built {n_paragraphs:,} paragraphs in {time.perf_counter() - t0:.0f}s")


def queries(rng: random.Random, vocab: list[str], n: int) -> list[tuple[str, dict]]:
    mid = vocab[300:8000]
    rare = vocab[8000:]
    out: list[tuple[str, dict]] = []
    for i in range(n):
        k = i % 6
        if k == 0:
            out.append((rng.choice(rare), {}))
        elif k == 1:
            out.append((f"{rng.choice(mid)} {rng.choice(mid)}", {}))
        elif k == 2:
            a, b = rng.choice(mid), rng.choice(vocab[:3000])
            out.append((f'"{a} {b}"', {}))
        elif k == 3:
            out.append((rng.choice(mid)[:4] + "*", {}))
        elif k == 4:
            out.append((rng.choice(mid), {"kinds": ("committee_letter",), "date_from": "2010"}))
        else:
            out.append((rng.choice(vocab[:300]), {}))  # a common word: the worst case
    return out


def measure(services, qs: list[tuple[str, dict]]) -> dict[str, float]:
    times = []
    by_kind: dict[int, list[float]] = {}
    for i, (q, kw) in enumerate(qs):
        t = time.perf_counter()
        services.documents.search(LOCAL_ADMIN, q, limit=20, **kw)
        ms = (time.perf_counter() - t) * 1000
        times.append(ms)
        by_kind.setdefault(i % 6, []).append(ms)
    times.sort()
    common = sorted(by_kind.get(5, [0]))
    return {"p50": statistics.median(times), "p95": times[int(len(times) * 0.95) - 1],
            "common_p95": common[int(len(common) * 0.95) - 1] if common else 0}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--no-pg", action="store_true")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--keep", action="store_true", help="keep (and reuse) the SQLite stores in bench/out/")
    args = ap.parse_args()
    rng = random.Random(11)
    vocab = vocabulary(rng)
    qs = queries(random.Random(5), vocab, args.queries)
    targets = [("SQLite", None)]
    if not args.no_pg:
        targets.append(("PostgreSQL", os.environ.get("TOCSIN_BENCH_PG_URL",
                                                     "postgresql+psycopg://postgres@127.0.0.1:5432/tocsin_bench_search")))
    print(f"{'database, pass':17} {'paragraphs':>11} {'p50 ms':>8} {'p95 ms':>8} {'p95 common word':>16}")
    rows = []
    for name, url in targets:
        for size in [int(s) for s in args.sizes.split(",")]:
            home = Path(tempfile.mkdtemp(prefix="tocsin-bench-search-"))
            cached = ROOT / "bench" / "out" / f"search-sqlite-{size}"
            reuse = url is None and args.keep and (cached / "tocsin.sqlite3").exists()
            if url is None and args.keep:
                home = cached
            if url:
                admin = sa.create_engine(url.rsplit("/", 1)[0] + "/test", isolation_level="AUTOCOMMIT")
                dbname = url.rsplit("/", 1)[1]
                with admin.connect() as c:
                    c.execute(sa.text(f"DROP DATABASE IF EXISTS {dbname}"))
                    c.execute(sa.text(f"CREATE DATABASE {dbname}"))
            services = build_services(Settings(home=home, database_url=url, encryption_key=KEY))
            print(f"{name} {size:,}:")
            if not reuse:
                build(services, size, random.Random(size), vocab)
            first = measure(services, qs)  # the first pass reads the store from disk
            r = measure(services, qs)  # the same queries again: steady state, pages cached
            rows.append((name + " first", size, first))
            rows.append((name + " warm", size, r))
            for label, x in ((name + " first", first), (name + " warm", r)):
                print(f"{label:17} {size:>11,} {x['p50']:8.1f} {x['p95']:8.1f} {x['common_p95']:16.1f}")
            services.close()
    print("\nsummary")
    for name, size, r in rows:
        print(f"{name:17} {size:>11,} {r['p50']:8.1f} {r['p95']:8.1f} {r['common_p95']:16.1f}")


if __name__ == "__main__":
    main()
