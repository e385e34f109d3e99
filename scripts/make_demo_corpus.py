"""Write the demo corpus: one fictional situation told in every format tocsin reads.

The Republic of Norvania and the Tesk minority are invented; no real State, person or event is
described. Run `python scripts/make_demo_corpus.py` to regenerate src/tocsin/demo/corpus/.
The files are committed so that the demo needs no generator at run time.
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "tocsin" / "demo" / "corpus"
NOTICE = "DEMO DOCUMENT. Norvania and the Tesk are fictional; no real State, person or event is described."

NGO_HTML = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tesk Rights Watch: violence in Brenna province</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/donate">Donate</a></nav>
<main>
<article>
<p><em>{NOTICE}</em></p>
<h1>Statement on the attacks on Tesk villages in Brenna province</h1>
<p>Tesk Rights Watch, Lindau, 12 June 2023</p>
<p>On 3 and 4 June 2023, groups of armed men attacked Tesk homes in the villages of Halvik and Orsen in
Brenna province, Republic of Norvania. According to our monitors, 6 people were killed and more than 40
were injured. Some 900 Tesk residents fled to the neighbouring district of Saltmere.</p>
<p>Witnesses told us that police officers stationed in Halvik did not intervene while houses and shops
were set on fire. Several families report that their land certificates were destroyed.</p>
<p>In the days that followed, 17 Tesk men were detained in Orsen. Relatives say they were held without
access to a lawyer and that some were beaten in custody.</p>
<p>We call on the authorities of Norvania to open an independent investigation, to protect the Tesk
villages and to allow the safe return of the displaced.</p>
</article>
</main>
<footer>Tesk Rights Watch · Lindau · contact@example.org</footer>
<script>console.log("tracking")</script>
</body></html>
"""

NGO_EMAIL_BODY = f"""{NOTICE}

Dear colleagues,

Please find attached the urgent submission of the Norvania Minorities Forum on the events of
3 and 4 June 2023 in Brenna province, for the attention of the Committee's working group on early
warning and urgent action.

Our figures differ from those published so far: at least 9 persons were killed and more than 70
were injured in Halvik and Orsen.

With best regards,
Norvania Minorities Forum
"""

NGO_SUBMISSION = f"""{NOTICE}

Norvania Minorities Forum
Urgent submission to the Committee on the Elimination of Racial Discrimination

Saltmere, 20 June 2023

1. On 3 and 4 June 2023, the Tesk villages of Halvik and Orsen in Brenna province were attacked by
armed groups. At least 9 persons were killed and more than 70 were injured. Around 1,200 Tesk fled
their homes.

2. Local officials have since refused Tesk farmers access to the communal pastures they have used
for generations, and the water supply to Orsen has been cut since 10 June 2023.

3. Members of the Tesk community who spoke to journalists were summoned by the police and warned
not to "spread rumours". Human rights defenders documenting the events have been threatened.

4. We ask the Committee to consider the situation under its early warning and urgent action
procedure.
"""

