package dev.crosscheck.runtime.internal.path;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes template literals the way JAX-RS runtimes do before matching, so that a literal
 * can be compared with the encoded request path: characters allowed in a path stay, existing
 * {@code %XX} escapes stay, everything else becomes UTF-8 {@code %XX} with upper-case hex.
 */
final class PathEncoding {

  private static final String ALLOWED = "-._~!$&'()*+,;=:@/";

  private PathEncoding() {}

  static String encode(String literal) {
    StringBuilder out = new StringBuilder(literal.length());
    byte[] bytes = literal.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      char c = (char) b;
      boolean escape = c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
      if (b < 128 && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0 || escape)) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static boolean isHex(byte b) {
    return Character.digit((char) b, 16) >= 0;
  }
}
