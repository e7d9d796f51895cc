package dev.crosscheck.runtime.internal.rules;

/** What a rule violation does to the build (and, for configured values, to the start-up). */
public enum Severity {
  /** Fails the build, or stops the application's start. */
  ERROR,
  /** Reported; the build goes on. Can be silenced per element with {@code @SuppressWarnings("CORSnnn")}. */
  WARNING
}
