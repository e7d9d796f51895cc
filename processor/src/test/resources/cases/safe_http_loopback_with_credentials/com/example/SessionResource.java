package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Local development servers over http are loopback: no network attacker can impersonate them. */
@Path("session")
@CrossOrigin(
    origins = {
      "https://app.example.com",
      "http://localhost:3000",
      "http://127.0.0.1:8080",
      "http://[::1]:5173",
      "http://app.localhost"
    },
    allowCredentials = true)
public class SessionResource {
  @GET
  public String current() {
    return "{}";
  }

  @DELETE
  public void logout() {}
}
