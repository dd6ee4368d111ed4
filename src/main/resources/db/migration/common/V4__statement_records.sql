-- Records drawn from the statement, read passage by passage: missions, people, contributions, trainings,
-- milestones and key figures. Every record cites the passage(s) it comes from (statement passages are numbered
-- in V2). Dates carry the precision the text supports (first day of the period); dates added from public records
-- carry an external citation (accessed 2026-11-29). Records reference each other by natural keys only
-- (region code, mission acronym, theme code, ref). Citation positions start at 0 per record.

-- ============================================================ Missions
-- UNTAC
INSERT INTO mission (acronym, name, kind, host_country, region_id, start_date, start_precision, end_date, end_precision, description) VALUES (
    'UNTAC',
    'United Nations Transitional Authority in Cambodia',
    'PEACEKEEPING',
    'Cambodia',
    (SELECT id FROM region WHERE code = 'southeast-asia'),
    DATE '1992-01-01',
    'YEAR',
    DATE '1993-01-01',
    'YEAR',
    'UN peacekeeping operation in Cambodia led by Chief of Mission Yasushi Akashi. Japanese peacekeepers served under him as military engineers, electoral observers and civilian police officers.');
INSERT INTO mission_citation (mission_id, position, passage_id, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'UNTAC'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 27), 'Japanese peacekeepers in Cambodia worked under Yasushi Akashi, Chief of Mission of UNTAC.');
INSERT INTO mission_citation (mission_id, position, passage_id, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'UNTAC'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 26), 'Japan''s role in the peacekeeping successes in Cambodia.');
INSERT INTO mission_citation (mission_id, position, passage_id, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'UNTAC'), 2, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 28), 'Two Japanese lost their lives in the pursuit of peace in Cambodia.');
INSERT INTO mission_citation (mission_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'UNTAC'), 3, 'UNTAC: mandate (United Nations Peacekeeping, past operations)', 'https://peacekeeping.un.org/sites/default/files/past/untacmandate.html', NULL, DATE '2026-11-29', 'Established by Security Council resolution 745 (1992) of 28 February 1992; operational on 15 March 1992; mandate ended in September 1993.');
-- UNOTIL
INSERT INTO mission (acronym, name, kind, host_country, region_id, start_date, start_precision, end_date, end_precision, description) VALUES (
    'UNOTIL',
    'United Nations Office in Timor-Leste',
    'OFFICE',
    'Timor-Leste',
    (SELECT id FROM region WHERE code = 'southeast-asia'),
    DATE '2005-01-01',
    'YEAR',
    DATE '2006-01-01',
    'YEAR',
    'UN office in Timor-Leste headed by Sukehiro Hasegawa; the UN describes it as a special political mission. UNMIT succeeded it.');
INSERT INTO mission_citation (mission_id, position, passage_id, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'UNOTIL'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 31), 'Sukehiro Hasegawa headed the UN Office in Timor-Leste (UNOTIL).');
INSERT INTO mission_citation (mission_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'UNOTIL'), 1, 'UNMIT: Background (past United Nations missions in Timor-Leste)', 'https://unmit.unmissions.org/background', NULL, DATE '2026-11-29', 'Lists the UN missions that preceded UNMIT, including UNOTIL (May 2005 to August 2006), a political mission that supported the development of critical State institutions and the police.');
INSERT INTO mission_citation (mission_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'UNOTIL'), 2, 'Security Council establishes expanded UN mission in Timor-Leste (UN News)', 'https://news.un.org/en/story/2006/08/189972-security-council-establishes-expanded-un-mission-timor-leste', '25 August 2006', DATE '2026-11-29', 'On 25 August 2006 the Security Council created UNMIT, a follow-on mission to the UN Office in Timor-Leste (UNOTIL), which the Council had created the year before as a special political mission.');
-- UNMIT
INSERT INTO mission (acronym, name, kind, host_country, region_id, start_date, start_precision, end_date, end_precision, description) VALUES (
    'UNMIT',
    'United Nations Integrated Mission in Timor-Leste',
    'PEACEKEEPING',
    'Timor-Leste',
    (SELECT id FROM region WHERE code = 'southeast-asia'),
    DATE '2006-01-01',
    'YEAR',
    DATE '2012-01-01',
    'YEAR',
    'Integrated UN mission in Timor-Leste, of which the speaker, Atul Khare, was Special Representative of the Secretary-General and Head. It closed in 2012.');
INSERT INTO mission_citation (mission_id, position, passage_id, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'UNMIT'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 26), 'The speaker served as SRSG and Head of UNMIT.');
INSERT INTO mission_citation (mission_id, position, passage_id, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'UNMIT'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 36), 'Closure of UNMIT in 2012.');
INSERT INTO mission_citation (mission_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'UNMIT'), 2, 'Security Council establishes expanded UN mission in Timor-Leste (UN News)', 'https://news.un.org/en/story/2006/08/189972-security-council-establishes-expanded-un-mission-timor-leste', '25 August 2006', DATE '2026-11-29', 'On 25 August 2006 the Security Council created UNMIT, a follow-on mission to the UN Office in Timor-Leste (UNOTIL), which the Council had created the year before as a special political mission.');
-- UNMISS
INSERT INTO mission (acronym, name, kind, host_country, region_id, start_date, start_precision, end_date, end_precision, description) VALUES (
    'UNMISS',
    'United Nations Mission in South Sudan',
    'PEACEKEEPING',
    'South Sudan',
    (SELECT id FROM region WHERE code = 'eastern-africa'),
    DATE '2011-01-01',
    'YEAR',
    NULL,
    NULL,
    'UN peacekeeping mission in South Sudan, where Japanese military staff officers serve; one of the high-risk missions whose Level I and Level II hospitals the UN is upgrading.');
INSERT INTO mission_citation (mission_id, position, passage_id, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'UNMISS'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 22), 'Japanese military staff officers serve in UNMISS.');
INSERT INTO mission_citation (mission_id, position, passage_id, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'UNMISS'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 65), 'South Sudan is named among the high-risk missions.');
INSERT INTO mission_citation (mission_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'UNMISS'), 2, 'UNMISS (United Nations Peacekeeping)', 'https://peacekeeping.un.org/en/mission/unmiss', NULL, DATE '2026-11-29', 'Mission page of UNMISS, established in July 2011.');
-- MONUSCO
INSERT INTO mission (acronym, name, kind, host_country, region_id, start_date, start_precision, end_date, end_precision, description) VALUES (
    'MONUSCO',
    'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo',
    'PEACEKEEPING',
    'Democratic Republic of the Congo',
    (SELECT id FROM region WHERE code = 'middle-africa'),
    DATE '2010-01-01',
    'YEAR',
    NULL,
    NULL,
    'Named in the statement only by its host country: the Democratic Republic of the Congo is one of the high-risk missions whose Level I and Level II hospitals the UN is upgrading.');
INSERT INTO mission_citation (mission_id, position, passage_id, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'MONUSCO'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 65), 'The Democratic Republic of the Congo is named among the high-risk missions.');
INSERT INTO mission_citation (mission_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'MONUSCO'), 1, 'MONUSCO (United Nations Peacekeeping)', 'https://peacekeeping.un.org/en/mission/monusco', NULL, DATE '2026-11-29', 'Mission page of MONUSCO, which took over from MONUC in July 2010.');
-- MINUSCA
INSERT INTO mission (acronym, name, kind, host_country, region_id, start_date, start_precision, end_date, end_precision, description) VALUES (
    'MINUSCA',
    'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic',
    'PEACEKEEPING',
    'Central African Republic',
    (SELECT id FROM region WHERE code = 'middle-africa'),
    DATE '2014-01-01',
    'YEAR',
    NULL,
    NULL,
    'Named in the statement only by its host country: the Central African Republic is one of the high-risk missions whose Level I and Level II hospitals the UN is upgrading.');
INSERT INTO mission_citation (mission_id, position, passage_id, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'MINUSCA'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 65), 'The Central African Republic is named among the high-risk missions.');
INSERT INTO mission_citation (mission_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'MINUSCA'), 1, 'MINUSCA (United Nations Peacekeeping)', 'https://peacekeeping.un.org/en/mission/minusca', NULL, DATE '2026-11-29', 'Mission page of MINUSCA, established in April 2014.');
-- MINUSMA
INSERT INTO mission (acronym, name, kind, host_country, region_id, start_date, start_precision, end_date, end_precision, description) VALUES (
    'MINUSMA',
    'United Nations Multidimensional Integrated Stabilization Mission in Mali',
    'PEACEKEEPING',
    'Mali',
    (SELECT id FROM region WHERE code = 'western-africa'),
    DATE '2013-01-01',
    'YEAR',
    DATE '2023-01-01',
    'YEAR',
    'Named in the statement only by its host country: Mali is one of the high-risk missions whose Level I and Level II hospitals the UN is upgrading. The mission ended in 2023, after the statement.');
