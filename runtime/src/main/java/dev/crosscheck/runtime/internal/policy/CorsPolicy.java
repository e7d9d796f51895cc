package dev.crosscheck.runtime.internal.policy;

import java.util.List;

/**
 * One CORS policy as written: the values of a merged {@code @CrossOrigin}, unchecked and
 * unresolved ({@code ${...}} placeholders are still in {@link #origins()} and {@link
 * #originPatterns()}).
 *
 * <p>The processor builds it from annotations, the generated filter from constants; the rule
 * engine ({@link dev.crosscheck.runtime.internal.rules.PolicyRules}) checks it in both places.
 *
 * @param maxAge seconds, or {@link #MAX_AGE_NOT_SENT}
 * @param acceptedRisks names of {@code CrossOrigin.Risk} constants, each lifting one rule
 * @param originSource the binary name of the {@code OriginSource} class that supplies more origins
 *     while the application runs, or null
 */
public record CorsPolicy(
    List<String> origins,
    List<String> originPatterns,
    List<String> methods,
    List<String> allowedHeaders,
    List<String> exposedHeaders,
    boolean allowCredentials,
    long maxAge,
    boolean allowPrivateNetwork,
    List<String> acceptedRisks,
    String originSource) {

  /** Mirrors {@code CrossOrigin.MAX_AGE_NOT_SENT}. */
  public static final long MAX_AGE_NOT_SENT = -1;

  /** Mirrors {@code CrossOrigin.DEFAULT_MAX_AGE}. */
  public static final long DEFAULT_MAX_AGE = 1800;

  /** A policy without an origin source. */
  public CorsPolicy(List<String> origins, List<String> originPatterns, List<String> methods, List<String> allowedHeaders,
      List<String> exposedHeaders, boolean allowCredentials, long maxAge, boolean allowPrivateNetwork,
      List<String> acceptedRisks) {
    this(origins, originPatterns, methods, allowedHeaders, exposedHeaders, allowCredentials, maxAge, allowPrivateNetwork,
        acceptedRisks, null);
  }

  /** This policy with other origins and patterns, its origin source left out. */
  public CorsPolicy withOrigins(List<String> newOrigins, List<String> newPatterns) {
    return new CorsPolicy(newOrigins, newPatterns, methods, allowedHeaders, exposedHeaders, allowCredentials, maxAge,
        allowPrivateNetwork, acceptedRisks, null);
  }

  public CorsPolicy {
    origins = List.copyOf(origins);
    originPatterns = List.copyOf(originPatterns);
    methods = List.copyOf(methods);
    allowedHeaders = List.copyOf(allowedHeaders);
    exposedHeaders = List.copyOf(exposedHeaders);
    acceptedRisks = List.copyOf(acceptedRisks);
  }

  /** The value of a list attribute. */
  public List<String> list(PolicyAttribute attribute) {
    return switch (attribute) {
      case ORIGINS -> origins;
      case ORIGIN_PATTERNS -> originPatterns;
      case METHODS -> methods;
      case ALLOWED_HEADERS -> allowedHeaders;
      case EXPOSED_HEADERS -> exposedHeaders;
      case ACCEPT_RISKS -> acceptedRisks;
      default -> throw new IllegalArgumentException(attribute + " is not a list of strings");
    };
  }
}
