package dev.crosscheck.examples.notes;

import dev.crosscheck.OriginSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;

/**
 * The origins {@link PartnersResource} allows besides its own: the partners table, read again
 * every 30 seconds, and at once when {@link PartnerAdminResource} changes it. Crosscheck checks
 * each value read with the policy's rules: an {@code http://} origin typed into the table is
 * refused (the policy sends credentials) and logged, and the other partners keep working.
 */
public final class PartnerOrigins implements OriginSource {

  @Override
  public Collection<String> origins() throws SQLException {
    return PartnerDirectory.origins();
  }

  @Override
  public Duration refreshInterval() {
    return Duration.ofSeconds(30);
  }
}
