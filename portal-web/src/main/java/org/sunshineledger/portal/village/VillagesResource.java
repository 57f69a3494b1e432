package org.sunshineledger.portal.village;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.InvalidRequestException;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.village.VillageReads.VillageFacts;

/** The village's page as data, and the village finder's matches as one types. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class VillagesResource {
  @Inject VillageReads villages;
  @Inject PlaceNames names;

  /**
   * A village found by part of its name, its pinyin or its initials.
   *
   * @param id the village
   * @param name its name
   * @param township its township
   * @param townshipName the township's name
   * @param pinyin its name in pinyin without tones
   * @param initials the initials of that pinyin
   */
  public record VillageMatch(
      long id, String name, long township, String townshipName, String pinyin, String initials) {
    static VillageMatch of(PlaceNames.Entry e) {
      return new VillageMatch(
          e.village().id().value(),
          e.village().name(),
          e.township().id().value(),
          e.township().name(),
          e.pinyin(),
          e.initials());
    }
  }

  /**
   * Finds villages as one types: a name or spelling that starts with what was typed first.
   *
   * @param q part of a village's name, its pinyin or its initials
   * @param limit at most this many, 1 to 50, 10 by default
   * @return the matches
   */
  @GET
  @Path("villages")
  @Operation(
      summary = "找村 — villages by part of their name, pinyin or initials",
      description = "输入村名的一部分、拼音（huangquan）或首字母（hqc），名称或拼音以之开头的在前。")
  @Answers(
      value = VillageMatch.class,
      shape = Answers.Shape.LIST,
      description = "相符的村（居） — the matching villages")
  public List<VillageMatch> findVillages(
      @QueryParam("q") String q, @QueryParam("limit") String limit) {
    if (q != null && q.length() > 40) {
      throw new InvalidRequestException("q", "parameter 'q' has at most 40 characters");
    }
    Integer max = Params.optionalInt("limit", limit, 1, 50);
    List<PlaceNames.Entry> found = names.find(q);
    int n = max == null ? 10 : max;
    return found.subList(0, Math.min(n, found.size())).stream().map(VillageMatch::of).toList();
  }

  /**
   * What reached a village: the money of its projects by year and source, its projects, assets and
   * income shared against the §12 target, its notices and board needs, and where to complain — what
   * its page shows, to the fen.
   *
   * @param id the village
   * @return the village
   */
  @GET
  @Path("villages/{id}")
  @Operation(
      summary = "一村一页 — what reached a village",
      description =
          "到村资金（按年度和来源）、项目及阶段、资产及管护主体、历年资产收益与第十二条村集体收入目标、本村公示（公示中的在前）、众筹需求、投诉电话与公示栏位置；与村页面一致到分。未登记投诉电话的村没有 contact 字段；没有第十二条目标的年度没有 target 与 met 字段。")
  @Answers(value = VillageFacts.class, description = "村务公开 — the village's public facts")
  public VillageFacts village(@PathParam("id") String id) {
    return villages.read(Params.pathId("village", id));
  }
}
