package dev.aftermath.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.CallingThreadTaskRunner;
import dev.aftermath.app.fx.RecordingDialogs;
import dev.aftermath.app.shell.MainViewModel;
import dev.aftermath.app.shell.StatusViewModel;
import dev.aftermath.export.ExporterRegistry;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import dev.aftermath.timeline.Theme;
import dev.aftermath.timeline.TimelineFixtures;
import dev.aftermath.workspace.ExportService;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PictureViewModelTest {

    @TempDir
    Path folder;

    private SqliteIncidentStore store;
    private Preferences node;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final int[] copied = new int[3];
    private PictureViewModel pictures;

    @BeforeEach
    void showPayments() {
        store = SqliteIncidentStore.open(folder.resolve("workspace.db"));
        store.save(TimelineFixtures.payments());
        node = Preferences.userRoot().node("dev/aftermath/test/" + UUID.randomUUID());
        AppPreferences preferences = new AppPreferences(node);
        StatusViewModel status = new StatusViewModel(new CallingThreadTaskRunner(), dialogs);
        MainViewModel main = new MainViewModel(store, status, preferences);
        main.load();
        pictures = new PictureViewModel(new ExportService(store, ExporterRegistry.standard()), main.incident(),
                status, preferences, (width, height, argb) -> {
                    copied[0] = width;
                    copied[1] = height;
                    copied[2] = argb.length;
                });
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        node.removeNode();
    }

    @Test
    void exportsASlideSizedPngAndRemembersTheFolderAndChoices() throws Exception {
        pictures.sizeProperty().set(PictureViewModel.Size.SLIDE);
        pictures.themeProperty().set(Theme.CONTRAST);
        Path out = folder.resolve("pictures").resolve(pictures.suggestedFileName());
        Files.createDirectories(out.getParent());

        pictures.export(out);

        assertEquals("Card-payments-time-out-after-pool-limit-change-timeline.png", out.getFileName().toString());
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        assertEquals(0xFF000000, image.getRGB(5, 5), "the contrast theme's black");
        assertEquals(out.getParent(), pictures.folder().orElseThrow());
        PictureViewModel again = new PictureViewModel(null, null, null, new AppPreferences(node), null);
        assertEquals(PictureViewModel.Size.SLIDE, again.sizeProperty().get());
        assertEquals(Theme.CONTRAST, again.themeProperty().get());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void exportsSvgWithTextKeptAsText() throws Exception {
        pictures.formatProperty().set(PictureViewModel.Format.SVG);
        Path out = folder.resolve(pictures.suggestedFileName());

        pictures.export(out);

        assertTrue(out.toString().endsWith("-timeline.svg"));
        assertTrue(Files.readString(out).contains(">Card payments time out after pool limit change</text>"));
    }

    @Test
    void copiesThePictureOfTheShownIncidentAtTheChosenSize() {
        pictures.copy();

        assertEquals(1600, copied[0]);
        assertEquals(900, copied[1]);
        assertEquals(1600 * 900, copied[2]);
    }

    @Test
    void aFolderThatIsGoneIsReportedAsAnError() {
        pictures.export(folder.resolve("missing").resolve("t.png"));

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Could not save the picture: "), dialogs.errors.get(0));
    }
}
