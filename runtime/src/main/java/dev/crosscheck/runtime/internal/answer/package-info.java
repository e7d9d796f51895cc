/**
 * What one request gets: a preflight's answer from the preflight table, an actual response's
 * headers from the response filter bound to its method, a <b>refusal</b> where it gets no grant
 * ({@link dev.crosscheck.runtime.spi.Refusal}), and the listeners told of each decision. Internal.
 */
package dev.crosscheck.runtime.internal.answer;
