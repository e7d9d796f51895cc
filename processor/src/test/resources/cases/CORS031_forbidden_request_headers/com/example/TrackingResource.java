package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Headers that scripts cannot set, so allowing them does nothing. */
@Path("tracking")
@CrossOrigin(
    origins = "https://app.example.com",
    allowCredentials = true,
    allowedHeaders = {
      "Content-Type",
      "Cookie", // expect: CORS031
      "Sec-Fetch-Mode", // expect: CORS031
      "Proxy-Authorization", // expect: CORS031
      "Origin", // expect: CORS031
      "content-length" // expect: CORS031
    })
public class TrackingResource {
  @GET
  public String events() {
    return "[]";
  }

  @POST
  public void record(String event) {}
}
