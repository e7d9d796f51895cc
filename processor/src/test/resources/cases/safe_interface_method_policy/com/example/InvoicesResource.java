package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.Path;

/** The class policy comes from the impl; one inherited resource method tunes its own policy. */
@Path("invoices")
@CrossOrigin(origins = "https://billing.example.com", allowCredentials = true)
public class InvoicesResource implements InvoicesApi {
  @Override
  public String list() {
    return "[]";
  }

  @Override
  @CrossOrigin(exposedHeaders = "Content-Disposition", maxAge = 600)
  public byte[] pdf(String id) {
    return new byte[0];
  }
}
