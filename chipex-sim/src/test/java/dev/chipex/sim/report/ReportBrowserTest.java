package dev.chipex.sim.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Opens the HTML report in a real headless Chromium from a file:// URL (no network) and checks
 * that every chart was drawn without a script error. A screenshot is kept under target/.
 */
class ReportBrowserTest {
    private static final Path TARGET = Path.of("target", "report-test");

    @Test
    void report_openedInHeadlessChromium_drawsEveryChartWithoutErrors() throws Exception {
        Files.createDirectories(TARGET);
        Path html = TARGET.resolve("report.html").toAbsolutePath();
        Files.writeString(html, HtmlReport.write(Fixtures.WORLD_TWO_RUNS, "ai-diffusion-2025"), StandardCharsets.UTF_8);
        String page = Files.readString(html);
        assertThat(page.contains("<script src") || page.contains("<link ")).as("loads nothing from elsewhere").isFalse();

        String dom = chromium(List.of("--dump-dom", html.toUri().toString()));
        Matcher body = Pattern.compile("<body([^>]*)>").matcher(dom);
        assertThat(body.find()).as("a <body> in the rendered DOM").isTrue();
        String attributes = body.group(1);
        assertThat(attributes).doesNotContain("data-errors");
        int charts = 4 + Fixtures.WORLD_TWO_RUNS.regimes().size();
        assertThat(attributes).contains("data-charts-rendered=\"" + charts + "\"");
        assertThat(count(dom, "<svg")).isGreaterThanOrEqualTo(charts);
        assertThat(dom.contains("option-2-us-monopoly") && dom.contains("Epoch AI") && dom.contains("World Bank"))
                .as("table and credit").isTrue();
        assertThat(count(dom, "<tr>")).as("a row per country that matters, and the fleet rules that bound")
                .isGreaterThan(HtmlReport.TOP_COUNTRIES);
        assertThat(dom.contains("Countries that matter most") && dom.contains("rule that bound") && dom.contains("Oracle"))
                .as("the countries table and the fleets' bound rules").isTrue();

        Path screenshot = TARGET.resolve("report.png").toAbsolutePath();
        chromium(List.of("--screenshot=" + screenshot, "--window-size=1280,3000", html.toUri().toString()));
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    private static String chromium(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--virtual-time-budget=5000",
                "--user-data-dir=" + Files.createTempDirectory("chipex-chromium")));
        command.addAll(args);
        Path out = Files.createTempFile("chipex-chromium", ".out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish within 120 s");
        }
        assertThat(p.exitValue()).as("Chromium exit code").isZero();
        return Files.readString(out);
    }

    private static String browser() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return fail("No Chromium on the PATH: run '.ci/browser' (apt-get install chromium), as .ci/run does");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
