package coop.poruka.store;

import static coop.poruka.store.generated.Tables.COOP_VERSION;
import static coop.poruka.store.generated.Tables.JOURNAL;
import static coop.poruka.store.generated.Tables.JOURNAL_ORIGIN_RUN;
import static coop.poruka.store.generated.Tables.LOCAL_OFFICE;
import static coop.poruka.store.generated.Tables.OFFICE_KEYSTORE;
import static coop.poruka.store.generated.Tables.REVERSAL;
import static coop.poruka.store.generated.Tables.MEMBER;
import static coop.poruka.store.generated.Tables.MEMBER_VERSION;
import static coop.poruka.store.generated.Tables.PERIOD_CLOSE;

import coop.poruka.domain.LedgerException;
import coop.poruka.domain.Notice;
import coop.poruka.domain.ledger.EntryContent;
import coop.poruka.domain.ledger.EntryContent.ExchangePosted;
import coop.poruka.domain.ledger.EntryContent.MemberChange;
import coop.poruka.domain.ledger.EntryContent.SettingsChange;
import coop.poruka.domain.ledger.EntryKind;
import coop.poruka.domain.ledger.Exchange;
import coop.poruka.domain.ledger.Hash;
import coop.poruka.domain.ledger.HybridTime;
import coop.poruka.domain.ledger.JournalEntry;
import coop.poruka.domain.ledger.Leg;
import coop.poruka.domain.ledger.PostedExchange;
import coop.poruka.domain.ledger.RecordedEntry;
import coop.poruka.domain.ledger.RegisterEntry;
import coop.poruka.domain.ledger.RegisterFilter;
import coop.poruka.domain.ledger.RegisterPage;
import coop.poruka.domain.member.Member;
import coop.poruka.domain.member.MemberStatus;
import coop.poruka.domain.member.Names;
import coop.poruka.domain.money.Unit;
import coop.poruka.domain.office.CoopSettings;
import coop.poruka.domain.port.LedgerReader;
import coop.poruka.domain.port.LedgerStore;
import coop.poruka.domain.port.LedgerWriter;
import coop.poruka.store.generated.tables.records.CoopVersionRecord;
import coop.poruka.store.generated.tables.records.JournalRecord;
import coop.poruka.store.generated.tables.records.ReversalRecord;
import coop.poruka.store.generated.tables.records.MemberRecord;
import coop.poruka.store.generated.tables.records.MemberVersionRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** The ledger in one H2 file, read and written with jOOQ. */
public final class H2LedgerStore implements LedgerStore {
    private static final int SCAN_CHUNK = 10_000;
    /** Exchange rows read at once while searching the register for text. */
    private static final int TEXT_CHUNK = 1_000;
    /** At most this many exchange rows are read for one register page searched by text. */
    private static final int TEXT_SEARCH_ROWS = 50_000;
    /** Up to this many members are looked up one by one with a plain statement. */
    private static final int FEW = 8;

    private final LedgerFile file;
    private final Connection connection;
    private final DSLContext dsl;
    private final PlainStatements plain;
    /** Member codes by database id and back; members are few and never removed. */
    private final Map<Long, String> codeById = new ConcurrentHashMap<>();
    private final Map<String, Long> idByCode = new ConcurrentHashMap<>();
    /** The highest member id in use; ids are given in turn and never reused. */
    private long lastMemberId;
    private final RegisterIndex registerIndex = new RegisterIndex();
    /** Read by the store's own connection's transactions; a snapshot reader keeps its own. */
    private final KnownBooks known = new KnownBooks();

    private final List<Notice> notices;

