package dev.crosscheck.runtime.filter;

import dev.crosscheck.runtime.internal.contract.GeneratedCodeVersions;

/**
 * Where a filter generated before the generated-code contract (contract 0) started its engine:
 * refused, with the fix. Kept so that such a filter reports the mismatch instead of failing to link.
 *
 * @deprecated generated code of contract 1 starts through {@code GeneratedFilterSupport}
 */
@Deprecated
public final class CorsEngineFactory {

  private CorsEngineFactory() {}

  /** Refuses the filter that {@code own} belongs to, naming it and the fix. */
  public static CorsEngine start(CorsRouteSource own, ClassLoader loader) {
    Class<?> generated = own.getClass().getEnclosingClass() != null ? own.getClass().getEnclosingClass() : own.getClass();
    throw GeneratedCodeVersions.olderThanRead(generated.getName(), GeneratedCodeVersions.BEFORE_THE_CONTRACT);
  }
}
