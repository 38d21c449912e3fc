package io.prism.calc.speedfeed;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An immutable list whose elements are made when first read. An evaluation records why it did what it did
 * (assumptions, warnings, uncertainty bands) without paying for the words, or for numbers that only they need,
 * unless someone reads them; the same input always gives the same elements, and a list reads the same however often
 * and in whatever order it is read.
 *
 * <p>Either each slot holds an element or a {@link Supplier} that makes it (so an element type must not itself be a
 * Supplier), or one supplier makes all the elements at once, when one of them or the size is first asked for. A made
 * element replaces its supplier; two threads reading an element for the first time may both make it, which is
 * harmless because the elements are immutable and equal, and a list made at once is an unmodifiable
 * {@link List#copyOf} list, safe to share.
 *
 * @param <T> the element type: String or an immutable record
 */
final class LazyList<T> extends AbstractList<T> implements RandomAccess {

    /** The size of a list whose elements are all made at once, before they are. */
    private static final int UNKNOWN = -1;

    private final Object[] slots;
    private final int size;
    private final Supplier<? extends List<T>> all;
    private List<T> made;

    private LazyList(Object[] slots, int size, Supplier<? extends List<T>> all) {
        this.slots = slots;
        this.size = size;
        this.all = all;
    }

    /**
     * A list of the elements in {@code slots}; takes the array over without copying, so the caller must not touch it
     * afterwards.
     *
     * @param slots elements or suppliers of them, none null, in list order from index 0
     * @param size the number of slots in use
     */
    static <T> LazyList<T> of(Object[] slots, int size) {
        return new LazyList<>(slots, size, null);
    }

    /**
     * A list of {@code size} elements, all made by {@code all} when one is first read.
     *
     * @param size the number of elements {@code all} makes
     * @param all makes the elements, exactly {@code size} of them, none null
     */
    static <T> LazyList<T> ofAll(int size, Supplier<? extends List<T>> all) {
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
        return new LazyList<>(null, size, Objects.requireNonNull(all, "all"));
    }

    /**
     * A list whose elements, and so its size, are all made by {@code all} when the list is first read.
     *
     * @param all makes the elements, none null
     */
    static <T> LazyList<T> ofAll(Supplier<? extends List<T>> all) {
        return new LazyList<>(null, UNKNOWN, Objects.requireNonNull(all, "all"));
    }

    /** The elements made at once, made now if they were not yet. */
    private List<T> made() {
        List<T> elements = made;
        if (elements == null) {
            elements = List.copyOf(all.get());
            if (size != UNKNOWN && elements.size() != size) {
                throw new IllegalStateException("made " + elements.size() + " elements, not " + size);
            }
            made = elements;
        }
        return elements;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        if (slots == null) {
            return made().get(index);
        }
        Objects.checkIndex(index, size);
        Object slot = slots[index];
        if (slot instanceof Supplier<?> maker) {
            slot = maker.get();
            slots[index] = slot;
        }
        return (T) slot;
    }

    @Override
    public int size() {
        return size == UNKNOWN ? made().size() : size;
    }
}
