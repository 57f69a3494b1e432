package org.sunshineledger.portal.page;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sunshineledger.portal.http.InvalidRequestException;

/**
 * The errors of a form sent back, field by field, in the reader's language, for the page to show
 * beside each field ({@code errors['password']}); an error of the form as a whole is under {@value
 * #FORM}.
 */
public final class FormErrors {
  /** The key of an error that belongs to no single field. */
  public static final String FORM = "form";

  private final Map<String, String> byField = new LinkedHashMap<>();

  /**
   * The errors of a refusal: its bundle message where it has one, else its own text.
   *
   * @param refused the refusal
   * @param language the reader's language
   * @return the errors
   */
  public static FormErrors of(InvalidRequestException refused, Language language) {
    String text =
        refused.messageKey() == null
            ? refused.getMessage()
            : PageRenderer.message(language, refused.messageKey(), refused.arguments());
    return new FormErrors().add(refused.field() == null ? FORM : refused.field(), text);
  }

  /**
   * The errors of a command the domain refused: the rule's explanation with its figures, beside the
   * field the refusal names or at the top of the form.
   *
   * @param refused the refusal
   * @param language the reader's language
   * @return the errors
   */
  public static FormErrors of(
      org.sunshineledger.kernel.DomainException refused, Language language) {
    return new FormErrors()
        .add(RuleMessages.field(refused), RuleMessages.explain(refused, language));
  }

  /**
   * Whether there is no error.
   *
   * @return true when the form was sent clean
   */
  public boolean isEmpty() {
    return byField.isEmpty();
  }

  /**
   * Adds an error unless the field has one already (the first error of a field is the one shown).
   *
   * @param field the field
   * @param text the message
   * @return these errors
   */
  FormErrors addFirst(String field, String text) {
    byField.putIfAbsent(field, text);
    return this;
  }

  /**
   * No errors yet.
   *
   * @return the errors
   */
  public static FormErrors none() {
    return new FormErrors();
  }

  /**
   * Adds an error.
   *
   * @param field the field, or {@value #FORM}
   * @param text the message, in the reader's language
   * @return these errors
   */
  public FormErrors add(String field, String text) {
    byField.put(field, text);
    return this;
  }

  /**
   * The errors by field, for the template.
   *
   * @return the map
   */
  public Map<String, String> asMap() {
    return Map.copyOf(byField);
  }
}
