package org.inclusiondata.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.inclusiondata.model.json.DatasetJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real consumer: a named module that requires {@code org.inclusiondata.model}, compiled and run
 * in its own JVM on the module path, reads the dataset from a separate jar with one call. This is
 * what the module descriptor (exports, opens to Jackson) and the resource location must get right;
 * tests inside the model module cannot see it, because they run patched into that module.
 */
class JpmsConsumerTest {

    @TempDir
    static Path work;

    private static Path consumer;
    private static String modelModulePath;

    private static final String MAIN = """
            package consumer;

            import org.inclusiondata.model.InclusionDataset;
            import org.inclusiondata.model.Project;

            public class Main {
                public static void main(String[] args) {
                    var projects = InclusionDataset.projects();
                    System.out.println("projects=" + projects.size());
                    System.out.println("first=" + projects.get(0).title());
                    System.out.println("module=" + Project.class.getModule().getName());
                }
            }
            """;

    @BeforeAll
    static void compileConsumer() throws IOException, URISyntaxException, InterruptedException {
        // Where the model and its three Jackson modules were loaded from, whatever the launcher's path.
        List<String> entries = new ArrayList<>();
        for (Class<?> c : List.of(Dataset.class, tools.jackson.databind.json.JsonMapper.class, tools.jackson.core.JsonParser.class,
                com.fasterxml.jackson.annotation.JsonProperty.class)) {
            entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        assertEquals(4, entries.stream().distinct().count(), "model classes and the three Jackson jars: " + entries);
        modelModulePath = String.join(File.pathSeparator, entries);

        Path src = work.resolve("src/consumer");
        Files.createDirectories(src.resolve("consumer"));
        Files.writeString(src.resolve("module-info.java"), "module consumer { requires org.inclusiondata.model; }");
        Files.writeString(src.resolve("consumer/Main.java"), MAIN);
        consumer = work.resolve("consumer-classes");
        // javac runs as a process: the tests live inside the model module, which does not read java.compiler.
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        assertTrue(Files.isExecutable(javac), "the tests need a JDK, not a JRE: " + javac);
        Process process = new ProcessBuilder(javac.toString(), "--release", "17", "-d", consumer.toString(),
                "--module-path", modelModulePath, src.resolve("module-info.java").toString(),
                src.resolve("consumer/Main.java").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "the consumer module must compile against the model module:\n" + output);
    }

    private static Path datasetJar(String fileName) throws IOException {
        Dataset dataset = Dataset.of(List.of(SourceDocument.annotated("hu-01.txt", "hu", "Latn", null, List.of(
                Project.builder().title("Esély Otthon – Kubrat").build(), Project.builder().title("Második").build()))));
        Path jar = work.resolve(fileName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(InclusionDataset.RESOURCE));
            out.write(DatasetJson.write(dataset));
            out.closeEntry();
        }
        return jar;
    }

    private static String run(List<String> javaArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dstdout.encoding=UTF-8");
        command.addAll(javaArgs);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + output);
        return output;
    }

    @Test
    void aModuleReadsTheDatasetFromAJarOnTheClassPath() throws Exception {
        Path data = datasetJar("seeds-on-classpath.jar");
        String output = run(List.of("--module-path", consumer + File.pathSeparator + modelModulePath,
                "-cp", data.toString(), "-m", "consumer/consumer.Main"));
        assertTrue(output.contains("projects=2"), output);
        assertTrue(output.contains("first=Esély Otthon – Kubrat"), output);
        assertTrue(output.contains("module=org.inclusiondata.model"), output);
    }

    @Test
    void aModuleReadsTheDatasetFromAnAutomaticModule() throws Exception {
        Path data = datasetJar("inclusiondata-seeds-0.1.0.jar");
        String output = run(List.of("--module-path", String.join(File.pathSeparator, consumer.toString(), modelModulePath,
                data.toString()), "--add-modules", "inclusiondata.seeds", "-m", "consumer/consumer.Main"));
        assertTrue(output.contains("projects=2"), output);
    }

    @Test
    void withoutTheDatasetTheConsumerIsToldWhatToAdd() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", consumer + File.pathSeparator + modelModulePath, "-m", "consumer/consumer.Main"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.waitFor(), output);
        assertTrue(output.contains("add the dependency org.inclusiondata:inclusiondata-seeds"), output);
        try (Stream<Path> files = Files.list(consumer)) {
            assertTrue(files.findAny().isPresent());
        }
    }
}
