package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("items")
public class Resource {
  @GET
  @CrossOrigin(origins = "*", allowCredentials = true) // expect: CORS002 at "*"
  public String list() {
    return "[]";
  }
}
