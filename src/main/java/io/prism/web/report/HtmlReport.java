package io.prism.web.report;

import io.prism.audit.Digests;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Renders a report as one self-contained HTML page: every value is escaped, the page has no script, and its one
 * style sheet is inline, allowed by its hash in the page's Content-Security-Policy ({@link #POLICY}).
 */
public final class HtmlReport {

    private static final String STYLE = "body{font-family:sans-serif;font-size:13px;margin:2em;color:#111}"
            + "h1{font-size:20px}h2{font-size:16px;margin-top:1.6em;border-bottom:1px solid #999}"
            + "h3{font-size:14px;margin-top:1.2em}table{border-collapse:collapse;width:100%;margin:.4em 0 1em}"
            + "th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top;"
            + "overflow-wrap:anywhere}dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}"
            + "dt{font-weight:bold}dd{margin:0;overflow-wrap:anywhere}"
            + "pre{background:#f4f4f4;padding:6px;white-space:pre-wrap;overflow-wrap:anywhere}";

    /** The Content-Security-Policy of a report page: nothing but its own inline style sheet. */
    public static final String POLICY = "default-src 'none'; style-src 'sha256-"
            + Base64.getEncoder().encodeToString(Digests.sha256(STYLE.getBytes(StandardCharsets.UTF_8)))
            + "'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private HtmlReport() {
    }

    /** The page, UTF-8. */
    static byte[] render(ReportDocument doc) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(doc.title())).append("</title><style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>").append(escape(doc.title())).append("</h1>\n");
        for (ReportDocument.Block block : doc.blocks()) {
            block(html, block);
        }
        return html.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void block(StringBuilder html, ReportDocument.Block block) {
        switch (block) {
            case ReportDocument.Heading h -> html.append(h.level() == 1 ? "<h2>" : "<h3>").append(escape(h.text()))
                    .append(h.level() == 1 ? "</h2>\n" : "</h3>\n");
            case ReportDocument.Fields f -> {
                html.append("<dl>");
                for (ReportDocument.Field field : f.fields()) {
                    html.append("<dt>").append(escape(field.label())).append("</dt><dd>").append(escape(field.value()))
                            .append("</dd>");
                }
                html.append("</dl>\n");
            }
            case ReportDocument.Text t -> html.append("<p>").append(escape(t.text())).append("</p>\n");
            case ReportDocument.Code c -> html.append("<pre>").append(escape(c.text())).append("</pre>\n");
            case ReportDocument.Table t -> table(html, t);
        }
    }

    private static void table(StringBuilder html, ReportDocument.Table t) {
        html.append("<table><thead><tr>");
        for (String h : t.header()) {
            html.append("<th>").append(escape(h)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td>").append(escape(cell)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>\n");
    }

    /** The text with every character HTML gives a meaning to written as a character reference. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
