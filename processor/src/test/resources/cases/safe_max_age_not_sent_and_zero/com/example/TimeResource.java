package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** -1 leaves the header out; 0 tells the browser not to cache. */
@Path("time")
@CrossOrigin(origins = "https://app.example.com", maxAge = CrossOrigin.MAX_AGE_NOT_SENT)
public class TimeResource {
  @GET
  public String now() {
    return "{}";
  }

  @GET
  @Path("zone")
  @CrossOrigin(maxAge = 0)
  public String zone() {
    return "UTC";
  }

  @GET
  @Path("offset")
  @CrossOrigin(maxAge = -1)
  public String offset() {
    return "+00:00";
  }

  @GET
  @Path("leap")
  @CrossOrigin(maxAge = 7200)
  public String leap() {
    return "[]";
  }
}
