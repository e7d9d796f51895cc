package dev.crosscheck.examples.notes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The partners' origins as data, where an application keeps them: a table of an H2 database that
 * the example starts in memory, in this JVM, when it is first used. Partners' pages call the API
 * with their users' cookies ({@link PartnersResource}); an administrator adds and removes them
 * ({@link PartnerAdminResource}).
 */
public final class PartnerDirectory {

  /** In memory, kept while the JVM runs (not only while a connection is open). */
  private static final String URL = "jdbc:h2:mem:crosscheck-partners;DB_CLOSE_DELAY=-1";

  static {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS partner (origin VARCHAR(300) PRIMARY KEY)");
    } catch (SQLException e) {
      throw new IllegalStateException("the partners' database did not start", e);
    }
  }

  private PartnerDirectory() {}

  /** Every partner's origin, as the table holds it: unchecked, as an administrator typed it. */
  public static List<String> origins() throws SQLException {
    List<String> origins = new ArrayList<>();
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT origin FROM partner ORDER BY origin")) {
      while (rows.next()) {
        origins.add(rows.getString(1));
      }
    }
    return origins;
  }

  static void add(String origin) throws SQLException {
    update("MERGE INTO partner (origin) KEY (origin) VALUES (?)", origin);
  }

  static void remove(String origin) throws SQLException {
    update("DELETE FROM partner WHERE origin = ?", origin);
  }

  private static void update(String sql, String origin) throws SQLException {
    try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, origin);
      statement.executeUpdate();
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, "sa", "");
  }
}
