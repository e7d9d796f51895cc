package dev.crosscheck.it;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A device on a private network that one public app may reach (Private Network Access). */
@Path("intranet")
@CrossOrigin(origins = "https://app.example.com", allowPrivateNetwork = true)
public class IntranetResource {
  @GET
  public String get() {
    return "intranet";
  }
}
