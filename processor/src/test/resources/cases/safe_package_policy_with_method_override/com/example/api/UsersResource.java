package com.example.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** No annotation of its own: the package policy applies as written. */
@Path("users")
public class UsersResource {
  @GET
  public String list() {
    return "[]";
  }
}