INSERT INTO mission_citation (mission_id, position, passage_id, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'MINUSMA'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 65), 'Mali is named among the high-risk missions.');
INSERT INTO mission_citation (mission_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM mission WHERE acronym = 'MINUSMA'), 1, 'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali', 'https://minusma.unmissions.org/en', NULL, DATE '2026-11-29', 'Website of MINUSMA, established by Security Council resolution 2100 in April 2013; its mandate was terminated by resolution 2690 as of 30 June 2023 and its withdrawal completed by 31 December 2023.');

-- ============================================================ People
-- Atul Khare
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-atul-khare',
    'Atul Khare',
    NULL,
    'Under-Secretary-General for Operational Support; former Special Representative of the Secretary-General and Head of UNMIT',
    'United Nations Department of Operational Support',
    (SELECT id FROM mission WHERE acronym = 'UNMIT'),
    FALSE,
    NULL,
    'The speaker. He served as Special Representative of the Secretary-General and Head of UNMIT, calls Yasushi Akashi his "Sensei" of peacekeeping, learned important lessons from Sukehiro Hasegawa, and launched the Environment Strategy for Peace Operations in 2016.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-atul-khare'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 26), 'SRSG and Head of UNMIT.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-atul-khare'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 24), 'His own Department provides operational support to all UN Secretariat entities.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-atul-khare'), 2, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 27), 'Considers Yasushi Akashi his "Sensei" of peacekeeping.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-atul-khare'), 3, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 31), 'Learned important lessons from Sukehiro Hasegawa.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-atul-khare'), 4, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 74), 'Launched the Environment Strategy for Peace Operations in 2016.');
-- Yasushi Akashi
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-yasushi-akashi',
    'Yasushi Akashi',
    '明石康',
    'Chief of Mission, United Nations Transitional Authority in Cambodia (UNTAC)',
    'United Nations',
    (SELECT id FROM mission WHERE acronym = 'UNTAC'),
    FALSE,
    NULL,
    'Japanese peacekeepers in Cambodia worked under his leadership; the speaker considers him his "Sensei" of peacekeeping.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-yasushi-akashi'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 27), NULL);
-- Haruyuki Takata
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-haruyuki-takata',
    'Haruyuki Takata',
    '高田晴行',
    'Japanese Police officer in Cambodia',
    'Japanese Police',
    (SELECT id FROM mission WHERE acronym = 'UNTAC'),
    TRUE,
    'Lost his life in the pursuit of peace in Cambodia.',
    'Honoured in the statement for his sacrifice in Cambodia.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-haruyuki-takata'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 28), NULL);
-- Atsuhiro Nakata
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-atsuhiro-nakata',
    'Atsuhiro Nakata',
    '中田厚仁',
    'Elections UN Volunteer in Cambodia',
    'United Nations Volunteers',
    (SELECT id FROM mission WHERE acronym = 'UNTAC'),
    TRUE,
    'Lost his life in the pursuit of peace in Cambodia.',
    'Honoured in the statement for his sacrifice in Cambodia.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-atsuhiro-nakata'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 28), NULL);
-- Sukehiro Hasegawa
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-sukehiro-hasegawa',
    'Sukehiro Hasegawa',
    '長谷川祐弘',
    'Head of the United Nations Office in Timor-Leste (UNOTIL)',
    'United Nations',
    (SELECT id FROM mission WHERE acronym = 'UNOTIL'),
    FALSE,
    NULL,
    'The speaker learned from him some of the most important lessons of his time at the United Nations.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-sukehiro-hasegawa'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 31), NULL);
-- Takahisa Kawakami
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-takahisa-kawakami',
    'Takahisa Kawakami',
    NULL,
    'Deputy Special Representative for the Rule of Law',
    'United Nations',
    (SELECT id FROM mission WHERE acronym = 'UNMIT'),
    TRUE,
    'Lost to natural causes while working on strengthening national security institutions in Timor-Leste.',
    'Worked on strengthening national security institutions in Timor-Leste.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-takahisa-kawakami'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 32), NULL);
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-takahisa-kawakami'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 26), 'The speaker was SRSG and Head of UNMIT; Kawakami was a Deputy Special Representative.');
-- Jun Kukita
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-jun-kukita',
    'Jun Kukita',
    NULL,
    'Chief Coordinator, Kwansei Gakuin University''s Career Center for International Organizations (Integrated Centre for UN and Foreign Affairs Studies)',
    'Kwansei Gakuin University',
    NULL,
    FALSE,
    NULL,
    'Addressee of the statement. In Timor-Leste he helped improve the quality of education that Timorese children receive, and brought in Jackie Chan to convince youth gangs to stop fighting.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-jun-kukita'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 3), 'Addressee.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-jun-kukita'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 33), 'His work in Timor-Leste.');
-- Jackie Chan
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-jackie-chan',
    'Jackie Chan',
    NULL,
    'Brought in by Jun Kukita to convince youth gangs in Timor-Leste to stop fighting',
    NULL,
    NULL,
    FALSE,
    NULL,
    'Named in the statement for this one engagement in Timor-Leste.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-jackie-chan'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 33), NULL);
-- Shigeru Yotoriyama
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-shigeru-yotoriyama',
    'Shigeru Yotoriyama',
    NULL,
    'Led the Japanese police officers who drafted textbooks for the national police of Timor-Leste',
    NULL,
    NULL,
    FALSE,
    NULL,
    'The textbooks are still being used today (May 2022).');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-shigeru-yotoriyama'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 34), NULL);
-- Ken Inoue
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-ken-inoue',
    'Ken Inoue',
    NULL,
    'Helped build and strengthen government institutions in Timor-Leste',
    NULL,
    NULL,
    FALSE,
    NULL,
    NULL);
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-ken-inoue'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 35), NULL);
-- Takakazu Ito
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-takakazu-ito',
    'Takakazu Ito',
    NULL,
    'Adviser to the Special Representative of the Secretary-General and Head of UNMIT',
    'United Nations',
    (SELECT id FROM mission WHERE acronym = 'UNMIT'),
    FALSE,
    NULL,
    'Provided direct advice and support to the speaker in developing and implementing sustainable political solutions.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-takakazu-ito'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 35), NULL);
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-takakazu-ito'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 26), 'The speaker was SRSG and Head of UNMIT.');
-- Michiko Ikarashi
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-michiko-ikarashi',
    'Michiko Ikarashi',
    NULL,
    'Assisted in the holding of free and fair elections and the management of the office of the Head of UNMIT',
    'United Nations',
    (SELECT id FROM mission WHERE acronym = 'UNMIT'),
    FALSE,
    NULL,
    'Assisted in the holding of free and fair elections and in the management of the speaker''s office.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-michiko-ikarashi'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 35), NULL);
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-michiko-ikarashi'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 26), 'The speaker was SRSG and Head of UNMIT.');
-- José Ramos-Horta
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-jose-ramos-horta',
    'José Ramos-Horta',
    NULL,
    'President-elect of Timor-Leste (as of 19 May 2022)',
    NULL,
    NULL,
    FALSE,
    NULL,
    'The statement sees the legacy of the Japanese who served in Timor-Leste in his upcoming swearing-in, which marks the successful completion of two rounds of free, fair and largely peaceful elections.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-jose-ramos-horta'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 37), NULL);
-- Shinzo Abe
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-shinzo-abe',
    'Shinzo Abe',
    '安倍晋三',
    'Prime Minister of Japan at the time of the 2014 Leaders Summit on Peacekeeping ("then-Prime Minister")',
    'Government of Japan',
    NULL,
    FALSE,
    NULL,
    'Announced at the 2014 Leaders Summit on Peacekeeping Japan''s intention to contribute to UN engineering training, from which the Triangular Partnership Programme was born.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-shinzo-abe'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 51), NULL);
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-shinzo-abe'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 52), 'The speaker attributes the decision to Japan''s recognition that partnerships act as multipliers.');
-- Osamu Murata
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-osamu-murata',
    'Osamu Murata',
    NULL,
    'President of Kwansei Gakuin University',
    'Kwansei Gakuin University',
    NULL,
    FALSE,
    NULL,
    'Addressee of the statement.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-osamu-murata'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 1), NULL);
-- Shinyo
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-shinyo',
    'Shinyo',
    NULL,
    'Dean of the Integrated Center for United Nations and Foreign Affairs Studies',
    'Kwansei Gakuin University',
    NULL,
    FALSE,
    NULL,
    'Addressee of the statement ("Professor Shinyo"). The statement gives the surname only.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-shinyo'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 2), NULL);
-- Tadamichi Yamamoto
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-tadamichi-yamamoto',
    'Tadamichi Yamamoto',
    '山本忠通',
    'Former Special Representative of the Secretary-General for Afghanistan',
    NULL,
    NULL,
    FALSE,
    NULL,
    'Addressee of the statement, whom the speaker calls "my dear friend".');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-tadamichi-yamamoto'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 3), NULL);
