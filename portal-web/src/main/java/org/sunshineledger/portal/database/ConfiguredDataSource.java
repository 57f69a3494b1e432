package org.sunshineledger.portal.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source behind the container's connection pool: H2 or PostgreSQL, whichever {@link
 * DatabaseSettings} names, so that one artifact runs on both without a rebuild.
 */
public class ConfiguredDataSource implements DataSource {
  private final DatabaseSettings settings = DatabaseSettings.current();
  private final Driver driver = driverFor(settings.url());
  private int loginTimeout;

  private static Driver driverFor(String url) {
    try {
      return url.startsWith("jdbc:postgresql:") ? new org.postgresql.Driver() : new org.h2.Driver();
    } catch (RuntimeException e) {
      throw new IllegalStateException("no JDBC driver for " + url.split(";")[0], e);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(settings.user(), settings.password());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user == null || user.isEmpty() ? settings.user() : user);
    properties.setProperty(
        "password", password == null || password.isEmpty() ? settings.password() : password);
    Connection connection = driver.connect(settings.url(), properties);
    if (connection == null) {
      throw new SQLException("the driver does not accept the configured database URL");
    }
    return connection;
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // connection logging goes through java.util.logging
  }

  @Override
  public void setLoginTimeout(int seconds) {
    loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
