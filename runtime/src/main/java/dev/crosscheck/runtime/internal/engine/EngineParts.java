package dev.crosscheck.runtime.internal.engine;

import dev.crosscheck.runtime.internal.answer.DecisionListeners;
import dev.crosscheck.runtime.internal.answer.OneCorsLayer;
import dev.crosscheck.runtime.internal.answer.Refusals;
import dev.crosscheck.runtime.internal.compiled.CompiledPolicy;
import dev.crosscheck.runtime.internal.route.Route;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What an engine is built from, once per deployment: the routes of every table the class loader
 * sees (less the rows whose classes are gone), their policies resolved, checked and compiled, the
 * response filters the runtime binds, and the settings read at start.
 *
 * @param routes every route that may be deployed; the preflight table keeps those the
 *     application deploys
 * @param compile the compiled policy of a route's policy
 * @param polymorphic resource classes that a locator declares it returns and that have a subclass
 *     with a policy of its own in another compilation: no preflight through those locators is granted
 * @param deploysEveryRoute whether the runtime deploys every route of the table and never says
 *     which application it serves (Quarkus REST: its build deploys every resource it indexes, and
 *     it injects no {@code Application} into the filter), so the preflight table holds them all
 *     from the start
 * @param layers where another CORS layer's headers on a governed route are replaced and said
 */
public record EngineParts(List<Route> routes, Function<Route, CompiledPolicy> compile, ResponseBindings bindings,
    Response.Status preflightStatus, Refusals refusals, DecisionListeners listeners, Set<String> polymorphic,
    boolean deploysEveryRoute, OneCorsLayer layers) {}
