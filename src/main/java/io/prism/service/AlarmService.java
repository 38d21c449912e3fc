package io.prism.service;

import io.prism.data.AlarmRepository;
import io.prism.data.AlarmRow;
import io.prism.data.Page;
import io.prism.data.PageRequest;
import io.prism.data.Pager;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.tenancy.Scope;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * Use cases of the CNC alarm catalog: decoding a code as the control shows it, ranking an alarm's causes for what
 * the operator saw, and listing a family's alarms. Alarms are platform reference data, the same for every tenant;
 * reading them needs the READ scope. Parsing and matching rules are in docs/alarms.md.
 */
@Service
public class AlarmService {

    /** Controller families that have an alarm catalog (the check constraint of table {@code alarm}). */
    static final List<String> FAMILIES = List.of("FANUC", "HAAS", "SIEMENS");

    private static final int MAX_CODE_LENGTH = 40;
    private static final int MAX_SYMPTOMS = 10;
    private static final int MAX_SYMPTOM_LENGTH = 200;
    private static final Pattern AXIS = Pattern.compile("[A-Z][0-9]{0,2}");

    private final AlarmRepository alarms;

    public AlarmService(AlarmRepository alarms) {
        this.alarms = alarms;
    }

    /** What the operator saw when an alarm came up; {@code controller} and {@code recentOperation} are enum names. */
    public record DiagnosisRequest(String controller, String code, Double spindleLoadPercent, String axis,
                                   String recentOperation, List<String> symptoms) {
    }

    /** A decoded alarm with its candidate causes, most likely first. */
    public record AlarmDiagnosis(AlarmRow alarm, List<AlarmDiagnostics.RankedCause> likelyCauses) {
    }

    /**
     * The checked arguments of {@code Machine.alarms}: they narrow the alarms of the machine's family, which are
     * loaded for all machines of a request at once, in memory.
     */
    public record AlarmSelection(String search, int first) {

        /** The alarms that contain {@code search} (all when it is null), at most {@code first} of them, in order. */
        public List<AlarmRow> apply(List<AlarmRow> familyAlarms) {
            return familyAlarms.stream().filter(a -> search == null || a.matches(search)).limit(first).toList();
        }
    }

    /** The alarm the code stands for; see {@link #resolve} for the rules and errors. */
    public AlarmRow decode(RequestContext ctx, String controller, String code) {
        ctx.require(Scope.READ);
        return resolve(ctx, controller, code, "code");
    }

    /** Decodes the alarm and ranks the items of its causes-and-remedies text by what was seen. */
    public AlarmDiagnosis diagnose(RequestContext ctx, DiagnosisRequest request) {
        ctx.require(Scope.READ);
        if (request.spindleLoadPercent() == null) {
            throw PrismException.badInput("spindleLoadPercent is required", "input", "spindleLoadPercent");
        }
        double load = Checks.range(request.spindleLoadPercent(), 0, 300, "%", "input.spindleLoadPercent");
        String axis = Checks.optionalText(request.axis(), "input.axis", 3);
        if (axis != null) {
            axis = axis.toUpperCase(Locale.ROOT);
            if (!AXIS.matcher(axis).matches()) {
                throw PrismException.badInput("axis must be an axis name such as X, Y, Z, A or X2, was "
                        + request.axis(), "input", "axis");
            }
        }
        List<String> symptoms = symptoms(request.symptoms());
        AlarmRow alarm = resolve(ctx, request.controller(), request.code(), "input", "code");
        AlarmDiagnostics.Observation seen = new AlarmDiagnostics.Observation(load, axis, request.recentOperation(),
                symptoms);
        return new AlarmDiagnosis(alarm, AlarmDiagnostics.rank(AlarmDiagnostics.causes(alarm.causesAndRemedies()),
                seen));
    }

    /** A page of the family's alarms, ordered by number then code. NOT_FOUND for a family without a catalog. */
    public Page<AlarmRow> alarms(RequestContext ctx, String controller, String search, Integer first,
                                 String after, boolean countTotal) {
        ctx.require(Scope.READ);
        PageRequest page = Pager.request(first, after, countTotal);
        String text = Checks.optionalText(search, "search", 200);
        requireCatalog(controller);
        return ctx.read(dsl -> alarms.list(dsl, controller, text, page));
    }

    /**
     * The alarms of many families in one read, each list ordered by number then code. A family without a catalog
     * gets an empty list (a machine's controller may be any family).
     */
    public Map<String, List<AlarmRow>> alarmsOfFamilies(RequestContext ctx, Collection<String> families) {
        ctx.require(Scope.READ);
        List<String> catalogued = families.stream().filter(FAMILIES::contains).distinct().toList();
        Map<String, List<AlarmRow>> result = new HashMap<>();
        families.forEach(f -> result.put(f, List.of()));
        if (!catalogued.isEmpty()) {
            result.putAll(ctx.read(dsl -> alarms.ofFamilies(dsl, catalogued)));
        }
        return result;
    }

    /** Checks the arguments of {@code Machine.alarms}. */
    public AlarmSelection selection(String search, Integer first) {
        return new AlarmSelection(Checks.optionalText(search, "search", 200), Pager.checkFirst(first));
    }

    /**
     * The alarm of the family that {@code text} names. In order: an empty or unreadable code is BAD_USER_INPUT on
     * {@code field}; a family without a catalog is NOT_FOUND; an alarm with exactly the code's normalized form
     * answers; otherwise {@link AlarmLookup#amongFamily} decides (a bare number matching one alarm of any prefix, or
     * an error with candidates or suggestions).
     */
    private AlarmRow resolve(RequestContext ctx, String family, String text, String... field) {
        String typed = Checks.text(text, String.join(".", field), MAX_CODE_LENGTH);
        AlarmCode code = AlarmCode.parse(typed).orElseThrow(() -> PrismException.badInput("code \"" + typed
                + "\" is not an alarm code: give an optional letter prefix and a number, for example SV0401, "
                + "sv 401 or 1010", field));
        requireCatalog(family);
        Optional<AlarmRow> exact = ctx.read(dsl -> alarms.find(dsl, family, code.normalized()));
        if (exact.isPresent()) {
            return exact.get();
        }
        List<AlarmRow> all = ctx.read(dsl -> alarms.ofFamilies(dsl, List.of(family))).get(family);
        return AlarmLookup.amongFamily(code, family, all, field);
    }

    private static void requireCatalog(String family) {
        if (!FAMILIES.contains(family)) {
            throw new PrismException(ErrorCode.NOT_FOUND, "No alarm catalog exists for controller family " + family
                    + "; alarms are catalogued for " + String.join(", ", FAMILIES), List.of());
        }
    }

    private static List<String> symptoms(List<String> symptoms) {
        if (symptoms == null) {
            return List.of();
        }
        if (symptoms.size() > MAX_SYMPTOMS) {
            throw PrismException.badInput("symptoms may list at most " + MAX_SYMPTOMS + " entries, had "
                    + symptoms.size(), "input", "symptoms");
        }
        return IntStream.range(0, symptoms.size())
                .mapToObj(i -> Checks.text(symptoms.get(i), "input.symptoms." + i, MAX_SYMPTOM_LENGTH))
                .toList();
    }
}
