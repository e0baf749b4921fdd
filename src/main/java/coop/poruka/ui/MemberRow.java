package coop.poruka.ui;

import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.Names;

/** One line of the members table: amounts in minor units, formatted by the view model. */
public record MemberRow(String code, String name, String status, long balance, long creditLimit, long available,
        String searchKey) {

    static MemberRow of(Member m, String status) {
        return new MemberRow(m.code(), m.name(), status, m.balance(), m.creditLimit(), m.available(),
                Names.searchKey(m.code() + " " + m.name()));
    }

    /** Found by the search when the folded text is part of its code or name. */
    boolean matches(String foldedQuery) {
        return searchKey.contains(foldedQuery);
    }
}
