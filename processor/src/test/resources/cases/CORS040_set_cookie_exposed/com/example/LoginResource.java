package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Trying to let the SPA read the session cookie. */
@Path("login")
@CrossOrigin(
    origins = "https://app.example.com",
    allowCredentials = true,
    allowedHeaders = "Content-Type",
    exposedHeaders = {
      "X-Session-Expires",
      "Set-Cookie", // expect: CORS040
      "Set-Cookie2" // expect: CORS040
    })
public class LoginResource {
  @POST
  public String login(String credentials) {
    return "{}";
  }
}
