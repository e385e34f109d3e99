"""The web app in Debian's Chromium: log in, upload the demo corpus and the real documents, open the
Dungan situation, confirm a fact, see a deadline on the dashboard, download a draft letter.

Screenshots go to tests/screenshots/ (git-ignored) so a person can look at the real pages.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from webkit import PASSWORDS, SHARED_CORPUS

from tocsin.services import LOCAL_ADMIN

# One worker runs them in order, against one live server per module.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def demo_files() -> list[Path]:
    from tocsin.demo import corpus_dir

    return sorted(p for p in corpus_dir().iterdir() if p.is_file() and p.name != "README.md")


def login(page: Any, base: str, user: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("User name").fill(user)
    page.get_by_label("Password").fill(PASSWORDS[user])
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}/")


def watch_csp(page: Any) -> list[str]:
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    return problems


def test_full_flow(live: Any, browser: Any, screenshots: Path) -> None:
    base, svc = live.url, live.services
    dungan = svc.situations.create(LOCAL_ADMIN, name="Dungan minority, Kazakhstan", state="KAZ", group="Dungan")
    tesk = svc.situations.create(LOCAL_ADMIN, name="Tesk minority, Norvania", state="Norvania", group="Tesk")
    ctx = browser.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True)
    page = ctx.new_page()
    problems = watch_csp(page)

    page.goto(f"{base}/")
    assert "/login" in page.url
    page.screenshot(path=str(screenshots / "01-login.png"))
    login(page, base, "admin")

    # upload the demo corpus and the real documents, all at once
    page.get_by_role("link", name="Upload").click()
    files = demo_files() + sorted(SHARED_CORPUS.glob("*.txt"))
    assert len(files) >= 6
    page.get_by_label(re.compile("^Files")).set_input_files([str(p) for p in files])
    page.get_by_role("button", name="Upload", exact=True).click()
    page.wait_for_selector("#upload-results table", timeout=120_000)
    results = page.locator("#upload-results").inner_text()
    assert results.count("stored") >= len(files), results
    page.screenshot(path=str(screenshots / "02-upload.png"), full_page=True)

    # documents not proposed automatically are confirmed through the services ("if needed")
    docs, _ = svc.documents.list(LOCAL_ADMIN, limit=100)
    for d in docs:
        name = d.filename.lower()
        target = dungan if "kazakhstan" in name else tesk if ("norvania" in name or "tesk" in name or
                                                             "nmf" in name or d.parent_id) else None
        member = {s.id: m.status for s, m in svc.situations.of_document(LOCAL_ADMIN, d.id)}
        if target is dungan and dungan.id not in member:
            svc.situations.add_document(LOCAL_ADMIN, dungan.id, d.id, status="proposed")  # confirmed in the page
        elif target is tesk and member.get(tesk.id) != "confirmed":
            svc.situations.add_document(LOCAL_ADMIN, tesk.id, d.id)

    # the Dungan situation, from the dashboard, confirming its proposed documents in the page (htmx)
    page.goto(f"{base}/")
    page.get_by_role("link", name="Dungan minority, Kazakhstan").first.click()
    page.wait_for_url(re.compile(r"/situations/"))
    buttons = page.locator("#documents button[value=confirmed]")
    n = buttons.count()
    for _ in range(n):
        buttons.first.click()
        page.wait_for_timeout(300)
    page.reload()
    assert page.locator("#documents .badge-proposed").count() == 0
    assert page.locator("svg").first.is_visible()
    page.screenshot(path=str(screenshots / "03-situation-dungan.png"), full_page=True)
    assert "2021-07-14" in page.content()

    # confirm a fact on the letter
    page.get_by_role("link", name=re.compile("cerd-ewuap-letter-kazakhstan|Committee", re.IGNORECASE)).first.click()
    page.wait_for_url(re.compile(r"/(documents|letters)/"))
    if "/letters/" in page.url:
        page.screenshot(path=str(screenshots / "04-letter.png"), full_page=True)
        page.get_by_role("link", name="Read the letter").click()
        page.wait_for_url(re.compile(r"/documents/"))
    row = page.locator("tr.fact.st-proposed", has=page.locator("td", has_text="deadline")).first
    fact_id = row.get_attribute("id")
    row.get_by_role("button", name=re.compile("^Confirm")).click()
    page.wait_for_selector(f"#{fact_id}.st-confirmed")
    assert page.locator(f"#{fact_id} .badge-confirmed").is_visible()
    page.locator("mark.f-deadline").first.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / "05-document-letter.png"))
    # the fact is confirmed in the store too
    assert svc.facts.get(LOCAL_ADMIN, fact_id.removeprefix("fact-")).status.value == "confirmed"

    # the letter page: requests by replies
    page.goto(page.url.replace("/documents/", "/letters/"))
    assert page.locator("table.matrix tbody tr").count() == 7
    page.screenshot(path=str(screenshots / "06-letter-requests.png"), full_page=True)

    # the dashboard shows the deadlines
    page.goto(f"{base}/")
    dl = page.locator("table.deadlines")
    assert "2021-07-14" in dl.inner_text() and "overdue" in dl.inner_text()
    assert "2024-07-31" in dl.inner_text() and "due" in dl.inner_text()
    page.screenshot(path=str(screenshots / "07-dashboard.png"), full_page=True)

    # the Norvania situation and its draft follow-up letter
    page.get_by_role("link", name="Tesk minority, Norvania").first.click()
    page.wait_for_url(re.compile(r"/situations/"))
    page.screenshot(path=str(screenshots / "08-situation-norvania.png"), full_page=True)
    with page.expect_download() as info:
        page.get_by_role("link", name="DOCX").click()
    dl_path = info.value.path()
    assert Path(dl_path).read_bytes()[:2] == b"PK"
    assert info.value.suggested_filename.endswith(".docx")

    # search with facets and highlighted snippets
    page.goto(f"{base}/search?q=Dungan")
    assert page.locator(".snippet mark").count() > 0
    page.screenshot(path=str(screenshots / "09-search.png"), full_page=True)

    assert problems == [], problems
    ctx.close()


def test_script_in_a_document_never_runs(live: Any, browser: Any, screenshots: Path) -> None:
    out = live.services.ingest.ingest_bytes(
        LOCAL_ADMIN, filename="hostile.txt",
        data=b"Hostile text <script>window.__pwned = 1; alert('x')</script> and "
             b"<img src=x onerror=\"window.__pwned=2\"> about the Committee.\n")
    doc_id = out[0].document_id
    ctx = browser.new_context()
    page = ctx.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    login(page, live.url, "admin")
    page.goto(f"{live.url}/documents/{doc_id}")
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
    assert "<script>window.__pwned = 1;" in page.locator(".doc-text .text").inner_text()
    page.screenshot(path=str(screenshots / "10-hostile-document.png"))
    ctx.close()


def _ensure_situation(live: Any) -> None:
    """The phone test needs a situation on the dashboard even when it runs alone."""
    from tocsin.errors import Conflict

    try:
        live.services.situations.create(LOCAL_ADMIN, name="Dungan minority, Kazakhstan", state="KAZ", group="Dungan")
    except Conflict:
        pass


def test_phone_and_keyboard(live: Any, browser: Any, screenshots: Path) -> None:
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                              has_touch=True)
    page = ctx.new_page()
    _ensure_situation(live)
    login(page, live.url, "admin")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1, f"the dashboard scrolls sideways on a phone ({width}px)"
    page.screenshot(path=str(screenshots / "11-phone-dashboard.png"), full_page=True)
    page.get_by_role("link", name="Dungan minority, Kazakhstan").first.click()
    page.wait_for_url(re.compile(r"/situations/"))
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1, f"the situation page scrolls sideways on a phone ({width}px)"
    page.screenshot(path=str(screenshots / "12-phone-situation.png"), full_page=True)
    ctx.close()


def test_cyrillic_and_arabic_text(live: Any, browser: Any, screenshots: Path) -> None:
    text = ("Письмо Комитета: дунгане в Кордайском районе.\n\n"
            "رسالة اللجنة: الأقلية الدونغانية في كازاخستان.\n\nEnglish closing line.\n").encode()
    out = live.services.ingest.ingest_bytes(LOCAL_ADMIN, filename="scripts.txt", data=text)
    ctx = browser.new_context()
    page = ctx.new_page()
    login(page, live.url, "admin")
    page.goto(f"{live.url}/documents/{out[0].document_id}")
    body = page.locator(".doc-text .text").inner_text()
    assert "дунгане" in body and "الدونغانية" in body
    assert page.locator(".doc-text .text").get_attribute("dir") == "auto"
    page.screenshot(path=str(screenshots / "13-scripts.png"))
    ctx.close()
