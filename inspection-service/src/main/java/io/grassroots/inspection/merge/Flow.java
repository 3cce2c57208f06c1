package io.grassroots.inspection.merge;

import java.util.ArrayDeque;
import java.util.Arrays;

/** A small maximum flow (Dinic's algorithm) for the bound on what a unit can place. */
final class Flow {
    private final int[] head;
    private int[] to = new int[16];
    private int[] next = new int[16];
    private int[] capacity = new int[16];
    private int edges;
    private final int[] level;
    private final int[] cursor;

    Flow(int nodes) {
        head = new int[nodes];
        Arrays.fill(head, -1);
        level = new int[nodes];
        cursor = new int[nodes];
    }

    void edge(int from, int into, int cap) {
        add(from, into, cap);
        add(into, from, 0);
    }

    private void add(int from, int into, int cap) {
        if (edges == to.length) {
            to = Arrays.copyOf(to, edges * 2);
            next = Arrays.copyOf(next, edges * 2);
            capacity = Arrays.copyOf(capacity, edges * 2);
        }
        to[edges] = into;
        capacity[edges] = cap;
        next[edges] = head[from];
        head[from] = edges++;
    }

    int max(int source, int sink) {
        int total = 0;
        while (levels(source, sink)) {
            System.arraycopy(head, 0, cursor, 0, head.length);
            for (int pushed = push(source, sink, Integer.MAX_VALUE); pushed > 0; pushed = push(source, sink,
                    Integer.MAX_VALUE)) {
                total += pushed;
            }
        }
        return total;
    }

    private boolean levels(int source, int sink) {
        Arrays.fill(level, -1);
        level[source] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(source);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int e = head[v]; e >= 0; e = next[e]) {
                if (capacity[e] > 0 && level[to[e]] < 0) {
                    level[to[e]] = level[v] + 1;
                    queue.add(to[e]);
                }
            }
        }
        return level[sink] >= 0;
    }

    private int push(int v, int sink, int limit) {
        if (v == sink) {
            return limit;
        }
        for (; cursor[v] >= 0; cursor[v] = next[cursor[v]]) {
            int e = cursor[v];
            if (capacity[e] > 0 && level[to[e]] == level[v] + 1) {
                int pushed = push(to[e], sink, Math.min(limit, capacity[e]));
                if (pushed > 0) {
                    capacity[e] -= pushed;
                    capacity[e ^ 1] += pushed;
                    return pushed;
                }
            }
        }
        return 0;
    }
}
