package com.example;

import dev.crosscheck.CrossOrigin;

/** A global "CORS configuration" class, as in other frameworks: it guards nothing. */
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true) // expect: CORS070
public class CorsConfig {
  public static final String APP_ORIGIN = "https://app.example.com";

  public String describe() {
    return "CORS for " + APP_ORIGIN;
  }
}
