package dev.crosscheck.it.source;

import dev.crosscheck.OriginSource;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The partners' origins, as an application keeps them in a table: here a list that {@link
 * PartnersResource}'s administration methods change, as an administrator's form would.
 */
public final class PartnerOrigins implements OriginSource {

  static final List<String> ORIGINS = new CopyOnWriteArrayList<>();

  @Override
  public Collection<String> origins() {
    return List.copyOf(ORIGINS);
  }
}
