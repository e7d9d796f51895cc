package dev.crosscheck.it;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/**
 * Requests the runtime turns down before any resource method runs: a body it does not consume
 * (415), an answer it cannot produce (406), a {@code Content-Type} it cannot parse (400), a path
 * parameter its converter refuses (404). The page that sent them must be able to read why.
 */
@Path("forms")
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true, exposedHeaders = "X-Form-Id")
public class FormsResource {

  @POST
  @Consumes("application/json")
  public String submit(String form) {
    return "submitted";
  }

  @GET
  @Produces("application/json")
  public String get() {
    return "{}";
  }

  @GET
  @Path("by-code/{code}")
  public String byCode(@PathParam("code") FormCode code) {
    return code.value();
  }

  /**
   * A path parameter with a converter that refuses what is not a number (a 404, says Jakarta
   * REST). No public constructor from a String: runtimes would prefer it to {@link #fromString}.
   */
  public static final class FormCode {
    private final String value;

    private FormCode(String value) {
      this.value = value;
    }

    public static FormCode fromString(String text) {
      if (text.isEmpty() || !text.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("not a form code: " + text);
      }
      return new FormCode(text);
    }

    String value() {
      return value;
    }
  }
}
