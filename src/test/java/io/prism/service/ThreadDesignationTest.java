package io.prism.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.data.Provenance;
import io.prism.data.ThreadSpecRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading thread designations and choosing the nearest listed threads, without a database. */
class ThreadDesignationTest {

    @Test
    void shouldReadTheAcceptedForms() {
        assertThat(ThreadDesignation.parse("M10").orElseThrow()).isEqualTo(new ThreadDesignation(10, null));
        assertThat(ThreadDesignation.parse("m1.6").orElseThrow()).isEqualTo(new ThreadDesignation(1.6, null));
        for (String typed : List.of("M10x1.25", "M10 x 1.25", "M10X1,25", "m10×1.25", "M10*1.25", "M 10x1.25-6g",
                "M10x1.25 - 6H6H")) {
            assertThat(ThreadDesignation.parse(typed).orElseThrow()).as(typed)
                    .isEqualTo(new ThreadDesignation(10, 1.25));
        }
        assertThat(ThreadDesignation.parse("M10,5").orElseThrow().nominalMm()).isEqualTo(10.5);
    }

    @Test
    void shouldRefuseOtherText() {
        for (String typed : List.of("", "10", "M", "Mx1", "M10x", "M10 x", "UNC 1/4-20", "G1/2", "M10x1.25x2",
                "M10 fine", "M10-6")) {
            assertThat(ThreadDesignation.parse(typed)).as(typed).isEmpty();
        }
    }

    @Test
    void shouldWriteTheCanonicalDesignation() {
        assertThat(new ThreadDesignation(10, null).canonical()).isEqualTo("M10");
        assertThat(new ThreadDesignation(1.6, 0.2).canonical()).isEqualTo("M1.6x0.2");
        assertThat(new ThreadDesignation(10, 2.0).canonical()).isEqualTo("M10x2");
    }

    @Test
    void shouldSuggestTheNearestSizeThenPitch() {
        List<ThreadSpecRow> all = List.of(row("M8", 8, 1.25, "COARSE"), row("M8x1", 8, 1, "FINE"),
                row("M10", 10, 1.5, "COARSE"), row("M10x1", 10, 1, "FINE"), row("M10x1.25", 10, 1.25, "FINE"),
                row("M12", 12, 1.75, "COARSE"), row("M12x1.5", 12, 1.5, "FINE"));
        assertThat(ThreadService.suggestions(new ThreadDesignation(10, 2.0), all))
                .containsExactly("M10", "M10x1.25", "M10x1", "M12", "M12x1.5");
        assertThat(ThreadService.suggestions(new ThreadDesignation(11, null), all))
                .containsExactly("M10", "M12", "M10x1", "M10x1.25", "M12x1.5");
    }

    private static ThreadSpecRow row(String designation, double d, double p, String series) {
        return new ThreadSpecRow(designation, series, d, p, d - 1.082532 * p, d - 1.226869 * p, d - 0.649519 * p,
                d - p, 0.613435 * p, new Provenance("test", "source-text", true));
    }
}
