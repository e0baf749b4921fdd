package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import java.util.List;

/**
 * An import that found wrong rows and so imported nothing. It carries every problem found, in
 * the order of the file, so a person can correct them all before trying again.
 */
public final class ImportRejected extends LedgerException {
    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    ImportRejected(List<ImportProblem> problems) {
        super("import.rejected", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
