package org.inclusiondata.extract.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the gold folders are, for tests run from any module of the repository: the repository's
 * seed pages ({@code seeds/src/main/seeds}) and the shared corpus beside the repository
 * ({@code ../shared}, or the folder named by the system property {@value #SHARED_DIR_PROPERTY},
 * which the root POM sets for surefire).
 */
public final class Corpus {

    /** System property naming the shared folder (the one holding {@code corpus/score.py}). */
    public static final String SHARED_DIR_PROPERTY = "inclusiondata.shared.dir";

    private Corpus() {
    }

    /**
     * The repository root: the nearest folder at or above the working directory that holds
     * {@code seeds/src/main/seeds}.
     *
     * @throws IllegalStateException when no such folder exists
     */
    public static Path repositoryRoot() {
        Path start = Paths.get(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seeds/src/main/seeds")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no folder at or above " + start + " holds seeds/src/main/seeds; run the tests "
                + "from inside the inclusiondata repository");
    }

    /**
     * The shared folder: the system property {@value #SHARED_DIR_PROPERTY} when it names a folder
     * with a {@code corpus} subfolder, else {@code ../shared} beside the repository root.
     *
     * @throws IllegalStateException when neither holds the corpus
     */
    public static Path sharedDir() {
        String configured = System.getProperty(SHARED_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path p = Paths.get(configured).toAbsolutePath().normalize();
            if (Files.isDirectory(p.resolve("corpus"))) {
                return p;
            }
        }
        Path fallback = repositoryRoot().resolve("../shared").normalize();
        if (Files.isDirectory(fallback.resolve("corpus"))) {
            return fallback;
        }
        throw new IllegalStateException("the shared corpus was not found at " + (configured == null ? "" : configured + " (-D"
                + SHARED_DIR_PROPERTY + ") nor at ") + fallback + "; put the shared folder beside the repository or set -D"
                + SHARED_DIR_PROPERTY + "=/path/to/shared");
    }

    /** The seed pages and their gold answers inside the repository. */
    public static Path seeds() {
        return repositoryRoot().resolve("seeds/src/main/seeds");
    }

    /** The development pages with gold answers in the shared corpus. */
    public static Path dev() {
        return sharedDir().resolve("corpus/dev");
    }

    /** The reference scorer, {@code corpus/score.py}. */
    public static Path scorePy() {
        return sharedDir().resolve("corpus/score.py");
    }
}
