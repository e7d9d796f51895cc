package dev.crosscheck.runtime;

import dev.crosscheck.OriginSource;
import dev.crosscheck.runtime.internal.source.OriginSourceReader;

/**
 * What an application calls after it changes the origins an {@link OriginSource} supplies (a
 * partner added in the database, a tenant's domain verified), so that they are in force at once
 * rather than at the source's next scheduled read.
 */
public final class OriginSources {

  private OriginSources() {}

  /**
   * Reads every running instance of {@code source} in this application now, and returns once the
   * values read are in force (or once each read has failed or waited {@value
   * OriginSource#TIMEOUT_SECONDS} seconds, the values before staying in force, as the log says).
   *
   * @return how many instances were read: 0 where no policy of a started application names the source
   */
  public static int refresh(Class<? extends OriginSource> source) {
    return OriginSourceReader.refreshAll(source);
  }
}
