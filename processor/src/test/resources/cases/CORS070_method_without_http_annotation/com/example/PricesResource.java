package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("prices")
public class PricesResource {
  @GET
  @CrossOrigin(origins = "https://shop.example.com")
  public String list() {
    return format(9.99);
  }

  /** A helper, not a resource method: the annotation on it does nothing. */
  @CrossOrigin(origins = "https://shop.example.com") // expect: CORS070
  public String format(double price) {
    return String.format("%.2f", price);
  }
}
