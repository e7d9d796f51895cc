package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Cross-origin callers may ask how big an export is (HEAD), not download it. */
@Path("export")
@CrossOrigin(origins = "https://app.example.com", methods = "HEAD")
public class ExportResource {
  @GET
  public String download() {
    return "...";
  }
}
