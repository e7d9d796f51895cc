package dev.crosscheck.it.deployment;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * Deploys both resources on {@code twin}: the runtime tells them apart by media type, a preflight
 * cannot tell their policies apart.
 */
public class ConflictingApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(TwinResource.class, OtherTwinResource.class);
  }
}
