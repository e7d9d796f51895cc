package dev.crosscheck.processor.policy;

/** The names of Crosscheck's own annotations, read by name like every other annotation. */
public final class PolicyAnnotations {
  public static final String CROSS_ORIGIN = "dev.crosscheck.CrossOrigin";
  public static final String NO_CROSS_ORIGIN = "dev.crosscheck.NoCrossOrigin";
  /** The interface an origin source implements; named as {@code originSource}, it means none. */
  public static final String ORIGIN_SOURCE = "dev.crosscheck.OriginSource";

  private PolicyAnnotations() {}
}
