package com.example.accounts;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The API's entry point, at the application root; same-origin only. */
@Path("/")
public class IndexResource {

  @GET
  public String links() {
    return "{\"profiles\": \"/profiles\", \"invoices\": \"/invoices\"}";
  }
}
