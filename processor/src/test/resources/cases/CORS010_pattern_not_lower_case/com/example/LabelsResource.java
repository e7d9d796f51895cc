package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A pattern whose host is not canonical can never match. */
@Path("labels")
@CrossOrigin(
    originPatterns = {
      "https://*.Example.com", // expect: CORS010
      "https://*.example.com/" // expect: CORS010
    })
public class LabelsResource {
  @GET
  public String list() {
    return "[]";
  }
}
