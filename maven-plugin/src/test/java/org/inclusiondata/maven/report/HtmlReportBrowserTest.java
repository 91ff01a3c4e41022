package org.inclusiondata.maven.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inclusiondata.maven.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the report in a real headless browser (Debian's {@code chromium}) and reads back the DOM it
 * built: the highlighted values must be there, each around exactly the text of its evidence span.
 * Skipped, saying so, only when no chromium is installed.
 */
class HtmlReportBrowserTest {

    @TempDir
    Path dir;

    static Optional<Path> chromium() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .flatMap(d -> Stream.of("chromium", "chromium-browser", "google-chrome").map(n -> Path.of(d, n)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    @Test
    void theBrowserShowsEveryHighlightAroundItsEvidence() throws Exception {
        Optional<Path> browser = chromium();
        Assumptions.assumeTrue(browser.isPresent(),
                "chromium is not installed, so the report is not checked in a browser: apt-get install -y chromium");
        Path report = dir.resolve("report.html");
        Files.writeString(report, HtmlReportTest.html(HtmlReportTest.fixturePages()), StandardCharsets.UTF_8);

        String dom = dumpDom(browser.get(), report);

        Matcher marks = Pattern.compile("<mark data-field=\"([^\"]+)\"[^>]*>([^<]*)</mark>").matcher(dom);
        List<String> shown = new ArrayList<>();
        while (marks.find()) {
            shown.add(marks.group(1) + "=" + HtmlReportTest.unescape(marks.group(2)));
        }
        assertTrue(shown.contains("title=Közös út <2019>"), shown.toString());
        assertTrue(shown.contains("organizations=Esély & Társa Egyesület"), shown.toString());
        assertTrue(shown.contains("funding=4.492.400 Ft"), shown.toString());
        assertTrue(shown.contains("links=https://example.org/kozos-ut"), shown.toString());
        assertTrue(shown.contains("locations=Nagykálló"), shown.toString());
        assertEquals(Fixtures.TEXT.replace("\r\n", "\n"), HtmlReportTest.visibleText(dom, "kozos-ut.txt").replace("\r\n", "\n"));
        assertTrue(dom.contains("<table class=\"summary\">"), dom);
    }

    private String dumpDom(Path browser, Path report) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Path out = dir.resolve("dom.html");
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--dump-dom", report.toUri().toString())
                .redirectOutput(out.toFile())
                .redirectError(dir.resolve("chromium.log").toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish loading the report; see " + dir.resolve("chromium.log"));
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(dir.resolve("chromium.log")));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
