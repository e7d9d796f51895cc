package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The same origin listed twice after a merge. */
@Path("inventory")
@CrossOrigin(
    origins = {
      "https://app.example.com",
      "https://admin.example.com",
      "https://app.example.com" // expect: CORS009
    })
public class InventoryResource {
  @GET
  public String stock() {
    return "[]";
  }
}
