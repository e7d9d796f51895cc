package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Placeholders written the way other frameworks spell them, or half-way. */
@Path("configured")
@CrossOrigin(
    origins = {
      "${CORS_ORIGINS", // expect: CORS013
      "https://${APP_HOST}", // expect: CORS013
      "${1ST_ORIGIN}", // expect: CORS013
      "${}", // expect: CORS013
      "${cors origins}" // expect: CORS013
    },
    originPatterns = {
      "${CORS_PATTERNS:${DEFAULT_PATTERNS}}" // expect: CORS013
    })
public class ConfiguredResource {
  @GET
  public String get() {
    return "{}";
  }
}
