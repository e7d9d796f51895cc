package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A placeholder whose default is a comma-separated list of good origins. */
@Path("status")
@CrossOrigin(origins = "${CORS_ORIGINS:https://app.example.com, https://admin.example.com}")
public class StatusResource {
  @GET
  public String status() {
    return "ok";
  }
}