-- Naoto Hisajima
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-naoto-hisajima',
    'Naoto Hisajima',
    NULL,
    'Director-General of International Peace Cooperation Headquarters',
    'Cabinet Office of Japan',
    NULL,
    FALSE,
    NULL,
    'Addressee of the statement.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-naoto-hisajima'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 4), NULL);
-- Ai Kihara-Hunt
INSERT INTO person (ref, name, name_ja, role, organisation, mission_id, in_memoriam, memorial_note, description) VALUES (
    'person-ai-kihara-hunt',
    'Ai Kihara-Hunt',
    NULL,
    'Professor, Graduate Program on Human Security',
    'University of Tokyo',
    NULL,
    FALSE,
    NULL,
    'Addressee of the statement.');
INSERT INTO person_citation (person_id, position, passage_id, summary) VALUES ((SELECT id FROM person WHERE ref = 'person-ai-kihara-hunt'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 5), NULL);

-- ============================================================ Contributions
-- contrib-third-largest-financial
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-third-largest-financial',
    'FINANCIAL',
    'Third largest financial contributor to UN peacekeeping and special political missions',
    'The statement calls Japan the third largest financial contributor to both peacekeeping and special political missions.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-third-largest-financial'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 8), NULL);
-- contrib-personnel-civilian-troops-police
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-personnel-civilian-troops-police',
    'PERSONNEL',
    'Civilian, troop and police personnel for UN peace operations',
    'Japan is the home country of a great number of civilian, troops and police personnel, and has deployed personnel to UN peace operations over the past decades. The UN welcomes the participation of highly skilled Japanese troops, including engineering units, and recognizes the constitutional restrictions and logistical challenges of deploying Self-Defence Force troops.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-personnel-civilian-troops-police'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 8), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-personnel-civilian-troops-police'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 19), 'Personnel deployment over the past decades.');
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-personnel-civilian-troops-police'), 2, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 88), 'Japanese troops, including engineering units; constitutional restrictions and logistical challenges.');
-- contrib-in-kind-peace-operations
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-in-kind-peace-operations',
    'IN_KIND',
    'In-kind contributions to UN peace operations',
    'The statement honours the in-kind contributions Japan has offered UN peace operations over the past decades; it does not itemise them.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-in-kind-peace-operations'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 19), NULL);
-- contrib-ipc-law-1992
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-ipc-law-1992',
    'POLICY',
    'Enactment of the International Peace Cooperation Law',
    'Japan enacted the International Peace Cooperation Law (the "International Peace Cooperation Act") thirty years before the statement, i.e. in 1992.',
    DATE '1992-01-01',
    'YEAR',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-ipc-law-1992'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 19), 'Thirtieth anniversary in 2022.');
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-ipc-law-1992'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 86), '30th anniversary of the enactment of the International Peace Cooperation Act.');
-- contrib-first-deployment-1992
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-first-deployment-1992',
    'PERSONNEL',
    'First UN peacekeeping deployment',
    'Japan made its first UN peacekeeping deployment in the year it enacted the International Peace Cooperation Law, thirty years before the statement. The statement does not name the mission.',
    DATE '1992-01-01',
    'YEAR',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-first-deployment-1992'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 19), NULL);
-- contrib-unhcr-ukraine
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-unhcr-ukraine',
    'FINANCIAL',
    'Financial contributions to UNHCR for emergency humanitarian support in Ukraine',
    'A recent decision (as of May 2022) to provide financial contributions to the UN Refugee Agency for emergency humanitarian support activities in Ukraine. No amount is given.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM region WHERE code = 'eastern-europe'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-unhcr-ukraine'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 20), NULL);
-- contrib-ukraine-evacuees
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-ukraine-evacuees',
    'POLICY',
    'Acceptance of evacuees from Ukraine into Japan',
    'The statement cites the acceptance of evacuees into Japan, in the context of the conflict in Ukraine, as evidence of Japan''s commitment to effective, ethical and humane interventions.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM region WHERE code = 'eastern-europe'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-ukraine-evacuees'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 20), NULL);
-- contrib-ukraine-non-lethal-equipment
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-ukraine-non-lethal-equipment',
    'IN_KIND',
    'Non-lethal equipment to Ukraine',
    'Japan provides non-lethal equipment to Ukraine (as of May 2022).',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM region WHERE code = 'eastern-europe'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-ukraine-non-lethal-equipment'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 20), NULL);
-- contrib-zero-misconduct
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-zero-misconduct',
    'CONDUCT',
    'Record of zero misconduct by Japanese troops',
    'A record of zero misconduct, including sexual exploitation and abuse cases, by Japanese troops over three decades of participation in UN peacekeeping (since the first deployment in 1992).',
    DATE '1992-01-01',
    'YEAR',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-zero-misconduct'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 21), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-zero-misconduct'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 19), 'First UN peacekeeping deployment thirty years before 2022.');
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-zero-misconduct'), (SELECT id FROM a4p_theme WHERE code = 'conduct'));
-- contrib-unmiss-staff-officers
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-unmiss-staff-officers',
    'PERSONNEL',
    'Military staff officers in UNMISS',
    'Japanese military staff officers serve with distinction in UNMISS (as of May 2022), contributing to the mission''s efforts to support the peace process, protect civilians, back humanitarian efforts and report on human rights violations.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM mission WHERE acronym = 'UNMISS'),
    (SELECT id FROM region WHERE code = 'eastern-africa'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-unmiss-staff-officers'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 22), NULL);
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-unmiss-staff-officers'), (SELECT id FROM a4p_theme WHERE code = 'politics'));
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-unmiss-staff-officers'), (SELECT id FROM a4p_theme WHERE code = 'protection'));
-- contrib-officers-un-hq
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-officers-un-hq',
    'PERSONNEL',
    'Japanese officers at UN Headquarters (DPO and DPPA)',
    'At UN Headquarters in New York, Japanese officers serve in a variety of functions, including in the Department of Peace Operations, which manages and directs peacekeeping missions, and the Department of Political and Peacebuilding Affairs, responsible for monitoring and assessing political developments and overseeing special political missions.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM region WHERE code = 'northern-america'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-officers-un-hq'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 23), NULL);
-- contrib-dos-civilian-officers
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-dos-civilian-officers',
    'PERSONNEL',
    'Japanese civilian officers in the Department of Operational Support',
    'More than twenty Japanese civilian officers contribute to peace efforts in the Department of Operational Support, which also includes the Office of Information and Communications Technology (OICT) and provides operational support to all UN Secretariat entities, including peace operations.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    20,
    'MORE_THAN',
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-dos-civilian-officers'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 25), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-dos-civilian-officers'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 24), 'What the Department of Operational Support does.');
-- contrib-untac-military-engineers
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-untac-military-engineers',
    'PERSONNEL',
    'Military engineers in Cambodia (UNTAC)',
    'Japanese peacekeepers served in Cambodia as military engineers under UNTAC and, with the electoral observers and civilian police officers, laid the foundation for sustainable peace.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM mission WHERE acronym = 'UNTAC'),
    (SELECT id FROM region WHERE code = 'southeast-asia'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-untac-military-engineers'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 27), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-untac-military-engineers'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 26), NULL);
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-untac-military-engineers'), (SELECT id FROM a4p_theme WHERE code = 'sustaining-peace'));
-- contrib-untac-electoral-observers
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-untac-electoral-observers',
    'PERSONNEL',
    'Electoral observers in Cambodia (UNTAC)',
    'Japanese peacekeepers served in Cambodia as electoral observers under UNTAC.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM mission WHERE acronym = 'UNTAC'),
    (SELECT id FROM region WHERE code = 'southeast-asia'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-untac-electoral-observers'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 27), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-untac-electoral-observers'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 26), NULL);
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-untac-electoral-observers'), (SELECT id FROM a4p_theme WHERE code = 'politics'));
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-untac-electoral-observers'), (SELECT id FROM a4p_theme WHERE code = 'sustaining-peace'));
-- contrib-untac-civilian-police
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-untac-civilian-police',
    'PERSONNEL',
    'Civilian police officers in Cambodia (UNTAC)',
    'Japanese peacekeepers served in Cambodia as civilian police officers under UNTAC. Haruyuki Takata, from the Japanese Police, lost his life in the pursuit of peace in Cambodia.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM mission WHERE acronym = 'UNTAC'),
    (SELECT id FROM region WHERE code = 'southeast-asia'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-untac-civilian-police'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 27), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-untac-civilian-police'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 28), 'Haruyuki Takata, from the Japanese Police.');
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-untac-civilian-police'), (SELECT id FROM a4p_theme WHERE code = 'sustaining-peace'));
-- contrib-untac-leadership-akashi
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-untac-leadership-akashi',
    'EXPERTISE',
    'Leadership of UNTAC by Yasushi Akashi',
    'Yasushi Akashi was Chief of Mission of UNTAC; Japanese peacekeepers worked under his leadership.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM mission WHERE acronym = 'UNTAC'),
    (SELECT id FROM region WHERE code = 'southeast-asia'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-untac-leadership-akashi'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 27), NULL);
-- contrib-timor-gsdf-infrastructure
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-timor-gsdf-infrastructure',
    'PERSONNEL',
    'Infrastructure built by Ground Self-Defence Force engineers in Timor-Leste',
    'To this day the Timorese people acknowledge the infrastructure built by Japanese Ground Self Defence Forces engineers, calling it the "Japanese roads" and "Japanese bridges". The statement does not name the mission under which they served.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM region WHERE code = 'southeast-asia'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-gsdf-infrastructure'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 29), NULL);
