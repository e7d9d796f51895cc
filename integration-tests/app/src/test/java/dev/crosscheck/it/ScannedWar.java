package dev.crosscheck.it;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The suite's WAR rewritten into the one most Jakarta EE users ship: an {@link Application} that
 * declares nothing ({@link ScannedShopApplication}), so that the server deploys every resource and
 * {@code @Provider} class it finds, and nothing else of the suite's that it would deploy too.
 * Servers deploy every {@code Application} subclass of the web application (TomEE) and, under one
 * that declares nothing, every {@code @Path} class; the suite's jars have fixture applications and
 * root resources that other tests deploy on purpose (twins with conflicting policies, classes left
 * out of the application). Those are left out of the WAR here, with the resources whose locators
 * return one of them; their table rows stay, and grant nothing.
 */
public final class ScannedWar {

  private ScannedWar() {}

  /**
   * @param suiteWar {@code shop.war} of crosscheck-it-war
   * @param deployed the root resources to keep (what {@code ItApplication} deploys)
   * @param application the application class to put in {@code WEB-INF/classes}, on this JVM's class path
   * @param keepJars whether a jar of {@code WEB-INF/lib} stays, by its file name
   */
  public static void write(java.nio.file.Path suiteWar, Set<Class<?>> deployed, Class<? extends Application> application,
      java.util.function.Predicate<String> keepJars, java.nio.file.Path target) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(suiteWar));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        String name = entry.getName();
        if (entry.isDirectory() || name.startsWith("WEB-INF/classes/")) {
          continue; // the suite WAR's own application
        }
        byte[] bytes = in.readAllBytes();
        if (name.startsWith("WEB-INF/lib/")) {
          String jar = name.substring("WEB-INF/lib/".length());
          if (!keepJars.test(jar)) {
            continue;
          }
          if (jar.startsWith("crosscheck-it-")) {
            bytes = withoutUndeployed(bytes, deployed);
          }
        }
        put(out, name, bytes);
      }
      String classFile = application.getName().replace('.', '/') + ".class";
      try (InputStream bytes = application.getClassLoader().getResourceAsStream(classFile)) {
        put(out, "WEB-INF/classes/" + classFile, bytes.readAllBytes());
      }
    }
  }

  /** A jar without its Application classes and the root resources not in {@code deployed}. */
  private static byte[] withoutUndeployed(byte[] jar, Set<Class<?>> deployed) throws IOException {
    Set<String> left = leftOut(jar, deployed);
    ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar));
        ZipOutputStream out = new ZipOutputStream(rewritten)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        if (!entry.isDirectory() && !left.contains(entry.getName())) {
          put(out, entry.getName(), in.readAllBytes());
        }
      }
    }
    return rewritten.toByteArray();
  }

  /** The class files of a jar that TomEE must not see. */
  private static Set<String> leftOut(byte[] jar, Set<Class<?>> deployed) throws IOException {
    Set<Class<?>> classes = new HashSet<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        String name = entry.getName();
        if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
          try {
            classes.add(Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
                ScannedWar.class.getClassLoader()));
          } catch (ClassNotFoundException | LinkageError notHere) {
            // kept: not a class this JVM can inspect, so not one of the suite's applications or roots
          }
        }
      }
    }
    Set<Class<?>> left = new HashSet<>();
    for (Class<?> type : classes) {
      if (Application.class.isAssignableFrom(type) || type.isAnnotationPresent(Path.class) && !deployed.contains(type)) {
        left.add(type);
      }
    }
    // A resource whose locator returns a class left out would not deploy: leave it out too.
    for (boolean more = true; more; ) {
      more = false;
      for (Class<?> type : classes) {
        if (!left.contains(type) && type.isAnnotationPresent(Path.class) && returnsAny(type, left)) {
          left.add(type);
          more = true;
        }
      }
    }
    Set<String> files = new HashSet<>();
    for (Class<?> type : left) {
      files.add(type.getName().replace('.', '/') + ".class");
    }
    return files;
  }

  private static boolean returnsAny(Class<?> resource, Set<Class<?>> types) {
    for (Method method : resource.getDeclaredMethods()) {
      if (types.contains(method.getReturnType())) {
        return true;
      }
    }
    return false;
  }

  private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(bytes);
    out.closeEntry();
  }
}
