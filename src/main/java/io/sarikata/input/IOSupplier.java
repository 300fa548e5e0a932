package io.sarikata.input;

import java.io.IOException;

/**
 * Supplies a value whose creation may fail with an {@link IOException}, such as opening a file.
 * {@link java.util.function.Supplier} cannot throw checked exceptions, and the reader must see the failure
 * to record the input as unreadable.
 */
@FunctionalInterface
public interface IOSupplier<T> {

    T get() throws IOException;
}