-- contrib-timor-unotil-leadership
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-timor-unotil-leadership',
    'EXPERTISE',
    'Leadership of UNOTIL by Sukehiro Hasegawa',
    'Sukehiro Hasegawa headed the UN Office in Timor-Leste (UNOTIL).',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM mission WHERE acronym = 'UNOTIL'),
    (SELECT id FROM region WHERE code = 'southeast-asia'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-unotil-leadership'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 31), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-unotil-leadership'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 30), 'Contributions of Japanese peacekeepers in Timor-Leste beyond the material realm.');
-- contrib-timor-rule-of-law
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-timor-rule-of-law',
    'EXPERTISE',
    'Rule of law: strengthening national security institutions (Takahisa Kawakami)',
    'As Deputy Special Representative for the Rule of Law, Takahisa Kawakami worked on strengthening national security institutions in Timor-Leste until he was lost to natural causes.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM mission WHERE acronym = 'UNMIT'),
    (SELECT id FROM region WHERE code = 'southeast-asia'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-rule-of-law'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 32), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-rule-of-law'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 30), 'Contributions beyond the material realm.');
-- contrib-timor-education
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-timor-education',
    'EXPERTISE',
    'Improving the quality of education for Timorese children (Jun Kukita)',
    'Jun Kukita helped improve the quality of education that Timorese children receive, and brought in Jackie Chan to convince youth gangs to stop fighting. The statement does not say under which organisation.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM region WHERE code = 'southeast-asia'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-education'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 33), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-education'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 30), 'Contributions beyond the material realm.');
-- contrib-timor-police-textbooks
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-timor-police-textbooks',
    'EXPERTISE',
    'Textbooks for the national police of Timor-Leste',
    'Japanese police officers led by Shigeru Yotoriyama drafted textbooks for the national police that are still being used today (May 2022).',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM region WHERE code = 'southeast-asia'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-police-textbooks'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 34), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-police-textbooks'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 30), 'Contributions beyond the material realm.');
