package dev.crosscheck.it.layers;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Two CORS layers beside Crosscheck: one writing after its old place, one echoing origins. */
public class LayeredApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(LayeredResource.class, UngovernedResource.class, StarLayer.class, EchoLayer.class);
  }
}
