package coop.poruka.domain.office;

import java.time.Instant;

/**
 * What a person needs to know about a certificate: who it names, who issued it, how long it is
 * valid and its SHA-256 fingerprint (to compare by telephone with the office that sent it).
 */
public record OfficeCertificate(String subject, String issuer, String serial, Instant notBefore, Instant notAfter,
        String fingerprint) {}
