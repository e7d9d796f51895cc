package dev.crosscheck.it;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A regular-expression template in the middle of a segment. */
@Path("files")
@CrossOrigin(origins = "https://app.example.com")
public class FilesResource {
  @GET
  @Path("{name: [a-z]+}.txt")
  public String get(@PathParam("name") String name) {
    return "file " + name;
  }
}
