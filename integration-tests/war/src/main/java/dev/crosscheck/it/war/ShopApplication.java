package dev.crosscheck.it.war;

import dev.crosscheck.it.ItApplication;
import jakarta.ws.rs.ApplicationPath;

/**
 * The suite's application under {@code /api}, as a WAR declares one: an application server finds
 * it by its annotation and deploys the resources it names. Crosscheck is not named: the runtime
 * loads the generated feature as a service.
 */
@ApplicationPath("api")
public class ShopApplication extends ItApplication {}
