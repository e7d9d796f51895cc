package dev.crosscheck.runtime.internal.match;

import java.util.Map;

/**
 * An open-addressing hash table keyed by strings and looked up by a range of another string, so
 * that finding a request path, or one segment of it, allocates nothing (no substring).
 */
public final class RegionMap<V> {

  private final String[] keys;
  private final Object[] values;
  private final int mask;

  public RegionMap(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 + 1) * 2 - 1);
    keys = new String[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    entries.forEach((key, value) -> {
      int slot = hash(key, 0, key.length()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = value;
    });
  }

  /** The value for the key equal to {@code text[from, to)}, or null. */
  @SuppressWarnings("unchecked")
  public V get(String text, int from, int to) {
    int length = to - from;
    for (int slot = hash(text, from, to) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key.length() == length && text.regionMatches(from, key, 0, length)) {
        return (V) values[slot];
      }
    }
    return null;
  }

  private static int hash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h ^ (h >>> 16);
  }
}
