package dev.crosscheck.runtime.internal.policy;

/** An entry that contains <code>${</code> but is not a well-formed placeholder, with why. */
public final class InvalidPlaceholderException extends Exception {

  public InvalidPlaceholderException(String problem) {
    super(problem);
  }

  public String problem() {
    return getMessage();
  }
}
