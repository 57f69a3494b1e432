package org.sunshineledger.portal.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sunshineledger.access.Actor;
import org.sunshineledger.disclosure.Cell;
import org.sunshineledger.disclosure.Disclosure;
import org.sunshineledger.disclosure.DisclosureKind;
import org.sunshineledger.disclosure.DisclosureLevel;
import org.sunshineledger.disclosure.DisclosureVersion;
import org.sunshineledger.disclosure.NoticeContent;
import org.sunshineledger.disclosure.Obligation;
import org.sunshineledger.portal.disclosure.DisclosureViews.DisclosureDetail;
import org.sunshineledger.portal.disclosure.DisclosureViews.DisclosureListing;
import org.sunshineledger.portal.disclosure.DisclosureViews.DisclosureSummary;
import org.sunshineledger.portal.disclosure.DisclosureViews.FeedEntry;
import org.sunshineledger.portal.disclosure.DisclosureViews.ObjectionView;
import org.sunshineledger.portal.disclosure.DisclosureViews.OverdueView;
import org.sunshineledger.portal.disclosure.DisclosureViews.VersionView;
import org.sunshineledger.portal.place.Places;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.AfterCommit;
import org.sunshineledger.portal.shared.DistrictClock;
import org.sunshineledger.portal.shared.KeptUntilWrite;
import org.sunshineledger.portal.shared.Page;
import org.sunshineledger.portal.shared.PageRequest;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.District;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.VillageId;

/** The public reads of disclosures, the overdue list and the feeds. Drafts are never public. */
@ApplicationScoped
public class DisclosureQueries {
  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;
  @Inject TransparencyLog log;
  @Inject DisclosureService service;

  @Inject
  @ConfigProperty(name = "sunshine.disclosure.local-phone")
  java.util.Optional<String> localPhone;

  @Inject
  @ConfigProperty(name = "sunshine.demo", defaultValue = "true")
  boolean demo;

  /**
   * The filters of the public list; null means any.
   *
   * @param kind the kind
   * @param level the level
   * @param township the township (its own and its villages' notices)
   * @param village the village
   * @param status the status
   * @param from first window day on or after
   * @param to first window day on or before
   */
  public record Filter(
      DisclosureKind kind,
      DisclosureLevel level,
      Long township,
      Long village,
      Disclosure.Status status,
      LocalDate from,
      LocalDate to) {}

  /**
   * A page of published disclosures, newest window first, with the counts of each filter value.
   *
   * @param filter the filters
   * @param request the page
   * @return the listing
   */
  @Transactional
  public DisclosureListing list(Filter filter, PageRequest request) {
    LocalDate today = LocalDate.now(DistrictClock.ZONE);
    List<DisclosureSummary> all = kept.get(today, () -> published(today));
    Map<String, Predicate<DisclosureSummary>> tests = new LinkedHashMap<>();
    tests.put("kind", s -> filter.kind() == null || s.kind().equals(filter.kind().name()));
    tests.put("level", s -> filter.level() == null || s.level().equals(filter.level().name()));
    tests.put("township", s -> filter.township() == null || filter.township().equals(s.township()));
    tests.put("village", s -> filter.village() == null || filter.village().equals(s.village()));
    tests.put("status", s -> filter.status() == null || s.status().equals(filter.status().name()));
    tests.put(
        "window",
        s ->
            (filter.from() == null || !LocalDate.parse(s.windowStart()).isBefore(filter.from()))
                && (filter.to() == null || !LocalDate.parse(s.windowStart()).isAfter(filter.to())));
    Map<String, Function<DisclosureSummary, Object>> facets = new LinkedHashMap<>();
    facets.put("kind", DisclosureSummary::kind);
    facets.put("level", DisclosureSummary::level);
    facets.put("township", DisclosureSummary::township);
    facets.put("status", DisclosureSummary::status);
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (Map.Entry<String, Function<DisclosureSummary, Object>> facet : facets.entrySet()) {
      Map<String, Long> values = new LinkedHashMap<>();
      for (DisclosureSummary s : all) {
        boolean others =
            tests.entrySet().stream()
                .filter(t -> !t.getKey().equals(facet.getKey()))
                .allMatch(t -> t.getValue().test(s));
        Object value = facet.getValue().apply(s);
        if (others && value != null) {
          values.merge(value.toString(), 1L, Long::sum);
        }
      }
      counts.put(facet.getKey(), values);
    }
    List<DisclosureSummary> matching =
        all.stream().filter(s -> tests.values().stream().allMatch(t -> t.test(s))).toList();
    Page<DisclosureSummary> page = Page.of(matching, request);
    return new DisclosureListing(page.items(), page.page(), page.size(), page.total(), counts);
  }

  /**
   * Every published disclosure's summary as of a day, newest window first: the public list's
   * source, read by every request of the most visited page, so kept until a disclosure or an
   * objection changes (or the day turns, which moves windows and due dates).
   */
  private List<DisclosureSummary> published(LocalDate today) {
    Map<Long, Long> objections = objectionCounts();
    return em
        .createQuery(
            "SELECT d FROM DisclosureEntity d WHERE d.currentVersion > 0"
                + " ORDER BY d.windowStart DESC, d.id DESC",
            DisclosureEntity.class)
        .getResultList()
        .stream()
        .map(d -> summary(d, today, objections))
        .toList();
  }

