package dev.aftermath.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The desktop app that has a workspace open, reachable by a second start on the same workspace. A workspace is open
 * in one process at a time (ADR 0002), so when the user opens an incident file while the app runs, the new process
 * hands the file to the running one, which imports it in its window, instead of failing with "workspace in use".
 *
 * <p>The running app listens on a Unix-domain socket in the user's cache folder, named after the workspace file; a
 * hand-over is the files' absolute paths, one per line. Nothing else is accepted: the socket lives in a folder only
 * the user can write, and a path is only ever imported through the usual preview.
 */
public final class RunningApp implements AutoCloseable {

    private static final int MAX_MESSAGE_BYTES = 1 << 20;

    private final ServerSocketChannel server;
    private final Path socket;

    private RunningApp(ServerSocketChannel server, Path socket) {
        this.server = server;
        this.socket = socket;
    }

    /**
     * Listens for hand-overs to the app that has {@code workspace} open; the caller holds the workspace's lock, so a
     * socket file left by a process that died is stale and replaced.
     *
     * @param received called on the listening thread with the files of each hand-over (empty: just show the window)
     */
    public static RunningApp listen(Path socketFolder, Path workspace, Consumer<List<Path>> received) {
        Path socket = socketFor(socketFolder, workspace);
        try {
            Files.createDirectories(socketFolder);
            Files.deleteIfExists(socket);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            RunningApp running = new RunningApp(server, socket);
            Thread listener = new Thread(() -> running.serve(received), "aftermath-hand-over");
            listener.setDaemon(true);
            listener.start();
            return running;
        } catch (IOException | UnsupportedOperationException e) {
            throw new UncheckedIOException(new IOException("cannot listen for files opened while the app runs: "
                    + e.getMessage(), e));
        }
    }

    /**
     * Gives {@code files} to the app that has {@code workspace} open, if one does.
     *
     * @return false when no app is listening for that workspace, so the caller should start one
     */
    public static boolean handOver(Path socketFolder, Path workspace, List<Path> files) {
        Path socket = socketFor(socketFolder, workspace);
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            StringBuilder message = new StringBuilder();
            files.forEach(file -> message.append(file.toAbsolutePath()).append('\n'));
            ByteBuffer bytes = ByteBuffer.wrap(message.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            return true;
        } catch (IOException | UnsupportedOperationException noAppListening) {
            return false;
        }
    }

    /** One socket per workspace file, short enough for the length limit of socket paths on every platform. */
    static Path socketFor(Path socketFolder, Path workspace) {
        String name = workspace.toAbsolutePath().normalize().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return socketFolder.resolve("app-" + HexFormat.of().formatHex(digest, 0, 8) + ".sock");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private void serve(Consumer<List<Path>> received) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                received.accept(files(new String(Channels.newInputStream(client).readNBytes(MAX_MESSAGE_BYTES),
                        StandardCharsets.UTF_8)));
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException | RuntimeException oneBadHandOver) {
                // A broken or garbled hand-over loses only itself; the app keeps listening for the next one.
            }
        }
    }

    private static List<Path> files(String message) {
        return message.lines().filter(line -> !line.isBlank()).flatMap(line -> {
            try {
                return Stream.of(Path.of(line.strip()));
            } catch (InvalidPathException notAPath) {
                return Stream.empty();
            }
        }).toList();
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // The socket file is replaced at the next start; closing never fails the app's exit.
        }
    }
}
