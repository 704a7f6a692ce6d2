package dev.aftermath.app.fx;

import dev.aftermath.work.UserFacingException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns a failure into a sentence for the user. Stack traces go to the log, never into a dialog. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String describe(Throwable error) {
        if (error instanceof UserFacingException) {
            return error.getMessage();
        }
        if (error instanceof NoSuchFileException missing) {
            return missing.getFile() + " does not exist. Check the path and try again.";
        }
        if (error instanceof AccessDeniedException denied) {
            return "Aftermath may not access " + denied.getFile() + ". Check the file's permissions.";
        }
        if (error instanceof IOException io) {
            return "Reading or writing a file failed: " + io.getMessage();
        }
        // Unexpected: a bug. Keep the details for the log and tell the user their saved work is safe.
        System.getLogger(ErrorMessages.class.getName()).log(System.Logger.Level.ERROR, "Unexpected failure", error);
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return "Something unexpected went wrong (" + detail + "). What was saved before is safe; "
                + "try again, and if it keeps happening, report it with the log.";
    }
}
