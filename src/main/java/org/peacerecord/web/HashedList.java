package org.peacerecord.web;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list that computes its hash code once, for a list kept across requests (per data version) and
 * passed to {@code pr:replace-cached} ({@link RenderedOnce}), whose key hashes its arguments at every lookup: the
 * statement's lists of citing records (70 of them, up to twelve records each) were hashed element by element for
 * every view. Equal to any list with the same elements, as lists are; compared with itself, at once.
 */
public final class HashedList<E> extends AbstractList<E> implements RandomAccess {

    private final List<E> elements;
    private final int hash;

    private HashedList(List<E> elements) {
        this.elements = elements;
        this.hash = elements.hashCode();
    }

    /** An unmodifiable copy of the elements (none of them null) that keeps its hash code. */
    public static <E> List<E> of(List<? extends E> elements) {
        return new HashedList<>(List.copyOf(elements));
    }

    @Override
    public E get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (other instanceof HashedList<?> hashed && hashed.hash != hash) {
            return false;
        }
        return super.equals(other);
    }
}
