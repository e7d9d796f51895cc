/**
 * What applications implement or receive at run time: {@link
 * dev.crosscheck.runtime.spi.CorsDecisionListener}, listed in {@code
 * META-INF/services/dev.crosscheck.runtime.spi.CorsDecisionListener}, is told of each CORS
 * decision ({@link dev.crosscheck.runtime.spi.CorsDecision}, with a {@link
 * dev.crosscheck.runtime.spi.Refusal} when refused). API under semantic versioning, like the
 * annotations, {@link dev.crosscheck.runtime.OriginSources} and {@link
 * dev.crosscheck.runtime.config.CorsConfigurationException}; the other packages of the runtime
 * are internal, except {@code dev.crosscheck.runtime.generated}, which only generated code calls.
 */
package dev.crosscheck.runtime.spi;
