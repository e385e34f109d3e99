"""Allegation rules added in the seventh session (blind rounds heldout34-36), each checked on short synthetic texts
about fictional States that are not fixtures: the tag appears, and where useful a near-miss text does not get it."""

from __future__ import annotations

import pytest
from extract_helpers import letter_tags

tags = letter_tags  # a Committee letter whose running text is the sentence


@pytest.mark.parametrize("tag, body", [
    # killing: plain-English counts from community e-mails
    ("killing", "We have buried seven persons after the attack on the village."),
    ("killing", "The local radio says only 3 people are dead."),
    # injury (ru)
    ("injury", "По данным Центра, пострадали не менее 12 человек, у одного перелом руки."),
    # abduction_disappearance (fr, es, en)
    ("abduction_disappearance", "Au moins 9 personnes sont portées disparues depuis le 3 mai."),
    ("abduction_disappearance", "Les familles de quatre d'entre eux sont sans nouvelles de leurs proches."),
    ("abduction_disappearance", "Tres comuneros siguen desaparecidos desde el operativo."),
    ("abduction_disappearance", "Their families have had no news of their relatives since the raid."),
    # excessive_force: killings by State agents, firearms used to disperse, Russian tear gas
    ("excessive_force", "Four Pasht herders were reportedly killed by park rangers in the reserve."),
    ("excessive_force", "Six persons were killed in the course of the police operation in the district."),
    ("excessive_force", "La policía habría dispersado a los manifestantes con armas de fuego."),
    ("excessive_force", "Полиция применила слезоточивый газ против жителей."),
    # arbitrary_arrest_detention
    ("arbitrary_arrest_detention", "The police arrested nine of our young men, not the attackers."),
    ("arbitrary_arrest_detention", "Lawyers were denied access to the detainees for three days."),
    ("arbitrary_arrest_detention", "Dozens of young men were held after house searches carried out without judicial warrants."),
    # forced_confession (fr, es)
    ("forced_confession", "Plusieurs détenus auraient été contraints d'avouer après avoir été frappés."),
    ("forced_confession", "Los detenidos habrían sido obligados a confesar bajo amenazas."),
    # unfair_trial
    ("unfair_trial", "Huit d'entre eux ont été condamnés à l'issue d'une audience d'une heure, sans avocat."),
    ("unfair_trial", "The civilians were later sentenced by a military court in Tarn."),
    # denial_of_justice
    ("denial_of_justice", "The family tried to file a complaint at the police station; officers refused to register it."),
    ("denial_of_justice", "The herders' application for enforcement of the judgment was dismissed on 3 May."),
    ("denial_of_justice", "The community is thus left without any effective remedy."),
    # impunity
    ("impunity", "Only three of the attackers were detained, and all were released on bail within days."),
    ("impunity", "Aucune des personnes soupçonnées n'a été arrêtée à ce jour."),
    ("impunity", "Aucune enquête n'aurait été ouverte à ce jour sur l'attaque."),
    ("impunity", "The investigation into the deaths has since been transferred to the military justice system."),
    ("impunity", "Ninguno de los cinco homicidios ha sido esclarecido."),
    ("impunity", "No official has been questioned about the conduct of the police."),
    ("impunity", "The violence may recur without an independent investigation."),
    # failure_to_protect
    ("failure_to_protect", "The soldiers posted at the checkpoint left it an hour before the attack."),
    ("failure_to_protect", "The police did not come until the next morning."),
    ("failure_to_protect", "La Fuerza Pública no ha adoptado medidas de protección para las comunidades."),
    # persecution_of_defenders
    ("persecution_of_defenders", "Two Pasht leaders who opposed the relocation, Ms. Ana Lek and Mr. Jon Sav, were arrested on 3 June."),
    ("persecution_of_defenders", "Police arrested a community leader who had documented the evictions."),
    ("persecution_of_defenders", "The arrests appear to be connected to their peaceful opposition to the evictions."),
    ("persecution_of_defenders", "En 2025 han sido asesinados cuatro líderes del consejo comunitario."),
    ("persecution_of_defenders", "La détention au secret de M. Lo, défenseur des droits humains, nous préoccupe."),
    ("persecution_of_defenders", "Координатору Центра вынесли официальное предостережение о недопустимости публикаций."),
    # criminalization
    ("criminalization", "Thirty asylum seekers were detained for \"irregular entry\" at the border."),
    # destruction_of_property (ru)
    ("destruction_of_property", "За три дня было снесено 40 домов вместе с имуществом."),
    # forced_eviction
    ("forced_eviction", "Some 900 Pasht have been relocated to a new settlement."),
    # displacement
    ("displacement", "Some 4,000 residents have left the valley for neighbouring countries."),
    ("displacement", "Many families ran into the bush after the attack."),
    ("displacement", "В результате сноса без крова остались 150 человек."),
    ("displacement", "Plus de 1 000 personnes auraient fui les villages attaqués."),
    # land_dispossession
    ("land_dispossession", "The reservoir has flooded the Pasht villages of Arn and Bel."),
    ("land_dispossession", "Many were not compensated because they could not produce formal land titles."),
    ("land_dispossession", "The county gave the settlers title deeds for 900 acres of our land."),
    ("land_dispossession", "El título minero n.º 44-1 abarca 9.000 hectáreas del territorio colectivo."),
    ("land_dispossession", "The turbines occupy or fragment the winter pastures of the herders."),
    ("land_dispossession", "Оформить права на землю семьям не удавалось много лет."),
    # denial_of_services
    ("denial_of_services", "The boycott includes denial of access to the village well."),
    ("denial_of_services", "Expired documents bar them from enrolling their children in school."),
    ("denial_of_services", "The resettlement site has no health post."),
    ("denial_of_services", "Посёлок был отключён от центрального водоснабжения."),
    # environmental_harm
    ("environmental_harm", "Residents complain of fumes from the waste buried beneath the site."),
    ("environmental_harm", "Las aguas del río presentan niveles de mercurio muy superiores a los permitidos."),
    ("environmental_harm", "The dam has sharply reduced fish stocks downstream."),
    # lack_of_consultation (ru)
    ("lack_of_consultation", "Никаких консультаций с жителями не проводилось."),
    # hate_speech_incitement
    ("hate_speech_incitement", "The minister stated that the residents were \"criminals by nature\"."),
    ("hate_speech_incitement", "A deputy said that \"the Pasht are foreigners and must go back\"."),
    ("hate_speech_incitement", "Des messages appelant à « chasser les Pasht » circulent."),
    ("hate_speech_incitement", "Un conseiller aurait qualifié les Pasht d'« ennemis de l'intérieur »."),
    ("hate_speech_incitement", "Il a tenu des propos incitant à la violence contre la communauté."),
    # discriminatory_law_policy
    ("discriminatory_law_policy", "The amendments would exempt projects licensed before 2027 from the consultation obligations."),
    ("discriminatory_law_policy", "La ley exime de la consulta previa a los proyectos de interés nacional."),
    ("discriminatory_law_policy", "A curfew has since applied only to Pasht neighbourhoods."),
    ("discriminatory_law_policy", "We ask that Law No. 8/2025 be suspended pending a review of its compatibility with the Convention."),
    # segregation_exclusion
    ("segregation_exclusion", "The Pasht families have been subjected to a social and economic boycott."),
    ("segregation_exclusion", "Дети обучались в отдельном классе, где занимались только ромские дети."),
    # socioeconomic_discrimination
    ("socioeconomic_discrimination", "El 70 % de la población afrodescendiente vive en pobreza multidimensional."),
    ("socioeconomic_discrimination", "Unemployment reaches 41 per cent among the Pasht, compared with 9 per cent of the national average."),
    # ethnic_profiling
    ("ethnic_profiling", "Dix hommes auraient été arrêtés en raison de leur seule appartenance ethnique."),
    ("ethnic_profiling", "Police have been checking the identity documents of anyone with a Pasht surname."),
    # refoulement
    ("refoulement", "The authorities returned the group to Orvania without an individual assessment of their asylum claims."),
    # restriction_of_expression_assembly
    ("restriction_of_expression_assembly", "La policía dispersó a los manifestantes frente a la alcaldía."),
    # cultural_rights
    ("cultural_rights", "They have been prohibited from entering parts of their territory to gather honey and to visit sacred sites."),
    ("cultural_rights", "Twelve Pasht were arrested when attempting to reach their sacred sites."),
    ("cultural_rights", "The extension encloses the burial grounds, which they can no longer visit."),
    ("cultural_rights", "The court found that the licence violated the right of the herders to enjoy their culture."),
])
def test_a_phrasing_gets_its_tag(tag, body):
    assert tag in tags(body)


