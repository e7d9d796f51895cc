package dev.crosscheck.runtime.internal.origin;

/** A string that is not one of the two origin pattern forms, with why. */
public final class InvalidPatternException extends Exception {

  public InvalidPatternException(String problem) {
    super(problem);
  }

  /** What is wrong, as a phrase: "the wildcard is not the whole first label". */
  public String problem() {
    return getMessage();
  }
}
