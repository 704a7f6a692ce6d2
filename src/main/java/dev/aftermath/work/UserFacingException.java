package dev.aftermath.work;

/**
 * A failure whose message is written for the user: it says what was wrong and, where known, which file and line.
 * The command line prints the message (exit 1) and the desktop shows it in a dialog; neither shows a stack trace.
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
