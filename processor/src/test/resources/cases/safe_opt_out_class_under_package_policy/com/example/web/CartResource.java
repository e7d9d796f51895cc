package com.example.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("cart")
public class CartResource {
  @GET
  public String get() {
    return "{}";
  }
}
