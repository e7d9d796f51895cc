package dev.crosscheck.runtime.internal.answer;

import dev.crosscheck.runtime.internal.match.ResourcePath;
import dev.crosscheck.runtime.internal.route.Route;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.ALLOW_CREDENTIALS;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.ALLOW_HEADERS;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.ALLOW_METHODS;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.ALLOW_ORIGIN;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.ALLOW_PRIVATE_NETWORK;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.EXPOSE_HEADERS;
import static dev.crosscheck.runtime.internal.answer.CorsHeaders.MAX_AGE;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * On a route a policy governs, Crosscheck's answer is the one answer: another CORS layer (a
 * hand-written filter, RESTEasy's {@code CorsFilter}) writing {@code Access-Control-*} headers on
 * the same response would make two {@code Access-Control-Allow-Origin} headers, which every browser
 * rejects, or a grant looser than the policy. Its CORS response headers are replaced by Crosscheck's
 * (removed where Crosscheck grants nothing), and the first time per route and header a WARNING says
 * so. The same holds on a route the user's annotations close ({@code @NoCrossOrigin}, or a
 * policy's {@code methods} leaving its HTTP method out): no other layer grants it. Routes no policy
 * reaches are left to whatever answers them.
 *
 * <p>Crosscheck's response filters run after every other one (priority {@link #LAST}): the filter
 * bound to a resource method writes its answer last; a preflight Crosscheck answered carries a note
 * of its headers ({@link PreflightAnswer}), which {@link LastResponseFilter} restores after the
 * other layers' response filters ran on it.
 */
public final class OneCorsLayer {

  /**
   * The priority of Crosscheck's response filters: far below every priority in use, so that they
   * run after all others on a response (response filters run from the highest priority value down).
   * Not {@code Integer.MIN_VALUE}: a runtime comparing priorities by subtraction would overflow.
   */
  public static final int LAST = -1_000_000;

  /** The response headers of the CORS protocol and of Private Network Access. */
  public static final List<String> RESPONSE_HEADERS = List.of(ALLOW_ORIGIN, ALLOW_CREDENTIALS, EXPOSE_HEADERS, ALLOW_METHODS,
      ALLOW_HEADERS, MAX_AGE, ALLOW_PRIVATE_NETWORK);

  private static final System.Logger LOG = System.getLogger("dev.crosscheck");
  /** The routes and headers a warning was logged for by this engine: once each per start. */
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /**
   * Crosscheck's own answer to a preflight, kept with the request until the response is sent: its
   * CORS headers' values by {@link #RESPONSE_HEADERS} index (null: not sent), and what names the
   * route, put into words only if a warning needs them.
   */
  public record PreflightAnswer(OneCorsLayer layer, String requestedMethod, ResourcePath path, String requestPath,
      String[] values) {
    static final String PROPERTY = "dev.crosscheck.preflightAnswer";

    /** {@code the preflight for PUT /notes/{id}}; the request's path where no template names the route. */
    String route() {
      return "the preflight for " + requestedMethod + " " + (path.namesNoTemplate() ? requestPath : "/" + path.template());
    }
  }

  /**
   * Removes the CORS headers another layer wrote, before Crosscheck writes its answer to a response
   * of a governed route. One pass over the response's header names: nothing is allocated when there
   * are none, and the route is put into words only for a warning.
   *
   * @param route the route the response answers, or null
   * @param described what the response answers, where no route names it
   */
  public void clearOthers(MultivaluedMap<String, Object> headers, Route route, String described) {
    List<String> foreign = null;
    for (String name : headers.keySet()) {
      if (isCorsResponseHeader(name)) {
        if (foreign == null) {
          foreign = new ArrayList<>(2);
        }
        foreign.add(name);
      }
    }
    if (foreign == null) {
      return;
    }
    String where = route != null ? route.httpMethod() + " " + route.resourceMethod() : described;
    String governs = route == null ? null : governs(route);
    for (String name : foreign) {
      warnOnce(where, governs, name, headers.get(name), null);
      headers.remove(name);
    }
  }

