package dev.crosscheck.runtime.generated;

import dev.crosscheck.runtime.spi.CorsConfigurationException;
import dev.crosscheck.runtime.internal.contract.GeneratedCodeVersions;

/**
 * The version of the contract between generated code and this runtime, and its check.
 *
 * <p>Version 1: the generated filter implements the Jakarta REST contracts itself, carries {@link
 * CrosscheckGenerated}, and reaches the runtime only through this package: {@link
 * GeneratedFilterSupport}, {@link GeneratedFeatureSupport}, {@link GeneratedTable}, {@link
 * GeneratedPolicy}. Code generated before there was a contract (crosscheck-processor
 * 0.1.0-SNAPSHOT until this contract, "version 0") is recognized and refused with the fix.
 */
public final class Contract {

  /**
   * The contract version this runtime writes, and reads up to. A constant for the processor, which
   * reads it at compile time to refuse a runtime that cannot run what it generates; generated code
   * writes its own version rather than refer to this.
   */
  public static final int VERSION = GeneratedCodeVersions.VERSION;
  /** The oldest contract version this runtime reads; a constant for the processor too. */
  public static final int OLDEST_READ = GeneratedCodeVersions.OLDEST_READ;

  private Contract() {}

  /** The contract version this runtime writes, and reads up to. */
  public static int version() {
    return GeneratedCodeVersions.VERSION;
  }

  /** This crosscheck-runtime's version. */
  public static String runtimeVersion() {
    return GeneratedCodeVersions.runtimeVersion();
  }

  /**
   * Stops the start, with both versions and the fix, unless this runtime reads code generated for
   * {@code contract}. The first thing generated code calls in this package; its signature never
   * changes.
   *
   * @param contract the version the code was generated for
   * @param processorVersion the crosscheck-processor that generated it
   * @param generated the generated class, for the message
   * @throws CorsConfigurationException on a mismatch
   */
  public static void require(int contract, String processorVersion, Class<?> generated) {
    GeneratedCodeVersions.require(contract, processorVersion, generated.getName());
  }
}
