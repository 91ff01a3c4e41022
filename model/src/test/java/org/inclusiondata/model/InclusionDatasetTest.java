package org.inclusiondata.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.inclusiondata.model.json.DatasetFormatException;
import org.inclusiondata.model.json.DatasetJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InclusionDatasetTest {

    private static Dataset dataset(String... documents) {
        return Dataset.of(java.util.Arrays.stream(documents)
                .map(name -> SourceDocument.annotated(name, "hu", "Latn", null,
                        List.of(Project.builder().title("Project of " + name).build())))
                .toList());
    }

    /** A jar laid out as the dataset artifact lays itself out. */
    private static Path jar(Path dir, String name, byte[] datasetJson) throws IOException {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(InclusionDataset.RESOURCE));
            out.write(datasetJson);
            out.closeEntry();
        }
        return jar;
    }

    private static URLClassLoader loaderOf(Path... jars) throws IOException {
        URL[] urls = new URL[jars.length];
        for (int i = 0; i < jars.length; i++) {
            urls[i] = jars[i].toUri().toURL();
        }
        return new URLClassLoader(urls, null);
    }

    @Test
    void projectsComeFromTheDatasetOnTheClassPath() {
        // src/test/resources carries a dataset where the artifact would; here the test module reads it.
        List<Project> projects = InclusionDataset.projects();
        assertFalse(projects.isEmpty());
        assertEquals(InclusionDataset.dataset().projects(), projects);
        assertSame(InclusionDataset.dataset(), InclusionDataset.dataset(), "read once, then cached");
        assertThrows(UnsupportedOperationException.class, () -> projects.add(projects.get(0)));
    }

    @Test
    void aJarWithTheDatasetIsFound(@TempDir Path dir) throws IOException {
        Dataset expected = dataset("a.txt", "b.txt");
        try (URLClassLoader loader = loaderOf(jar(dir, "seeds.jar", DatasetJson.write(expected)))) {
            assertEquals(expected, InclusionDataset.fromClasspath(loader));
        }
    }

    @Test
    void severalJarsAreMergedWhateverTheirOrder(@TempDir Path dir) throws IOException {
        Path one = jar(dir, "one.jar", DatasetJson.write(dataset("b.txt")));
        Path two = jar(dir, "two.jar", DatasetJson.write(dataset("a.txt", "c.txt")));
        try (URLClassLoader forward = loaderOf(one, two); URLClassLoader backward = loaderOf(two, one)) {
            Dataset merged = InclusionDataset.fromClasspath(forward);
            assertEquals(dataset("a.txt", "b.txt", "c.txt"), merged);
            assertEquals(merged, InclusionDataset.fromClasspath(backward));
        }
    }

    @Test
    void aDocumentInTwoJarsIsAnError(@TempDir Path dir) throws IOException {
        Path one = jar(dir, "one.jar", DatasetJson.write(dataset("a.txt")));
        Path two = jar(dir, "two.jar", DatasetJson.write(dataset("a.txt")));
        try (URLClassLoader loader = loaderOf(one, two)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> InclusionDataset.fromClasspath(loader));
            assertTrue(e.getMessage().contains("'a.txt' is in two datasets"), e.getMessage());
        }
    }

    @Test
    void aMissingDatasetSaysWhichDependencyToAdd() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> InclusionDataset.fromClasspath(empty));
            assertTrue(e.getMessage().contains(InclusionDataset.RESOURCE), e.getMessage());
            assertTrue(e.getMessage().contains("add the dependency org.inclusiondata:inclusiondata-seeds"), e.getMessage());
        }
    }

    @Test
    void aBrokenDatasetNamesTheJarEntry(@TempDir Path dir) throws IOException {
        Path broken = jar(dir, "broken.jar", "{\"formatVersion\":\"1.0\",\n\"documents\":[{]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (URLClassLoader loader = loaderOf(broken)) {
            DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> InclusionDataset.fromClasspath(loader));
            assertTrue(e.file().endsWith("broken.jar!/" + InclusionDataset.RESOURCE), e.file());
            assertEquals(2, e.line());
        }
    }

    @Test
    void loadReadsFilesAndStreams(@TempDir Path dir) throws IOException {
        Dataset expected = dataset("x.txt");
        Path file = dir.resolve("dataset.json");
        DatasetJson.write(expected, file);
        assertEquals(expected, InclusionDataset.load(file));
        assertEquals(expected, InclusionDataset.load(new ByteArrayInputStream(DatasetJson.write(expected))));
        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> InclusionDataset.load(new ByteArrayInputStream(new byte[] {'['}), "upload.json"));
        assertEquals("upload.json", e.file());
    }
}
