package io.prism.service;

import io.prism.data.ThreadSpecRepository;
import io.prism.data.ThreadSpecRow;
import io.prism.error.ErrorCode;
import io.prism.error.PrismException;
import io.prism.tenancy.Scope;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * ISO metric screw threads by designation. Threads are platform reference data, the same for every tenant; reading
 * them needs the READ scope.
 */
@Service
public class ThreadService {

    /** Largest number of designations an unlisted thread gets as suggestions. */
    static final int SUGGESTIONS = 5;

    private final ThreadSpecRepository threads;

    public ThreadService(ThreadSpecRepository threads) {
        this.threads = threads;
    }

    /**
     * The thread {@code designation} names. BAD_USER_INPUT (field {@code designation}) when the text is not a metric
     * designation or gives a zero diameter or pitch; NOT_FOUND with the nearest listed designations as
     * {@code suggestions} when the table does not list it.
     */
    public ThreadSpecRow threadSpec(RequestContext ctx, String designation) {
        ctx.require(Scope.READ);
        String typed = Checks.text(designation, "designation", 40);
        ThreadDesignation d = ThreadDesignation.parse(typed)
                .filter(t -> t.nominalMm() > 0 && (t.pitchMm() == null || t.pitchMm() > 0))
                .orElseThrow(() -> PrismException.badInput("designation \"" + typed + "\" is not an ISO metric "
                        + "thread: write M, the nominal diameter and optionally x and the pitch in mm, for example "
                        + "M10 or M10x1.25", "designation"));
        Optional<ThreadSpecRow> found = ctx.read(dsl -> threads.find(dsl, d.nominalMm(), d.pitchMm()));
        if (found.isPresent()) {
            return found.get();
        }
        List<ThreadSpecRow> all = ctx.read(threads::all);
        throw new PrismException(ErrorCode.NOT_FOUND, "No ISO metric thread " + d.canonical() + " is listed",
                List.of(), Map.of("suggestions", suggestions(d, all)));
    }

    /**
     * Up to {@link #SUGGESTIONS} designations nearest to {@code d}: by distance of the nominal diameter, then, when
     * a pitch was given, by distance of the pitch, otherwise coarse before fine; remaining ties by size.
     */
    static List<String> suggestions(ThreadDesignation d, List<ThreadSpecRow> all) {
        Comparator<ThreadSpecRow> nearest = Comparator
                .comparingDouble((ThreadSpecRow t) -> Math.abs(t.nominalDiameter() - d.nominalMm()))
                .thenComparingDouble(t -> d.pitchMm() == null ? ("COARSE".equals(t.series()) ? 0 : 1)
                        : Math.abs(t.pitch() - d.pitchMm()))
                .thenComparingDouble(ThreadSpecRow::nominalDiameter)
                .thenComparingDouble(ThreadSpecRow::pitch);
        return all.stream().sorted(nearest).limit(SUGGESTIONS).map(ThreadSpecRow::designation).toList();
    }
}
