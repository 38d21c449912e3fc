package io.prism.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a report as an A4 PDF with Apache PDFBox: the Liberation Sans font PDFBox ships, embedded as a subset so
 * the file shows the same everywhere, text wrapped to the page, tables with borders split across pages where they
 * have to be, and a page number on every page. A character the font has no glyph for is written as '?'.
 */
final class PdfReport {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 48;
    private static final float BODY = 9;
    private static final float CODE = 7.5f;
    private static final float PAD = 3;
    private static final float LABEL_WIDTH = 150;

    private final PDDocument pdf;
    private final PDType0Font font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    private PdfReport(PDDocument pdf, PDType0Font font) {
        this.pdf = pdf;
        this.font = font;
    }

    /** The PDF of a report. */
    static byte[] render(ReportDocument doc) {
        try (PDDocument pdf = new PDDocument(); InputStream ttf = PdfReport.class.getResourceAsStream(FONT)) {
            PdfReport writer = new PdfReport(pdf, PDType0Font.load(pdf, ttf));
            writer.write(doc);
            pdf.getDocumentInformation().setTitle(doc.title());
            pdf.getDocumentInformation().setCreator("PRISM");
            pdf.getDocumentInformation().setCreationDate(Calendar.getInstance(TimeZone.getTimeZone("UTC")));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the report's PDF could not be written", e);
        }
    }

    private void write(ReportDocument doc) throws IOException {
        newPage();
        heading(doc.title(), 15);
        for (ReportDocument.Block block : doc.blocks()) {
            switch (block) {
                case ReportDocument.Heading h -> heading(h.text(), h.level() == 1 ? 12.5f : 10.5f);
                case ReportDocument.Fields f -> fields(f);
                case ReportDocument.Text t -> paragraph(t.text(), BODY, 0);
                case ReportDocument.Code c -> paragraph(c.text(), CODE, 8);
                case ReportDocument.Table t -> table(t);
            }
        }
        page.close();
        numberPages();
    }

    private void heading(String text, float size) throws IOException {
        y -= size * 0.6f;
        paragraph(text, size, 0);
        y -= size * 0.2f;
    }

    private void paragraph(String text, float size, float indent) throws IOException {
        for (String line : wrap(text, size, width() - indent)) {
            ensure(leading(size));
            show(line, size, MARGIN + indent, y - size);
            y -= leading(size);
        }
        y -= size * 0.4f;
    }

    private void fields(ReportDocument.Fields f) throws IOException {
        for (ReportDocument.Field field : f.fields()) {
            List<String> lines = wrap(field.value(), BODY, width() - LABEL_WIDTH);
            for (int i = 0; i < lines.size(); i++) {
                ensure(leading(BODY));
                if (i == 0) {
                    show(field.label(), BODY, MARGIN, y - BODY);
                }
                show(lines.get(i), BODY, MARGIN + LABEL_WIDTH, y - BODY);
                y -= leading(BODY);
            }
        }
        y -= BODY * 0.5f;
    }

    private void table(ReportDocument.Table t) throws IOException {
        row(t, t.header(), true);
        for (List<String> cells : t.rows()) {
            row(t, cells, false);
        }
        y -= BODY * 0.6f;
    }

    /** One row; a row taller than the space left goes on in a slice on the next page. */
    private void row(ReportDocument.Table t, List<String> cells, boolean header) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            lines.add(wrap(cells.get(c), BODY, columnWidth(t, c) - 2 * PAD));
        }
        int total = lines.stream().mapToInt(List::size).max().orElse(1);
        int done = 0;
        while (done < total) {
            ensure(leading(BODY) + 2 * PAD);
            int fit = Math.max(1, (int) ((y - MARGIN - 2 * PAD) / leading(BODY)));
            int slice = Math.min(fit, total - done);
            slice(t, lines, done, slice, header);
            done += slice;
        }
    }

    private void slice(ReportDocument.Table t, List<List<String>> lines, int from, int count, boolean header)
            throws IOException {
        float height = count * leading(BODY) + 2 * PAD;
        float x = MARGIN;
        for (int c = 0; c < lines.size(); c++) {
            float w = columnWidth(t, c);
            if (header) {
                page.setNonStrokingColor(0.9f, 0.9f, 0.9f);
                page.addRect(x, y - height, w, height);
                page.fill();
                page.setNonStrokingColor(0f, 0f, 0f);
            }
            page.setLineWidth(0.4f);
            page.addRect(x, y - height, w, height);
            page.stroke();
            List<String> cell = lines.get(c);
            for (int i = from; i < Math.min(cell.size(), from + count); i++) {
                show(cell.get(i), BODY, x + PAD, y - PAD - (i - from) * leading(BODY) - BODY);
            }
            x += w;
        }
        y -= height;
    }

    private float columnWidth(ReportDocument.Table t, int column) {
        return (float) (t.widths().get(column) * width());
    }

    private void show(String text, float size, float x, float baseline) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, baseline);
        page.showText(text);
        page.endText();
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) {
            page.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        pdf.addPage(next);
        page = new PDPageContentStream(pdf, next);
        y = next.getMediaBox().getHeight() - MARGIN;
    }

    private void numberPages() throws IOException {
        int n = pdf.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage p = pdf.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(pdf, p,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                page = footer;
                show("PRISM compliance report, page " + (i + 1) + " of " + n, 7, MARGIN, MARGIN / 2);
            }
        }
    }

    /** The text in lines no wider than {@code width}: broken at spaces, and inside a word only when it must be. */
    private List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                breakWord(word, size, width, lines, line);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Puts {@code word} into lines of at most {@code width}, leaving its last part in {@code line}. */
    private void breakWord(String word, float size, float width, List<String> lines, StringBuilder line) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            String next = line.toString() + Character.toString(cp);
            if (!line.isEmpty() && width(next, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
    }

    /** The text with tabs and other control characters as spaces and characters without a glyph as '?'. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(encodable.computeIfAbsent(cp, this::hasGlyph) ? cp : '?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private static float leading(float size) {
        return size * 1.3f;
    }
}
