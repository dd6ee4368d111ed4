package org.peacerecord.support;

import jakarta.persistence.EntityManager;
import org.peacerecord.contribution.Contribution;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.milestone.Milestone;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionKind;
import org.peacerecord.person.Person;
import org.peacerecord.region.Region;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Provenance;
import org.peacerecord.source.Citation;
import org.peacerecord.source.Passage;
import org.peacerecord.source.SourceDocument;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.training.Programme;
import org.peacerecord.training.Training;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Builds records for a test in the current (rolled-back) transaction (persisted, not yet flushed), each with
 * names unique to the test so that assertions never depend on the seed or on other tests.
 */
public final class RolledBackRecords {

    private final EntityManager em;

    public RolledBackRecords(EntityManager em) {
        this.em = em;
    }

    /** A short unique upper-case token, e.g. "QXKZTRA", usable as an acronym or a search word. */
    public static String unique() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase(Locale.ROOT);
        return ("Q" + letters + "QQQQQQ").substring(0, 8);
    }

    public Passage passage(int number) {
        return em.createQuery("select p from Passage p where p.document.slug = :slug and p.number = :n", Passage.class)
                .setParameter("slug", SourceDocument.STATEMENT_SLUG).setParameter("n", number).getSingleResult();
    }

    public Region region(String code) {
        return em.createQuery("select r from Region r where r.code = :code", Region.class)
                .setParameter("code", code).getSingleResult();
    }

    public A4pTheme theme(String code) {
        return em.createQuery("select t from A4pTheme t where t.code = :code", A4pTheme.class)
                .setParameter("code", code).getSingleResult();
    }

    public Mission mission(String acronym, String name) {
        Mission mission = new Mission(acronym, name, MissionKind.PEACEKEEPING);
        mission.setHostCountry("Côte d'Ivoire");
        mission.setRegion(region("western-africa"));
        mission.setStart(PartialDate.ofYear(2004));
        mission.setEnd(PartialDate.ofMonth(2017, 6));
        mission.replaceCitations(List.of(Citation.ofPassage(passage(27)),
                Citation.ofExternalSource("Test source for " + acronym, "https://example.org/" + acronym.toLowerCase(Locale.ROOT),
                        "2017", LocalDate.of(2026, 11, 29), "A summary.")));
        em.persist(mission);
        return mission;
    }

    public Contribution contribution(String title, ContributionKind kind, Mission mission) {
        Contribution contribution = new Contribution(kind, title);
        contribution.setMission(mission);
        contribution.replaceCitations(List.of(Citation.ofPassage(passage(35))));
        em.persist(contribution);
        return contribution;
    }

    public Training training(String title, Mission mission) {
        Training training = new Training(Provenance.STATEMENT, Programme.TPP, title, Discipline.ENGINEERING, region("africa"));
        training.setMission(mission);
        training.setLocation("Nairobi");
        training.setStart(PartialDate.ofMonth(2019, 10));
        training.replaceCitations(List.of(Citation.ofPassage(passage(50))));
        em.persist(training);
        return training;
    }

    public Person person(String name, Mission mission) {
        Person person = new Person(name);
        person.setMission(mission);
        person.setRole("Test role");
        person.replaceCitations(List.of(Citation.ofPassage(passage(28))));
        em.persist(person);
        return person;
    }

    public Milestone milestone(String title, Mission mission) {
        Milestone milestone = new Milestone(Provenance.STATEMENT, title, PartialDate.ofYear(2010));
        milestone.setMission(mission);
        milestone.replaceCitations(List.of(Citation.ofPassage(passage(30))));
        em.persist(milestone);
        return milestone;
    }

    /** Writes everything to the database and forgets it, so that the next page loads from scratch. */
    public void flushAndClear() {
        em.flush();
        em.clear();
    }
}