  /**
   * Notes the preflight answer Crosscheck aborts {@code request} with, to restore it after other
   * layers: its CORS headers, noted as they were written ({@link #grant}), or none ({@link
   * #NOTHING_GRANTED}).
   *
   * @param path the route's path in the table
   * @param requestPath the request's path, for a route no template names
   */
  public Response noted(ContainerRequestContext request, String requestedMethod, ResourcePath path, String requestPath,
      Response answer, String[] values) {
    request.setProperty(PreflightAnswer.PROPERTY, new PreflightAnswer(this, requestedMethod, path, requestPath, values));
    return answer;
  }

  /** The note of an answer without CORS headers (a refusal): shared, never written to. */
  public static final String[] NOTHING_GRANTED = new String[RESPONSE_HEADERS.size()];

  /** A note for the CORS headers of one answer, by {@link #RESPONSE_HEADERS} index. */
  public static String[] newNote() {
    return new String[RESPONSE_HEADERS.size()];
  }

  /** Adds one of {@link #RESPONSE_HEADERS} to a preflight answer and to its note. */
  public static Response.ResponseBuilder grant(Response.ResponseBuilder answer, String[] note, String header, String value) {
    note[RESPONSE_HEADERS.indexOf(header)] = value;
    return answer.header(header, value);
  }

  /**
   * Puts back the preflight answer Crosscheck gave, if it gave one, after every other response
   * filter ran: its CORS headers exactly, no other layer's.
   *
   * @return whether the response was a preflight Crosscheck answered
   */
  public static boolean restorePreflight(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(PreflightAnswer.PROPERTY) instanceof PreflightAnswer answer)) {
      return false;
    }
    MultivaluedMap<String, Object> headers = response.getHeaders();
    List<String> foreign = null;
    for (String name : headers.keySet()) {
      if (!isCorsResponseHeader(name)) {
        continue;
      }
      int index = index(name);
      String ours = index < 0 ? null : answer.values()[index];
      List<Object> values = headers.get(name);
      if (ours == null || values.size() != 1 || !ours.equals(String.valueOf(values.get(0)))) {
        if (foreign == null) {
          foreign = new ArrayList<>(2);
        }
        foreign.add(name);
      }
    }
    if (foreign != null) {
      for (String name : foreign) {
        int index = index(name);
        answer.layer().warnOnce(answer.route(), null, name, headers.get(name), index < 0 ? null : answer.values()[index]);
        headers.remove(name);
      }
      for (int i = 0; i < RESPONSE_HEADERS.size(); i++) {
        if (answer.values()[i] != null && !headers.containsKey(RESPONSE_HEADERS.get(i))) {
          headers.putSingle(RESPONSE_HEADERS.get(i), answer.values()[i]);
        }
      }
    }
    return true;
  }

  /** {@code Access-Control-*}, any case, but not the request's {@code Access-Control-Request-*}. */
  private static boolean isCorsResponseHeader(String name) {
    return name.regionMatches(true, 0, "Access-Control-", 0, 15) && !name.regionMatches(true, 15, "Request-", 0, 8);
  }

  private static int index(String name) {
    for (int i = 0; i < RESPONSE_HEADERS.size(); i++) {
      if (RESPONSE_HEADERS.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** What in the user's annotations governs the route, for the warning. */
  private static String governs(Route route) {
    if (route.closed() == Route.Closed.OPTED_OUT) {
      return "which @NoCrossOrigin closes to other origins";
    }
    if (route.closed() == Route.Closed.METHODS_EXCLUDE) {
      return "whose @CrossOrigin policy leaves " + route.httpMethod() + " out of its methods";
    }
    return null;
  }

  /** @param governs what governs the route, where it is not a @CrossOrigin policy granting it */
  private void warnOnce(String route, String governs, String header, List<Object> values, String ours) {
    if (warned.add(route + "\n" + header.toLowerCase(java.util.Locale.ROOT))) {
      LOG.log(System.Logger.Level.WARNING, "Crosscheck: another CORS layer wrote " + header + ": " + values
          + " on the response of " + route + ", " + (governs != null ? governs : "which a @CrossOrigin policy governs")
          + "; Crosscheck's answer replaced it ("
          + (ours == null ? "no " + header : header + ": " + ours) + "), since two answers make browsers reject the"
          + " response or grant more than the policy. Turn the other layer off for this route"
          + (governs != null ? "" : ", or remove its @CrossOrigin to leave the route to it")
          + " (said once per route and header)");
    }
  }
}
