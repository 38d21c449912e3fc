package io.prism.calc.speedfeed;

import java.util.Arrays;
import java.util.function.Function;

/**
 * What a sequence of numbers stands for, worked out once per distinct sequence and then shared by every evaluation
 * that follows the same path: {@link Trace} records the formulas and citations of an evaluation as such a sequence,
 * whose lists of formula ids and citations are built on first sight. The engine has a small, fixed number of paths,
 * so the table stays small; a sequence that finds no free slot is worked out afresh.
 *
 * <p>Slots are written without locking: an entry is immutable (final fields), so a thread that reads a slot sees
 * either nothing or a complete entry, and a lost write only means the value is worked out again.
 *
 * @param <V> what a sequence stands for; immutable
 */
final class SequenceCache<V> {

    private static final int SLOTS = 1 << 10;
    private static final int PROBES = 8;

    private final Function<int[], V> build;
    private final Entry<?>[] table = new Entry<?>[SLOTS];

    /** One sequence and what it stands for. */
    private record Entry<V>(long hash, int[] sequence, V value) {
    }

    /** @param build works out what a sequence (an array of exactly its numbers) stands for */
    SequenceCache(Function<int[], V> build) {
        this.build = build;
    }

    /** The start value of a sequence's hash. */
    static long start() {
        return 1L;
    }

    /** The hash of a sequence after appending {@code number}. */
    static long append(long hash, int number) {
        return hash * 0x9E3779B97F4A7C15L + number + 1;
    }

    /**
     * What {@code sequence[0..count)} stands for.
     *
     * @param sequence the numbers
     * @param count how many numbers are used
     * @param hash the hash of those numbers, {@link #start()} followed by {@link #append} of each
     * @return the value, shared with other callers of the same sequence
     */
    @SuppressWarnings("unchecked")
    V get(int[] sequence, int count, long hash) {
        int mixed = (int) (hash ^ (hash >>> 29) ^ (hash >>> 47));
        for (int probe = 0; probe < PROBES; probe++) {
            int slot = (mixed + probe) & (SLOTS - 1);
            Entry<?> entry = table[slot];
            if (entry == null) {
                int[] own = Arrays.copyOf(sequence, count);
                Entry<V> made = new Entry<>(hash, own, build.apply(own.clone()));
                table[slot] = made;
                return made.value();
            }
            if (entry.hash() == hash && entry.sequence().length == count
                    && Arrays.equals(entry.sequence(), 0, count, sequence, 0, count)) {
                return (V) entry.value();
            }
        }
        return build.apply(Arrays.copyOf(sequence, count));
    }

}
