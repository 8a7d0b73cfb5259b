package org.verbatim.server.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Another user acting through the REST API (not the browser), with their own session. */
final class HttpApi implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebProject web;
  private final HttpClient http;
  private String csrf = "";

  private HttpApi(WebProject web) {
    this.web = web;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  static HttpApi signIn(WebProject web, String user) throws IOException, InterruptedException {
    HttpApi api = new HttpApi(web);
    Map<String, Object> session =
        api.send(
            "POST",
            "/api/session",
            "{\"username\":\"" + user + "\",\"password\":\"" + WebProject.PASSWORD + "\"}");
    api.csrf = (String) session.get("csrfToken");
    return api;
  }

  Map<String, Object> post(String path, String body) throws IOException, InterruptedException {
    return send("POST", path, body);
  }

  Map<String, Object> patch(String path, String body) throws IOException, InterruptedException {
    return send("PATCH", path, body);
  }

  private Map<String, Object> send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(web.url(path)))
            .header("Content-Type", "application/json")
            .header("X-CSRF-Token", csrf)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new AssertionError(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
  }

  @Override
  public void close() {
    // HttpClient has no close() on Java 17; its threads end with the JVM.
  }
}
