package dev.crosscheck.it;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The application under test. It registers no filter: Crosscheck deploys itself. */
public class ItApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        PublicResource.class,
        NotesResource.class,
        ItemsResource.class,
        FilesResource.class,
        ConfiguredResource.class,
        IntranetResource.class,
        PlainResource.class);
  }
}
