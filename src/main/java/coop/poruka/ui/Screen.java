package coop.poruka.ui;

import javafx.scene.Parent;

/** One area of the main window (Counter, Members, Register, Settings): a view the navigation shows. */
interface Screen {
    Parent root();

    /** Reads what it shows from the ledger again; called when the screen is shown and after changes. */
    void refresh();

    /** Puts the keyboard where the person starts on this screen. */
    void focus();
}
