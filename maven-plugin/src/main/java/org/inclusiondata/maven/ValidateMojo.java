package org.inclusiondata.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.Severity;
import org.inclusiondata.model.SourceDocument;

/**
 * Checks every document and record of the extracted dataset against the rules of
 * {@code org.inclusiondata.extract.validation}: each page decodable and in a supported language, at
 * least one project unless the page is marked as describing none ({@code NAME.noproject}, or a gold
 * file whose {@code "projects"} is {@code []}), a title, end not before start, ISO 4217 currencies,
 * positive amounts, evidence spans inside the text. Fails with every problem listed as
 * {@code file:line:column: severity: message}, not just the first.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class ValidateMojo extends AbstractDatasetMojo {

    /** Skip this goal. */
    @Parameter(property = "inclusiondata.validate.skip", defaultValue = "false")
    private boolean skip;

    /** Fail on warnings as well as on errors. */
    @Parameter(property = "inclusiondata.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("inclusiondata:validate skipped");
            return;
        }
        Set<String> languages = supportedLanguages(extractors());
        List<Diagnostic> problems = new ArrayList<>();
        int[] errors = {0};
        int[] warnings = {0};
        int documents = forEachDocument(d -> {
            for (Diagnostic diag : validate(d, pageText(d), languages)) {
                if (diag.severity() == Severity.INFO) {
                    getLog().debug(diag.format());
                    continue;
                }
                log(diag);
                problems.add(diag);
                if (diag.severity() == Severity.ERROR) {
                    errors[0]++;
                } else {
                    warnings[0]++;
                }
            }
        });
        String counts = documents + " documents checked: " + errors[0] + " errors, " + warnings[0] + " warnings";
        if (errors[0] > 0 || (failOnWarning && warnings[0] > 0)) {
            throw failure("The dataset breaks the validation rules (" + counts + (errors[0] == 0 ? ", failOnWarning is set" : "")
                    + "). Fix each page below, or mark a page that describes no project with NAME.noproject:", problems);
        }
        getLog().info("Validated " + counts);
    }
}
