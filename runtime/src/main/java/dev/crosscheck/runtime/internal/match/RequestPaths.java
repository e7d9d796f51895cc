package dev.crosscheck.runtime.internal.match;

/**
 * The request's path as the route table matches it: below the application's base URI, with its
 * percent-encoding as sent. {@code UriInfo.getPath(false)} says the same where a runtime supports
 * it, but Quarkus REST throws on it ("We do not support non-decoded parameters"), so the path is
 * cut from the two URIs that every runtime gives.
 */
public final class RequestPaths {

  private RequestPaths() {}

  /**
   * Where the path below the base starts in the request's raw path, after its slash: {@code
   * notes/7} in {@code /shop/api/notes/7} under the base {@code /shop/api/}. Copies nothing.
   *
   * @return the index in {@code requestPath}; -1 when the request is not below the base, where no
   *     resource of the application can match it
   */
  public static int startBelowBase(String requestPath, String basePath) {
    if (requestPath == null || basePath == null) {
      return -1;
    }
    if (requestPath.startsWith(basePath)) {
      int at = basePath.length();
      if (basePath.endsWith("/") || at == requestPath.length()) {
        return at;
      }
      // A base without a trailing slash ("/api"): what follows it starts with one.
      return requestPath.charAt(at) == '/' ? at + 1 : -1;
    }
    // The base itself without its slash: "/api" below the base "/api/".
    boolean baseWithoutSlash = basePath.endsWith("/") && requestPath.length() == basePath.length() - 1
        && basePath.startsWith(requestPath);
    return baseWithoutSlash ? requestPath.length() : -1;
  }
}
