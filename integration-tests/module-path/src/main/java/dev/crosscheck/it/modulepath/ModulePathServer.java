package dev.crosscheck.it.modulepath;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * Starts the application on Jersey + Grizzly at the port given, on loopback, says which modules
 * it and the runtime are, then "serving"; stops when its standard input closes.
 */
public final class ModulePathServer {

  private ModulePathServer() {}

  public static void main(String[] args) throws Exception {
    Application application = new Application() {
      @Override
      public Set<Class<?>> getClasses() {
        return Set.of(Orders.class); // the resources only: the generated feature loads as a service
      }
    };
    SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder()
        .protocol("HTTP").host("127.0.0.1").port(Integer.parseInt(args[0])).rootPath("/").build();
    SeBootstrap.Instance instance = SeBootstrap.start(application, configuration).toCompletableFuture().get();
    // What the test checks first: both are named modules here, not the class path's unnamed one.
    Module runtime = dev.crosscheck.runtime.OriginSources.class.getModule();
    System.out.println("modules " + ModulePathServer.class.getModule().getName() + " " + runtime.getName()
        + (runtime.getDescriptor() != null && !runtime.getDescriptor().isAutomatic() ? " explicit" : " automatic-or-unnamed"));
    System.out.println("serving");
    System.out.flush();
    while (System.in.read() >= 0) {
      // until the test closes the pipe
    }
    instance.stop().toCompletableFuture().get();
  }
}