LETTER_1 = f"""{NOTICE}

HAUT-COMMISSARIAT AUX DROITS DE L'HOMME • OFFICE OF THE HIGH COMMISSIONER FOR HUMAN RIGHTS
PALAIS DES NATIONS • 1211 GENEVA 10, SWITZERLAND

REFERENCE: CERD/EWUAP/110th session/2023/NV/ks

15 September 2023

Excellency,

I write to inform you that in the course of its 110th session, the Committee on the Elimination of Racial Discrimination considered, under its early warning and urgent action procedure, information received from civil society organizations concerning the situation of the Tesk minority in the Republic of Norvania.

According to the information received, on 3 and 4 June 2023 groups of armed men attacked Tesk homes in the villages of Halvik and Orsen, in Brenna province. Six persons were reportedly killed and more than 40 injured, and some 900 Tesk fled to the neighbouring district of Saltmere. It is alleged that police officers present in Halvik did not intervene.

It is further alleged that 17 Tesk men were detained in Orsen without access to a lawyer and that some of them were beaten in custody. It is also reported that local officials have denied Tesk farmers access to communal pastures and that the water supply to Orsen has been cut.

In accordance with article 9 (1) of the Convention and article 65 of its rules of procedure, the Committee requests the State party to provide information on the following by 15 January 2024:

(a) The investigations opened into the attacks of 3 and 4 June 2023 and the number of persons charged;
(b) The measures taken to protect the residents of Halvik and Orsen and to allow the safe return of those who fled to Saltmere;
(c) The allegations of ill-treatment of the 17 Tesk men detained in Orsen, and any investigation into them;
(d) The legal basis for the detention of the 17 men and their access to a lawyer;
(e) The access of Tesk farmers to communal pastures and the restoration of the water supply to Orsen.

Allow me, Excellency, to reiterate the wish of the Committee to continue its constructive dialogue with the Government of the Republic of Norvania.

Yours sincerely,

Mira Okonkwo-Lind
Chair
Committee on the Elimination of Racial Discrimination

His Excellency Mr. Petr Halloran
Permanent Representative of the Republic of Norvania
to the United Nations Office at Geneva
"""

REPLY = [
    NOTICE,
    "Permanent Mission of the Republic of Norvania to the United Nations Office at Geneva",
    "No. 71/2024",
    "The Permanent Mission of the Republic of Norvania to the United Nations Office at Geneva presents its "
    "compliments to the Office of the United Nations High Commissioner for Human Rights and, with reference to "
    "the letter of the Committee on the Elimination of Racial Discrimination dated 15 September 2023 "
    "(ref. CERD/EWUAP/110th session/2023/NV/ks), has the honour to transmit the following information.",
    "1. The Republic of Norvania is a State of many peoples living in harmony. The Constitution guarantees the "
    "equality of all citizens regardless of ethnic origin.",
    "2. Following the events of 3 and 4 June 2023 in Brenna province, the Prosecutor General opened criminal "
    "case No. 23-0604 on charges of murder and mass riots. Twenty-two persons have been charged and the case "
    "is before the Brenna Provincial Court.",
    "3. Police patrols in Halvik and Orsen were reinforced immediately after the events to protect the "
    "residents. The situation is calm and under control.",
    "4. The 17 persons were detained in Orsen on the basis of article 91 of the Code of Criminal Procedure, on "
    "suspicion of taking part in mass riots. Each of them was assisted by a lawyer from the first day of "
    "detention; eleven were released within 48 hours.",
    "5. The Government will provide further information on other matters in due course.",
    "The Permanent Mission of the Republic of Norvania avails itself of this opportunity to renew to the Office "
    "of the United Nations High Commissioner for Human Rights the assurances of its highest consideration.",
    "Geneva, 2 February 2024",
]

LETTER_2 = f"""{NOTICE}

REFERENCE: CERD/EWUAP/112th session/2024/NV/ks

30 April 2024

Excellency,

I write to inform you that in the course of its 112th session, the Committee considered further the situation of the Tesk minority in the Republic of Norvania under its early warning and urgent action procedure. In this regard, the Committee refers to its previous letter of 15 September 2023 and thanks the Government for its reply of 2 February 2024.

The Committee takes note of the information on the criminal proceedings opened into the events of 3 and 4 June 2023 and on the detention of 17 Tesk men in Orsen.

The Committee regrets that the reply provides no information on the allegations of ill-treatment of the detainees, nor on the access of Tesk farmers to communal pastures and the water supply to Orsen. According to information received since its previous letter, members of the Tesk community who spoke to journalists have been summoned by the police and warned, and human rights defenders documenting the events have been threatened.

In accordance with article 9 (1) of the Convention and article 65 of its rules of procedure, the Committee requests the State party to provide information on the following by 31 July 2024:

(a) The allegations of ill-treatment of the 17 Tesk men detained in Orsen, and any investigation into them;
(b) The access of Tesk farmers to communal pastures and the restoration of the water supply to Orsen;
(c) The measures taken to allow the safe return of those who fled to Saltmere;
(d) The measures taken to protect members of the Tesk community and human rights defenders from intimidation and reprisals.

Allow me, Excellency, to reiterate the wish of the Committee to continue its constructive dialogue with the Government of the Republic of Norvania.

Yours sincerely,

Mira Okonkwo-Lind
Chair
Committee on the Elimination of Racial Discrimination

His Excellency Mr. Petr Halloran
Permanent Representative of the Republic of Norvania
to the United Nations Office at Geneva
"""