  /** The published summaries, by day. */
  private final KeptUntilWrite kept = new KeptUntilWrite(5, 4);

  @jakarta.annotation.Resource jakarta.transaction.TransactionSynchronizationRegistry transactions;

  /**
   * Forgets the kept summaries when the current transaction ends: called by every write to a
   * published disclosure or its objections.
   */
  void forgetListingAfterCommit() {
    AfterCommit.forgetNowAndAtCompletion(transactions, kept::forget);
  }

  /**
   * One disclosure with its versions and objections; a draft only for an official in scope.
   *
   * @param id the disclosure
   * @param viewer the signed-in official, or null for the public
   * @return the detail
   */
  @Transactional
  public DisclosureDetail detail(long id, Actor viewer) {
    DisclosureEntity entity = visible(id, viewer);
    LocalDate today = LocalDate.now(DistrictClock.ZONE);
    Disclosure d = service.load(entity);
    List<DisclosureVersionEntity> rows = versionRows(id);
    List<VersionView> versions = new ArrayList<>();
    for (int n = rows.size() - 1; n >= 0; n--) {
      DisclosureVersionEntity row = rows.get(n);
      DisclosureVersion v = d.versions().get(n);
      versions.add(
          new VersionView(
              v.number(),
              v.replaces(),
              v.reason(),
              v.publishedAt().toString(),
              row.leafIndex(),
              row.leafHash(),
              row.leafHash().substring(0, 16),
              log.intact(row),
              v.content().title(),
              v.content().statement(),
              v.content().columns(),
              v.content().rows().stream().map(r -> r.stream().map(Cell::value).toList()).toList()));
    }
    List<ObjectionView> objections =
        d.objections().stream()
            .map(
                o ->
                    new ObjectionView(
                        o.id(),
                        o.version(),
                        o.text(),
                        o.filedAt().toString(),
                        o.answer(),
                        o.answeredAt() == null ? null : o.answeredAt().toString()))
            .toList();
    return new DisclosureDetail(
        summary(entity, today, objectionCounts()), versions, objections, complaintChannels(entity));
  }

  /**
   * The current version of a published disclosure (for exports and the printable notice).
   *
   * @param id the disclosure
   * @return the version and its row
   */
  @Transactional
  public Current current(long id) {
    DisclosureEntity entity = visible(id, null);
    List<DisclosureVersionEntity> rows = versionRows(id);
    DisclosureVersionEntity row = rows.get(rows.size() - 1);
    return new Current(
        NoticeJson.version(row.canonical()), row, complaintChannels(entity), entity.dueDate());
  }

  /**
   * A disclosure's current version with what its notice prints.
   *
   * @param version the version
   * @param row its stored row (leaf index and hash)
   * @param complaintChannels the complaint channels
   * @param dueDate the due date, or null
   */
  public record Current(
      DisclosureVersion version,
      DisclosureVersionEntity row,
      List<String> complaintChannels,
      LocalDate dueDate) {}

  /**
   * What should be published and is not yet, the longest overdue first.
   *
   * @param township only this township's (and its villages'), or null
   * @param request the page
   * @return the page
   */
  public Page<OverdueView> overdue(Long township, PageRequest request) {
    return obligations(township, true, request);
  }

  /**
   * The obligations not yet met, the earliest due first: all of them, or only the overdue.
   *
   * @param township only this township's (and its villages'), or null
   * @param overdueOnly only those past their due date
   * @param request the page
   * @return the page
   */
  @Transactional
  public Page<OverdueView> obligations(Long township, boolean overdueOnly, PageRequest request) {
    LocalDate today = LocalDate.now(DistrictClock.ZONE);
    District district = regions.places().district();
    List<OverdueView> views = new ArrayList<>();
    for (ObligationEntity row :
        em.createQuery(
                "SELECT o FROM ObligationEntity o WHERE o.publishedOn IS NULL"
                    + " ORDER BY o.dueDate, o.subject",
                ObligationEntity.class)
            .getResultList()) {
      Obligation o = row.toDomain();
      TownshipId t = o.publisher().township();
      if ((township != null && (t == null || t.value() != township))
          || (overdueOnly && !o.overdue(today, null))) {
        continue;
      }
      views.add(
          new OverdueView(
              o.subject(),
              o.kind().name(),
              o.kind().chinese(),
              o.title(),
              o.publisher().name(),
              t == null ? null : t.value(),
              t == null ? null : district.township(t).map(x -> x.name()).orElse(null),
              o.eventDate().toString(),
              o.dueDate().toString(),
              Math.max(0, ChronoUnit.DAYS.between(o.dueDate(), today))));
    }
    return Page.of(views, request);
  }

