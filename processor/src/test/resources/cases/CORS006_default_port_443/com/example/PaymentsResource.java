package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** The default https port written out. */
@Path("payments")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "https://pay.example.com:443" // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class PaymentsResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
