package dev.crosscheck.processor.jaxrs;

/** A type the resource model depends on is not resolved yet; another round may generate it. */
public final class UnresolvedTypeException extends Exception {
  public UnresolvedTypeException(String message) {
    super(message, null, false, false);
  }
}
