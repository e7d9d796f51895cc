package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** The default http port written out on a loopback origin. */
@Path("dev")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "http://localhost:80" // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class DevResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
