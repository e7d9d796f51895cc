/**
 * What applications call: {@link dev.crosscheck.runtime.OriginSources}, which puts a change to the
 * origins an {@code OriginSource} supplies in force at once. API under semantic versioning (see
 * {@code dev.crosscheck.runtime.spi} for the rest of it).
 */
package dev.crosscheck.runtime;