-- contrib-timor-government-institutions
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-timor-government-institutions',
    'EXPERTISE',
    'Building and strengthening government institutions in Timor-Leste (Ken Inoue)',
    'Ken Inoue helped build and strengthen government institutions in Timor-Leste.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM region WHERE code = 'southeast-asia'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-government-institutions'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 35), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-government-institutions'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 30), 'Contributions beyond the material realm.');
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-government-institutions'), (SELECT id FROM a4p_theme WHERE code = 'sustaining-peace'));
-- contrib-timor-political-advice
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-timor-political-advice',
    'EXPERTISE',
    'Political advice to the Head of UNMIT (Takakazu Ito)',
    'Takakazu Ito provided direct advice and support to the Special Representative of the Secretary-General and Head of UNMIT in developing and implementing sustainable political solutions.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM mission WHERE acronym = 'UNMIT'),
    (SELECT id FROM region WHERE code = 'southeast-asia'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-political-advice'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 35), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-political-advice'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 26), 'The speaker was SRSG and Head of UNMIT.');
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-political-advice'), (SELECT id FROM a4p_theme WHERE code = 'politics'));
-- contrib-timor-elections-office
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-timor-elections-office',
    'EXPERTISE',
    'Free and fair elections and management of the SRSG office (Michiko Ikarashi)',
    'Michiko Ikarashi assisted in the holding of free and fair elections and in the management of the office of the Special Representative of the Secretary-General and Head of UNMIT.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    (SELECT id FROM mission WHERE acronym = 'UNMIT'),
    (SELECT id FROM region WHERE code = 'southeast-asia'));
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-elections-office'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 35), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-elections-office'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 26), 'The speaker was SRSG and Head of UNMIT.');
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-timor-elections-office'), (SELECT id FROM a4p_theme WHERE code = 'politics'));
-- contrib-poc-training
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-poc-training',
    'TRAINING',
    'Roll-out of a regional Protection of Civilians training',
    'The roll-out of a regional Protection of Civilians training came to fruition thanks to the partnership between the UN and the Government of Japan.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-poc-training'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 50), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-poc-training'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 49), 'Training as the answer to effective performance.');
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-poc-training'), (SELECT id FROM a4p_theme WHERE code = 'protection'));
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-poc-training'), (SELECT id FROM a4p_theme WHERE code = 'performance-accountability'));
-- contrib-wpa-training
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-wpa-training',
    'TRAINING',
    'Hosting of Women Protection Advisors training',
    'The hosting of Women Protection Advisors training came to fruition thanks to the partnership between the UN and the Government of Japan.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-wpa-training'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 50), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-wpa-training'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 49), 'Training as the answer to effective performance.');
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-wpa-training'), (SELECT id FROM a4p_theme WHERE code = 'wps'));
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-wpa-training'), (SELECT id FROM a4p_theme WHERE code = 'protection'));
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-wpa-training'), (SELECT id FROM a4p_theme WHERE code = 'performance-accountability'));
-- contrib-demining-training
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-demining-training',
    'TRAINING',
    'Organization of demining training',
    'The organization of demining training came to fruition thanks to the partnership between the UN and the Government of Japan.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-demining-training'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 50), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-demining-training'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 49), 'Training as the answer to effective performance.');
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-demining-training'), (SELECT id FROM a4p_theme WHERE code = 'performance-accountability'));
-- contrib-tpp-initiative-2014
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-tpp-initiative-2014',
    'POLICY',
    'Japan''s intention to contribute to UN engineering training (origin of the TPP)',
    'At the 2014 Leaders Summit on Peacekeeping, then-Prime Minister Abe announced Japan''s intention to contribute to UN engineering training; the Triangular Partnership Programme was born out of that summit.',
    DATE '2014-01-01',
    'YEAR',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-tpp-initiative-2014'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 51), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-tpp-initiative-2014'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 52), 'The decision stemmed from Japan''s recognition that partnerships act as multipliers.');
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-tpp-initiative-2014'), (SELECT id FROM a4p_theme WHERE code = 'partnerships'));
-- contrib-tpp-funding
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-tpp-funding',
    'FINANCIAL',
    'Funding for the Triangular Partnership Programme',
    'In the eight years since the TPP''s inception in 2014, the Government of Japan has contributed close to US$90 million to it.',
    DATE '2014-01-01',
    'YEAR',
    DATE '2022-01-01',
    'YEAR',
    90000000.00,
    'USD',
    'APPROXIMATELY',
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-tpp-funding'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 57), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-tpp-funding'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 51), 'The TPP was born out of the 2014 Leaders Summit on Peacekeeping.');
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-tpp-funding'), 2, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 60), 'Hope that Japan will continue to be a champion of the TPP.');
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-tpp-funding'), (SELECT id FROM a4p_theme WHERE code = 'partnerships'));
-- contrib-tpp-engineering-courses
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-tpp-engineering-courses',
    'TRAINING',
    'Leading role in TPP engineering training courses',
    'Japan played a leading role in conducting many engineering training courses over the years, as the TPP expanded into a comprehensive programme with remote and in-person training courses in Africa, Southeast Asia and surrounding regions.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-tpp-engineering-courses'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 53), NULL);
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-tpp-engineering-courses'), (SELECT id FROM a4p_theme WHERE code = 'partnerships'));
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-tpp-engineering-courses'), (SELECT id FROM a4p_theme WHERE code = 'performance-accountability'));
-- contrib-cpm-remote-course
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-cpm-remote-course',
    'TRAINING',
    'Development of a remote Construction Process Management course (TPP)',
    'Japan played a leading role in the development of a remote training course on Construction Process Management in December 2021 ("December last year").',
    DATE '2021-12-01',
    'MONTH',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-cpm-remote-course'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 53), NULL);
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-cpm-remote-course'), (SELECT id FROM a4p_theme WHERE code = 'partnerships'));
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-cpm-remote-course'), (SELECT id FROM a4p_theme WHERE code = 'performance-accountability'));
-- contrib-sdf-heavy-engineering-training
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-sdf-heavy-engineering-training',
    'TRAINING',
    'Self-Defence Force training on heavy engineering equipment',
    'Japanese Self Defence Force personnel have provided crucial training to military personnel from across the world on the operation and maintenance of heavy engineering equipment, the type of training that can greatly affect engineering capacities in peacekeeping missions.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-sdf-heavy-engineering-training'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 58), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-sdf-heavy-engineering-training'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 59), NULL);
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-sdf-heavy-engineering-training'), (SELECT id FROM a4p_theme WHERE code = 'partnerships'));
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-sdf-heavy-engineering-training'), (SELECT id FROM a4p_theme WHERE code = 'performance-accountability'));
-- contrib-telemedicine-funding
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-telemedicine-funding',
    'FINANCIAL',
    'Financial support for telemedicine in four high-risk UN missions (TPP)',
    'In 2021, with Japan''s financial support, the UN began an initiative to introduce its telemedicine capabilities in four high-risk UN missions through the Triangular Partnership Programme. No amount is given.',
    DATE '2021-01-01',
    'YEAR',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-telemedicine-funding'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 70), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-telemedicine-funding'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 63), 'Medical measures help protect the safety and security of personnel.');
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-telemedicine-funding'), (SELECT id FROM a4p_theme WHERE code = 'safety-security'));
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-telemedicine-funding'), (SELECT id FROM a4p_theme WHERE code = 'partnerships'));
-- contrib-senior-women-pipeline
INSERT INTO contribution (ref, kind, title, description, start_date, start_precision, end_date, end_precision, amount, amount_currency, amount_qualifier, headcount, headcount_qualifier, mission_id, region_id) VALUES (
    'contrib-senior-women-pipeline',
    'FINANCIAL',
    'Donor and supporter of the Senior Women Talent Pipeline',
    'Japan has been a committed donor and supporter of the Senior Women Talent Pipeline, which helps ensure more women are appointed to field positions.',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-senior-women-pipeline'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 81), NULL);
INSERT INTO contribution_citation (contribution_id, position, passage_id, summary) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-senior-women-pipeline'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 79), 'What the Pipeline does.');
INSERT INTO contribution_theme (contribution_id, theme_id) VALUES ((SELECT id FROM contribution WHERE ref = 'contrib-senior-women-pipeline'), (SELECT id FROM a4p_theme WHERE code = 'wps'));

-- ============================================================ Trainings
-- training-poc-regional
INSERT INTO training (ref, provenance, programme, title, description, discipline, region_id, delivery_mode, start_date, start_precision, dates_as_reported, trainees, trainees_qualifier, trainees_as_reported, trainee_origin, partners, notes) VALUES (
    'training-poc-regional',
    'STATEMENT',
    'OTHER',
    'Regional Protection of Civilians training',
    'A regional Protection of Civilians training whose roll-out came to fruition thanks to the partnership between the UN and the Government of Japan.',
    'PROTECTION_OF_CIVILIANS',
    (SELECT id FROM region WHERE code = 'global'),
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    'United Nations; Government of Japan',
    'The statement calls the training "regional" but does not name the region; recorded under Global.');
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-poc-regional'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 50), NULL);
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-poc-regional'), (SELECT id FROM a4p_theme WHERE code = 'protection'));
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-poc-regional'), (SELECT id FROM a4p_theme WHERE code = 'performance-accountability'));
-- training-women-protection-advisors
INSERT INTO training (ref, provenance, programme, title, description, discipline, region_id, delivery_mode, start_date, start_precision, dates_as_reported, trainees, trainees_qualifier, trainees_as_reported, trainee_origin, partners, notes) VALUES (
    'training-women-protection-advisors',
    'STATEMENT',
    'OTHER',
    'Women Protection Advisors training',
    'The hosting of Women Protection Advisors training came to fruition thanks to the partnership between the UN and the Government of Japan.',
    'WOMEN_PROTECTION',
    (SELECT id FROM region WHERE code = 'global'),
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    'United Nations; Government of Japan',
    'The statement does not name the region; recorded under Global. The statement does not say where the training was hosted.');
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-women-protection-advisors'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 50), NULL);
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-women-protection-advisors'), (SELECT id FROM a4p_theme WHERE code = 'wps'));
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-women-protection-advisors'), (SELECT id FROM a4p_theme WHERE code = 'protection'));
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-women-protection-advisors'), (SELECT id FROM a4p_theme WHERE code = 'performance-accountability'));
-- training-demining
INSERT INTO training (ref, provenance, programme, title, description, discipline, region_id, delivery_mode, start_date, start_precision, dates_as_reported, trainees, trainees_qualifier, trainees_as_reported, trainee_origin, partners, notes) VALUES (
    'training-demining',
    'STATEMENT',
    'OTHER',
    'Demining training',
    'The organization of demining training came to fruition thanks to the partnership between the UN and the Government of Japan.',
    'DEMINING',
    (SELECT id FROM region WHERE code = 'global'),
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    'United Nations; Government of Japan',
    'The statement does not name the region; recorded under Global.');
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-demining'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 50), NULL);
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-demining'), (SELECT id FROM a4p_theme WHERE code = 'performance-accountability'));
-- training-tpp-engineering-africa
INSERT INTO training (ref, provenance, programme, title, description, discipline, region_id, delivery_mode, start_date, start_precision, dates_as_reported, trainees, trainees_qualifier, trainees_as_reported, trainee_origin, partners, notes) VALUES (
    'training-tpp-engineering-africa',
    'STATEMENT',
    'TPP',
    'TPP engineering training courses in Africa',
    'The TPP runs remote and in-person training courses in Africa; Japan played a leading role in conducting many engineering training courses over the years.',
    'ENGINEERING',
    (SELECT id FROM region WHERE code = 'africa'),
    'MIXED',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    'UN Secretariat; Japan; an increasing number of Member States',
    'Delivery mode MIXED: the statement describes the TPP courses in Africa and Southeast Asia as remote and in-person.');
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-tpp-engineering-africa'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 53), NULL);
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-tpp-engineering-africa'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 51), 'What the TPP is.');
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-tpp-engineering-africa'), (SELECT id FROM a4p_theme WHERE code = 'partnerships'));
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-tpp-engineering-africa'), (SELECT id FROM a4p_theme WHERE code = 'performance-accountability'));
-- training-tpp-engineering-southeast-asia
INSERT INTO training (ref, provenance, programme, title, description, discipline, region_id, delivery_mode, start_date, start_precision, dates_as_reported, trainees, trainees_qualifier, trainees_as_reported, trainee_origin, partners, notes) VALUES (
    'training-tpp-engineering-southeast-asia',
    'STATEMENT',
    'TPP',
    'TPP engineering training courses in Southeast Asia',
    'The TPP runs remote and in-person training courses in Southeast Asia; Japan played a leading role in conducting many engineering training courses over the years.',
    'ENGINEERING',
    (SELECT id FROM region WHERE code = 'southeast-asia'),
    'MIXED',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    'UN Secretariat; Japan; an increasing number of Member States',
    'Delivery mode MIXED: the statement describes the TPP courses in Africa and Southeast Asia as remote and in-person.');
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-tpp-engineering-southeast-asia'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 53), NULL);
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-tpp-engineering-southeast-asia'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 51), 'What the TPP is.');
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-tpp-engineering-southeast-asia'), (SELECT id FROM a4p_theme WHERE code = 'partnerships'));
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-tpp-engineering-southeast-asia'), (SELECT id FROM a4p_theme WHERE code = 'performance-accountability'));
-- training-cpm-remote-2021
INSERT INTO training (ref, provenance, programme, title, description, discipline, region_id, delivery_mode, start_date, start_precision, dates_as_reported, trainees, trainees_qualifier, trainees_as_reported, trainee_origin, partners, notes) VALUES (
    'training-cpm-remote-2021',
    'STATEMENT',
    'TPP',
    'Construction Process Management (remote course)',
    'A remote TPP training course on Construction Process Management, in whose development in December 2021 Japan played a leading role.',
    'ENGINEERING',
    (SELECT id FROM region WHERE code = 'global'),
    'REMOTE',
    DATE '2021-12-01',
    'MONTH',
    'December last year (statement of 19 May 2022)',
    NULL,
    NULL,
    NULL,
    NULL,
    'Japan (leading role in development)',
    'Remote course, recorded under Global. The statement dates the development of the course to December 2021; it does not say when the course was first delivered.');
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-cpm-remote-2021'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 53), NULL);
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-cpm-remote-2021'), (SELECT id FROM a4p_theme WHERE code = 'partnerships'));
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-cpm-remote-2021'), (SELECT id FROM a4p_theme WHERE code = 'performance-accountability'));
-- One record with discipline OTHER rather than one per discipline: "over 7,000" is a single
-- programme-wide total for engineering, medical and C4ISR together, and the statement gives no split;
-- three records would repeat the 7,000 (triple-counted in facets and sums) or invent per-discipline numbers.
-- training-tpp-uniformed-personnel
INSERT INTO training (ref, provenance, programme, title, description, discipline, region_id, delivery_mode, start_date, start_precision, dates_as_reported, trainees, trainees_qualifier, trainees_as_reported, trainee_origin, partners, notes) VALUES (
    'training-tpp-uniformed-personnel',
    'STATEMENT',
    'TPP',
    'TPP expert training for uniformed personnel (engineering, medical, C4ISR)',
    'With the collaboration of dedicated Member States like Japan, over 7,000 uniformed personnel have received expert training on engineering, medical, and C4ISR (command, control, communications, computers, intelligence, surveillance, and reconnaissance); many of them are serving in missions throughout Africa. The aim is to create self-sustaining national training capacities and to allow Member States to consistently deploy units trained to UN standards.',
    'OTHER',
    (SELECT id FROM region WHERE code = 'global'),
    NULL,
    NULL,
    NULL,
    NULL,
    7000,
    'MORE_THAN',
    'over 7,000 uniformed personnel',
    'Uniformed personnel; many are serving in missions throughout Africa',
    'Dedicated Member States like Japan',
    'Discipline OTHER because the figure covers engineering, medical and C4ISR together, with no split given.');
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-tpp-uniformed-personnel'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 54), NULL);
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-tpp-uniformed-personnel'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 55), 'Aim of the trainings.');
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-tpp-uniformed-personnel'), 2, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 56), 'Flexibility of the TPP.');
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-tpp-uniformed-personnel'), (SELECT id FROM a4p_theme WHERE code = 'partnerships'));
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-tpp-uniformed-personnel'), (SELECT id FROM a4p_theme WHERE code = 'performance-accountability'));
-- training-sdf-heavy-engineering-equipment
INSERT INTO training (ref, provenance, programme, title, description, discipline, region_id, delivery_mode, start_date, start_precision, dates_as_reported, trainees, trainees_qualifier, trainees_as_reported, trainee_origin, partners, notes) VALUES (
    'training-sdf-heavy-engineering-equipment',
    'STATEMENT',
    'TPP',
    'Operation and maintenance of heavy engineering equipment',
    'Japanese Self Defence Force personnel have provided crucial training to military personnel from across the world on the operation and maintenance of heavy engineering equipment.',
    'ENGINEERING',
    (SELECT id FROM region WHERE code = 'global'),
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    'Military personnel from across the world',
    'Japan Self Defence Force (trainers)',
    'Programme TPP: described in the statement''s Triangular Partnership Programme section.');
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-sdf-heavy-engineering-equipment'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 58), NULL);
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-sdf-heavy-engineering-equipment'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 59), 'Impact on engineering capacities in peacekeeping missions.');
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-sdf-heavy-engineering-equipment'), (SELECT id FROM a4p_theme WHERE code = 'partnerships'));
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-sdf-heavy-engineering-equipment'), (SELECT id FROM a4p_theme WHERE code = 'performance-accountability'));
-- training-first-aid-tcc
INSERT INTO training (ref, provenance, programme, title, description, discipline, region_id, delivery_mode, start_date, start_precision, dates_as_reported, trainees, trainees_qualifier, trainees_as_reported, trainee_origin, partners, notes) VALUES (
    'training-first-aid-tcc',
    'STATEMENT',
    'OTHER',
    'Basic and advanced first aid training for Troop-Contributing Countries',
    'The UN has been rolling out basic and advanced first aid training to Troop-Contributing Countries.',
    'MEDICAL',
    (SELECT id FROM region WHERE code = 'global'),
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    'Troop-Contributing Countries',
    NULL,
    'The statement does not name the region; recorded under Global. The statement does not attribute this training to Japan.');
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-first-aid-tcc'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 64), NULL);
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-first-aid-tcc'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 63), 'Measures to protect the safety and security of personnel.');
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-first-aid-tcc'), (SELECT id FROM a4p_theme WHERE code = 'safety-security'));
-- training-field-medical-assistant-course
INSERT INTO training (ref, provenance, programme, title, description, discipline, region_id, delivery_mode, start_date, start_precision, dates_as_reported, trainees, trainees_qualifier, trainees_as_reported, trainee_origin, partners, notes) VALUES (
    'training-field-medical-assistant-course',
    'STATEMENT',
    'OTHER',
    'Field Medical Assistant Course',
    'The UN is developing course materials for the Field Medical Assistant Course, which it plans to offer regularly.',
    'MEDICAL',
    (SELECT id FROM region WHERE code = 'global'),
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    'As of May 2022 the course materials were being developed. The statement does not name the region; recorded under Global. The statement does not attribute this course to Japan.');
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-field-medical-assistant-course'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 64), NULL);
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-field-medical-assistant-course'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 63), 'Measures to protect the safety and security of personnel.');
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-field-medical-assistant-course'), (SELECT id FROM a4p_theme WHERE code = 'safety-security'));
-- training-telemedicine-2021
INSERT INTO training (ref, provenance, programme, title, description, discipline, region_id, delivery_mode, start_date, start_precision, dates_as_reported, trainees, trainees_qualifier, trainees_as_reported, trainee_origin, partners, notes) VALUES (
    'training-telemedicine-2021',
    'STATEMENT',
    'TPP',
    'Telemedicine capabilities in four high-risk UN missions',
    'In 2021, with Japan''s financial support, the UN began an initiative to introduce its telemedicine capabilities in four high-risk UN missions through the Triangular Partnership Programme, granting access to a network of healthcare specialists irrespective of mission location.',
    'TELEMEDICINE',
    (SELECT id FROM region WHERE code = 'global'),
    NULL,
    DATE '2021-01-01',
    'YEAR',
    'In 2021',
    NULL,
    NULL,
    NULL,
    NULL,
    'Japan (financial support)',
    'The statement does not name the four missions here; in the same section it names the high-risk missions as those in the Democratic Republic of the Congo, the Central African Republic, Mali and South Sudan. Recorded under Global.');
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-telemedicine-2021'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 70), NULL);
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-telemedicine-2021'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 71), 'What telemedicine offers.');
INSERT INTO training_citation (training_id, position, passage_id, summary) VALUES ((SELECT id FROM training WHERE ref = 'training-telemedicine-2021'), 2, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 65), 'The high-risk missions named in the same section.');
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-telemedicine-2021'), (SELECT id FROM a4p_theme WHERE code = 'safety-security'));
INSERT INTO training_theme (training_id, theme_id) VALUES ((SELECT id FROM training WHERE ref = 'training-telemedicine-2021'), (SELECT id FROM a4p_theme WHERE code = 'partnerships'));

