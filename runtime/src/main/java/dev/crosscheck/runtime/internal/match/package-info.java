/**
 * Which routes a request path reaches, the way Jakarta REST runtimes match, before the runtime
 * has matched it: the <b>preflight table</b> ({@link dev.crosscheck.runtime.internal.match.RouteTable})
 * of the deployed routes of every table, and where the supported runtimes would disagree, an
 * ambiguous answer. Internal.
 */
package dev.crosscheck.runtime.internal.match;
