package dev.aftermath.timeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers texts a frame would otherwise build again on every frame while panning (tick labels, value-axis
 * labels), where formatting costs more than drawing. Bounded: when full it starts afresh, which costs one frame
 * its formatting again. Safe from several threads, as pictures are painted off the FX thread.
 */
final class Memo<K, V> {

    private final int capacity;
    private final Function<K, V> compute;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    Memo(int capacity, Function<K, V> compute) {
        this.capacity = capacity;
        this.compute = compute;
    }

    V get(K key) {
        V value = values.get(key);
        if (value == null) {
            value = compute.apply(key);
            if (values.size() >= capacity) {
                values.clear();
            }
            values.put(key, value);
        }
        return value;
    }
}
