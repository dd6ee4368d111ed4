package org.peacerecord.support;

import org.peacerecord.contribution.Contribution;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.contribution.ContributionRepository;
import org.peacerecord.milestone.Milestone;
import org.peacerecord.milestone.MilestoneRepository;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionKind;
import org.peacerecord.mission.MissionRepository;
import org.peacerecord.region.RegionRepository;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Provenance;
import org.peacerecord.shared.Quantity;
import org.peacerecord.shared.Reliability;
import org.peacerecord.source.Citation;
import org.peacerecord.source.PassageRepository;
import org.peacerecord.source.SourceDocument;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.theme.A4pThemeRepository;
import org.peacerecord.training.DeliveryMode;
import org.peacerecord.training.Programme;
import org.peacerecord.training.Training;
import org.peacerecord.training.TrainingRepository;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Creates records for a test (trainings, contributions, milestones, missions) through the repositories and
 * deletes them again with {@link #deleteAll()} (call it after each test). Titles carry a unique marker so
 * tests find their own rows among the seed and other tests' data.
 */
public class TestRecords {

    private final TrainingRepository trainings;
    private final ContributionRepository contributions;
    private final MilestoneRepository milestones;
    private final MissionRepository missions;
    private final RegionRepository regions;
    private final PassageRepository passages;
    private final A4pThemeRepository themes;

    private final List<Long> trainingIds = new ArrayList<>();
    private final List<Long> contributionIds = new ArrayList<>();
    private final List<Long> milestoneIds = new ArrayList<>();
    private final List<Long> missionIds = new ArrayList<>();

    public TestRecords(ApplicationContext context) {
        this.trainings = context.getBean(TrainingRepository.class);
        this.contributions = context.getBean(ContributionRepository.class);
        this.milestones = context.getBean(MilestoneRepository.class);
        this.missions = context.getBean(MissionRepository.class);
        this.regions = context.getBean(RegionRepository.class);
        this.passages = context.getBean(PassageRepository.class);
        this.themes = context.getBean(A4pThemeRepository.class);
    }

    /** A short marker unique to this run, to put in titles. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public TrainingBuilder training(String title) {
        return new TrainingBuilder(title);
    }

    public Mission mission(String acronym) {
        Mission mission = missions.save(new Mission(acronym, "Test mission " + acronym, MissionKind.PEACEKEEPING));
        missionIds.add(mission.getId());
        return mission;
    }

    public Contribution contribution(ContributionKind kind, String title, PartialDate start, PartialDate end,
                                     Mission mission, List<String> themeCodes, int passage) {
        Contribution contribution = new Contribution(kind, title);
        contribution.setStart(start);
        contribution.setEnd(end);
        contribution.setMission(mission);
        contribution.replaceThemes(themes(themeCodes));
        contribution.replaceCitations(List.of(passageCitation(passage)));
        contribution = contributions.save(contribution);
        contributionIds.add(contribution.getId());
        return contribution;
    }

    public Milestone milestone(String title, PartialDate occurred, Mission mission) {
        Milestone milestone = new Milestone(Provenance.STATEMENT, title, occurred);
        milestone.setMission(mission);
        milestone.replaceCitations(List.of(passageCitation(53)));
        milestone = milestones.save(milestone);
        milestoneIds.add(milestone.getId());
        return milestone;
    }

    /** Deletes every record created here (records first, then the missions they point to). */
    public void deleteAll() {
        trainings.deleteAllById(trainingIds);
        contributions.deleteAllById(contributionIds);
        milestones.deleteAllById(milestoneIds);
        missions.deleteAllById(missionIds);
        trainingIds.clear();
        contributionIds.clear();
        milestoneIds.clear();
        missionIds.clear();
    }

    private Set<A4pTheme> themes(List<String> codes) {
        Set<A4pTheme> found = new LinkedHashSet<>();
        for (String code : codes) {
            found.add(themes.findByCode(code).orElseThrow());
        }
        return found;
    }

    private Citation passageCitation(int number) {
        return Citation.ofPassage(passages.findByDocumentSlugAndNumber(SourceDocument.STATEMENT_SLUG, number)
                .orElseThrow());
    }

    /** A training with sensible defaults (public record, TPP, engineering, in person, undated). */
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
        private String partners;
        private String notes;
        private Mission mission;
        private final List<String> themeCodes = new ArrayList<>();
        private final List<Citation> citations = new ArrayList<>();

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
            citations.add(passageCitation(number));
            return this;
        }

        public TrainingBuilder citingUrl(String title, String url) {
            citations.add(Citation.ofExternalSource(title, url, "2024-01-01", LocalDate.of(2026, 11, 29),
                    "What the source says."));
            return this;
        }

        public Training save() {
            Training training = new Training(provenance, Programme.TPP, title, discipline,
                    regions.findByCode(region).orElseThrow());
            training.setDeliveryMode(mode);
            training.setStart(start);
            training.setEnd(end);
            training.setTrainees(trainees);
            training.setCountry(country);
            training.setPartners(partners);
            training.setNotes(notes);
            training.setMission(mission);
            if (provenance == Provenance.PUBLIC_RECORD) {
                training.setSourceReliability(Reliability.HIGH);
            }
            training.replaceThemes(themes(themeCodes));
            training.replaceCitations(citations.isEmpty() ? List.of(passageCitation(53)) : citations);
            training = trainings.save(training);
            trainingIds.add(training.getId());
            return training;
        }
    }
}
