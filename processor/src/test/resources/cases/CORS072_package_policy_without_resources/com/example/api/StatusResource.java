package com.example.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("status")
public class StatusResource {
  @GET
  public String get() {
    return "ok";
  }
}
