package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A narrower pattern under a wider one. */
@Path("widgets")
@CrossOrigin(
    originPatterns = {
      "https://*.example.com",
      "https://*.eu.example.com" // expect: CORS009
    })
public class WidgetResource {
  @GET
  public String list() {
    return "[]";
  }
}
