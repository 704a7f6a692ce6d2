package dev.aftermath.app.importing;

import atlantafx.base.theme.Styles;
import dev.aftermath.app.importing.ImportPreviewViewModel.Destination;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The bottom of the import preview: into a new incident (under a title the user may change) or the selected one, and
 * the incident's time zone.
 */
final class PreviewDestinationBar extends VBox {

    private static final List<String> COMMON_ZONES = List.of("UTC", "Europe/London", "Europe/Berlin",
            "Europe/Paris", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
            "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney");

    private final ImportPreviewViewModel viewModel;

    PreviewDestinationBar(ImportPreviewViewModel viewModel) {
        super(10);
        this.viewModel = viewModel;
        getStyleClass().add("preview-destination");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label into = new Label("Import into");
        into.getStyleClass().add(Styles.TEXT_BOLD);
        HBox destinationRow = new HBox(14, into);
        destinationRow.setAlignment(Pos.CENTER_LEFT);
        destinationRow.getChildren().addAll(destinations());
        destinationRow.getChildren().addAll(spacer, zoneChoice());
        getChildren().addAll(destinationRow, titleRow());
    }

    /** The new incident's title, for the incident the preview shows; a merge keeps the selected incident's own. */
    private HBox titleRow() {
        TextField title = new TextField();
        title.setId("preview-title");
        title.setPromptText("Title");
        title.setTooltip(new Tooltip("The new incident's title, as read from the files until you change it"));
        HBox.setHgrow(title, Priority.ALWAYS);
        Label label = new Label("Title");
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(title);
        HBox row = new HBox(14, label, title);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(viewModel.destinationProperty().isNotEqualTo(Destination.NEW_INCIDENT));
        ChangeListener<PlannedIncident> follow = (observable, old, shown) -> {
            if (old != null) {
                title.textProperty().unbindBidirectional(old.titleProperty());
            }
            if (shown != null) {
                title.textProperty().bindBidirectional(shown.titleProperty());
            }
        };
        viewModel.shownProperty().addListener(follow);
        follow.changed(viewModel.shownProperty(), null, viewModel.shownProperty().get());
        return row;
    }

    private List<RadioButton> destinations() {
        ToggleGroup group = new ToggleGroup();
        RadioButton fresh = new RadioButton();
        fresh.textProperty().bind(Bindings.createStringBinding(() -> viewModel.incidents().size() == 1
                ? "A new incident" : "New incidents, one each", viewModel.incidents()));
        fresh.setUserData(Destination.NEW_INCIDENT);
        String selectedTitle = viewModel.selectedTitle();
        RadioButton selected = new RadioButton(selectedTitle == null ? "The selected incident (none selected)"
                : "The selected incident: " + selectedTitle);
        selected.setId("preview-into-selected");
        selected.setUserData(Destination.SELECTED_INCIDENT);
        selected.setDisable(selectedTitle == null);
        selected.setMaxWidth(380);
        selected.setTextOverrun(OverrunStyle.ELLIPSIS);
        if (selectedTitle != null) {
            selected.setTooltip(new Tooltip("Adds entries, series and review text to '" + selectedTitle
                    + "' without overwriting what it holds"));
        }
        fresh.setToggleGroup(group);
        selected.setToggleGroup(group);
        group.selectToggle(viewModel.destinationProperty().get() == Destination.NEW_INCIDENT ? fresh : selected);
        group.selectedToggleProperty().addListener((observable, old, toggle) -> {
            if (toggle != null) {
                viewModel.destinationProperty().set((Destination) toggle.getUserData());
            }
        });
        return List.of(fresh, selected);
    }

    private Node zoneChoice() {
        TreeSet<String> zones = new TreeSet<>(COMMON_ZONES);
        zones.add(ZoneId.systemDefault().getId());
        zones.add(viewModel.zoneProperty().get().getId());
        ComboBox<String> zone = new ComboBox<>();
        zone.setId("preview-zone");
        zone.getItems().setAll(zones);
        zone.setEditable(true);
        zone.setValue(viewModel.zoneProperty().get().getId());
        zone.setPrefWidth(190);
        zone.setOnAction(event -> viewModel.changeZone(zone.getValue()));
        viewModel.zoneProperty().addListener((observable, old, chosen) -> zone.setValue(chosen.getId()));
        zone.setTooltip(new Tooltip("The incident's time zone; also the zone of times written without one"));
        Label label = new Label("Time zone");
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.zoneErrorProperty());
        error.visibleProperty().bind(viewModel.zoneErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setMaxWidth(260);
        error.setWrapText(true);
        HBox row = new HBox(8, label, new VBox(2, zone, error));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

}
