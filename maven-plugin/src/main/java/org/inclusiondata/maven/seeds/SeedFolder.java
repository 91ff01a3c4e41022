package org.inclusiondata.maven.seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A folder of seed pages selected by Ant-style include and exclude patterns, and what stands beside
 * each page: its gold answer {@code NAME.gold.json} and the mark {@code NAME.noproject}.
 *
 * <p>A page is marked as describing no project by an empty {@code NAME.noproject} file next to it,
 * or by a gold file whose {@code "projects"} is {@code []}; either way an empty extraction is then
 * expected rather than reported as a miss.
 */
public final class SeedFolder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path root;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    public SeedFolder(Path root, List<String> includes, List<String> excludes) {
        this.root = root.toAbsolutePath().normalize();
        this.includes = matchers(includes == null || includes.isEmpty() ? List.of("**/*.txt") : includes);
        this.excludes = matchers(excludes == null ? List.of() : excludes);
    }

    public Path root() {
        return root;
    }

    /**
     * The selected pages as paths relative to the folder with {@code /} separators, sorted, so that
     * the same folder gives the same list on every machine.
     */
    public List<String> pages() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> !rel.endsWith(".gold.json") && !rel.endsWith(".noproject"))
                    .filter(rel -> matchesAny(includes, rel) && !matchesAny(excludes, rel))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the seed folder " + root, e);
        }
    }

    /** The file behind a page name. */
    public Path resolve(String page) {
        return root.resolve(page);
    }

    /** The gold answer next to the page, if there is one. */
    public Optional<Path> gold(String page) {
        Path gold = root.resolve(stem(page) + ".gold.json");
        return Files.isRegularFile(gold) ? Optional.of(gold) : Optional.empty();
    }

    /** True when the page is marked as describing no project (see the class comment). */
    public boolean describesNoProject(String page) {
        if (Files.exists(root.resolve(stem(page) + ".noproject"))) {
            return true;
        }
        return gold(page).map(SeedFolder::hasNoProjects).orElse(false);
    }

    private static boolean hasNoProjects(Path gold) {
        try {
            JsonNode projects = JSON.readTree(gold.toFile()).get("projects");
            return projects != null && projects.isArray() && projects.isEmpty();
        } catch (JacksonException e) {
            // An unreadable gold file is the evaluate goal's to report; here it simply marks nothing.
            return false;
        }
    }

    /** The page name without its extension: {@code a/b.txt} gives {@code a/b}. */
    public static String stem(String page) {
        int slash = page.lastIndexOf('/');
        int dot = page.lastIndexOf('.');
        return dot > slash + 1 ? page.substring(0, dot) : page;
    }

    /** Ant's leading {@code **}{@code /} also matches no folder at all, which Java's glob does not: add that form. */
    private static List<PathMatcher> matchers(List<String> patterns) {
        return patterns.stream()
                .flatMap(p -> p.startsWith("**/") ? Stream.of(p, p.substring(3)) : Stream.of(p))
                .map(p -> FileSystems.getDefault().getPathMatcher("glob:" + p))
                .toList();
    }

    private static boolean matchesAny(List<PathMatcher> matchers, String rel) {
        Path path = Path.of(rel);
        return matchers.stream().anyMatch(m -> m.matches(path));
    }
}
