package com.example.unsafe;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** A cookie-authenticated endpoint opened to every site, the first row of every "mistakes" table. */
@Path("profile")
@CrossOrigin(
    origins = "*",
    allowCredentials = true,
    allowedHeaders = "*")
public class ProfileResource {

  @GET
  public String get() {
    return "{\"name\":\"Ada\"}";
  }

  /** Mixed-case method names never match what browsers send. */
  @PUT
  @CrossOrigin(methods = "put")
  public void update(String body) {}
}
