-- Regions (UN M49 names for sub-regions; UN peacekeeping regions at the top level, plus Global)
-- and the eight A4P thematic areas, each with citations (statement passages and/or external sources).
-- Parents are inserted before children; sort_order follows the listed order (10, 20, 30, ...).

-- Top-level regions
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('africa', 'Africa', 'アフリカ', NULL, 10);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('americas', 'Americas', '米州', NULL, 20);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('asia-pacific', 'Asia and the Pacific', 'アジア太平洋', NULL, 30);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('europe', 'Europe', '欧州', NULL, 40);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('middle-east', 'Middle East', '中東', NULL, 50);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('global', 'Global', 'グローバル', NULL, 60);

-- Sub-regions (UN M49 names)
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('eastern-africa', 'Eastern Africa', '東アフリカ', (SELECT id FROM region WHERE code = 'africa'), 70);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('middle-africa', 'Middle Africa', '中部アフリカ', (SELECT id FROM region WHERE code = 'africa'), 80);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('northern-africa', 'Northern Africa', '北アフリカ', (SELECT id FROM region WHERE code = 'africa'), 90);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('southern-africa', 'Southern Africa', '南部アフリカ', (SELECT id FROM region WHERE code = 'africa'), 100);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('western-africa', 'Western Africa', '西アフリカ', (SELECT id FROM region WHERE code = 'africa'), 110);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('northern-america', 'Northern America', '北米', (SELECT id FROM region WHERE code = 'americas'), 120);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('latin-america-caribbean', 'Latin America and the Caribbean', 'ラテンアメリカ・カリブ', (SELECT id FROM region WHERE code = 'americas'), 130);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('east-asia', 'Eastern Asia', '東アジア', (SELECT id FROM region WHERE code = 'asia-pacific'), 140);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('southeast-asia', 'South-eastern Asia', '東南アジア', (SELECT id FROM region WHERE code = 'asia-pacific'), 150);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('south-asia', 'Southern Asia', '南アジア', (SELECT id FROM region WHERE code = 'asia-pacific'), 160);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('oceania', 'Oceania', 'オセアニア', (SELECT id FROM region WHERE code = 'asia-pacific'), 170);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('northern-europe', 'Northern Europe', '北欧', (SELECT id FROM region WHERE code = 'europe'), 180);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('southern-europe', 'Southern Europe', '南欧', (SELECT id FROM region WHERE code = 'europe'), 190);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('western-europe', 'Western Europe', '西欧', (SELECT id FROM region WHERE code = 'europe'), 200);
INSERT INTO region (code, name, name_ja, parent_id, sort_order) VALUES ('eastern-europe', 'Eastern Europe', '東欧', (SELECT id FROM region WHERE code = 'europe'), 210);

