package dev.aftermath.app.fx;

import javafx.application.HostServices;

/** Opens links the JavaFX way, which needs no AWT; it starts a browser process, so callers run it off the FX thread. */
public final class HostServicesLinks implements LinkOpener {

    private final HostServices services;

    public HostServicesLinks(HostServices services) {
        this.services = services;
    }

    @Override
    public void open(String address) {
        services.showDocument(address);
    }
}
