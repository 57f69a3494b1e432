package org.sunshineledger.portal.workbench;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.account.Callers;
import org.sunshineledger.portal.account.SignedInSession;
import org.sunshineledger.portal.page.PageContext;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.page.Pages;
import org.sunshineledger.portal.shared.DistrictClock;
import org.sunshineledger.portal.shared.DueWork;

/**
 * The officials' workbench (工作台), where a signed-in official lands: what waits for them in their
 * scope across every room, most urgent first, with its deadline and the working days left, counts
 * per kind at the top, each item linking to the page that settles it. The rooms say what they have
 * waiting through {@link DueWork}; this page knows none of them.
 */
@Path("/workbench")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class WorkbenchPages {
  /** The kinds in the order their counts are shown. */
  static final List<String> KINDS =
      List.of(
          "obligation",
          "draft",
          "objection",
          "needToVerify",
          "pledgeToReceive",
          "warningRED",
          "warningORANGE",
          "warningYELLOW",
          "unsafeHouse",
          "importJob");

  /** The items listed at most; the counts cover all. */
  static final int LISTED = 200;

  @Inject @Any Instance<DueWork> rooms;
  @Inject PageRenderer renderer;

  @Context HttpServletRequest request;
  @Context SecurityContext security;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /**
   * The workbench.
   *
   * @param lang the language switch
   * @param cookie the language chosen before
   * @return the page, the sign-in page, or a donor's own page
   */
  @GET
  @Operation(hidden = true)
  public Response workbench(@QueryParam("lang") String lang, @CookieParam("lang") String cookie) {
    Optional<Actor> signedIn = Callers.signedIn(security);
    if (signedIn.isEmpty()) {
      return SignedInSession.signInFirst(uri, "/workbench");
    }
    Actor actor = signedIn.get();
    if (actor.role() == Role.DONOR) {
      return Response.seeOther(uri.getBaseUriBuilder().path("board/mine").build()).build();
    }
    LocalDate today = LocalDate.now(DistrictClock.ZONE);
    List<DueWork.Item> items = new ArrayList<>();
    List<DueWork.Task> tasks = new ArrayList<>();
    for (DueWork room : rooms) {
      items.addAll(room.dueFor(actor, today));
      tasks.addAll(room.tasksFor(actor));
    }
    tasks.sort(Comparator.comparing(DueWork.Task::href));
    items.sort(mostUrgentFirst(today));
    Map<String, Long> counts = new LinkedHashMap<>();
    KINDS.forEach(kind -> counts.put(kind, 0L));
    items.forEach(item -> counts.merge(item.kind(), 1L, Long::sum));
    PageContext page =
        SignedInSession.signedIn(
            Pages.context(lang, cookie, headers, uri, "/workbench"), security, request);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("items", items.subList(0, Math.min(LISTED, items.size())));
    model.put("total", items.size());
    model.put("counts", counts);
    model.put("today", today);
    model.put("tasks", tasks);
    model.put(
        "contactHref",
        actor.village().map(v -> "/villages/" + v.value() + "/contact").orElse(null));
    return Pages.withLanguageCookie(
        Response.ok(renderer.render("workbench/workbench", page, model)), lang, page);
  }

  /**
   * Most urgent first: by the working days left (overdue first), else the calendar days to the
   * deadline, else the longest waiting; then in the order of the kinds.
   */
  static Comparator<DueWork.Item> mostUrgentFirst(LocalDate today) {
    return Comparator.comparingLong((DueWork.Item item) -> urgency(item, today))
        .thenComparingInt(item -> KINDS.indexOf(item.kind()));
  }

  private static long urgency(DueWork.Item item, LocalDate today) {
    if (item.workingDaysLeft() != null) {
      return item.workingDaysLeft();
    }
    if (item.due() != null) {
      return ChronoUnit.DAYS.between(today, item.due());
    }
    if (item.waitingDays() != null) {
      // an objection is answered within the notice's window: 10 days
      return 10 - item.waitingDays();
    }
    return Long.MAX_VALUE;
  }
}
