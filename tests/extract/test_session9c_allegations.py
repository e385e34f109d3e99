"""Allegation rules added or narrowed in the third part of the ninth session (blind rounds heldout55 and heldout56:
names from around the world, and French and Spanish correspondence with OCR noise, hyphenation or cut-off text),
each checked on short synthetic texts about fictional States that are not fixtures: the tag appears, and a near-miss
text (negated, a benign sense of the words, another subject) does not get it."""

from __future__ import annotations

import pytest
from extract_helpers import letter_tags

tags = letter_tags  # a Committee letter whose running text is the sentence


@pytest.mark.parametrize("tag, body", [
    # persecution_of_defenders: a lawyer representing victims arrested (en, es, fr)
    ("persecution_of_defenders", "Ten Pasht men, among them Mr. Kel Varo, a lawyer who represents several of the victims' families, were arrested on 3 March."),
    ("persecution_of_defenders", "El abogado que representa a las familias de las víctimas fue detenido el 3 de marzo."),
    ("persecution_of_defenders", "L'avocat qui représente les familles des victimes aurait été arrêté le 3 mars."),
    # persecution_of_defenders: "detained four residents, including Ms. X, a community activist" (a title's full stop)
    ("persecution_of_defenders", "Police detained four residents, including Ms. Tal Orn, a Pasht community activist."),
    # persecution_of_defenders: detention linked to his defence work (es, fr); criminalisation of one defender (es)
    ("persecution_of_defenders", "Su detención estaría relacionada con su labor de defensa del territorio."),
    ("persecution_of_defenders", "Elle aurait été poursuivie en raison de ses activités de défense des droits des Pasht."),
    ("persecution_of_defenders", "Expresamos preocupación por la criminalización de un defensor indígena."),
    # land_dispossession: fields abandoned by the displaced taken over (en, fr)
    ("land_dispossession", "Since the attack, a sugar company has fenced and ploughed fields abandoned by the fleeing families."),
    ("land_dispossession", "Des colons ont occupé les terres abandonnées par les familles déplacées."),
    # land_dispossession: restore access to their fields
    ("land_dispossession", "We ask the Government to restore the Pasht's access to their fields."),
    # land_dispossession: deprived of access to their pastures (fr, es)
    ("land_dispossession", "Le décret priverait de fait les Pasht de l'accès à leurs pâturages."),
    ("land_dispossession", "Los guardias impiden a las familias el acceso a sus chacras."),
    # land_dispossession: transhumance banned, corridors closed (fr, en)
    ("land_dispossession", "Le décret interdit la transhumance des troupeaux des éleveurs nomades."),
    ("land_dispossession", "The authorities closed the livestock corridors used by Pasht herders."),
    # denial_of_justice: an office refused to register complaints (en, fr, es)
    ("denial_of_justice", "The district land office has refused to register complaints from Pasht farmers."),
    ("denial_of_justice", "Le bureau foncier a refusé d'enregistrer les plaintes des agriculteurs pasht."),
    ("denial_of_justice", "La oficina de tierras se negó a registrar las denuncias de los comuneros."),
    # cultural_rights: minority-language classes not resumed
    ("cultural_rights", "Pasht-language classes, which had been taught in Kor since 2021, have not resumed."),
    # cultural_rights: a sacred site destroyed (es, fr)
    ("cultural_rights", "Los trabajos de la empresa destruyeron además el cerro Kor, lugar sagrado del pueblo pasht."),
    ("cultural_rights", "Les bulldozers ont détruit la colline de Kor, lieu sacré des Pasht."),
    # destruction_of_property: livestock carried off (fr, en, es)
    ("destruction_of_property", "Plusieurs centaines de têtes de bétail auraient été enlevées."),
    ("destruction_of_property", "Hundreds of cattle were stolen by the attackers."),
    ("destruction_of_property", "Más de 200 cabezas de ganado fueron robadas."),
    # failure_to_protect: the gendarmerie arrived only the next day (fr, es)
    ("failure_to_protect", "La gendarmerie n'est arrivée sur les lieux que le lendemain."),
    ("failure_to_protect", "La policía no llegó al lugar hasta el día siguiente."),
    # impunity: nobody troubled (fr); absence of prosecutions (fr, en); no investigation at all (es)
    ("impunity", "Aucun des assaillants, pourtant connus des habitants, n'a été inquiété."),
    ("impunity", "Le Comité est préoccupé par l'absence, à ce jour, de poursuites contre les auteurs présumés."),
    ("impunity", "The Committee is concerned at the absence of prosecutions."),
    ("impunity", "Las denuncias no han dado lugar, hasta la fecha, a investigación alguna."),
    # hate_speech_incitement: media portraying the group as "foreigners" (fr, es)
    ("hate_speech_incitement", "Des messages diffusés sur les radios communautaires présentent les Pasht comme des « étrangers »."),
    ("hate_speech_incitement", "Mensajes difundidos en las redes sociales presentan a los pasht como «invasores de la tierra»."),
    # hate_speech_incitement: an official stated on television that "..."
    ("hate_speech_incitement", 'The mayor stated on local television on 18 May that "the Pasht give our city a bad name".'),
    # excessive_force: a protest dispersed, people injured
    ("excessive_force", "On 17 May, police dispersed a protest of Pasht residents; two women were injured."),
    # arbitrary_arrest_detention: Spanish conditional "habrían sido detenidos"
    ("arbitrary_arrest_detention", "Siete jóvenes pasht habrían sido detenidos en un retén policial de Kor."),
    # arbitrary_arrest_detention: administrative detention without a lawyer; days of administrative detention
    ("arbitrary_arrest_detention", "The men were sentenced to 15 days of administrative detention without access to a lawyer."),
    # unfair_trial: sentenced without access to a lawyer (en, fr, es)
    ("unfair_trial", "The men were sentenced to 15 days of administrative detention without access to a lawyer."),
    ("unfair_trial", "Ils ont été condamnés à six mois de prison sans avoir eu accès à un avocat."),
    ("unfair_trial", "Fueron condenados a seis meses de prisión sin acceso a un abogado."),
    # displacement: "have since left"; staying with relatives
    ("displacement", "About 600 Pasht have since left Kor for the neighbouring village."),
    ("displacement", "Others are staying with relatives in the town of Tarn."),
    # discriminatory_law_policy: a call to amend a named law (en, fr)
    ("discriminatory_law_policy", "We call on the authorities to amend the Law on Religious Associations."),
    ("discriminatory_law_policy", "La coalition demande au Gouvernement d'abroger le décret n° 12."),
    # denial_of_services: children not admitted to school; no electricity
    ("denial_of_services", "Pasht children now living in Tarn have reportedly not been admitted to the local school."),
    ("denial_of_services", "Some families moved to a tent settlement in Tarn, where there is no electricity."),
    # ethnic_profiling: identity checks directed almost exclusively at a group (es, en)
    ("ethnic_profiling", "Los controles de identidad se dirigirían de manera casi exclusiva contra personas pasht."),
    ("ethnic_profiling", "Identity checks in Kor almost exclusively target Pasht youths."),
])
def test_a_heldout55_56_phrasing_gets_its_tag(tag, body):
    assert tag in tags(body)


