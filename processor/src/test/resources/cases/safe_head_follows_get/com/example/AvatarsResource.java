package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** HEAD is served by every GET resource method, so listing it is fine. */
@Path("avatars/{user}")
@CrossOrigin(origins = "https://app.example.com", methods = {"GET", "HEAD"}, exposedHeaders = "ETag")
public class AvatarsResource {
  @GET
  public byte[] get(@PathParam("user") String user) {
    return new byte[0];
  }
}