@pytest.mark.parametrize("tag, body", [
    # an NGO's name is not a threat; fear of reprisals is no reprisal alleged
    ("intimidation_reprisals", "The statement is signed by the Society for Threatened Communities and eleven other groups."),
    ("intimidation_reprisals", "Families buried the victims in the forest for fear of reprisals."),
    # living next to a landfill alone is not environmental harm
    ("environmental_harm", "Some 90 residents were moved to containers next to the municipal landfill."),
    # leaders threatened, not prosecuted: no defender persecution from the "who opposed" rule
    ("persecution_of_defenders", "Pasht leaders who opposed the project have been warned by the mayor."),
    # a quoted charge is not an insult
    ("hate_speech_incitement", "The men were tried for \"criminal association\" in Tarn."),
    # no school is attended by a child who fled: not a denial of services by itself
    ("denial_of_services", "The children is not go to school since the attack."),
])
def test_a_near_miss_does_not_get_the_tag(tag, body):
    assert tag not in tags(body)


# Rules added in the blind rounds heldout37-39 (OCR-damaged scans, figures and violence reports, fragments).
@pytest.mark.parametrize("tag, body", [
    ("injury", "Según la información recibida, el grupo armado hirió a once comuneros."),
    ("abduction_disappearance", "Their families have not been informed of their whereabouts."),
    ("excessive_force", "Police dispersed the commemoration using batons and pepper spray."),
    ("arbitrary_arrest_detention", "The Committee calls for the release of those arbitrarily detained in the district."),
    ("arbitrary_arrest_detention", "Rather than pursuing the attackers, the gendarmerie arrested nine residents of the camp."),
    ("arbitrary_arrest_detention", "Selon les informations reçues, 20 hommes pasht ont ete arretes dans la nuit."),
    ("forced_confession", "The courts relied on confessions which the defendants say were obtained under duress."),
    ("forced_confession", "They were threatened with the arrest of their sons if they did not sign statements."),
    ("unfair_trial", "The lawyers were not allowed to plead at the hearing."),
    ("unfair_trial", "Les militants ont été jugés à l'issue d'une audience de moins d'une heure."),
    ("denial_of_justice", "The herders have no effective remedy to enforce the decision."),
    ("denial_of_justice", "No steps have been taken to implement the judgment of the Supreme Court of 3 May 2025."),
    ("impunity", "Only two suspected attackers have been detained so far."),
    ("impunity", "The investigations have led to convictions in only a handful of cases."),
    ("impunity", "Aucune de ces affaires n'a donné lieu à un procès."),
    ("impunity", "Solo uno de los presuntos autores del ataque ha sido detenido."),
    ("impunity", "The Regional Prosecutor decided not to open criminal proceedings."),
    ("failure_to_protect", "The community had asked for police protection after the threats, but none was provided."),
    ("failure_to_protect", "A request for a police guard made in June went unanswered."),
    ("failure_to_protect", "La comunidad denunció los hechos sin que se adoptaran medidas de protección."),
    ("persecution_of_defenders", "Two Pasht leaders were reportedly threatened by local officials after speaking to the media."),
    ("criminalization", "Le tribunal aurait condamné trois militants à deux ans de prison pour « atteinte à l'unité nationale »."),
    ("criminalization", "We are concerned by the use of counter-terrorism legislation against members of the minority."),
    ("destruction_of_property", "Rangers burned some 60 huts in the settlement."),
    ("destruction_of_property", "Nadie ha sido detenido; el grupo incendió 22 viviendas de la comunidad."),
    ("forced_eviction", "The municipality demolished 40 houses, displacing about 300 residents."),
    ("forced_eviction", "The municipality demolished the houses on the ground that they had been built without permits."),
    ("displacement", "At least 140 persons have since left the settlement."),
    ("displacement", "Many families have crossed into neighbouring Tarsia."),
    ("land_dispossession", "The order cut off their access to their traditional fishing grounds."),
    ("land_dispossession", "The turbines were built on the winter pastures of the herding district."),
    ("land_dispossession", "Pasht farmers were evicted from some 4,000 hectares of land."),
    ("denial_of_services", "Humanitarian convoys have been blocked at the checkpoint since May."),
    ("hate_speech_incitement", "The attacks followed repeated anti-Pasht statements in the local media."),
    ("discriminatory_law_policy", "The Act allows searches without suspicion in zones predominantly inhabited by Pasht."),
    ("discriminatory_law_policy", "Under the Residence Order 2024, Pasht are required to carry special cards in order to travel."),
    ("discriminatory_law_policy", "Fishing licences are now issued only to holders of the new identity card."),
    ("segregation_exclusion", "Those who remain are confined to overcrowded camps."),
    ("socioeconomic_discrimination", "Les Pasht restent largement exclus de la propriété foncière et des postes de responsabilité."),
    ("socioeconomic_discrimination", "67 per cent of Pasht households lack piped water, compared with 4 per cent of other households."),
    ("ethnic_profiling", "Ils ont été interpellés sur la seule base, selon les témoins, de leur appartenance ethnique."),
    ("restriction_of_expression_assembly", "During a peaceful demonstration in the capital, police detained 46 protesters."),
    ("restriction_of_expression_assembly", "The arrests appear linked to their exercise of the rights to freedom of expression and of peaceful assembly."),
    ("restriction_of_expression_assembly", "Los expertos pidieron liberar a las personas detenidas por ejercer su derecho a la protesta pacífica."),
    ("cultural_rights", "The Pasht are now barred from entering the forest, including their burial grounds and other sacred sites."),
    ("cultural_rights", "The access roads have damaged several ancient offering sites."),
    ("cultural_rights", "La concesión minera abarca el cerro Tunal, lugar sagrado del pueblo pasht."),
    # Spanish letters (heldout21)
    ("ill_treatment", "Varias de ellas habrían sido golpeadas durante su traslado."),
    ("ethnic_profiling", "Al menos 300 personas habrían sido detenidas por su color de piel o su apellido."),
    ("refoulement", "Cientos de personas habrían sido expulsadas sin un examen individual de su situación."),
    ("displacement", "Unas 600 personas habrían abandonado sus hogares por temor a las redadas."),
    ("displacement", "Las familias se vieron obligadas a desplazarse a la ciudad."),
    ("denial_of_services", "Las escuelas públicas se niegan a matricular a niños sin acta de nacimiento."),
    ("hate_speech_incitement", "Un senador declaró que había que \"limpiar el país de pashtos\"."),
    ("discriminatory_law_policy", "La ley podría privar de la nacionalidad a unas 130.000 personas."),
    ("excessive_force", "Dos personas murieron por impacto de bala durante el desalojo."),
    ("land_dispossession", "La comunidad está situada en la zona que quedará inundada por el embalse."),
    ("cultural_rights", "El llenado del embalse inundaría el cementerio ancestral de la comunidad."),
])
def test_a_heldout37_39_phrasing_gets_its_tag(tag, body):
    assert tag in tags(body)


