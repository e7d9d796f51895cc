package dev.crosscheck.it.modulepath;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.NoCrossOrigin;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A resource with a credentialed policy, a method it opens beyond GET, and one it closes. */
@Path("orders")
@CrossOrigin(origins = "https://shop.example.com", allowCredentials = true, methods = {"GET", "PUT"},
    allowedHeaders = "Content-Type")
public class Orders {

  @GET
  public String list() {
    return "[]";
  }

  @PUT
  @Path("{id}")
  public String update(@PathParam("id") String id, String body) {
    return body;
  }

  @DELETE
  @Path("{id}")
  @NoCrossOrigin
  public void delete(@PathParam("id") String id) {}
}
