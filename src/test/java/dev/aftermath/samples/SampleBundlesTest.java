package dev.aftermath.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.analysis.MetricDeparture;
import dev.aftermath.analysis.TimelineChecks;
import dev.aftermath.bundle.BundleReader;
import dev.aftermath.model.ActionItem;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.ReviewStatus;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.samples.Samples.Sample;
import dev.aftermath.work.Progress;
import dev.aftermath.workspace.SampleLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The finished sample incidents: up to date with their raw files, complete, and shipped inside the app. */
class SampleBundlesTest {

    /**
     * The milestones each finished incident pins (see each review's reasons for its pins). The two incidents with two
     * outages pin none: their first recovery is the mitigation and their last the resolution, as the entries tell.
     */
    private static final Map<Sample, Map<Milestone, String>> PINNED = Map.of(
            Samples.EU_WEB_FLEET, Map.of(Milestone.IMPACT_STARTED, "2025-08-19T07:00:00Z",
                    Milestone.MITIGATED, "2025-08-19T09:13:00Z", Milestone.RESOLVED, "2025-08-19T09:15:00Z"),
            Samples.DATABASE_FAILOVER, Map.of(Milestone.MITIGATED, "2025-02-11T11:55:00Z",
                    Milestone.RESOLVED, "2025-02-11T11:56:00Z"),
            Samples.UNREACHABLE_CACHE, Map.of(),
            Samples.THREAD_LEAK, Map.of(),
            Samples.TELEMETRY_PROXY, Map.of(Milestone.RESOLVED, "2025-10-14T13:58:00Z"));

    private static final Pattern WHOLE_SENTENCE = Pattern.compile("\\p{Lu}.*[.!?]", Pattern.DOTALL);

    static Stream<Sample> samples() {
        return Samples.ALL.stream();
    }

    private static Incident committed(Sample sample) throws IOException {
        try (InputStream in = Files.newInputStream(sample.path(sample.bundle()))) {
            return new BundleReader().read(in, sample.bundle(), -1, Progress.NONE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theBundleIsWhatTheBuilderMakesOfTheRawFilesAndTheReview(Sample sample) throws Exception {
        byte[] built = SampleBuilder.bundle(SampleBuilder.build(sample).incident());

        assertArrayEquals(Files.readAllBytes(sample.path(sample.bundle())), built,
                sample.bundle() + " is out of date: run SampleBuilder");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theBundleCarriesACompleteReview(Sample sample) throws Exception {
        Incident incident = committed(sample);
        RcaDocument rca = incident.rca();

        assertNotNull(incident.severity());
        assertNotEquals(ReviewStatus.DRAFT, incident.status());
        assertFalse(incident.affected().isEmpty());
        for (String text : List.of(rca.summary(), rca.impact(), rca.rootCause())) {
            assertFalse(text.isBlank(), "every text section is written");
        }
        for (List<String> list : List.of(rca.contributingFactors(), rca.wentWell(), rca.couldBeBetter(),
                rca.gotLucky(), rca.lessons(), rca.actionItems().stream().map(ActionItem::text).toList())) {
            assertFalse(list.isEmpty(), "every list section has items");
        }
        for (ActionItem action : rca.actionItems()) {
            assertNotNull(action.owner(), action.text());
            assertNotNull(action.priority(), action.text());
            assertNotNull(action.due(), action.text());
            assertNotNull(action.type(), action.text());
        }
        assertTrue(rca.actionItems().stream().anyMatch(action -> action.link() != null), "some items link");
        assertEquals(List.of(), TimelineChecks.check(incident), "the timeline passes the review checks");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theBundlePinsTheMilestonesTheEvidenceLeavesOpenAndShowsItsCurves(Sample sample) throws Exception {
        Incident incident = committed(sample);

        assertEquals(PINNED.get(sample), incident.pinnedMilestones().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, pin -> pin.getValue().toString())));
        assertEquals(Milestone.values().length, IncidentMilestones.of(incident).effective().size(),
                "every milestone is known");
        assertTrue(incident.series().size() >= 3, "the metric curves come along");
        assertTrue(incident.series().stream().allMatch(series -> series.size() > 300));
        assertTrue(Files.size(sample.path(sample.bundle())) < 500_000, "a modest file");
    }

    /** A sentence cut at its second time, or a summary's span repeating the timeline, reads badly in every view. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyEntryFromTheReportIsAWholeSentenceAndNoneTellsTheSameMomentTwice(Sample sample) throws Exception {
        List<TimelineEntry> fromReport = committed(sample).entries().stream()
                .filter(entry -> entry.source() == EntrySource.REPORT).toList();

        for (TimelineEntry entry : fromReport) {
            assertTrue(WHOLE_SENTENCE.matcher(entry.text()).matches(), "not a whole sentence: " + entry.text());
        }
        assertEquals(List.of(), fromReport.stream().collect(Collectors.groupingBy(
                        entry -> entry.kind() + " at " + entry.at(), Collectors.counting()))
                .entrySet().stream().filter(told -> told.getValue() > 1).map(Map.Entry::getKey).toList(),
                "entered twice");
    }

    @Test
    void theAppShipsEveryBundleListedInTheIndex() throws Exception {
        List<Incident> shipped = SampleLibrary.bundled().incidents(Progress.NONE);

        assertEquals(SampleBuilder.index(), Files.readString(Samples.ROOT.resolve(SampleBuilder.INDEX),
                StandardCharsets.UTF_8));
        assertEquals(Samples.ALL.size(), shipped.size());
        for (int i = 0; i < shipped.size(); i++) {
            assertEquals(committed(Samples.ALL.get(i)), shipped.get(i));
        }
        try (Stream<Path> bundles = Files.walk(Samples.ROOT)) {
            assertEquals(Samples.ALL.size(), bundles.filter(path -> path.toString().endsWith(".aftermath.json"))
                    .count(), "no bundle is left out of the index");
        }
    }

    /** The report says telemetry was turned on again at 14:35 UTC on the rolled-back proxies "without trouble". */
    @Test
    void theTelemetryWaitIsBackToItsUsualLevelOnceTelemetryIsOnAgain() throws Exception {
        Incident incident = committed(Samples.TELEMETRY_PROXY);
        MetricSeries wait = incident.series().stream()
                .filter(series -> series.name().equals("telemetry hand-over wait, p99")).findFirst().orElseThrow();
        Instant impact = IncidentMilestones.of(incident).at(Milestone.IMPACT_STARTED).orElseThrow();
        MetricDeparture.Baseline usual = MetricDeparture.baseline(wait, impact).orElseThrow();

        for (String at : List.of("2025-10-14T14:40:00Z", "2025-10-14T16:59:00Z")) {
            double level = MetricDeparture.levelAt(wait, Instant.parse(at)).orElseThrow();
            assertFalse(usual.departed(level, true), () -> at + ": " + level + " s, usual up to "
                    + usual.upperLimit());
        }
    }
}
