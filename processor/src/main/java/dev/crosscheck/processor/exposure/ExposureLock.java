package dev.crosscheck.processor.exposure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.processor.jaxrs.ElementRef;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.policy.PolicyAttribute;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exposure a repository has approved: a committed copy of the exposure report. A compilation
 * whose exposure differs fails, with each change listed and placed on the annotation that made it,
 * so that widening CORS takes a reviewed change to that file in the same pull request.
 */
public final class ExposureLock {

  /** Processor option: the lock file's path. */
  public static final String OPTION = "crosscheck.exposureLock";
  /** Processor option: {@code true} writes the current exposure to the lock file instead. */
  public static final String UPDATE_OPTION = "crosscheck.exposureLock.update";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One difference between the lock and the compilation.
   *
   * @param site the element whose annotation made it, if one did
   * @param element the resource method it is about, if it still exists
   */
  public record Change(String description, ElementRef site, ElementRef element) {}

  private ExposureLock() {}

  /** Writes the report as the new lock. */
  public static void update(Path lock, ExposureReport report) throws IOException {
    if (lock.toAbsolutePath().getParent() != null) {
      Files.createDirectories(lock.toAbsolutePath().getParent());
    }
    Files.writeString(lock, report.json(), StandardCharsets.UTF_8);
  }

  /** What changed from the lock to the report; empty when they agree. */
  public static List<Change> compare(String lockJson, ExposureReport report) throws IOException {
    Map<String, JsonNode> locked = new LinkedHashMap<>();
    for (JsonNode entry : JSON.readTree(lockJson).path("endpoints")) {
      locked.put(entry.path("method").asText() + " " + entry.path("path").asText() + " (" + entry.path("resource").asText()
          + ")", entry);
    }
    List<Change> changes = new ArrayList<>();
    for (ExposedEndpoint now : report.endpoints()) {
      JsonNode before = locked.remove(now.key());
      boolean wasOpen = before != null && before.path("open").asBoolean();
      if (!wasOpen && now.open()) {
        changes.add(new Change(now.key() + ": opened to " + describe(now.policy()), now.policySite(), now.element()));
      } else if (wasOpen && !now.open()) {
        changes.add(new Change(now.key() + ": closed (" + now.closed() + ")", null, now.element()));
      } else if (wasOpen) {
        compareOpen(before, now, changes);
      } else if (before == null) {
        changes.add(new Change(now.key() + ": new, closed (" + now.closed() + ")", null, now.element()));
      }
    }
    locked.forEach((key, before) -> changes.add(new Change(key + ": gone"
        + (before.path("open").asBoolean() ? " (it was open)" : ""), null, null)));
    return grouped(changes);
  }

  /**
   * One change per annotation: a class policy that gains an origin opens it on every endpoint it
   * governs, and says so once, naming them all.
   */
  private static List<Change> grouped(List<Change> changes) {
    Map<List<Object>, List<String>> endpoints = new LinkedHashMap<>();
    Map<List<Object>, Change> first = new LinkedHashMap<>();
    List<Change> out = new ArrayList<>();
    for (Change change : changes) {
      int colon = change.description().indexOf(": ");
      if (change.site() == null || colon < 0) {
        out.add(change);
        continue;
      }
      List<Object> key = List.of(change.site(), change.description().substring(colon + 2));
      endpoints.computeIfAbsent(key, k -> new ArrayList<>()).add(change.description().substring(0, colon));
      first.putIfAbsent(key, change);
    }
    first.forEach((key, change) -> out.add(new Change(String.join(", ", endpoints.get(key)) + ": " + key.get(1),
        change.site(), change.element())));
    return out;
  }

  private static void compareOpen(JsonNode before, ExposedEndpoint now, List<Change> changes) {
    CorsPolicy p = now.policy();
    set(before, "origins", p.origins(), "origin", PolicyAttribute.ORIGINS, now, changes);
    set(before, "originPatterns", p.originPatterns(), "origin pattern", PolicyAttribute.ORIGIN_PATTERNS, now, changes);
    set(before, "allowedHeaders", p.allowedHeaders(), "request header", PolicyAttribute.ALLOWED_HEADERS, now, changes);
    set(before, "exposedHeaders", p.exposedHeaders(), "exposed header", PolicyAttribute.EXPOSED_HEADERS, now, changes);
    set(before, "acceptedRisks", p.acceptedRisks(), "accepted risk", PolicyAttribute.ACCEPT_RISKS, now, changes);
    // Adding, removing or changing an origin source changes who may read the responses as much as an origin does.
    set(before, "originSource", p.originSource() == null ? List.of() : List.of(p.originSource()), "origin source",
        PolicyAttribute.ORIGIN_SOURCE, now, changes);
    if (before.path("credentials").asBoolean() != p.allowCredentials()) {
      changes.add(new Change(now.key() + ": credentials " + (p.allowCredentials() ? "allowed" : "no longer allowed"),
          site(now, PolicyAttribute.ALLOW_CREDENTIALS), now.element()));
    }
    if (before.path("privateNetwork").asBoolean() != p.allowPrivateNetwork()) {
      changes.add(new Change(now.key() + ": private network access " + (p.allowPrivateNetwork() ? "allowed" : "no longer allowed"),
          site(now, PolicyAttribute.ALLOW_PRIVATE_NETWORK), now.element()));
    }
    if (before.path("maxAge").asLong() != p.maxAge()) {
      changes.add(new Change(now.key() + ": max-age " + before.path("maxAge").asLong() + " -> " + p.maxAge(),
          site(now, PolicyAttribute.MAX_AGE), now.element()));
    }
  }

  private static void set(JsonNode before, String field, List<String> now, String what, PolicyAttribute attribute,
      ExposedEndpoint endpoint, List<Change> changes) {
    Set<String> was = new LinkedHashSet<>();
    before.path(field).forEach(value -> was.add(value.asText()));
    Set<String> is = new LinkedHashSet<>(now);
    for (String value : is) {
      if (!was.contains(value)) {
        changes.add(new Change(endpoint.key() + ": " + what + " \"" + value + "\" added", site(endpoint, attribute),
            endpoint.element()));
      }
    }
    for (String value : was) {
      if (!is.contains(value)) {
        changes.add(new Change(endpoint.key() + ": " + what + " \"" + value + "\" removed", site(endpoint, attribute),
            endpoint.element()));
      }
    }
  }

  /**
   * The annotation that wrote the attribute; where none did (the value is now the default), the
   * policy's most specific one, which no longer writes it.
   */
  private static ElementRef site(ExposedEndpoint endpoint, PolicyAttribute attribute) {
    return endpoint.writers().getOrDefault(attribute, endpoint.policySite());
  }

  private static String describe(CorsPolicy p) {
    List<String> to = new ArrayList<>(p.origins());
    to.addAll(p.originPatterns());
    if (p.originSource() != null) {
      to.add("origins from " + p.originSource());
    }
    return String.join(", ", to) + (p.allowCredentials() ? " with credentials" : "");
  }
}
