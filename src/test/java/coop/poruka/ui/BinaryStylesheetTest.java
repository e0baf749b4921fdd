package coop.poruka.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The build converts the window's stylesheet to JavaFX's binary form, which JavaFX then loads in
 * its place: the binary one must say what the text one says, or an edit to the .css would not show.
 */
class BinaryStylesheetTest {
    @Test
    void theBinaryStylesheetBesideTheTextOneHoldsTheSameRules() throws Exception {
        URL css = PorukaWindow.class.getResource("poruka.css");
        URL bss = PorukaWindow.class.getResource("poruka.bss");
        assertThat(bss).as("poruka.bss made by the build beside poruka.css").isNotNull();

        Stylesheet text = new CssParser().parse(css);
        Stylesheet binary = Stylesheet.loadBinary(bss);

        assertThat(binary.getRules()).hasSameSizeAs(text.getRules());
        for (int i = 0; i < text.getRules().size(); i++) {
            Rule t = text.getRules().get(i);
            Rule b = binary.getRules().get(i);
            assertThat(b.getSelectors().toString()).isEqualTo(t.getSelectors().toString());
            assertThat(b.getDeclarations().toString()).isEqualTo(t.getDeclarations().toString());
        }
    }
}
