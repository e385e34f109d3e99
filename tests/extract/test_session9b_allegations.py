"""Allegation rules added or narrowed in the second part of the ninth session (blind rounds heldout53 and heldout54:
e-mails with forwarded and quoted chains in English, French and Spanish, and the Committee's other documents: an
article 14 opinion, an annual-report decision, a reprisals letter), each checked on short synthetic texts about
fictional States that are not fixtures: the tag appears, and a near-miss text (negated, a benign sense of the words,
another subject) does not get it."""

from __future__ import annotations

import pytest
from extract_helpers import letter_tags

tags = letter_tags  # a Committee letter whose running text is the sentence


@pytest.mark.parametrize("tag, body", [
    # restriction_of_expression_assembly: arrested during a peaceful demonstration (en, es)
    ("restriction_of_expression_assembly", "On 3 May, 12 Pasht men were arrested during a peaceful demonstration in front of the town hall of Kor."),
    ("restriction_of_expression_assembly", "Doce comuneros fueron detenidos durante una protesta pacífica frente a la alcaldía de Kor."),
    # restriction (narrowed): firing on unarmed or peaceful protesters, or on demonstrators, still counts
    ("restriction_of_expression_assembly", "Security forces opened fire on unarmed Pasht protesters in Kor."),
    # impunity: complaints shelved without investigation (es, fr)
    ("impunity", "Las denuncias presentadas por la comunidad ante la Fiscalía fueron archivadas sin investigación."),
    ("impunity", "La plainte des familles a été classée sans suite."),
    # hate_speech_incitement: a dehumanising word in quotes (es, fr); "never belonged here"
    ("hate_speech_incitement", 'El gobernador declaró en una radio local que los pasht son "invasores que frenan el progreso".'),
    ("hate_speech_incitement", "Le ministre a déclaré à la presse que les Pasht forment une « population inassimilable »."),
    ("hate_speech_incitement", 'The mayor told local television that "these people never belonged here and will not come back".'),
    # segregation_exclusion: a separate "adaptation class"; classes séparées
    ("segregation_exclusion", 'Pasht children have been taught in a separate "adaptation class" behind the school since 2024.'),
    ("segregation_exclusion", "Les enfants pasht continuent d'être scolarisés dans des classes séparées."),
    # denial_of_services: the only water standpipe disconnected
    ("denial_of_services", "The municipality disconnected the only water standpipe of the Pasht settlement in August."),
    # discriminatory_law_policy: a law making enrolment conditional on ...; a law that allows evictions (fr, en)
    ("discriminatory_law_policy", "Parliament adopted amendments to the Residence Act that make school enrolment conditional on a registered dwelling."),
    ("discriminatory_law_policy", "La loi n° 12 du 3 juillet 2025 permet au préfet d'ordonner, par simple arrêté, l'évacuation des campements."),
    ("discriminatory_law_policy", "The new Housing Act allows municipalities to order evictions without a court decision."),
    # discriminatory_law_policy (narrowed): a law's compatibility with the Convention still counts
    ("discriminatory_law_policy", "(b) The amendments to the Residence Act and their compatibility with the Convention;"),
    # forced_eviction: évacuation du campement; sans solution de relogement; clearance of a settlement
    ("forced_eviction", "Les gendarmes ont procédé, sans décision de justice, à l'évacuation du campement de Kor."),
    ("forced_eviction", "Quelque 300 personnes ont dû partir sans solution de relogement."),
    ("forced_eviction", "The police carried out the clearance of the informal settlement at Kor."),
    # failure_to_protect: rescue arriving only much later (fr, en)
    ("failure_to_protect", "Malgré les appels des familles, les secours ne sont arrivés que 40 minutes plus tard."),
    ("failure_to_protect", "The ambulances arrived only three hours later."),
    # destruction_of_property: caravans destroyed (fr); destruction of their homes (en); of belongings (es)
    ("destruction_of_property", "Les caravanes des familles ont ensuite été détruites par des engins de chantier."),
    ("destruction_of_property", "The Committee is concerned at the destruction of their homes in Kor."),
    ("destruction_of_property", "Los agentes procedieron a la destrucción de sus pertenencias."),
    # displacement: sans abri; evicted without alternative housing
    ("displacement", "Près de 200 personnes sont aujourd'hui sans abri, par des températures négatives."),
    ("displacement", "Some 650 persons were evicted without alternative housing."),
    # arbitrary_arrest_detention: placés en garde à vue; "including Ms. X, were arrested"
    ("arbitrary_arrest_detention", "Quatre hommes ont été placés en garde à vue pour « rébellion »."),
    ("arbitrary_arrest_detention", "Three members of the association, including Ms. Vell, were arrested and held for two days."),
    # criminalization: a law punishing the occupants (fr); a charge of discrediting the State
    ("criminalization", "La loi punit leurs occupants d'une amende et d'une peine de six mois d'emprisonnement."),
    ("criminalization", 'Ms. Vell now faces five years in prison for "discrediting the State".'),
    # persecution_of_defenders: an association's members arrested; reprisal for cooperation; office searched
    ("persecution_of_defenders", "Three members of the association were arrested after the meeting."),
    ("persecution_of_defenders", "The travel ban imposed on Ms. Vell is a reprisal for her cooperation with the Committee."),
    ("persecution_of_defenders", "Police officers searched the office of the Kor Women's Association and seized its files."),
    # denial_of_justice: denied an effective remedy
    ("denial_of_justice", "He claims that he was denied an effective remedy, in violation of article 6."),
    # environmental_harm: waste discharged into a river (en, fr)
    ("environmental_harm", "The company discharged construction waste into the Kor River."),
    ("environmental_harm", "Des boues de la mine ont été déversées dans la rivière Kor."),
    # killing (narrowed): French "tués" still counts
    ("killing", "Deux hommes ont été tués par balle à Kor."),
])
def test_a_heldout53_54_phrasing_gets_its_tag(tag, body):
    assert tag in tags(body)


