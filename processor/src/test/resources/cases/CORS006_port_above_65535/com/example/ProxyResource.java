package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** A port that does not exist. */
@Path("proxy")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "https://proxy.example.com:65536" // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class ProxyResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
