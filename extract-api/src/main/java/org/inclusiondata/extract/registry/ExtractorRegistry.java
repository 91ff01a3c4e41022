package org.inclusiondata.extract.registry;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.model.Diagnostic;

/**
 * The extractors available to a run, found with {@link ServiceLoader} from a class loader (the
 * Maven plugin passes its own, so extractors come from its dependencies) or a module layer.
 * Selects one by language and script, then priority, or by explicit id. Problems with the set of
 * extractors (the same id twice, two extractors claiming the same language, script and priority,
 * a provider that cannot be loaded) are kept as {@link #problems()} rather than thrown, so a run
 * still extracts what it can. Immutable and thread-safe (extractors must be, by contract).
 */
public final class ExtractorRegistry {

    /** The pseudo-file diagnostics about the registry are reported against. */
    public static final String SOURCE = "extractors";

    private final List<Registered> extractors;
    private final List<Diagnostic> problems;

    private ExtractorRegistry(List<Registered> found, List<Diagnostic> earlier) {
        List<Diagnostic> problems = new ArrayList<>(earlier);
        Map<String, Registered> byId = new LinkedHashMap<>();
        for (Registered r : found) {
            Registered first = byId.get(r.id());
            if (first == null) {
                byId.put(r.id(), r);
            } else {
                problems.add(Diagnostic.error("registry.duplicate-id", SOURCE, 0, 0,
                        "extractor id '" + r.id() + "' is provided twice: by " + first.describe() + " and by "
                                + r.describe() + "; the first is used; remove one of them from the dependencies"));
            }
        }
        List<Registered> unique = new ArrayList<>(byId.values());
        unique.sort(Comparator.comparing(Registered::id));
        this.extractors = List.copyOf(unique);
        problems.addAll(conflicts(this.extractors));
        this.problems = List.copyOf(problems);
    }

    /** The extractors registered as services visible to {@code loader}. */
    public static ExtractorRegistry load(ClassLoader loader) {
        return discover(ServiceLoader.load(ProjectExtractor.class, loader));
    }

    /** The extractors provided by modules of {@code layer} (and its parents). */
    public static ExtractorRegistry load(ModuleLayer layer) {
        return discover(ServiceLoader.load(layer, ProjectExtractor.class));
    }

    /** A registry of given extractors, for tests and embedding. */
    public static ExtractorRegistry of(List<? extends ProjectExtractor> extractors) {
        List<Registered> found = new ArrayList<>();
        for (ProjectExtractor e : extractors) {
            found.add(new Registered(e, codeSource(e.getClass())));
        }
        return new ExtractorRegistry(found, List.of());
    }

    private static ExtractorRegistry discover(ServiceLoader<ProjectExtractor> loader) {
        List<Registered> found = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        Iterator<ProjectExtractor> it = loader.iterator();
        // A broken provider makes hasNext/next throw; ServiceLoader then moves on to the next one.
        for (int failures = 0; failures < 100; ) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                ProjectExtractor e = it.next();
                String origin = codeSource(e.getClass());
                try {
                    found.add(new Registered(e, origin));
                } catch (RuntimeException declaration) {
                    problems.add(Diagnostic.error("registry.broken-provider", SOURCE, 0, 0,
                            "extractor " + e.getClass().getName() + " in " + origin
                                    + " cannot say what it reads (id, languages, scripts or priority failed: "
                                    + declaration + "); fix it or remove its jar from the dependencies"));
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                failures++;
                problems.add(Diagnostic.error("registry.broken-provider", SOURCE, 0, 0,
                        "an extractor could not be loaded: " + e + (e.getCause() == null ? "" : " (" + e.getCause() + ")")
                                + "; fix or remove the jar that registers it in META-INF/services/"
                                + ProjectExtractor.class.getName()));
            }
        }
        return new ExtractorRegistry(found, problems);
    }

    private static List<Diagnostic> conflicts(List<Registered> extractors) {
        Map<String, List<Registered>> claims = new TreeMap<>();
        for (Registered r : extractors) {
            for (String language : r.languages) {
                for (String script : r.scripts) {
                    claims.computeIfAbsent(language + "/" + script + "/" + r.priority, k -> new ArrayList<>()).add(r);
                }
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Map.Entry<String, List<Registered>> claim : claims.entrySet()) {
            if (claim.getValue().size() > 1) {
                String[] key = claim.getKey().split("/");
                StringBuilder who = new StringBuilder();
                for (Registered r : claim.getValue()) {
                    who.append(who.length() == 0 ? "" : " and ").append(r.describe());
                }
                out.add(Diagnostic.warning("registry.conflict", SOURCE, 0, 0,
                        "extractors " + who + " all read language " + key[0] + " in script " + key[1]
                                + " with priority " + key[2] + "; '" + claim.getValue().get(0).id()
                                + "' is used (first by id); give one a higher priority() or choose one by id"));
            }
        }
        return out;
    }

    /** All extractors, ordered by id. */
    public List<ProjectExtractor> extractors() {
        return extractors.stream().map(r -> r.extractor).toList();
    }

    /** Duplicates, conflicts and providers that failed to load. */
    public List<Diagnostic> problems() {
        return problems;
    }

    /** The languages some extractor reads, sorted. */
    public Set<String> languages() {
        Set<String> all = new TreeSet<>();
        extractors.forEach(r -> all.addAll(r.languages));
        return Collections.unmodifiableSet(all);
    }

    public Optional<ProjectExtractor> byId(String id) {
        return extractors.stream().filter(r -> r.id().equals(id)).map(r -> r.extractor).findFirst();
    }

    /**
     * The extractor for {@code language} in {@code script} with the highest priority; ties go to the
     * smallest id so that the choice is the same every run. A null script matches any script.
     */
    public Optional<ProjectExtractor> select(String language, String script) {
        if (language == null) {
            return Optional.empty();
        }
        return extractors.stream()
                .filter(r -> r.languages.contains(language))
                .filter(r -> script == null || r.scripts.isEmpty() || r.scripts.contains(script))
                .sorted(Comparator.comparingInt((Registered r) -> -r.priority).thenComparing(Registered::id))
                .map(r -> r.extractor)
                .findFirst();
    }

    /** Where the class of an extractor was loaded from, for messages about duplicates. */
    public String origin(ProjectExtractor extractor) {
        return extractors.stream().filter(r -> r.extractor == extractor).map(r -> r.origin).findFirst()
                .orElse(codeSource(extractor.getClass()));
    }

    private static String codeSource(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                return source.getLocation().toString();
            }
        } catch (SecurityException e) {
            // Fall through to the module or class loader name.
        }
        Module module = type.getModule();
        return module.isNamed() ? "module " + module.getName() : "an unknown location";
    }

    /** An extractor with what it declared, read once so that a misbehaving getter cannot vary. */
    private static final class Registered {
        private final ProjectExtractor extractor;
        private final String id;
        private final Set<String> languages;
        private final Set<String> scripts;
        private final int priority;
        private final String origin;

        Registered(ProjectExtractor extractor, String origin) {
            this.extractor = Objects.requireNonNull(extractor);
            this.id = Objects.requireNonNull(extractor.id(), () -> extractor.getClass().getName() + ".id() returned null");
            this.languages = Set.copyOf(extractor.languages());
            this.scripts = Set.copyOf(extractor.scripts());
            this.priority = extractor.priority();
            this.origin = origin;
        }

        String id() {
            return id;
        }

        String describe() {
            return extractor.getClass().getName() + " (id '" + id + "') in " + origin;
        }
    }
}