@pytest.mark.parametrize("tag, body", [
    # arrested during a raid, not a demonstration (en, es)
    ("restriction_of_expression_assembly", "On 3 May, 12 Pasht men were arrested during a police raid on the market of Kor."),
    ("restriction_of_expression_assembly", "Doce comuneros fueron detenidos durante un operativo en el mercado de Kor."),
    # (narrowed) firing on protesters is excessive force; without "peaceful" or "unarmed" not a restriction of assembly
    ("restriction_of_expression_assembly", "Security forces opened fire on Pasht protesters at a roadblock, killing two."),
    # complaints investigated; a complaint sent to a judge
    ("impunity", "Las denuncias presentadas por la comunidad fueron investigadas y los responsables condenados."),
    ("impunity", "La plainte des familles a été transmise au juge d'instruction."),
    # no dehumanising word; belonging welcomed
    ("hate_speech_incitement", 'El gobernador declaró que las obras son "una prioridad para la provincia".'),
    ("hate_speech_incitement", "Le ministre a déclaré à la presse que les Pasht forment « une communauté respectée »."),
    ("hate_speech_incitement", 'The mayor told local television that "these people belong here like everyone else".'),
    # the same class as other pupils
    ("segregation_exclusion", "Pasht children have been taught in the same class as other pupils since 2024."),
    ("segregation_exclusion", "Les enfants pasht sont scolarisés dans les mêmes classes que les autres élèves."),
    # a standpipe installed
    ("denial_of_services", "The municipality installed a new water standpipe in the Pasht settlement in August."),
    # enrolment made free; a law financing halting sites; a law that forbids evictions in winter
    ("discriminatory_law_policy", "Parliament adopted amendments to the Residence Act that make school enrolment free for all children."),
    ("discriminatory_law_policy", "La loi n° 12 du 3 juillet 2025 permet au préfet de financer des aires d'accueil."),
    ("discriminatory_law_policy", "The new Housing Act allows municipalities to build social housing for Pasht families."),
    # (narrowed) charges under a code and their compatibility with a person's right
    ("discriminatory_law_policy", "(b) The charges brought against Ms. Vell under article 207 of the Criminal Code and their "
                                  "compatibility with her right to cooperate with the Committee;"),
    # the evacuation of the injured; clearance of a road
    ("forced_eviction", "Les gendarmes ont procédé à l'évacuation des blessés vers l'hôpital de Kor."),
    ("forced_eviction", "The police carried out the clearance of the road at Kor."),
    # rescue arriving at once
    ("failure_to_protect", "Les secours sont arrivés en quelques minutes."),
    ("failure_to_protect", "The ambulances arrived within minutes."),
    # caravans not destroyed; homes rebuilt
    ("destruction_of_property", "Les caravanes des familles n'ont pas été détruites."),
    ("destruction_of_property", "The State financed the reconstruction of their homes in Kor."),
    # a shelter for homeless persons; eviction with housing offered
    ("displacement", "L'association gère un foyer pour les personnes sans abri de la capitale."),
    ("displacement", "Some 650 tenants were offered alternative housing in Tarn."),
    # placed under police protection; members invited
    ("arbitrary_arrest_detention", "Quatre hommes ont été placés sous protection policière."),
    ("arbitrary_arrest_detention", "Three members of the association, including Ms. Vell, were invited to the ministry."),
    # a law punishing perpetrators of racist acts; an accusation without quotes in a newspaper
    ("criminalization", "La loi punit les auteurs d'actes racistes d'une peine d'emprisonnement."),
    ("criminalization", "A newspaper accused Ms. Vell of discrediting the State."),
    # members received; thanked for cooperation; a company's office
    ("persecution_of_defenders", "Three members of the association were received by the minister."),
    ("persecution_of_defenders", "The Committee thanked Ms. Vell for her cooperation with the Committee."),
    ("persecution_of_defenders", "Police officers searched the office of the construction company."),
    # granted a remedy
    ("denial_of_justice", "He was granted an effective remedy by the Constitutional Court."),
    # waste removed from the river banks
    ("environmental_harm", "The company removed construction waste from the banks of the Kor River."),
    ("environmental_harm", "Les boues de la mine ont été traitées dans une usine à Kor."),
    # (narrowed) "Tuesday" is not French "tués"
    ("killing", "The municipal authorities have been demolishing the settlement of Kor since Tuesday."),
])
def test_a_heldout53_54_near_miss_does_not_get_the_tag(tag, body):
    assert tag not in tags(body)
