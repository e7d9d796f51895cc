package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The default value of a placeholder is checked like a written origin. */
@Path("wallet")
@CrossOrigin(
    origins = {
      "https://app.example.com",
      "${WALLET_ORIGIN:http://evil.com}" // expect: CORS007
    },
    allowCredentials = true)
public class WalletResource {
  @GET
  public String balance() {
    return "{}";
  }
}
