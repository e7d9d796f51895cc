package dev.crosscheck.processor.exposure;

import java.util.List;
import java.util.Map;

/**
 * The exposure report's JSON, written without a JSON library: loading and starting one cost more
 * of a cold compilation than the whole report. The layout is the one reviewers diff (and the
 * schema's examples show): two spaces per level, {@code "name" : value}, arrays on one line
 * ({@code [ "a", "b" ]}, {@code [ ]}), objects in arrays opened on the array's line
 * ({@code [ {} ... {@code }, {} ... {@code } ]}), {@code \n} line ends.
 */
final class PrettyJson {

  private final StringBuilder out = new StringBuilder();

  private PrettyJson() {}

  /** @param value a map with string keys, a list, a string, a number, a boolean, or null, nested as deep as need be */
  static String of(Object value) {
    PrettyJson json = new PrettyJson();
    json.value(value, 0);
    return json.out.append('\n').toString();
  }

  private void value(Object value, int depth) {
    if (value instanceof Map<?, ?> map) {
      object(map, depth);
    } else if (value instanceof List<?> list) {
      array(list, depth);
    } else if (value instanceof String string) {
      string(string);
    } else if (value == null || value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("no JSON value: " + value.getClass().getName());
    }
  }

  private void object(Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{ }");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(first ? "\n" : ",\n");
      first = false;
      indent(depth + 1);
      string((String) entry.getKey());
      out.append(" : ");
      value(entry.getValue(), depth + 1);
    }
    out.append('\n');
    indent(depth);
    out.append('}');
  }

  private void array(List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[ ]");
      return;
    }
    out.append("[ ");
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      value(list.get(i), depth);
    }
    out.append(" ]");
  }

  private void indent(int depth) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  /** Quoted, with {@code "}, {@code \} and control characters escaped (the short forms where JSON has one). */
  private void string(String s) {
    out.append('"');
    int plain = 0;
    for (int n = s.length(); plain < n; plain++) {
      char c = s.charAt(plain);
      if (c < 0x20 || c == '"' || c == '\\') {
        break;
      }
    }
    out.append(s, 0, plain); // nearly always the whole string, copied at once
    for (int i = plain; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
