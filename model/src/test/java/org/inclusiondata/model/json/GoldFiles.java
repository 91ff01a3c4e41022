package org.inclusiondata.model.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The hand-written gold answers the model must read: the seed corpus and the shared dev corpus. */
final class GoldFiles {

    private GoldFiles() {
    }

    /** The seed gold files inside the repository; they must exist. */
    static List<Path> seeds() {
        Path dir = Path.of("..", "seeds", "src", "main", "seeds");
        assertTrue(Files.isDirectory(dir), "seed folder missing: " + dir.toAbsolutePath());
        List<Path> files = list(dir);
        assertTrue(files.size() >= 5, "expected the seed gold files in " + dir.toAbsolutePath());
        return files;
    }

    /** The dev gold files of the shared corpus beside the repository (surefire passes its location). */
    static List<Path> dev() {
        String shared = System.getProperty("inclusiondata.shared.dir", "../../shared");
        Path dir = Path.of(shared, "corpus", "dev");
        assertTrue(Files.isDirectory(dir), "dev corpus missing: " + dir.toAbsolutePath()
                + "; set -Dinclusiondata.shared.dir to the shared folder");
        return list(dir);
    }

    static List<Path> all() {
        return Stream.concat(seeds().stream(), dev().stream()).toList();
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
