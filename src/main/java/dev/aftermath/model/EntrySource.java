package dev.aftermath.model;

import java.util.Arrays;
import java.util.Optional;

/** Where an entry came from. The external name is the one written in bundles and shown to users. */
public enum EntrySource {
    MANUAL("manual"), REPORT("report"), STATUS_PAGE("status-page"), METRICS("metrics"), BUNDLE("bundle");

    private final String externalName;

    EntrySource(String externalName) {
        this.externalName = externalName;
    }

    public String externalName() {
        return externalName;
    }

    public static Optional<EntrySource> fromExternalName(String name) {
        return Arrays.stream(values()).filter(source -> source.externalName.equals(name)).findFirst();
    }
}