@pytest.mark.parametrize("tag, body", [
    # a lawyer who represents the families spoke to the press
    ("persecution_of_defenders", "Mr. Kel Varo, a lawyer who represents several of the victims' families, was interviewed on 3 March."),
    ("persecution_of_defenders", "El abogado que representa a las familias de las víctimas fue recibido por el ministro."),
    ("persecution_of_defenders", "L'avocat qui représente les familles des victimes aurait été reçu par le ministre."),
    # residents detained; the activist was not among them
    ("persecution_of_defenders", "Police detained four residents near the market of Tarn."),
    # thanked for defence work; criminalisation of a land occupation
    ("persecution_of_defenders", "El ministro agradeció su labor de defensa del territorio."),
    ("persecution_of_defenders", "Elle a été félicitée pour son travail de défense des droits des Pasht."),
    ("persecution_of_defenders", "La ley prevé la criminalización de una ocupación de tierras."),
    # fields ploughed by their owners; land bought
    ("land_dispossession", "The Pasht families ploughed their fields before the rains."),
    ("land_dispossession", "Des colons ont acheté des maisons dans le village."),
    # access to their homes
    ("land_dispossession", "We ask the Government to restore the Pasht's access to their homes."),
    # deprived of access to a lawyer
    ("land_dispossession", "Le décret priverait les détenus de l'accès à leurs avocats."),
    ("land_dispossession", "Los guardias impiden a las familias el acceso a sus casas."),
    # transhumance mentioned, not blocked
    ("land_dispossession", "Le décret organise la transhumance des troupeaux des éleveurs nomades."),
    ("land_dispossession", "The authorities mapped the livestock corridors used by Pasht herders."),
    # complaints registered
    ("denial_of_justice", "The district land office has registered complaints from Pasht farmers."),
    ("denial_of_justice", "Le bureau foncier a enregistré les plaintes des agriculteurs pasht."),
    ("denial_of_justice", "La oficina de tierras registró las denuncias de los comuneros."),
    # classes resumed
    ("cultural_rights", "Pasht-language classes, which had been taught in Kor since 2021, resumed in September."),
    # a sacred site protected
    ("cultural_rights", "El cerro Kor, lugar sagrado del pueblo pasht, fue declarado área protegida."),
    ("cultural_rights", "La colline de Kor, lieu sacré des Pasht, a été classée au patrimoine."),
    # livestock vaccinated; people taken away (not property)
    ("destruction_of_property", "Plusieurs centaines de têtes de bétail ont été vaccinées."),
    ("destruction_of_property", "Hundreds of cattle were vaccinated by the veterinary service."),
    ("destruction_of_property", "Más de 200 cabezas de ganado fueron vacunadas."),
    # arrived at once
    ("failure_to_protect", "La gendarmerie est arrivée sur les lieux en quelques minutes."),
    ("failure_to_protect", "La policía llegó al lugar en pocos minutos."),
    # prosecuted
    ("impunity", "Tous les assaillants ont été inquiets pour leur sécurité."),
    ("impunity", "Le Comité salue l'ouverture de poursuites contre les auteurs présumés."),
    ("impunity", "The Committee welcomes the prosecutions."),
    ("impunity", "Las denuncias dieron lugar a una investigación."),
    # neutral media messages
    ("hate_speech_incitement", "Des messages diffusés sur les radios communautaires appellent au calme."),
    ("hate_speech_incitement", "Mensajes difundidos en las redes sociales celebran la fiesta pasht."),
    # an interview with no quotation
    ("hate_speech_incitement", "The mayor appeared on local television on 18 May to present the budget."),
    # a protest dispersed without injuries mentioned; injuries in a road accident
    ("excessive_force", "On 17 May, the crowd dispersed peacefully after the speeches."),
    # Spanish conditional of another verb
    ("arbitrary_arrest_detention", "Siete jóvenes pasht habrían sido invitados a un taller en Kor."),
    # administrative detention with a lawyer
    ("arbitrary_arrest_detention", "The centre provides legal aid in administrative matters."),
    # sentenced with a lawyer; "tried to stop" is not a trial
    ("unfair_trial", "Residents who tried to stop the crowd were held for 48 hours without access to a lawyer."),
    ("unfair_trial", "Ils ont été condamnés à six mois de prison avec sursis."),
    ("unfair_trial", "Fueron condenados a seis meses de prisión."),
    # left on a visit; staying in hotels
    ("displacement", "About 600 Pasht left Kor for the festival and came back the next day."),
    ("displacement", "The delegates are staying at a hotel in the town of Tarn."),
    # a law welcomed; amending a budget
    ("discriminatory_law_policy", "We welcome the Law on Religious Associations."),
    ("discriminatory_law_policy", "La coalition demande au Gouvernement d'augmenter le budget."),
    # children admitted
    ("denial_of_services", "Pasht children now living in Tarn have been admitted to the local school."),
    ("denial_of_services", "Some families moved to a settlement in Tarn, where electricity was installed."),
    # identity checks applied to everyone
    ("ethnic_profiling", "Los controles de identidad se aplican a todos los pasajeros."),
    ("ethnic_profiling", "Identity checks in Kor are carried out on all travellers."),
    # (narrowed) livestock carried off is not an abduction
    ("abduction_disappearance", "Plusieurs centaines de têtes de bétail auraient été enlevées."),
    # (narrowed) arrested after filing complaints: not tagged as a reprisal on that ground alone
    ("intimidation_reprisals", "Twelve men were arrested on 3 March after they had filed complaints with the prosecutor."),
    # (narrowed) a request to guarantee access to water is not a denial of services
    ("denial_of_services", "b) Les mesures prises pour garantir l'accès à l'eau des personnes déplacées ;"),
])
def test_a_heldout55_56_near_miss_does_not_get_the_tag(tag, body):
    assert tag not in tags(body)


@pytest.mark.parametrize("tag, body", [
    # (narrowed rules) still fire where they should
    ("abduction_disappearance", "Trois jeunes hommes auraient été enlevés par des hommes armés."),
    ("intimidation_reprisals", "Twelve men were arrested on 3 March shortly after they had submitted information to the Committee."),
    ("denial_of_services", "Les familles n'ont plus accès à l'eau depuis la coupure du réseau."),
])
def test_a_narrowed_rule_still_fires(tag, body):
    assert tag in tags(body)
