package io.prism.data;

/**
 * What a page of a list is asked for.
 *
 * @param first      the number of rows, already checked ({@link Pager#request})
 * @param after      the cursor the page starts after, or null for the first page
 * @param countTotal whether the rows matching the filter over all pages are counted too: only when the client
 *                   selected {@code totalCount}, since counting reads every matching row, not just the page's
 */
public record PageRequest(int first, String after, boolean countTotal) {
}
