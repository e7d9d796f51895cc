package dev.crosscheck.runtime.internal.answer;

import dev.crosscheck.runtime.internal.http.OptionalWhiteSpace;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The request's {@code Origin}: its first line, without the optional white space (spaces and
 * tabs) around it, which RFC 9110 section 5.5 says is not part of a field value. Servlet
 * containers and Undertow strip it before the filter reads the header; Grizzly (Jersey's
 * SeBootstrap server) hands it over, so the filter strips it too, and every runtime compares the
 * same value. White space inside the value stays, and makes it no origin.
 */
public final class RequestOrigin {

  private RequestOrigin() {}

  /** The origin to compare, or null without an {@code Origin} header. Allocates only to strip. */
  public static String of(MultivaluedMap<String, String> headers) {
    String origin = headers.getFirst(CorsHeaders.ORIGIN);
    return origin == null ? null : OptionalWhiteSpace.strip(origin);
  }
}
