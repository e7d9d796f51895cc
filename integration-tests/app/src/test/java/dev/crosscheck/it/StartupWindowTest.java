package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The first requests of a fresh start, many at once, as a busy site sends them the moment the
 * port accepts. The runtime may hand them to the filter before it has said what the application
 * deploys (RESTEasy injects the {@code Application} at the filter's first use, while other first
 * requests already run it): none may be granted what the deployment does not grant.
 */
class StartupWindowTest {

  private static final String APP = "https://app.example.com";
  static final int STARTS = 3;
  private static final int THREADS = 64;
  static final int REQUESTS_PER_KIND = 320;

  @Test
  void noPreflightIsGrantedWhatTheDeploymentDoesNotGrantFromTheFirstRequestOn() throws Exception {
    for (int start = 0; start < STARTS; start++) {
      try (ItServer server = ItServer.start(new ItApplication())) {
        RawHttp http = server.http();
        List<Reply> hidden = new ArrayList<>();
        List<Reply> granted = new ArrayList<>();
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_KIND; i++) {
          calls.add(() -> http.send("OPTIONS", "/hidden", "Origin", APP, "Access-Control-Request-Method", "GET"));
          calls.add(() -> http.send("OPTIONS", "/twin", "Origin", APP, "Access-Control-Request-Method", "GET"));
        }
        List<Reply> replies = all(calls);
        for (int i = 0; i < replies.size(); i++) {
          (i % 2 == 0 ? hidden : granted).add(replies.get(i));
        }
        assertThat(hidden).as("start %d: preflights to /hidden, which only an undeployed resource opens", start)
            .allSatisfy(reply -> {
              assertThat(reply.status()).isLessThan(500);
              assertThat(reply.hasAnyCorsHeader()).as("a grant from the undeployed resource").isFalse();
            });
        assertThat(granted).as("start %d: preflights to /twin, which the deployment opens: they wait for it", start)
            .allSatisfy(reply -> {
              assertThat(reply.status()).isEqualTo(204);
              assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(APP);
              assertThat(reply.all("Access-Control-Allow-Credentials")).containsExactly("true");
            });
      }
    }
  }

  /** Sends every call at once from {@link #THREADS} threads, released together; the replies in order. */
  static List<Reply> all(List<Callable<Reply>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Reply>> futures = new ArrayList<>();
      for (Callable<Reply> call : calls) {
        futures.add(pool.submit(() -> {
          go.await();
          return call.call();
        }));
      }
      go.countDown();
      List<Reply> replies = new ArrayList<>();
      for (Future<Reply> future : futures) {
        replies.add(future.get(60, TimeUnit.SECONDS));
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }
}