@pytest.mark.parametrize("tag, body", [
    # a question about a possible gap is no allegation of impunity
    ("impunity", "If no investigation has been opened, please explain why."),
    # a lowercase "anti-" measure is no group's name
    ("hate_speech_incitement", "The Ministry published anti-racism statements and guidelines for schools."),
    # percentages compared over time, not between groups
    ("socioeconomic_discrimination", "Turnout reached 61 per cent, compared with 55 per cent in the previous election."),
    # a law that permits something, without any reference to where a group lives
    ("discriminatory_law_policy", "The Act allows searches without suspicion in designated security zones."),
    # staff who left a job are not people fleeing
    ("displacement", "Two persons have since left the commission for other posts."),
])
def test_a_heldout37_39_near_miss_does_not_get_the_tag(tag, body):
    assert tag not in tags(body)


# Rules added in the blind rounds heldout40-42 (unusual Committee letters, civil-society documents, special procedures).
@pytest.mark.parametrize("tag, body", [
    ("abduction_disappearance", "The army has neither acknowledged their detention nor disclosed where they are held."),
    ("abduction_disappearance", "Relatives have had no news of 12 of them since the raid."),
    ("excessive_force", "Soldiers opened live fire on residents protesting in front of the bulldozers."),
    ("excessive_force", "Guards reportedly used pepper spray to end a protest in the courtyard."),
    ("excessive_force", "Officers struck people lying on the floor with batons."),
    ("excessive_force", "At least six Pasht men were shot dead during the search operation."),
    ("arbitrary_arrest_detention", "Nineteen residents were taken to the district police station and held for two days."),
    ("arbitrary_arrest_detention", "At the checkpoint, troops detained 40 Pasht and Lor men travelling to the camp."),
    ("arbitrary_arrest_detention", "Some 80 Pasht men have been held since May pending their expulsion."),
    ("arbitrary_arrest_detention", "The Act provides for the mandatory detention of all persons arriving by sea."),
    ("arbitrary_arrest_detention", "Detainees have no access to independent legal advice."),
    ("denial_of_justice", "The Administrative Court has dismissed all appeals lodged to date without a hearing."),
    ("denial_of_justice", "The family was informed of the decision only after the deadline and could not appeal."),
    ("denial_of_justice", "A complaint filed by the victims was dismissed by the prosecutor."),
    ("impunity", "The Police Inspectorate closed its inquiry, finding that the use of force was lawful."),
    ("impunity", "We urge the State to reopen an independent investigation into the death."),
    ("impunity", "Aucune enquête n'aurait à ce jour permis d'identifier les auteurs."),
    ("impunity", "De los 20 casos registrados, solo uno tiene sentencia."),
    ("failure_to_protect", "Police officers arrived only after midnight, when the houses had already burned."),
    ("failure_to_protect", "The police came five hours later."),
    ("failure_to_protect", "La base militar está cerca, pero nadie llegó sino hasta el día siguiente."),
    ("intimidation_reprisals", "The families were summoned and told not to contact lawyers."),
    ("intimidation_reprisals", "The victims were told to sign a paper withdrawing their complaint."),
    ("persecution_of_defenders", "Six Pasht leaders, among them the council's president, Ms. Ana Lek, were arrested and charged."),
    ("persecution_of_defenders", "En 2024 fueron asesinados al menos 10 líderes pasht."),
    ("destruction_of_property", "Satellite imagery shows the burned villages."),
    ("displacement", "Las familias abandonaron sus casas después de la masacre."),
    ("displacement", "La Personería registra el desplazamiento de 900 personas."),
    ("land_dispossession", "The Commission decided to grant 9,000 hectares of Pasht grazing land to a sugar company."),
    ("land_dispossession", "La concesión de 8.400 hectáreas se superpone con el resguardo pasht."),
    ("hate_speech_incitement", "State media call them \"Nawar\", a term the community regards as a slur."),
    ("hate_speech_incitement", "The governor said: \"We will clean this city of the Pasht.\""),
    ("hate_speech_incitement", "The administrator said that \"the Pasht have no land here\"."),
    ("discriminatory_law_policy", "The Act allows the Ministry to revoke the citizenship of any person without registered ancestors."),
    ("discriminatory_law_policy", "The decree applies only to persons whose civil registration bears the annotation \"nomadic\"."),
    ("discriminatory_law_policy", "The annotation bars holders from travelling outside the province without a permit."),
    ("discriminatory_law_policy", "The census removed the Pasht self-identification option from the questionnaire."),
    ("discriminatory_law_policy", "A municipal ordinance prohibits \"nomadic camping\" within the town."),
    ("discriminatory_law_policy", "Arrivals from listed countries are detained, while arrivals from other countries are subject to reporting only."),
    ("ethnic_profiling", "Les arrestations ont eu lieu lors de contrôles visant les personnes d'apparence pasht."),
    ("ethnic_profiling", "Soldiers check identity cards for the ethnic annotation and detain holders."),
    ("ethnic_profiling", "Residents have been required to present documents that other citizens are not asked for."),
    ("ethnic_profiling", "Every one of the 48 dwellings was searched."),
    ("refoulement", "Some 60 asylum-seekers were returned to their country of origin without an individual assessment of their claims."),
    ("segregation_exclusion", "Those affected have been struck off the electoral rolls."),
    ("segregation_exclusion", "\"They say our touch makes the water impure.\""),
    ("segregation_exclusion", "Pasht children are bussed to a \"practical school\" for pupils with mild mental disability."),
    ("denial_of_services", "The schools have refused to re-enrol 140 Pasht children."),
    ("denial_of_services", "Pasht families are not allowed to draw water from the village tube-well."),
    ("denial_of_services", "The Governorate does not allow water trucks or mobile clinics into the camp."),
    ("denial_of_services", "Two detainees were refused transfer to a hospital."),
    ("denial_of_services", "The only Pasht-language secondary school in the town was closed in February."),
    ("environmental_harm", "Soil samples at the site showed methane levels incompatible with residential use."),
    ("socioeconomic_discrimination", "Pasht workers are turned away by employment agencies."),
    ("cultural_rights", "Schools must teach exclusively in the State language from 2027."),
    ("cultural_rights", "An Inspectorate may fine businesses and media for the use of other languages."),
    ("cultural_rights", "The only Pasht-language secondary school in the town was closed in February."),
    ("restriction_of_expression_assembly", "Police surrounded a religious gathering at the prayer hall."),
    ("restriction_of_expression_assembly", "Cuando las comunidades protestaron pacíficamente, la policía detuvo a 15 comuneros."),
    ("forced_confession", "The detainees signed statements in the State language, which most cannot read, admitting the charges."),
    ("unfair_trial", "The court refused to accept her as counsel of choice for the defendants."),
])
def test_a_heldout40_42_phrasing_gets_its_tag(tag, body):
    assert tag in tags(body)


