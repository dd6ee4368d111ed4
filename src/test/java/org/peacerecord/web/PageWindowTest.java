package org.peacerecord.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

class PageWindowTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1    | 1    | [1]
            1    | 5    | [1, 2, 3, 4, 5]
            1    | 7    | [1, 2, 3, 4, 5, 6, 7]
            1    | 8    | [1, 2, 3, 4, 5, null, 8]
            4    | 7    | [1, 2, 3, 4, 5, 6, 7]
            1    | 5000 | [1, 2, 3, 4, 5, null, 5000]
            2500 | 5000 | [1, null, 2498, 2499, 2500, 2501, 2502, null, 5000]
            5000 | 5000 | [1, null, 4996, 4997, 4998, 4999, 5000]
            4    | 5000 | [1, 2, 3, 4, 5, 6, null, 5000]
            """)
    void firstLastAndTheNeighboursOfTheCurrentPage(int current, int pages, String expected) {
        PageImpl<Object> page = new PageImpl<>(Collections.nCopies(20, new Object()), PageRequest.of(current - 1, 20),
                (long) pages * 20);
        assertThat(new PageWindow().of(page).toString()).isEqualTo(expected);
    }
}
