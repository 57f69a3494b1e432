package org.sunshineledger.portal.village;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.page.BarChart;
import org.sunshineledger.portal.page.LocalizedPages;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.page.QrCode;
import org.sunshineledger.portal.village.VillageReads.IncomeRow;
import org.sunshineledger.portal.village.VillageReads.Money;
import org.sunshineledger.portal.village.VillageReads.MoneyRow;
import org.sunshineledger.portal.village.VillageReads.VillageFacts;

/**
 * A village's page (村务公开): in one place what reached the village — the money of its projects by
 * year and source, reconciling to the fen with the projects' pages; its projects and their stage;
 * its assets and who runs them; each year's asset income, the collective's part against the targets
 * of §12 and the households' part; its notices, those open for objection first; and where to
 * complain. Beside it, the A4 poster for the village's notice board with the page's QR code.
 */
@Path("/villages/{id}")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class VillagePages extends LocalizedPages {
  @Inject VillageReads villages;

  /**
   * The village's page.
   *
   * @param id the village
   * @return the page
   */
  @GET
  @Operation(hidden = true)
  public Response village(@PathParam("id") String id) {
    long villageId = Params.pathId("village", id);
    VillageFacts facts = villages.read(villageId);
    Map<String, Object> model = new HashMap<>();
    model.put("v", facts);
    model.put("moneyChart", moneyByYear(facts.money()));
    model.put("incomeChart", incomeChart(facts.income()));
    return render("village/village", page("/villages/" + villageId), model);
  }

  /**
   * The village's poster for its notice board: one A4 page with the money, projects, assets, the
   * latest income shared, the notices open for objection, where to complain, and the QR code of the
   * village's page.
   *
   * @param id the village
   * @return the printable page
   */
  @GET
  @Path("poster")
  @Operation(hidden = true)
  public Response poster(@PathParam("id") String id) {
    long villageId = Params.pathId("village", id);
    VillageFacts facts = villages.read(villageId);
    PageContext page = page("/villages/" + villageId + "/poster");
    String link =
        uri.getBaseUriBuilder().path("villages").path(String.valueOf(villageId)).build().toString();
    Map<String, Object> model = new HashMap<>();
    model.put("v", facts);
    model.put("qr", QrCode.of(link));
    model.put(
        "today",
        java.time.LocalDate.now(org.sunshineledger.portal.shared.DistrictClock.ZONE).toString());
    return render("village/poster", page, model);
  }

  /** The money drawn for the village's projects by year, as bars. */
  private static BarChart moneyByYear(Money money) {
    Map<Integer, BigDecimal> byYear = new TreeMap<>();
    for (MoneyRow row : money.rows()) {
      byYear.merge(row.year(), new BigDecimal(row.allocated()), BigDecimal::add);
    }
    return BarChart.of(
        byYear.keySet().stream().map(String::valueOf).toList(),
        List.copyOf(byYear.values()),
        byYear.values().stream().map(v -> v.setScale(2).toPlainString()).toList());
  }

  /** The collective's income by year, as bars. */
  private static BarChart incomeChart(List<IncomeRow> income) {
    return BarChart.of(
        income.stream().map(r -> String.valueOf(r.year())).toList(),
        income.stream().map(r -> new BigDecimal(r.collective())).toList(),
        income.stream().map(IncomeRow::collective).toList());
  }
}
