package nl.jbt.exporter;

/**
 * The exporter's arguments, bound by the broker from {@code zeebe.broker.exporters.<id>.args}
 * (env {@code ZEEBE_BROKER_EXPORTERS_<ID>_ARGS_URL}, {@code ..._USER}, {@code ..._PASSWORD}).
 *
 * <p>Spring lower-cases env-derived keys and turns every further underscore into a nested map, so
 * argument names are single lower-case words. Public fields because the broker fills this class
 * with Jackson ({@code Configuration#instantiate}).
 */
public final class ExporterConfig {
  /** JDBC URL of the history database, e.g. jdbc:postgresql://host:5432/camunda. */
  public String url;

  public String user;

  public String password;

  void validate() {
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "JBT exporter: argument 'url' must be a jdbc:postgresql: URL, got: " + url);
    }
  }
}
