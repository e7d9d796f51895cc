package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** A trailing space from a copy and paste. */
@Path("invoices")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "https://billing.example.com " // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class InvoicesResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
