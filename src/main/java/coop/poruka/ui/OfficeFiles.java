package coop.poruka.ui;

import coop.poruka.domain.port.OfficeIdentity;
import coop.poruka.domain.port.SyncFiles;

/**
 * What the window needs to act as an office towards the others: its keystore (to sign and to
 * check with the co-op CA) and the sync files it reads and writes.
 */
public record OfficeFiles(OfficeIdentity identity, SyncFiles syncFiles) {}
