package org.inclusiondata.model;

import java.util.List;

/** The one way the records copy a list: null means empty, a null item is refused by name. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list, String field) {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "] is null; lists hold no null items, leave it out");
            }
        }
        return List.copyOf(list);
    }
}
