package com.example;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Under Quarkus REST, what getClasses returns is all it deploys: the generated filter is missing. */
public class NotesApplication extends Application {
  public Set<Class<?>> getClasses() { // expect: CORS080 at getClasses
    return Set.of(NotesResource.class);
  }
}
