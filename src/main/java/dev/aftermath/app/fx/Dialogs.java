package dev.aftermath.app.fx;

/**
 * What ViewModels may ask of the user. An interface so that ViewModels stay free of scene classes and tests can
 * answer the questions themselves.
 */
public interface Dialogs {

    /** Shows a failure; the message says what went wrong and what the user can do about it. */
    void showError(String title, String message);

    /** Tells something worth reading that is not a failure, such as the lines an import skipped. */
    void inform(String title, String message);

    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);
}
