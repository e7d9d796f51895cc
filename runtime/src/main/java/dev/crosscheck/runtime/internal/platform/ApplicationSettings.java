package dev.crosscheck.runtime.internal.platform;

import dev.crosscheck.runtime.internal.config.ConfigurationLookup;
import java.util.Optional;

/**
 * Where the values of {@code ${NAME}} placeholders and Crosscheck's settings come from, first
 * found wins: system properties, environment variables, then the application's MicroProfile
 * Config ({@code application.properties} on Quarkus, {@code microprofile-config.properties} on
 * Helidon, Open Liberty and Payara, and whatever other sources it has) where the application has
 * it at run time. Without it, the first two alone; nothing of it is required.
 */
public final class ApplicationSettings {

  private static final String CONFIG_PROVIDER = "org.eclipse.microprofile.config.ConfigProvider";

  private ApplicationSettings() {}

  public static ConfigurationLookup of(ClassLoader loader) {
    if (!hasMicroProfileConfig(loader)) {
      return ConfigurationLookup.SYSTEM;
    }
    return name -> ConfigurationLookup.SYSTEM.find(name).or(() -> MicroProfileSettings.string(name, loader)
        .map(value -> new ConfigurationLookup.Found(value, "MicroProfile Config property " + name)));
  }

  public static boolean hasMicroProfileConfig(ClassLoader loader) {
    try {
      Class.forName(CONFIG_PROVIDER, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError noMicroProfileConfig) {
      return false;
    }
  }

  /** @return the setting, where MicroProfile Config is there and has it */
  public static Optional<Boolean> microProfileBool(String name, ClassLoader loader) {
    return hasMicroProfileConfig(loader) ? MicroProfileSettings.bool(name, loader) : Optional.empty();
  }
}
