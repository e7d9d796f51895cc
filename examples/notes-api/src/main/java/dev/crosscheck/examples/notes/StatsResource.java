package dev.crosscheck.examples.notes;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Public, read-only, no credentials: any site may read it, and the answer is {@code *}. */
@Path("public/stats")
@CrossOrigin(origins = "*", methods = "GET")
public class StatsResource {
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String stats() {
    return "{\"notes\":" + NoteStore.instance().all().size() + "}";
  }
}