@pytest.mark.parametrize("tag, body", [
    # a quoted call to leave is hate speech, not a return to risk
    ("refoulement", "A deputy said that \"the Pasht must be sent back to where they came from\"."),
    # citing the general recommendation is no allegation of hate speech
    ("hate_speech_incitement", "The Committee recalls its general recommendation No. 35 (2013) on combating racist hate speech."),
    # a killing by a mob is not ill-treatment by itself
    ("ill_treatment", "Two men were beaten to death in front of their homes."),
    # a different practice, not a law that treats groups differently
    ("discriminatory_law_policy", "Dalu asylum-seekers are returned, while persons of other origins are admitted to the procedure."),
    # a slur bleeped on air, not attributed to anyone
    ("hate_speech_incitement", "One slur used by a caller was bleeped on air and is not reproduced."),
])
def test_a_heldout40_42_near_miss_does_not_get_the_tag(tag, body):
    assert tag not in tags(body)


# Rules added in the blind rounds heldout43-44 (special-procedures letters, older early-warning letters and decisions).
@pytest.mark.parametrize("tag, body", [
    ("denial_of_services", "The families now live in a transit site where there is no access to safe drinking water."),
    ("denial_of_services", "Pasht households have been denied access to the communal well since March."),
    ("denial_of_services", "The bill would make access to certain public services, including health centres, conditional on proof of proficiency in the State language."),
    ("denial_of_justice", "Her complaint to the district police has still not been registered."),
    ("denial_of_justice", "The houses were demolished while an appeal lodged by the families was still pending."),
    ("denial_of_justice", "The evictions took place before the exhaustion of available remedies."),
    ("denial_of_justice", "Since the Act entered into force, the Land Court has struck out 90 applications lodged by Pasht clans."),
    ("denial_of_justice", "The courts require a standard of proof that Pasht claimants are rarely able to meet."),
    ("impunity", "No action was taken on the complaint lodged against the mayor."),
    ("impunity", "Cinco líderes fueron asesinados, sin que hasta la fecha se haya identificado a los responsables."),
    ("failure_to_protect", "The patrol arrived only after the fire had been put out by neighbours."),
    ("failure_to_protect", "We are concerned at the failure of the police to respond promptly to the calls."),
    ("failure_to_protect", "We are concerned at the failure to rescue persons in distress at sea."),
    ("failure_to_protect", "Ello sugiere una falta de diligencia debida de las autoridades en la prevención de estos hechos."),
    ("injury", "A woman and her son suffered burns and were taken to hospital."),
    ("displacement", "The remaining families are sheltering in makeshift tents by the river."),
    ("displacement", "Some 900 Pasht were removed from the Dalan forest when it became a reserve."),
    ("forced_eviction", "Some 900 Pasht were removed from the Dalan forest when it became a reserve."),
    ("destruction_of_property", "Des gardes auraient incendié une vingtaine de huttes du campement."),
    ("land_dispossession", "The Act extinguishes the possibility of establishing Pasht customary titles over the coast."),
    ("cultural_rights", "The Pasht are denied access to the hills for grazing, gathering and the holding of ceremonies at their sacred sites."),
    ("cultural_rights", "L'accès à la forêt leur est interdit, y compris pour se rendre sur leurs sites sacrés."),
    ("cultural_rights", "Herding, which is central to Pasht culture, can no longer be pursued in the valley."),
    ("segregation_exclusion", "Those who could not prove citizenship are confined to three \"transit camps\"."),
    ("segregation_exclusion", "Residents of the camps may not leave without a permit."),
    ("segregation_exclusion", "Pasht pupils are made to sit separately in the village school."),
    ("discriminatory_law_policy", "The Act appears to contain discriminatory aspects against the Pasht."),
    ("discriminatory_law_policy", "The Nationality Act of 2021, which reportedly deprived 40,000 Pasht of citizenship, remains in force."),
    ("discriminatory_law_policy", "We are concerned that the draft law, in its current form, would result in discrimination against minorities."),
    ("restriction_of_expression_assembly", "Associations that fail to re-register would be dissolved by operation of law."),
    ("ill_treatment", "Coastguards beat several male passengers with batons."),
    ("criminalization", "The survivors are under investigation for \"illegal exit\" from the country."),
    ("criminalization", "The company filed a criminal complaint for defamation against the community leader."),
])
def test_a_heldout43_44_phrasing_gets_its_tag(tag, body):
    assert tag in tags(body)


