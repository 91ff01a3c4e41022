package org.inclusiondata.extract.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.inclusiondata.model.Link;
import org.inclusiondata.model.Money;
import org.inclusiondata.model.Organization;
import org.inclusiondata.model.PartialDate;
import org.inclusiondata.model.Phrase;
import org.inclusiondata.model.Project;

/** A mutable copy of a project, so that a test can perturb a few fields of a gold answer. */
final class ProjectDraft {
    String title;
    String acronym;
    PartialDate start;
    PartialDate end;
    Integer durationMonths;
    Integer beneficiaries;
    List<Organization> organizations;
    List<Money> funding;
    List<Phrase> programmes;
    List<Phrase> locations;
    List<Phrase> targetGroups;
    List<Phrase> objectives;
    List<Phrase> activities;
    List<Phrase> results;
    List<Link> links;

    static ProjectDraft of(Project p) {
        ProjectDraft d = new ProjectDraft();
        d.title = p.title();
        d.acronym = p.acronym();
        d.start = p.start();
        d.end = p.end();
        d.durationMonths = p.durationMonths();
        d.beneficiaries = p.beneficiaries();
        d.organizations = new ArrayList<>(p.organizations());
        d.funding = new ArrayList<>(p.funding());
        d.programmes = new ArrayList<>(p.programmes());
        d.locations = new ArrayList<>(p.locations());
        d.targetGroups = new ArrayList<>(p.targetGroups());
        d.objectives = new ArrayList<>(p.objectives());
        d.activities = new ArrayList<>(p.activities());
        d.results = new ArrayList<>(p.results());
        d.links = new ArrayList<>(p.links());
        return d;
    }

    /** The phrase lists, for perturbations that treat them alike. */
    List<List<Phrase>> phraseLists() {
        return List.of(programmes, locations, targetGroups, objectives, activities, results);
    }

    Project build() {
        return new Project(null, title, acronym, start, end, durationMonths, organizations, funding, programmes, locations,
                targetGroups, beneficiaries, objectives, activities, results, links, null);
    }
}
