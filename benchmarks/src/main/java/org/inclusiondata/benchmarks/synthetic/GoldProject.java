package org.inclusiondata.benchmarks.synthetic;

import java.util.List;

/**
 * The gold answer for one project of a synthetic page, in the fields of {@code ANNOTATION.md}; the
 * generator states nothing else about the project, so the facts not given stay {@code null} or empty.
 */
public record GoldProject(String title, String acronym, String start, String end, List<Org> organizations,
        List<Funding> funding, List<String> programmes, List<String> locations, List<String> targetGroups,
        List<String> objectives, List<String> activities, List<String> results, List<String> links) {

    public GoldProject {
        organizations = List.copyOf(organizations);
        funding = List.copyOf(funding);
        programmes = List.copyOf(programmes);
        locations = List.copyOf(locations);
        targetGroups = List.copyOf(targetGroups);
        objectives = List.copyOf(objectives);
        activities = List.copyOf(activities);
        results = List.copyOf(results);
        links = List.copyOf(links);
    }

    /** An organisation and its role: lead, partner, funder, implementer or other. */
    public record Org(String name, String role) {
    }

    /** A money figure: its amount in whole units, ISO 4217 currency, and kind (total, grant, own, other). */
    public record Funding(long amount, String currency, String kind) {
    }
}
