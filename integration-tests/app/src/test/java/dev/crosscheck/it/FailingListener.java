package dev.crosscheck.it;

import dev.crosscheck.runtime.spi.CorsDecision;
import dev.crosscheck.runtime.spi.CorsDecisionListener;

/**
 * A listener as a broken metrics set-up makes one (META-INF/services of the test classes): when a
 * test arms it, it throws what a metrics jar missing at run time throws. Unarmed, it does nothing.
 */
public final class FailingListener implements CorsDecisionListener {

  static volatile boolean armed;

  @Override
  public void onDecision(CorsDecision decision) {
    if (armed) {
      throw new NoClassDefFoundError("io/micrometer/core/instrument/Metrics");
    }
  }
}
