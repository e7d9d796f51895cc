/**
 * The running filter: the engine generated code starts, the table preflights are answered from,
 * and the response filters bound to resource methods. Internal.
 *
 * <p>One word a concept, from the processor's model on:
 *
 * <ul>
 *   <li><b>route</b>: an HTTP method and a template (root, locators, method) that reach one Java
 *       method ({@link dev.crosscheck.runtime.filter.Route}); its <b>policy</b>, or why it is
 *       <b>closed</b> ({@link dev.crosscheck.runtime.filter.Route.Closed}: no policy, opted out,
 *       left out by its policy's methods);
 *   <li><b>table</b>: the routes of one compilation, as the processor writes them into the
 *       generated filter (one text line a route, {@link dev.crosscheck.runtime.filter.RouteRows});
 *       the <b>preflight table</b> ({@link dev.crosscheck.runtime.filter.RouteTable}) is the
 *       deployed routes of every table, matched the way the runtimes match;
 *   <li><b>refusal</b>: why a request gets no grant ({@link dev.crosscheck.runtime.spi.Refusal});
 *   <li><b>binding</b>: the response filter the runtime binds to one resource method with a policy.
 * </ul>
 */
package dev.crosscheck.runtime.filter;
