package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Content-Type and Last-Modified are readable already. */
@Path("files")
@CrossOrigin(
    origins = "https://app.example.com",
    exposedHeaders = {
      "Content-Disposition",
      "Content-Type", // expect: CORS042
      "Last-Modified" // expect: CORS042
    })
public class FilesResource {
  @GET
  public String list() {
    return "[]";
  }
}
