package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Private Network Access opted in for one known admin console. */
@Path("router")
@CrossOrigin(origins = "https://console.example.com", allowPrivateNetwork = true)
public class RouterResource {
  @GET
  public String info() {
    return "{}";
  }
}
