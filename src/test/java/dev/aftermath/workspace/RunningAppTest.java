package dev.aftermath.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunningAppTest {

    @TempDir
    Path folder;

    @Test
    void aSecondStartHandsItsFilesToTheAppThatHasTheWorkspaceOpen() throws InterruptedException {
        Path workspace = folder.resolve("workspace.db");
        BlockingQueue<List<Path>> received = new LinkedBlockingQueue<>();
        List<Path> files = List.of(folder.resolve("checkout outage.aftermath.json"), folder.resolve("é.aftermath.json"));

        try (RunningApp running = RunningApp.listen(folder.resolve("cache"), workspace, received::add)) {
            assertThat(RunningApp.handOver(folder.resolve("cache"), workspace, files)).isTrue();
            assertThat(RunningApp.handOver(folder.resolve("cache"), workspace, List.of())).isTrue();

            assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(files);
            assertThat(received.poll(5, TimeUnit.SECONDS)).isEmpty();
        }
    }

    @Test
    void withNoAppRunningOnThatWorkspaceTheHandOverFailsSoTheCallerStartsOne() {
        Path cache = folder.resolve("cache");
        try (RunningApp other = RunningApp.listen(cache, folder.resolve("other.db"), files -> { })) {
            assertThat(RunningApp.handOver(cache, folder.resolve("workspace.db"), List.of())).isFalse();
        }
        assertThat(RunningApp.handOver(cache, folder.resolve("other.db"), List.of())).isFalse();
    }

    @Test
    void aSocketLeftByAProcessThatDiedIsReplaced() throws IOException, InterruptedException {
        Path cache = Files.createDirectories(folder.resolve("cache"));
        Path workspace = folder.resolve("workspace.db");
        Files.writeString(RunningApp.socketFor(cache, workspace), "left over");
        assertThat(RunningApp.handOver(cache, workspace, List.of())).isFalse();
        BlockingQueue<List<Path>> received = new LinkedBlockingQueue<>();

        try (RunningApp running = RunningApp.listen(cache, workspace, received::add)) {
            assertThat(RunningApp.handOver(cache, workspace, List.of(workspace))).isTrue();
            assertThat(received.poll(5, TimeUnit.SECONDS)).containsExactly(workspace);
        }
    }
}
