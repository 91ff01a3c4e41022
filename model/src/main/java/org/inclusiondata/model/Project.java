package org.inclusiondata.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One project or programme that a document describes, with the fields of the corpus annotation
 * guide ({@code ANNOTATION.md}) under the same names. Lists keep the order of the text.
 *
 * <p>Scalar values (title, acronym, dates, numbers) keep their provenance in {@link #evidence()},
 * keyed by field name; list items carry their own {@link Span}.
 */
@JsonPropertyOrder({"id", "title", "acronym", "start", "end", "durationMonths", "organizations", "funding",
        "programmes", "locations", "targetGroups", "beneficiaries", "objectives", "activities", "results", "links",
        "evidence"})
public record Project(
        String id,
        String title,
        String acronym,
        PartialDate start,
        PartialDate end,
        Integer durationMonths,
        List<Organization> organizations,
        List<Money> funding,
        List<Phrase> programmes,
        List<Phrase> locations,
        List<Phrase> targetGroups,
        Integer beneficiaries,
        List<Phrase> objectives,
        List<Phrase> activities,
        List<Phrase> results,
        List<Link> links,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) SortedMap<String, Span> evidence) {

    /** Field names of a project record, in the order of the annotation guide. */
    public static final List<String> FIELDS = List.of("title", "acronym", "start", "end", "durationMonths",
            "organizations", "funding", "programmes", "locations", "targetGroups", "beneficiaries", "objectives",
            "activities", "results", "links");

    /** The scalar fields, the only keys {@link #evidence()} may have. */
    public static final List<String> SCALAR_FIELDS = List.of("title", "acronym", "start", "end", "durationMonths",
            "beneficiaries");

    public Project {
        organizations = copy(organizations, "organizations");
        funding = copy(funding, "funding");
        programmes = copy(programmes, "programmes");
        locations = copy(locations, "locations");
        targetGroups = copy(targetGroups, "targetGroups");
        objectives = copy(objectives, "objectives");
        activities = copy(activities, "activities");
        results = copy(results, "results");
        links = copy(links, "links");
        evidence = evidence == null ? new TreeMap<>() : new TreeMap<>(evidence);
        evidence.forEach((field, span) -> {
            if (!SCALAR_FIELDS.contains(field)) {
                throw new IllegalArgumentException("evidence key '" + field + "' is not a scalar field; expected one of "
                        + SCALAR_FIELDS + " (list items carry their own span)");
            }
            Objects.requireNonNull(span, () -> "evidence of '" + field + "' is null; leave the key out instead");
        });
        evidence = java.util.Collections.unmodifiableSortedMap(evidence);
    }

    private static <T> List<T> copy(List<T> list, String field) {
        return Lists.copy(list, field);
    }

    /** The same project with another id. */
    public Project withId(String newId) {
        return new Project(newId, title, acronym, start, end, durationMonths, organizations, funding, programmes,
                locations, targetGroups, beneficiaries, objectives, activities, results, links, evidence);
    }

    /** Where the scalar field {@code field} came from, if recorded. */
    public java.util.Optional<Span> evidenceOf(String field) {
        return java.util.Optional.ofNullable(evidence.get(Objects.requireNonNull(field)));
    }

    /** A builder, so extractors can fill fields in any order. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this project's values, for changing a few of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.title = title;
        b.acronym = acronym;
        b.start = start;
        b.end = end;
        b.durationMonths = durationMonths;
        b.beneficiaries = beneficiaries;
        b.organizations.addAll(organizations);
        b.funding.addAll(funding);
        b.programmes.addAll(programmes);
        b.locations.addAll(locations);
        b.targetGroups.addAll(targetGroups);
        b.objectives.addAll(objectives);
        b.activities.addAll(activities);
        b.results.addAll(results);
        b.links.addAll(links);
        b.evidence.putAll(evidence);
        return b;
    }

    /** True when no field has a value (the id and evidence aside). */
    @JsonIgnore
    public boolean isEmpty() {
        return title == null && acronym == null && start == null && end == null && durationMonths == null
                && beneficiaries == null && organizations.isEmpty() && funding.isEmpty() && programmes.isEmpty()
                && locations.isEmpty() && targetGroups.isEmpty() && objectives.isEmpty() && activities.isEmpty()
                && results.isEmpty() && links.isEmpty();
    }

    /**
     * Mutable helper that assembles an immutable {@link Project}. A scalar setter takes the value and
     * the span it came from; setting a value again replaces both, and a null span forgets the old
     * one. List adders keep the order of the calls. Not thread-safe; {@link #build()} may be called
     * more than once.
     */
    public static final class Builder {
        private String id;
        private String title;
        private String acronym;
        private PartialDate start;
        private PartialDate end;
        private Integer durationMonths;
        private final List<Organization> organizations = new java.util.ArrayList<>();
        private final List<Money> funding = new java.util.ArrayList<>();
        private final List<Phrase> programmes = new java.util.ArrayList<>();
        private final List<Phrase> locations = new java.util.ArrayList<>();
        private final List<Phrase> targetGroups = new java.util.ArrayList<>();
        private Integer beneficiaries;
        private final List<Phrase> objectives = new java.util.ArrayList<>();
        private final List<Phrase> activities = new java.util.ArrayList<>();
        private final List<Phrase> results = new java.util.ArrayList<>();
        private final List<Link> links = new java.util.ArrayList<>();
        private final Map<String, Span> evidence = new TreeMap<>();

        private Builder() {
        }

        public Builder id(String value) { this.id = value; return this; }
        public Builder title(String value, Span span) { this.title = value; return note("title", span); }
        public Builder acronym(String value, Span span) { this.acronym = value; return note("acronym", span); }
        public Builder start(PartialDate value, Span span) { this.start = value; return note("start", span); }
        public Builder end(PartialDate value, Span span) { this.end = value; return note("end", span); }
        public Builder durationMonths(Integer value, Span span) { this.durationMonths = value; return note("durationMonths", span); }
        public Builder beneficiaries(Integer value, Span span) { this.beneficiaries = value; return note("beneficiaries", span); }
        public Builder organization(Organization value) { organizations.add(value); return this; }
        public Builder funding(Money value) { funding.add(value); return this; }
        public Builder programme(Phrase value) { programmes.add(value); return this; }
        public Builder location(Phrase value) { locations.add(value); return this; }
        public Builder targetGroup(Phrase value) { targetGroups.add(value); return this; }
        public Builder objective(Phrase value) { objectives.add(value); return this; }
        public Builder activity(Phrase value) { activities.add(value); return this; }
        public Builder result(Phrase value) { results.add(value); return this; }
        public Builder link(Link value) { links.add(value); return this; }

        public Builder title(String value) { return title(value, null); }
        public Builder acronym(String value) { return acronym(value, null); }
        public Builder start(PartialDate value) { return start(value, null); }
        public Builder end(PartialDate value) { return end(value, null); }
        public Builder durationMonths(Integer value) { return durationMonths(value, null); }
        public Builder beneficiaries(Integer value) { return beneficiaries(value, null); }
        public Builder organizations(java.util.Collection<Organization> values) { organizations.addAll(values); return this; }
        public Builder funding(java.util.Collection<Money> values) { funding.addAll(values); return this; }
        public Builder programmes(java.util.Collection<Phrase> values) { programmes.addAll(values); return this; }
        public Builder locations(java.util.Collection<Phrase> values) { locations.addAll(values); return this; }
        public Builder targetGroups(java.util.Collection<Phrase> values) { targetGroups.addAll(values); return this; }
        public Builder objectives(java.util.Collection<Phrase> values) { objectives.addAll(values); return this; }
        public Builder activities(java.util.Collection<Phrase> values) { activities.addAll(values); return this; }
        public Builder results(java.util.Collection<Phrase> values) { results.addAll(values); return this; }
        public Builder links(java.util.Collection<Link> values) { links.addAll(values); return this; }

        public String id() { return id; }
        public String title() { return title; }
        public String acronym() { return acronym; }
        public PartialDate start() { return start; }
        public PartialDate end() { return end; }
        public Integer durationMonths() { return durationMonths; }
        public Integer beneficiaries() { return beneficiaries; }

        /**
         * Records where the scalar field {@code field} came from without changing its value; a null
         * span forgets it.
         *
         * @throws IllegalArgumentException when {@code field} is not one of {@link Project#SCALAR_FIELDS}
         */
        public Builder evidence(String field, Span span) {
            if (!SCALAR_FIELDS.contains(field)) {
                throw new IllegalArgumentException("'" + field + "' is not a scalar field; expected one of " + SCALAR_FIELDS);
            }
            return note(field, span);
        }

        private Builder note(String field, Span span) {
            if (span == null) {
                evidence.remove(field);
            } else {
                evidence.put(field, span);
            }
            return this;
        }

        public Project build() {
            return new Project(id, title, acronym, start, end, durationMonths, organizations, funding, programmes,
                    locations, targetGroups, beneficiaries, objectives, activities, results, links, new TreeMap<>(evidence));
        }
    }
}
