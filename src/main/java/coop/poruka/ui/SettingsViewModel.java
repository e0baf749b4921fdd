package coop.poruka.ui;

import coop.poruka.app.ChangeCoop;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.office.CoopSettings;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The co-op's name, unit and office, kept in the ledger, and the window's language, kept for this person. */
public final class SettingsViewModel {
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("sv"));

    private final LedgerSession session;
    private final Preferences prefs;
    private final CoopForm form;
    private final ChangeCoop change;
    private final ReadOnlyBooleanWrapper decimalsEditable = new ReadOnlyBooleanWrapper(this, "decimalsEditable");
    private final ReadOnlyStringWrapper decimalsNote = new ReadOnlyStringWrapper(this, "decimalsNote", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language");
    private Consumer<Locale> languageChosen;

    public SettingsViewModel(LedgerSession session, Preferences prefs) {
        this.session = session;
        this.prefs = prefs;
        this.form = new CoopForm(session.labels());
        this.change = new ChangeCoop(session.store(), session.clock());
        language.set(Prefs.language(prefs).map(SettingsViewModel::supported)
                .orElse(supported(session.labels().locale())));
        language.addListener((o, was, now) -> {
            if (now != null) {
                Prefs.language(prefs, now);
                if (languageChosen != null && !now.equals(was)) {
                    languageChosen.accept(now);
                }
            }
        });
    }

    /** The listed language closest to {@code locale}; English when none is. */
    static Locale supported(Locale locale) {
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    /**
     * Applies a newly chosen language at once (the window is built again in it). Without this the
     * choice takes effect at the next start, as the note under it says.
     */
    public void onLanguageChosen(Consumer<Locale> apply) {
        this.languageChosen = apply;
    }

    /** True when a new language is applied at once rather than at the next start. */
    public boolean appliesLanguageAtOnce() {
        return languageChosen != null;
    }

    /** A language as its own speakers write it, so a person can find theirs whatever is shown now. */
    public static String languageName(Locale l) {
        String name = l.getDisplayLanguage(l);
        return name.isEmpty() ? l.toLanguageTag() : name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }

    public Labels labels() {
        return session.labels();
    }

    public CoopForm form() {
        return form;
    }

    public ReadOnlyBooleanProperty decimalsEditableProperty() {
        return decimalsEditable.getReadOnlyProperty();
    }

    /** Why the decimals cannot be changed, or empty. */
    public ReadOnlyStringProperty decimalsNoteProperty() {
        return decimalsNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** The language the window starts in next time; stored as soon as it is chosen. */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** Shows the settings in force, dropping anything typed and not saved. */
    public void refresh() {
        CoopSettings s = session.queries().settings();
        form.load(s);
        boolean editable = change.decimalsMayChange();
        decimalsEditable.set(editable);
        decimalsNote.set(editable ? "" : labels().get("settings.decimalsFixed", s.unit().decimals()));
    }

    /** Saves the co-op's settings as a new journal entry; true when saved (or nothing changed). */
    public boolean save() {
        failed.set(false);
        if (!form.check()) {
            message.set("");
            return false;
        }
        CoopSettings before = session.queries().settings();
        try {
            CoopSettings after = change.run(new ChangeCoop.Change(form.name().value(), form.unit(),
                    form.officeCode().value(), form.officeName().value()));
            if (after.equals(before)) {
                message.set(labels().get("settings.unchanged"));
            } else {
                long seq = session.queries().head().map(h -> h.seq()).orElse(0L);
                message.set(labels().get("settings.saved", seq));
                session.reloadFormats();
                session.changed();
            }
            refresh();
            return true;
        } catch (LedgerException e) {
            failed.set(true);
            message.set(e.message(labels().locale()));
            return false;
        }
    }
}
