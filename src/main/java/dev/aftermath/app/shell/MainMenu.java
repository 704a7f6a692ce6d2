package dev.aftermath.app.shell;

import dev.aftermath.app.fx.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * File, Edit, View and Help menus with their accelerators; the Edit menu names the edit Undo and Redo would apply.
 */
final class MainMenu {

    /** What the menus do that needs the window: file choosers, focus, quitting. */
    interface Actions {
        void newIncident();

        void importFiles();

        void exportIncident();

        void copyAsMarkdown();

        void deleteIncident();

        void addEntry();

        void pasteAsImport();

        void exportPicture();

        void copyPicture();

        void present();

        void quit();

        void loadSampleIncidents();

        void about();
    }

    private MainMenu() {
    }

    static MenuBar create(MainViewModel viewModel, Actions actions) {
        BooleanExpression noIncident = viewModel.incident().incidentProperty().isNull();
        Menu file = new Menu("_File", null,
                item("_New incident", "Shortcut+N", actions::newIncident),
                item("_Import…", "Shortcut+O", actions::importFiles),
                disabledWhen(item("_Export…", "Shortcut+E", actions::exportIncident), noIncident),
                disabledWhen(item("Export _picture…", "Shortcut+Shift+E", actions::exportPicture), noIncident),
                new SeparatorMenuItem(),
                disabledWhen(item("_Delete incident", null, actions::deleteIncident), noIncident),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", actions::quit));
        Menu edit = new Menu("_Edit", null,
                historyItem("_Undo", "Shortcut+Z", viewModel::undo, viewModel.history().canUndoProperty(),
                        viewModel.history().undoDescriptionProperty()),
                historyItem("_Redo", "Shortcut+Shift+Z", viewModel::redo, viewModel.history().canRedoProperty(),
                        viewModel.history().redoDescriptionProperty()),
                new SeparatorMenuItem(),
                disabledWhen(item("Copy as _Markdown", "Shortcut+Shift+C", actions::copyAsMarkdown), noIncident),
                disabledWhen(item("Copy _picture", "Shortcut+Alt+C", actions::copyPicture), noIncident),
                new SeparatorMenuItem(),
                disabledWhen(item("_Add entry…", "Shortcut+Shift+N", actions::addEntry), noIncident),
                item("_Paste as import…", "Shortcut+Shift+V", actions::pasteAsImport));
        Menu view = new Menu("_View", null, themeItems(viewModel));
        view.getItems().addAll(new SeparatorMenuItem(),
                disabledWhen(item("_Presentation mode", "F5", actions::present), noIncident));
        Menu help = new Menu("_Help", null,
                item("Load _sample incidents", null, actions::loadSampleIncidents),
                new SeparatorMenuItem(),
                item("_About Aftermath", null, actions::about));
        return new MenuBar(file, edit, view, help);
    }

    private static MenuItem[] themeItems(MainViewModel viewModel) {
        ToggleGroup group = new ToggleGroup();
        MenuItem[] items = new MenuItem[Theme.values().length];
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem("_" + theme.label() + " theme");
            item.setToggleGroup(group);
            item.setSelected(viewModel.themeProperty().get() == theme);
            item.setOnAction(event -> viewModel.themeProperty().set(theme));
            viewModel.themeProperty().addListener((observable, old, chosen) -> item.setSelected(chosen == theme));
            items[theme.ordinal()] = item;
        }
        return items;
    }

    private static MenuItem historyItem(String verb, String accelerator, Runnable action,
                                        BooleanExpression enabled, ReadOnlyStringProperty description) {
        MenuItem item = item(verb, accelerator, action);
        item.textProperty().bind(Bindings.when(enabled)
                .then(Bindings.concat(verb, " ", description))
                .otherwise(verb));
        item.disableProperty().bind(enabled.not());
        return item;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private static MenuItem disabledWhen(MenuItem item, BooleanExpression condition) {
        item.disableProperty().bind(condition);
        return item;
    }
}
