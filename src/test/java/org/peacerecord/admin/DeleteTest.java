package org.peacerecord.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.peacerecord.admin.AdminFixtures.page;
import static org.peacerecord.admin.AdminFixtures.postForm;
import static org.peacerecord.admin.AdminFixtures.unique;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A record others still refer to is not deleted: the page says which records refer to it. Never a 500. */
@PostgresTest
class DeleteTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    AdminFixtures fixtures;
    AdminFixtures.Type missions;
    AdminFixtures.Type contributions;
    AdminFixtures.Type trainings;
    AdminFixtures.Type themes;
    AdminFixtures.Type people;
    AdminFixtures.Type milestones;
    AdminFixtures.Type regions;

    @BeforeEach
    void setUp() {
        fixtures = new AdminFixtures(mvc, jdbc);
        var types = AdminFixtures.types(jdbc);
        missions = types.get(0);
        contributions = types.get(1);
        trainings = types.get(2);
        themes = types.get(3);
        people = types.get(4);
        milestones = types.get(5);
        regions = types.get(7);
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    @Test
    void aMissionWithContributionsPeopleAndMilestonesIsNotDeleted() throws Exception {
        String unique = unique();
        long mission = fixtures.create(missions, missions.validForm().apply(unique));
        long contribution = fixtures.create(contributions, referring(contributions, unique, "missionId", mission));
        long person = fixtures.create(people, referring(people, unique, "missionId", mission));
        long milestone = fixtures.create(milestones, referring(milestones, unique, "missionId", mission));
        long training = fixtures.create(trainings, referring(trainings, unique, "missionId", mission));

        mvc.perform(page("/admin/missions/" + mission + "/delete"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("It cannot be deleted: 4 records still refer to it."),
                        containsString("href=\"/admin/contributions/" + contribution + "/edit\">Test contribution " + unique),
                        containsString("href=\"/admin/people/" + person + "/edit\">Test person " + unique),
                        containsString("href=\"/admin/milestones/" + milestone + "/edit\">Test milestone " + unique),
                        containsString("href=\"/admin/trainings/" + training + "/edit\">Test training " + unique),
                        not(containsString("action=\"/admin/missions/" + mission + "/delete\"")))));

        mvc.perform(postForm("/admin/missions/" + mission + "/delete", new LinkedMultiValueMap<>()))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("It cannot be deleted"),
                        containsString("/admin/people/" + person + "/edit"))));
        assertThat(exists("mission", mission)).isTrue();

        // once nothing refers to it any more, it can go
        for (String path : new String[]{"contributions/" + contribution, "people/" + person, "milestones/" + milestone,
                "trainings/" + training}) {
            mvc.perform(postForm("/admin/" + path + "/delete", new LinkedMultiValueMap<>())).andExpect(status().is3xxRedirection());
        }
        mvc.perform(postForm("/admin/missions/" + mission + "/delete", new LinkedMultiValueMap<>()))
                .andExpect(redirectedUrl("/admin/missions"));
        assertThat(exists("mission", mission)).isFalse();
    }

    @Test
    void aRegionWithSubRegionsOrRecordsIsNotDeleted() throws Exception {
        String unique = unique();
        long region = fixtures.create(regions, regions.validForm().apply(unique));
        MultiValueMap<String, String> child = regions.validForm().apply(unique + "s");
        child.set("parentId", String.valueOf(region));
        long sub = fixtures.create(regions, child);
        long mission = fixtures.create(missions, referring(missions, unique, "regionId", region));

        mvc.perform(postForm("/admin/regions/" + region + "/delete", new LinkedMultiValueMap<>()))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(
                        containsString("href=\"/admin/regions/" + sub + "/edit\">Test region " + unique + "s"),
                        containsString("href=\"/admin/missions/" + mission + "/edit\">"))));
        assertThat(exists("region", region)).isTrue();
    }

    @Test
    void aThemeLinkedToRecordsIsNotDeleted() throws Exception {
        String unique = unique();
        long theme = fixtures.create(themes, themes.validForm().apply(unique));
        MultiValueMap<String, String> form = trainings.validForm().apply(unique);
        form.add("themeIds", String.valueOf(theme));
        long training = fixtures.create(trainings, form);

        mvc.perform(postForm("/admin/themes/" + theme + "/delete", new LinkedMultiValueMap<>()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("href=\"/admin/trainings/" + training + "/edit\">Test training " + unique)));
        assertThat(exists("a4p_theme", theme)).isTrue();
    }

    @Test
    void passagesCannotBeDeletedAtAll() throws Exception {
        long passage = jdbc.queryForObject("SELECT MIN(id) FROM passage", Long.class);
        mvc.perform(postForm("/admin/passages/" + passage + "/delete", new LinkedMultiValueMap<>()))
                .andExpect(status().isNotFound());
        assertThat(exists("passage", passage)).isTrue();
    }

    private MultiValueMap<String, String> referring(AdminFixtures.Type type, String unique, String field, long id) {
        MultiValueMap<String, String> form = type.validForm().apply(unique);
        form.set(field, String.valueOf(id));
        return form;
    }

    private boolean exists(String table, long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE id = ?", Integer.class, id) == 1;
    }
}
