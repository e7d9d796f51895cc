package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Any port of localhost, for front-end dev servers whose port changes. */
@Path("devtools")
@CrossOrigin(originPatterns = "http://localhost:*", allowCredentials = true)
public class DevToolsResource {
  @GET
  public String config() {
    return "{}";
  }
}
