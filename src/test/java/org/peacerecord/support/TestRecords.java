package org.peacerecord.support;

import jakarta.persistence.EntityManager;
import org.peacerecord.contribution.Contribution;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.country.Countries;
import org.peacerecord.initiative.Initiative;
import org.peacerecord.initiative.InitiativeKind;
import org.peacerecord.milestone.Milestone;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionKind;
import org.peacerecord.person.Person;
import org.peacerecord.region.Region;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Provenance;
import org.peacerecord.shared.Quantity;
import org.peacerecord.shared.Reliability;
import org.peacerecord.source.Citation;
import org.peacerecord.source.CitedRecord;
import org.peacerecord.source.Passage;
import org.peacerecord.source.SourceDocument;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.training.DeliveryMode;
import org.peacerecord.training.Programme;
import org.peacerecord.training.Training;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The one builder of test data: records with names unique to the test, so that assertions never depend on the seed
 * or on other tests. Inside a test's transaction ({@code @Transactional} tests) records join it and are rolled back
 * with it; otherwise each is committed at once (browsers and other threads see it) and {@link #deleteCreated()}
 * removes it again, newest first: call it after each test.
 */
public class TestRecords {

    private final EntityManager em;
    private final TransactionTemplate transactions;
    private final Deque<Created> created = new ArrayDeque<>();

    TestRecords(EntityManager em, TransactionTemplate transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    /** A short marker unique to this run, to put in titles: "Test 1a2b3c4d". */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A short unique upper-case token, e.g. "QXKZTRA", usable as an acronym or a search word. */
    public static String unique() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase(Locale.ROOT);
        return ("Q" + letters + "QQQQQQ").substring(0, 8);
    }

    // ---------------------------------------------------------------- the seed's fixed records

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

    // ---------------------------------------------------------------- new records

    public Mission mission(String acronym) {
        return mission(acronym, "Test mission " + acronym);
    }

    /** A mission in Western Africa, 2004 to June 2017, citing a passage and an external source. */
    public Mission mission(String acronym, String name) {
        return save(() -> {
            Mission mission = new Mission(acronym, name, MissionKind.PEACEKEEPING);
            mission.replaceCountries(Set.of("384")); // Côte d'Ivoire
            mission.setRegion(region("western-africa"));
            mission.setStart(PartialDate.ofYear(2004));
            mission.setEnd(PartialDate.ofMonth(2017, 6));
            mission.replaceCitations(List.of(Citation.ofPassage(passage(27)),
                    Citation.ofExternalSource("Test source for " + acronym,
                            "https://example.org/" + acronym.toLowerCase(Locale.ROOT), "2017", LocalDate.of(2026, 11, 29),
                            "A summary.")));
            return mission;
        });
    }

    public Contribution contribution(String title, ContributionKind kind, Mission mission) {
        return contribution(kind, title, null, null, mission, List.of(), 35);
    }

    public Contribution contribution(ContributionKind kind, String title, PartialDate start, PartialDate end,
                                     Mission mission, List<String> themeCodes, int passage) {
        return save(() -> {
            Contribution contribution = new Contribution(kind, title);
            contribution.setStart(start);
            contribution.setEnd(end);
            contribution.setMission(mission);
            contribution.replaceThemes(themes(themeCodes));
            contribution.replaceCitations(List.of(Citation.ofPassage(passage(passage))));
            return contribution;
        });
    }

    /** Japan's contribution that is its part in a training course. */
    public Contribution contributionTo(Training training, ContributionKind kind, String title) {
        return save(() -> {
            Contribution contribution = new Contribution(kind, title);
            contribution.setStart(training.getStart());
            contribution.setTraining(em.find(Training.class, training.getId()));
            contribution.replaceCitations(List.of(Citation.ofPassage(passage(53))));
            return contribution;
        });
    }

    /** Japan's contribution that is its part in an initiative. */
    public Contribution contributionTo(Initiative initiative, ContributionKind kind, String title) {
        return save(() -> {
            Contribution contribution = new Contribution(kind, title);
            contribution.setStart(initiative.getStart());
            contribution.setInitiative(em.find(Initiative.class, initiative.getId()));
            contribution.replaceCitations(List.of(Citation.ofPassage(passage(70))));
            return contribution;
        });
    }

    /** An initiative of the given kind, citing passage 70, in the given missions. */
    public Initiative initiative(InitiativeKind kind, String title, PartialDate start, Mission... missions) {
        return save(() -> {
            Initiative initiative = new Initiative(kind, title);
            initiative.setStart(start);
            Set<Mission> found = new LinkedHashSet<>();
            for (Mission mission : missions) {
                found.add(em.find(Mission.class, mission.getId()));
            }
            initiative.replaceMissions(found);
            initiative.replaceCitations(List.of(Citation.ofPassage(passage(70))));
            return initiative;
        });
    }

    /** A milestone that marks a contribution (the occasion of Japan's announcement, a law's enactment). */
    public Milestone milestoneMarking(Contribution contribution, String title, PartialDate occurred) {
        return save(() -> {
            Milestone milestone = new Milestone(Provenance.STATEMENT, title, occurred);
            Contribution marked = em.find(Contribution.class, contribution.getId());
            milestone.setContribution(marked);
            milestone.setMission(marked.getMission());
            milestone.replaceCitations(List.of(Citation.ofPassage(passage(51))));
            return milestone;
        });
    }

    /** A statement training in Africa (Nairobi, October 2019). */
    public Training training(String title, Mission mission) {
        return training(title).provenance(Provenance.STATEMENT).region("africa").period(PartialDate.ofMonth(2019, 10), null)
                .location("Nairobi").citingPassage(50).mission(mission).save();
    }

    public TrainingBuilder training(String title) {
        return new TrainingBuilder(title);
    }

    public Person person(String name, Mission mission) {
        return save(() -> {
            Person person = new Person(name);
            person.setMission(mission);
            person.setRole("Test role");
            person.replaceCitations(List.of(Citation.ofPassage(passage(28))));
            return person;
        });
    }

    public Milestone milestone(String title, Mission mission) {
        return milestone(title, PartialDate.ofYear(2010), mission);
    }

    public Milestone milestone(String title, PartialDate occurred, Mission mission) {
        return save(() -> {
            Milestone milestone = new Milestone(Provenance.STATEMENT, title, occurred);
            milestone.setMission(mission);
            milestone.replaceCitations(List.of(Citation.ofPassage(passage(30))));
            return milestone;
        });
    }

    /** In a test's transaction: writes everything and forgets it, so that the next page loads from scratch. */
    public void flushAndClear() {
        em.flush();
        em.clear();
    }

    /** Deletes every record committed here, newest first (citations and theme links go with their records). */
    public void deleteCreated() {
        transactions.executeWithoutResult(status -> {
            while (!created.isEmpty()) {
                Created record = created.pop();
                Object found = em.find(record.type(), record.id());
                if (found != null) {
                    em.remove(found);
                }
            }
        });
    }

    private <T extends CitedRecord> T save(java.util.function.Supplier<T> build) {
        boolean rolledBack = TransactionSynchronizationManager.isActualTransactionActive();
        T record = transactions.execute(status -> {
            T built = build.get();
            em.persist(built);
            em.flush();
            return built;
        });
        if (!rolledBack) {
            created.push(new Created(record.getClass(), record.getId()));
        }
        return record;
    }

    private Set<A4pTheme> themes(List<String> codes) {
        Set<A4pTheme> found = new LinkedHashSet<>();
        codes.forEach(code -> found.add(theme(code)));
        return found;
    }

    private record Created(Class<?> type, long id) {
    }

    /** A training with sensible defaults (public record, TPP, engineering in Eastern Africa, in person, undated). */
    public final class TrainingBuilder {

        private final String title;
        private String region = "eastern-africa";
        private Discipline discipline = Discipline.ENGINEERING;
        private DeliveryMode mode = DeliveryMode.IN_PERSON;
        private Provenance provenance = Provenance.PUBLIC_RECORD;
        private PartialDate start;
        private PartialDate end;
        private Quantity trainees;
        private String country;
        private String location;
        private String partners;
        private String notes;
        private Mission mission;
        private final List<String> themeCodes = new ArrayList<>();
        private final List<Integer> passages = new ArrayList<>();
        private final List<String[]> sources = new ArrayList<>();

        private TrainingBuilder(String title) {
            this.title = title;
        }

        public TrainingBuilder region(String code) {
            this.region = code;
            return this;
        }

        public TrainingBuilder discipline(Discipline discipline) {
            this.discipline = discipline;
            return this;
        }

        public TrainingBuilder mode(DeliveryMode mode) {
            this.mode = mode;
            return this;
        }

        public TrainingBuilder provenance(Provenance provenance) {
            this.provenance = provenance;
            return this;
        }

        public TrainingBuilder period(PartialDate start, PartialDate end) {
            this.start = start;
            this.end = end;
            return this;
        }

        public TrainingBuilder inYear(int year) {
            return period(PartialDate.ofYear(year), null);
        }

        public TrainingBuilder trainees(Quantity trainees) {
            this.trainees = trainees;
            return this;
        }

        public TrainingBuilder country(String country) {
            this.country = country;
            return this;
        }

        public TrainingBuilder location(String location) {
            this.location = location;
            return this;
        }

        public TrainingBuilder partners(String partners) {
            this.partners = partners;
            return this;
        }

        public TrainingBuilder notes(String notes) {
            this.notes = notes;
            return this;
        }

        public TrainingBuilder mission(Mission mission) {
            this.mission = mission;
            return this;
        }

        public TrainingBuilder theme(String code) {
            themeCodes.add(code);
            return this;
        }

        public TrainingBuilder citingPassage(int number) {
            passages.add(number);
            return this;
        }

        public TrainingBuilder citingUrl(String title, String url) {
            sources.add(new String[]{title, url});
            return this;
        }

        public Training save() {
            return TestRecords.this.save(() -> {
                Training training = new Training(provenance, Programme.TPP, title, discipline, TestRecords.this.region(region));
                training.setDeliveryMode(mode);
                training.setStart(start);
                training.setEnd(end);
                training.setTrainees(trainees);
                Countries.Match place = Countries.all().match(country);
                training.replaceCountries(place.codes());
                training.setUnmatchedCountry(place.unmatchedText());
                training.setLocation(location);
                training.setPartners(partners);
                training.setNotes(notes);
                training.setMission(mission);
                if (provenance == Provenance.PUBLIC_RECORD) {
                    training.setSourceReliability(Reliability.HIGH);
                }
                training.replaceThemes(themes(themeCodes));
                List<Citation> citations = new ArrayList<>();
                passages.forEach(n -> citations.add(Citation.ofPassage(passage(n))));
                sources.forEach(s -> citations.add(Citation.ofExternalSource(s[0], s[1], "2024-01-01",
                        LocalDate.of(2026, 11, 29), "What the source says.")));
                training.replaceCitations(citations.isEmpty() ? List.of(Citation.ofPassage(passage(53))) : citations);
                return training;
            });
        }
    }
}
