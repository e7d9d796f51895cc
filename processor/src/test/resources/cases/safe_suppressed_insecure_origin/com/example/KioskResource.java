package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The in-store kiosks only speak http; the warning is acknowledged and silenced. */
@Path("kiosk/menu")
@SuppressWarnings("CORS008")
@CrossOrigin(origins = {"https://menu.example.com", "http://kiosk.example.com"})
public class KioskResource {
  @GET
  public String menu() {
    return "[]";
  }
}
