package com.example;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.CrossOrigin.Risk;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The http origin moved to https, but the accepted risk stayed behind. */
@Path("billing")
@CrossOrigin(
    origins = "https://billing.example.com",
    allowCredentials = true,
    acceptRisks = {
      Risk.INSECURE_ORIGIN_WITH_CREDENTIALS, // expect: CORS075 at .INSECURE
      Risk.PUBLIC_SUFFIX_WILDCARD_WITH_CREDENTIALS // expect: CORS075 at .PUBLIC
    })
public class BillingResource {
  @GET
  public String invoices() {
    return "[]";
  }
}
