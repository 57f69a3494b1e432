package org.sunshineledger.portal.page;

import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sunshineledger.money.Money;

/**
 * A form as sent: each field read by what it must be, every error kept beside its field in the
 * reader's language (not only the first), and what was typed kept for the form shown again. A field
 * read wrongly gives null and an error; {@link #valid()} says whether the command may be given.
 */
public final class FormInput {
  /** The largest amount a form takes: a trillion yuan, far below what the fen's long holds. */
  private static final BigDecimal LARGEST = new BigDecimal("1000000000000");

  private final MultivaluedMap<String, String> form;
  private final Language language;
  private final FormErrors errors = FormErrors.none();

  /**
   * Reads a form.
   *
   * @param form the fields as sent
   * @param language the reader's language
   */
  public FormInput(MultivaluedMap<String, String> form, Language language) {
    this.form = form;
    this.language = language;
  }

  /**
   * A field as typed, stripped; null when absent or blank.
   *
   * @param name the field
   * @return the text
   */
  public String raw(String name) {
    String value = form == null ? null : form.getFirst(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * A field's values as typed, for fields that repeat (a table's column).
   *
   * @param name the field
   * @return the values, empty when none
   */
  public List<String> all(String name) {
    List<String> values = form == null ? null : form.get(name);
    return values == null ? List.of() : values;
  }

  /**
   * A text that must be given, of at most {@code max} characters.
   *
   * @param name the field
   * @param max the longest allowed
   * @return the text, or null with an error
   */
  public String text(String name, int max) {
    String value = raw(name);
    if (value == null) {
      return refuse(name, "form.required");
    }
    return value.length() > max ? refuse(name, "form.text", max) : value;
  }

  /**
   * A text that may be left empty.
   *
   * @param name the field
   * @param max the longest allowed
   * @return the text, or null when empty or (with an error) too long
   */
  public String optionalText(String name, int max) {
    String value = raw(name);
    return value != null && value.length() > max ? refuse(name, "form.text", max) : value;
  }

  /**
   * An amount in yuan, to the fen: {@code 1,200.50}, {@code 1200.5元} and full-width digits are read
   * as typed in a spreadsheet.
   *
   * @param name the field
   * @return the amount, or null with an error
   */
  public Money yuan(String name) {
    String value = raw(name);
    if (value == null) {
      return refuse(name, "form.required");
    }
    BigDecimal decimal = decimal(value.replaceAll("\\s*元$", ""));
    if (decimal == null || decimal.scale() > 2 || decimal.abs().compareTo(LARGEST) > 0) {
      return refuse(name, "form.amount");
    }
    return Money.yuan(decimal.toPlainString());
  }

  /**
   * An optional amount in yuan.
   *
   * @param name the field
   * @return the amount, or null when empty or (with an error) not an amount
   */
  public Money optionalYuan(String name) {
    return raw(name) == null ? null : yuan(name);
  }

  /**
   * A decimal number, such as a factor of an allocation.
   *
   * @param name the field
   * @return the number, or null when empty or (with an error) not a number
   */
  public BigDecimal optionalDecimal(String name) {
    String value = raw(name);
    if (value == null) {
      return null;
    }
    BigDecimal decimal = decimal(value);
    return decimal == null ? refuse(name, "form.number") : decimal;
  }

  /**
   * A whole number within bounds.
   *
   * @param name the field
   * @param min the least allowed
   * @param max the most allowed
   * @return the number, or null with an error
   */
  public Long whole(String name, long min, long max) {
    String value = raw(name);
    if (value == null) {
      return refuse(name, "form.required");
    }
    BigDecimal decimal = decimal(value);
    if (decimal == null
        || decimal.stripTrailingZeros().scale() > 0
        || decimal.compareTo(BigDecimal.valueOf(min)) < 0
        || decimal.compareTo(BigDecimal.valueOf(max)) > 0) {
      return refuse(name, "form.whole", min, max);
    }
    return decimal.longValueExact();
  }

  /**
   * A day, as a date field sends it ({@code 2019-03-01}) or as typed ({@code 2019/3/1}).
   *
   * @param name the field
   * @return the day, or null with an error
   */
  public LocalDate date(String name) {
    String value = raw(name);
    if (value == null) {
      return refuse(name, "form.required");
    }
    String[] parts = value.split("[-/.年月日]");
    try {
      if (parts.length == 3) {
        return LocalDate.of(
            Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
      }
      return LocalDate.parse(value);
    } catch (NumberFormatException | java.time.DateTimeException bad) {
      return refuse(name, "form.date");
    }
  }

  /**
   * One of a closed set, by its constant's name.
   *
   * @param name the field
   * @param type the set
   * @param <E> the set's type
   * @return the choice, or null with an error
   */
  public <E extends Enum<E>> E choice(String name, Class<E> type) {
    String value = raw(name);
    if (value == null) {
      return refuse(name, "form.choose");
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException unknown) {
      return refuse(name, "form.choose");
    }
  }

  /**
   * Whether a check box is ticked.
   *
   * @param name the field
   * @return true when sent
   */
  public boolean ticked(String name) {
    return raw(name) != null;
  }

  /**
   * Records an error beside a field; the first error of a field is the one shown.
   *
   * @param field the field, or {@link FormErrors#FORM}
   * @param key the message's key in the bundle
   * @param arguments its arguments
   * @param <T> what the reading would have given
   * @return null, for the reading that failed
   */
  public <T> T refuse(String field, String key, Object... arguments) {
    errors.addFirst(field, PageRenderer.message(language, key, arguments));
    return null;
  }

  /**
   * Records the domain's refusal of the command, beside the field it names or at the top.
   *
   * @param refused the refusal
   * @return this form, to show again
   */
  public FormInput refusedBy(org.sunshineledger.kernel.DomainException refused) {
    return refusedBy(refused, Map.of());
  }

  /**
   * Records the domain's refusal of the command beside the field the page knows it concerns, else
   * beside the field the refusal names, else at the top.
   *
   * @param refused the refusal
   * @param fieldsByRule the field of each rule the page places, by the rule's code
   * @return this form, to show again
   */
  public FormInput refusedBy(
      org.sunshineledger.kernel.DomainException refused, Map<String, String> fieldsByRule) {
    // the page knows its own fields; the domain's name for the field is the fallback
    String field = fieldsByRule.getOrDefault(refused.rule(), RuleMessages.field(refused));
    errors.addFirst(field, RuleMessages.explain(refused, language));
    return this;
  }

  /**
   * Whether every field read well.
   *
   * @return true when there is no error
   */
  public boolean valid() {
    return errors.isEmpty();
  }

  /**
   * The errors so far.
   *
   * @return the errors
   */
  public FormErrors errors() {
    return errors;
  }

  /**
   * What was typed, field by field (the first value of each), to show the form again.
   *
   * @return the values
   */
  public Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    if (form != null) {
      form.forEach(
          (name, list) -> {
            if (!name.equals("csrf") && !list.isEmpty() && list.get(0) != null) {
              values.put(name, list.get(0));
            }
          });
    }
    return values;
  }

  /**
   * A digest of what was typed, all fields but the ones named, so that a confirmation can check it
   * confirms exactly what was previewed.
   *
   * @param excluded the fields that do not count (the buttons, the digest itself, references)
   * @return a hexadecimal digest
   */
  public String digestExcept(String... excluded) {
    java.util.Set<String> skip = java.util.Set.of(excluded);
    StringBuilder figures = new StringBuilder();
    if (form != null) {
      new java.util.TreeMap<>(form)
          .forEach(
              (name, list) -> {
                if (!name.equals("csrf") && !skip.contains(name)) {
                  list.forEach(
                      v -> figures.append(name).append('=').append(v.strip()).append('\n'));
                }
              });
    }
    return digest(figures.toString());
  }

  /**
   * A short digest of a text.
   *
   * @param text the text
   * @return 32 hexadecimal digits of its SHA-256
   */
  public static String digest(String text) {
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 16);
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /**
   * A number as typed in a spreadsheet (full-width digits, thousands separators), within what a
   * ledger needs: at most 20 significant digits and 10 decimals, so that no typed exponent can make
   * the exact arithmetic behind it run away.
   *
   * @param typed the text
   * @return the number, or null when it is not one or out of those bounds
   */
  public static BigDecimal number(String typed) {
    return typed == null ? null : decimal(typed);
  }

  private static BigDecimal decimal(String typed) {
    StringBuilder plain = new StringBuilder();
    for (char c : typed.strip().toCharArray()) {
      if (c >= '０' && c <= '９') {
        plain.append((char) (c - '０' + '0'));
      } else if (c == '．') {
        plain.append('.');
      } else if (c == '－') {
        plain.append('-');
      } else if (c != ',' && c != '，' && c != ' ' && c != '\u3000') {
        plain.append(c);
      }
    }
    try {
      BigDecimal number = new BigDecimal(plain.toString());
      return number.precision() > 20 || number.scale() > 10 || number.scale() < -10 ? null : number;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
