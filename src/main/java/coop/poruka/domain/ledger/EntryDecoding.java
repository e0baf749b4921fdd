package coop.poruka.domain.ledger;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.ClaimAction;
import coop.poruka.domain.guarantee.CoopRules;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.guarantee.LimitRule;
import coop.poruka.domain.ledger.EntryContent.ClaimEvent;
import coop.poruka.domain.ledger.EntryContent.DepositMovement;
import coop.poruka.domain.ledger.EntryContent.ExchangePosted;
import coop.poruka.domain.ledger.EntryContent.GuaranteeChange;
import coop.poruka.domain.ledger.EntryContent.MemberChange;
import coop.poruka.domain.ledger.EntryContent.RulesChange;
import coop.poruka.domain.ledger.EntryContent.SettingsChange;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.MemberStatus;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.office.CoopSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads an entry back from its canonical encoding ({@link Journal#encode}), as sync files carry
 * it. Only an encoding that {@link Journal#encode} gives back byte for byte is accepted, so what
 * is read is exactly what the entry's hash covers.
 */
public final class EntryDecoding {
    private EntryDecoding() {}

    public static EntryContent decode(EntryKind kind, String body) {
        EntryContent content;
        try {
            content = read(kind, body);
        } catch (RuntimeException e) {
            throw new LedgerException("sync.badEntry", kind.name().toLowerCase());
        }
        if (!Journal.encode(content).equals(body)) {
            throw new LedgerException("sync.badEntry", kind.name().toLowerCase());
        }
        return content;
    }

    private static EntryContent read(EntryKind kind, String body) {
        Map<String, String> f = new HashMap<>();
        List<Leg> legs = new ArrayList<>();
        java.util.SortedMap<String, Long> balances = new java.util.TreeMap<>();
        for (String line : body.split("\n")) {
            int eq = line.indexOf('=');
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            if (kind == EntryKind.EXCHANGE && key.equals("leg")) {
                legs.add(leg(value));
            } else if (kind == EntryKind.CLOSE && key.equals("balance")) {
                String entry = unescape(value);
                int colon = entry.lastIndexOf(':');
                balances.put(entry.substring(0, colon), Long.parseLong(entry.substring(colon + 1)));
            } else {
                f.put(key, value.isEmpty() ? null : unescape(value));
            }
        }
        return switch (kind) {
            case SETTINGS -> new SettingsChange(new CoopSettings(UUID.fromString(f.get("coop")), f.get("name"),
                    new Unit(f.get("unit"), f.get("symbol"), Integer.parseInt(f.get("decimals"))),
                    f.get("officeCode"), f.get("officeName")));
            case MEMBER -> new MemberChange(new Member(f.get("code"), f.get("name"),
                    MemberStatus.valueOf(f.get("status")), Long.parseLong(f.get("limit")),
                    date(f.get("joined")), f.get("contact"), 0), f.get("reason"));
            case EXCHANGE -> new ExchangePosted(new Exchange(UUID.fromString(f.get("id")),
                    date(f.get("date")), legs, opt(f.get("reverses"), UUID::fromString), f.get("reason"),
                    f.get("override")));
            case GUARANTEE -> new GuaranteeChange(f.get("guarantor"), f.get("member"), Long.parseLong(f.get("cap")),
                    date(f.get("date")), Boolean.parseBoolean(f.get("ended")), f.get("reason"));
            case RULES -> new RulesChange(new CoopRules(Integer.parseInt(f.get("minGuarantors")),
                    Integer.parseInt(f.get("escalationDays")), LimitRule.valueOf(f.get("limitRule")),
                    Long.parseLong(f.get("limitMax")), f.get("depositCurrency"), Long.parseLong(f.get("unitValue"))),
                    f.get("decidedBy"), date(f.get("decidedOn")), f.get("reason"));
            case DEPOSIT -> new DepositMovement(f.get("member"), DepositAction.valueOf(f.get("action")),
                    Long.parseLong(f.get("amount")), f.get("currency"), f.get("heldAt"), f.get("description"),
                    date(f.get("date")), opt(f.get("claim"), UUID::fromString));
            case CLAIM -> new ClaimEvent(UUID.fromString(f.get("claim")), ClaimAction.valueOf(f.get("action")),
                    date(f.get("date")), f.get("by"), f.get("claimant"), f.get("respondent"),
                    opt(f.get("exchange"), UUID::fromString), opt(f.get("leg"), Integer::valueOf),
                    opt(f.get("amount"), Long::valueOf), f.get("text"), opt(f.get("bothSides"), Boolean::valueOf),
                    opt(f.get("level"), Integer::valueOf), opt(f.get("deadline"), EntryDecoding::date),
                    f.containsKey("panel") ? panel(f.get("panel")) : null);
            case CLOSE -> new EntryContent.PeriodClose(java.time.YearMonth.parse(f.get("month")),
                    Long.parseLong(f.get("headSeq")), f.get("headHash"), balances);
        };
    }

    /**
     * A date written {@code YYYY-MM-DD}, read by hand: {@code LocalDate.parse} took a fifth of
     * decoding an exchange. Any other spelling goes to it (and the re-encoding check catches it).
     */
    private static LocalDate date(String s) {
        if (s != null && s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(s);
    }

    /** The decimal number of {@code s} from {@code from} to {@code to}, or -1 if a char is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static List<String> panel(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(","));
    }

    private static <T> T opt(String value, Function<String, T> parse) {
        return value == null ? null : parse.apply(value);
    }

    private static Leg leg(String value) {
        int gt = value.indexOf('>');
        int c1 = value.indexOf(':', gt);
        int c2 = value.indexOf(':', c1 + 1);
        return new Leg(value.substring(0, gt), value.substring(gt + 1, c1), Long.parseLong(value.substring(c1 + 1, c2)),
                unescape(value.substring(c2 + 1)));
    }

    private static String unescape(String v) {
        if (v.indexOf('\\') < 0) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
