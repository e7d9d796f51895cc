package dev.crosscheck.runtime.generated;

import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import java.util.List;

/**
 * A policy as generated code writes it: by name, attribute by attribute, so that an attribute
 * added in a later contract version is a new method here (with the annotation's default for code
 * that does not call it), never a changed constructor.
 *
 * <pre>{@code
 * GeneratedPolicy.builder()
 *     .origins("https://app.example.com")
 *     .allowCredentials(true)
 *     .maxAge(600L)
 *     .build()
 * }</pre>
 */
public final class GeneratedPolicy {

  private final CorsPolicy policy;

  private GeneratedPolicy(CorsPolicy policy) {
    this.policy = policy;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The runtime's own model of it: for the runtime, not for generated code. */
  public CorsPolicy policy() {
    return policy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeneratedPolicy other && other.policy.equals(policy);
  }

  @Override
  public int hashCode() {
    return policy.hashCode();
  }

  @Override
  public String toString() {
    return policy.toString();
  }

  /** Starts from the defaults of {@code @CrossOrigin}; each method sets one attribute. */
  public static final class Builder {
    private List<String> origins = List.of();
    private List<String> originPatterns = List.of();
    private List<String> methods = List.of();
    private List<String> allowedHeaders = List.of();
    private List<String> exposedHeaders = List.of();
    private boolean allowCredentials;
    private long maxAge = CorsPolicy.DEFAULT_MAX_AGE;
    private boolean allowPrivateNetwork;
    private List<String> acceptedRisks = List.of();
    private String originSource;

    private Builder() {}

    public Builder origins(String... values) {
      origins = List.of(values);
      return this;
    }

    public Builder originPatterns(String... values) {
      originPatterns = List.of(values);
      return this;
    }

    public Builder methods(String... values) {
      methods = List.of(values);
      return this;
    }

    public Builder allowedHeaders(String... values) {
      allowedHeaders = List.of(values);
      return this;
    }

    public Builder exposedHeaders(String... values) {
      exposedHeaders = List.of(values);
      return this;
    }

    public Builder allowCredentials(boolean value) {
      allowCredentials = value;
      return this;
    }

    /** Seconds, or -1 for no {@code Access-Control-Max-Age} header. */
    public Builder maxAge(long seconds) {
      maxAge = seconds;
      return this;
    }

    public Builder allowPrivateNetwork(boolean value) {
      allowPrivateNetwork = value;
      return this;
    }

    /** Names of {@code CrossOrigin.Risk} constants. */
    public Builder acceptedRisks(String... values) {
      acceptedRisks = List.of(values);
      return this;
    }

    /**
     * The binary name of the policy's {@code OriginSource} class. Contract version 2: code of
     * version 1 never calls it.
     */
    public Builder originSource(String className) {
      originSource = className;
      return this;
    }

    public GeneratedPolicy build() {
      return new GeneratedPolicy(new CorsPolicy(origins, originPatterns, methods, allowedHeaders, exposedHeaders,
          allowCredentials, maxAge, allowPrivateNetwork, acceptedRisks, originSource));
    }
  }
}
