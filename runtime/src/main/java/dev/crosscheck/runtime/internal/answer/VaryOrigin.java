package dev.crosscheck.runtime.internal.answer;

import static dev.crosscheck.runtime.internal.answer.CorsHeaders.ORIGIN;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.VARY;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Vary: Origin}, appended to what a response has (a resource may vary by other headers
 * too), never replacing it and never twice.
 */
public final class VaryOrigin {

  private VaryOrigin() {}

  /** Adds {@code Origin} to {@code Vary} unless a value already names it (or is {@code *}). */
  public static void appendTo(MultivaluedMap<String, Object> headers) {
    List<Object> values = headers.get(VARY);
    if (values == null) {
      // Put, not add: add would look the name up again, on nearly every response of a governed route.
      List<Object> origin = new ArrayList<>(1);
      origin.add(ORIGIN);
      headers.put(VARY, origin);
      return;
    }
    for (Object value : values) {
      if (value != null && namesOrigin(value.toString())) {
        return;
      }
    }
    headers.add(VARY, ORIGIN);
  }

  private static boolean namesOrigin(String vary) {
    int i = 0;
    int end = vary.length();
    while (i < end) {
      while (i < end && (vary.charAt(i) == ' ' || vary.charAt(i) == '\t' || vary.charAt(i) == ',')) {
        i++;
      }
      int start = i;
      while (i < end && vary.charAt(i) != ',') {
        i++;
      }
      int tokenEnd = i;
      while (tokenEnd > start && (vary.charAt(tokenEnd - 1) == ' ' || vary.charAt(tokenEnd - 1) == '\t')) {
        tokenEnd--;
      }
      int length = tokenEnd - start;
      if ((length == 1 && vary.charAt(start) == '*')
          || (length == 6 && vary.regionMatches(true, start, ORIGIN, 0, 6))) {
        return true;
      }
    }
    return false;
  }
}
