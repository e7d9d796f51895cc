package com.example;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.NoCrossOrigin;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Cross-origin reads are fine, but closing an account must come from the same origin. */
@Path("accounts")
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true)
public class AccountsApiResource {
  @GET
  @Path("{id}")
  public String get(@PathParam("id") String id) {
    return "{}";
  }

  @DELETE
  @Path("{id}")
  @NoCrossOrigin
  public void close(@PathParam("id") String id) {}
}