README = f"""{NOTICE}

# Demo corpus: the Tesk minority in the Republic of Norvania

1. tesk-rights-watch-statement-2023-06-12.html: NGO statement (HTML), first figures.
2. nmf-submission-email-2023-06-20.eml: NGO e-mail with an attached submission (DOCX), other figures.
3. cerd-letter-norvania-2023-09-15.pdf: the Committee's letter, requests (a) to (e), deadline 15 January 2024.
4. norvania-reply-2024-02-02.docx: the State's reply, 18 days late; it skips (c) and (e) and answers (b) in part.
5. cerd-followup-norvania-2024-04-30.txt: the follow-up letter repeating the open requests, deadline 31 July 2024.
"""


def _font() -> str | None:
    for p in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if Path(p).exists():
            return p
    return None


def write_pdf(path: Path, text: str) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    font = _font()
    if font:
        pdf.add_font("DejaVu", "", font)
        pdf.set_font("DejaVu", size=10.5)
    else:
        pdf.set_font("Helvetica", size=10.5)
        text = text.replace("•", "-").replace("’", "'")
    pdf.set_title("Letter of the Committee on the Elimination of Racial Discrimination")
    pdf.add_page()
    for block in text.split("\n\n"):
        pdf.multi_cell(0, 5.2, block.strip(), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))


def write_docx(path: Path, paragraphs: list[str], title: str) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = title
    d.core_properties.author = "Demo"
    for p in paragraphs:
        d.add_paragraph(p)
    d.core_properties.created = dt.datetime(2024, 2, 2, 9, 0)
    d.save(str(path))


def write_email(path: Path, attachment: Path) -> None:
    msg = EmailMessage()
    msg["From"] = "Norvania Minorities Forum <forum@example.org>"
    msg["To"] = "EWUAP secretariat <ewuap@example.org>"
    msg["Subject"] = "Urgent submission: attacks on Tesk villages, Brenna province"
    msg["Date"] = format_datetime(dt.datetime(2023, 6, 20, 16, 5, tzinfo=dt.UTC))
    msg["Message-ID"] = "<demo-nmf-2023-06-20@example.org>"
    msg.set_content(NGO_EMAIL_BODY)
    msg.add_attachment(attachment.read_bytes(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename=attachment.name)
    path.write_bytes(bytes(msg))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "tesk-rights-watch-statement-2023-06-12.html").write_text(NGO_HTML, encoding="utf-8")
    sub = Path("/tmp") / "nmf-submission-2023-06-20.docx"
    write_docx(sub, [b for b in NGO_SUBMISSION.split("\n\n")], "Urgent submission")
    write_email(OUT / "nmf-submission-email-2023-06-20.eml", sub)
    write_pdf(OUT / "cerd-letter-norvania-2023-09-15.pdf", LETTER_1)
    write_docx(OUT / "norvania-reply-2024-02-02.docx", REPLY, "Note verbale No. 71/2024")
    (OUT / "cerd-followup-norvania-2024-04-30.txt").write_text(LETTER_2, encoding="utf-8")
    (OUT / "README.md").write_text(README, encoding="utf-8")


if __name__ == "__main__":
    main()
