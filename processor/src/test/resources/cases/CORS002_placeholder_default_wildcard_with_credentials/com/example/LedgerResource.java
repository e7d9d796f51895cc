package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A default of "*" under credentials is the same mistake as writing "*". */
@Path("ledger")
@CrossOrigin(
    origins = {
      "${LEDGER_ORIGINS:*}" // expect: CORS002
    },
    allowCredentials = true)
public class LedgerResource {
  @GET
  public String entries() {
    return "[]";
  }
}
