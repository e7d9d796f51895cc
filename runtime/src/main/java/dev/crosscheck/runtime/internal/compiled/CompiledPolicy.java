package dev.crosscheck.runtime.internal.compiled;

import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.internal.source.SourcedOrigins;
import java.util.ArrayList;
import java.util.List;

/**
 * A checked, resolved policy turned into what requests need: matchers and every header value as a
 * ready string. Immutable, shared by all routes with the same policy.
 */
public final class CompiledPolicy {

  public final OriginAllowlist origins;
  public final AllowedRequestHeaders requestHeaders;
  public final boolean allowCredentials;
  public final boolean allowPrivateNetwork;
  /** {@code Access-Control-Allow-Headers}, or null when only safelisted headers are allowed. */
  public final String allowHeaders;
  /** {@code Access-Control-Expose-Headers}, or null. */
  public final String exposeHeaders;
  /** {@code Access-Control-Max-Age}, or null when not sent. */
  public final String maxAge;
  /**
   * Whether the answer depends on the Origin: every policy but a public {@code "*"} one without
   * credentials, which answers {@code *} to everyone and so needs no {@code Vary}.
   */
  public final boolean variesByOrigin;

  public CompiledPolicy(CorsPolicy policy) {
    this(policy, null);
  }

  /** @param sourced the origins its origin source supplies now, or null where it names none */
  public CompiledPolicy(CorsPolicy policy, SourcedOrigins sourced) {
    this.origins = new OriginAllowlist(policy.origins(), policy.originPatterns(), sourced);
    this.requestHeaders = new AllowedRequestHeaders(policy.allowedHeaders());
    this.allowCredentials = policy.allowCredentials();
    this.allowPrivateNetwork = policy.allowPrivateNetwork();
    this.allowHeaders = policy.allowedHeaders().isEmpty() ? null : String.join(", ", orderedForAnswer(policy.allowedHeaders()));
    this.exposeHeaders = policy.exposedHeaders().isEmpty() ? null : String.join(", ", policy.exposedHeaders());
    this.maxAge = policy.maxAge() == CorsPolicy.MAX_AGE_NOT_SENT ? null : Long.toString(policy.maxAge());
    this.variesByOrigin = !(origins.isAnyOrigin() && !allowCredentials);
  }

  /** {@code *} first, so the answer reads as "any header, and these too". */
  private static List<String> orderedForAnswer(List<String> headers) {
    List<String> ordered = new ArrayList<>();
    if (headers.contains("*")) {
      ordered.add("*");
    }
    headers.stream().filter(h -> !h.equals("*")).forEach(ordered::add);
    return ordered;
  }

  /** The {@code Access-Control-Allow-Origin} for an allowed origin: {@code *} for a public policy, else the origin byte for byte. */
  public String allowOrigin(String origin) {
    return variesByOrigin ? origin : "*";
  }
}
