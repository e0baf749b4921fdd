package coop.poruka.app;

import static org.assertj.core.api.Assertions.assertThat;

import coop.poruka.TestLedger;
import coop.poruka.domain.guarantee.ClaimAction;
import coop.poruka.domain.ledger.EntryContent.ClaimEvent;
import coop.poruka.domain.ledger.EntryContent.GuaranteeChange;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.ExchangeIds;
import coop.poruka.domain.ledger.Leg;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speed targets of docs/performance.md: the exposure of every guarantor of a 10,000-member
 * co-op whose guarantor tree is 10 levels deep, and one escalation run over 1,000 open claims. The
 * figures are printed; the assertions are loose (this machine is shared) and catch only a change
 * of order, such as a query per member.
 */
class GuarantorSpeedTest {
    private static final int MEMBERS = 10_000;
    private static final int CLAIMS = 1_000;

    @TempDir
    Path dir;

    @Test
    void exposureOfEveryGuarantorAndEscalationOfAThousandClaimsStayFast() {
        try (GuarantorFixture f = new GuarantorFixture(dir)) {
            List<AddMember.NewMember> members = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                members.add(new AddMember.NewMember(code(i), "Member " + i, 100_000, null));
            }
            new AddMember(f.ledger.store, TestLedger.CLOCK).runAll(members);
            f.rules(0, 14, null, null);
            LocalDate since = LocalDate.parse("2026-01-01");
            // Member i is vouched for by (i-1)/3 and, every third member, also by i/3: a tree
            // 10 levels deep (member 9999 is 9 steps below member 0).
            f.ledger.store.write(w -> {
                Appender a = new Appender(w, TestLedger.CLOCK);
                for (int i = 1; i < MEMBERS; i++) {
                    a.append(new GuaranteeChange(code((i - 1) / 3), code(i), 10_000, since, false, null));
                    if (i / 3 != (i - 1) / 3 && i / 3 < i) {
                        a.append(new GuaranteeChange(code(i / 3), code(i), 5_000, since, false, null));
                    }
                }
                return null;
            });
            List<UUID> exchanges = new ArrayList<>();
            Random rnd = new Random(1);
            f.ledger.store.write(w -> {
                Poster poster = new Poster(w, TestLedger.CLOCK, true);
                for (int k = 0; k < CLAIMS; k++) {
                    int respondent = 1 + rnd.nextInt(MEMBERS - 1);
                    int claimant = (respondent + 1 + rnd.nextInt(MEMBERS - 2)) % MEMBERS;
                    Exchange x = new Exchange(ExchangeIds.next(TestLedger.CLOCK.instant()), since,
                            List.of(new Leg(code(respondent), code(claimant), 1_000, "")), null, null, null);
                    poster.post(x, true);
                    exchanges.add(x.id());
                }
                poster.flush();
                return null;
            });
            f.ledger.store.write(w -> {
                Appender a = new Appender(w, TestLedger.CLOCK);
                for (UUID id : exchanges) {
                    Exchange x = w.exchange(id).orElseThrow().exchange();
                    Leg leg = x.legs().get(0);
                    a.append(new ClaimEvent(ExchangeIds.next(TestLedger.CLOCK.instant()), ClaimAction.FILE, since.plusDays(1),
                            leg.receiver(), leg.receiver(), leg.supplier(), id, 0, 500L, "late", false, 1,
                            since.plusDays(14), a.book.firstPanel(leg.receiver(), leg.supplier(), false)));
                }
                return null;
            });

            long t0 = System.nanoTime();
            new GuarantorQueries(f.ledger.store).book();
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            t0 = System.nanoTime();
            List<Exposure.Report> all = new Exposure(f.ledger.store).all();
            long exposureMs = (System.nanoTime() - t0) / 1_000_000;
            assertThat(all).hasSize(MEMBERS / 3 + 1);
            assertThat(all.get(0).fromBelow()).isGreaterThan(0);

            t0 = System.nanoTime();
            List<ClaimEvent> escalated = new EscalateClaims(f.ledger.store, TestLedger.CLOCK).run(since.plusDays(16));
            long escalateMs = (System.nanoTime() - t0) / 1_000_000;
            assertThat(escalated).hasSize(CLAIMS);

            System.out.printf("guarantor speed: book read %d ms; exposure of %d guarantors %d ms; escalation of %d "
                    + "claims %d ms%n", loadMs, all.size(), exposureMs, escalated.size(), escalateMs);
            assertThat(exposureMs).isLessThan(10_000);
            assertThat(escalateMs).isLessThan(10_000);
        }
    }

    private static String code(int i) {
        return String.format("ALM-%05d", i);
    }
}
