package org.sunshineledger.portal.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.disclosure.Disclosure;
import org.sunshineledger.disclosure.DisclosureKind;
import org.sunshineledger.disclosure.DisclosureLevel;
import org.sunshineledger.disclosure.DisclosureVersion;
import org.sunshineledger.disclosure.NoticeContent;
import org.sunshineledger.disclosure.Objection;
import org.sunshineledger.disclosure.Obligation;
import org.sunshineledger.disclosure.Publisher;
import org.sunshineledger.disclosure.WorkingCalendar;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.portal.place.RegionService;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.DistrictClock;
import org.sunshineledger.portal.shared.UnknownResourceException;
import org.sunshineledger.region.District;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.TownshipId;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageId;

/**
 * Publishing (谁分配、谁使用、谁公开): officials draft, publish, correct and answer within their scope; anyone
 * objects during the window. Every published version goes into the transparency log in the same
 * transaction that stores it. The public content is built from {@link
 * org.sunshineledger.disclosure.Cell}s, so a person's data can only ever be stored masked.
 */
@ApplicationScoped
public class DisclosureService {

  @PersistenceContext(unitName = "sunshine")
  private EntityManager em;

  @Inject RegionService regions;

  @Inject @jakarta.enterprise.inject.Any jakarta.enterprise.inject.Instance<NoticeDrafts> drafts;
  @Inject TransparencyLog log;
  @Inject DisclosureQueries queries;

  private volatile WorkingCalendar calendar;

  /**
   * The working-day calendar, as the {@code working_calendar} table holds it.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    WorkingCalendar loaded = calendar;
    if (loaded == null) {
      Set<LocalDate> holidays = new HashSet<>();
      Set<LocalDate> worked = new HashSet<>();
      for (Object row :
          em.createNativeQuery("SELECT calendar_day, working FROM working_calendar")
              .getResultList()) {
        Object[] cells = (Object[]) row;
        LocalDate day =
            cells[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) cells[0];
        (Boolean.TRUE.equals(cells[1]) ? worked : holidays).add(day);
      }
      loaded = new WorkingCalendar(holidays, worked);
      calendar = loaded;
    }
    return loaded;
  }

  /**
   * The publisher for a level and place, named as it prints on the board.
   *
   * @param level the level
   * @param township the township, for township and village level
   * @param village the village, for village level
   * @return the publisher
   */
  public Publisher publisher(DisclosureLevel level, Long township, Long village) {
    District district = regions.places().district();
    return switch (level) {
      case DISTRICT -> new Publisher(level, null, null, district.name() + "扶贫开发领导小组办公室");
      case TOWNSHIP -> {
        Township t =
            district
                .township(new TownshipId(required("township", township)))
                .orElseThrow(() -> new UnknownResourceException("township", township));
        yield new Publisher(level, t.id(), null, t.name() + "人民政府");
      }
      case VILLAGE -> {
        Village v =
            district
                .village(new VillageId(required("village", village)))
                .orElseThrow(() -> new UnknownResourceException("village", village));
        yield new Publisher(level, v.township(), v.id(), v.name() + "村民委员会");
      }
    };
  }

  /**
   * Records the obligation an event creates, once per subject (a later event of the same subject
   * keeps the first due date).
   *
   * @param event the event
   * @return the obligation as recorded
   */
  @Transactional
  public Obligation oblige(Publishable event) {
    ObligationEntity existing = em.find(ObligationEntity.class, event.subject());
    if (existing != null) {
      return existing.toDomain();
    }
    Obligation obligation =
        Obligation.arising(
            event.subject(),
            event.event(),
            publisher(event.level(), event.township(), event.village()),
            event.title(),
            event.on(),
            calendar());
    em.persist(new ObligationEntity(obligation));
    return obligation;
  }

  /**
   * Records the obligation of an event fired by another context, in its transaction.
   *
   * @param event the event
   */
  void onPublishable(@Observes Publishable event) {
    oblige(event);
  }

  /**
   * Drafts a disclosure. With a subject, it meets that obligation and takes its kind's due date.
   *
   * @param actor who
   * @param kind what it reports
   * @param publisher who publishes it
   * @param subject the obligation's subject, or null
   * @param content the content
   * @param at when
   * @return the new disclosure's id
   */
  @Transactional
  public long draft(
      Actor actor,
      DisclosureKind kind,
      Publisher publisher,
      String subject,
      NoticeContent content,
      Instant at) {
    requireScope(actor, publisher, "draft a notice for " + publisher.name());
    LocalDate due = null;
    if (subject != null) {
      ObligationEntity obligation = em.find(ObligationEntity.class, subject);
      if (obligation == null) {
        throw new UnknownResourceException("obligation", subject);
      }
      Obligation o = obligation.toDomain();
      if (o.kind() != kind || !o.publisher().equals(publisher)) {
        throw new DomainException(
            "disclosure.obligation-mismatch",
            "obligation " + subject + " is a " + o.kind() + " for " + o.publisher().name(),
            Map.of("subject", subject, "kind", o.kind().name(), "publisher", o.publisher().name()));
      }
      Long taken =
          em.createQuery("SELECT COUNT(d) FROM DisclosureEntity d WHERE d.subject = :s", Long.class)
              .setParameter("s", subject)
              .getSingleResult();
      if (taken > 0) {
        throw new DomainException(
            "disclosure.obligation-taken",
            "obligation " + subject + " already has its disclosure",
            Map.of("subject", subject));
      }
      due = o.dueDate();
    }
    DisclosureEntity entity =
        new DisclosureEntity(
            kind,
            publisher,
            subject,
            due,
            content.title(),
            NoticeJson.write(content),
            actor.username(),
            at.atOffset(ZoneOffset.UTC));
    em.persist(entity);
    em.flush();
    return entity.id();
  }

