package dev.crosscheck.runtime.internal.origin;

import java.util.Optional;

/** A string that is not a serialized origin, with why and, where it can be told, the form meant. */
public final class InvalidOriginException extends Exception {

  /** What kind of mistake, because each kind is its own rule. */
  public enum Kind {
    /** The string {@code null}, sent for opaque origins. */
    NULL,
    /** Contains {@code *}: a wildcard, which is not an origin. */
    WILDCARD,
    /** A scheme other than http or https. */
    SCHEME,
    /** Not written as browsers serialize origins. */
    NOT_CANONICAL
  }

  private final Kind kind;
  private final String problem;
  private final String canonical;

  InvalidOriginException(Kind kind, String problem, String canonical) {
    super(problem);
    this.kind = kind;
    this.problem = problem;
    this.canonical = canonical;
  }

  public Kind kind() {
    return kind;
  }

  /** What is wrong, as a phrase: "it has a trailing /". */
  public String problem() {
    return problem;
  }

  /** The canonical origin the author most likely meant, when there is one. */
  public Optional<String> canonical() {
    return Optional.ofNullable(canonical);
  }
}
