"""Web benchmark: requests/s and p95 latency of the main pages with 10,000 documents loaded, and the
time to page through 250,000 facts.

    .venv/bin/python bench/web.py [--docs 10000] [--facts 250000] [--requests 200] [--home DIR]

The app runs under uvicorn on 127.0.0.1 (one worker) and is driven over loopback with httpx: first
sequentially (latency), then from 4 threads (throughput). Documents are generated (fictional) and
ingested through services.ingest.ingest_bytes without extraction, except a few real ones with it;
the 250,000 facts go in by bulk insert, as the store would hold them after a large extraction.
Targets (issue 5): p95 <= 200 ms per page at 10,000 documents; a page of 250,000 facts under 1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import socket
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import sqlalchemy as sa

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"
STATES = ["Norvania", "Arendia", "Kazakhstan", "Canada", "Peru", "Kenya", "Georgia", "Serbia"]
GROUPS = ["Tesk", "Dungan", "Roma", "Maasai", "Quechua", "Ogiek", "Abkhaz", "Ainu"]
WORDS = ("committee information allegations violence village police investigation reply measures "
         "displacement land water education court detention torture minority community rights report "
         "government district province families victims witnesses houses destroyed fled").split()
PASSWORD = "bench-password-1"


def fake_document(i: int, rng: random.Random) -> tuple[str, bytes]:
    state, group = rng.choice(STATES), rng.choice(GROUPS)
    year = rng.randint(2005, 2025)
    paras = [f"Bench document {i}. Situation of the {group} in {state}, {year}."]
    for _ in range(rng.randint(3, 8)):
        paras.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(25, 70))).capitalize() + ".")
    return f"bench-{i:06d}-{state.lower()}-{year}.txt", "\n\n".join(paras).encode()


def load(svc, *, n_docs: int, n_facts: int) -> dict:  # type: ignore[no-untyped-def]
    from tocsin.services import LOCAL_ADMIN
    from tocsin.store.tables import documents, facts

    rng = random.Random(7)
    t0 = time.perf_counter()
    real = []
    for p in sorted(SHARED.glob("*.txt")):
        real += [o.document_id for o in svc.ingest.ingest_bytes(LOCAL_ADMIN, filename=p.name, data=p.read_bytes())]
    try:
        from tocsin.demo import corpus_dir

        for p in sorted(corpus_dir().iterdir()):
            if p.is_file() and p.name != "README.md":
                real += [o.document_id for o in svc.ingest.ingest_bytes(LOCAL_ADMIN, filename=p.name,
                                                                        data=p.read_bytes())]
    except ImportError:
        pass
    ids = []
    for i in range(n_docs - len(real)):
        name, data = fake_document(i, rng)
        out = svc.ingest.ingest_bytes(LOCAL_ADMIN, filename=name, data=data, extract=False)
        ids.append(out[0].document_id)
    t_docs = time.perf_counter() - t0
    sit = svc.situations.create(LOCAL_ADMIN, name="Bench: Dungan minority, Kazakhstan", state="KAZ", group="Dungan")
    for d in real[:2] + ids[:40]:
        svc.situations.add_document(LOCAL_ADMIN, sit.id, d)
    for k in range(20):
        s = svc.situations.create(LOCAL_ADMIN, name=f"Bench situation {k}", state=STATES[k % 8], group=GROUPS[k % 8])
        for d in ids[100 + k * 30:130 + k * 30]:
            svc.situations.add_document(LOCAL_ADMIN, s.id, d)
    # 250,000 facts, bulk-inserted as an extraction would have stored them
    t1 = time.perf_counter()
    with svc.core.engine.begin() as conn:
        have = conn.execute(sa.select(sa.func.count()).select_from(facts)).scalar() or 0
        now = dt.datetime(2025, 3, 1, tzinfo=dt.UTC).isoformat()
        fields = ["state", "group", "place", "allegation", "casualty", "event_date", "date", "kind"]
        rows = []
        for j in range(max(0, n_facts - have)):
            f = fields[j % len(fields)]
            value = {"tag": "killing", "hedging": "reported"} if f == "allegation" else \
                {"category": "injured", "number": j % 300, "qualifier": None} if f == "casualty" else f"value {j % 997}"
            rows.append({"id": f"{j:024x}", "document_id": ids[j % len(ids)], "field": f, "key": str(j),
                         "value": json.dumps(value), "extractor": "bench", "version": "1", "confidence": 0.5,
                         "status": "proposed", "confidentiality": 1, "meta": "{}", "created_at": now})
            if len(rows) == 20_000:
                conn.execute(facts.insert(), rows)
                rows = []
        if rows:
            conn.execute(facts.insert(), rows)
        n_docs_real = conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar()
        n_facts_real = conn.execute(sa.select(sa.func.count()).select_from(facts)).scalar()
    return {"documents": n_docs_real, "facts": n_facts_real, "load_docs_s": round(t_docs, 1),
            "load_facts_s": round(time.perf_counter() - t1, 1), "situation": sit.slug, "letter": real[0],
            "document": ids[len(ids) // 2]}


def serve(app) -> tuple[str, object, threading.Thread]:  # type: ignore[no-untyped-def]
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=server.run, daemon=True)
    th.start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server, th


def login(base: str) -> httpx.Client:
    import re

    c = httpx.Client(base_url=base, timeout=60)
    tok = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)  # type: ignore[union-attr]
    r = c.post("/login", data={"username": "bench", "password": PASSWORD, "csrf_token": tok})
    assert r.status_code in (200, 303), r.text
    return c


def measure(base: str, path: str, n: int) -> dict:
    c = login(base)
    assert c.get(path).status_code == 200, path  # warm (the situation's analysis is cached after this)
    lat = []
    for _ in range(n):
        t = time.perf_counter()
        r = c.get(path)
        lat.append((time.perf_counter() - t) * 1000)
        assert r.status_code == 200, (path, r.status_code)
    lat.sort()
    clients = [login(base) for _ in range(4)]
    t0 = time.perf_counter()

    def hammer(cl: httpx.Client) -> int:
        for _ in range(n // 4):
            cl.get(path)
        return n // 4

    with ThreadPoolExecutor(4) as ex:
        done = sum(ex.map(hammer, clients))
    rps = done / (time.perf_counter() - t0)
    return {"p50_ms": round(statistics.median(lat), 1), "p95_ms": round(lat[int(0.95 * (len(lat) - 1))], 1),
            "max_ms": round(lat[-1], 1), "req_per_s_4_threads": round(rps, 1)}


def page_facts(base: str) -> dict:
    c = login(base)
    out = {}
    for label, url in (("api first page (with total)", "/api/v1/facts?limit=50"),
                       ("page first page (with total)", "/facts")):
        t = time.perf_counter()
        r = c.get(url)
        out[label] = round((time.perf_counter() - t) * 1000, 1)
        assert r.status_code == 200
    # walk 20 pages deep by cursor, and jump to the middle of the list
    t = time.perf_counter()
    nxt = c.get("/api/v1/facts?limit=50&total=false").json()["next"]
    for _ in range(20):
        nxt = c.get("/api/v1/facts", params={"limit": 50, "after": nxt, "total": "false"}).json()["next"]
    out["api 20 pages by cursor, per page"] = round((time.perf_counter() - t) * 1000 / 21, 1)
    mid = f"{125_000:024x}"
    t = time.perf_counter()
    r = c.get("/api/v1/facts", params={"limit": 50, "after": mid})
    out["api page in the middle (with total)"] = round((time.perf_counter() - t) * 1000, 1)
    assert len(r.json()["items"]) == 50
    t = time.perf_counter()
    c.get("/facts", params={"after": mid})
    out["page in the middle (with total)"] = round((time.perf_counter() - t) * 1000, 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--facts", type=int, default=250_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--home", type=Path, default=None)
    args = ap.parse_args()

    from tocsin.app import create_app
    from tocsin.config import Settings
    from tocsin.services import LOCAL_ADMIN, build_services

    home = args.home or Path(tempfile.mkdtemp(prefix="tocsin-bench-"))
    settings = Settings(home=home, embedder="hashing", secret_key="bench")
    svc = build_services(settings)
    fresh = svc.documents.list(LOCAL_ADMIN, limit=1)[1] == 0
    if fresh:
        info = load(svc, n_docs=args.docs, n_facts=args.facts)
        svc.accounts.add(LOCAL_ADMIN, username="bench", password=PASSWORD, role="admin", clearance="confidential")
        (home / "bench.json").write_text(json.dumps(info))
    else:
        info = json.loads((home / "bench.json").read_text())
    print(f"store: {info['documents']} documents, {info['facts']} facts in {home} "
          f"(loaded in {info['load_docs_s']} s + {info['load_facts_s']} s)")
    base, server, th = serve(create_app(settings, services=svc))
    pages = {"dashboard": "/", "situation": f"/situations/{info['situation']}",
             "document": f"/documents/{info['document']}", "letter document": f"/documents/{info['letter']}",
             "search": "/search?q=village+police", "facts list": "/facts",
             "api dashboard": "/api/v1/dashboard", "api search": "/api/v1/search?q=torture"}
    print(f"\n{'page':<18} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'req/s (4 thr)':>14}")
    worst = 0.0
    for name, path in pages.items():
        m = measure(base, path, args.requests)
        worst = max(worst, m["p95_ms"])
        print(f"{name:<18} {m['p50_ms']:>8} {m['p95_ms']:>8} {m['max_ms']:>8} {m['req_per_s_4_threads']:>14}")
    print(f"\nworst p95: {worst} ms (target <= 200 ms)")
    print("\nfacts paging (ms):")
    for k, v in page_facts(base).items():
        print(f"  {k:<40} {v:>8}")
    server.should_exit = True  # type: ignore[attr-defined]
    th.join(timeout=10)
    svc.close()


if __name__ == "__main__":
    main()
