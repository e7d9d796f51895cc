package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Origins for a local HTML file and a browser extension: both are sent as Origin: null. */
@Path("sync")
@CrossOrigin(
    origins = {
      "https://app.example.com",
      "file://", // expect: CORS005
      "chrome-extension://abcdefghijklmnopabcdefghijklmnop" // expect: CORS005
    })
public class DesktopResource {
  @GET
  public String state() {
    return "{}";
  }
}