  /**
   * The latest new disclosures and corrections, newest first.
   *
   * @param township only this township's (and its villages'), or null for the district's feed
   * @param limit how many
   * @return the entries
   */
  @Transactional
  public List<FeedEntry> feed(Long township, int limit) {
    Map<Long, DisclosureEntity> heads = new HashMap<>();
    List<FeedEntry> entries = new ArrayList<>();
    for (DisclosureVersionEntity v :
        em.createQuery(
                "SELECT v FROM DisclosureVersionEntity v ORDER BY v.publishedAt DESC, v.id DESC",
                DisclosureVersionEntity.class)
            .getResultList()) {
      DisclosureEntity head =
          heads.computeIfAbsent(v.disclosureId(), k -> em.find(DisclosureEntity.class, k));
      if (township != null && !township.equals(head.townshipId())) {
        continue;
      }
      DisclosureVersion version = NoticeJson.version(v.canonical());
      entries.add(
          new FeedEntry(
              v.disclosureId(),
              v.number(),
              version.content().title(),
              version.publisher().name(),
              version.kind().chinese(),
              version.publishedAt(),
              version.reason()));
      if (entries.size() == limit) {
        break;
      }
    }
    return entries;
  }

  /**
   * A notice's content exactly as the public will see it: its draft before publication, its current
   * version after.
   *
   * @param id the disclosure
   * @param title the title
   * @param statement the statement
   * @param columns the headings
   * @param rows the records, every cell in its public (masked) form
   * @param published whether it is published
   */
  public record ContentView(
      long id,
      String title,
      String statement,
      List<String> columns,
      List<List<String>> rows,
      boolean published) {}

  /**
   * A notice's content as the public sees it, for its publisher's pages.
   *
   * @param id the disclosure
   * @param viewer who asks; a draft is visible only to its publisher
   * @return the content
   */
  public ContentView content(long id, Actor viewer) {
    DisclosureEntity entity = visible(id, viewer);
    Disclosure d = service.load(entity);
    NoticeContent content = entity.currentVersion() == 0 ? d.draftContent() : d.current().content();
    return new ContentView(
        id,
        content.title(),
        content.statement(),
        content.columns(),
        content.rows().stream().map(r -> r.stream().map(Cell::value).toList()).toList(),
        entity.currentVersion() > 0);
  }

  private DisclosureEntity visible(long id, Actor viewer) {
    DisclosureEntity entity = em.find(DisclosureEntity.class, id);
    if (entity == null
        || (entity.currentVersion() == 0
            && (viewer == null || !service.mayPublish(viewer, entity.publisher())))) {
      throw new UnknownResourceException("disclosure", id);
    }
    return entity;
  }

  private List<DisclosureVersionEntity> versionRows(long id) {
    return em.createQuery(
            "SELECT v FROM DisclosureVersionEntity v WHERE v.disclosureId = :d ORDER BY v.number",
            DisclosureVersionEntity.class)
        .setParameter("d", id)
        .getResultList();
  }

  private Map<Long, Long> objectionCounts() {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT o.disclosureId, COUNT(o) FROM ObjectionEntity o GROUP BY o.disclosureId",
                Object[].class)
            .getResultList()) {
      counts.put((Long) row[0], (Long) row[1]);
    }
    return counts;
  }

  private List<String> complaintChannels(DisclosureEntity entity) {
    List<String> channels = new ArrayList<>();
    channels.add("全国扶贫监督举报电话 " + Disclosure.NATIONAL_HOTLINE);
    Places places = regions.places();
    if (entity.villageId() != null) {
      places
          .contactOf(new VillageId(entity.villageId()))
          .ifPresent(c -> channels.add("村级监督电话 " + c.complaintPhone()));
    }
    channels.add(
        localPhone
            .filter(phone -> !phone.isBlank())
            .map(phone -> "峄城区扶贫开发领导小组办公室监督电话 " + phone)
            .orElse(
                demo
                    ? "峄城区扶贫开发领导小组办公室监督电话 0632-0000000（演示号码）"
                    : "本级监督电话见公开栏（部署时请设置 sunshine.disclosure.local-phone）"));
    return channels;
  }

  private DisclosureSummary summary(
      DisclosureEntity d, LocalDate today, Map<Long, Long> objections) {
    District district = regions.places().district(); // cached by the region service
    Disclosure.Status status =
        Disclosure.statusOf(d.currentVersion() > 0, d.archived(), d.windowEnd(), today);
    boolean overdue = Disclosure.overdue(d.dueDate(), d.windowStart(), today);
    return new DisclosureSummary(
        d.id(),
        d.kind().name(),
        d.kind().chinese(),
        d.level().name(),
        d.level().chinese(),
        d.townshipId(),
        d.townshipId() == null
            ? null
            : district.township(new TownshipId(d.townshipId())).map(t -> t.name()).orElse(null),
        d.villageId(),
        d.villageId() == null
            ? null
            : district.village(new VillageId(d.villageId())).map(v -> v.name()).orElse(null),
        d.publisher().name(),
        d.title(),
        d.currentVersion(),
        d.windowStart() == null ? null : d.windowStart().toString(),
        d.windowEnd() == null ? null : d.windowEnd().toString(),
        status.name(),
        d.dueDate() == null ? null : d.dueDate().toString(),
        overdue,
        objections.getOrDefault(d.id(), 0L));
  }
}
