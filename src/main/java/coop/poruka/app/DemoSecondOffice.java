package coop.poruka.app;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.guarantee.DepositAction;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.office.OfficeKey;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.port.OfficeIdentity;
import coop.poruka.domain.port.SyncFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A second office for the demo co-op, made the way a real one joins: the founding office makes
 * the co-op CA, the new office requests its certificate, the founding office issues it and exports
 * everything, and the new office joins from that file. Then the new office admits a few members
 * of its own, records a guarantee, a deposit and some trades with the founding office's members,
 * and writes the sync file that brings this work to the founding office.
 */
public final class DemoSecondOffice {
    /** Names for the second office's members, in the scripts a co-op in Kazakhstan writes. */
    private static final String[] NAMES = {"Марат Нурланов", "Aliya Serikbayeva", "Ерлан Жақсыбеков",
        "Galina Morozova", "Дина Омарова", "Timur Abenov", "Сәуле Бекова", "Nikolai Sokolov"};
    private static final String[] MEMOS = {"Hay, 4 bales", "Кумыс, 10 л", "Roof repair", "Шитьё: два платья",
        "Car ride to the city", "Мед, 3 кг", "Winter tyres fitted", "Уроки математики"};
    /** How many members the second office admits. */
    public static final int MEMBERS = 6;
    private static final long LIMIT_UNITS = 300;
    private static final int TRADES_PER_MEMBER = 3;

    private final OfficeIdentity identity;
    private final SyncFiles files;
    private final Clock clock;

    public DemoSecondOffice(OfficeIdentity identity, SyncFiles files, Clock clock) {
        this.identity = identity;
        this.files = files;
        this.clock = clock;
    }

    /**
     * @param founderKeystore the founding office's new keystore (the co-op CA is made in it)
     * @param keystore        the second office's new keystore
     * @param members         how many members the second office admits (2 to 8)
     */
    public record Request(String officeCode, String officeName, Path founderKeystore, Path keystore, char[] password,
            Path syncOut, int members, long seed) {}

    /** What the second office recorded, and the file written for the founding office. */
    public record Result(CoopSettings settings, int members, int exchanges, ExportSync.Result written) {}

    public Result run(LedgerStore founder, LedgerStore second, Request r) {
        String code = CoopSettings.officeCode(r.officeCode());
        if (r.members() < 2 || r.members() > NAMES.length) {
            throw new IllegalArgumentException("a demo office has 2 to " + NAMES.length + " members");
        }
        OfficeCertificates certificates = new OfficeCertificates(identity, clock);
        Path work = temporaryFolder(r.syncOut());
        try {
            certificates.found(founder, r.founderKeystore(), r.password());
            Path csr = work.resolve(code + ".csr");
            Path crt = work.resolve(code + ".crt");
            certificates.request(r.keystore(), r.password(), code, r.officeName(), csr);
            certificates.issue(founder, r.founderKeystore(), r.password(), csr, crt);
            certificates.accept(r.keystore(), r.password(), crt);
            OfficeKey founderKey = identity.open(r.founderKeystore(), r.password());
            Path full = work.resolve("full.poruka-sync");
            new ExportSync(founder, files, clock).run(full, founderKey, new ExportSync.Scope.All());
            OfficeKey key = identity.open(r.keystore(), r.password());
            new ImportSync(second, files, clock).join(full, key);
            int[] made = second.write(w -> localWork(new WithinWrite(w, second.location()), code, r));
            String founderCode = founder.read(Books::settings).officeCode();
            ExportSync.Result written = new ExportSync(second, files, clock).run(r.syncOut(), key,
                    new ExportSync.Scope.For(founderCode));
            return new Result(second.read(Books::settings), made[0], made[1], written);
        } finally {
            deleteAll(work);
        }
    }

    /** Members, a guarantee, a deposit and trades, in one transaction; returns {members, exchanges}. */
    private int[] localWork(LedgerStore store, String code, Request r) {
        SplittableRandom rnd = new SplittableRandom(r.seed());
        long unit = pow10(store.read(Books::settings).unit().decimals());
        AddMember admit = new AddMember(store, clock);
        List<String> ours = new ArrayList<>();
        Map<String, Long> room = new HashMap<>();
        for (int i = 1; i <= r.members(); i++) {
            String member = String.format("%s-%04d", code, i);
            admit.run(member, NAMES[i - 1], LIMIT_UNITS * unit, null);
            ours.add(member);
            room.put(member, LIMIT_UNITS * unit);
        }
        // The founding office's members with the most credit in hand receive; anyone active supplies.
        Map<String, Long> balances = store.read(x -> x.balancesFromPostings());
        List<Member> theirs = store.read(x -> x.members()).stream()
                .filter(m -> !m.code().startsWith(code + "-") && m.status() == coop.poruka.domain.member.MemberStatus.ACTIVE)
                .sorted(Comparator.comparing((Member m) -> -balances.getOrDefault(m.code(), 0L)).thenComparing(Member::code))
                .limit(10).toList();
        if (!theirs.isEmpty()) {
            Member guarantor = theirs.get(0);
            new GiveGuarantee(store, clock).run(guarantor.code(), ours.get(0), 200 * unit, null);
            theirs.forEach(m -> room.put(m.code(), Math.max(0, balances.getOrDefault(m.code(), 0L))));
        }
        // A deposit in the first currency the rules price, when they price one.
        new GuarantorQueries(store).book().unitValues().keySet().stream().sorted().findFirst().ifPresent(currency ->
                new MoveDeposit(store, clock).run(new MoveDeposit.Request(ours.get(0), DepositAction.PLACE, 20_000_00L,
                        currency, "Halyk Bank, " + r.officeName(), null, null)));
        List<String> everyone = Stream.concat(ours.stream(), theirs.stream().map(Member::code)).toList();
        RecordExchange record = new RecordExchange(store, clock);
        int exchanges = 0;
        for (int i = 0; i < ours.size() * TRADES_PER_MEMBER; i++) {
            // Every trade has one of this office's members on one side.
            String a = ours.get(rnd.nextInt(ours.size()));
            String b = everyone.get(rnd.nextInt(everyone.size()));
            if (a.equals(b)) {
                continue;
            }
            boolean ourSupplies = rnd.nextBoolean();
            String supplier = ourSupplies ? a : b;
            String receiver = ourSupplies ? b : a;
            long amount = Math.min((5 + rnd.nextInt(56)) * unit, room.get(receiver));
            if (amount <= 0) {
                continue;
            }
            record.run(new RecordExchange.Request(null, null,
                    List.of(new Leg(supplier, receiver, amount, MEMOS[rnd.nextInt(MEMOS.length)])), null));
            room.merge(receiver, -amount, Long::sum);
            room.merge(supplier, amount, Long::sum);
            exchanges++;
        }
        return new int[] {ours.size(), exchanges};
    }

    private static long pow10(int decimals) {
        long p = 1;
        for (int i = 0; i < decimals; i++) {
            p *= 10;
        }
        return p;
    }

    private static Path temporaryFolder(Path beside) {
        try {
            Path parent = beside.toAbsolutePath().getParent();
            return Files.createTempDirectory(parent, ".demo-office-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Only the request, certificate and full file of a demo are left behind.
        }
    }
}
