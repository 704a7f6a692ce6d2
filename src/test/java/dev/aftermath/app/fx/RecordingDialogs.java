package dev.aftermath.app.fx;

import java.util.ArrayList;
import java.util.List;

/** Dialogs that remember what they were asked to show and answer confirmations as told. */
public final class RecordingDialogs implements Dialogs {

    public final List<String> errors = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public boolean answer = true;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void inform(String title, String message) {
        notices.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        questions.add(title + ": " + message);
        return answer;
    }
}
