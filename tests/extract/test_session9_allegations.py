"""Allegation rules added or narrowed in the ninth session (blind round heldout52: English written with other
offices' conventions, in letters, NGO statements, an ombudsman's report and an urgent appeal), each checked on short
synthetic texts about fictional States that are not fixtures: the tag appears, and a near-miss text (negated, a
benign sense of the words, another subject) does not get it."""

from __future__ import annotations

import pytest
from extract_helpers import letter_tags

tags = letter_tags  # a Committee letter whose running text is the sentence


@pytest.mark.parametrize("tag, body", [
    # injury: wounds sustained or treated
    ("injury", "Scores of villagers sustained machete and gunshot wounds in the attack on Kor."),
    # failure_to_protect: distress calls not answered; police arriving hours later or only the next day;
    # no protective measures taken after threats were reported (en, fr)
    ("failure_to_protect", "The police post at Kor did not respond to the distress calls made by the residents."),
    ("failure_to_protect", "The police, whose station is 3 km from Kor, arrived only in the afternoon of the next day."),
    ("failure_to_protect", "The police reached the spot after 3 hours."),
    ("failure_to_protect", "Residents reported threats to the police, but no protective measures were taken."),
    ("failure_to_protect", "Les habitants avaient signalé les menaces, mais aucune mesure de protection n'a été prise."),
    # land_dispossession: owners kept off their land, herds moved onto their farms; allotted lands taken over
    ("land_dispossession", "Since the attack, armed herders have been preventing the owners from returning to their land."),
    ("land_dispossession", "The herders moved their cattle onto Pasht farms in the valley."),
    ("land_dispossession", "Les éleveurs empêchent les familles pasht de retourner sur leurs terres."),
    ("land_dispossession", "The lands allotted to Pasht families under the 1980 land reform scheme have been taken over."),
    ("land_dispossession", "Settlers continue to encroach on Pasht grazing land."),
    # arbitrary_arrest_detention: police picking up people
    ("arbitrary_arrest_detention", "On 5 May the police picked up 46 Pasht youths from Kor and neighbouring villages."),
    # socioeconomic_discrimination: refused or excluded from work
    ("socioeconomic_discrimination", "Pasht agricultural labourers are refused work in the fields of the landowners."),
    # forced_eviction: a demolition drive, homes bulldozed, a few hours' notice
    ("forced_eviction", "The district administration carried out a demolition drive against Pasht settlements."),
    ("forced_eviction", "Municipal machines began bulldozing the homes of Pasht families in Kor."),
    ("forced_eviction", "The families of Kor were given less than 24 hours' notice."),
    # displacement: left homeless; moved in with relatives; now living in tents or cars
    ("displacement", "Some 2,000 Pasht were left homeless after the demolitions."),
    ("displacement", "Others have moved in with relatives in the town of Tarn."),
    ("displacement", "Some 130 persons are living in tents or cars at the edge of the site."),
    # lack_of_consultation: never consulted (en, es)
    ("lack_of_consultation", "The village assemblies of Kor were never consulted about the project."),
    ("lack_of_consultation", "Las comunidades pasht nunca fueron consultadas sobre el proyecto."),
    # hate_speech_incitement: a group told in quotes to go home or be cleaned out; an "infestation"
    ("hate_speech_incitement", 'The Governor told a press conference that "the Pasht need to go home".'),
    ("hate_speech_incitement", 'A councillor wrote that the settlement was "a nest of thieves that must be cleaned out".'),
    ("hate_speech_incitement", 'The Governor said that the city had "an infestation problem".'),
    # impunity: none of the persons named arrested; no guard suspended; failure to arrest the perpetrators
    ("impunity", "None of the 11 persons named in the complaint has reportedly been arrested."),
    ("impunity", "No guard has been suspended since the death of Mr. Vost in custody."),
    ("impunity", "The experts are concerned at the failure of the police to arrest the alleged perpetrators."),
    # refoulement: deported with asylum claims pending (en, fr, es); removals in spite of a stay of removal
    ("refoulement", "At least 40 people were deported to Tarn, among them asylum seekers whose claims were still pending."),
    ("refoulement", "Ils ont été expulsés alors que leurs demandes d'asile étaient encore pendantes."),
    ("refoulement", "Fueron deportados aunque sus solicitudes de asilo aún estaban pendientes."),
    ("refoulement", "They were deported in spite of the stay of removals ordered by the court."),
    # restriction_of_expression_assembly: force used to disperse demonstrators (the narrowed rule still fires)
    ("restriction_of_expression_assembly", "Police used tear gas and batons to disperse the demonstrators."),
    ("restriction_of_expression_assembly", "Officers used batons to disperse residents who had gathered peacefully."),
])
def test_a_heldout52_phrasing_gets_its_tag(tag, body):
    assert tag in tags(body)


@pytest.mark.parametrize("tag, body", [
    # nobody wounded
    ("injury", "No resident sustained wounds, according to the police."),
    # calls answered; police arriving at once; measures taken
    ("failure_to_protect", "The police post at Kor responded to the distress calls within minutes."),
    ("failure_to_protect", "The police arrived within minutes and stopped the attack."),
    ("failure_to_protect", "Protective measures were taken as soon as the residents reported threats."),
    # prevented from returning home (displacement, not land); lands registered, not taken; the State's own word
    ("land_dispossession", "The displaced families were prevented from returning to their homes."),
    ("land_dispossession", "The lands allotted to Pasht families under the 1980 reform have been registered in their names."),
    ("land_dispossession", 'The municipality demolished homes as part of a drive against "encroachments" on public land.'),
    # the police picking up bodies, not people
    ("arbitrary_arrest_detention", "The police picked up the bodies of the victims."),
    # workers who themselves refused work
    ("socioeconomic_discrimination", "The Pasht labourers refused work on the religious holiday."),
    # a long notice with alternative housing; another kind of drive
    ("forced_eviction", "Residents were given 90 days' notice and offered housing in Tarn."),
    ("forced_eviction", "The district administration carried out a vaccination drive in Pasht settlements."),
    # a shelter for homeless people; living near relatives; living in tents by custom
    ("displacement", "The programme provides shelter for homeless persons in the capital."),
    ("displacement", "The elderly often live near their relatives in Tarn."),
    ("displacement", "Pasht herders live in tents in the summer pastures."),
    # consulted
    ("lack_of_consultation", "The village assemblies of Kor were consulted twice about the project."),
    # a wish that the displaced return safely; no quotes around an infestation
    ("hate_speech_incitement", 'The Governor said that "the displaced families need to go home safely".'),
    ("hate_speech_incitement", "The report describes an infestation of locusts in the northern province."),
    # persons released, a guard absent, an arrest welcomed
    ("impunity", "None of the 11 persons named in the complaint has been released."),
    ("impunity", "No guard was present at the gate on the night of the death of Mr. Vost."),
    ("impunity", "The experts welcomed the arrest of the alleged perpetrators."),
    # pending claims without removal; a stay that was respected
    ("refoulement", "Asylum seekers whose claims were still pending were accommodated in reception centres."),
    ("refoulement", "The court ordered a stay of removals, and the flight to Tarn was cancelled."),
    # force used to disperse people gathered for another purpose, or "them"
    ("restriction_of_expression_assembly", "Agents used pepper spray and batons to disperse residents who had gathered to film an arrest."),
    ("restriction_of_expression_assembly", "Private guards used pepper spray and batons to disperse them."),
])
def test_a_heldout52_near_miss_does_not_get_the_tag(tag, body):
    assert tag not in tags(body)
