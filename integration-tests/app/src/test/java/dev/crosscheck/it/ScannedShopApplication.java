package dev.crosscheck.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The application as Jakarta EE users commonly declare one: a path and nothing else, so that the
 * server deploys the resource and {@code @Provider} classes it finds in the web application
 * ({@link ScannedWar}). Crosscheck is not named: Payara and WildFly load the generated feature as
 * a service and also find the runtime jar's {@code ScannedFeature}; TomEE finds only the latter.
 */
@ApplicationPath("api")
public class ScannedShopApplication extends Application {}
