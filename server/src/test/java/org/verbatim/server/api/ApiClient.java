package org.verbatim.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** One browser: an HTTP client with its own cookie jar, which sends the CSRF token it was given. */
final class ApiClient {
  static final ObjectMapper JSON = new ObjectMapper();

  final HttpClient http;
  final String base;
  String csrf = "";

  ApiClient(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  record Response(int status, String text, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(text);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + text, e);
      }
    }

    String error() {
      return json().path("error").asText();
    }
  }

  Response login(String username, String password) {
    Response r = send("POST", "/api/session", Map.of("username", username, "password", password));
    if (r.status() == 200) {
      csrf = r.json().get("csrfToken").asText();
    }
    return r;
  }

  Response get(String path) {
    return send("GET", path, null);
  }

  Response post(String path, Object body) {
    return send("POST", path, body);
  }

  Response patch(String path, Object body) {
    return send("PATCH", path, body);
  }

  Response put(String path, Object body) {
    return send("PUT", path, body);
  }

  Response delete(String path) {
    return send("DELETE", path, null);
  }

  Response send(String method, String path, Object body) {
    try {
      String text =
          body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
      return raw(method, path, text, "application/json", csrf);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  Response raw(String method, String path, String body, String contentType, String csrfToken) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (!body.isEmpty()) {
      b.header("Content-Type", contentType);
    }
    if (!csrfToken.isEmpty()) {
      b.header("X-CSRF-Token", csrfToken);
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body(), r);
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
