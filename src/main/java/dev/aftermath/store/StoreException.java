package dev.aftermath.store;

import dev.aftermath.work.UserFacingException;

/** The workspace could not be read or written; the message tells the user what to do. */
public class StoreException extends UserFacingException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
