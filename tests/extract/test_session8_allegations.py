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


# Blind rounds heldout48 (long English, French and Spanish documents) and heldout49 (Russian, Spanish and French
# documents in PDF, DOCX, HTML and e-mail): the phrasing families they missed, and the rules narrowed after them.
@pytest.mark.parametrize("tag, body", [
    # destruction_of_property: houses set alight or burnt (ru); a cemetery or houses destroyed by machines (es)
    ("destruction_of_property", "По имеющимся сведениям, 2 июня были подожжены по меньшей мере 14 домов семей пашт."),
    ("destruction_of_property", "Часть семей до сих пор живёт во временных постройках на месте сожжённых домов."),
    ("destruction_of_property", "Las máquinas de la empresa destruyeron además el cementerio de la comunidad de Kor."),
    # denial_of_services: the administration refuses to reconnect the water supply (ru); a list of places denied (en)
    ("denial_of_services", "Местная администрация отказывает семьям пашт в восстановлении подключения к водоснабжению."),
    ("denial_of_services", "Pasht families face the denial of access to temples, village wells and crematoriums."),
    # hate_speech_incitement: an official calls the group names in quotes or says they must leave (ru); es
    ("hate_speech_incitement", "Глава района публично назвал пашт «источником преступности»."),
    ("hate_speech_incitement", "Мэр заявил в эфире телеканала, что «пашт должны покинуть район»."),
    ("hate_speech_incitement", "Un senador se refirió a las comunidades pasht como «invasores» en un debate televisado."),
    # impunity: nobody held liable, no criminal case opened (ru); no investigation opened (es, fr);
    # no effective investigations (fr, es); a low conviction rate (en)
    ("impunity", "Ни один из участников нападения не был привлечён к ответственности."),
    ("impunity", "Жалобы поступили в прокуратуру, однако уголовное дело возбуждено не было."),
    ("impunity", "Никто из нападавших до сих пор не осуждён."),
    ("impunity", "Recibió amenazas de muerte, sin que la Fiscalía haya abierto investigación alguna."),
    ("impunity", "Il a reçu des menaces, sans que le parquet ait ouvert une enquête."),
    ("impunity", "Le Comité est préoccupé par l'absence d'enquêtes effectives sur les attaques."),
    ("impunity", "Preocupa al Comité la falta de investigación de los hechos de Kor."),
    ("impunity", "The Committee is concerned at the low rate of convictions for crimes against Pasht."),
    # intimidation_reprisals: threats received by relatives (ru); threatened with arrest or death (fr, es);
    # detained right after collecting testimony (ru, en)
    ("intimidation_reprisals", "Родственникам потерпевших, давшим показания следователям, поступали угрозы."),
    ("intimidation_reprisals", "Leurs familles auraient été menacées d'arrestation par les gendarmes."),
    ("intimidation_reprisals", "Los testigos del ataque fueron amenazados de muerte."),
    ("intimidation_reprisals", "Двое были задержаны сразу после того, как они собрали показания семей погибших."),
    ("intimidation_reprisals", "Mr. Vost was arrested two days after he testified before the commission."),
    # persecution_of_defenders: an NGO's own staff detained (ru)
    ("persecution_of_defenders", "5 мая в Керне были задержаны ещё двое — сотрудники нашего центра."),
    ("persecution_of_defenders", "Координатор нашей организации Лейла Арсланова задержана в Керне."),
    # criminalization: charged with a quoted offence (ru, es)
    ("criminalization", "Им предъявлено обвинение в «распространении заведомо ложной информации»."),
    ("criminalization", "Los dirigentes, a quienes se acusa de «rebelión», siguen detenidos."),
    # displacement: those who fled and cannot return (ru); residents relocated (en)
    ("displacement", "Около 300 жителей, бежавших в июне в город Улдаш, до сих пор не могут вернуться в свои дома."),
    ("displacement", "Some 1,200 residents of Kor were relocated to the Tarn settlement."),
    # forced_eviction: communities relocated without their consent (en); eviction from a camp (fr)
    ("forced_eviction", "We have received information concerning the relocation of Pasht communities from the lake shore "
                        "without their free, prior and informed consent."),
    ("forced_eviction", "Les autorités ont procédé à l'expulsion du campement pasht de Kor sans préavis."),
    # land_dispossession: lands traditionally used (fr); charged with usurping their own lands (es)
    ("land_dispossession", "Des terres de pâturage traditionnellement utilisées par les Pasht ont été attribuées à une société."),
    ("land_dispossession", "Los defensores siguen procesados por «usurpación» de sus propias tierras."),
    # excessive_force: wounded by bullets, a violent eviction (es); officers breaking doors (en)
    ("excessive_force", "Hubo 26 heridos en Kor, varios de ellos por impactos de bala."),
    ("excessive_force", "El Gobierno reconoce dos fallecidos en el desalojo violento de la comunidad de Kor."),
    ("excessive_force", "According to residents, officers broke doors and insulted residents during the search."),
    # discriminatory_law_policy: a law said to be discriminatory (en)
    ("discriminatory_law_policy", "We consider that the Act is discriminatory in its purpose and in its effect."),
    # cultural_rights: limited education in the group's language (en); rituals prevented (es)
    ("cultural_rights", "The Committee is concerned about the limited availability of education in and of the Pasht language."),
    ("cultural_rights", "Los grupos armados les impiden realizar las prácticas culturales ligadas al territorio."),
    ("cultural_rights", "Los rituales fúnebres tradicionales no pudieron celebrarse en varias comunidades."),
    # denial_of_justice: the community not a party to the proceedings (es)
    ("denial_of_justice", "La policía desalojó a las familias en ejecución de una orden judicial, sin que la comunidad "
                          "hubiera sido parte en el proceso."),
    # ethnic_profiling: a group systematically searched at checkpoints (es)
    ("ethnic_profiling", "En los controles militares, las personas afrodescendientes son sistemáticamente sometidas a requisas."),
    # failure_to_protect: no measures to prevent the attack, no intervention (es, fr, en)
    ("failure_to_protect", "La Defensoría había advertido del riesgo y la fuerza pública no adoptó medidas para prevenir el ataque."),
    ("failure_to_protect", "El resguardo es ocupado por colonos sin que las autoridades intervengan."),
    ("failure_to_protect", "Les forces de sécurité stationnées à Kor n'étant pas intervenues, les assaillants ont pillé le village."),
    ("failure_to_protect", "The police did not take any measures to prevent the attack on Kor."),
    # segregation_exclusion: markets closed to the group's traders (fr, en)
    ("segregation_exclusion", "Les marchés hebdomadaires de Tarn sont de fait interdits aux commerçants pasht."),
    ("segregation_exclusion", "Pasht traders have been barred from the weekly market of Tarn."),
    # arbitrary_arrest_detention: held in pre-trial detention (es, fr)
    ("arbitrary_arrest_detention", "Su detención preventiva fue prorrogada por un juez el 28 de octubre."),
    ("arbitrary_arrest_detention", "Cuatro de los comuneros permanecen en prisión preventiva."),
    ("arbitrary_arrest_detention", "Les dirigeants pasht sont toujours maintenus en détention provisoire."),
    # the rules narrowed in this round still find what they found
    ("abduction_disappearance", "Two Pasht leaders have disappeared since 2 May."),
    ("criminalization", "Pasht herders face criminalization for crossing the border."),
    ("discriminatory_law_policy", "The Committee is concerned about the discriminatory legislation on residence adopted in 2025."),
    ("segregation_exclusion", "Pasht are excluded from political life in the province."),
    ("segregation_exclusion", "Pasht children are taught in segregated classes."),
    ("intimidation_reprisals", "Witnesses were subjected to intimidation by the police."),
    ("intimidation_reprisals", "Relatives of the victims faced reprisals after speaking to journalists."),
])
def test_a_heldout48_49_phrasing_gets_its_tag(tag, body):
    assert tag in tags(body)