@pytest.mark.parametrize("tag, body", [
    # boat passengers lost at sea are not victims of enforced disappearance
    ("abduction_disappearance", "Please provide information on the investigation into the deaths and disappearances at sea."),
    # an eviction that is threatened is no threat against people
    ("intimidation_reprisals", "Our earlier letter concerned the threatened eviction of the Pasht settlement."),
    # removal from a register is not eviction from land
    ("forced_eviction", "Their plots were removed from the land register in 2019 after a survey."),
    # defamation in a law on the press, not a complaint against anyone
    ("criminalization", "The Committee welcomes the repeal of the provisions on defamation in the Press Act."),
    # a room seated apart at a conference
    ("segregation_exclusion", "Delegates were asked to sit in the front rows."),
])
def test_a_heldout43_44_near_miss_does_not_get_the_tag(tag, body):
    assert tag not in tags(body)


@pytest.mark.parametrize("tag, body", [
    ("killing", "Los testigos afirman haber visto caer sin vida a dos personas en Veloria."),
    ("killing", "Задержанный скончался в СИЗО через месяц после ареста."),
    ("injury", "My husband was hit in the leg and we carried him to the clinic."),
    ("torture", "In the prison of Norvath they beat us with batons on the soles of the feet."),
    ("torture", "К задержанным применяли электрошок и удушение полиэтиленовым пакетом."),
    ("ill_treatment", "In the police station of Norvath they beat us every night."),
    ("sexual_violence", "One of the guards made the younger girls stand against the wall and touched them."),
    ("forced_confession", "The investigator told me I would not see my children if I did not sign."),
    ("arbitrary_arrest_detention", "They arrested 15 of us on the night of the raid in Norvath."),
    ("excessive_force", "We walked to the gate of the mine and the police shot."),
    ("impunity", "La Fiscalía archivó preliminarmente la investigación sin haber tomado declaración a los testigos."),
    ("impunity", "Ни по одному из этих случаев виновные не установлены."),
    ("persecution_of_defenders", "Nuestro presidente recibió amenazas de muerte después de denunciar los hechos."),
    ("persecution_of_defenders", "Продолжается преследование гражданских журналистов в Велории."),
    ("criminalization", "Совет народа признан «экстремистской организацией» решением суда Веларии."),
    ("refoulement", "At the crossing the officers handed us to the Veloran police."),
    ("forced_eviction", "The company men came with the police and pushed the houses down."),
    ("displacement", "18 400 человек зарегистрированы как внутренне перемещённые лица."),
    ("land_dispossession", "La concesión forestal fue otorgada a una empresa en territorio indígena de Veloria."),
    ("denial_of_services", "Without an address our children cannot go to school in Norvath."),
    ("environmental_harm", "Entre 2023 y 2025 se deforestaron 3.000 hectáreas del territorio Matsi."),
    ("restriction_of_expression_assembly", "58 человек оштрафованы за одиночные пикеты в Велории."),
    ("cultural_rights", "Число школ с обучением на родном языке сократилось до одной."),
])
def test_a_heldout45_46_phrasing_gets_its_tag(tag, body):
    assert tag in tags(body)


@pytest.mark.parametrize("tag, body", [
    # a drill that leaves a person injured is not an eviction or a shot fired by police
    ("excessive_force", "The police shot a training video at the academy in Norvath."),
    # signing a document without threats
    ("forced_confession", "The mayor said the agreement will enter into force if they sign it."),
    # a health post that is well equipped
    ("denial_of_services", "El puesto de salud de Veloria fue ampliado en 2024."),
    # touching on a topic
    ("sexual_violence", "The report touched on the situation of women in Norvath."),
])
def test_a_heldout45_46_near_miss_does_not_get_the_tag(tag, body):
    assert tag not in tags(body)
