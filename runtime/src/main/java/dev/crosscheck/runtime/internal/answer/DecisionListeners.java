package dev.crosscheck.runtime.internal.answer;

import dev.crosscheck.runtime.spi.CorsDecision;
import dev.crosscheck.runtime.spi.CorsDecisionListener;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The listeners the class path lists, told of each decision; none at all costs one check.
 *
 * <p>A listener never changes the answer. Whatever it throws, short of the virtual machine failing
 * ({@link VirtualMachineError}), is caught: a metrics jar missing at run time raises a {@link
 * NoClassDefFoundError}, and letting it through would turn every cross-origin response into a
 * {@code 500} after the resource method ran (a POST's effect done, the client told it failed). Its
 * first failure is logged at WARNING with the stack trace; later ones at DEBUG, so a listener that
 * fails on every request cannot flood the log.
 */
public final class DecisionListeners {

  private static final System.Logger LOG = System.getLogger("dev.crosscheck");
  private static final String OLD_SERVICE_FILE = "META-INF/services/dev.crosscheck.runtime.filter.CorsDecisionListener";

  private final CorsDecisionListener[] listeners;
  private final AtomicBoolean[] failedBefore;

  public DecisionListeners(List<CorsDecisionListener> listeners) {
    this.listeners = listeners.toArray(new CorsDecisionListener[0]);
    this.failedBefore = new AtomicBoolean[this.listeners.length];
    for (int i = 0; i < failedBefore.length; i++) {
      failedBefore[i] = new AtomicBoolean();
    }
  }

  /**
   * The listeners {@code META-INF/services/dev.crosscheck.runtime.spi.CorsDecisionListener} lists. A
   * file under the interface's name before 0.1.0 ({@code dev.crosscheck.runtime.filter}) loads
   * nothing, so it is named at start rather than leaving the metrics silently empty.
   */
  public static DecisionListeners load(ClassLoader loader) {
    try {
      for (URL old : Collections.list(loader.getResources(OLD_SERVICE_FILE))) {
        LOG.log(System.Logger.Level.WARNING, "Crosscheck: " + old + " lists decision listeners under the interface's"
            + " name before 0.1.0, so none of them is told of anything: rename the file to META-INF/services/"
            + CorsDecisionListener.class.getName() + " and import " + CorsDecisionListener.class.getName());
      }
    } catch (IOException unreadable) {
      // Only the warning is lost: ServiceLoader reads the current name on its own.
    }
    return new DecisionListeners(ServiceLoader.load(CorsDecisionListener.class, loader).stream()
        .map(ServiceLoader.Provider::get).toList());
  }

  public boolean any() {
    return listeners.length > 0;
  }

  public void tell(CorsDecision decision) {
    for (int i = 0; i < listeners.length; i++) {
      try {
        listeners[i].onDecision(decision);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        failed(i, e);
      }
    }
  }

  private void failed(int listener, Throwable e) {
    String name = listeners[listener].getClass().getName();
    if (failedBefore[listener].compareAndSet(false, true)) {
      LOG.log(System.Logger.Level.WARNING, "Crosscheck: the decision listener " + name + " failed (" + e
          + "); the request's answer is unchanged, and its later failures are logged at DEBUG", e);
    } else if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
      LOG.log(System.Logger.Level.DEBUG, "Crosscheck: the decision listener " + name + " failed again: " + e);
    }
  }
}
