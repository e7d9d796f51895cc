package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * The back office's orders, on the same template but deployed by {@link InternalApi} only:
 * {@code /api/orders} and {@code /internal/orders} are different requests, so no conflict.
 */
@Path("orders")
@CrossOrigin(origins = "https://backoffice.example.com", allowCredentials = true)
public class InternalOrdersResource {
  @GET
  public String list() {
    return "[]";
  }
}
