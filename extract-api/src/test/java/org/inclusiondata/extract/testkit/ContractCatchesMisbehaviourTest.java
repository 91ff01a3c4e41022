package org.inclusiondata.extract.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.inclusiondata.extract.spi.Extraction;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.testkit.fake.LineExtractor;
import org.inclusiondata.extract.text.SourceText;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;
import org.inclusiondata.model.Span;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/**
 * The kit's checks fail on extractors that break the contract, with a message that says what is
 * wrong; a kit whose checks cannot fail would prove nothing.
 */
class ContractCatchesMisbehaviourTest {

    private static final String PAGE = "Roma Integráció Projekt\n\nTevékenységek:\n- képzés\n- mentorálás\nhttps://example.org/p\n";

    private static SourceText page() {
        return SourceText.identity("page.txt", PAGE, "hu", "Latn");
    }

    /** A well-behaved extractor with one thing overridden. */
    private abstract static class Base implements ProjectExtractor {
        @Override public String id() { return "bad"; }
        @Override public String version() { return "1"; }
        @Override public Set<String> languages() { return Set.of("hu"); }
        @Override public Set<String> scripts() { return Set.of("Latn"); }
    }

    private static Extraction titled(String title, Span span) {
        return Extraction.of(List.of(Project.builder().title(title, span).build()), List.of());
    }

    private static String failure(Runnable check) {
        AssertionError e = assertThrows(AssertionError.class, check::run);
        return e.getMessage();
    }

    @Test
    void aSpanOutsideTheTextIsCaught() {
        ProjectExtractor bad = new Base() {
            @Override public Extraction extract(SourceText s) {
                return titled("Roma", new Span(0, s.original().length() + 5, 1, 1, id()));
            }
        };
        String message = failure(() -> ExtractorChecks.spansValid(bad, page(), bad.extract(page())));
        assertTrue(message.contains("outside the text"), message);
    }

    @Test
    void aLineAndColumnThatDisagreeWithTheOffsetAreCaught() {
        ProjectExtractor bad = new Base() {
            @Override public Extraction extract(SourceText s) {
                int at = s.text().indexOf("képzés");
                return Extraction.of(List.of(Project.builder().title("Roma", s.span(0, 4, id()))
                        .activity(new Phrase("képzés", new Span(at, at + 6, 1, at + 1, id()))).build()), List.of());
            }
        };
        String message = failure(() -> ExtractorChecks.spansValid(bad, page(), bad.extract(page())));
        assertTrue(message.contains("is at line 4, column 3"), message);
    }

    @Test
    void aSpanThatDoesNotCoverItsValueIsCaught() {
        ProjectExtractor bad = new Base() {
            @Override public Extraction extract(SourceText s) {
                return titled("Roma Integráció Projekt", s.span(0, 4, id()));
            }
        };
        String message = failure(() -> ExtractorChecks.spansValid(bad, page(), bad.extract(page())));
        assertTrue(message.contains("does not contain"), message);
    }

    @Test
    void aSpanOfAnotherExtractorAndADiagnosticOffThePageAreCaught() {
        ProjectExtractor bad = new Base() {
            @Override public Extraction extract(SourceText s) {
                return new Extraction(List.of(Project.builder().title("Roma", s.span(0, 4, "someone-else")).build()), null,
                        List.of(Diagnostic.warning("x", s.name(), 99, 1, "somewhere")));
            }
        };
        String message = failure(() -> ExtractorChecks.spansValid(bad, page(), bad.extract(page())));
        assertTrue(message.contains("attributed to 'someone-else'") && message.contains("names line 99"), message);
    }

    @Test
    void nondeterminismIsCaught() {
        AtomicInteger calls = new AtomicInteger();
        ProjectExtractor bad = new Base() {
            @Override public Extraction extract(SourceText s) {
                return titled("Roma " + calls.incrementAndGet(), null);
            }
        };
        String message = failure(() -> ExtractorChecks.deterministic(bad, ContractCatchesMisbehaviourTest::page));
        assertTrue(message.contains("different results"), message);
    }

    @Test
    void stateSharedBetweenThreadsIsCaught() {
        ProjectExtractor bad = new Base() {
            @Override public Extraction extract(SourceText s) {
                // Output that depends on the calling thread stands for per-call state kept in a field.
                return titled("Roma " + Thread.currentThread().getName(), null);
            }
        };
        String message = failure(() -> ExtractorChecks.sameResultsOnManyThreads(bad, List.of(page()), 2));
        assertTrue(message.contains("threads shared the instance"), message);
        ExtractorChecks.sameResultsOnManyThreads(new LineExtractor(), List.of(page(), SourceText.identity("b.txt", "x\n- y", "hu",
                "Latn")), 3);
    }

    @Test
    void anExceptionOrANullResultIsCaught() {
        ProjectExtractor throwing = new Base() {
            @Override public Extraction extract(SourceText s) {
                return s.text().isEmpty() ? Extraction.empty() : titled(s.text().substring(0, s.text().indexOf('\n')), null);
            }
        };
        SourceText noNewline = SourceText.identity("one-line.txt", "Roma", "hu", "Latn");
        String message = failure(() -> ExtractorChecks.extractsWithoutException(throwing, noNewline));
        assertTrue(message.contains("threw") && message.contains("one-line.txt"), message);
        ProjectExtractor nulls = new Base() {
            @Override public Extraction extract(SourceText s) {
                return null;
            }
        };
        assertTrue(failure(() -> ExtractorChecks.extractsWithoutException(nulls, page())).contains("returned null"));
    }

    @Test
    void badLanguageAndScriptCodesAreCaught() {
        ProjectExtractor bad = new Base() {
            @Override public Set<String> languages() { return Set.of("hun"); }
            @Override public Extraction extract(SourceText s) { return Extraction.empty(); }
        };
        assertTrue(failure(() -> ExtractorChecks.describesItself(bad, "hu")).contains("not an ISO 639-1 code"));
        ProjectExtractor badScript = new Base() {
            @Override public Set<String> scripts() { return Set.of("Latin"); }
            @Override public Extraction extract(SourceText s) { return Extraction.empty(); }
        };
        assertTrue(failure(() -> ExtractorChecks.describesItself(badScript, "hu")).contains("not an ISO 15924 code"));
        assertTrue(failure(() -> ExtractorChecks.describesItself(new LineExtractor(), "bg")).contains("lacks 'bg'"));
    }

    @Test
    void anUnregisteredExtractorIsCaught() {
        ProjectExtractor unregistered = new Base() {
            @Override public Extraction extract(SourceText s) { return Extraction.empty(); }
        };
        String message = failure(() -> ExtractorChecks.discoverable(unregistered, getClass().getClassLoader()));
        assertTrue(message.contains("ServiceLoader does not find"), message);
    }

    @Test
    void anF1UnderTheMinimumFailsTheGoldRegression() {
        List<DynamicTest> tests = new TooAmbitiousContract().goldRegression().toList();
        String message = failure(() -> {
            try {
                tests.get(0).getExecutable().execute();
            } catch (Throwable t) {
                if (t instanceof AssertionError a) {
                    throw a;
                }
                throw new IllegalStateException(t);
            }
        });
        assertTrue(message.contains("under the minimum 0.900"), message);
    }
}
