package dev.crosscheck;

import java.time.Duration;
import java.util.Collection;

/**
 * Origins that change while the application runs (tenants' own domains, partners kept in a
 * database, preview deployments), named by {@link CrossOrigin#originSource()}. The application
 * writes the class; Crosscheck makes one instance per application (with its public no-argument
 * constructor), reads it when the application starts, again every {@link #refreshInterval()} and
 * whenever the application calls {@code dev.crosscheck.runtime.OriginSources.refresh}, and checks
 * every value with the rules that {@code @CrossOrigin} values pass at compile time.
 *
 * <p>A value that breaks a rule is refused and logged once, with its rule code and this class's
 * name, and never allowed; the other values stay in force. When {@link #origins()} throws, takes
 * longer than {@value #TIMEOUT_SECONDS} seconds or returns more than {@value #MAX_VALUES} values,
 * the set read before stays in force, and a warning says why. Requests never see a half-read set:
 * each read replaces the whole set at once.
 */
public interface OriginSource {

  /** The most values one read may return; a larger set is refused whole. */
  int MAX_VALUES = 100_000;

  /** How long one read may take before the set read before is kept. */
  int TIMEOUT_SECONDS = 10;

  /**
   * The origins and origin patterns allowed now, in addition to the policy's own {@link
   * CrossOrigin#origins()} and {@link CrossOrigin#originPatterns()}: each value a serialized
   * origin ({@code https://app.example.com}) or a pattern of the two forms {@link
   * CrossOrigin#originPatterns()} takes ({@code https://*.example.com}, {@code
   * http://localhost:*}). {@code "*"} and placeholders are refused. Runs on a thread of
   * Crosscheck's, never on a request's.
   *
   * @throws Exception when the values cannot be read now: the set read before stays in force
   */
  Collection<String> origins() throws Exception;

  /**
   * How long the values read stay in force before they are read again: from 1 second to 1 day.
   *
   * <p>Default: one minute.
   */
  default Duration refreshInterval() {
    return Duration.ofMinutes(1);
  }
}