-- ============================================================ Milestones
-- milestone-ipc-law-1992
INSERT INTO milestone (ref, provenance, title, description, occurred_on, occurred_precision, dates_as_reported, discipline, region_id, country, location, mission_id, notes) VALUES (
    'milestone-ipc-law-1992',
    'STATEMENT',
    'Japan enacts the International Peace Cooperation Law and makes its first UN peacekeeping deployment',
    '2022 marks the thirtieth anniversary of the enactment of the International Peace Cooperation Law and of Japan''s first UN peacekeeping deployment.',
    DATE '1992-01-01',
    'YEAR',
    '"This year marks the thirtieth anniversary" (statement of 2022)',
    NULL,
    NULL,
    'Japan',
    NULL,
    NULL,
    NULL);
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-ipc-law-1992'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 19), NULL);
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-ipc-law-1992'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 86), NULL);
-- milestone-leaders-summit-2014
INSERT INTO milestone (ref, provenance, title, description, occurred_on, occurred_precision, dates_as_reported, discipline, region_id, country, location, mission_id, notes) VALUES (
    'milestone-leaders-summit-2014',
    'STATEMENT',
    'Leaders Summit on Peacekeeping: Japan announces its intention to contribute to UN engineering training',
    'Then-Prime Minister Abe announced Japan''s intention to contribute to UN engineering training; the Triangular Partnership Programme was born out of this summit.',
    DATE '2014-09-26',
    'DAY',
    '2014',
    'ENGINEERING',
    (SELECT id FROM region WHERE code = 'northern-america'),
    'United States',
    'UN Headquarters, New York',
    NULL,
    NULL);
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-leaders-summit-2014'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 51), NULL);
INSERT INTO milestone_citation (milestone_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-leaders-summit-2014'), 1, 'Summit Meeting on UN Peacekeeping Operations (PKO) (Ministry of Foreign Affairs of Japan)', 'https://www.mofa.go.jp/fp/ipc/page1e_000035.html', '29 September 2014', DATE '2026-11-29', 'On 26 September 2014 a summit meeting on UN PKO, "Strengthening International Peace Operations", co-hosted by Japan, was held at UN Headquarters in New York; Prime Minister Abe set out contribution plans including support of rapid deployment in Africa.');
INSERT INTO milestone_citation (milestone_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-leaders-summit-2014'), 2, 'Heavy Engineering Equipment Course in Ha Noi, Viet Nam, Triangular Partnership Project: opening remarks by the UN Resident Coordinator', 'https://vietnam.un.org/vi/node/34306', NULL, DATE '2026-11-29', 'The Triangular Partnership Project was announced at the first Summit on UN Peacekeeping in September 2014.');
-- milestone-environment-strategy-2016
INSERT INTO milestone (ref, provenance, title, description, occurred_on, occurred_precision, dates_as_reported, discipline, region_id, country, location, mission_id, notes) VALUES (
    'milestone-environment-strategy-2016',
    'STATEMENT',
    'Environment Strategy for Peace Operations launched',
    'Atul Khare launched the Environment Strategy for Peace Operations to improve the environmental footprint of peacekeeping missions. With support from Member States, advances have since been made in mitigating wastewater risk, reducing energy consumption, setting baselines and implementing environmental management systems.',
    DATE '2016-01-01',
    'YEAR',
    'Back in 2016',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-environment-strategy-2016'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 74), NULL);
-- milestone-a4p-launch-2018
INSERT INTO milestone (ref, provenance, title, description, occurred_on, occurred_precision, dates_as_reported, discipline, region_id, country, location, mission_id, notes) VALUES (
    'milestone-a4p-launch-2018',
    'STATEMENT',
    'Secretary-General launches Action for Peacekeeping (A4P)',
    'The Secretary-General launched the Action for Peacekeeping (A4P) initiative, calling on the Security Council, troop- and police-contributors, host governments, regional organizations and other partners to enhance peace efforts; its key objectives are to refocus peacekeeping with realistic expectations, make missions stronger and safer, and mobilize greater support for political solutions and for well-structured, well-equipped and well-trained forces.',
    DATE '2018-03-28',
    'DAY',
    'In 2018',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-a4p-launch-2018'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 41), NULL);
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-a4p-launch-2018'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 42), NULL);
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-a4p-launch-2018'), 2, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 43), NULL);
INSERT INTO milestone_citation (milestone_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-a4p-launch-2018'), 3, 'GA73 High-level meeting on Action for Peacekeeping (United Nations Peacekeeping)', 'https://peacekeeping.un.org/en/ga73-high-level-meeting-action-peacekeeping', NULL, DATE '2026-11-29', 'A4P was launched by the Secretary-General on 28 March 2018; the high-level meeting on the Declaration of Shared Commitments on UN Peacekeeping Operations was held on 25 September 2018 at UN Headquarters, New York.');
-- milestone-a4p-declaration-2018
INSERT INTO milestone (ref, provenance, title, description, occurred_on, occurred_precision, dates_as_reported, discipline, region_id, country, location, mission_id, notes) VALUES (
    'milestone-a4p-declaration-2018',
    'STATEMENT',
    'High-level meeting on the A4P Declaration of Shared Commitments',
    'High-level meeting on the Declaration of Shared Commitments on UN Peacekeeping Operations. As of May 2022, 155 Member States and four international organizations had endorsed the A4P Declaration, which categorizes UN peacekeeping work into eight thematic areas.',
    DATE '2018-09-25',
    'DAY',
    'Not dated in the statement',
    NULL,
    (SELECT id FROM region WHERE code = 'northern-america'),
    'United States',
    'UN Headquarters, New York',
    NULL,
    NULL);
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-a4p-declaration-2018'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 44), NULL);
INSERT INTO milestone_citation (milestone_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-a4p-declaration-2018'), 1, 'GA73 High-level meeting on Action for Peacekeeping (United Nations Peacekeeping)', 'https://peacekeeping.un.org/en/ga73-high-level-meeting-action-peacekeeping', NULL, DATE '2026-11-29', 'A4P was launched by the Secretary-General on 28 March 2018; the high-level meeting on the Declaration of Shared Commitments on UN Peacekeeping Operations was held on 25 September 2018 at UN Headquarters, New York.');
-- milestone-a4p-plus-2021
INSERT INTO milestone (ref, provenance, title, description, occurred_on, occurred_precision, dates_as_reported, discipline, region_id, country, location, mission_id, notes) VALUES (
    'milestone-a4p-plus-2021',
    'STATEMENT',
    'Secretary-General introduces A4P+',
    'A4P+ was introduced to accelerate the implementation of the A4P priorities, with concrete action plans for Headquarters and field missions.',
    DATE '2021-03-01',
    'MONTH',
    'Not dated in the statement',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-a4p-plus-2021'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 45), NULL);
INSERT INTO milestone_citation (milestone_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-a4p-plus-2021'), 1, 'Action for Peacekeeping+ (United Nations Peacekeeping)', 'https://peacekeeping.un.org/en/action-peacekeeping', NULL, DATE '2026-11-29', 'In March 2021 the Secretary-General launched A4P+, the implementation strategy of A4P for 2021-2023, at an event marking the third anniversary of A4P.');
-- milestone-telemedicine-2021
INSERT INTO milestone (ref, provenance, title, description, occurred_on, occurred_precision, dates_as_reported, discipline, region_id, country, location, mission_id, notes) VALUES (
    'milestone-telemedicine-2021',
    'STATEMENT',
    'Telemedicine initiative begins in four high-risk UN missions',
    'With Japan''s financial support, the UN began an initiative to introduce its telemedicine capabilities in four high-risk UN missions through the Triangular Partnership Programme.',
    DATE '2021-01-01',
    'YEAR',
    'In 2021',
    'TELEMEDICINE',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-telemedicine-2021'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 70), NULL);
-- milestone-cpm-remote-course-2021
INSERT INTO milestone (ref, provenance, title, description, occurred_on, occurred_precision, dates_as_reported, discipline, region_id, country, location, mission_id, notes) VALUES (
    'milestone-cpm-remote-course-2021',
    'STATEMENT',
    'Remote Construction Process Management course developed (TPP)',
    'Japan played a leading role in the development of a remote TPP training course on Construction Process Management.',
    DATE '2021-12-01',
    'MONTH',
    'December last year (statement of 19 May 2022)',
    'ENGINEERING',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL);
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-cpm-remote-course-2021'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 53), NULL);
-- milestone-unmit-closure-2012
INSERT INTO milestone (ref, provenance, title, description, occurred_on, occurred_precision, dates_as_reported, discipline, region_id, country, location, mission_id, notes) VALUES (
    'milestone-unmit-closure-2012',
    'STATEMENT',
    'UNMIT closes',
    'Following the closure of UNMIT, Timor-Leste continues down the path of sustainable peace and development.',
    DATE '2012-01-01',
    'YEAR',
    'in 2012',
    NULL,
    (SELECT id FROM region WHERE code = 'southeast-asia'),
    'Timor-Leste',
    NULL,
    (SELECT id FROM mission WHERE acronym = 'UNMIT'),
    NULL);
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-unmit-closure-2012'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 36), NULL);
-- milestone-statement-2022-05-19
INSERT INTO milestone (ref, provenance, title, description, occurred_on, occurred_precision, dates_as_reported, discipline, region_id, country, location, mission_id, notes) VALUES (
    'milestone-statement-2022-05-19',
    'STATEMENT',
    'Statement "UN Peace Operations: Critical Contributions of Japan"',
    'Atul Khare, Under-Secretary-General for Operational Support, addresses the lecture/symposium "UN Peace Operations: Critical Contributions of Japan" at Kwansei Gakuin University.',
    DATE '2022-05-19',
    'DAY',
    NULL,
    NULL,
    (SELECT id FROM region WHERE code = 'east-asia'),
    'Japan',
    'Kwansei Gakuin University',
    NULL,
    NULL);
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-statement-2022-05-19'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 7), NULL);
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-statement-2022-05-19'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 96), NULL);
-- milestone-ramos-horta-inauguration-2022
INSERT INTO milestone (ref, provenance, title, description, occurred_on, occurred_precision, dates_as_reported, discipline, region_id, country, location, mission_id, notes) VALUES (
    'milestone-ramos-horta-inauguration-2022',
    'STATEMENT',
    'Swearing-in of President-elect José Ramos-Horta',
    'The swearing-in of president-elect José Ramos-Horta marks the successful completion of two rounds of free, fair and largely peaceful elections; the statement recognizes in it the legacy of the Japanese who served in Timor-Leste.',
    DATE '2022-05-01',
    'MONTH',
    'upcoming (statement of 19 May 2022)',
    NULL,
    (SELECT id FROM region WHERE code = 'southeast-asia'),
    'Timor-Leste',
    NULL,
    NULL,
    'Stored with month precision: the statement calls the swearing-in "upcoming" and sources differ on the day (TATOLI reports the oath on the night of 19 May 2022; other reports place the inauguration in the early hours of 20 May 2022, the 20th anniversary of the restoration of independence).');
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-ramos-horta-inauguration-2022'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 37), NULL);
INSERT INTO milestone_citation (milestone_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-ramos-horta-inauguration-2022'), 1, 'Horta takes oath of office, sworn in as 5th President of Timor-Leste (TATOLI, Agência Noticiosa de Timor-Leste)', 'https://en.tatoli.tl/2022/05/19/horta-takes-oath-of-office-sworn-in-as-5th-president-of-timor-leste/23/', '19 May 2022', DATE '2026-11-29', 'José Ramos-Horta was sworn in as President of Timor-Leste in Dili on the night of 19 May 2022.');
-- milestone-swtp-new-call-2022
INSERT INTO milestone (ref, provenance, title, description, occurred_on, occurred_precision, dates_as_reported, discipline, region_id, country, location, mission_id, notes) VALUES (
    'milestone-swtp-new-call-2022',
    'STATEMENT',
    'Senior Women Talent Pipeline: new call for applications',
    'The Senior Women Talent Pipeline planned to launch a new call for applications later in 2022 to meet the growing demand for women in senior field positions.',
    DATE '2022-01-01',
    'YEAR',
    'later this year (statement of 19 May 2022)',
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    'Announced as planned; the statement cannot confirm that it took place.');
INSERT INTO milestone_citation (milestone_id, position, passage_id, summary) VALUES ((SELECT id FROM milestone WHERE ref = 'milestone-swtp-new-call-2022'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 80), NULL);

-- ============================================================ Key figures
-- Qualifier: MORE_THAN for "over"/"more than", APPROXIMATELY for "close to", EXACT otherwise.
-- countries-contributing
INSERT INTO key_figure (code, label, label_ja, figure_value, qualifier, unit, currency, as_of_date, as_of_precision, sort_order) VALUES (
    'countries-contributing',
    'Countries contributing troops and personnel to UN peace operations',
    '国連平和活動に要員を派遣する国の数',
    120,
    'MORE_THAN',
    'countries',
    NULL,
    DATE '2022-05-19',
    'DAY',
    10);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'countries-contributing'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 17), NULL);
-- personnel-deployed
INSERT INTO key_figure (code, label, label_ja, figure_value, qualifier, unit, currency, as_of_date, as_of_precision, sort_order) VALUES (
    'personnel-deployed',
    'Troops and personnel in UN peace operations',
    '国連平和活動に従事する部隊・要員の数',
    107000,
    'MORE_THAN',
    'personnel',
    NULL,
    DATE '2022-05-19',
    'DAY',
    20);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'personnel-deployed'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 17), NULL);
-- peacekeeping-decades
INSERT INTO key_figure (code, label, label_ja, figure_value, qualifier, unit, currency, as_of_date, as_of_precision, sort_order) VALUES (
    'peacekeeping-decades',
    'Decades of UN peacekeeping missions',
    '国連平和維持活動の歴史（十年単位）',
    7,
    'EXACT',
    'decades',
    NULL,
    DATE '2022-05-19',
    'DAY',
    30);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'peacekeeping-decades'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 17), NULL);
-- japan-financial-rank
INSERT INTO key_figure (code, label, label_ja, figure_value, qualifier, unit, currency, as_of_date, as_of_precision, sort_order) VALUES (
    'japan-financial-rank',
    'Japan''s rank among financial contributors to peacekeeping and special political missions',
    '平和維持活動・特別政治ミッションにおける日本の財政貢献の順位',
    3,
    'EXACT',
    'rank',
    NULL,
    DATE '2022-05-19',
    'DAY',
    40);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'japan-financial-rank'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 8), NULL);
-- years-since-ipc-law
INSERT INTO key_figure (code, label, label_ja, figure_value, qualifier, unit, currency, as_of_date, as_of_precision, sort_order) VALUES (
    'years-since-ipc-law',
    'Years since Japan enacted the International Peace Cooperation Law',
    '国際平和協力法の制定からの年数',
    30,
    'EXACT',
    'years',
    NULL,
    DATE '2022-05-19',
    'DAY',
    50);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'years-since-ipc-law'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 19), NULL);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'years-since-ipc-law'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 86), NULL);