@pytest.mark.parametrize("tag, body", [
    # houses not set alight; a road, not a home, destroyed
    ("destruction_of_property", "По данным полиции, дома семей пашт не были подожжены."),
    ("destruction_of_property", "Las lluvias destruyeron parte del camino a Kor."),
    # the administration does not refuse; a list without any service
    ("denial_of_services", "Администрация не отказывает семьям пашт в подключении к водоснабжению."),
    ("denial_of_services", "The report mentions the denial of access to temples, festivals and processions."),
    # a "so-called" operation; a name not called; a quoted wish to help; a mention without a label
    ("hate_speech_incitement", "Так называемую «операцию» провели в мае."),
    ("hate_speech_incitement", "Мэр не назвал пашт «преступниками»."),
    ("hate_speech_incitement", "Мэр заявил, что «мы должны помочь пострадавшим семьям»."),
    ("hate_speech_incitement", "El senador se refirió a la ley de tierras en su discurso."),
    # a criminal case opened and people held liable; an investigation opened; a rising conviction rate
    ("impunity", "Было возбуждено уголовное дело, трое нападавших привлечены к ответственности."),
    ("impunity", "Никто из жителей не пострадал."),
    ("impunity", "La Fiscalía ha abierto una investigación sobre las amenazas."),
    ("impunity", "Le Comité prend note de l'ouverture d'une enquête sur les attaques."),
    ("impunity", "The conviction rate for such crimes rose to 64 per cent in 2025."),
    # a language endangered; communities at risk of eviction; an arrest unrelated to testimony
    ("intimidation_reprisals", "Язык пашт находится под угрозой исчезновения."),
    ("intimidation_reprisals", "Les communautés pasht sont menacées d'expulsion par le projet de barrage."),
    ("intimidation_reprisals", "Mr. Vost was arrested in 2019, long before the commission was set up."),
    # the NGO's staff as the source of the arrests
    ("persecution_of_defenders", "По словам сотрудника нашего центра, задержаны 27 мужчин."),
    ("persecution_of_defenders", "Задержаны 27 мужчин, сообщил координатор нашей организации."),
    # a charge of murder against attackers; an accusation made by leaders
    ("criminalization", "Двоим нападавшим предъявлено обвинение в убийстве."),
    ("criminalization", "Los dirigentes acusan al alcalde de corrupción."),
    # residents who came back; an office moved
    ("displacement", "Жители вернулись в свои дома в июле."),
    ("displacement", "The office of the residents' association was relocated to Tarn."),
    # an office moved; migrants expelled (no home or camp)
    ("forced_eviction", "The relocation of the regional office to Tarn was completed in May."),
    ("forced_eviction", "L'expulsion des migrants vers Tarn a été suspendue."),
    # a tradition that is no land; usurpation of office
    ("land_dispossession", "Les Pasht pratiquent traditionnellement l'élevage transhumant."),
    ("land_dispossession", "Los defensores denunciaron la usurpación de funciones por el alcalde."),
    # an eviction without violence; a storm breaking doors
    ("excessive_force", "El desalojo se realizó sin violencia, según la Defensoría."),
    ("excessive_force", "Residents said that the storm broke doors and windows in the village."),
    # a State's position that its law is not discriminatory
    ("discriminatory_law_policy", "The Government maintains that the Act is not discriminatory."),
    # education in the language expanded; rituals held
    ("cultural_rights", "The Committee welcomes the expansion of education in and of the Pasht language."),
    ("cultural_rights", "Las comunidades celebraron sus rituales tradicionales en mayo."),
    # the community was a party
    ("denial_of_justice", "La comunidad fue parte en el proceso y presentó pruebas."),
    # vehicles checked at a border
    ("ethnic_profiling", "Los vehículos de carga son sometidos a controles en la frontera."),
    # measures taken to prevent attacks
    ("failure_to_protect", "La fuerza pública adoptó medidas para prevenir nuevos ataques."),
    # a market closed on Sundays
    ("segregation_exclusion", "Les marchés de Tarn sont fermés le dimanche."),
    # a code that regulates pre-trial detention
    ("arbitrary_arrest_detention", "El Código Penal regula la prisión preventiva."),
    ("arbitrary_arrest_detention", "La loi limite la durée de la détention provisoire."),
    # the names of a treaty and of the 2007 indicators, a mandate on reprisals: no allegation
    ("abduction_disappearance", "Orvania ratified the International Convention for the Protection of All Persons from Enforced "
                                "Disappearance in 2021."),
    ("criminalization", "The indicators include the lack of an adequate legislative framework defining and criminalizing all "
                        "forms of racial discrimination."),
    ("discriminatory_law_policy", "The indicators include the adoption of new discriminatory legislation."),
    ("discriminatory_law_policy", "The delegation said that 108 discriminatory provisions had been repealed since 2019."),
    ("segregation_exclusion", "The indicators include segregation policies or de facto exclusion of members of a group from "
                              "political, economic, social and cultural life."),
    ("intimidation_reprisals", "Its rapporteur on reprisals acts in accordance with its guidelines against intimidation or reprisals."),
    ("intimidation_reprisals", "The Committee recalls that reprisals against individuals or groups for cooperating with it are "
                               "prohibited."),
])
def test_a_heldout48_49_near_miss_does_not_get_the_tag(tag, body):
    assert tag not in tags(body)


