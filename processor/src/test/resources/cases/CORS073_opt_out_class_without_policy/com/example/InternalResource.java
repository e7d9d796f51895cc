package com.example;

import dev.crosscheck.NoCrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** No package policy exists, so the class-level opt-out is dead. */
@Path("internal")
@NoCrossOrigin // expect: CORS073
public class InternalResource {
  @GET
  public String stats() {
    return "{}";
  }
}
