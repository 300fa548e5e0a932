package io.sarikata.model;

/** A model artifact that cannot be applied: unreadable, of another format, or made for other features. */
public class InvalidModelException extends RuntimeException {

    public InvalidModelException(String message) {
        super(message);
    }

    public InvalidModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
