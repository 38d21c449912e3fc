package io.prism.web.report;

import java.util.List;

/**
 * A report as a sequence of blocks, independent of the format it is rendered in ({@link HtmlReport},
 * {@link PdfReport}), so both formats hold exactly the same content. Every text is plain text: a renderer escapes
 * or encodes it for its format.
 */
record ReportDocument(String title, List<Block> blocks) {

    ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** One block of a report. */
    sealed interface Block permits Heading, Fields, Text, Code, Table {
    }

    /** A heading; level 1 opens a part of the report, level 2 a clause within it. */
    record Heading(int level, String text) implements Block {
    }

    /** Labelled values, one per line. */
    record Fields(List<Field> fields) implements Block {

        Fields {
            fields = List.copyOf(fields);
        }
    }

    /** One labelled value. */
    record Field(String label, String value) {
    }

    /** A paragraph. */
    record Text(String text) implements Block {
    }

    /** Text to be kept as it is, line by line (a signed checkpoint, hashes, JSON). */
    record Code(String text) implements Block {
    }

    /**
     * A table.
     *
     * @param widths each column's share of the width, summing to 1
     */
    record Table(List<String> header, List<Double> widths, List<List<String>> rows) implements Block {

        Table {
            header = List.copyOf(header);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