-- Region citations: passages first (where the statement names the region or a place in it), then sources.
-- africa
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'africa'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 53), 'The TPP runs remote and in-person training courses in Africa.');
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'africa'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 54), 'Many TPP-trained peacekeepers serve in missions throughout Africa.');
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'africa'), 2, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 region Africa (002).');
-- americas
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'americas'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 23), 'UN Headquarters in New York, where Japanese officers serve.');
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'americas'), 1, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 region Americas (019).');
-- asia-pacific
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'asia-pacific'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 53), 'Names Southeast Asia, a sub-region of Asia and the Pacific.');
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'asia-pacific'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 26), 'Cambodia and Timor-Leste, both in this region.');
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'asia-pacific'), 2, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'Sub-regions follow M49 (Eastern, South-eastern and Southern Asia: region Asia 142; Oceania 009). M49 has no "Asia and the Pacific" region: this top-level name follows the UN peacekeeping regions.');
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'asia-pacific'), 3, 'United Nations Peacekeeping: Where we operate', 'https://peacekeeping.un.org/en/where-we-operate', NULL, DATE '2026-11-29', 'UN Peacekeeping groups its operations by region; "Asia and the Pacific" is one of these regions.');
-- europe
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'europe'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 14), 'Names Ukraine, in Europe.');
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'europe'), 1, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 region Europe (150).');
-- middle-east
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'middle-east'), 0, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 has no "Middle East" region (the area falls mostly within Western Asia, 145): this top-level name follows the UN peacekeeping regions.');
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'middle-east'), 1, 'United Nations Peacekeeping: Where we operate', 'https://peacekeeping.un.org/en/where-we-operate', NULL, DATE '2026-11-29', 'UN Peacekeeping groups its operations by region; "Middle East" is one of these regions.');
-- global
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'global'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 54), 'A programme-wide figure: over 7,000 uniformed personnel trained.');
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'global'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 58), 'Training given to military personnel from across the world.');
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'global'), 2, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'Corresponds to M49 World (001). "Global" is used here for programme-wide records, remote courses open to all regions, and records whose region the statement does not name.');
-- eastern-africa
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'eastern-africa'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 22), 'UNMISS, in South Sudan (Eastern Africa in M49).');
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'eastern-africa'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 65), 'South Sudan, one of the high-risk mission locations.');
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'eastern-africa'), 2, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 sub-region Eastern Africa (014), which includes South Sudan.');
-- middle-africa
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'middle-africa'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 65), 'The Democratic Republic of the Congo and the Central African Republic (Middle Africa in M49).');
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'middle-africa'), 1, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 sub-region Middle Africa (017), which includes the Democratic Republic of the Congo and the Central African Republic.');
-- northern-africa
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'northern-africa'), 0, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 sub-region Northern Africa (015).');
-- southern-africa
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'southern-africa'), 0, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 sub-region Southern Africa (018).');
-- western-africa
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'western-africa'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 65), 'Mali (Western Africa in M49).');
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'western-africa'), 1, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 sub-region Western Africa (011), which includes Mali.');
-- northern-america
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'northern-america'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 23), 'UN Headquarters in New York.');
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'northern-america'), 1, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 sub-region Northern America (021).');
-- latin-america-caribbean
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'latin-america-caribbean'), 0, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 sub-region Latin America and the Caribbean (419).');
-- east-asia
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'east-asia'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 8), 'Japan, the subject of the statement (Eastern Asia in M49).');
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'east-asia'), 1, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 sub-region Eastern Asia (030), which includes Japan.');
-- southeast-asia
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'southeast-asia'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 53), 'The TPP runs remote and in-person training courses in Southeast Asia.');
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'southeast-asia'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 27), 'Cambodia (South-eastern Asia in M49).');
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'southeast-asia'), 2, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 29), 'Timor-Leste (South-eastern Asia in M49).');
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'southeast-asia'), 3, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 sub-region South-eastern Asia (035), which includes Cambodia and Timor-Leste.');
-- south-asia
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'south-asia'), 0, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 sub-region Southern Asia (034).');
-- oceania
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'oceania'), 0, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 region Oceania (009); grouped under Asia and the Pacific here, following the UN peacekeeping regions.');
-- northern-europe
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'northern-europe'), 0, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 sub-region Northern Europe (154).');
-- southern-europe
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'southern-europe'), 0, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 sub-region Southern Europe (039).');
-- western-europe
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'western-europe'), 0, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 sub-region Western Europe (155).');
-- eastern-europe
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'eastern-europe'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 14), 'Ukraine (Eastern Europe in M49).');
INSERT INTO region_citation (region_id, position, passage_id, summary) VALUES ((SELECT id FROM region WHERE code = 'eastern-europe'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 20), 'Japan''s support related to Ukraine.');
INSERT INTO region_citation (region_id, position, source_title, source_url, source_published, accessed_on, summary) VALUES ((SELECT id FROM region WHERE code = 'eastern-europe'), 2, 'Standard country or area codes for statistical use (M49)', 'https://unstats.un.org/unsd/methodology/m49/', NULL, DATE '2026-11-29', 'M49 sub-region Eastern Europe (151), which includes Ukraine.');

-- The eight thematic areas of the A4P Declaration, in the order the statement lists them (passage 44).
-- Each cites passage 44 first, then passages that speak directly of the theme.
INSERT INTO a4p_theme (code, name, name_ja, description, sort_order) VALUES (
    'politics',
    'Politics',
    '政治',
    'The A4P thematic area on politics; among the key objectives of A4P, the statement lists mobilizing greater support for political solutions.',
    10);
INSERT INTO a4p_theme (code, name, name_ja, description, sort_order) VALUES (
    'wps',
    'Women, Peace and Security',
    '女性・平和・安全保障',
    'The A4P thematic area on Women, Peace and Security, which the statement connects with increasing women''s participation and leadership in peacekeeping, including through the Senior Women Talent Pipeline.',
    20);
INSERT INTO a4p_theme (code, name, name_ja, description, sort_order) VALUES (
    'protection',
    'Protection',
    '保護',
    'The A4P thematic area on protection, which the statement illustrates with UNMISS efforts to protect civilians and a regional Protection of Civilians training.',
    30);
