package dev.crosscheck.runtime.filter;

import dev.crosscheck.runtime.internal.contract.GeneratedCodeVersions;
import jakarta.ws.rs.core.FeatureContext;
import java.util.function.Supplier;

/**
 * What a feature generated before the generated-code contract (contract 0) registered its filter
 * with: refused, with the fix. Kept so that such a feature reports the mismatch instead of failing
 * to link.
 *
 * @deprecated generated code of contract 1 calls {@code GeneratedFeatureSupport.registerOnce}
 */
@Deprecated
public final class CrosscheckFeatureSupport {

  private CrosscheckFeatureSupport() {}

  /** Refuses the filter {@code filter} makes, naming it and the fix. */
  public static boolean registerOnce(FeatureContext context, Supplier<? extends CrosscheckFilter> filter) {
    // Making the filter refuses it already, naming its table; this names the filter otherwise.
    CrosscheckFilter earlier = filter.get();
    throw GeneratedCodeVersions.olderThanRead(earlier.getClass().getName(), GeneratedCodeVersions.BEFORE_THE_CONTRACT);
  }
}