-- misconduct-cases
INSERT INTO key_figure (code, label, label_ja, figure_value, qualifier, unit, currency, as_of_date, as_of_precision, sort_order) VALUES (
    'misconduct-cases',
    'Misconduct cases, including sexual exploitation and abuse, by Japanese troops over three decades',
    '日本部隊による性的搾取・虐待を含む不祥事の件数（30年間）',
    0,
    'EXACT',
    'cases',
    NULL,
    DATE '2022-05-19',
    'DAY',
    60);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'misconduct-cases'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 21), NULL);
-- japanese-civilians-dos
INSERT INTO key_figure (code, label, label_ja, figure_value, qualifier, unit, currency, as_of_date, as_of_precision, sort_order) VALUES (
    'japanese-civilians-dos',
    'Japanese civilian officers in the Department of Operational Support',
    '活動支援局で勤務する日本人文民職員の数',
    20,
    'MORE_THAN',
    'officers',
    NULL,
    DATE '2022-05-19',
    'DAY',
    70);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'japanese-civilians-dos'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 25), NULL);
-- a4p-member-states
INSERT INTO key_figure (code, label, label_ja, figure_value, qualifier, unit, currency, as_of_date, as_of_precision, sort_order) VALUES (
    'a4p-member-states',
    'Member States that endorsed the A4P Declaration',
    'A4P宣言を支持した加盟国の数',
    155,
    'EXACT',
    'Member States',
    NULL,
    DATE '2022-05-19',
    'DAY',
    80);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'a4p-member-states'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 44), NULL);
