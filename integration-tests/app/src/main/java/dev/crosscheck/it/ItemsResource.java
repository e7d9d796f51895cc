package dev.crosscheck.it;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A literal path and a template on one level: the literal wins, and so does its policy. */
@Path("items")
@CrossOrigin(origins = "https://items.example.com")
public class ItemsResource {
  @GET
  @Path("{id}")
  public String get(@PathParam("id") String id) {
    return "item " + id;
  }

  @GET
  @Path("special")
  @CrossOrigin(origins = "https://special.example.com")
  public String special() {
    return "special";
  }
}
