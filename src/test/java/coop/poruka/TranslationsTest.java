package coop.poruka;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.domain.LedgerException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every sentence and label exists in Russian and Swedish too, with the same blanks to fill in. */
class TranslationsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static void sameKeysAndBlanks(String base) throws IOException {
        Properties english = load(base + ".properties");
        for (String language : new String[] {"ru", "sv"}) {
            String file = base + "_" + language + ".properties";
            Properties translated = load(file);
            assertThat(translated.stringPropertyNames()).as(file).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                String text = translated.getProperty(key);
                assertThat(placeholders(text)).as(file + " " + key).isEqualTo(placeholders(english.getProperty(key)));
                assertThat(LONE_APOSTROPHE.matcher(text).find()).as(file + " " + key + ": apostrophe not doubled").isFalse();
                new MessageFormat(text, Locale.forLanguageTag(language)); // parses
            }
        }
    }

    @Test
    void everyMessageIsTranslatedWithTheSameBlanks() throws IOException {
        sameKeysAndBlanks("/coop/poruka/messages");
    }

    @Test
    void everyLabelIsTranslatedWithTheSameBlanks() throws IOException {
        sameKeysAndBlanks("/coop/poruka/ui/labels");
    }

    @Test
    void everyDocumentWordIsTranslatedWithTheSameBlanks() throws IOException {
        sameKeysAndBlanks("/coop/poruka/report/documents");
    }

    @Test
    void commandLineStaysEnglishOnARussianMachineWhileTheWindowSpeaksRussian() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru-RU"));
            LedgerException e = new LedgerException("member.unknown", "ALM-0042");
            assertThat(e.getMessage()).isEqualTo(
                    "There is no member with code ALM-0042; check the code or add the member first.");
            assertThat(e.getLocalizedMessage()).isEqualTo(
                    "Участника с кодом ALM-0042 нет; проверьте код или сначала добавьте участника.");
            assertThat(e.message(Locale.forLanguageTag("sv"))).isEqualTo(
                    "Det finns ingen medlem med koden ALM-0042; kontrollera koden eller lägg till medlemmen först.");
        } finally {
            Locale.setDefault(before);
        }
    }
}
