package org.sunshineledger.portal.disclosure;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.portal.disclosure.DisclosureViews.FeedEntry;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.http.Params;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.TownshipId;

/**
 * Atom feeds (RFC 4287) of new disclosures and corrections: the district's, and one per township
 * (its own notices and its villages').
 */
@Path("/feeds")
public class FeedsResource {
  /** Atom's media type. */
  static final String ATOM = "application/atom+xml;charset=UTF-8";

  private static final int ENTRIES = 50;

  @Inject DisclosureQueries queries;
  @Inject RegionService regions;
  @Context HttpServletRequest request;

  /**
   * The district's feed.
   *
   * @return the feed
   */
  @GET
  @Path("disclosures.atom")
  @Produces(ATOM)
  @Operation(summary = "公示订阅 — Atom feed of new disclosures and corrections in the district")
  @Answers(value = String.class, description = "Atom 订阅 — the Atom feed")
  public Response district() {
    return feed(null, "峄城区信息公开 Yicheng disclosures", "/feeds/disclosures.atom");
  }

  /**
   * A township's feed.
   *
   * @param id the township
   * @return the feed
   */
  @GET
  @Path("townships/{id}/disclosures.atom")
  @Produces(ATOM)
  @Operation(summary = "镇街公示订阅 — Atom feed of one township's disclosures and corrections")
  @Answers(value = String.class, description = "Atom 订阅 — the Atom feed")
  public Response township(@PathParam("id") String id) {
    long township = Params.pathId("township", id);
    String name =
        regions
            .places()
            .district()
            .township(new TownshipId(township))
            .orElseThrow(() -> new UnknownResourceException("township", township))
            .name();
    return feed(township, name + "信息公开", "/feeds/townships/" + township + "/disclosures.atom");
  }

  private Response feed(Long township, String title, String self) {
    String base =
        request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    List<FeedEntry> entries = queries.feed(township, ENTRIES);
    Instant updated =
        entries.isEmpty()
            ? Instant.EPOCH
            : entries.get(0).publishedAt().truncatedTo(ChronoUnit.SECONDS);
    StringBuilder xml = new StringBuilder(4096);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
        .append("  <id>")
        .append(escape(base + self))
        .append("</id>\n")
        .append("  <title>")
        .append(escape(title))
        .append("</title>\n")
        .append("  <updated>")
        .append(updated)
        .append("</updated>\n")
        .append("  <author><name>阳光账本 Sunshine Ledger</name></author>\n")
        .append("  <link rel=\"self\" href=\"")
        .append(escape(base + self))
        .append("\"/>\n")
        .append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(escape(base + "/disclosures"))
        .append("\"/>\n");
    for (FeedEntry e : entries) {
      String link = base + "/disclosures/" + e.disclosure();
      boolean correction = e.number() > 1;
      xml.append("  <entry>\n")
          .append("    <id>")
          .append(escape(link + "#v" + e.number()))
          .append("</id>\n")
          .append("    <title>")
          .append(escape((correction ? "【更正】" : "") + e.title()))
          .append("</title>\n")
          .append("    <updated>")
          .append(e.publishedAt().truncatedTo(ChronoUnit.SECONDS))
          .append("</updated>\n")
          .append("    <author><name>")
          .append(escape(e.publisher()))
          .append("</name></author>\n")
          .append("    <category term=\"")
          .append(escape(e.kindName()))
          .append("\"/>\n")
          .append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
          .append(escape(link))
          .append("\"/>\n")
          .append("    <summary>")
          .append(
              escape(
                  e.publisher()
                      + "发布"
                      + e.kindName()
                      + (correction ? "（第" + e.number() + "版，更正原因：" + e.reason() + "）" : "")))
          .append("</summary>\n")
          .append("  </entry>\n");
    }
    xml.append("</feed>\n");
    return Response.ok(xml.toString(), ATOM).build();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
