package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;

@CrossOrigin(origins = "https://shop.example.com", allowCredentials = true)
public class LinesResource {
  @GET
  public String list() {
    return "[]";
  }
}
