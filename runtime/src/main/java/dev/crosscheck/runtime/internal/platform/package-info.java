/**
 * What differs between runtimes and what else is on the class path: settings, MicroProfile Config,
 * other CORS layers, Quarkus's own CORS, and the generated filters a class loader lists. Internal.
 */
package dev.crosscheck.runtime.internal.platform;