    private H2LedgerStore(LedgerFile file, Connection connection, List<Notice> notices) {
        this.file = file;
        this.notices = List.copyOf(notices);
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.H2, new Settings().withExecuteLogging(false));
        this.plain = new PlainStatements(dsl);
        loadMemberIds();
    }

    /**
     * Opens (or with {@code create}, creates) the ledger and brings its schema up to date. A
     * ledger another process has open is refused with a clear message.
     */
    public static H2LedgerStore open(LedgerFile file, boolean create) {
        return open(file, create, Migrations.CURRENT);
    }

    /** Sets H2's page cache, in KB; H2 keeps the setting in the database. */
    void pageCache(int kb) {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("SET CACHE_SIZE " + kb);
        } catch (SQLException e) {
            throw LedgerFile.translate(e, file);
        }
    }

    /** A new ledger, made whole or not at all ({@link LedgerFiles#createWhole}). */
    public static <T> T createWhole(LedgerFile file, Function<? super LedgerStore, T> fill) {
        return LedgerFiles.createWhole(file, fill);
    }

    static H2LedgerStore open(LedgerFile file, boolean create, Migrations migrations) {
        if (create) {
            migrations.seed(file);
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection(file.jdbcUrl(create), "poruka", "");
            Connection opened = c;
            List<Notice> notices = migrations.migrate(file,
                    DSL.using(c, SQLDialect.H2, new Settings().withExecuteLogging(false)), () -> closeQuietly(opened));
            c.setAutoCommit(false);
            return new H2LedgerStore(file, c, notices);
        } catch (SQLException e) {
            closeQuietly(c);
            throw LedgerFile.translate(e, file);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    /**
     * Statements run as plain JDBC, rendered by jOOQ once from the generated tables: the inserts of a
     * bulk write, and what every post runs (rendering and binding through jOOQ took as long as H2's work).
     */
    private static final class PlainStatements {
        final String exchange;
        final String reversal;
        final String origin;
        final String balance;
        final String exchangeSeq;
        final String heldIds;
        final String member;
        final String journal;
        final String newMember;
        final String memberVersion;

        PlainStatements(DSLContext dsl) {
            exchange = dsl.render(dsl.insertInto(JOURNAL, JOURNAL.SEQ, JOURNAL.OFFICE_CODE, JOURNAL.KIND,
                    JOURNAL.RECORDED_AT, JOURNAL.PREV_HASH, JOURNAL.HASH, JOURNAL.EXCHANGE_ID, JOURNAL.VALUE_DATE,
                    JOURNAL.OVERRIDE_REASON, JOURNAL.SUPPLIER_IDS, JOURNAL.RECEIVER_IDS, JOURNAL.AMOUNTS, JOURNAL.MEMOS)
                    .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null));
            reversal = dsl.render(dsl.insertInto(REVERSAL, REVERSAL.JOURNAL_SEQ, REVERSAL.REVERSES, REVERSAL.REASON)
                    .values((Long) null, null, null));
            origin = dsl.render(dsl.insertInto(JOURNAL_ORIGIN_RUN, JOURNAL_ORIGIN_RUN.JOURNAL_SEQ,
                    JOURNAL_ORIGIN_RUN.ENTRIES, JOURNAL_ORIGIN_RUN.OFFICE_CODE, JOURNAL_ORIGIN_RUN.OFFICE_SEQ)
                    .values((Long) null, null, null, null));
            balance = dsl.render(dsl.update(MEMBER).set(MEMBER.BALANCE, MEMBER.BALANCE.plus((Long) null))
                    .where(MEMBER.ID.eq((Long) null)));
            exchangeSeq = dsl.render(dsl.select(JOURNAL.SEQ).from(JOURNAL).where(JOURNAL.EXCHANGE_ID.eq((UUID) null)));
            // One array parameter: jOOQ spells "= ANY(array)" out as an OR of every id, a thousand at a time.
            Field<UUID> id = DSL.field(DSL.name("id"), UUID.class);
            heldIds = dsl.render(dsl.select(JOURNAL.EXCHANGE_ID).from(JOURNAL).where(JOURNAL.EXCHANGE_ID.in(
                    DSL.select(id).from(DSL.unnest(DSL.val((UUID[]) null, UUID[].class)).as("ids", "id")))));
            member = dsl.render(dsl.select(MEMBER.CODE, MEMBER.NAME, MEMBER.STATUS, MEMBER.CREDIT_LIMIT, MEMBER.JOINED,
                    MEMBER.CONTACT, MEMBER.BALANCE).from(MEMBER).where(MEMBER.CODE.eq((String) null)));
            journal = dsl.render(dsl.insertInto(JOURNAL, JOURNAL.SEQ, JOURNAL.OFFICE_CODE, JOURNAL.KIND,
                    JOURNAL.RECORDED_AT, JOURNAL.PREV_HASH, JOURNAL.HASH).values((Long) null, null, null, null, null, null));
            newMember = dsl.render(dsl.insertInto(MEMBER, MEMBER.ID, MEMBER.CODE, MEMBER.NAME, MEMBER.SEARCH_KEY,
                    MEMBER.STATUS, MEMBER.CREDIT_LIMIT, MEMBER.JOINED, MEMBER.CONTACT, MEMBER.BALANCE)
                    .values((Long) null, null, null, null, null, null, null, null, null));
            memberVersion = dsl.render(dsl.insertInto(MEMBER_VERSION, MEMBER_VERSION.JOURNAL_SEQ, MEMBER_VERSION.MEMBER_ID,
                    MEMBER_VERSION.CODE, MEMBER_VERSION.NAME, MEMBER_VERSION.STATUS, MEMBER_VERSION.CREDIT_LIMIT,
                    MEMBER_VERSION.JOINED, MEMBER_VERSION.CONTACT, MEMBER_VERSION.REASON)
                    .values((Long) null, null, null, null, null, null, null, null, null));
        }
    }

    private void loadMemberIds() {
        codeById.clear();
        idByCode.clear();
        lastMemberId = 0;
        dsl.select(MEMBER.ID, MEMBER.CODE).from(MEMBER).fetch().forEach(r -> {
            codeById.put(r.value1(), r.value2());
            idByCode.put(r.value2(), r.value1());
            lastMemberId = Math.max(lastMemberId, r.value1());
        });
    }

    @Override
    public List<Notice> notices() {
        return notices;
    }

    @Override
    public String location() {
        return file.path().toString();
    }

    @Override
    public synchronized <T> T read(Function<LedgerReader, T> work) {
        try {
            return work.apply(new Tx(dsl, false, known));
        } finally {
            rollbackQuietly();
        }
    }

    /**
     * On a connection of its own, in one serializable (snapshot) transaction, so long checks and exports
     * see the books as they were when they began and the clerk can post meanwhile.
     */
    @Override
    public <T> T readSnapshot(Function<LedgerReader, T> work) {
        try (Connection c = DriverManager.getConnection(file.jdbcUrl(false), "poruka", "")) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            try {
                return work.apply(new Tx(DSL.using(c, SQLDialect.H2, new Settings().withExecuteLogging(false)), false,
                        new KnownBooks()));
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw LedgerFile.translate(e, file);
        }
    }

    @Override
    public synchronized <T> T write(Function<LedgerWriter, T> work) {
        try {
            T result = work.apply(new Tx(dsl, true, known));
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            known.forget();
            loadMemberIds();
            throw LedgerFile.translate(e, file);
        } catch (RuntimeException | Error e) {
            rollbackQuietly();
            known.forget();
            loadMemberIds();
            throw e;
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // nothing was written, or the connection is gone
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw LedgerFile.translate(e, file);
        }
    }

    private long idOf(String code) {
        Long id = idByCode.get(code);
        if (id == null) {
            throw new LedgerException("member.unknown", code);
        }
        return id;
    }

    private static Instant instant(OffsetDateTime t) {
        return t.toInstant();
    }

    private static OffsetDateTime odt(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static JournalEntry entry(JournalRecord r, long chainSeq) {
        return new JournalEntry(chainSeq, r.getOfficeCode(), EntryKind.valueOf(r.getKind()),
                instant(r.getRecordedAt()), Hash.of(r.getPrevHash()), Hash.of(r.getHash()));
    }

    private static Member member(MemberRecord r) {
        return new Member(r.getCode(), r.getName(), MemberStatus.valueOf(r.getStatus()), r.getCreditLimit(),
                r.getJoined(), r.getContact(), r.getBalance());
    }

    private static Member member(MemberVersionRecord r) {
        return new Member(r.getCode(), r.getName(), MemberStatus.valueOf(r.getStatus()), r.getCreditLimit(),
                r.getJoined(), r.getContact(), 0);
    }

    private static CoopSettings settings(CoopVersionRecord r) {
        return new CoopSettings(r.getCoopId(), r.getName(),
                new Unit(r.getUnitName(), r.getUnitSymbol(), r.getUnitDecimals()),
                r.getOfficeCode(), r.getOfficeName());
    }

    /**
     * The exchange a journal row holds, with its reversal row if it is a reversal (else null), or
     * null when the row holds no whole exchange (which verify then reports).
     */
    private Exchange exchange(JournalRecord x, ReversalRecord reversal) {
        Long[] suppliers = x.getSupplierIds();
        Long[] receivers = x.getReceiverIds();
        Long[] amounts = x.getAmounts();
        String[] memos = x.getMemos();
        if (x.getExchangeId() == null || x.getValueDate() == null || suppliers == null || receivers == null
                || amounts == null || memos == null || receivers.length != suppliers.length
                || amounts.length != suppliers.length || memos.length != suppliers.length) {
            return null;
        }
        List<Leg> legs = new ArrayList<>(suppliers.length);
        for (int i = 0; i < suppliers.length; i++) {
            legs.add(new Leg(codeById.get(suppliers[i]), codeById.get(receivers[i]), amounts[i], memos[i]));
        }
        return new Exchange(x.getExchangeId(), x.getValueDate(), legs, reversal == null ? null : reversal.getReverses(),
                reversal == null ? null : reversal.getReason(), x.getOverrideReason());
    }

    /** Whether the folded {@code text} is in a memo, the reason or the id of the exchange. */
    private static boolean matches(Exchange x, String text) {
        if (x.id().toString().contains(text) || x.reason() != null && Names.searchKey(x.reason()).contains(text)) {
            return true;
        }
        for (Leg leg : x.legs()) {
            if (Names.searchKey(leg.memo()).contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** The reversal rows that meet the condition, by journal sequence number. */
    private Map<Long, ReversalRecord> reversals(Condition which) {
        Map<Long, ReversalRecord> out = new HashMap<>();
        dsl.selectFrom(REVERSAL).where(which).fetch().forEach(r -> out.put(r.getJournalSeq(), r));
        return out;
    }

    private Map<Long, ReversalRecord> reversalsOf(List<JournalRecord> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        return reversals(REVERSAL.JOURNAL_SEQ.in(rows.stream().map(JournalRecord::getSeq).toList()));
    }

    private List<PostedExchange> posted(List<JournalRecord> rows) {
        Map<Long, ReversalRecord> reversals = reversalsOf(rows);
        List<PostedExchange> out = new ArrayList<>(rows.size());
        for (JournalRecord j : rows) {
            out.add(new PostedExchange(exchange(j, reversals.get(j.getSeq())), j.getSeq(), instant(j.getRecordedAt()),
                    Hash.of(j.getHash())));
        }
        return out;
    }

    /** One transaction's view; the writer methods are used only inside {@link #write}. */
    private final class Tx implements LedgerWriter {
        /** The connection this transaction runs on: the store's own, or a snapshot reader's. */
        private final DSLContext dsl;
        /**
         * Inside a write, rows not yet committed are visible and may still be rolled back, so the
         * register index is not brought up to date from them.
         */
        private final boolean writing;

        private final List<long[]> pendingOrigins = new ArrayList<>();
        private final List<String> pendingOffices = new ArrayList<>();
        /**
         * What this transaction need not ask again: posting one exchange asked for the settings,
         * the head, the rules and whether anything was received, each a query, every time.
         */
        private final KnownBooks known;

        Tx(DSLContext dsl, boolean writing, KnownBooks known) {
            this.dsl = dsl;
            this.writing = writing;
            this.known = known;
        }


        @Override
        public Optional<CoopSettings> settings() {
            return known.get(KnownBooks.SETTINGS, this::readSettings);
        }

        private Optional<CoopSettings> readSettings() {
            // Settings entries received from other offices are theirs; the ones in force are this office's.
            // A ledger that never received anything holds only its own (whatever office code it had).
            // Asked row by row of the few settings entries, each by the journal's key: an IN over
            // this office's journal rows read the whole journal (seconds at a million entries).
            Condition ours = !received() ? DSL.trueCondition()
                    : DSL.exists(DSL.selectOne().from(JOURNAL).where(JOURNAL.SEQ.eq(COOP_VERSION.JOURNAL_SEQ))
                            .and(JOURNAL.OFFICE_CODE.eq(localOffice())));
            return dsl.selectFrom(COOP_VERSION)
                    .where(ours)
                    .orderBy(COOP_VERSION.JOURNAL_SEQ.desc()).limit(1)
                    .fetchOptional().map(H2LedgerStore::settings);
        }

        @Override
        public Optional<JournalEntry> head() {
            return known.get(KnownBooks.HEAD, this::readHead);
        }

        private Optional<JournalEntry> readHead() {
            String office = localOffice();
            if (office == null) {
                return Optional.empty();
            }
            if (!received()) {
                return dsl.selectFrom(JOURNAL).orderBy(JOURNAL.SEQ.desc()).limit(1).fetchOptional().map(this::chained);
            }
            return dsl.selectFrom(JOURNAL).where(JOURNAL.OFFICE_CODE.eq(office)).orderBy(JOURNAL.SEQ.desc()).limit(1)
                    .fetchOptional().map(this::chained);
        }

        @Override
        public Optional<JournalEntry> journalEntry(long seq) {
            return dsl.selectFrom(JOURNAL).where(JOURNAL.SEQ.eq(seq)).fetchOptional().map(this::chained);
        }

        @Override
        public Optional<JournalEntry> headAt(Instant at) {
            // Walks back from the newest entry by sequence, so a recent month costs a few rows. Only
            // this office's own chain: a received entry's number is its place in another chain.
            Condition ours = received() ? JOURNAL.OFFICE_CODE.eq(localOffice()) : DSL.trueCondition();
            return dsl.selectFrom(JOURNAL).where(JOURNAL.RECORDED_AT.le(odt(at))).and(ours).orderBy(JOURNAL.SEQ.desc())
                    .limit(1).fetchOptional().map(this::chained);
        }

        @Override
        public Optional<Instant> latestReceived() {
            return known.get(KnownBooks.LATEST_RECEIVED, this::readLatestReceived);
        }

        private Optional<Instant> readLatestReceived() {
            if (!received()) {
                return Optional.empty();
            }
            // This office's own entries already came after whatever was stored before them
            // (docs/decisions/0027), so only what was stored since its last one is read.
            String office = localOffice();
            Long own = dsl.select(JOURNAL.SEQ).from(JOURNAL).where(JOURNAL.OFFICE_CODE.eq(office))
                    .orderBy(JOURNAL.SEQ.desc()).limit(1).fetchOne(JOURNAL.SEQ);
            return Optional.ofNullable(dsl.select(DSL.max(JOURNAL.RECORDED_AT)).from(JOURNAL)
                    .where(JOURNAL.SEQ.gt(own == null ? 0 : own)).and(JOURNAL.OFFICE_CODE.ne(office))
                    .fetchOne(0, OffsetDateTime.class)).map(H2LedgerStore::instant);
        }

        @Override
        public long entryCount() {
            Long max = dsl.select(DSL.max(JOURNAL.SEQ)).from(JOURNAL).fetchOne(0, Long.class);
            return max == null ? 0 : max;
        }

        @Override
        public Optional<Member> member(String code) {
            return dsl.selectFrom(MEMBER).where(MEMBER.CODE.eq(code)).fetchOptional().map(H2LedgerStore::member);
        }

        @Override
        public Map<String, Member> members(Collection<String> codes) {
            Map<String, Member> out = new LinkedHashMap<>();
            if (own() && codes.size() <= FEW) { // the parties of one exchange
                try (PreparedStatement one = connection.prepareStatement(plain.member)) {
                    for (String code : codes) {
                        one.setString(1, code);
                        try (ResultSet r = one.executeQuery()) {
                            if (r.next()) {
                                out.put(r.getString(1), new Member(r.getString(1), r.getString(2),
                                        MemberStatus.valueOf(r.getString(3)), r.getLong(4), r.getObject(5, LocalDate.class),
                                        r.getString(6), r.getLong(7)));
                            }
                        }
                    }
                } catch (SQLException e) {
                    throw LedgerFile.translate(e, file);
                }
                return out;
            }
            dsl.selectFrom(MEMBER).where(MEMBER.CODE.in(codes)).fetch()
                    .forEach(r -> out.put(r.getCode(), H2LedgerStore.member(r)));
            return out;
        }

        @Override
        public List<Member> members() {
            return dsl.selectFrom(MEMBER).orderBy(MEMBER.CODE).fetch().map(H2LedgerStore::member);
        }

        @Override
        public Optional<PostedExchange> exchange(UUID id) {
            if (own() && !held(id)) { // the usual answer, for every post, without jOOQ
                return Optional.empty();
            }
            return posted(dsl.selectFrom(JOURNAL).where(JOURNAL.EXCHANGE_ID.eq(id)).fetch()).stream().findFirst();
        }

        private boolean held(UUID id) {
            try (PreparedStatement seq = connection.prepareStatement(plain.exchangeSeq)) {
                seq.setObject(1, id);
                try (ResultSet r = seq.executeQuery()) {
                    return r.next();
                }
            } catch (SQLException e) {
                throw LedgerFile.translate(e, file);
            }
        }

        /** Whether this transaction runs on the store's own connection (the plain statements use it). */
        private boolean own() {
            return dsl == H2LedgerStore.this.dsl;
        }

        @Override
        public Map<UUID, Exchange> exchanges(Collection<UUID> ids) {
            Map<UUID, Exchange> out = new HashMap<>();
            if (ids.isEmpty()) {
                return out;
            }
            // Which of them are held, in one plain statement; only those (none, as a rule) are read whole.
            List<UUID> held = dsl.connectionResult(c -> {
                List<UUID> found = new ArrayList<>();
                try (PreparedStatement lookup = c.prepareStatement(plain.heldIds)) {
                    lookup.setObject(1, ids.toArray(UUID[]::new));
                    try (ResultSet r = lookup.executeQuery()) {
                        while (r.next()) {
                            found.add(r.getObject(1, UUID.class));
                        }
                    }
                }
                return found;
            });
            if (held.isEmpty()) {
                return out;
            }
            List<JournalRecord> rows = dsl.selectFrom(JOURNAL).where(JOURNAL.EXCHANGE_ID.in(held)).fetch();
            Map<Long, ReversalRecord> reversals = reversalsOf(rows);
            for (JournalRecord r : rows) {
                out.put(r.getExchangeId(), H2LedgerStore.this.exchange(r, reversals.get(r.getSeq())));
            }
            return out;
        }

        @Override
        public Optional<UUID> reversalOf(UUID id) {
            return dsl.select(JOURNAL.EXCHANGE_ID).from(REVERSAL).join(JOURNAL).on(JOURNAL.SEQ.eq(REVERSAL.JOURNAL_SEQ))
                    .where(REVERSAL.REVERSES.eq(id)).fetchOptional(JOURNAL.EXCHANGE_ID);
        }

        @Override
        public List<PostedExchange> latestExchanges(int limit) {
            return posted(dsl.selectFrom(JOURNAL).where(JOURNAL.KIND.eq(EntryKind.EXCHANGE.name()))
                    .orderBy(JOURNAL.SEQ.desc()).limit(limit).fetch());
        }

        @Override
        public void scanJournal(Consumer<RecordedEntry> sink) {
            scanFrom(1, sink);
        }

        @Override
        public void scanJournalAfter(Map<String, Long> through, Consumer<RecordedEntry> sink) {
            // An office's places rise with the storage position, so the first entry wanted of each
            // office is where its first unconfirmed place is stored; the earliest of those starts the scan.
            long from = Long.MAX_VALUE;
            for (Map.Entry<String, Long> held : heldByOffice().entrySet()) {
                long confirmed = through.getOrDefault(held.getKey(), 0L);
                if (held.getValue() > confirmed) {
                    from = Math.min(from,
                            SyncRows.at(dsl, held.getKey(), confirmed + 1).map(e -> e.getKey().getSeq()).orElse(1L));
                }
            }
            if (from != Long.MAX_VALUE) {
                scanFrom(from, sink);
            }
        }

        private void scanFrom(long from, Consumer<RecordedEntry> sink) {
            Long last = dsl.select(DSL.max(JOURNAL.SEQ)).from(JOURNAL).fetchOne(0, Long.class);
            if (last == null) {
                return;
            }
            // Walk by sequence ranges so a million entries never sit in memory at once; entries
            // missing from a range simply do not appear, and verify notices the gap.
            while (from <= last) {
                long to = from + SCAN_CHUNK - 1;
                scanRange(from, to, sink);
                from = to + 1;
            }
        }

        private void scanRange(long from, long to, Consumer<RecordedEntry> sink) {
            Map<Long, EntryContent> content = new HashMap<>();
            dsl.selectFrom(COOP_VERSION).where(COOP_VERSION.JOURNAL_SEQ.between(from, to)).fetch()
                    .forEach(r -> content.put(r.getJournalSeq(), new SettingsChange(H2LedgerStore.settings(r))));
            dsl.selectFrom(MEMBER_VERSION).where(MEMBER_VERSION.JOURNAL_SEQ.between(from, to)).fetch()
                    .forEach(r -> content.put(r.getJournalSeq(), new MemberChange(H2LedgerStore.member(r), r.getReason())));
            content.putAll(GuarantorRows.between(dsl, from, to));
            dsl.selectFrom(PERIOD_CLOSE).where(PERIOD_CLOSE.JOURNAL_SEQ.between(from, to)).fetch()
                    .forEach(r -> content.put(r.getJournalSeq(), periodClose(r)));
            Map<Long, ReversalRecord> reversals = reversals(REVERSAL.JOURNAL_SEQ.between(from, to));
            OriginRuns origins = OriginRuns.between(dsl, from, to);
            dsl.selectFrom(JOURNAL).where(JOURNAL.SEQ.between(from, to)).orderBy(JOURNAL.SEQ).fetch().forEach(r -> {
                EntryContent c = content.get(r.getSeq());
                if (r.getExchangeId() != null) {
                    // An exchange where another kind of content is also found is left for verify
                    // to report through the content counts.
                    Exchange x = H2LedgerStore.this.exchange(r, reversals.get(r.getSeq()));
                    c = c == null && x != null ? new ExchangePosted(x) : c;
                }
                sink.accept(new RecordedEntry(entry(r, origins.place(r.getSeq())), c));
            });
        }

        @Override
        public Map<String, Long> heldByOffice() {
            return SyncRows.held(dsl, received());
        }

        @Override
        public Optional<JournalEntry> entryAt(String office, long seq) {
            return SyncRows.at(dsl, office, seq).map(e -> entry(e.getKey(), e.getValue()));
        }

        @Override
        public Map<Long, Hash> hashesAt(String office, long from, long to) {
            return SyncRows.hashesAt(dsl, office, from, to);
        }

        @Override
        public Map<String, Long> acknowledgedBy(String office) {
            return SyncRows.acknowledgedBy(dsl, office);
        }

        @Override
        public List<coop.poruka.domain.ledger.Fork> forks() {
            return SyncRows.forks(dsl);
        }

        @Override
        public void acknowledge(String office, Map<String, Long> through, Instant at) {
            SyncRows.acknowledge(dsl, office, through, at);
            known.forget();
        }

        @Override
        public void recordFork(coop.poruka.domain.ledger.Fork fork) {
            SyncRows.recordFork(dsl, fork);
            known.forget();
        }

        @Override
        public Map<String, coop.poruka.domain.ledger.SignedHead> signedHeads() {
            return SyncRows.heads(dsl);
        }

        @Override
        public Optional<coop.poruka.domain.ledger.SyncCertificate> officeCertificate(Hash fingerprint) {
            return SyncRows.certificate(dsl, fingerprint);
        }

        @Override
        public void keepSignedHead(coop.poruka.domain.ledger.SignedHead head) {
            SyncRows.keepHead(dsl, head);
            known.forget();
        }

        @Override
        public void keepCertificate(coop.poruka.domain.ledger.SyncCertificate certificate, Instant at) {
            SyncRows.keepCertificate(dsl, certificate, at);
            known.forget();
        }

        @Override
        public Map<EntryKind, Long> contentCounts() {
            Map<EntryKind, Long> counts = new EnumMap<>(EntryKind.class);
            counts.put(EntryKind.SETTINGS, (long) dsl.fetchCount(COOP_VERSION));
            counts.put(EntryKind.MEMBER, (long) dsl.fetchCount(MEMBER_VERSION));
            counts.put(EntryKind.EXCHANGE, (long) dsl.fetchCount(JOURNAL, JOURNAL.EXCHANGE_ID.isNotNull()));
            GuarantorRows.count(dsl, counts);
            counts.put(EntryKind.CLOSE, (long) dsl.fetchCount(PERIOD_CLOSE));
            return counts;
        }

        @Override
        public Optional<java.time.YearMonth> lastClosedMonth() {
            // "YYYY-MM" sorts as the months do.
            return known.get(KnownBooks.LAST_CLOSED, () -> Optional.ofNullable(dsl.select(DSL.max(PERIOD_CLOSE.CLOSED_MONTH)).from(PERIOD_CLOSE).fetchOne(0, String.class))
                    .map(java.time.YearMonth::parse));
        }

        @Override
        public List<EntryContent> guarantorEntriesFor(Collection<String> members) {
            if (members.isEmpty()) { // the rules alone, which every post asks for
                return known.get(KnownBooks.RULES, () -> agreedOrder(GuarantorRows.forMembers(dsl, members)));
            }
            return agreedOrder(GuarantorRows.forMembers(dsl, members));
        }

        @Override
        public List<EntryContent> guarantorEntries() {
            return agreedOrder(GuarantorRows.all(dsl));
        }

        /**
         * The entries (by storage position) in the order every office agrees on (decision 0027), so
         * the guarantor system is rebuilt the same whatever order the files came in. A ledger that
         * never received anything holds one chain, already in that order.
         */
        private List<EntryContent> agreedOrder(Map<Long, EntryContent> byPosition) {
            if (byPosition.size() < 2 || !received()) {
                return List.copyOf(byPosition.values());
            }
            Map<Long, JournalEntry> places = places(JOURNAL.SEQ.eq(DSL.any(byPosition.keySet().toArray(Long[]::new))));
            return byPosition.keySet().stream().sorted((a, b) -> HybridTime.ORDER.compare(places.get(a), places.get(b)))
                    .map(byPosition::get).toList();
        }

        /** For the journal rows that meet the condition, by storage position: their time, office and chain place. */
        private Map<Long, JournalEntry> places(Condition which) {
            var rows = dsl.select(JOURNAL.SEQ, JOURNAL.RECORDED_AT, JOURNAL.OFFICE_CODE, JOURNAL.KIND).from(JOURNAL)
                    .where(which).fetch();
            Map<Long, JournalEntry> out = new HashMap<>();
            if (rows.isEmpty()) {
                return out;
            }
            List<Long> positions = rows.map(r -> r.value1());
            OriginRuns origins = OriginRuns.between(dsl, java.util.Collections.min(positions),
                    java.util.Collections.max(positions));
            rows.forEach(r -> out.put(r.value1(), new JournalEntry(origins.place(r.value1()), r.value3(),
                    EntryKind.valueOf(r.value4()), instant(r.value2()), Hash.ZERO, Hash.ZERO)));
            return out;
        }

        @Override
        public Map<String, Long> balancesFromPostings() {
            return sums(JOURNAL.EXCHANGE_ID.isNotNull());
        }

        @Override
        public Map<String, Long> balancesBefore(LocalDate day) {
            // The same rows and sums as dailyNet, for every member in one pass.
            return sums(JOURNAL.EXCHANGE_ID.isNotNull().and(JOURNAL.VALUE_DATE.lt(day)));
        }

        /** Each member's credits minus debits over the exchange rows that meet the condition, by code. */
        private Map<String, Long> sums(Condition which) {
            Map<Long, Long> byId = new HashMap<>();
            try (Cursor<Record3<Long[], Long[], Long[]>> rows = dsl
                    .select(JOURNAL.SUPPLIER_IDS, JOURNAL.RECEIVER_IDS, JOURNAL.AMOUNTS).from(JOURNAL)
                    .where(which).fetchLazy()) {
                for (Record3<Long[], Long[], Long[]> r : rows) {
                    Long[] amounts = r.value3();
                    for (int i = 0; i < amounts.length; i++) {
                        byId.merge(r.value1()[i], amounts[i], Math::addExact);
                        byId.merge(r.value2()[i], -amounts[i], Math::addExact);
                    }
                }
            }
            Map<String, Long> sums = new HashMap<>();
            byId.forEach((id, sum) -> sums.put(codeById.get(id), sum));
            return sums;
        }

        @Override
        public Map<String, Long> balancesAfter(long seq, Collection<String> codes) {
            Map<Long, Long> byId = new HashMap<>();
            dsl.select(MEMBER.ID, MEMBER.BALANCE).from(MEMBER).where(MEMBER.CODE.in(codes))
                    .forEach(r -> byId.put(r.value1(), r.value2()));
            // The running balance minus whatever was posted later: a receipt is nearly always
            // printed right after its exchange, so there is little or nothing to walk back.
            try (Cursor<Record3<Long[], Long[], Long[]>> rows = dsl
                    .select(JOURNAL.SUPPLIER_IDS, JOURNAL.RECEIVER_IDS, JOURNAL.AMOUNTS).from(JOURNAL)
                    .where(JOURNAL.SEQ.gt(seq)).and(JOURNAL.EXCHANGE_ID.isNotNull()).fetchLazy()) {
                for (Record3<Long[], Long[], Long[]> r : rows) {
                    Long[] amounts = r.value3();
                    for (int i = 0; i < amounts.length; i++) {
                        long amount = amounts[i];
                        byId.computeIfPresent(r.value1()[i], (id, b) -> Math.subtractExact(b, amount));
                        byId.computeIfPresent(r.value2()[i], (id, b) -> Math.addExact(b, amount));
                    }
                }
            }
            Map<String, Long> out = new LinkedHashMap<>();
            byId.forEach((id, balance) -> out.put(codeById.get(id), balance));
            return out;
        }

        @Override
        public void scanExchanges(Consumer<Exchange> sink) {
            scanJournal(e -> {
                if (e.content() instanceof ExchangePosted x) {
                    sink.accept(x.exchange());
                }
            });
        }

        @Override
        public void prepareRegister() {
            if (!writing) {
                registerIndex.catchUp(dsl);
            }
        }

        @Override
        public RegisterPage register(RegisterFilter filter, long before, int limit) {
            prepareRegister();
            Long memberId = null;
            if (filter.member() != null) {
                memberId = idByCode.get(filter.member());
                if (memberId == null) {
                    return new RegisterPage(List.of(), 0);
                }
            }
            String text = filter.text() == null ? null : Names.searchKey(filter.text());
            List<PostedExchange> found = new ArrayList<>(limit);
            long next = before;
            int read = 0;
            // Without text every candidate matches, so one page is one query. With text, candidates
            // are read in chunks until the page is full; a bounded share of the journal per call
            // keeps a rare word from holding the caller for long: the page then comes back short.
            while (found.size() < limit && next > 0 && read < TEXT_SEARCH_ROWS) {
                int want = text == null ? limit - found.size() : TEXT_CHUNK;
                RegisterIndex.Found f = registerIndex.find(memberId, filter.from(), filter.to(), next, want);
                read += f.count();
                next = f.next();
                List<PostedExchange> chunk = postedBySeq(f.seqs(), f.count());
                for (int i = 0; i < chunk.size() && found.size() < limit; i++) {
                    PostedExchange p = chunk.get(i);
                    if (text == null || matches(p.exchange(), text)) {
                        found.add(p);
                        if (found.size() == limit && i < chunk.size() - 1) {
                            next = p.seq(); // the rest of this chunk is looked at again next time
                        }
                    }
                }
            }
            return new RegisterPage(withReversals(found), next);
        }

        /** The exchanges of these rows, in the order of the sequence numbers given. */
        private List<PostedExchange> postedBySeq(long[] seqs, int count) {
            if (count == 0) {
                return List.of();
            }
            Long[] which = new Long[count];
            for (int i = 0; i < count; i++) {
                which[i] = seqs[i];
            }
            Map<Long, JournalRecord> rows = new HashMap<>();
            dsl.selectFrom(JOURNAL).where(JOURNAL.SEQ.eq(DSL.any(which))).fetch().forEach(r -> rows.put(r.getSeq(), r));
            Map<Long, ReversalRecord> reversals = new HashMap<>();
            dsl.selectFrom(REVERSAL).where(REVERSAL.JOURNAL_SEQ.eq(DSL.any(which))).fetch()
                    .forEach(r -> reversals.put(r.getJournalSeq(), r));
            List<PostedExchange> out = new ArrayList<>(count);
            for (Long seq : which) {
                JournalRecord j = rows.get(seq);
                Exchange x = j == null ? null : H2LedgerStore.this.exchange(j, reversals.get(seq));
                if (x != null) {
                    out.add(new PostedExchange(x, seq, instant(j.getRecordedAt()), Hash.of(j.getHash())));
                }
            }
            return out;
        }

        /** Each exchange with the id of its reversal, if it was reversed. */
        private List<RegisterEntry> withReversals(List<PostedExchange> found) {
            if (found.isEmpty()) {
                return List.of();
            }
            UUID[] ids = found.stream().map(p -> p.exchange().id()).toArray(UUID[]::new);
            Map<UUID, UUID> reversedBy = new HashMap<>();
            dsl.select(REVERSAL.REVERSES, JOURNAL.EXCHANGE_ID).from(REVERSAL).join(JOURNAL)
                    .on(JOURNAL.SEQ.eq(REVERSAL.JOURNAL_SEQ)).where(REVERSAL.REVERSES.eq(DSL.any(ids))).fetch()
                    .forEach(r -> reversedBy.put(r.value1(), r.value2()));
            return found.stream().map(p -> new RegisterEntry(p, reversedBy.get(p.exchange().id()))).toList();
        }

        @Override
        public SortedMap<LocalDate, Long> dailyNet(String memberCode) {
            SortedMap<LocalDate, Long> net = new TreeMap<>();
            Long id = idByCode.get(memberCode);
            if (id == null) {
                return net;
            }
            prepareRegister();
            long[] seqs = registerIndex.ofMember(id);
            for (int from = 0; from < seqs.length; from += TEXT_CHUNK) {
                Long[] chunk = new Long[Math.min(TEXT_CHUNK, seqs.length - from)];
                for (int i = 0; i < chunk.length; i++) {
                    chunk[i] = seqs[from + i];
                }
                dsl.select(JOURNAL.VALUE_DATE, JOURNAL.SUPPLIER_IDS, JOURNAL.RECEIVER_IDS, JOURNAL.AMOUNTS).from(JOURNAL)
                        .where(JOURNAL.SEQ.eq(DSL.any(chunk))).fetch().forEach(r -> {
                            long change = 0;
                            for (int i = 0; i < r.value4().length; i++) {
                                change += id.equals(r.value2()[i]) ? r.value4()[i] : 0;
                                change -= id.equals(r.value3()[i]) ? r.value4()[i] : 0;
                            }
                            net.merge(r.value1(), change, Math::addExact);
                        });
            }
            net.values().removeIf(v -> v == 0);
            return net;
        }

        @Override
        public void append(JournalEntry chained, EntryContent content) {
            if (content instanceof ExchangePosted x) {
                appendExchanges(List.of(chained), List.of(x.exchange()));
                return;
            }
            JournalEntry entry = stored(chained, nextPosition());
            insertJournal(entry);
            if (content instanceof SettingsChange s) {
                CoopSettings c = s.settings();
                dsl.insertInto(COOP_VERSION)
                        .set(COOP_VERSION.JOURNAL_SEQ, entry.seq())
                        .set(COOP_VERSION.COOP_ID, c.coopId())
                        .set(COOP_VERSION.NAME, c.name())
                        .set(COOP_VERSION.UNIT_NAME, c.unit().name())
                        .set(COOP_VERSION.UNIT_SYMBOL, c.unit().symbol())
                        .set(COOP_VERSION.UNIT_DECIMALS, c.unit().decimals())
                        .set(COOP_VERSION.OFFICE_CODE, c.officeCode())
                        .set(COOP_VERSION.OFFICE_NAME, c.officeName())
                        .execute();
            } else if (content instanceof MemberChange mc) {
                appendMember(entry, chained, mc);
            } else if (content instanceof EntryContent.PeriodClose c) {
                dsl.insertInto(PERIOD_CLOSE)
                        .set(PERIOD_CLOSE.JOURNAL_SEQ, entry.seq())
                        .set(PERIOD_CLOSE.CLOSED_MONTH, c.month().toString())
                        .set(PERIOD_CLOSE.HEAD_SEQ, c.headSeq())
                        .set(PERIOD_CLOSE.HEAD_HASH, c.headHash())
                        .set(PERIOD_CLOSE.MEMBERS, c.balances().keySet().toArray(String[]::new))
                        .set(PERIOD_CLOSE.BALANCES, c.balances().values().toArray(Long[]::new))
                        .execute();
            } else {
                GuarantorRows.insert(dsl, entry.seq(), content);
            }
            known.entryStored(entry.seq());
        }

        /**
         * The local office: the one the ledger names (an office that joined from a sync file), or
         * else the one that wrote the first entry; null for an empty ledger.
         */
        private String localOffice() {
            return known.get(KnownBooks.LOCAL_OFFICE, () -> Optional.ofNullable(readLocalOffice())).orElse(null);
        }

        private String readLocalOffice() {
            String named = dsl.select(LOCAL_OFFICE.OFFICE_CODE).from(LOCAL_OFFICE).fetchOne(LOCAL_OFFICE.OFFICE_CODE);
            return named != null ? named
                    : dsl.select(JOURNAL.OFFICE_CODE).from(JOURNAL).where(JOURNAL.SEQ.eq(1L)).fetchOne(JOURNAL.OFFICE_CODE);
        }

        /**
         * Whether this ledger may hold entries of other offices' chains. One that never received
         * anything holds only its own chain, in storage order, and the readers take a shorter way.
         */
        private boolean received() {
            return known.get(KnownBooks.RECEIVED, () -> dsl.fetchExists(JOURNAL_ORIGIN_RUN) || dsl.fetchExists(LOCAL_OFFICE));
        }

        @Override
        public Optional<String> officeKeystore() {
            return dsl.select(OFFICE_KEYSTORE.PATH).from(OFFICE_KEYSTORE).orderBy(OFFICE_KEYSTORE.ID.desc()).limit(1)
                    .fetchOptional(OFFICE_KEYSTORE.PATH);
        }

        @Override
        public void rememberKeystore(String path, Instant at) {
            dsl.insertInto(OFFICE_KEYSTORE).set(OFFICE_KEYSTORE.PATH, path).set(OFFICE_KEYSTORE.NAMED_AT, odt(at)).execute();
            known.forget();
        }

        @Override
        public void keptBy(String officeCode) {
            if (nextPosition() != 1) {
                throw new IllegalStateException("the office keeping a ledger is named before its first entry");
            }
            dsl.insertInto(LOCAL_OFFICE).set(LOCAL_OFFICE.OFFICE_CODE, officeCode).execute();
            known.forget();
        }

        private long nextPosition() {
            return known.get(KnownBooks.NEXT_POSITION, this::readNextPosition);
        }

        private long readNextPosition() {
            Long max = dsl.select(DSL.max(JOURNAL.SEQ)).from(JOURNAL).fetchOne(0, Long.class);
            return max == null ? 1 : max + 1;
        }

        /**
         * The entry as stored at {@code position}; where that is not its place in its office's
         * chain, the place is kept in a run of JOURNAL_ORIGIN_RUN (decisions 0024, 0047).
         */
        private JournalEntry stored(JournalEntry chained, long position) {
            if (position == chained.seq()) {
                return chained;
            }
            JournalEntry at = new JournalEntry(position, chained.office(), chained.kind(), chained.recordedAt(),
                    chained.prevHash(), chained.hash());
            pendingOrigins.add(new long[] {position, chained.seq()});
            pendingOffices.add(chained.office());
            return at;
        }

        /**
         * Writes the chain places of the rows just inserted (after them, for the foreign key): a
         * sync file's entries of one office come one after another, so a batch of thousands is
         * mostly one run.
         */
        private void flushOrigins() {
            if (pendingOrigins.isEmpty()) {
                return;
            }
            try (PreparedStatement origin = connection.prepareStatement(plain.origin)) {
                for (OriginRuns.Run run : OriginRuns.fold(pendingOrigins, pendingOffices)) {
                    origin.setLong(1, run.position());
                    origin.setLong(2, run.entries());
                    origin.setString(3, run.office());
                    origin.setLong(4, run.place());
                    origin.addBatch();
                }
                origin.executeBatch();
                known.put(KnownBooks.RECEIVED, true);
            } catch (SQLException e) {
                throw LedgerFile.translate(e, file);
            }
            pendingOrigins.clear();
            pendingOffices.clear();
        }

        /** The journal row as its office's chain has it. */
        private JournalEntry chained(JournalRecord r) {
            if (!received()) {
                return entry(r, r.getSeq());
            }
            return entry(r, OriginRuns.between(dsl, r.getSeq(), r.getSeq()).place(r.getSeq()));
        }

        private void insertJournal(JournalEntry e) {
            insert(plain.journal, e.seq(), e.office(), e.kind().name(), odt(e.recordedAt()), e.prevHash().bytes(),
                    e.hash().bytes());
            flushOrigins();
        }

        /** One row by a statement rendered once: a sync file brings an entry for every member. */
        private void insert(String statement, Object... values) {
            try (PreparedStatement insert = connection.prepareStatement(statement)) {
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.executeUpdate();
            } catch (SQLException e) {
                throw LedgerFile.translate(e, file);
            }
        }

        private void appendMember(JournalEntry entry, JournalEntry chained, MemberChange mc) {
            Member m = mc.member();
            Long id = idByCode.get(m.code());
            if (id == null) {
                id = lastMemberId + 1;
                insert(plain.newMember, id, m.code(), m.name(), searchKey(m), m.status().name(), m.creditLimit(),
                        m.joined(), m.contact(), 0L);
                codeById.put(id, m.code());
                idByCode.put(m.code(), id);
                lastMemberId = id;
            } else if (laterThanCurrent(id, chained)) {
                // MEMBER is the current-state projection; the entry itself is MEMBER_VERSION. Of
                // versions made at two offices the later by hybrid time stands (decision 0027).
                dsl.update(MEMBER)
                        .set(MEMBER.NAME, m.name())
                        .set(MEMBER.SEARCH_KEY, searchKey(m))
                        .set(MEMBER.STATUS, m.status().name())
                        .set(MEMBER.CREDIT_LIMIT, m.creditLimit())
                        .set(MEMBER.JOINED, m.joined())
                        .set(MEMBER.CONTACT, m.contact())
                        .where(MEMBER.ID.eq(id))
                        .execute();
            }
            insert(plain.memberVersion, entry.seq(), id, m.code(), m.name(), m.status().name(), m.creditLimit(),
                    m.joined(), m.contact(), mc.reason());
        }

        /** Whether this member entry comes after the one the member's record now shows. */
        private boolean laterThanCurrent(long memberId, JournalEntry entry) {
            return places(JOURNAL.SEQ.in(DSL.select(MEMBER_VERSION.JOURNAL_SEQ).from(MEMBER_VERSION)
                    .where(MEMBER_VERSION.MEMBER_ID.eq(memberId)))).values().stream()
                    .noneMatch(current -> HybridTime.after(current, entry));
        }

        private String searchKey(Member m) {
            return Names.searchKey(m.code() + " " + m.name());
        }

        @Override
        public void appendExchanges(List<JournalEntry> entries, List<Exchange> exchanges) {
            // Bulk imports write millions of rows: plain JDBC batches of the statements jOOQ
            // rendered once, because binding each value through jOOQ took as long as H2's own work.
            try (PreparedStatement exchange = connection.prepareStatement(plain.exchange);
                    PreparedStatement reversal = connection.prepareStatement(plain.reversal)) {
                boolean reversals = false;
                long position = nextPosition();
                for (int i = 0; i < entries.size(); i++) {
                    JournalEntry e = stored(entries.get(i), position + i);
                    Exchange x = exchanges.get(i);
                    int n = x.legs().size();
                    Long[] suppliers = new Long[n];
                    Long[] receivers = new Long[n];
                    Long[] amounts = new Long[n];
                    String[] memos = new String[n];
                    for (int k = 0; k < n; k++) {
                        Leg l = x.legs().get(k);
                        suppliers[k] = idOf(l.supplier());
                        receivers[k] = idOf(l.receiver());
                        amounts[k] = l.amount();
                        memos[k] = l.memo();
                    }
                    exchange.setLong(1, e.seq());
                    exchange.setString(2, e.office());
                    exchange.setString(3, e.kind().name());
                    exchange.setObject(4, odt(e.recordedAt()));
                    exchange.setBytes(5, e.prevHash().bytes());
                    exchange.setBytes(6, e.hash().bytes());
                    exchange.setObject(7, x.id());
                    exchange.setObject(8, x.valueDate());
                    exchange.setString(9, x.overrideReason());
                    exchange.setObject(10, suppliers);
                    exchange.setObject(11, receivers);
                    exchange.setObject(12, amounts);
                    exchange.setObject(13, memos);
                    exchange.addBatch();
                    if (x.isReversal()) {
                        reversal.setLong(1, e.seq());
                        reversal.setObject(2, x.reverses());
                        reversal.setString(3, x.reason());
                        reversal.addBatch();
                        reversals = true;
                    }
                }
                exchange.executeBatch();
                flushOrigins();
                if (reversals) {
                    reversal.executeBatch();
                }
                known.exchangesStored(entries, position);
            } catch (SQLException e) {
                throw LedgerFile.translate(e, file);
            }
        }

        @Override
        public void adjustBalances(Map<String, Long> deltas) {
            if (deltas.isEmpty()) {
                return;
            }
            // Every post adjusts two balances or more: the statement rendered once, as for the inserts.
            try (PreparedStatement update = connection.prepareStatement(plain.balance)) {
                for (Map.Entry<String, Long> d : deltas.entrySet()) {
                    update.setLong(1, d.getValue());
                    update.setLong(2, idOf(d.getKey()));
                    update.addBatch();
                }
                update.executeBatch();
            } catch (SQLException e) {
                throw LedgerFile.translate(e, file);
            }
        }
    }

    private static EntryContent.PeriodClose periodClose(coop.poruka.store.generated.tables.records.PeriodCloseRecord r) {
        java.util.SortedMap<String, Long> balances = new java.util.TreeMap<>();
        String[] codes = r.getMembers();
        Long[] amounts = r.getBalances();
        for (int i = 0; i < Math.min(codes.length, amounts.length); i++) {
            balances.put(codes[i], amounts[i]);
        }
        return new EntryContent.PeriodClose(java.time.YearMonth.parse(r.getClosedMonth()), r.getHeadSeq(), r.getHeadHash(),
                balances);
    }
}
