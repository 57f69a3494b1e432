package org.sunshineledger.portal.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sunshineledger.kernel.DomainException;

class FormInputTest {
  private static FormInput form(String... namesAndValues) {
    MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      form.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return new FormInput(form, Language.ZH);
  }

  @Test
  void amounts_are_read_as_officials_type_them_in_spreadsheets() {
    FormInput in = form("a", "1,200.50元", "b", "１２０００", "c", " 3 000.5 ");
    assertEquals(120_050, in.yuan("a").fen());
    assertEquals(1_200_000, in.yuan("b").fen());
    assertEquals(300_050, in.yuan("c").fen());
    assertTrue(in.valid());
  }

  @Test
  void an_amount_finer_than_the_fen_is_refused_beside_its_field() {
    FormInput in = form("amount", "12.345", "other", "fine");
    assertNull(in.yuan("amount"));
    assertFalse(in.valid());
    assertEquals(
        PageRenderer.message(Language.ZH, "form.amount"), in.errors().asMap().get("amount"));
  }

  @Test
  void every_field_in_error_is_reported_not_only_the_first() {
    FormInput in = form("year", "二〇一九");
    in.text("name", 10);
    in.whole("year", 2000, 2100);
    in.date("day");
    assertEquals(3, in.errors().asMap().size());
    assertEquals(Map.of("year", "二〇一九"), in.values());
  }

  @Test
  void dates_come_as_a_date_field_sends_them_or_as_typed() {
    FormInput in = form("a", "2019-03-01", "b", "2019/3/1", "c", "2019年3月1日", "d", "2019-02-30");
    assertEquals(LocalDate.of(2019, 3, 1), in.date("a"));
    assertEquals(LocalDate.of(2019, 3, 1), in.date("b"));
    assertEquals(LocalDate.of(2019, 3, 1), in.date("c"));
    assertNull(in.date("d"));
    assertEquals(1, in.errors().asMap().size());
  }

  @Test
  void a_refusal_of_the_domain_is_explained_with_its_figures_in_the_readers_language() {
    DomainException refused =
        new DomainException(
            "fund.allocation-exceeds-fund",
            "too much",
            Map.of("unallocated", new java.math.BigDecimal("100.00"), "requested", "250.00"));
    assertEquals(
        "该资金尚有 100.00 元未分配，本次要分配 250.00 元，超出余额（或不大于零）。",
        form()
            .refusedBy(refused, Map.of("fund.allocation-exceeds-fund", "amount"))
            .errors()
            .asMap()
            .get("amount"));
    assertTrue(
        RuleMessages.explain(new DomainException("no.such-rule", "a sentence"), Language.EN)
            .contains("no.such-rule"));
  }
}
