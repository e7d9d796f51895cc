package dev.crosscheck.runtime.filter;

/**
 * The engine type a filter generated before the generated-code contract (contract 0) holds. Kept
 * only so that such a filter loads: {@link CorsEngineFactory#start} refuses it before any engine
 * exists.
 *
 * @deprecated for code generated before the contract only
 */
@Deprecated
public final class CorsEngine {

  private CorsEngine() {}
}
