package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A deliberate opt-out: every GitHub Pages site of the organisation's users may sign in. */
@Path("pages")
@CrossOrigin(
    originPatterns = "https://*.github.io",
    allowCredentials = true,
    acceptRisks = CrossOrigin.Risk.PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS)
public class PagesResource {
  @GET
  public String me() {
    return "{}";
  }
}
