package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Public fonts: "*" already allows the app's own origin. */
@Path("fonts")
@CrossOrigin(
    origins = {
      "*",
      "https://app.example.com" // expect: CORS009
    })
public class FontsResource {
  @GET
  public String list() {
    return "[]";
  }
}
