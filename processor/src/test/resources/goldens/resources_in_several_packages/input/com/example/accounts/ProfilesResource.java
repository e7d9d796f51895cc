package com.example.accounts;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Any of the company's sites may read and edit a profile; deleting one stays same-origin. */
@Path("profiles/{user}")
@CrossOrigin(originPatterns = "https://*.example.com", methods = {"GET", "PUT"}, allowedHeaders = "Content-Type")
public class ProfilesResource {

  @GET
  public String get(@PathParam("user") String user) {
    return "{}";
  }

  @PUT
  public void update(@PathParam("user") String user, String profile) {}

  @DELETE
  public void delete(@PathParam("user") String user) {}
}
