package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Port 0 is never sent. */
@Path("gateway")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "https://gateway.example.com:0" // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class GatewayResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
