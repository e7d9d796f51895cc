package com.example;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("cities")
public class CitiesResource extends ApiResource {
  @GET
  public String list() {
    return json("[]");
  }
}
