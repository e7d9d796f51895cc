package dev.crosscheck.runtime.internal.answer;

import static dev.crosscheck.runtime.internal.answer.OneCorsLayer.grant;

import dev.crosscheck.runtime.internal.compiled.CompiledPolicy;
import dev.crosscheck.runtime.internal.match.CompiledRoute;
import dev.crosscheck.runtime.internal.match.ResourcePath;
import dev.crosscheck.runtime.internal.config.ConfigurationLookup;
import dev.crosscheck.runtime.spi.CorsConfigurationException;
import dev.crosscheck.runtime.internal.origin.InvalidOriginException;
import dev.crosscheck.runtime.internal.origin.Origin;
import dev.crosscheck.runtime.internal.origin.OriginSyntax;
import dev.crosscheck.runtime.spi.Refusal;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * What the filter says of a request it gives no grant: one line at {@code DEBUG} through the
 * {@code dev.crosscheck} logger (java.util.logging {@code FINE}), and, in debug mode, a response
 * header that names the reason. Nothing is built unless one of them is on: a refusal with both off
 * costs what it cost before.
 */
public final class Refusals {

  /** The response header that names the reason, in debug mode. */
  public static final String HEADER = "Crosscheck-Refusal";
  /** The setting that turns debug mode on: a system property, or the environment variable. */
  public static final String DEBUG_PROPERTY = "crosscheck.debug";
  public static final String DEBUG_VARIABLE = "CROSSCHECK_DEBUG";
  /** Values from the request are cut to this many characters in the log. */
  public static final int MAX_LOGGED = 200;

  private static final System.Logger LOG = System.getLogger("dev.crosscheck");

  private final boolean debugMode;

  public Refusals(boolean debugMode) {
    this.debugMode = debugMode;
  }

  /** Debug mode as configured; anything but true or false stops the start. */
  public static Refusals configured(ConfigurationLookup lookup) {
    Optional<ConfigurationLookup.Found> found = lookup.find(DEBUG_PROPERTY).or(() -> lookup.find(DEBUG_VARIABLE));
    if (found.isEmpty()) {
      return new Refusals(false);
    }
    String value = found.get().value().strip();
    if (!value.equals("true") && !value.equals("false")) {
      throw new CorsConfigurationException(List.of(DEBUG_PROPERTY + " is \"" + value + "\" (" + found.get().source()
          + "): write true or false"));
    }
    boolean on = value.equals("true");
    if (on) {
      LOG.log(System.Logger.Level.WARNING, "Crosscheck debug mode is on (" + found.get().source() + "): every "
          + "refused request's response names the reason in a " + HEADER + " header, which tells anyone why; "
          + "turn it off in production");
    }
    return new Refusals(on);
  }

  public boolean explains() {
    return debugMode;
  }

  public boolean logs() {
    return LOG.isLoggable(System.Logger.Level.DEBUG);
  }

  /** The reason an Origin the policy does not allow gets: not an origin at all, or just not listed. */
  public static Refusal ofOrigin(String origin) {
    if (origin.length() > Origin.MAX_LENGTH) {
      return Refusal.ORIGIN_MALFORMED;
    }
    if (origin.equals("null")) {
      return Refusal.ORIGIN_NOT_ALLOWED;
    }
    try {
      OriginSyntax.parse(origin);
      return Refusal.ORIGIN_NOT_ALLOWED;
    } catch (InvalidOriginException | RuntimeException e) {
      return Refusal.ORIGIN_MALFORMED;
    }
  }

  /** What a reason is about: the method or the header refused; null for the others. */
  public static String detail(Refusal refusal, String requestedMethod, CompiledPolicy policy, List<String> requestHeaders) {
    return switch (refusal) {
      case METHOD_NOT_ALLOWED, METHOD_NOT_IN_POLICY, NO_POLICY, OPTED_OUT -> requestedMethod;
      case HEADER_NOT_ALLOWED -> policy.requestHeaders.firstRefused(requestHeaders);
      default -> null;
    };
  }

