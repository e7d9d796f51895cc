package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** OPTIONS listed "for the preflight", on a resource that happens to have an @OPTIONS method. */
@Path("uploads")
@CrossOrigin(
    origins = "https://app.example.com",
    methods = {
      "GET",
      "POST",
      "OPTIONS" // expect: CORS025
    },
    allowedHeaders = "Content-Type")
public class UploadsResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void upload(byte[] file) {}

  @OPTIONS
  public String capabilities() {
    return "{\"maxSize\": 10485760}";
  }
}
