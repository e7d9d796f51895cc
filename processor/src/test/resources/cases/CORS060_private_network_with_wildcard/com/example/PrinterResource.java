package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A device on the home network that every website could reach. */
@Path("printer/status")
@CrossOrigin(
    origins = "*",
    allowPrivateNetwork = true) // expect: CORS060 at true
public class PrinterResource {
  @GET
  public String status() {
    return "{}";
  }
}