INSERT INTO a4p_theme (code, name, name_ja, description, sort_order) VALUES (
    'safety-security',
    'Safety and security',
    '安全と安全確保',
    'The A4P thematic area on the safety and security of peacekeepers, which the statement links to making missions stronger and safer and to measures protecting personnel in high-risk environments.',
    40);
INSERT INTO a4p_theme (code, name, name_ja, description, sort_order) VALUES (
    'performance-accountability',
    'Performance and accountability',
    'パフォーマンスと説明責任',
    'The A4P thematic area on performance and accountability; the statement names strengthening the performance of UN peacekeeping operations as a central tenet of A4P/A4P+ and sees training as, in large part, the answer.',
    50);
INSERT INTO a4p_theme (code, name, name_ja, description, sort_order) VALUES (
    'partnerships',
    'Partnerships',
    'パートナーシップ',
    'The A4P thematic area on partnerships, which the statement illustrates with the Triangular Partnership Programme bringing together the Secretariat, troop- and police-contributing countries and Member States with expertise and resources.',
    60);
INSERT INTO a4p_theme (code, name, name_ja, description, sort_order) VALUES (
    'sustaining-peace',
    'Sustaining peace',
    '持続的な平和',
    'The A4P thematic area on sustaining peace; the statement describes peace operations contributing to the transition to sustainable peace, as in Timor-Leste after the closure of UNMIT.',
    70);
INSERT INTO a4p_theme (code, name, name_ja, description, sort_order) VALUES (
    'conduct',
    'Conduct',
    '行動規範',
    'The A4P thematic area on conduct, which the statement illustrates with Japan''s record of zero misconduct, including sexual exploitation and abuse, over three decades of participation in UN peacekeeping.',
    80);
-- politics
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'politics'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 44), 'The Declaration categorizes UN peacekeeping work into eight main thematic areas.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'politics'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 43), 'Objective (3): mobilize greater support for political solutions.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'politics'), 2, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 22), 'UNMISS efforts to support the peace process.');
-- wps
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'wps'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 44), 'The Declaration categorizes UN peacekeeping work into eight main thematic areas.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'wps'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 78), 'Increased women''s participation and leadership in peacekeeping efforts.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'wps'), 2, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 79), 'The Senior Women Talent Pipeline and the participation of women in peace and security.');
-- protection
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'protection'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 44), 'The Declaration categorizes UN peacekeeping work into eight main thematic areas.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'protection'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 50), 'Regional Protection of Civilians training; Women Protection Advisors training.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'protection'), 2, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 22), 'UNMISS efforts to protect civilians.');
-- safety-security
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'safety-security'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 44), 'The Declaration categorizes UN peacekeeping work into eight main thematic areas.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'safety-security'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 43), 'Objective (2): make peacekeeping missions stronger and safer.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'safety-security'), 2, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 12), 'New technologies and disinformation affect the safety and security of peacekeepers.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'safety-security'), 3, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 63), 'Measures to help protect the safety and security of personnel in high-risk environments.');
-- performance-accountability
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'performance-accountability'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 44), 'The Declaration categorizes UN peacekeeping work into eight main thematic areas.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'performance-accountability'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 47), 'The goal to strengthen the performance of UN peacekeeping operations.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'performance-accountability'), 2, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 48), 'Improving mandate implementation and mission performance.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'performance-accountability'), 3, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 49), 'Training as, in large part, the answer to effective performance.');
-- partnerships
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'partnerships'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 44), 'The Declaration categorizes UN peacekeeping work into eight main thematic areas.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'partnerships'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 51), 'The Triangular Partnership Programme.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'partnerships'), 2, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 52), 'Partnerships act as multipliers in maximizing impact.');
-- sustaining-peace
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'sustaining-peace'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 44), 'The Declaration categorizes UN peacekeeping work into eight main thematic areas.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'sustaining-peace'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 9), 'Peace operations contribute to the transition to sustainable peace.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'sustaining-peace'), 2, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 36), 'Timor-Leste continues down the path of sustainable peace and development.');
-- conduct
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'conduct'), 0, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 44), 'The Declaration categorizes UN peacekeeping work into eight main thematic areas.');
INSERT INTO a4p_theme_citation (a4p_theme_id, position, passage_id, summary) VALUES ((SELECT id FROM a4p_theme WHERE code = 'conduct'), 1, (SELECT p.id FROM passage p JOIN source_document d ON d.id = p.document_id WHERE d.slug = 'statement-2022-05-19' AND p.number = 21), 'Zero misconduct, including sexual exploitation and abuse, by Japanese troops.');
