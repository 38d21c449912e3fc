package io.prism.data;

import io.prism.error.PrismException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Keyset pagination shared by every list: rows ordered by text sort keys and then a UUID id, or newest first by a
 * creation time and then the id, fetched with {@code first + 1} rows and a window count in one statement.
 */
public final class Pager {

    public static final int MAX_PAGE = 100;

    private Pager() {
    }

    /** Checks the page size argument and makes the request of a page. */
    public static PageRequest request(Integer first, String after, boolean countTotal) {
        return new PageRequest(checkFirst(first), after, countTotal);
    }

    /** Checks the page size argument. */
    public static int checkFirst(Integer first) {
        int n = first == null ? 20 : first;
        if (n < 1 || n > MAX_PAGE) {
            throw PrismException.badInput("first must be between 1 and " + MAX_PAGE + ", was " + n, "first");
        }
        return n;
    }

    /**
     * @param sortKeys text columns of the order, most significant first; the id column breaks ties
     * @param mapper   turns a fetched record into the row type
     * @param keyOf    the sort-key values of a row, in the order of {@code sortKeys}, for its cursor
     */
    public static <T> Page<T> page(DSLContext dsl, Table<?> table, Condition filter, List<Field<String>> sortKeys,
                                   Field<UUID> id, PageRequest page, Function<Record, T> mapper,
                                   Function<T, List<String>> keyOf, Function<T, UUID> idOf) {
        Condition where = filter;
        String after = page.after();
        if (after != null) {
            List<String> parts = Cursor.decode(after, sortKeys.size() + 1);
            UUID afterId;
            try {
                afterId = UUID.fromString(parts.get(parts.size() - 1));
            } catch (IllegalArgumentException e) {
                throw invalidCursor();
            }
            List<Field<?>> fields = new ArrayList<>(sortKeys);
            fields.add(id);
            List<Object> values = new ArrayList<>(parts.subList(0, parts.size() - 1));
            values.add(afterId);
            where = where.and(DSL.row(fields).gt(DSL.row(values.toArray())));
        }
        List<Field<?>> order = new ArrayList<>(sortKeys);
        order.add(id);
        return fetch(dsl, table, filter, where, order.stream().map(Field::asc).toList(), page, mapper,
                row -> {
                    List<String> key = new ArrayList<>(keyOf.apply(row));
                    key.add(idOf.apply(row).toString());
                    return key;
                });
    }

    /**
     * A page of rows newest first: ordered by a creation time, then the id, both descending, with cursors of the
     * form (created at, id).
     *
     * @param mapper turns a fetched record of {@code table} into the row type
     */
    public static <R extends Record, T> Page<T> newestFirst(DSLContext dsl, Table<R> table, Condition filter,
                                                          Field<OffsetDateTime> createdAt, Field<UUID> id,
                                                          PageRequest page, Function<R, T> mapper,
                                                          Function<T, OffsetDateTime> createdOf,
                                                          Function<T, UUID> idOf) {
        Condition where = filter;
        if (page.after() != null) {
            List<String> parts = Cursor.decode(page.after(), 2);
            try {
                where = where.and(DSL.row(createdAt, id).lt(OffsetDateTime.parse(parts.get(0)),
                        UUID.fromString(parts.get(1))));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw invalidCursor();
            }
        }
        return fetch(dsl, table, filter, where, List.of(createdAt.desc(), id.desc()), page,
                r -> mapper.apply(r.into(table)),
                row -> List.of(createdOf.apply(row).toString(), idOf.apply(row).toString()));
    }

    /**
     * A page of rows in descending order of a sequence number unique within the filter, with cursors of the form
     * (sequence number).
     */
    public static <R extends Record, T> Page<T> bySequenceDescending(DSLContext dsl, Table<R> table,
                                                                   Condition filter, Field<Long> seq,
                                                                   PageRequest page, Function<R, T> mapper,
                                                                   Function<T, Long> seqOf) {
        Condition where = filter;
        if (page.after() != null) {
            try {
                where = where.and(seq.lt(Long.parseLong(Cursor.decode(page.after(), 1).get(0))));
            } catch (NumberFormatException e) {
                throw invalidCursor();
            }
        }
        return fetch(dsl, table, filter, where, List.of(seq.desc()), page, r -> mapper.apply(r.into(table)),
                row -> List.of(Long.toString(seqOf.apply(row))));
    }

    /**
     * Fetches {@code first + 1} rows and builds the page. When the total is asked for, the first page counts it with
     * a window count in the same statement; after a cursor the window count no longer covers the whole filter, so
     * the total is counted separately. Without it, the page reads only its own rows (an index in list order stops
     * after them), where a window count would read and sort every matching row.
     */
    private static <T> Page<T> fetch(DSLContext dsl, Table<?> table, Condition filter, Condition where,
                                     List<? extends OrderField<?>> order, PageRequest page,
                                     Function<Record, T> mapper, Function<T, List<String>> cursorOf) {
        int first = page.first();
        boolean afterGiven = page.after() != null;
        boolean windowCount = page.countTotal() && !afterGiven;
        Field<Integer> total = DSL.count().over().as("total_count");
        var result = (windowCount ? dsl.select(table.fields()).select(total) : dsl.select(table.fields()))
                .from(table)
                .where(where)
                .orderBy(order)
                .limit(first + 1)
                .fetch();
        List<T> items = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        for (int i = 0; i < Math.min(first, result.size()); i++) {
            T row = mapper.apply(result.get(i));
            items.add(row);
            cursors.add(Cursor.encode(cursorOf.apply(row)));
        }
        Integer count = !page.countTotal() ? null : afterGiven ? dsl.fetchCount(table, filter)
                : result.isEmpty() ? 0 : result.get(0).get(total);
        return new Page<>(items, cursors, result.size() > first, afterGiven, count);
    }

    private static PrismException invalidCursor() {
        return PrismException.badInput("after is not a valid cursor of this list", "after");
    }
}
