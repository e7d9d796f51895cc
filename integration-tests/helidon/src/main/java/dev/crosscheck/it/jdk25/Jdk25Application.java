package dev.crosscheck.it.jdk25;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Deploys the resource this module compiles with JDK 25. */
public class Jdk25Application extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(RecordsResource.class);
  }
}
