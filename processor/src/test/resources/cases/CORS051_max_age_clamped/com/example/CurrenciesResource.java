package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Above Chromium's two-hour cap: silently clamped. */
@Path("currencies")
@CrossOrigin(
    origins = "https://app.example.com",
    maxAge = 10000) // expect: CORS051 at 10000
public class CurrenciesResource {
  @GET
  public String list() {
    return "[]";
  }
}
