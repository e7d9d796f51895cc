package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A fully qualified host name with its root dot: browsers keep the dot, so it is an origin of its own. */
@Path("dns")
@CrossOrigin(
    origins = {
      "https://app.example.com."
    })
public class DnsResource {
  @GET
  public String get() {
    return "{}";
  }
}
