"""Interface strings are wrapped in _() and listed in the English catalogue (web/locale/tocsin.pot).

Regenerate the catalogue with: .venv/bin/python tests/web/test_web_i18n.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

WEB = Path(__file__).resolve().parents[2] / "src" / "tocsin" / "web"
POT = WEB / "locale" / "tocsin.pot"
MSG = re.compile(r"""\b_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")


def messages() -> list[str]:
    found: set[str] = set()
    for path in [*sorted((WEB / "templates").glob("*.html")), *sorted(WEB.glob("*.py"))]:
        for m in MSG.finditer(path.read_text(encoding="utf-8")):
            found.add(m.group(1) if m.group(1) is not None else m.group(2))
    return sorted(found)


def render_pot(msgs: list[str]) -> str:
    out = ['# English catalogue of the tocsin web interface (msgid = the English text).',
           '# Translators: copy to locale/<lang>/LC_MESSAGES/tocsin.po and compile to tocsin.mo.',
           'msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '']
    for m in msgs:
        esc = m.replace("\\", "\\\\").replace('"', '\\"')
        out += [f'msgid "{esc}"', 'msgstr ""', '']
    return "\n".join(out)


def test_catalogue_is_current() -> None:
    assert POT.read_text(encoding="utf-8") == render_pot(messages()), \
        "the catalogue is stale: run .venv/bin/python tests/web/test_web_i18n.py"


def test_templates_have_no_bare_text_in_headings() -> None:
    for path in sorted((WEB / "templates").glob("*.html")):
        for m in re.finditer(r"<h[12][^>]*>([^<{]+)<", path.read_text(encoding="utf-8")):
            text = m.group(1).strip()
            assert not text or text.startswith("·") or text in {"tocsin"}, f"{path.name}: untranslated {text!r}"


def test_translation_is_used(tmp_path: Path) -> None:
    from tocsin.web.render import _, translations

    assert _("Dashboard") == "Dashboard"
    assert translations("fr").gettext("Dashboard") == "Dashboard"  # no French shipped: English fallback


if __name__ == "__main__":
    POT.parent.mkdir(parents=True, exist_ok=True)
    POT.write_text(render_pot(messages()), encoding="utf-8")
    print(f"{POT}: {len(messages())} messages", file=sys.stderr)
