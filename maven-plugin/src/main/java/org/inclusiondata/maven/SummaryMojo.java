package org.inclusiondata.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.inclusiondata.maven.summary.DatasetSummary;

/**
 * Prints what the extracted dataset holds: documents and projects per language and how many
 * projects have each field filled. The extract goal prints the same after extracting; this goal
 * prints it on demand, e.g. {@code mvn -pl seeds inclusiondata:summary} after an install.
 */
@Mojo(name = "summary", threadSafe = true)
public class SummaryMojo extends AbstractDatasetMojo {

    /** Skip this goal. */
    @Parameter(property = "inclusiondata.summary.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("inclusiondata:summary skipped");
            return;
        }
        DatasetSummary.Tally tally = new DatasetSummary.Tally();
        forEachDocument(tally::add);
        tally.summary().lines().forEach(getLog()::info);
    }
}
