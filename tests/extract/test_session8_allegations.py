"""Allegation rules added in the eighth session (blind round heldout47: PDF, DOCX, HTML and e-mail documents in
English, French and Spanish), each checked on short synthetic texts about fictional States that are not fixtures:
the tag appears, and a near-miss text (negated, a request, another sense of the words) does not get it."""

from __future__ import annotations

import pytest
from extract_helpers import letter_tags

tags = letter_tags  # a Committee letter whose running text is the sentence


@pytest.mark.parametrize("tag, body", [
    # displacement: evicted families sheltering in tents (en, fr); families who took refuge or had to flee (es)
    ("displacement", "Many of the evicted families are reportedly sheltering in tents near the station of Tarn."),
    ("displacement", "Les familles expulsées seraient abritées sous des tentes au bord du fleuve."),
    ("displacement", "Cientos de familias se refugiaron en la escuela de la cabecera municipal."),
    ("displacement", "Los vecinos tuvieron que huir hacia las montañas."),
    # impunity: a prosecutor who declines or refuses to open an investigation (en, fr, es)
    ("impunity", "The prosecution service has declined to open an investigation into the statements of the mayor."),
    ("impunity", "Le parquet de Tarn a refusé d'ouvrir une enquête sur l'attaque."),
    ("impunity", "La Fiscalía se negó a abrir una investigación sobre los hechos."),
    # persecution_of_defenders: a defender among the persons arrested; an NGO's own staff arrested or threatened
    ("persecution_of_defenders", "Twelve villagers, among them Ms. Lera Vost, a human rights defender working with the "
                                 "Pasht Rights Network who had filmed the raid on the village of Kor, were arrested on 2 May."),
    ("persecution_of_defenders", "Two of our monitors have received threatening phone calls since we published the photographs."),
    ("persecution_of_defenders", "Our field monitor in Tarn district was summoned by the district police on 5 May."),
    ("persecution_of_defenders", "Police detained 14 residents, including our field coordinator, on 20 September."),
    # persecution_of_defenders: criminalization of defenders and leaders (es, fr, en)
    ("persecution_of_defenders", "Los expertos expresaron su preocupación por la criminalización de defensores del territorio pasht."),
    ("persecution_of_defenders", "Criminalizar a quienes defienden sus tierras ancestrales envía un mensaje escalofriante."),
    ("persecution_of_defenders", "Le rapport dénonce la criminalisation des défenseurs des droits des Pasht."),
    ("persecution_of_defenders", "The experts condemned the practice of criminalizing those who defend their lands."),
    # persecution_of_defenders: leaders among the detained (es)
    ("persecution_of_defenders", "Los expertos lamentan la detención de 41 personas, entre ellas la presidenta del consejo comunal."),
    ("persecution_of_defenders", "Varios comuneros, entre ellos el dirigente Tomás Quispe, fueron detenidos sin orden judicial."),
    # forced_confession: confessions extorted or wrung out (fr, en, es)
    ("forced_confession", "Certains détenus auraient été frappés afin de leur extorquer des aveux."),
    ("forced_confession", "Officers allegedly extorted confessions from the detainees in Tarn."),
    ("forced_confession", "Los agentes los golpearon para arrancarles confesiones."),
    # discriminatory_law_policy: a law whose burden falls on one group only (en, fr, es)
    ("discriminatory_law_policy", "The residence law requires only Pasht herders to hold a residence permit."),
    ("discriminatory_law_policy", "La loi no 2026-3 impose aux seuls éleveurs pasht l'obtention d'un permis de résidence."),
    ("discriminatory_law_policy", "El decreto exige únicamente a los pastores pasht un permiso de residencia renovable."),
    # destruction_of_property: a settlement razed; houses burned or destroyed (en, es, fr)
    ("destruction_of_property", "Municipal bulldozers razed the Pasht settlement of Kor at dawn."),
    ("destruction_of_property", "Las familias huyeron tras la quema de sus viviendas y de la casa comunal."),
    ("destruction_of_property", "Le Comité a été informé de la destruction des habitations du village de Kor."),
    # killing and injury (es): deaths and injuries during an eviction
    ("killing", "Expresamos preocupación por las muertes ocurridas durante el desalojo de Kor."),
    ("injury", "Expresamos preocupación por las muertes y lesiones ocurridas durante el desalojo de Kor."),
    ("injury", "Tres comuneros sufrieron lesiones graves durante el operativo."),
])
def test_a_heldout47_phrasing_gets_its_tag(tag, body):
    assert tag in tags(body)


@pytest.mark.parametrize("tag, body", [
    # herders who live in tents by custom are not displaced
    ("displacement", "Pasht herders traditionally live in tents during the summer months."),
    # a negated flight
    ("displacement", "Gracias a la intervención de los vecinos, las familias no tuvieron que huir."),
    # declining to comment is not declining to investigate
    ("impunity", "The prosecutor declined to comment on the investigation opened on 3 May."),
    # a defender quoted as a source of the arrests is not the one arrested
    ("persecution_of_defenders", "Ms. Lera Vost, a human rights defender who has worked in the region for many years, "
                                 "told the Committee that twelve villagers were arrested on 2 May."),
    # an NGO's monitors as the source, or none of them harmed
    ("persecution_of_defenders", "Our monitors reported that twelve villagers were detained in Tarn."),
    ("persecution_of_defenders", "None of our monitors has been arrested."),
    ("persecution_of_defenders", "The police detained 14 residents, according to our field coordinator."),
    # a request about preventing criminalization is no allegation of it
    ("persecution_of_defenders", "Sírvase informar sobre las medidas adoptadas para prevenir la criminalización de defensores."),
    # a gathering with a leader among those present, nobody detained
    ("persecution_of_defenders", "Se reunieron 30 personas, entre ellas la presidenta del consejo comunal."),
    # a voluntary confession
    ("forced_confession", "Les détenus ont été entendus par le juge et ont fait des aveux."),
    # a condition on everyone, or a date from which a law applies
    ("discriminatory_law_policy", "The law requires only that applicants hold a valid passport."),
    ("discriminatory_law_policy", "La ley se aplica únicamente a partir del 1 de enero de 2026."),
    # a building razed long ago is not a settlement; a risk of destruction is no destruction
    ("destruction_of_property", "The old factory of Tarn was razed in 2010."),
    ("destruction_of_property", "Le projet fait peser un risque de destruction des maisons du village de Kor."),
    # death threats, an operation without deaths, no injuries recorded
    ("killing", "La operación terminó sin muertes, según la Defensoría."),
    ("killing", "No se registraron muertes durante la protesta de Kor."),
    ("injury", "No se registraron lesiones graves durante la protesta de Kor."),
])
def test_a_heldout47_near_miss_does_not_get_the_tag(tag, body):
    assert tag not in tags(body)
