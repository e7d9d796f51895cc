package dev.crosscheck.it.extra.lines;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;

/**
 * A sub-resource, open cross-origin, that a locator of another jar declares it returns. No root
 * resource of this jar reaches it, hence the suppressed CORS072.
 */
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true)
@SuppressWarnings("CORS072")
public class OpenLinesResource {
  @GET
  public String list() {
    return "open lines";
  }
}
