package org.sunshineledger.portal.page;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sunshineledger.kernel.DomainException;

/**
 * The explanation of a broken rule in the reader's language, with its figures: the bundle's {@code
 * rule.<code>} text, whose {@code {name}} placeholders are the refusal's named figures (so {@code
 * rule.fund.allocation-exceeds-fund} reads "尚有 {unallocated} 元未分配，本次要分配 {requested} 元"). A rule the
 * bundle does not explain yet is shown by its code, its developer's sentence and its figures, never
 * hidden.
 */
public final class RuleMessages {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

  private RuleMessages() {}

  /**
   * Explains a refusal.
   *
   * @param refused the refusal
   * @param language the reader's language
   * @return the explanation
   */
  public static String explain(DomainException refused, Language language) {
    return PageRenderer.pattern(language, "rule." + refused.rule())
        .map(pattern -> fill(pattern, refused.figures(), language))
        .orElseGet(
            () ->
                PageRenderer.message(language, "form.ruleBroken", refused.rule())
                    + " "
                    + refused.getMessage());
  }

  /**
   * The field a refusal concerns, when its figures name one.
   *
   * @param refused the refusal
   * @return the field, or {@link FormErrors#FORM}
   */
  public static String field(DomainException refused) {
    Object field = refused.figures().get("field");
    return field instanceof String name ? name : FormErrors.FORM;
  }

  static String fill(String pattern, Map<String, Object> figures, Language language) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = figures.get(m.group(1));
      m.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? m.group() : shown(value, language)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A figure as the reader reads it: a decimal in plain digits; a stage or a household's status (a
   * constant such as {@code IMPLEMENTATION}) by its name in the reader's language.
   */
  private static String shown(Object value, Language language) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    String text = String.valueOf(value);
    if (text.matches("[A-Z][A-Z_]+")) {
      for (String kind : NAMED) {
        var name = PageRenderer.pattern(language, kind + text);
        if (name.isPresent()) {
          return name.get();
        }
      }
    }
    return text;
  }

  /** The bundle's names of the constants a figure may be. */
  private static final java.util.List<String> NAMED = java.util.List.of("stage.", "status.");
}