  /** Adds the debug header: {@code header-not-allowed; x-request-id}. */
  public void explain(Response.ResponseBuilder answer, Refusal refusal, String detail) {
    answer.header(HEADER, detail == null ? refusal.label() : refusal.label() + "; " + bounded(detail));
  }

  /**
   * The answer to a refused preflight in debug mode, made so that the browser's console names the
   * cause, and so that the browser refuses the request all the same:
   * <ul>
   *   <li>an origin refused: 403 without CORS headers ("No 'Access-Control-Allow-Origin' header");
   *   <li>a header, or Private Network Access, refused where the origin is allowed: the grant of
   *       the origin and the method, without the refused header ("Request header field x-other is
   *       not allowed by Access-Control-Allow-Headers"), and without {@code *}, never cached;
   *   <li>a method without a policy, opted out, or ambiguous: 403 that grants the (well formed)
   *       origin ("It does not have HTTP ok status"), which no browser passes.
   * </ul>
   * Each carries the {@link #HEADER} with the reason.
   */
  public Response.ResponseBuilder debugAnswer(Refusal refusal, String detail, String origin, CompiledRoute route,
      CompiledPolicy policy, Response.Status preflightStatus, String[] note) {
    Response.ResponseBuilder answer;
    switch (refusal) {
      case ORIGIN_NOT_ALLOWED, ORIGIN_MALFORMED -> answer = Response.status(Response.Status.FORBIDDEN);
      case HEADER_NOT_ALLOWED, PRIVATE_NETWORK_NOT_ENABLED -> {
        answer = grant(Response.status(preflightStatus), note, CorsHeaders.ALLOW_ORIGIN, policy.allowOrigin(origin));
        grant(answer, note, CorsHeaders.ALLOW_METHODS, route.httpMethod());
        if (policy.allowCredentials) {
          grant(answer, note, CorsHeaders.ALLOW_CREDENTIALS, "true");
        }
        // Never "*": Chromium takes it for Authorization too, the one header "*" leaves out, so
        // debug mode would grant what the policy refuses. Without it, the console names the header.
        if (policy.allowHeaders != null && !policy.requestHeaders.wildcard()) {
          grant(answer, note, CorsHeaders.ALLOW_HEADERS, policy.allowHeaders);
        }
      }
      default -> {
        answer = Response.status(Response.Status.FORBIDDEN);
        if (ofOrigin(origin) == Refusal.ORIGIN_NOT_ALLOWED && !origin.equals("null")) {
          grant(answer, note, CorsHeaders.ALLOW_ORIGIN, origin);
        }
      }
    }
    explain(answer, refusal, detail);
    return answer;
  }

  /**
   * One line: {@code Crosscheck refused the preflight for PUT OPTIONS /notes/7 (route notes/{id},
   * NotesResource.update()) from Origin "https://evil.example": origin-not-allowed}.
   */
  public void log(String what, ContainerRequestContext request, ResourcePath path, CompiledRoute route, String origin,
      Refusal refusal, String detail) {
    String resourceMethod = route == null || route.resourceMethod() == null ? "" : ", " + route.resourceMethod();
    String where = path == null || path.namesNoTemplate() ? "" : " (route " + path.template() + resourceMethod + ")";
    LOG.log(System.Logger.Level.DEBUG, "Crosscheck refused " + what + ": " + request.getMethod() + " "
        + bounded(request.getUriInfo().getRequestUri().getRawPath()) + where + " from Origin \"" + bounded(origin)
        + "\": " + refusal.label() + (detail == null ? "" : " (" + bounded(detail) + ")"));
  }

  /** A value from the request, cut to a bounded length, with control characters and quotes escaped. */
  public static String bounded(String value) {
    StringBuilder out = new StringBuilder();
    int end = Math.min(value.length(), MAX_LOGGED);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    if (value.length() > MAX_LOGGED) {
      out.append("...(").append(value.length()).append(" characters)");
    }
    return out.toString();
  }
}
