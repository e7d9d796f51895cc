package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Any GitHub Pages site may read credentialed responses. */
@Path("docs")
@CrossOrigin(
    origins = "https://www.example.com",
    originPatterns = {
      "https://*.github.io" // expect: CORS011
    }, allowCredentials = true)
public class DocsResource {
  @GET
  public String list() {
    return "[]";
  }
}
