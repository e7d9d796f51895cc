package dev.crosscheck.bench.subject;

/**
 * One CORS implementation, set up for one table size and one case. {@link #handle()} is what is
 * measured: one request through the layer's request and response sides; everything it needs is
 * built by {@link #prepare}.
 */
public interface Subject {

  void prepare(int scale, Case c) throws Exception;

  /** One exchange; returns something for the benchmark's black hole. */
  Object handle() throws Exception;

  /** What the last {@link #handle()} answered. */
  Outcome outcome();

  /** The name used in the results. */
  String name();

  static Subject named(String name) {
    return switch (name) {
      case "crosscheck" -> new CrosscheckSubject();
      case "resteasy" -> new ResteasySubject();
      case "spring" -> new SpringSubject();
      case "none" -> new NoCorsSubject();
      case "none-servlet" -> new NoCorsServletSubject();
      default -> throw new IllegalArgumentException(name);
    };
  }
}