@pytest.mark.parametrize("tag, body", [
    # hate_speech_incitement: a quoted call to "clean", "drive out" or "rid" a place of a group (en, fr, es)
    ("hate_speech_incitement", 'In a video, a municipal councillor called on "decent citizens" to "clean Tarn of Pasht".'),
    ("hate_speech_incitement", "Un député aurait appelé les habitants à « chasser les Pasht de la vallée »."),
    ("hate_speech_incitement", "El alcalde llamó a los vecinos a «limpiar el barrio de pasht»."),
    # denial_of_services: a settlement the authorities refuse to connect to the water or power network
    ("denial_of_services", "Since 2019 the municipality has refused to connect the Pasht settlement to the water mains."),
    ("denial_of_services", "La mairie refuse de raccorder le quartier pasht au réseau d'eau potable."),
    ("denial_of_services", "El municipio se negó a conectar el asentamiento a la red de agua potable."),
    # denial_of_services: the only source of drinking water contaminated (en, fr, es)
    ("denial_of_services", "Mine tailings were discharged into the Kor river, the only source of drinking water for the village, "
                           "which is now contaminated with arsenic."),
    ("denial_of_services", "Les rejets de la mine ont contaminé la seule source d'eau potable du village."),
    ("denial_of_services", "Los relaves contaminaron la única fuente de agua de la comunidad."),
    # abduction_disappearance: families given no information on where the detainees are (fr, es, en)
    ("abduction_disappearance", "Leurs familles n'auraient reçu aucune information sur le lieu où ils se trouvent."),
    ("abduction_disappearance", "Las familias no han recibido ninguna información sobre su paradero."),
    ("abduction_disappearance", "The families have been given no information about where they are being held."),
    # failure_to_protect: an apparent absence of protection (fr, es, en)
    ("failure_to_protect", "Nous exprimons notre préoccupation face à l'absence apparente de protection des villageois."),
    ("failure_to_protect", "Expresamos preocupación por la falta de protección de las comunidades pasht."),
    ("failure_to_protect", "We are concerned at the lack of protection for the residents of Kor."),
    # impunity: no member of the militia arrested or prosecuted (conditional, fr); no protection and no investigation
    ("impunity", "À ce jour, aucun membre de la milice n'aurait été arrêté ni poursuivi."),
    ("impunity", "Nous sommes préoccupés par l'absence apparente de protection et d'enquête."),
    # intimidation_reprisals: people who cooperated with the Committee or the UN then summoned, questioned, threatened
    ("intimidation_reprisals", "Members of the Pasht Council who met the Committee's secretariat have been summoned by the "
                               "security police."),
    ("intimidation_reprisals", "Two activists who submitted information to the Special Rapporteur were questioned by the police."),
    # persecution_of_defenders: defenders summoned or placed under surveillance; leaders prosecuted for opposing
    ("persecution_of_defenders", "Pasht land defenders, including members of the Council who spoke to the press, have been "
                                 "summoned by the security police and placed under surveillance."),
    ("persecution_of_defenders", "Two Pasht leaders are facing criminal proceedings for having opposed the eviction."),
    ("persecution_of_defenders", "Deux dirigeants pasht sont poursuivis pour s'être opposés à l'expulsion."),
    ("persecution_of_defenders", "Dos dirigentes fueron procesados por haberse opuesto al desalojo."),
    # land_dispossession and cultural_rights: a reservoir's water covering pastures and burial grounds (en, fr, es)
    ("land_dispossession", "The water has since covered the winter pastures of the Pasht herders."),
    ("land_dispossession", "Les eaux du barrage ont recouvert les pâturages d'hiver."),
    ("land_dispossession", "El agua del embalse cubrió los pastos de invierno de la comunidad."),
    ("cultural_rights", "The water has since covered the winter pastures and two burial grounds of the Pasht."),
    ("cultural_rights", "Les eaux du réservoir ont submergé deux cimetières pasht."),
    ("cultural_rights", "Las aguas del embalse inundaron dos cementerios de la comunidad."),
])
def test_a_heldout50_phrasing_gets_its_tag(tag, body):
    assert tag in tags(body)


