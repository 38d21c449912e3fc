package io.prism.data;

import java.util.List;

/**
 * One page of a keyset-paginated list.
 *
 * @param items       the rows of the page, in list order
 * @param cursors     the cursor of each row
 * @param hasNextPage whether rows follow the last one
 * @param afterGiven  whether the page was requested with a cursor (rows precede it)
 * @param totalCount  rows matching the filter over all pages; null when they were not counted
 */
public record Page<T>(List<T> items, List<String> cursors, boolean hasNextPage, boolean afterGiven,
                      Integer totalCount) {

    public Page {
        items = List.copyOf(items);
        cursors = List.copyOf(cursors);
    }
}
