package dev.crosscheck.runtime.internal.policy;

/**
 * The attributes of a CORS policy, named as in {@code @CrossOrigin}, so that a rule violation can
 * point at the value that caused it.
 */
public enum PolicyAttribute {
  ORIGINS("origins"),
  ORIGIN_PATTERNS("originPatterns"),
  METHODS("methods"),
  ALLOWED_HEADERS("allowedHeaders"),
  EXPOSED_HEADERS("exposedHeaders"),
  ALLOW_CREDENTIALS("allowCredentials"),
  MAX_AGE("maxAge"),
  ALLOW_PRIVATE_NETWORK("allowPrivateNetwork"),
  ACCEPT_RISKS("acceptRisks"),
  ORIGIN_SOURCE("originSource");

  private final String annotationName;

  PolicyAttribute(String annotationName) {
    this.annotationName = annotationName;
  }

  /** The name of the attribute in {@code @CrossOrigin}. */
  public String annotationName() {
    return annotationName;
  }

  public static PolicyAttribute forAnnotationName(String name) {
    for (PolicyAttribute attribute : values()) {
      if (attribute.annotationName.equals(name)) {
        return attribute;
      }
    }
    throw new IllegalArgumentException("not a @CrossOrigin attribute: " + name);
  }
}
