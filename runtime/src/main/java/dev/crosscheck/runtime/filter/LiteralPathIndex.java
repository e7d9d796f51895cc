package dev.crosscheck.runtime.filter;

import java.util.Map;

/**
 * An open-addressing hash table from literal request paths to what they match, looked up by a
 * range of the request's path string so that a hit allocates nothing (no substring).
 */
final class LiteralPathIndex {

  private final String[] keys;
  private final ResourcePath[] values;
  private final int mask;

  LiteralPathIndex(Map<String, ResourcePath> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 + 1) * 2 - 1);
    keys = new String[capacity];
    values = new ResourcePath[capacity];
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

  /** The entry for {@code path[from, to)}, or null. */
  ResourcePath get(String path, int from, int to) {
    int length = to - from;
    for (int slot = hash(path, from, to) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key.length() == length && path.regionMatches(from, key, 0, length)) {
        return values[slot];
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
