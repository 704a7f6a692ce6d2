package dev.aftermath.app.incidents;

import atlantafx.base.theme.Styles;
import dev.aftermath.app.fx.NamedCell;
import dev.aftermath.model.Incident;
import dev.aftermath.model.ReviewStatus;
import dev.aftermath.model.Severity;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Title, severity, review status, zone and affected services; each change is one undoable edit. */
final class IncidentHeaderView extends VBox {

    private final IncidentViewModel viewModel;
    private final TextField title = new TextField();
    private final ComboBox<Severity> severity = new ComboBox<>();
    private final ComboBox<ReviewStatus> status = new ComboBox<>();
    private final ComboBox<String> zone = new ComboBox<>();
    private final TextField affected = new TextField();
    private boolean showing;

    IncidentHeaderView(IncidentViewModel viewModel) {
        super(10);
        this.viewModel = viewModel;
        getStyleClass().add("incident-header");
        title.setId("incident-title");
        title.getStyleClass().add("title-field");
        title.setPromptText("Incident title");
        commitOnEnterOrLeave(title, viewModel::rename);

        severity.getItems().add(null);
        severity.getItems().addAll(Severity.values());
        severity.setConverter(names("No severity"));
        // The default cells show nothing for the null item; these show "No severity".
        severity.setCellFactory(list -> new NamedCell<>(severity.getConverter()));
        severity.setButtonCell(new NamedCell<>(severity.getConverter()));
        severity.setOnAction(event -> whenUser(() -> viewModel.changeSeverity(severity.getValue())));
        status.getItems().setAll(ReviewStatus.values());
        status.setConverter(names(""));
        status.setOnAction(event -> whenUser(() -> viewModel.changeStatus(status.getValue())));
        setUpZone();
        affected.setPromptText("e.g. checkout, payments-api");
        commitOnEnterOrLeave(affected, viewModel::changeAffected);

        HBox fields = new HBox(12, field("_Severity", severity), field("Review _status", status),
                field("Time _zone", zone), field("_Affected services", affected));
        HBox.setHgrow(fields.getChildren().get(3), Priority.ALWAYS);
        Label zoneError = new Label();
        zoneError.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        zoneError.textProperty().bind(viewModel.zoneErrorProperty());
        zoneError.visibleProperty().bind(Bindings.isNotEmpty(viewModel.zoneErrorProperty()));
        zoneError.managedProperty().bind(zoneError.visibleProperty());
        getChildren().addAll(title, fields, zoneError);
        viewModel.incidentProperty().addListener((observable, old, incident) -> show(incident));
        show(viewModel.incidentProperty().get());
    }

    private void setUpZone() {
        FilteredList<String> zones = new FilteredList<>(FXCollections.observableArrayList(
                ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") || id.equals("UTC")).sorted()
                        .toList()));
        zone.setItems(zones);
        zone.setEditable(true);
        zone.setVisibleRowCount(12);
        zone.setPrefWidth(220);
        zone.getEditor().textProperty().addListener((observable, old, typed) -> {
            if (!showing && zone.getEditor().isFocused()) {
                String needle = typed.toLowerCase(Locale.ROOT);
                zones.setPredicate(id -> id.toLowerCase(Locale.ROOT).contains(needle));
                if (!zones.isEmpty() && !zone.isShowing()) {
                    zone.show();
                }
            }
        });
        zone.setOnAction(event -> whenUser(() -> {
            String chosen = zone.getValue();
            zones.setPredicate(null);
            Incident current = viewModel.incidentProperty().get();
            if (chosen != null && current != null && !chosen.equals(current.zone().getId())) {
                viewModel.changeZone(chosen);
            }
        }));
    }

    private void show(Incident incident) {
        showing = true;
        try {
            setDisable(incident == null);
            title.setText(incident == null ? "" : incident.title());
            severity.setValue(incident == null ? null : incident.severity());
            status.setValue(incident == null ? null : incident.status());
            zone.setValue(incident == null ? null : incident.zone().getId());
            affected.setText(incident == null ? "" : IncidentViewModel.affectedText(incident));
        } finally {
            showing = false;
        }
    }

    void focusTitle() {
        title.requestFocus();
        title.selectAll();
    }

    private void whenUser(Runnable change) {
        if (!showing) {
            change.run();
        }
    }

    private void commitOnEnterOrLeave(TextField field, Consumer<String> commit) {
        field.setOnAction(event -> commit.accept(field.getText()));
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused && !showing) {
                commit.accept(field.getText());
            }
        });
    }

    private static VBox field(String caption, Node control) {
        Label label = new Label(caption);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(4, label, control);
    }

    private static <T extends Enum<T>> StringConverter<T> names(String none) {
        return NamedCell.names(value -> value == null ? none : value.name().startsWith("SEV") ? value.name()
                : TimeFormats.words(value));
    }
}
