package com.example;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.NoCrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * The PDF variant is opted out, the JSON variant keeps the class policy: a preflight for
 * GET /statements cannot tell which one it is for.
 */
@Path("statements")
@CrossOrigin(origins = "https://bank.example.com") // expect: CORS071
public class StatementsResource {
  @GET
  @Produces("application/pdf")
  @NoCrossOrigin
  public byte[] download() {
    return new byte[0];
  }

  @GET
  @Produces("application/json")
  public String list() {
    return "[]";
  }
}