-- a4p-organizations
INSERT INTO key_figure (code, label, label_ja, figure_value, qualifier, unit, currency, as_of_date, as_of_precision, sort_order) VALUES (
    'a4p-organizations',
    'International organizations that endorsed the A4P Declaration',
    'A4P宣言を支持した国際機関の数',
    4,
    'EXACT',
    'organizations',
    NULL,
    DATE '2022-05-19',
    'DAY',
    90);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'a4p-organizations'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 44), NULL);
-- a4p-thematic-areas
INSERT INTO key_figure (code, label, label_ja, figure_value, qualifier, unit, currency, as_of_date, as_of_precision, sort_order) VALUES (
    'a4p-thematic-areas',
    'Main thematic areas of the A4P Declaration',
    'A4P宣言の主要テーマ分野の数',
    8,
    'EXACT',
    'areas',
    NULL,
    DATE '2022-05-19',
    'DAY',
    100);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'a4p-thematic-areas'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 44), NULL);
-- tpp-trained-personnel
INSERT INTO key_figure (code, label, label_ja, figure_value, qualifier, unit, currency, as_of_date, as_of_precision, sort_order) VALUES (
    'tpp-trained-personnel',
    'Uniformed personnel given expert training (engineering, medical, C4ISR) through the TPP',
    'TPPで専門訓練（工兵・医療・C4ISR）を受けた制服要員の数',
    7000,
    'MORE_THAN',
    'personnel',
    NULL,
    DATE '2022-05-19',
    'DAY',
    110);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'tpp-trained-personnel'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 54), NULL);
-- tpp-japan-funding
INSERT INTO key_figure (code, label, label_ja, figure_value, qualifier, unit, currency, as_of_date, as_of_precision, sort_order) VALUES (
    'tpp-japan-funding',
    'Japan''s contributions to the Triangular Partnership Programme since its inception',
    '三角パートナーシップ・プログラム（TPP）への日本の拠出額（発足以来）',
    90000000.00,
    'APPROXIMATELY',
    NULL,
    'USD',
    DATE '2022-05-19',
    'DAY',
    120);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'tpp-japan-funding'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 57), NULL);
-- tpp-years
INSERT INTO key_figure (code, label, label_ja, figure_value, qualifier, unit, currency, as_of_date, as_of_precision, sort_order) VALUES (
    'tpp-years',
    'Years since the inception of the Triangular Partnership Programme',
    'TPP発足からの年数',
    8,
    'EXACT',
    'years',
    NULL,
    DATE '2022-05-19',
    'DAY',
    130);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'tpp-years'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 57), NULL);
-- telemedicine-missions
INSERT INTO key_figure (code, label, label_ja, figure_value, qualifier, unit, currency, as_of_date, as_of_precision, sort_order) VALUES (
    'telemedicine-missions',
    'High-risk UN missions in the telemedicine initiative begun in 2021',
    '2021年に遠隔医療の導入を始めた高リスクの国連ミッションの数',
    4,
    'EXACT',
    'missions',
    NULL,
    DATE '2021-01-01',
    'YEAR',
    140);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'telemedicine-missions'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 70), NULL);
-- swtp-appointments
INSERT INTO key_figure (code, label, label_ja, figure_value, qualifier, unit, currency, as_of_date, as_of_precision, sort_order) VALUES (
    'swtp-appointments',
    'Appointments to managerial and leadership field positions from the Senior Women Talent Pipeline',
    'シニア女性人材パイプラインから現地の管理職・指導的ポストへの任命数',
    56,
    'EXACT',
    'appointments',
    NULL,
    DATE '2022-05-19',
    'DAY',
    150);
INSERT INTO key_figure_citation (key_figure_id, position, passage_id, summary) VALUES ((SELECT id FROM key_figure WHERE code = 'swtp-appointments'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 80), NULL);
