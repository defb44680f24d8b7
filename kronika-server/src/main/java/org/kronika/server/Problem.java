package org.kronika.server;

/**
 * An RFC 7807 problem detail, the body of every error answer ({@code application/problem+json}).
 */
public record Problem(String type, String title, int status, String detail, String instance) {
  public static Problem of(int status, String detail, String instance) {
    String title = switch (status) {
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 503 -> "Service Unavailable";
      default -> status >= 500 ? "Internal Server Error" : "Error";
    };
    String type = switch (status) {
      case 400 -> "https://kronika.org/problems/bad-request";
      case 404 -> "https://kronika.org/problems/not-found";
      default -> "about:blank";
    };
    return new Problem(type, title, status, detail, instance);
  }
}
