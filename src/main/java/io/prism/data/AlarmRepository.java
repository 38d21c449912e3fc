package io.prism.data;

import static io.prism.generated.jooq.Tables.ALARM;

import io.prism.generated.jooq.tables.records.AlarmRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * CNC controller alarms: platform reference data with no tenant column, read alike by every tenant (the table has
 * no row level security because nothing in it is tenant-owned). Lists are ordered by number, then code.
 */
@Repository
public class AlarmRepository {

    /** The number as zero-padded text, so that it sorts like the number as the text sort key {@link Pager} needs. */
    private static final Field<String> NUMBER_KEY = DSL.lpad(ALARM.CODE_NUMBER.cast(SQLDataType.VARCHAR), 10, '0');

    /** The alarm of the family with exactly this normalized code. */
    public Optional<AlarmRow> find(DSLContext dsl, String family, String normalizedCode) {
        return dsl.selectFrom(ALARM)
                .where(ALARM.CONTROLLER_FAMILY.eq(family))
                .and(ALARM.NORMALIZED_CODE.eq(normalizedCode))
                .fetchOptional()
                .map(AlarmRepository::toRow);
    }

    /**
     * Every alarm of the given families in one statement, by family, each list ordered by number then code; a
     * family without alarms maps to an empty list.
     */
    public Map<String, List<AlarmRow>> ofFamilies(DSLContext dsl, Collection<String> families) {
        Map<String, List<AlarmRow>> result = new HashMap<>();
        families.forEach(f -> result.put(f, new ArrayList<>()));
        dsl.selectFrom(ALARM)
                .where(ALARM.CONTROLLER_FAMILY.in(families))
                .orderBy(ALARM.CONTROLLER_FAMILY, ALARM.CODE_NUMBER, ALARM.CODE, ALARM.ALARM_UUID)
                .fetch()
                .forEach(r -> result.get(r.getControllerFamily()).add(toRow(r)));
        result.replaceAll((family, rows) -> List.copyOf(rows));
        return result;
    }

    /** One page of the family's alarms, optionally narrowed by {@code search} (see {@link AlarmRow#matches}). */
    public Page<AlarmRow> list(DSLContext dsl, String family, String search, PageRequest page) {
        Condition filter = ALARM.CONTROLLER_FAMILY.eq(family);
        if (search != null && !search.isBlank()) {
            String s = search.trim();
            filter = filter.and(Visibility.contains(DSL.lower(ALARM.CODE), s)
                    .or(Visibility.contains(DSL.lower(ALARM.NORMALIZED_CODE), s))
                    .or(Visibility.contains(DSL.lower(ALARM.TITLE), s)));
        }
        return Pager.page(dsl, ALARM, filter, List.of(NUMBER_KEY, ALARM.CODE), ALARM.ALARM_UUID, page,
                r -> toRow(r.into(ALARM)), row -> List.of(numberKey(row.number()), row.code()), AlarmRow::uuid);
    }

    /** The Java twin of {@link #NUMBER_KEY}. */
    private static String numberKey(int number) {
        return String.format("%010d", number);
    }

    private static AlarmRow toRow(AlarmRecord r) {
        return new AlarmRow(r.getAlarmId(), r.getAlarmUuid(), r.getControllerFamily(), r.getSeries(), r.getCode(),
                r.getNormalizedCode(), r.getCodeNumber(), r.getTitle(), r.getMeaning(), r.getCausesRemedy(),
                new Provenance(r.getSource(), r.getVerification(), r.getVerified()));
    }
}
