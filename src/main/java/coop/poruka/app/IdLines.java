package coop.poruka.app;

import java.util.UUID;

/**
 * The line on which each exchange id of an import file first appeared, held in three plain arrays
 * (open addressing) instead of a map of objects. An import of a million exchanges kept a million
 * entries alive in a HashMap, and the collector went through them again and again: the import of
 * the benchmark's file took about 15% longer with it (docs/performance.md).
 */
final class IdLines {
    private static final int FIRST_CAPACITY = 1 << 12;

    /**
     * Slot i is {@code table[3i]} (the id's high half), {@code table[3i + 1]} (its low half) and
     * {@code table[3i + 2]} (the line; 0 marks a free slot, as file lines count from 1): side by
     * side, so looking an id up touches one place in memory, not three.
     */
    private long[] table = new long[3 * FIRST_CAPACITY];
    private int capacity = FIRST_CAPACITY;
    private int size;

    /**
     * Remembers {@code line} for {@code id} unless the id was seen before.
     *
     * @param line a line number, at least 1
     * @return the line the id was first seen on, or 0 when it is new
     */
    long putIfAbsent(UUID id, long line) {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1: " + line);
        }
        long h = id.getMostSignificantBits();
        long l = id.getLeastSignificantBits();
        int at = find(table, capacity, h, l);
        if (table[at + 2] != 0) {
            return table[at + 2];
        }
        table[at] = h;
        table[at + 1] = l;
        table[at + 2] = line;
        // kept at most three quarters full, so a search ends soon at a free slot
        if (++size * 4L > capacity * 3L) {
            grow();
        }
        return 0;
    }

    int size() {
        return size;
    }

    /** Where in {@code table} the slot holding this id begins, or the free slot where it belongs. */
    private static int find(long[] table, int capacity, long h, long l) {
        int mask = capacity - 1;
        int slot = spread(h, l) & mask;
        while (table[3 * slot + 2] != 0 && (table[3 * slot] != h || table[3 * slot + 1] != l)) {
            slot = (slot + 1) & mask;
        }
        return 3 * slot;
    }

    /** Both halves matter: a version 7 id's high half is mostly its time, the low half mostly random. */
    private static int spread(long h, long l) {
        long x = (h ^ Long.rotateLeft(l, 32)) * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 32));
    }

    private void grow() {
        long[] old = table;
        capacity *= 2;
        table = new long[3 * capacity];
        for (int i = 0; i < old.length; i += 3) {
            if (old[i + 2] != 0) {
                int at = find(table, capacity, old[i], old[i + 1]);
                System.arraycopy(old, i, table, at, 3);
            }
        }
    }
}
