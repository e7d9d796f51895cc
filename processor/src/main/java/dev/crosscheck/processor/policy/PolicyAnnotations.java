package dev.crosscheck.processor.policy;

/** The names of Crosscheck's own annotations, read by name like every other annotation. */
public final class PolicyAnnotations {
  public static final String CROSS_ORIGIN = "dev.crosscheck.CrossOrigin";
  public static final String NO_CROSS_ORIGIN = "dev.crosscheck.NoCrossOrigin";

  private PolicyAnnotations() {}
}
