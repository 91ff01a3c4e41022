package org.inclusiondata.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.inclusiondata.extract.registry.ExtractorRegistry;
import org.inclusiondata.extract.spi.ProjectExtractor;
import org.inclusiondata.extract.validation.ValidationContext;
import org.inclusiondata.extract.validation.Validator;
import org.inclusiondata.maven.seeds.PageText;
import org.inclusiondata.maven.seeds.SeedFolder;
import org.inclusiondata.model.Dataset;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.InclusionDataset;
import org.inclusiondata.model.SourceDocument;
import org.inclusiondata.model.json.DatasetFormatException;
import org.inclusiondata.model.json.DatasetJson;
import org.inclusiondata.model.json.DatasetReader;

/** What every goal shares: where the seed pages are, where the dataset goes, and how to read both back. */
abstract class AbstractDatasetMojo extends AbstractMojo {

    /** Folder of the seed pages; gold answers {@code NAME.gold.json} and marks {@code NAME.noproject} stand beside them. */
    @Parameter(property = "inclusiondata.seedDirectory", defaultValue = "${project.basedir}/src/main/seeds", required = true)
    protected File seedDirectory;

    /** Ant-style patterns, relative to {@link #seedDirectory}, of the pages to read. Default {@code **}{@code /*.txt}. */
    @Parameter
    protected List<String> includes;

    /** Ant-style patterns of pages to leave out, applied after {@link #includes}. */
    @Parameter
    protected List<String> excludes;

    /**
     * Class output folder of the module; the dataset goes to {@code META-INF/inclusiondata/} in it,
     * so it is packaged in the jar where {@code InclusionDataset.projects()} finds it.
     */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    protected File outputDirectory;

    /** Folder for the evaluation, the report and the incremental-build record (not packaged). */
    @Parameter(property = "inclusiondata.workDirectory", defaultValue = "${project.build.directory}/inclusiondata", required = true)
    protected File workDirectory;

    /** Pages larger than this many bytes are not read (an error names them). */
    @Parameter(property = "inclusiondata.maxBytes", defaultValue = "5242880")
    protected long maxBytes;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    protected SeedFolder seedFolder() {
        return new SeedFolder(seedDirectory.toPath(), includes, excludes);
    }

    protected Path datasetFile() {
        return outputDirectory.toPath().resolve(InclusionDataset.RESOURCE);
    }

    /** The dataset the extract goal wrote, or a failure that says to run it. */
    protected Dataset readDataset() throws MojoExecutionException {
        Path file = existingDataset();
        try {
            return DatasetJson.read(file);
        } catch (DatasetFormatException e) {
            throw new MojoExecutionException(e.getMessage() + "; delete it and run the extract goal again", e);
        }
    }

    /** What a goal does with each document of the dataset. */
    @FunctionalInterface
    protected interface DocumentAction {
        void accept(SourceDocument document) throws MojoExecutionException;
    }

    /**
     * Reads the dataset the extract goal wrote one document at a time, so that a goal over a large
     * corpus holds one document, not all of them; fails as {@link #readDataset()} does.
     *
     * @return how many documents were read
     */
    protected int forEachDocument(DocumentAction action) throws MojoExecutionException {
        Path file = existingDataset();
        int count = 0;
        try (DatasetReader reader = DatasetJson.openReader(file)) {
            while (reader.hasNext()) {
                action.accept(reader.next());
                count++;
            }
        } catch (DatasetFormatException e) {
            throw new MojoExecutionException(e.getMessage() + "; delete it and run the extract goal again", e);
        }
        return count;
    }

    /** The dataset file, or a failure that says to run the extract goal. */
    protected Path existingDataset() throws MojoExecutionException {
        Path file = datasetFile();
        if (!Files.isRegularFile(file)) {
            throw new MojoExecutionException("no dataset at " + display(file)
                    + "; run the extract goal first (it is bound to process-resources), e.g. mvn process-classes");
        }
        return file;
    }

    /** The extractors on this plugin's class path, that is, among the plugin's dependencies. */
    /**
     * The extractors on the plugin's own class path (its dependencies), found through ServiceLoader
     * once per goal; duplicates and conflicts are in the registry's problems.
     */
    protected ExtractorRegistry registry() {
        return ExtractorRegistry.load(getClass().getClassLoader());
    }

    protected List<ProjectExtractor> extractors() {
        return registry().extractors();
    }

    protected Set<String> supportedLanguages(List<ProjectExtractor> extractors) {
        Set<String> languages = new TreeSet<>();
        extractors.forEach(e -> languages.addAll(e.languages()));
        return languages;
    }

    /** The decoded page behind a document, or null when it is missing or not UTF-8. */
    protected String pageText(SourceDocument document) {
        Path page = seedFolder().resolve(document.document());
        try {
            return Files.isRegularFile(page) && Files.size(page) <= maxBytes
                    ? PageText.decode(Files.readAllBytes(page)).orElse(null) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Every finding about every document, the pipeline's and the validation rules', with file names
     * made relative to the project so that IDEs and terminals link them.
     */
    protected List<Diagnostic> validate(SourceDocument document, String text, Set<String> languages) {
        SeedFolder seeds = seedFolder();
        if (!Files.isRegularFile(seeds.resolve(document.document()))) {
            // The dataset is older than the folder: checking spans against nothing would only mislead.
            return List.of(relocate(Diagnostic.error("validate.page-missing", document.document(), 0, 0,
                    "the page is in the dataset but no longer in the seed folder; run the extract goal again"), seeds));
        }
        ValidationContext context = new ValidationContext(document, text, seeds.describesNoProject(document.document()), languages);
        return Validator.standard().validate(context).stream().map(d -> relocate(d, seeds)).toList();
    }

    private Diagnostic relocate(Diagnostic d, SeedFolder seeds) {
        Path file = Path.of(d.file());
        String shown = file.isAbsolute() ? display(file) : display(seeds.resolve(d.file()));
        return new Diagnostic(d.severity(), d.code(), d.message(), shown, d.line(), d.column());
    }

    /** A path relative to the project folder when it lies inside it, with {@code /} separators. */
    protected String display(Path path) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path p = path.toAbsolutePath().normalize();
        return (p.startsWith(base) ? base.relativize(p) : p).toString().replace('\\', '/');
    }

    /** Logs each diagnostic at its severity. */
    protected void log(Diagnostic d) {
        switch (d.severity()) {
            case ERROR -> getLog().error(d.format());
            case WARNING -> getLog().warn(d.format());
            default -> getLog().info(d.format());
        }
    }

    /** Fails with every problem in the message, so the end of the build log lists them all. */
    protected static MojoFailureException failure(String headline, List<Diagnostic> problems) {
        StringBuilder sb = new StringBuilder(headline);
        problems.forEach(d -> sb.append(System.lineSeparator()).append(d.format()));
        return new MojoFailureException(sb.toString());
    }
}
