package dev.crosscheck.it.deployment;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/** A second application of the module, with its own resource on {@code twin}. */
public class OtherApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(OtherTwinResource.class);
  }
}
