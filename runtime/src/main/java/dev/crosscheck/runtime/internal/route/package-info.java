/**
 * The table's model: a <b>route</b> is an HTTP method and a template (root, locators, method) that
 * reach one Java method ({@link dev.crosscheck.runtime.internal.route.Route}), with its <b>policy</b>
 * or why it is <b>closed</b> ({@link dev.crosscheck.runtime.internal.route.Route.Closed}: no policy,
 * opted out, left out by its policy's methods). A <b>table</b> is the routes of one compilation, as
 * the processor writes them into the generated filter (one text line a route, {@link
 * dev.crosscheck.runtime.internal.route.RouteRows}) and the runtime gathers them ({@link
 * dev.crosscheck.runtime.internal.route.CompilationTable}). Internal.
 *
 * <p>The runtime's packages, in the order a request meets them: {@code route} (what the build
 * wrote), {@code compiled} (a policy made ready to answer), {@code match} (which routes a request
 * path reaches, as the runtimes match), {@code answer} (the headers and refusals of one request),
 * {@code engine} (the whole, started by generated code and bound to the runtime), {@code
 * platform} (what differs between runtimes and what else is on the class path).
 */
package dev.crosscheck.runtime.internal.route;
