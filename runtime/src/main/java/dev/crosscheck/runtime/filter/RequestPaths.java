package dev.crosscheck.runtime.filter;

import jakarta.ws.rs.core.UriInfo;

/**
 * The request's path as the route table matches it: below the application's base URI, with its
 * percent-encoding as sent. {@code UriInfo.getPath(false)} says the same where a runtime supports
 * it, but Quarkus REST throws on it ("We do not support non-decoded parameters"), so the path is
 * cut from the two URIs that every runtime gives.
 */
final class RequestPaths {

  private RequestPaths() {}

  /**
   * @return the raw path below the base, without a leading slash ({@code notes/7}); null when the
   *     request is not below the base, where no resource of the application can match it
   */
  static String belowBase(UriInfo uri) {
    String path = uri.getRequestUri().getRawPath();
    String base = uri.getBaseUri().getRawPath();
    if (path == null || base == null) {
      return null;
    }
    if (path.startsWith(base)) {
      String below = path.substring(base.length());
      // A base without a trailing slash ("/api"): what follows it starts with one.
      return base.endsWith("/") || below.isEmpty() ? below : below.startsWith("/") ? below.substring(1) : null;
    }
    // The base itself without its slash: "/api" below the base "/api/".
    return base.endsWith("/") && path.length() == base.length() - 1 && base.startsWith(path) ? "" : null;
  }
}
