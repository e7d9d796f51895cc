package dev.crosscheck.it.springboot;

import dev.crosscheck.it.ItDeployment;
import dev.crosscheck.it.ServerProcess;
import jakarta.ws.rs.core.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The application as a Spring Boot application serves it with {@code spring-boot-starter-jersey}:
 * Spring Boot's embedded Tomcat, its Jersey servlet under {@code /api}, the application handed to
 * Jersey as the {@code ResourceConfig} bean, and nothing of Crosscheck's registered: the generated
 * feature comes in as a service, as everywhere. {@code spring.jersey.servlet.load-on-startup=1},
 * as the README says: without it Jersey, and Crosscheck's checks with it, would start at the first
 * request, after Spring Boot reported the application started.
 */
public final class SpringBootDeployment implements ItDeployment {

  static final String APPLICATION_PATH = "/api";
  /** What {@code spring.jersey.servlet.load-on-startup} is set to: {@code 1} unless a test says otherwise. */
  static final String LOAD_ON_STARTUP = "crosscheck.it.springBoot.loadOnStartup";

  @Override
  public Running start(Application application) throws Exception {
    // Tomcat's base directory, which Spring Boot would otherwise leave in the temporary directory.
    Path baseDir = Files.createTempDirectory("crosscheck-spring-boot-tomcat");
    SpringApplication spring = new SpringApplication(JerseyApplication.class);
    spring.setWebApplicationType(WebApplicationType.SERVLET);
    spring.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
    spring.setDefaultProperties(Map.of(
        "server.port", "0",
        "server.address", "127.0.0.1",
        "spring.jersey.application-path", APPLICATION_PATH,
        "spring.jersey.servlet.load-on-startup", System.getProperty(LOAD_ON_STARTUP, "1"),
        "spring.main.register-shutdown-hook", "false",
        "server.tomcat.basedir", baseDir.toString()));
    spring.addInitializers(context -> context.getBeanFactory().registerSingleton("itApplication", application));
    ConfigurableApplicationContext context = null;
    try {
      context = spring.run();
    } finally {
      if (context == null) {
        ServerProcess.deleteTree(baseDir);
      }
    }
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    ConfigurableApplicationContext started = context;
    return Running.of(port, APPLICATION_PATH, () -> {
      try {
        started.close();
      } finally {
        ServerProcess.deleteTree(baseDir);
      }
    });
  }

  /** Spring Boot's auto-configuration, and the application as Jersey's configuration. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  public static class JerseyApplication {
    @Bean
    ResourceConfig jerseyConfiguration(Application itApplication) {
      return ResourceConfig.forApplication(itApplication);
    }
  }
}
