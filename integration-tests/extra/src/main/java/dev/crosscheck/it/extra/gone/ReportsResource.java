package dev.crosscheck.it.extra.gone;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * A resource this jar's table names and this jar does not have: the build deletes its class file
 * after compiling it (see the pom), as Quarkus dev mode deletes a removed source's class without
 * running the processor again. Its row must grant nothing.
 */
@Path("reports")
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true)
public class ReportsResource {
  @GET
  public String list() {
    return "reports";
  }
}
