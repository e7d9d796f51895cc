/**
 * What applications implement or receive at run time: {@link
 * dev.crosscheck.runtime.spi.CorsDecisionListener}, listed in {@code
 * META-INF/services/dev.crosscheck.runtime.spi.CorsDecisionListener}, is told of each CORS
 * decision ({@link dev.crosscheck.runtime.spi.CorsDecision}, with a {@link
 * dev.crosscheck.runtime.spi.Refusal} when refused); {@link
 * dev.crosscheck.runtime.spi.CorsConfigurationException} stops a start whose configured values the
 * rulebook refuses. API under semantic versioning, like the annotations and {@link
 * dev.crosscheck.runtime.OriginSources}; the other packages of the runtime are internal (its
 * module exports none of them), except {@code dev.crosscheck.runtime.generated}, which only
 * generated code calls.
 */
package dev.crosscheck.runtime.spi;
