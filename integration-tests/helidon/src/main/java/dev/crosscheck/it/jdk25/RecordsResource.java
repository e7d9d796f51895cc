package dev.crosscheck.it.jdk25;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * A resource compiled by JDK 25's javac for Java 25 (this module's build), with the processor on
 * annotationProcessorPaths, as JDK 23 and later require: the processor runs there, and the code it
 * writes compiles and runs on Java 25.
 */
@Path("jdk25")
@CrossOrigin(origins = "https://jdk25.example.com", exposedHeaders = "X-Shape")
public class RecordsResource {

  /** A Java 25 program's idioms in the resource itself: a record and a switch over a sealed type. */
  sealed interface Shape permits Square, Circle {}

  record Square(int side) implements Shape {}

  record Circle(int radius) implements Shape {}

  @GET
  @Path("{side: \\d+}")
  public String area(@PathParam("side") int side) {
    Shape shape = side % 2 == 0 ? new Square(side) : new Circle(side);
    return switch (shape) {
      case Square(int s) -> "square " + s * s;
      case Circle(int r) -> "circle " + r * r + "pi";
    };
  }
}
