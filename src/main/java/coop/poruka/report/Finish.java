package coop.poruka.report;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The last step of writing a finished document to its bytes. Plain saving for now; signing
 * (PAdES, written last with an incremental save) and PDF/A conversion plug in here, so no layout
 * code has to change when they come.
 */
@FunctionalInterface
public interface Finish {
    Finish PLAIN = (doc, out) -> doc.save(out);

    void write(PDDocument doc, OutputStream out) throws IOException;
}
