package com.example;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.NoCrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("admin")
@CrossOrigin(origins = "https://app.example.com")
public class AdminResource {
  @GET
  public String overview() {
    return "{}";
  }

  /** Both annotations on one method: which one was meant? */
  @GET
  @Path("users")
  @CrossOrigin(origins = "https://admin.example.com") // expect: CORS074
  @NoCrossOrigin
  public String users() {
    return "[]";
  }
}
