package org.inclusiondata.extract.spi;

import java.util.List;
import org.inclusiondata.model.Diagnostic;
import org.inclusiondata.model.PartialDate;
import org.inclusiondata.model.Project;

/**
 * What an extractor found in one document: the projects in text order, the page's own publication
 * date when it states one, and diagnostics.
 */
public record Extraction(List<Project> projects, PartialDate published, List<Diagnostic> diagnostics) {

    public Extraction {
        projects = projects == null ? List.of() : List.copyOf(projects);
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }

    public static Extraction of(List<Project> projects, List<Diagnostic> diagnostics) {
        return new Extraction(projects, null, diagnostics);
    }

    public static Extraction empty() {
        return new Extraction(List.of(), null, List.of());
    }
}
