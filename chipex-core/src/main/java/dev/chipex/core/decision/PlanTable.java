package dev.chipex.core.decision;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Decision plans by packed key (a positive long), in open addressing: a lookup reads one slot of
 * a long array and the plan beside it, where a map would walk a node, a key object and its
 * fields on every shipment. Reads take no lock; writes take this table's lock, and a grown table
 * replaces the old one whole. A slot is written once, its key before its plan (released), so a
 * reader that sees a plan sees its key; a reader on an outgrown table at worst misses a plan,
 * which is then made afresh, as plans are the same however often they are made.
 */
final class PlanTable {
    private static final VarHandle PLAN = MethodHandles.arrayElementVarHandle(DecisionPlan[].class);

    private record Slots(long[] keys, DecisionPlan[] plans) {
        Slots(int capacity) {
            this(new long[capacity], new DecisionPlan[capacity]);
        }
    }

    private volatile Slots slots = new Slots(1024);
    /** Plans held: written under this object's lock, read without it for the callers' bound. */
    private volatile int size;

    int size() {
        return size;
    }

    /** The plan under {@code key}, null when there is none. */
    DecisionPlan get(long key) {
        Slots s = slots;
        int mask = s.keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            DecisionPlan plan = (DecisionPlan) PLAN.getAcquire(s.plans, i);
            if (plan == null) {
                return null;
            }
            if (s.keys[i] == key) {
                return plan;
            }
        }
    }

    /** Keeps {@code plan} under {@code key} unless a plan is there already. */
    synchronized void put(long key, DecisionPlan plan) {
        if (get(key) != null) {
            return;
        }
        if (2 * (size + 1) > slots.keys.length) {
            Slots grown = new Slots(2 * slots.keys.length);
            for (int i = 0; i < slots.keys.length; i++) {
                if (slots.plans[i] != null) {
                    place(grown, slots.keys[i], slots.plans[i]);
                }
            }
            slots = grown;
        }
        place(slots, key, plan);
        size++;
    }

    private static void place(Slots s, long key, DecisionPlan plan) {
        int mask = s.keys.length - 1;
        int i = slot(key, mask);
        while (s.plans[i] != null) {
            i = (i + 1) & mask;
        }
        s.keys[i] = key;
        PLAN.setRelease(s.plans, i, plan);
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