@pytest.mark.parametrize("tag, body", [
    # a call to act without a quoted slogan; a request to guarantee connections; a river that is not the only source
    ("hate_speech_incitement", "The Committee called on the State party to ensure the safety of the Pasht."),
    ("hate_speech_incitement", 'The experts called on the authorities to "act urgently" to protect the Pasht.'),
    ("denial_of_services", "The municipality connected the Pasht settlement to the water mains in 2024."),
    ("denial_of_services", "The Kor river is the only source of drinking water for the village."),
    # the families were told where the detainees are held
    ("abduction_disappearance", "Les familles ont été informées du lieu où ils sont détenus."),
    # legal protection, not protection from violence
    ("failure_to_protect", "The Committee notes the lack of legal protection against discrimination in employment."),
    ("failure_to_protect", "Le Comité relève l'absence de protection juridique contre la discrimination."),
    # members of the militia were arrested
    ("impunity", "Plusieurs membres de la milice ont été arrêtés et poursuivis."),
    # met the Committee, nothing happened to them
    ("intimidation_reprisals", "Members of the Pasht Council met the Committee's secretariat in Geneva in May."),
    # defenders who met officials; leaders who opposed the project without consequence
    ("persecution_of_defenders", "Pasht land defenders met the Minister of Energy in May."),
    ("persecution_of_defenders", "Two Pasht leaders opposed the eviction at a public hearing."),
    # snow, not a reservoir, on the pastures; burial grounds the dam will not affect
    ("land_dispossession", "Heavy snow covered the winter pastures in January."),
    ("cultural_rights", "The dam covers an area far from the burial grounds of the Pasht."),
])
def test_a_heldout50_near_miss_does_not_get_the_tag(tag, body):
    assert tag not in tags(body)
