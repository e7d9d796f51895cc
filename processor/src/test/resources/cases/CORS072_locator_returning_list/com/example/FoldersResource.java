package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("folders")
@CrossOrigin(origins = "https://app.example.com")
public class FoldersResource {
  @Path("all")
  public List<String> all() { // expect: CORS072 at all()
    return List.of();
  }
}
