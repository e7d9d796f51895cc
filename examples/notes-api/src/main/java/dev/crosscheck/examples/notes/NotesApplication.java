package dev.crosscheck.examples.notes;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The API. No filter is registered here: the one Crosscheck generated deploys itself. */
public class NotesApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(StatsResource.class, SessionResource.class, NotesResource.class, PartnersResource.class,
        PartnerAdminResource.class);
  }
}