  /**
   * Drafts the notice an obligation asks for, its records filled in (and masked) by the context
   * that holds them; a subject no context knows gets a draft with its title to be written by hand.
   *
   * @param actor who; must publish for the obligation's publisher
   * @param subject the obligation's subject
   * @param at when the command is given
   * @return the draft's id
   */
  @Transactional
  public long draftFromObligation(Actor actor, String subject, Instant at) {
    ObligationEntity obligation = subject == null ? null : em.find(ObligationEntity.class, subject);
    if (obligation == null) {
      throw new UnknownResourceException("obligation", subject);
    }
    Obligation o = obligation.toDomain();
    requireScope(actor, o.publisher(), "draft a notice for " + o.publisher().name());
    NoticeContent content =
        drafts.stream()
            .map(d -> d.contentFor(subject))
            .flatMap(java.util.Optional::stream)
            .findFirst()
            .orElseGet(
                () ->
                    new NoticeContent(
                        o.title() + o.kind().chinese() + "公示", "", List.of(), List.of()));
    return draft(actor, o.kind(), o.publisher(), subject, content, at);
  }

  /**
   * Changes a draft's title and statement; its records stay as drafted from the ledger.
   *
   * @param actor who
   * @param id the draft
   * @param title the new title
   * @param statement the new statement
   */
  @Transactional
  public void editDraftText(Actor actor, long id, String title, String statement) {
    NoticeContent draft = load(lockedInScope(actor, id, "change")).draftContent();
    if (draft == null) {
      throw new DomainException(
          "disclosure.published-is-immutable",
          "disclosure " + id + " is published; correct it instead",
          Map.of("disclosure", id));
    }
    editDraft(actor, id, new NoticeContent(title, statement, draft.columns(), draft.rows()));
  }

  /**
   * Publishes a correction of a notice's title and statement, with the reason; its records stay.
   *
   * @param actor who
   * @param id the disclosure
   * @param title the corrected title
   * @param statement the corrected statement
   * @param reason why
   * @param at when
   * @return the new version
   */
  @Transactional
  public DisclosureVersion correctText(
      Actor actor, long id, String title, String statement, String reason, Instant at) {
    NoticeContent current = load(lockedInScope(actor, id, "correct")).current().content();
    return correct(
        actor,
        id,
        new NoticeContent(title, statement, current.columns(), current.rows()),
        reason,
        at);
  }

  /**
   * Changes a draft; refused once published.
   *
   * @param actor who
   * @param id the disclosure
   * @param content the new content
   */
  @Transactional
  public void editDraft(Actor actor, long id, NoticeContent content) {
    DisclosureEntity entity = lockedInScope(actor, id, "change");
    Disclosure d = load(entity);
    d.editDraft(content);
    entity.draft(content.title(), NoticeJson.write(content));
  }

  /**
   * Publishes the draft as version 1 and logs it.
   *
   * @param actor who
   * @param id the disclosure
   * @param windowStart the window's first day
   * @param windowEnd its last day
   * @param at when
   * @return the version
   */
  @Transactional
  public DisclosureVersion publish(
      Actor actor, long id, LocalDate windowStart, LocalDate windowEnd, Instant at) {
    DisclosureEntity entity = lockedInScope(actor, id, "publish");
    Disclosure d = load(entity);
    DisclosureVersion first = d.publish(windowStart, windowEnd, actor.username(), at);
    store(entity, first);
    if (entity.subject() != null) {
      ObligationEntity obligation = em.find(ObligationEntity.class, entity.subject());
      if (obligation != null) {
        obligation.met(id, windowStart);
      }
    }
    return first;
  }

  /**
   * Publishes a correction as a new version and logs it.
   *
   * @param actor who
   * @param id the disclosure
   * @param content the corrected content
   * @param reason why
   * @param at when
   * @return the new version
   */
  @Transactional
  public DisclosureVersion correct(
      Actor actor, long id, NoticeContent content, String reason, Instant at) {
    DisclosureEntity entity = lockedInScope(actor, id, "correct");
    DisclosureVersion next = load(entity).correct(content, reason, actor.username(), at);
    store(entity, next);
    return next;
  }

