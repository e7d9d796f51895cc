package dev.crosscheck.runtime.internal.answer;

import dev.crosscheck.runtime.internal.compiled.CompiledPolicy;
import dev.crosscheck.runtime.internal.match.ResourcePath;
import dev.crosscheck.runtime.internal.match.RouteTable;
import dev.crosscheck.runtime.internal.route.Route;
import dev.crosscheck.runtime.internal.path.InvalidTemplateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The route table preflights are answered from, built once the runtime has said what the
 * application deploys: the routes of the root resources it deploys (every route where it lists
 * none, as a scanned application does), never a policy on routes through a locator that may
 * return a subclass with a policy of its own.
 *
 * <p>Until then there is no table, and no preflight is granted: a resource compiled beside the
 * application but not deployed may carry a credentialed policy on a path a deployed resource
 * serves, and a browser caches a grant for the policy's max-age. Runtimes say it by injecting the
 * {@code Application} into the filter; RESTEasy does so at the filter's first use, on the first
 * request's thread, while other first requests may already be running the filter. Those wait for
 * the table, at most {@link #WAIT_SECONDS} seconds; a runtime that never says refuses every
 * preflight, and a warning says why.
 */
public final class PreflightTable {

  private static final System.Logger LOG = System.getLogger("dev.crosscheck");

  /** How long a preflight waits for the runtime to say what it deploys, the first time. */
  public static final long WAIT_SECONDS = 5;

  private final CountDownLatch deploymentKnown = new CountDownLatch(1);
  private volatile RouteTable table;
  /** Set once a preflight waited in vain: later ones do not wait. */
  private volatile boolean gaveUp;

  /**
   * A request's raw path, matched from {@code from} on (below the application's base); see {@link
   * RouteTable#match(String, String)}. {@link ResourcePath#DEPLOYMENT_UNKNOWN} while the runtime
   * has not said what it deploys.
   */
  public ResourcePath match(String requestPath, int from, String method) {
    RouteTable current = table;
    if (current == null) {
      current = awaitDeployment();
      if (current == null) {
        return ResourcePath.DEPLOYMENT_UNKNOWN;
      }
    }
    return current.match(requestPath, from, method);
  }

  /** As {@link #match}, without waiting: null while the runtime has not said what it deploys. */
  public ResourcePath matchIfDeployed(String requestPath, int from, String method) {
    RouteTable current = table;
    return current == null ? null : current.match(requestPath, from, method);
  }

  private RouteTable awaitDeployment() {
    if (!gaveUp) {
      try {
        if (deploymentKnown.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
          return table;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      if (!gaveUp) {
        gaveUp = true;
        LOG.log(System.Logger.Level.WARNING, "Crosscheck: the runtime has not said which Application it serves (by"
            + " injecting it into the filter, @Context) " + WAIT_SECONDS + " s after a preflight arrived, so every"
            + " preflight is refused (deployment-unknown) until it does: a resource compiled beside the application"
            + " but not deployed must not lend its policy to a path the application serves");
      }
    }
    return table;
  }

  /**
   * Builds the table of the routes of these root classes (all of them when the set is empty),
   * without a policy on the routes that reach {@code polymorphic} classes through a locator.
   *
   * @return how many routes it holds
   */
  public synchronized int deploy(List<Route> routes, Set<String> deployedRoots, Set<String> polymorphic,
      Function<Route, CompiledPolicy> compile) throws InvalidTemplateException {
    List<Route> kept = new ArrayList<>();
    for (Route route : routes) {
      if (deployedRoots.isEmpty() || deployedRoots.contains(route.rootClass())) {
        kept.add(route);
      }
    }
    table = new RouteTable(kept, compile, route -> route.policy() != null && !route.locatorTemplates().isEmpty()
        && polymorphic.contains(route.resourceClass()));
    deploymentKnown.countDown();
    return kept.size();
  }
}
