package org.peacerecord.admin;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.admin.MissionForm;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.peacerecord.admin.AdminFixtures.postForm;
import static org.peacerecord.admin.AdminFixtures.unique;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two editors open the same version of a record and both save: exactly one save wins, the other sees the
 * conflict page (409) with both values, nothing is overwritten, and the history holds exactly one change.
 */
@PostgresTest
class EditConflictTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecordEditingService service;

    @Autowired
    EditorRegistry admins;

    @Autowired
    TransactionTemplate transactions;

    AdminFixtures fixtures;
    AdminFixtures.Type missions;

    @BeforeEach
    void setUp() {
        fixtures = new AdminFixtures(mvc, jdbc);
        missions = AdminFixtures.types(jdbc).get(0);
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    @Test
    void theSecondOfTwoSavesFromTheSameVersionGetsTheConflictPageAndOverwritesNothing() throws Exception {
        String unique = unique();
        long id = fixtures.create(missions, missions.validForm().apply(unique));

        mvc.perform(postForm("/admin/missions/" + id, edit(unique, "Name by Alice", "0")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(postForm("/admin/missions/" + id, edit(unique, "Name by Bob", "0")))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(
                        containsString("Someone else changed this record"),
                        containsString("Nothing was overwritten"),
                        containsString("<td class=\"yours\"><div>Name by Bob</div></td>"),
                        containsString("<td class=\"current\"><div>Name by Alice</div></td>"),
                        containsString("href=\"/admin/missions/" + id + "/edit\""))));

        assertThat(name(id)).isEqualTo("Name by Alice");
        assertThat(fixtures.version("mission", id)).isEqualTo(1L);
        assertThat(changes(id)).isEqualTo(1);
    }

    @Test
    void aSaveWithoutAVersionIsAConflictToo() throws Exception {
        String unique = unique();
        long id = fixtures.create(missions, missions.validForm().apply(unique));
        MultiValueMap<String, String> form = edit(unique, "No version", "0");
        form.remove("version");
        mvc.perform(postForm("/admin/missions/" + id, form)).andExpect(status().isConflict());
        assertThat(fixtures.version("mission", id)).isZero();
    }

    @Test
    void twoEditorsSavingAtOnceExactlyOneWins() throws Exception {
        String unique = unique();
        long id = fixtures.create(missions, missions.validForm().apply(unique));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> saves = new ArrayList<>();
            for (String editor : List.of("Alice", "Bob")) {
                saves.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return mvc.perform(postForm("/admin/missions/" + id, edit(unique, "Name by " + editor, "0")))
                            .andReturn().getResponse().getStatus();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> save : saves) {
                statuses.add(save.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(302, 409);
            String winner = statuses.get(0) == 302 ? "Name by Alice" : "Name by Bob";
            assertThat(name(id)).isEqualTo(winner);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixtures.version("mission", id)).isEqualTo(1L);
        assertThat(changes(id)).isEqualTo(1);
    }

    /**
     * The race the version comparison cannot see: both saves read version 0 before either commits. The second
     * one's UPDATE waits for the first one's row lock, then finds the version moved on: JPA's @Version check
     * refuses it.
     */
    @Test
    void aRaceBetweenCheckAndCommitIsCaughtByTheVersionColumn() throws Exception {
        String unique = unique();
        long id = fixtures.create(missions, missions.validForm().apply(unique));
        RecordEditor<Mission, MissionForm> admin = missionAdmin();
        MissionForm alice = service.form(admin, id);
        alice.setName("Name by Alice");
        MissionForm bob = service.form(admin, id);
        bob.setName("Name by Bob");

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Void> bobsSave = new CompletableFuture<>();
            transactions.executeWithoutResult(tx -> {
                service.update(admin, id, alice); // flushed, row locked, not committed
                pool.submit(() -> {
                    try {
                        service.update(admin, id, bob);
                        bobsSave.complete(null);
                    } catch (Throwable e) {
                        bobsSave.completeExceptionally(e);
                    }
                });
                awaitLockWait();
            });
            assertThatThrownBy(() -> bobsSave.get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ObjectOptimisticLockingFailureException.class);
        } finally {
            pool.shutdownNow();
        }
        assertThat(name(id)).isEqualTo("Name by Alice");
        assertThat(changes(id)).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private RecordEditor<Mission, MissionForm> missionAdmin() {
        return (RecordEditor<Mission, MissionForm>) admins.all().stream()
                .filter(admin -> admin.path().equals("missions")).findFirst().orElseThrow();
    }

    /** Waits until another session of this database waits for a row lock. */
    private void awaitLockWait() {
        Awaitility.await("the second save waiting for the first one's lock").atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND wait_event_type = 'Lock'", Integer.class) > 0);
    }

    private MultiValueMap<String, String> edit(String unique, String name, String version) {
        MultiValueMap<String, String> form = missions.validForm().apply(unique);
        form.set("name", name);
        form.set("version", version);
        return form;
    }

    private String name(long id) {
        return jdbc.queryForObject("SELECT name FROM mission WHERE id = ?", String.class, id);
    }

    /** Changes recorded in the history (revisions that modified the record). */
    private int changes(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mission_aud WHERE id = ? AND revtype = 1", Integer.class, id);
    }
}
