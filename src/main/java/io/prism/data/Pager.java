package io.prism.data;

import io.prism.error.PrismException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Keyset pagination shared by every list: rows ordered by text sort keys and then a UUID id, fetched with
 * {@code first + 1} rows and a window count in one statement.
 */
public final class Pager {

    public static final int MAX_PAGE = 100;

    private Pager() {
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
                                   Field<UUID> id, int first, String after, Function<Record, T> mapper,
                                   Function<T, List<String>> keyOf, Function<T, UUID> idOf) {
        Condition where = filter;
        if (after != null) {
            List<String> parts = Cursor.decode(after, sortKeys.size() + 1);
            UUID afterId;
            try {
                afterId = UUID.fromString(parts.get(parts.size() - 1));
            } catch (IllegalArgumentException e) {
                throw PrismException.badInput("after is not a valid cursor of this list", "after");
            }
            List<Field<?>> fields = new ArrayList<>(sortKeys);
            fields.add(id);
            List<Object> values = new ArrayList<>(parts.subList(0, parts.size() - 1));
            values.add(afterId);
            where = where.and(DSL.row(fields).gt(DSL.row(values.toArray())));
        }
        List<Field<?>> order = new ArrayList<>(sortKeys);
        order.add(id);
        Field<Integer> total = DSL.count().over().as("total_count");
        var result = dsl.select(table.fields()).select(total)
                .from(table)
                .where(where)
                .orderBy(order.stream().map(Field::asc).toList())
                .limit(first + 1)
                .fetch();
        boolean hasNext = result.size() > first;
        List<T> items = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        for (int i = 0; i < Math.min(first, result.size()); i++) {
            T row = mapper.apply(result.get(i));
            items.add(row);
            List<String> key = new ArrayList<>(keyOf.apply(row));
            key.add(idOf.apply(row).toString());
            cursors.add(Cursor.encode(key));
        }
        // the window count covers the whole filter only on a first page; after a cursor it is counted separately
        int count = after != null ? dsl.fetchCount(table, filter)
                : result.isEmpty() ? 0 : result.get(0).get(total);
        return new Page<>(items, cursors, hasNext, after != null, count);
    }
}
