package org.sunshineledger.portal.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.page.Language;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.DistrictClock;
import org.sunshineledger.portal.shared.Page;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.portal.supervision.SupervisionViews.LeadEventView;
import org.sunshineledger.portal.supervision.SupervisionViews.LeadView;
import org.sunshineledger.portal.supervision.SupervisionViews.PublicCount;
import org.sunshineledger.portal.supervision.SupervisionViews.Summary;
import org.sunshineledger.portal.supervision.SupervisionViews.SummaryLine;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;
import org.sunshineledger.supervision.Lead;
import org.sunshineledger.supervision.LeadEvent;
import org.sunshineledger.supervision.LeadStatus;

/** The rectification ledger as officials and auditors read it, and its counts for the public. */
@ApplicationScoped
public class SupervisionQueries {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;

  /**
   * The leads an official or auditor sees, newest first.
   *
   * @param actor who reads
   * @param status only leads in this status, or null for all
   * @param page the page
   * @param language the names' language
   * @return the page of leads
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<LeadView> leads(Actor actor, LeadStatus status, PageRequest page, Language language) {
    if (actor.role() == Role.DONOR) {
      throw new AccessDeniedException(actor.username() + " may not read the rectification ledger");
    }
    String where =
        switch (actor.role()) {
          // a complaint's lead reaches the officials of its place once found true
          case TOWNSHIP_OFFICER ->
              " WHERE l.townshipId = :place AND (l.rule <> :complaint OR l.status IN :shown)";
          case VILLAGE_OFFICER ->
              " WHERE l.villageId = :place AND (l.rule <> :complaint OR l.status IN :shown)";
          default -> " WHERE 1 = 1";
        };
    if (status != null) {
      where += " AND l.status = :status";
    }
    TypedQuery<LeadEntity> query =
        em.createQuery(
            "SELECT l FROM LeadEntity l" + where + " ORDER BY l.openedAt DESC, l.id DESC",
            LeadEntity.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(l) FROM LeadEntity l" + where, Long.class);
    for (TypedQuery<?> q : List.of(query, count)) {
      if (status != null) {
        q.setParameter("status", status);
      }
      switch (actor.role()) {
        case TOWNSHIP_OFFICER -> q.setParameter("place", actor.township().orElseThrow().value());
        case VILLAGE_OFFICER -> q.setParameter("place", actor.village().orElseThrow().value());
        default -> {}
      }
      if (actor.role() == Role.TOWNSHIP_OFFICER || actor.role() == Role.VILLAGE_OFFICER) {
        q.setParameter("complaint", org.sunshineledger.supervision.Complaint.RULE);
        q.setParameter(
            "shown", List.of(LeadStatus.CONFIRMED, LeadStatus.RECTIFYING, LeadStatus.CLOSED));
      }
    }
    List<LeadView> items =
        query.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList().stream()
            .map(l -> view(l, actor, language))
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  /**
   * One lead with its history.
   *
   * @param actor who reads
   * @param id the lead
   * @param language the names' language
   * @return the lead
   * @throws UnknownResourceException when there is none the actor sees
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LeadView lead(Actor actor, long id, Language language) {
    LeadEntity lead = em.find(LeadEntity.class, id);
    if (lead == null) {
      throw new UnknownResourceException("lead", id);
    }
    if (!SupervisionScope.sees(actor, lead)) {
      throw new AccessDeniedException(actor.username() + " may not read lead " + id);
    }
    return view(lead, actor, language);
  }

  /**
   * A lead as read, with the moves the reader may make next.
   *
   * @param entity the lead
   * @param reader who reads
   * @param language the names' language
   * @return the view
   */
  LeadView view(LeadEntity entity, Actor reader, Language language) {
    Lead lead = entity.toDomain();
    District district = regions.places().district();
    LocalDate today = LocalDate.now(DistrictClock.ZONE);
    Map<String, String> figures = new java.util.LinkedHashMap<>();
    lead.finding().figures().forEach((k, v) -> figures.put(k, String.valueOf(v)));
    return new LeadView(
        entity.id(),
        entity.rule(),
        ruleName(entity.rule(), language),
        entity.subject(),
        entity.townshipId(),
        entity.townshipId() == null
            ? ""
            : district.township(new TownshipId(entity.townshipId())).map(Township::name).orElse(""),
        entity.villageId(),
        entity.villageId() == null
            ? ""
            : district.village(new VillageId(entity.villageId())).map(Village::name).orElse(""),
        figures,
        lead.status().name(),
        PageRenderer.message(language, "lead.status." + lead.status().name()),
        lead.deadline().map(LocalDate::toString).orElse(null),
        lead.overdueOn(today),
        entity.openedAt().toString(),
        lead.history().stream().map(SupervisionQueries::event).toList(),
        java.util.Arrays.stream(SupervisionService.Move.values())
            .filter(m -> lead.status().next().contains(reaching(m)))
            .filter(m -> SupervisionScope.mayMove(reader, lead, m))
            .map(Enum::name)
            .toList());
  }

