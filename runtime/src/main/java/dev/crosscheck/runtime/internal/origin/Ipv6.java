package dev.crosscheck.runtime.internal.origin;

import java.util.Locale;

/** IPv6 addresses written the way the WHATWG URL Standard serializes them in a host. */
final class Ipv6 {

  private Ipv6() {}

  /**
   * The bracketed serialization of the address {@code text} (without brackets), or null when it
   * is not an IPv6 address in hexadecimal groups. Embedded IPv4 notation is not accepted: browsers
   * never serialize it.
   */
  static String canonical(String text) {
    int[] groups = parse(text.toLowerCase(Locale.ROOT));
    return groups == null ? null : "[" + serialize(groups) + "]";
  }

  private static int[] parse(String text) {
    int doubleColon = text.indexOf("::");
    if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
      return null;
    }
    String head = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
    String tail = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
    int[] first = groups(head);
    int[] last = groups(tail);
    if (first == null || last == null) {
      return null;
    }
    int written = first.length + last.length;
    if ((doubleColon >= 0 && written > 7) || (doubleColon < 0 && written != 8)) {
      return null;
    }
    int[] address = new int[8];
    System.arraycopy(first, 0, address, 0, first.length);
    System.arraycopy(last, 0, address, 8 - last.length, last.length);
    return address;
  }

  private static int[] groups(String part) {
    if (part.isEmpty()) {
      return new int[0];
    }
    String[] pieces = part.split(":", -1);
    int[] values = new int[pieces.length];
    for (int i = 0; i < pieces.length; i++) {
      String piece = pieces[i];
      if (piece.isEmpty() || piece.length() > 4) {
        return null;
      }
      for (int j = 0; j < piece.length(); j++) {
        if (Character.digit(piece.charAt(j), 16) < 0) {
          return null;
        }
      }
      values[i] = Integer.parseInt(piece, 16);
    }
    return values;
  }

  /** Lower-case hex without leading zeros; the first longest run of two or more zero groups becomes "::". */
  private static String serialize(int[] address) {
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (address[i] != 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < 8 && address[i] == 0) {
        i++;
      }
      if (i - start > bestLength) {
        bestStart = start;
        bestLength = i - start;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append(i == 0 ? "::" : ":");
        i += bestLength - 1;
        continue;
      }
      out.append(Integer.toHexString(address[i]));
      if (i < 7) {
        out.append(':');
      }
    }
    return out.toString();
  }
}
