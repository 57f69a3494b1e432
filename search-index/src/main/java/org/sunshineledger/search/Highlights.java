package org.sunshineledger.search;

import java.util.Locale;

/**
 * Marks where the searched text occurs, as {@code <mark>} in HTML-escaped text. Matching is by
 * substring, as the search is, so every mark is a real occurrence.
 */
final class Highlights {
  private Highlights() {}

  static String mark(String value, String text) {
    if (text.isEmpty()) {
      return escape(value);
    }
    String lowerValue = value.toLowerCase(Locale.ROOT);
    String lowerText = text.toLowerCase(Locale.ROOT);
    StringBuilder marked = new StringBuilder();
    int from = 0;
    for (int at = lowerValue.indexOf(lowerText);
        at >= 0;
        at = lowerValue.indexOf(lowerText, at + lowerText.length())) {
      marked
          .append(escape(value.substring(from, at)))
          .append("<mark>")
          .append(escape(value.substring(at, at + text.length())))
          .append("</mark>");
      from = at + text.length();
    }
    return marked.append(escape(value.substring(from))).toString();
  }

  static String snippet(String value, String text, int around) {
    int at =
        text.isEmpty() ? -1 : value.toLowerCase(Locale.ROOT).indexOf(text.toLowerCase(Locale.ROOT));
    int start = at < 0 ? 0 : Math.max(0, at - around / 2);
    int end = Math.min(value.length(), (at < 0 ? 0 : at) + text.length() + around);
    String part = value.substring(start, end);
    return (start > 0 ? "…" : "") + mark(part, text) + (end < value.length() ? "…" : "");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
