package io.prism.compliance;

import static io.prism.support.RestAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.prism.audit.Checkpointer;
import io.prism.web.report.HtmlReport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The compliance report of a job plan over HTTP against PostgreSQL: HTML with every value escaped and a policy that
 * allows only its own style sheet, a PDF whose text holds the clause numbers, the calculation, the lineage and the
 * signed checkpoint its inclusion proof leads to and whose first page renders, and the problems of bad requests.
 */
class ComplianceReportTest extends ComplianceTestSupport {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String CREATE = "mutation($in: CreateComplianceTemplateInput!) { createComplianceTemplate("
            + "input: $in) { template { code } } }";

    @Autowired
    Checkpointer checkpointer;

    private String report(TenantKey t, String calc, String query) {
        return "/api/v1/compliance/report/" + calc + query;
    }

    private HttpResponse<byte[]> getBytes(TenantKey t, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + t.key()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void shouldRenderAJobPlansReportAsHtmlWithEveryValueEscaped() throws IOException, InterruptedException {
        TenantKey t = newTenant("compliance report html tenant");
        String plan = jobPlan(t, verifiedCatalog(t));
        ok(t.key(), CREATE, Map.of("in", Map.of("code", "SHOP-HTML", "name", "<script>alert(1)</script> & \"Q\"",
                "clauses", List.of(Map.of("number", "Q<1>", "title", "<b>bold</b>", "summary", "it's <i>ours</i>",
                        "rules", List.of(Map.of("rule", "AUDITED")))))));

        Response html = get(report(t, plan, "?template=SHOP-HTML&format=html"), "Authorization", "Bearer " + t.key());
        assertThat(html.status()).as(html.raw()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.headers().firstValue("Content-Security-Policy")).hasValue(HtmlReport.POLICY);
        assertThat(html.headers().firstValue("Content-Disposition").orElse(""))
                .contains("compliance-" + plan + "-SHOP-HTML.html");
        assertThat(html.raw()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Q&quot;",
                "Q&lt;1&gt; &lt;b&gt;bold&lt;/b&gt;", plan, "JOB_PLAN", "Audit proofs", "Lineage");
        assertThat(html.raw()).doesNotContain("<script", "<b>bold", "<i>");

        Response iso = get(report(t, plan, "?template=ISO9001-2015"), "Authorization", "Bearer " + t.key());
        assertThat(iso.status()).isEqualTo(200);
        assertThat(iso.raw()).contains("7.1.5", "7.5.3", "8.5.1", "8.5.2", "8.7", "Not included: the key");
        HttpResponse<byte[]> head = HTTP.send(HttpRequest.newBuilder(URI.create(url(report(t, plan,
                "?template=ISO9001-2015")))).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + t.key()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).isEqualTo(iso.headers().firstValue("Content-Type"));
        assertThat(sqlCount("SELECT count(*) FROM compliance_check WHERE tenant_id = '" + t.tenantId()
                + "' AND target_id = '" + plan + "'")).isEqualTo(3);
    }

    @Test
    void shouldRenderAJobPlansReportAsPdfWithFindingsLineageAndProofs() throws Exception {
        TenantKey t = newTenant("compliance report pdf tenant", "READ", "WRITE", "CALC", "AUDIT");
        String plan = jobPlan(t, verifiedCatalog(t));
        Response unsealed = get(report(t, plan, "?template=AS9100D"), "Authorization", "Bearer " + t.key());
        assertThat(unsealed.raw()).contains("No checkpoint covers this event yet").doesNotContain("Not included");
        checkpointer.sealAll();

        HttpResponse<byte[]> pdf = getBytes(t, report(t, plan, "?template=AS9100D&format=pdf"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("7.1.5.2", "8.1.4", "8.5.1", "8.5.1.1", "8.5.2", plan, "AS9100 Rev D",
                    "Lineage", "Row read", "Inclusion proof", "Signed checkpoint", "Findings digest");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            assertThat(ImageIO.write(page, "png", png)).isTrue();
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
            assertThat(inked(decoded)).as("dark pixels on page 1").isGreaterThan(2000);
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
    }

    /** The pixels of an image that are clearly not white. */
    private static long inked(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                dark += grey < 160 ? 1 : 0;
            }
        }
        return dark;
    }

    @Test
    void shouldAnswerBadReportRequestsWithProblems() {
        TenantKey t = newTenant("compliance report errors tenant");
        String plan = jobPlan(t, verifiedCatalog(t));
        String[] auth = {"Authorization", "Bearer " + t.key()};

        assertProblem(get(report(t, plan, ""), auth), 400, "BAD_USER_INPUT", "template");
        assertProblem(get(report(t, plan, "?template=ITAR&format=docx"), auth), 400, "BAD_USER_INPUT", "format");
        assertProblem(get(report(t, plan, "?template=ITAR&colour=red"), auth), 400, "BAD_USER_INPUT", "colour");
        assertProblem(get(report(t, plan, "?template=ITAR&template=AS9100D"), auth), 400, "BAD_USER_INPUT",
                "template");
        assertProblem(get(report(t, "not-an-id", "?template=ITAR"), auth), 400, "BAD_USER_INPUT", "calculationId");
        assertProblem(get(report(t, plan, "?template=NOPE"), auth), 404, "NOT_FOUND", null);
        assertProblem(get(report(t, plan, "?template=ITAR")), 401, "UNAUTHENTICATED", null);
        Response delete = delete(report(t, plan, "?template=ITAR"), auth);
        assertProblem(delete, 405, "BAD_USER_INPUT", null);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, HEAD");
        TenantKey other = newTenant("compliance report other tenant");
        assertProblem(get(report(other, plan, "?template=ITAR&format=pdf"), "Authorization", "Bearer " + other.key()),
                404, "NOT_FOUND", null);
        assertThat(sqlCount("SELECT count(*) FROM compliance_check WHERE target_id = '" + plan + "'")).isZero();
    }
}
