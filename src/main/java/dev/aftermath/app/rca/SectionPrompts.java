package dev.aftermath.app.rca;

import dev.aftermath.model.ReviewSection;

/** The question under each empty section that gets a person writing; it disappears once they do. */
final class SectionPrompts {

    static final String ACTION_ITEMS = "One concrete change per item, each with an owner and a due date. "
            + "Prevent it, detect it sooner, mitigate it faster, or fix the process?";
    static final String TIMELINE = "The story appears here once the timeline has milestones: add entries on the "
            + "Entries tab, or import a report or status page.";

    private SectionPrompts() {
    }

    static String of(ReviewSection section) {
        return switch (section) {
            case SUMMARY -> "What happened, to whom, for how long, and how did it end? Two or three sentences a "
                    + "newcomer understands.";
            case IMPACT -> "Who noticed what, and how much: users, requests, orders, tickets? How was it detected, "
                    + "and how could time to detect be halved?";
            case ROOT_CAUSE -> "Why did it happen? Keep asking why until you reach something the team can change.";
            case CONTRIBUTING_FACTORS -> "What made it likelier, bigger or longer? A missing alarm, a risky default…";
            case WENT_WELL -> "What helped: people, tools or habits worth keeping?";
            case COULD_BE_BETTER -> "What slowed detection, diagnosis or recovery? How could time to detect be halved?";
            case GOT_LUCKY -> "What could have made it much worse, and did not, by chance?";
            case LESSONS -> "What does the team know now that it did not know before?";
        };
    }
}
