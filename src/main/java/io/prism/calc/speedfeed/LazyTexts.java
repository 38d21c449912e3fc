package io.prism.calc.speedfeed;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An immutable list of texts, each written when it is first read. An evaluation records why it did what it did
 * without paying for the formatting unless someone reads the words; the same input always gives the same texts.
 */
final class LazyTexts extends AbstractList<String> implements RandomAccess {

    private final Object[] parts;
    private final String[] texts;

    /** @param parts Strings, or {@code Supplier<String>}s that write one */
    LazyTexts(List<Object> parts) {
        this.parts = parts.toArray();
        this.texts = new String[this.parts.length];
    }

    @Override
    @SuppressWarnings("unchecked")
    public String get(int index) {
        String text = texts[index];
        if (text == null) {
            Object part = parts[index];
            text = part instanceof String s ? s : ((Supplier<String>) part).get();
            texts[index] = text;
        }
        return text;
    }

    @Override
    public int size() {
        return parts.length;
    }
}
