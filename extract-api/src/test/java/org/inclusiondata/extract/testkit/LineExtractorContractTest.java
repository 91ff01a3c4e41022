package org.inclusiondata.extract.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.testkit.fake.LineExtractor;
import org.inclusiondata.extract.testkit.fake.ProviderClassLoader;

/**
 * The contract kit used the way a language module uses it, on the fake {@link LineExtractor}. The
 * extractor comes from a {@link ProviderClassLoader} that plays its jar, since extract-api's own
 * tests cannot register a service (see there). The seed minimum is what this naive extractor
 * measures there (0.340: first lines are titles on those pages), rounded down; on the dev pages it
 * finds nothing right, so they serve only the span, determinism and hostile-input checks.
 */
class LineExtractorContractTest extends ExtractorContract {

    private static final ProviderClassLoader JAR = jar();

    private static ProviderClassLoader jar() {
        try {
            var folder = Files.createTempDirectory("fake-extractor-jar");
            folder.toFile().deleteOnExit();
            return new ProviderClassLoader(LineExtractorContractTest.class.getClassLoader(), LineExtractor.class, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected ProjectExtractor extractor() {
        return (ProjectExtractor) JAR.newProvider();
    }

    @Override
    protected ClassLoader discoveryLoader() {
        return JAR;
    }

    @Override
    protected String language() {
        return "hu";
    }

    @Override
    protected List<GoldTarget> goldTargets() {
        return List.of(GoldTarget.seeds(0.30), GoldTarget.dev(0.0));
    }
}
