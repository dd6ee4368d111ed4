import org.peacerecord.country.Countries;
import org.peacerecord.shared.SearchText;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Adds synthetic records to a PostgreSQL database of the Peace Operations Record for benchmarks: by default (scale
 * 100) 2,000 missions, 100,000 contributions, 20,000 trainings over every region and 10,000 people, with theme links
 * and citations of the statement's passages or of external sources, their search text computed as the application
 * computes it. Reproducible: the same seed gives the same rows. Written with COPY, well under a minute.
 * Every generated row is marked ("gen-" refs, "G" acronyms) and {@code --remove} takes them all out again.
 *
 * <pre>
 * ./mvnw -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=runtime
 * java -cp target/classes:$(cat /tmp/cp.txt) bench/DataGenerator.java \
 *      --url jdbc:postgresql://127.0.0.1:5432/peace_record_bench --user postgres --password postgres --seed 42
 * </pre>
 * (bench/run.sh builds the class path and runs it.)
 */
public class DataGenerator {

    private static final String[] KINDS = {"FINANCIAL", "PERSONNEL", "IN_KIND", "TRAINING", "EXPERTISE", "POLICY", "CONDUCT"};
    private static final String[] DISCIPLINES = {"ENGINEERING", "MEDICAL", "C4ISR", "TELEMEDICINE",
            "PROTECTION_OF_CIVILIANS", "WOMEN_PROTECTION", "DEMINING", "OTHER"};
    private static final String[] MODES = {"IN_PERSON", "REMOTE", "MIXED"};
    private static final String[] MISSION_KINDS = {"PEACEKEEPING", "SPECIAL_POLITICAL", "OFFICE"};
    private static final String[] PRECISIONS = {"YEAR", "MONTH", "DAY"};
    private static final String[] QUALIFIERS = {"EXACT", "AT_LEAST", "MORE_THAN", "APPROXIMATELY", "JUST_UNDER"};
    private static final String[] WORDS = ("engineering support training course deployment heavy equipment medical "
            + "field hospital evacuation police civilian electoral observers mission capacity building partnership "
            + "triangular programme rapid deployment enabling capabilities women protection advisers demining "
            + "telemedicine signals academy construction process management operators intermediate trainers "
            + "regional workshop logistics rations fuel technology accommodation security sector rule law "
            + "governance institutions elections textbooks national army stabilization transition peacebuilding").split(" ");
    private static final String[] COUNTRIES = {"Kenya", "Uganda", "Rwanda", "Viet Nam", "Indonesia", "Cambodia", "Brazil",
            "Morocco", "South Sudan", "Mali", "Timor-Leste", "Japan", "Côte d'Ivoire", "Democratic Republic of the Congo",
            "Central African Republic", "Mongolia", "Thailand", "Ghana", "Senegal", "Nepal"};
    private static final String[] FAMILY = {"Tanaka", "Suzuki", "Takahashi", "Watanabe", "Itō", "Yamamoto", "Nakamura",
            "Kobayashi", "Katō", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura"};
    private static final String[] FAMILY_JA = {"田中", "鈴木", "高橋", "渡辺", "伊藤", "山本", "中村", "小林", "加藤", "吉田",
            "山田", "佐々木", "山口", "松本", "井上", "木村"};
    private static final String[] GIVEN = {"Haruto", "Yui", "Sota", "Hina", "Ren", "Mei", "Yuto", "Aoi", "Kaito", "Rin"};
    private static final String[] GIVEN_JA = {"陽翔", "結衣", "蒼太", "陽菜", "蓮", "芽依", "悠斗", "葵", "海斗", "凛"};

    private final Connection connection;
    private final CopyManager copy;
    private final Random random;
    private final int scale;

    private final List<Long> regions = new ArrayList<>();
    private final List<Long> themes = new ArrayList<>();
    private final List<Long> passages = new ArrayList<>();
    private final List<Long> missions = new ArrayList<>();

    DataGenerator(Connection connection, long seed, int scale) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.random = new Random(seed);
        this.scale = scale;
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5432/peace_record";
        String user = "postgres";
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "postgres");
        long seed = 42;
        int scale = 100;
        boolean remove = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--scale" -> scale = Integer.parseInt(args[++i]);
                case "--remove" -> remove = true;
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        long started = System.nanoTime();
        long generated;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            DataGenerator generator = new DataGenerator(connection, seed, scale);
            generator.removeGenerated();
            if (!remove) {
                generator.generate();
            }
            generator.advanceDataVersion();
            connection.commit();
            generated = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                // As after any bulk load: the visibility map set (index-only scans) and the search indexes' pending
                // lists merged (GIN's fast update keeps up to 4 MB of new entries that every search reads through),
                // which autovacuum would do within minutes where it runs (not on every machine: it was off on the
                // benchmark's, where 1,000 to 2,000 pending entries per index made the search read them all)
                statement.execute("VACUUM ANALYZE");
            }
        }
        System.err.printf("%nDone in %.1f s; vacuumed and analysed in %.1f s more%n", (generated - started) / 1e9,
                (System.nanoTime() - generated) / 1e9);
    }

    void generate() throws SQLException, IOException {
        load("SELECT id FROM region WHERE id NOT IN (SELECT parent_id FROM region WHERE parent_id IS NOT NULL)", regions);
        load("SELECT id FROM a4p_theme", themes);
        load("SELECT id FROM passage", passages);
        int missionCount = 20 * scale;
        int contributionCount = 1000 * scale;
        int trainingCount = 200 * scale;
        int personCount = 100 * scale;

        long missionId = nextId("mission");
        StringBuilder rows = new StringBuilder();
        StringBuilder citations = new StringBuilder();
        StringBuilder places = new StringBuilder();
        for (int i = 0; i < missionCount; i++) {
            long id = missionId + i;
            missions.add(id);
            String acronym = "G" + String.format("%05d", i);
            String name = "United Nations " + words(3) + " Mission in " + pick(COUNTRIES);
            String description = sentence(14);
            LocalDate start = LocalDate.of(1948 + random.nextInt(77), 1 + random.nextInt(12), 1);
            boolean ended = random.nextInt(3) > 0;
            String host = pick(COUNTRIES);
            place(places, id, host);
            row(rows, id, acronym, name, pick(MISSION_KINDS), null, pick(regions), start, "MONTH",
                    ended ? start.plusYears(1 + random.nextInt(12)) : null, ended ? "YEAR" : null, description,
                    SearchText.of(acronym, name, Countries.all().searchText(codes(host), null), description));
            row(citations, id, 0, pick(passages), null, null, null, null, null);
            progress("missions", i + 1, missionCount);
        }
        copyIn("mission (id, acronym, name, kind, host_country, region_id, start_date, start_precision, end_date,"
                + " end_precision, description, search_text)", rows);
        copyIn("mission_citation (mission_id, position, passage_id, source_title, source_url, source_published,"
                + " accessed_on, summary)", citations);
        copyIn("mission_country (mission_id, country_code)", places);

        long contributionId = nextId("contribution");
        StringBuilder themeLinks = new StringBuilder();
        rows.setLength(0);
        citations.setLength(0);
        for (int i = 0; i < contributionCount; i++) {
            long id = contributionId + i;
            String kind = pick(KINDS);
            String title = capitalise(words(4 + random.nextInt(4)));
            String description = sentence(20 + random.nextInt(20));
            String precision = random.nextInt(10) == 0 ? null : pick(PRECISIONS);
            LocalDate start = precision == null ? null : at(date(1990, 2026), precision);
            boolean money = kind.equals("FINANCIAL") && random.nextBoolean();
            boolean people = kind.equals("PERSONNEL") && random.nextBoolean();
            row(rows, id, "gen-c" + i, kind, title, description, start, precision,
                    money ? (1000 + random.nextInt(10_000_000)) + ".00" : null, money ? "USD" : null,
                    money ? pick(QUALIFIERS) : null, people ? 1 + random.nextInt(500) : null,
                    people ? pick(QUALIFIERS) : null, random.nextInt(10) < 7 ? pick(missions) : null,
                    random.nextBoolean() ? pick(regions) : null, SearchText.of(title, description));
            cite(citations, id, 1 + random.nextInt(3));
            themes(themeLinks, id, random.nextInt(3));
            progress("contributions", i + 1, contributionCount);
        }
        copyIn("contribution (id, ref, kind, title, description, start_date, start_precision, amount, amount_currency,"
                + " amount_qualifier, headcount, headcount_qualifier, mission_id, region_id, search_text)", rows);
        copyIn("contribution_citation (contribution_id, position, passage_id, source_title, source_url,"
                + " source_published, accessed_on, summary)", citations);
        copyIn("contribution_theme (contribution_id, theme_id)", themeLinks);

        long trainingId = nextId("training");
        rows.setLength(0);
        citations.setLength(0);
        themeLinks.setLength(0);
        places.setLength(0);
        for (int i = 0; i < trainingCount; i++) {
            long id = trainingId + i;
            boolean statement = random.nextInt(5) == 0;
            String title = capitalise(words(3 + random.nextInt(5))) + " course";
            String description = sentence(15 + random.nextInt(15));
            String country = pick(COUNTRIES);
            place(places, id, country);
            String location = pick(COUNTRIES) + " training centre";
            String partners = "UN DOS; " + pick(COUNTRIES);
            String precision = random.nextInt(12) == 0 ? null : pick(PRECISIONS);
            LocalDate start = precision == null ? null : at(date(2014, 2026), precision);
            boolean trainees = random.nextBoolean();
            row(rows, id, "gen-t" + i, statement ? "STATEMENT" : "PUBLIC_RECORD", random.nextInt(4) == 0 ? "OTHER" : "TPP",
                    title, description, pick(DISCIPLINES), pick(regions), null, location, pick(MODES), start, precision,
                    trainees ? 5 + random.nextInt(300) : null, trainees ? pick(QUALIFIERS) : null, partners,
                    random.nextInt(5) == 0 ? pick(missions) : null, statement ? null : (random.nextBoolean() ? "HIGH" : "MEDIUM"),
                    SearchText.of(title, description, location, Countries.all().searchText(codes(country), null),
                            partners));
            if (statement) {
                cite(citations, id, 1);
            } else {
                row(citations, id, 0, null, "Source " + i, "https://example.org/training/" + i, "2024",
                        LocalDate.of(2026, 11, 30), "What the source says about course " + i + ".");
            }
            themes(themeLinks, id, random.nextInt(3));
            progress("trainings", i + 1, trainingCount);
        }
        copyIn("training (id, ref, provenance, programme, title, description, discipline, region_id, country, location,"
                + " delivery_mode, start_date, start_precision, trainees, trainees_qualifier, partners, mission_id,"
                + " source_reliability, search_text)", rows);
        copyIn("training_citation (training_id, position, passage_id, source_title, source_url, source_published,"
                + " accessed_on, summary)", citations);
        copyIn("training_theme (training_id, theme_id)", themeLinks);
        copyIn("training_country (training_id, country_code)", places);

        long personId = nextId("person");
        rows.setLength(0);
        citations.setLength(0);
        for (int i = 0; i < personCount; i++) {
            long id = personId + i;
            int family = random.nextInt(FAMILY.length);
            int given = random.nextInt(GIVEN.length);
            String name = GIVEN[given] + " " + FAMILY[family] + " " + i;
            String nameJa = FAMILY_JA[family] + GIVEN_JA[given];
            String role = capitalise(words(3)) + " officer";
            String organisation = random.nextBoolean() ? "United Nations" : "Government of Japan";
            row(rows, id, "gen-p" + i, name, nameJa, role, organisation, random.nextBoolean() ? pick(missions) : null,
                    random.nextInt(50) == 0, SearchText.of(name, nameJa, role, organisation));
            cite(citations, id, 1);
            progress("people", i + 1, personCount);
        }
        copyIn("person (id, ref, name, name_ja, role, organisation, mission_id, in_memoriam, search_text)", rows);
        copyIn("person_citation (person_id, position, passage_id, source_title, source_url, source_published,"
                + " accessed_on, summary)", citations);

        for (String table : List.of("mission", "contribution", "training", "person")) {
            restartIdentity(table);
        }
    }

    void removeGenerated() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM contribution_theme WHERE contribution_id IN (SELECT id FROM contribution WHERE ref LIKE 'gen-%')");
            statement.execute("DELETE FROM contribution_citation WHERE contribution_id IN (SELECT id FROM contribution WHERE ref LIKE 'gen-%')");
            statement.execute("DELETE FROM contribution WHERE ref LIKE 'gen-%'");
            statement.execute("DELETE FROM training_theme WHERE training_id IN (SELECT id FROM training WHERE ref LIKE 'gen-%')");
            statement.execute("DELETE FROM training_citation WHERE training_id IN (SELECT id FROM training WHERE ref LIKE 'gen-%')");
            statement.execute("DELETE FROM training WHERE ref LIKE 'gen-%'");
            statement.execute("DELETE FROM person_citation WHERE person_id IN (SELECT id FROM person WHERE ref LIKE 'gen-%')");
            statement.execute("DELETE FROM person WHERE ref LIKE 'gen-%'");
            statement.execute("DELETE FROM mission_citation WHERE mission_id IN (SELECT id FROM mission WHERE acronym ~ '^G[0-9]{5}$')");
            statement.execute("DELETE FROM mission WHERE acronym ~ '^G[0-9]{5}$'");
        }
    }

    /** Pages cached by the data version must not outlive the change. */
    void advanceDataVersion() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE data_version SET version = version + 1 WHERE id = 1");
        }
    }

    private void cite(StringBuilder citations, long owner, int count) {
        for (int position = 0; position < count; position++) {
            row(citations, owner, position, pick(passages), null, null, null, null, null);
        }
    }

    private void themes(StringBuilder links, long owner, int count) {
        List<Long> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Long theme = pick(themes);
            if (!chosen.contains(theme)) {
                chosen.add(theme);
                row(links, owner, theme);
            }
        }
    }

    private void load(String sql, List<Long> into) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                into.add(rs.getLong(1));
            }
        }
        if (into.isEmpty()) {
            throw new IllegalStateException("Nothing found for " + sql + ": start the application once to seed the database");
        }
    }

    private long nextId(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows copied with explicit ids do not advance the identity: restart it after them. */
    private void restartIdentity(String table) throws SQLException {
        long next = nextId(table);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }

    /** The UN M49 codes of a country named as the app's list names it (every name of COUNTRIES matches one). */
    private static java.util.Set<String> codes(String country) {
        return Countries.all().match(country).codes();
    }

    private static void place(StringBuilder out, long id, String country) {
        for (String code : codes(country)) {
            row(out, id, code);
        }
    }

    private void copyIn(String target, StringBuilder rows) throws SQLException, IOException {
        copy.copyIn("COPY " + target + " FROM STDIN WITH (FORMAT csv)", new StringReader(rows.toString()));
    }

    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values[i];
            if (value != null) {
                String text = value.toString();
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(pick(WORDS));
        }
        return text.toString();
    }

    private String sentence(int words) {
        return capitalise(words(words)) + ".";
    }

    /** Stored dates are the first day of their period. */
    private static LocalDate at(LocalDate date, String precision) {
        return switch (precision) {
            case "YEAR" -> date.withDayOfYear(1);
            case "MONTH" -> date.withDayOfMonth(1);
            default -> date;
        };
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private LocalDate date(int fromYear, int toYear) {
        return LocalDate.of(fromYear + random.nextInt(toYear - fromYear), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static long lastShown;

    private static void progress(String what, int done, int total) {
        long now = System.nanoTime();
        if (done != total && now - lastShown < 100_000_000L) {
            return;
        }
        lastShown = now;
        int width = 30;
        int filled = (int) ((long) done * width / total);
        System.err.printf("\r%-14s [%s%s] %3d%% %,d/%,d", what, "#".repeat(filled), " ".repeat(width - filled),
                done * 100L / total, done, total);
        if (done == total) {
            System.err.println();
        }
    }
}
