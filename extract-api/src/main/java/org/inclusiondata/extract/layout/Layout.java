package org.inclusiondata.extract.layout;

import java.util.List;

/** The lines of a page as blocks, in text order. */
public record Layout(List<Block> blocks) {

    public Layout {
        blocks = List.copyOf(blocks);
    }
}
