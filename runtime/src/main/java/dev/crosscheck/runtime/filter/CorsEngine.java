package dev.crosscheck.runtime.filter;

import static dev.crosscheck.runtime.filter.CorsHeaders.ALLOW_CREDENTIALS;
import static dev.crosscheck.runtime.filter.CorsHeaders.ALLOW_HEADERS;
import static dev.crosscheck.runtime.filter.CorsHeaders.ALLOW_METHODS;
import static dev.crosscheck.runtime.filter.CorsHeaders.ALLOW_ORIGIN;
import static dev.crosscheck.runtime.filter.CorsHeaders.ALLOW_PRIVATE_NETWORK;
import static dev.crosscheck.runtime.filter.CorsHeaders.EXPOSE_HEADERS;
import static dev.crosscheck.runtime.filter.CorsHeaders.MAX_AGE;
import static dev.crosscheck.runtime.filter.CorsHeaders.ORIGIN;
import static dev.crosscheck.runtime.filter.CorsHeaders.REQUEST_HEADERS;
import static dev.crosscheck.runtime.filter.CorsHeaders.REQUEST_METHOD;
import static dev.crosscheck.runtime.filter.CorsHeaders.REQUEST_PRIVATE_NETWORK;
import static dev.crosscheck.runtime.filter.CorsHeaders.VARY;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The CORS protocol on the server side (Fetch Standard, "CORS protocol"), driven by a route table.
 * Generated filters delegate to one engine, built when the filter starts.
 *
 * <p>Request side (pre-matching): a preflight ({@code OPTIONS} with {@code Origin} and {@code
 * Access-Control-Request-Method}) on a path with a policy is answered here and never reaches a
 * resource method: 204 (200 where configured) with the precomputed headers, or 403 without CORS
 * headers. Everything else
 * goes on untouched.
 *
 * <p>Response side: actual requests from allowed origins get {@code Access-Control-Allow-Origin}
 * and friends; every response of a policy whose answer depends on the origin gets {@code Vary:
 * Origin} appended, once. Responses to preflights were finished on the request side and are left
 * alone, which keeps this side idempotent when it sees the filter's own aborted response.
 *
 * <p>A request without {@code Origin}, or from a disallowed origin, allocates nothing here on a
 * literal path.
 */
public final class CorsEngine {

  private final RouteTable table;
  private final int preflightStatus;

  /** @param preflightStatus 204, or 200 where configured (for clients that mishandle 204) */
  CorsEngine(RouteTable table, int preflightStatus) {
    this.table = table;
    this.preflightStatus = preflightStatus;
  }

  public void onRequest(ContainerRequestContext request) {
    MultivaluedMap<String, String> headers = request.getHeaders();
    String origin = headers.getFirst(ORIGIN);
    if (origin == null || !request.getMethod().equals("OPTIONS")) {
      return;
    }
    String requestedMethod = headers.getFirst(REQUEST_METHOD);
    if (requestedMethod == null) {
      return; // a plain OPTIONS request: the application's to answer
    }
    ResourcePath path = table.match(request.getUriInfo().getPath(false));
    if (path == null || !path.hasPolicy()) {
      return; // not ours: CORS leaves paths without a policy alone
    }
    CompiledRoute route = path.route(requestedMethod);
    CompiledPolicy policy = route == null ? null : route.policy();
    if (policy == null
        || !policy.origins.allows(origin)
        || !policy.requestHeaders.allowAll(headers.get(REQUEST_HEADERS))
        || (!policy.allowPrivateNetwork && "true".equals(headers.getFirst(REQUEST_PRIVATE_NETWORK)))) {
      Response.ResponseBuilder refusal = Response.status(Response.Status.FORBIDDEN);
      if (policy == null || policy.variesByOrigin) {
        refusal.header(VARY, ORIGIN);
      }
      request.abortWith(refusal.build());
      return;
    }
    Response.ResponseBuilder answer = Response.status(preflightStatus).header(ALLOW_ORIGIN, policy.allowOrigin(origin));
    if (policy.allowCredentials) {
      answer.header(ALLOW_CREDENTIALS, "true");
    }
    answer.header(ALLOW_METHODS, route.httpMethod());
    if (policy.allowHeaders != null && headers.containsKey(REQUEST_HEADERS)) {
      answer.header(ALLOW_HEADERS, policy.allowHeaders);
    }
    if (policy.maxAge != null) {
      answer.header(MAX_AGE, policy.maxAge);
    }
    if (policy.allowPrivateNetwork && "true".equals(headers.getFirst(REQUEST_PRIVATE_NETWORK))) {
      answer.header(ALLOW_PRIVATE_NETWORK, "true");
    }
    if (policy.variesByOrigin) {
      answer.header(VARY, ORIGIN);
    }
    request.abortWith(answer.build());
  }

  public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, String> requestHeaders = request.getHeaders();
    String origin = requestHeaders.getFirst(ORIGIN);
    String method = request.getMethod();
    if (origin != null && method.equals("OPTIONS") && requestHeaders.getFirst(REQUEST_METHOD) != null) {
      return; // a preflight: answered completely on the request side, or not ours
    }
    ResourcePath path = table.match(request.getUriInfo().getPath(false));
    CompiledRoute route = path == null ? null : path.route(method);
    CompiledPolicy policy = route == null ? null : route.policy();
    if (policy == null) {
      return;
    }
    MultivaluedMap<String, Object> headers = response.getHeaders();
    if (policy.variesByOrigin) {
      appendVaryOrigin(headers);
    }
    if (origin == null || !policy.origins.allows(origin)) {
      return; // CORS protects readers, not servers: the request ran, the browser withholds the answer
    }
    headers.putSingle(ALLOW_ORIGIN, policy.allowOrigin(origin));
    if (policy.allowCredentials) {
      headers.putSingle(ALLOW_CREDENTIALS, "true");
    }
    if (policy.exposeHeaders != null) {
      headers.putSingle(EXPOSE_HEADERS, policy.exposeHeaders);
    }
  }

  /** Adds {@code Origin} to {@code Vary} unless a value already names it (or is {@code *}). */
  static void appendVaryOrigin(MultivaluedMap<String, Object> headers) {
    List<Object> values = headers.get(VARY);
    if (values != null) {
      for (Object value : values) {
        if (value != null && namesOrigin(value.toString())) {
          return;
        }
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
