package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** "null" added so that the sandboxed preview iframe can call the API. */
@Path("preview")
@CrossOrigin(
    origins = {
      "https://app.example.com",
      "null" // expect: CORS004
    })
public class PreviewResource {
  @GET
  public String render() {
    return "<p></p>";
  }
}
