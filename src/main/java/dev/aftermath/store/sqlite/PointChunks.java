package dev.aftermath.store.sqlite;

import java.nio.ByteBuffer;

/** Packs metric points into fixed-size chunks of big-endian arrays, and back. */
final class PointChunks {

    /** 64k points: a chunk is 1 MB, large enough to make rows few, small enough to stay a cheap blob. */
    static final int POINTS_PER_CHUNK = 1 << 16;

    private PointChunks() {
    }

    static int chunkCount(int points) {
        return (points + POINTS_PER_CHUNK - 1) / POINTS_PER_CHUNK;
    }

    static byte[] packTimestamps(long[] timestamps, int chunk) {
        int from = chunk * POINTS_PER_CHUNK;
        int count = Math.min(POINTS_PER_CHUNK, timestamps.length - from);
        ByteBuffer buffer = ByteBuffer.allocate(count * Long.BYTES);
        buffer.asLongBuffer().put(timestamps, from, count);
        return buffer.array();
    }

    static byte[] packValues(double[] values, int chunk) {
        int from = chunk * POINTS_PER_CHUNK;
        int count = Math.min(POINTS_PER_CHUNK, values.length - from);
        ByteBuffer buffer = ByteBuffer.allocate(count * Double.BYTES);
        buffer.asDoubleBuffer().put(values, from, count);
        return buffer.array();
    }

    static void unpackTimestamps(byte[] packed, long[] into, int chunk) {
        ByteBuffer.wrap(packed).asLongBuffer().get(into, chunk * POINTS_PER_CHUNK, packed.length / Long.BYTES);
    }

    static void unpackValues(byte[] packed, double[] into, int chunk) {
        ByteBuffer.wrap(packed).asDoubleBuffer().get(into, chunk * POINTS_PER_CHUNK, packed.length / Double.BYTES);
    }
}
