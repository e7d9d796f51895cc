package dev.crosscheck.it.dispatch;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;

/** The sub-resource {@link MethodBesideLocatorResource#sub()} returns, open cross-origin. */
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true)
public class OpenSubResource {
  @GET
  public String open() {
    return "open";
  }
}
