package com.example.unsafe;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** An allowlist copied from a browser's address bar and a staging box, with a "cache forever" max-age. */
@Path("orders")
@CrossOrigin(
    origins = {
      "https://shop.example.com/",
      "http://staging.example.com",
      "null"
    },
    methods = {"GET", "POST", "DELETE"},
    allowCredentials = true,
    maxAge = 864000)
public class OrdersResource {

  @GET
  public String list() {
    return "[]";
  }

  @POST
  public String create(String order) {
    return order;
  }
}
