package org.peacerecord.publicrecord;

import org.junit.jupiter.api.Test;
import org.peacerecord.shared.DatePrecision;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.Qualifier;
import org.peacerecord.training.DeliveryMode;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PublicRecordCsvReaderTest {

    private static final String HEADER = String.join(",", PublicRecordCsvReader.HEADERS) + "\n";

    @Test
    void readsQuotedFieldsDatesWithPrecisionAndQualifiedCounts() throws Exception {
        String csv = HEADER + "C99,course,\"Course, with comma and \"\"quotes\"\"\",engineering,Africa,Kenya,"
                + "\"Nairobi (IPSTC)\",2015-09,month,2015-10-16,day,in-person,30,at_least,30+,Kenya,UN DFS,"
                + "https://www.mofa.go.jp/x.html,2015-09-03,Summary é,high,,\n";

        List<PublicRecordRow> rows = PublicRecordCsvReader.read(new StringReader(csv));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("Course, with comma and \"quotes\"");
            assertThat(row.discipline()).isEqualTo(Discipline.ENGINEERING);
            assertThat(row.start().getPrecision()).isEqualTo(DatePrecision.MONTH);
            assertThat(row.end().toIsoString()).isEqualTo("2015-10-16");
            assertThat(row.mode()).isEqualTo(DeliveryMode.IN_PERSON);
            assertThat(row.trainees().getValue()).isEqualTo(30L);
            assertThat(row.trainees().getQualifier()).isEqualTo(Qualifier.AT_LEAST);
            assertThat(row.sourceSummary()).isEqualTo("Summary é");
            assertThat(row.notes()).isNull();
        });
    }

    @Test
    void rejectsADateWhosePrecisionDisagrees() {
        String csv = HEADER + "C98,course,T,engineering,Africa,Kenya,,2015,day,,,in-person,,,,,,https://a.b/c,,S,high,,\n";
        assertThatIllegalArgumentException().isThrownBy(() -> PublicRecordCsvReader.read(new StringReader(csv)))
                .withMessageContaining("precision");
    }

    @Test
    void rejectsDuplicateIds() {
        String row = "C97,course,T,engineering,Africa,Kenya,,2015,year,,,in-person,,,,,,https://a.b/c,,S,high,,\n";
        assertThatIllegalArgumentException().isThrownBy(() -> PublicRecordCsvReader.read(new StringReader(HEADER + row + row)))
                .withMessageContaining("Duplicate");
    }

    @Test
    void namesTheSourceByItsHost() {
        assertThat(PublicRecordImporter.sourceTitle("https://www.mofa.go.jp/press/x.html")).isEqualTo("mofa.go.jp");
        assertThat(PublicRecordImporter.sourceTitle("https://operationalsupport.un.org/en/x")).isEqualTo("operationalsupport.un.org");
    }
}
