package coop.poruka.report;

import static coop.poruka.TestLedger.leg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.poruka.TestLedger;
import coop.poruka.Wiring;
import coop.poruka.app.PrintReceipt;
import coop.poruka.app.ReverseExchange;
import coop.poruka.domain.LedgerException;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receipts written to real PDF files and read back with poppler, as a member's PDF reader would. */
class ReceiptPdfTest {
    /** Between them, every Kazakh letter the fonts must carry: Қ Ң Ұ Ү Ә І, and Ғ Һ. */
    static final String KAZAKH = "Қоңырбаева Әйгерім";
    static final String KAZAKH_CAPS = "ҰЛАН ҮСЕНҰЛЫ ІҢКӘРОВ";
    static final String GHAIN = "Ғалия Һашимова";
    static final String SWEDISH = "Åsa Öberg-Älvström";

    @TempDir
    Path dir;
    TestLedger ledger;

    @BeforeEach
    void members() {
        ledger = TestLedger.create(dir);
        ledger.member("ALM-0001", KAZAKH, 5000);
        ledger.member("ALM-0002", KAZAKH_CAPS, 5000);
        ledger.member("ALM-0003", GHAIN, 5000);
        ledger.member("ALM-0004", SWEDISH, 5000);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private Path print(UUID id, Locale locale) {
        Path file = dir.resolve("receipt-" + locale + "-" + id + ".pdf");
        new PrintReceipt(ledger.store, Wiring.documents(), TestLedger.CLOCK).run(id, file, locale);
        return file;
    }

    /** A copy under target/ to render and look at (the docs screenshot is made from it). */
    private static void keepForLooking(Path pdf, String name) {
        try {
            Files.createDirectories(Path.of("target"));
            Files.copy(pdf, Path.of("target", name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text with runs of white space (line breaks, no-break spaces) as single spaces. */
    private static String flat(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void receiptGivesBackEveryNameAmountAndTheFullIdAsText() {
        PostedExchange p = ledger.post(new Leg("ALM-0001", "ALM-0002", 4050, "two sacks of flour"),
                new Leg("ALM-0002", "ALM-0003", 123456, "roof, two days"), new Leg("ALM-0003", "ALM-0004", 700, ""));
        Path pdf = print(p.exchange().id(), Locale.ENGLISH);
        keepForLooking(pdf, "receipt-sample.pdf");
        String text = Poppler.text(pdf);
        assertThat(text).contains(KAZAKH, KAZAKH_CAPS, GHAIN, SWEDISH);
        assertThat(text).contains(p.exchange().id().toString(), p.hash().hex());
        assertThat(flat(text)).contains("40.50 ꝏ", "1,234.56 ꝏ", "7.00 ꝏ", "1,282.06 ꝏ", "Memo: two sacks of flour",
                "Exchange receipt", "Ak Bulak Co-op", "Almaty office (ALM)", "Page 1 of 1");
        // Balances right after: a supplier is credited, a receiver debited.
        assertThat(flat(text)).contains(KAZAKH + " ALM-0001 40.50 ꝏ", KAZAKH_CAPS + " ALM-0002 1,194.06 ꝏ",
                GHAIN + " ALM-0003 -1,227.56 ꝏ", SWEDISH + " ALM-0004 -7.00 ꝏ");
    }

    @Test
    void fontsAreEmbeddedAsSubsets() {
        PostedExchange p = ledger.post(leg("ALM-0001", "ALM-0002", 40));
        List<String> fonts = Poppler.fonts(print(p.exchange().id(), Locale.ENGLISH));
        assertThat(fonts).hasSize(2);
        assertThat(fonts).allSatisfy(line -> assertThat(line).matches("[A-Z]{6}\\+DejaVuSans(-Bold)? .*CID TrueType .* yes +yes +yes .*"));
    }

    @Test
    void balancesAreThoseRightAfterTheExchangeNotToday() {
        PostedExchange first = ledger.post(leg("ALM-0001", "ALM-0002", 40));
        ledger.post(leg("ALM-0001", "ALM-0002", 5));
        String text = flat(Poppler.text(print(first.exchange().id(), Locale.ENGLISH)));
        assertThat(text).contains("40.00 ꝏ").doesNotContain("45.00");
    }

    @Test
    void reversalAndReversedExchangeSayWhichUndidWhich() {
        PostedExchange original = ledger.post(leg("ALM-0001", "ALM-0004", 12));
        PostedExchange reversal = new ReverseExchange(ledger.store, TestLedger.CLOCK)
                .run(original.exchange().id(), "wrong member at the counter");
        String rev = flat(Poppler.text(print(reversal.exchange().id(), Locale.ENGLISH)));
        assertThat(rev).contains("Exchange receipt: reversal", "Reverses exchange " + original.exchange().id(),
                "wrong member at the counter");
        String orig = flat(Poppler.text(print(original.exchange().id(), Locale.ENGLISH)));
        assertThat(orig).contains("Later reversed by " + reversal.exchange().id());
    }

    @Test
    void overrideReasonIsPrinted() {
        PostedExchange p = ledger.post(null, "treasurer agreed by phone", leg("ALM-0001", "ALM-0002", 9000));
        assertThat(flat(Poppler.text(print(p.exchange().id(), Locale.ENGLISH))))
                .contains("Credit limit override treasurer agreed by phone");
    }

    @Test
    void receiptSpeaksRussianAndSwedishWithTheirNumbers() {
        PostedExchange p = ledger.post(new Leg("ALM-0001", "ALM-0004", 123456, ""));
        Path ruPdf = print(p.exchange().id(), Locale.forLanguageTag("ru"));
        keepForLooking(ruPdf, "receipt-sample-ru.pdf");
        String ru = flat(Poppler.text(ruPdf));
        assertThat(ru).contains("Квитанция об обмене", "Офис Almaty (ALM)", "1 234,56 ꝏ", "Страница 1 из 1", KAZAKH);
        String sv = flat(Poppler.text(print(p.exchange().id(), Locale.forLanguageTag("sv"))));
        assertThat(sv).contains("Kvitto på byte", "1 234,56 ꝏ", "Sida 1 av 1", SWEDISH);
    }

    @Test
    void aLongChainRunsOntoMorePagesWithTheTableHeaderRepeated() {
        List<Leg> legs = new ArrayList<>();
        String[] codes = {"ALM-0001", "ALM-0002", "ALM-0003", "ALM-0004"};
        for (int i = 0; i < 40; i++) {
            legs.add(new Leg(codes[i % 4], codes[(i + 1) % 4], 100 + i, "link " + (i + 1) + " of the chain"));
        }
        PostedExchange p = ledger.post(legs.toArray(Leg[]::new));
        Path pdf = print(p.exchange().id(), Locale.ENGLISH);
        keepForLooking(pdf, "receipt-sample-chain.pdf");
        String text = flat(Poppler.text(pdf));
        assertThat(text).contains("link 40 of the chain", "Page 1 of ", "Ak Bulak Co-op").doesNotContain("Page 1 of 1 ");
        int pages = Integer.parseInt(text.replaceAll(".*Page 1 of (\\d+).*", "$1"));
        assertThat(pages).isGreaterThan(1);
        assertThat(text.split("Supplied by", -1)).hasSize(pages + 1);
    }

    @Test
    void unknownExchangeIsRefusedAndNoFileIsWritten() {
        Path file = dir.resolve("none.pdf");
        UUID id = UUID.fromString("3f2b1c9e-8d4a-4e6f-9b1a-2c3d4e5f6a7b");
        assertThatThrownBy(() -> new PrintReceipt(ledger.store, Wiring.documents(), TestLedger.CLOCK)
                .run(id, file, Locale.ENGLISH)).isInstanceOf(LedgerException.class).hasMessageContaining(id.toString());
        assertThat(file).doesNotExist();
    }

    @Test
    void folderThatDoesNotExistGivesOneSentence() {
        PostedExchange p = ledger.post(leg("ALM-0001", "ALM-0002", 1));
        Path file = dir.resolve("missing").resolve("r.pdf");
        assertThatThrownBy(() -> new PrintReceipt(ledger.store, Wiring.documents(), TestLedger.CLOCK)
                .run(p.exchange().id(), file, Locale.ENGLISH)).isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("The document " + file.toAbsolutePath() + " could not be written");
        assertThat(Files.exists(file)).isFalse();
    }
}
