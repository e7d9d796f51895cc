package dev.crosscheck.it.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.crosscheck.it.ItApplication;
import dev.crosscheck.it.ItDeployment;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Why the README asks for {@code spring.jersey.servlet.load-on-startup=1}: Crosscheck refuses a
 * bad setting when the runtime starts the application, and Spring Boot's Jersey starter starts
 * Jersey at the first request unless told otherwise. With the setting, the start fails and says
 * why; without it, Spring Boot reports the application started and the first request fails.
 */
class LazyStartTest {

  private static final String PREFLIGHT_STATUS = "crosscheck.preflightStatus";

  @AfterEach
  void clear() {
    System.clearProperty(PREFLIGHT_STATUS);
    System.clearProperty(SpringBootDeployment.LOAD_ON_STARTUP);
  }

  @Test
  void withLoadOnStartupABadSettingStopsTheStart() {
    System.setProperty(PREFLIGHT_STATUS, "201");
    Throwable failure = catchThrowable(() -> new SpringBootDeployment().start(new ItApplication()).close());
    assertThat(failure).as("the start must fail").isNotNull();
    StringBuilder messages = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.append(t).append('\n');
    }
    assertThat(messages.toString()).contains(PREFLIGHT_STATUS).contains("\"201\"");
  }

  @Test
  void withoutItTheApplicationStartsAndItsFirstRequestFails() throws Exception {
    System.setProperty(PREFLIGHT_STATUS, "201");
    System.setProperty(SpringBootDeployment.LOAD_ON_STARTUP, "-1");
    try (ItDeployment.Running running = new SpringBootDeployment().start(new ItApplication())) {
      assertThat(statusOf(running, "/notes")).as("the first request, where Jersey and Crosscheck start").isEqualTo(500);
    }
  }

  private static int statusOf(ItDeployment.Running running, String path) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", running.port())) {
      socket.getOutputStream().write(("GET " + running.basePath() + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      InputStream in = socket.getInputStream();
      String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
      return Integer.parseInt(statusLine.substring(9, 12));
    }
  }
}
