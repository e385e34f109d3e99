#!/usr/bin/env bash
# Set up everything tocsin needs on a Debian machine: the virtual environment with the package and
# its extras, and (with --test) Debian's Chromium and a running PostgreSQL for the test suite.
# Idempotent and quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
extras="semantic,ocr"
[ "$want_test" = 1 ] && extras="semantic,ocr,dev"
stamp=".venv/.tocsin-installed-$(cat pyproject.toml | sha256sum | cut -c1-16)-$extras"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".[$extras]"
  rm -f .venv/.tocsin-installed-*
  touch "$stamp"
fi
# Bytecode for tocsin's own modules: pip does not compile an editable install, and where
# PYTHONDONTWRITEBYTECODE is set Python never writes it, so every start would compile them again.
.venv/bin/python -m compileall -q src >/dev/null 2>&1 || true
# Fill the extractors' cache (py3langid's tables, the compiled patterns; docs/extraction.md, Start-up), so
# that the first `tocsin extract` on this machine starts as fast as the next ones.
.venv/bin/python -c "from tocsin.extract.warmup import warm; warm()" >/dev/null 2>&1 || true

if [ "$want_test" = 1 ]; then
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }
  need=()
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v pg_dump >/dev/null 2>&1 || need+=(postgresql-client)
  command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
  command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
  if [ "${#need[@]}" -gt 0 ]; then
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null
  fi
  # PostgreSQL for the tests (the machine's server; start it when it is down).
  if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    if [ -d /etc/postgresql ]; then
      as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
      for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
    fi
  fi
fi
