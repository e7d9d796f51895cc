package dev.crosscheck.runtime.internal.path;

/** A {@code @Path} value that is not a well-formed template. */
public final class InvalidTemplateException extends Exception {
  public InvalidTemplateException(String message) {
    super(message);
  }
}
