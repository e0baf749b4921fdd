package coop.poruka.domain.document;

import java.time.Instant;

/**
 * What checking the signature of a PDF found.
 *
 * @param intact        the signature matches the signed bytes and the signer's certificate
 * @param wholeDocument the signature covers every byte of the file (nothing was added after it)
 * @param trusted       the signer's certificate chains up to the given co-op CA (false when none was given)
 * @param problem       why the document is not valid, or null
 */
public record SignatureCheck(boolean signed, boolean intact, boolean wholeDocument, boolean trusted, String signer,
        Instant signedAt, String reason, String location, String problem) {

    public boolean valid() {
        return signed && intact && wholeDocument;
    }
}