  /**
   * Files an objection; anyone may, during the window.
   *
   * @param id the disclosure
   * @param text what the objector says
   * @param at when
   * @return the objection
   */
  @Transactional
  public Objection object(long id, String text, Instant at) {
    DisclosureEntity entity = em.find(DisclosureEntity.class, id);
    if (entity == null || entity.currentVersion() == 0) {
      throw new UnknownResourceException("disclosure", id);
    }
    Objection filed =
        load(entity).fileObjection(0, text, LocalDate.ofInstant(at, DistrictClock.ZONE), at);
    ObjectionEntity row = new ObjectionEntity(id, filed);
    em.persist(row);
    em.flush();
    queries.forgetListingAfterCommit();
    return new Objection(
        row.id(), filed.version(), filed.text(), filed.filedAt(), null, null, null);
  }

  /**
   * Answers an objection, as the publisher.
   *
   * @param actor who
   * @param id the disclosure
   * @param objectionId the objection
   * @param answer the answer
   * @param at when
   * @return the answered objection
   */
  @Transactional
  public Objection answer(Actor actor, long id, long objectionId, String answer, Instant at) {
    DisclosureEntity entity = lockedInScope(actor, id, "answer objections to");
    Objection answered = load(entity).answer(objectionId, answer, actor.username(), at);
    ObjectionEntity row = em.find(ObjectionEntity.class, objectionId);
    row.answered(answered);
    queries.forgetListingAfterCommit();
    return answered;
  }

  /**
   * Whether an actor answers the objections to a disclosure: its publisher's officials.
   *
   * @param actor who, null for a visitor
   * @param id the disclosure
   * @return true within the actor's scope
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean mayAnswer(Actor actor, long id) {
    DisclosureEntity entity = em.find(DisclosureEntity.class, id);
    return actor != null && entity != null && mayPublish(actor, entity.publisher());
  }

  /**
   * Archives a disclosure whose window closed.
   *
   * @param actor who
   * @param id the disclosure
   * @param today the day
   */
  @Transactional
  public void archive(Actor actor, long id, LocalDate today) {
    DisclosureEntity entity = lockedInScope(actor, id, "archive");
    load(entity).archive(today);
    entity.archive();
    queries.forgetListingAfterCommit();
  }

  /**
   * The aggregate as stored.
   *
   * @param entity the head row
   * @return the disclosure
   */
  Disclosure load(DisclosureEntity entity) {
    List<DisclosureVersion> versions =
        em
            .createQuery(
                "SELECT v FROM DisclosureVersionEntity v WHERE v.disclosureId = :d"
                    + " ORDER BY v.number",
                DisclosureVersionEntity.class)
            .setParameter("d", entity.id())
            .getResultList()
            .stream()
            .map(v -> NoticeJson.version(v.canonical()))
            .toList();
    List<Objection> objections =
        em
            .createQuery(
                "SELECT o FROM ObjectionEntity o WHERE o.disclosureId = :d ORDER BY o.id",
                ObjectionEntity.class)
            .setParameter("d", entity.id())
            .getResultList()
            .stream()
            .map(ObjectionEntity::toDomain)
            .toList();
    return Disclosure.restore(
        entity.id(),
        entity.kind(),
        entity.publisher(),
        entity.subject(),
        entity.dueDate(),
        entity.draft() == null ? null : NoticeJson.content(entity.draft()),
        versions,
        objections,
        entity.archived());
  }

  /**
   * Whether an actor may publish for a publisher.
   *
   * @param actor who
   * @param publisher the publisher
   * @return true within the actor's scope
   */
  public boolean mayPublish(Actor actor, Publisher publisher) {
    return switch (publisher.level()) {
      case DISTRICT -> actor.role() == Role.DISTRICT_ADMIN;
      case TOWNSHIP -> actor.mayWriteTo(publisher.township());
      case VILLAGE ->
          regions
              .places()
              .district()
              .village(publisher.village())
              .map(actor::mayWriteTo)
              .orElse(false);
    };
  }

  private void store(DisclosureEntity entity, DisclosureVersion version) {
    queries.forgetListingAfterCommit();
    long index = log.reserveIndex();
    String canonical = version.canonicalJson();
    em.persist(
        new DisclosureVersionEntity(
            entity.id(),
            version.number(),
            index,
            HexFormat.of().formatHex(version.leafHash()),
            canonical,
            version.publishedAt().atOffset(ZoneOffset.UTC)));
    entity.published(
        version.number(), version.content().title(), version.windowStart(), version.windowEnd());
  }

  private DisclosureEntity lockedInScope(Actor actor, long id, String what) {
    DisclosureEntity entity = em.find(DisclosureEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (entity == null) {
      throw new UnknownResourceException("disclosure", id);
    }
    requireScope(actor, entity.publisher(), what + " disclosure " + id);
    return entity;
  }

  private void requireScope(Actor actor, Publisher publisher, String what) {
    if (!mayPublish(actor, publisher)) {
      throw new AccessDeniedException(actor.username() + " may not " + what);
    }
  }

  private static long required(String field, Long value) {
    if (value == null) {
      throw new DomainException(
          "disclosure.publisher", "this level names its " + field, Map.of("field", field));
    }
    return value;
  }
}
