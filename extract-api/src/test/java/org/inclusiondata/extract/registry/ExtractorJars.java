package org.inclusiondata.extract.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.model.Project;

/**
 * Builds real extractor jars at test time: writes the source of a small {@link ProjectExtractor},
 * compiles it with the JDK's javac and packages it with its {@code META-INF/services} entry, the
 * way a contributor's language module is packaged.
 *
 * <p>javac is reached through {@link java.util.spi.ToolProvider} (in {@code java.base}) rather than
 * {@code javax.tools}, so that the tests also run patched into the named module, which does not read
 * {@code java.compiler}.
 */
final class ExtractorJars {

    private final Path dir;

    ExtractorJars(Path dir) {
        this.dir = dir;
    }

    /** A jar holding extractor class {@code pkg.Name} with the given declarations. */
    Path jar(String jarName, String className, String id, List<String> languages, List<String> scripts, int priority)
            throws IOException {
        String source = """
                package %s;
                import java.util.Set;
                import org.inclusiondata.extract.spi.Extraction;
                import org.inclusiondata.extract.spi.ProjectExtractor;
                import org.inclusiondata.extract.text.SourceText;
                public final class %s implements ProjectExtractor {
                    public String id() { return "%s"; }
                    public String version() { return "1.0-%s"; }
                    public Set<String> languages() { return Set.of(%s); }
                    public Set<String> scripts() { return Set.of(%s); }
                    public int priority() { return %d; }
                    public Extraction extract(SourceText source) { return Extraction.empty(); }
                }
                """.formatted(packageOf(className), simpleName(className), id, jarName, quoted(languages), quoted(scripts), priority);
        return build(jarName, className, source);
    }

    /** A jar whose service file names a class that fails in its constructor. */
    Path brokenJar(String jarName, String className) throws IOException {
        String source = """
                package %s;
                public final class %s implements org.inclusiondata.extract.spi.ProjectExtractor {
                    public %s() { throw new IllegalStateException("lexicon file missing"); }
                    public String id() { return "broken"; }
                    public String version() { return "0"; }
                    public java.util.Set<String> languages() { return java.util.Set.of("hu"); }
                    public java.util.Set<String> scripts() { return java.util.Set.of("Latn"); }
                    public org.inclusiondata.extract.spi.Extraction extract(org.inclusiondata.extract.text.SourceText s) {
                        return org.inclusiondata.extract.spi.Extraction.empty();
                    }
                }
                """.formatted(packageOf(className), simpleName(className), simpleName(className));
        return build(jarName, className, source);
    }

    /**
     * A modular jar: {@code module-info} with {@code provides ... with}, the way the language
     * modules declare themselves on the module path. Needs the extract-api module on the module path.
     */
    Path moduleJar(String moduleName, String className, String id, List<String> languages, List<String> scripts)
            throws IOException {
        Path src = dir.resolve("src-" + moduleName);
        Path classes = dir.resolve("classes-" + moduleName);
        Files.createDirectories(classes);
        Path info = src.resolve("module-info.java");
        Path type = src.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(type.getParent());
        Files.writeString(info, "module " + moduleName + " {\n    requires org.inclusiondata.extract;\n"
                + "    provides org.inclusiondata.extract.spi.ProjectExtractor with " + className + ";\n}\n");
        Files.writeString(type, """
                package %s;
                import java.util.Set;
                import org.inclusiondata.extract.spi.Extraction;
                import org.inclusiondata.extract.spi.ProjectExtractor;
                import org.inclusiondata.extract.text.SourceText;
                public final class %s implements ProjectExtractor {
                    public String id() { return "%s"; }
                    public String version() { return "1"; }
                    public Set<String> languages() { return Set.of(%s); }
                    public Set<String> scripts() { return Set.of(%s); }
                    public Extraction extract(SourceText source) { return Extraction.empty(); }
                }
                """.formatted(packageOf(className), simpleName(className), id, quoted(languages), quoted(scripts)));
        javac("--module-path", System.getProperty("jdk.module.path"), "-d", classes.toString(), info.toString(),
                type.toString());
        return jar(moduleName, classes, null);
    }

    private static void javac(String... args) {
        ToolProvider javac = ToolProvider.findFirst("javac")
                .orElseThrow(() -> new IllegalStateException("these tests need a JDK with javac, not a JRE"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        String[] all = new String[args.length + 3];
        all[0] = "--release";
        all[1] = "17";
        all[2] = "-proc:none";
        System.arraycopy(args, 0, all, 3, args.length);
        if (javac.run(out, out, all) != 0) {
            throw new IllegalStateException("javac failed:\n" + log.toString(StandardCharsets.UTF_8));
        }
    }

    private Path jar(String jarName, Path classes, String serviceClass) throws IOException {
        Path jar = dir.resolve(jarName + ".jar");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(os)) {
            if (serviceClass != null) {
                jos.putNextEntry(new JarEntry("META-INF/services/" + ProjectExtractor.class.getName()));
                jos.write((serviceClass + "\n").getBytes(StandardCharsets.UTF_8));
                jos.closeEntry();
            }
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path c : walk.filter(Files::isRegularFile).sorted().toList()) {
                    jos.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                    jos.write(Files.readAllBytes(c));
                    jos.closeEntry();
                }
            }
        }
        return jar;
    }

    /** A jar with the given source of {@code className}, registered as a service. */
    Path build(String jarName, String className, String source) throws IOException {
        Path src = dir.resolve("src-" + jarName);
        Path classes = dir.resolve("classes-" + jarName);
        Path file = src.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.createDirectories(classes);
        Files.writeString(file, source, StandardCharsets.UTF_8);
        javac("-classpath", apiClassPath(), "-d", classes.toString(), file.toString());
        return jar(jarName, classes, className);
    }

    /** Where the SPI and the model were loaded from: all a compiled extractor needs. */
    private static String apiClassPath() {
        return location(ProjectExtractor.class) + java.io.File.pathSeparator + location(Project.class);
    }

    private static String location(Class<?> type) {
        try {
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
    }
}
