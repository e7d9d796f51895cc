package dev.crosscheck.examples.notes;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Public, read-only, no credentials: any site may read it, with any header its script sets, and the
 * answer is {@code *}. Any header but {@code Authorization}: the Fetch Standard says {@code *} never
 * covers it, and Crosscheck refuses it under {@code *} in every browser, also in those that would
 * take {@code *} for it (docs/behaviour.md).
 */
@Path("public/stats")
@CrossOrigin(origins = "*", methods = "GET", allowedHeaders = "*")
public class StatsResource {
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String stats() {
    return "{\"notes\":" + NoteStore.instance().all().size() + "}";
  }
}
