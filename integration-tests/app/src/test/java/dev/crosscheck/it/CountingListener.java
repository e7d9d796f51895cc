package dev.crosscheck.it;

import dev.crosscheck.runtime.spi.CorsDecision;
import dev.crosscheck.runtime.spi.CorsDecisionListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A decision listener as an application lists one (META-INF/services of the test classes): it
 * records what it is told, as a metrics listener would count it.
 */
public final class CountingListener implements CorsDecisionListener {

  static final List<CorsDecision> DECISIONS = new CopyOnWriteArrayList<>();

  @Override
  public void onDecision(CorsDecision decision) {
    DECISIONS.add(decision);
  }
}
