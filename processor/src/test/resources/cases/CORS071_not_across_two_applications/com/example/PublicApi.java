package com.example;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

@ApplicationPath("api")
public class PublicApi extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(PublicOrdersResource.class);
  }
}
