package dev.crosscheck.it.tomee;

import dev.crosscheck.it.extra.ExtraResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * An application that lists its classes and leaves Crosscheck's filter out: TomEE 9 then adds no
 * scanned provider to any application of the web application, so it has no CORS, which the start
 * must say.
 */
@ApplicationPath("api")
public class ListingShopApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(ExtraResource.class);
  }
}