  /** The status a move leads to. */
  private static LeadStatus reaching(SupervisionService.Move move) {
    return switch (move) {
      case CONFIRM -> LeadStatus.CONFIRMED;
      case DISMISS -> LeadStatus.UNFOUNDED;
      case RECTIFY -> LeadStatus.RECTIFYING;
      case CLOSE -> LeadStatus.CLOSED;
    };
  }

  private static LeadEventView event(LeadEvent e) {
    return new LeadEventView(
        e.from().map(Enum::name).orElse(null),
        e.to().name(),
        e.by(),
        e.at().toString(),
        e.note(),
        e.deadline().map(LocalDate::toString).orElse(null));
  }

  static String ruleName(String rule, Language language) {
    return PageRenderer.message(language, "lead.rule." + rule);
  }

  /**
   * The public's summary: leads found, closed, found not true and open, by township, by rule and by
   * quarter, and the mean days to close; no record, no person, and one or two shown as fewer than
   * three.
   *
   * @param language the names' language
   * @return the summary
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Summary summary(Language language) {
    District district = regions.places().district();
    // the leads' own columns and the day each was closed, in two queries: no lead's history is read
    Map<Long, OffsetDateTime> closedAt = new java.util.HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT l.id, MAX(e.at) FROM LeadEntity l JOIN l.history e"
                    + " WHERE e.to = :closed GROUP BY l.id",
                Object[].class)
            .setParameter("closed", LeadStatus.CLOSED)
            .getResultList()) {
      closedAt.put((Long) row[0], (OffsetDateTime) row[1]);
    }
    List<Counted> all = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "SELECT l.id, l.townshipId, l.rule, l.status, l.openedAt FROM LeadEntity l",
                Object[].class)
            .getResultList()) {
      all.add(
          new Counted(
              (Long) row[1],
              (String) row[2],
              (LeadStatus) row[3],
              (OffsetDateTime) row[4],
              closedAt.get((Long) row[0])));
    }
    Function<Counted, String> township =
        l ->
            l.township() == null
                ? PageRenderer.message(language, "supervision.districtLevel")
                : district.township(new TownshipId(l.township())).map(Township::name).orElse("");
    Function<Counted, String> quarter =
        l -> {
          OffsetDateTime at = l.openedAt().atZoneSameInstant(DistrictClock.ZONE).toOffsetDateTime();
          return at.getYear() + "Q" + ((at.getMonthValue() - 1) / 3 + 1);
        };
    long closedCount = 0;
    long days = 0;
    for (Counted l : all) {
      if (l.status() == LeadStatus.CLOSED && l.closedAt() != null) {
        closedCount++;
        days += Duration.between(l.openedAt(), l.closedAt()).toDays();
      }
    }
    return new Summary(
        lines(all, township),
        lines(all, l -> ruleName(l.rule(), language)),
        lines(all, quarter),
        closedCount == 0
            ? null
            : BigDecimal.valueOf(days)
                .divide(BigDecimal.valueOf(closedCount), 1, RoundingMode.HALF_UP)
                .toPlainString(),
        line("", all));
  }

  /** A lead as the public's counts take it: its place, rule, status and days. */
  private record Counted(
      Long township,
      String rule,
      LeadStatus status,
      OffsetDateTime openedAt,
      OffsetDateTime closedAt) {}

  private static List<SummaryLine> lines(List<Counted> all, Function<Counted, String> key) {
    Map<String, List<Counted>> grouped = new TreeMap<>();
    all.forEach(l -> grouped.computeIfAbsent(key.apply(l), k -> new ArrayList<>()).add(l));
    return grouped.entrySet().stream().map(e -> line(e.getKey(), e.getValue())).toList();
  }

  private static SummaryLine line(String key, List<Counted> leads) {
    long closed = leads.stream().filter(l -> l.status() == LeadStatus.CLOSED).count();
    long unfounded = leads.stream().filter(l -> l.status() == LeadStatus.UNFOUNDED).count();
    return new SummaryLine(
        key,
        PublicCount.of(leads.size()),
        PublicCount.of(closed),
        PublicCount.of(unfounded),
        PublicCount.of(leads.size() - closed - unfounded));
  }
}
