package org.sunshineledger.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sunshineledger.kernel.DomainException;

/**
 * A public notice (信息公开事项) through its life: a draft the publisher may still change, then published
 * versions that are never edited (a correction is a new version naming the one it replaces and
 * why), a publication window of at least {@value #MINIMUM_WINDOW_DAYS} days during which anyone may
 * object, the publisher's answers, and the archive.
 */
public final class Disclosure {
  /** The shortest window a notice stays up on the board, in days counting both ends (公示期). */
  public static final int MINIMUM_WINDOW_DAYS = 10;

  /** The national complaint hotline printed on every notice (扶贫监督举报电话). */
  public static final String NATIONAL_HOTLINE = "12317";

  /** Where a disclosure stands. */
  public enum Status {
    /** 草稿 — not public, may be changed. */
    DRAFT,
    /** 公示中 — inside its window; objections are taken. */
    PUBLISHED,
    /** 公示期满 — the window has closed; still public. */
    WINDOW_CLOSED,
    /** 已归档 — kept, public, no longer on the board. */
    ARCHIVED
  }

  private final long id;
  private final DisclosureKind kind;
  private final Publisher publisher;
  private final String subject;
  private final LocalDate dueDate;
  private NoticeContent draft;
  private final List<DisclosureVersion> versions;
  private final List<Objection> objections;
  private boolean archived;

  private Disclosure(
      long id,
      DisclosureKind kind,
      Publisher publisher,
      String subject,
      LocalDate dueDate,
      NoticeContent draft,
      List<DisclosureVersion> versions,
      List<Objection> objections,
      boolean archived) {
    this.id = id;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.subject = subject;
    this.dueDate = dueDate;
    this.draft = draft;
    this.versions = new ArrayList<>(versions);
    this.objections = new ArrayList<>(objections);
    this.archived = archived;
  }

  /**
   * A new draft.
   *
   * @param id id
   * @param kind what it reports
   * @param publisher who publishes it
   * @param subject the subject of the obligation it meets, or null
   * @param dueDate the obligation's due date, or null
   * @param content the draft content
   * @return the draft
   */
  public static Disclosure draft(
      long id,
      DisclosureKind kind,
      Publisher publisher,
      String subject,
      LocalDate dueDate,
      NoticeContent content) {
    return new Disclosure(
        id,
        kind,
        publisher,
        subject,
        dueDate,
        Objects.requireNonNull(content, "content"),
        List.of(),
        List.of(),
        false);
  }

  /**
   * A disclosure as stored.
   *
   * @param id id
   * @param kind kind
   * @param publisher publisher
   * @param subject subject or null
   * @param dueDate due date or null
   * @param draft the draft content, or null once published
   * @param versions the published versions, oldest first
   * @param objections the objections, oldest first
   * @param archived whether archived
   * @return the disclosure
   */
  public static Disclosure restore(
      long id,
      DisclosureKind kind,
      Publisher publisher,
      String subject,
      LocalDate dueDate,
      NoticeContent draft,
      List<DisclosureVersion> versions,
      List<Objection> objections,
      boolean archived) {
    return new Disclosure(
        id, kind, publisher, subject, dueDate, draft, versions, objections, archived);
  }

  /**
   * Replaces the draft's content; only a draft can be changed.
   *
   * @param content the new content
   * @throws DomainException {@code disclosure.published-is-immutable} once published
   */
  public void editDraft(NoticeContent content) {
    if (!versions.isEmpty()) {
      throw new DomainException(
          "disclosure.published-is-immutable",
          "disclosure "
              + id
              + " was published as version "
              + versions.size()
              + "; published content is never edited — publish a correction that names the reason",
          Map.of("disclosure", id, "versions", versions.size()));
    }
    draft = Objects.requireNonNull(content, "content");
  }

  /**
   * Publishes the draft as version 1.
   *
   * @param windowStart the window's first day
   * @param windowEnd its last day, at least {@value #MINIMUM_WINDOW_DAYS} days counting both ends
   * @param by the official
   * @param at when
   * @return the published version
   */
  public DisclosureVersion publish(
      LocalDate windowStart, LocalDate windowEnd, String by, Instant at) {
    if (!versions.isEmpty()) {
      throw new DomainException(
          "disclosure.already-published",
          "disclosure " + id + " is already published; correct it instead",
          Map.of("disclosure", id));
    }
    long days = ChronoUnit.DAYS.between(windowStart, windowEnd) + 1;
    if (days < MINIMUM_WINDOW_DAYS) {
      throw new DomainException(
          "disclosure.window-too-short",
          "a notice stays up at least "
              + MINIMUM_WINDOW_DAYS
              + " days; "
              + windowStart
              + " to "
              + windowEnd
              + " is "
              + days,
          Map.of(
              "minimumDays",
              MINIMUM_WINDOW_DAYS,
              "days",
              days,
              "windowStart",
              windowStart.toString(),
              "windowEnd",
              windowEnd.toString()));
    }
    DisclosureVersion first =
        new DisclosureVersion(id, 1, kind, publisher, draft, windowStart, windowEnd, 0, "", by, at);
    versions.add(first);
    draft = null;
    return first;
  }

  /**
   * Publishes a correction: a new version that names the version it replaces and why. The window
   * stays as it was; both versions stay public.
   *
   * @param content the corrected content
   * @param reason why, not blank
   * @param by the official
   * @param at when
   * @return the new version
   */
  public DisclosureVersion correct(NoticeContent content, String reason, String by, Instant at) {
    if (versions.isEmpty()) {
      throw new DomainException(
          "disclosure.not-published",
          "disclosure " + id + " is a draft; change the draft instead of correcting it",
          Map.of("disclosure", id));
    }
    if (reason == null || reason.isBlank()) {
      throw new DomainException(
          "disclosure.correction-reason",
          "a correction names its reason",
          Map.of("disclosure", id));
    }
    Cell.text(reason);
    DisclosureVersion previous = current();
    DisclosureVersion next =
        new DisclosureVersion(
            id,
            previous.number() + 1,
            kind,
            publisher,
            content,
            previous.windowStart(),
            previous.windowEnd(),
            previous.number(),
            reason.strip(),
            by,
            at);
    versions.add(next);
    return next;
  }

  /**
   * Files an objection against the current version; only inside the window.
   *
   * @param objectionId the new objection's id
   * @param text what the objector says, 5 to 1000 characters, with no phone or ID numbers
   * @param today the day it is filed
   * @param at when
   * @return the objection
   * @throws DomainException {@code disclosure.objection-outside-window} naming the window and the
   *     day
   */
  public Objection fileObjection(long objectionId, String text, LocalDate today, Instant at) {
    Status status = status(today);
    if (status != Status.PUBLISHED || today.isBefore(current().windowStart())) {
      DisclosureVersion version = versions.isEmpty() ? null : current();
      throw new DomainException(
          "disclosure.objection-outside-window",
          version == null
              ? "disclosure " + id + " is not published; objections are taken during its window"
              : "objections to disclosure "
                  + id
                  + " were taken from "
                  + version.windowStart()
                  + " to "
                  + version.windowEnd()
                  + "; today is "
                  + today,
          version == null
              ? Map.of("disclosure", id, "today", today.toString())
              : Map.of(
                  "disclosure", id,
                  "windowStart", version.windowStart().toString(),
                  "windowEnd", version.windowEnd().toString(),
                  "today", today.toString()));
    }
    String body = text == null ? "" : text.strip();
    if (body.length() < 5 || body.length() > 1000) {
      throw new DomainException(
          "disclosure.objection-length",
          "an objection has 5 to 1000 characters; this one has " + body.length(),
          Map.of("minimum", 5, "maximum", 1000, "length", body.length()));
    }
    Cell.text(body);
    Objection objection =
        new Objection(objectionId, current().number(), body, at, null, null, null);
    objections.add(objection);
    return objection;
  }

  /**
   * Records the publisher's answer to an objection; an objection is answered once.
   *
   * @param objectionId the objection
   * @param answer the answer, not blank
   * @param by the official
   * @param at when
   * @return the answered objection
   */
  public Objection answer(long objectionId, String answer, String by, Instant at) {
    for (int n = 0; n < objections.size(); n++) {
      Objection o = objections.get(n);
      if (o.id() != objectionId) {
        continue;
      }
      if (o.answered()) {
        throw new DomainException(
            "disclosure.objection-answered",
            "objection " + objectionId + " was answered on " + o.answeredAt(),
            Map.of("objection", objectionId));
      }
      if (answer == null || answer.isBlank()) {
        throw new DomainException(
            "disclosure.answer-empty",
            "an answer says something",
            Map.of("objection", objectionId));
      }
      Cell.text(answer);
      Objection answered =
          new Objection(o.id(), o.version(), o.text(), o.filedAt(), answer.strip(), by, at);
      objections.set(n, answered);
      return answered;
    }
    throw new DomainException(
        "disclosure.objection-unknown",
        "disclosure " + id + " has no objection " + objectionId,
        Map.of("disclosure", id, "objection", objectionId));
  }

  /**
   * Archives a disclosure whose window has closed.
   *
   * @param today the day
   */
  public void archive(LocalDate today) {
    if (status(today) != Status.WINDOW_CLOSED) {
      throw new DomainException(
          "disclosure.archive",
          "only a disclosure whose window has closed is archived; " + id + " is " + status(today),
          Map.of("disclosure", id, "status", status(today).name()));
    }
    archived = true;
  }

  /**
   * Where the disclosure stands on a day.
   *
   * @param today the day
   * @return the status
   */
  public Status status(LocalDate today) {
    return statusOf(
        !versions.isEmpty(), archived, versions.isEmpty() ? null : current().windowEnd(), today);
  }

  /**
   * Where a disclosure stands, from the facts a list keeps about it.
   *
   * @param published whether a version was published
   * @param archived whether it was archived
   * @param windowEnd the window's last day, or null for a draft
   * @param today the day
   * @return the status
   */
  public static Status statusOf(
      boolean published, boolean archived, LocalDate windowEnd, LocalDate today) {
    if (!published) {
      return Status.DRAFT;
    }
    if (archived) {
      return Status.ARCHIVED;
    }
    return today.isAfter(windowEnd) ? Status.WINDOW_CLOSED : Status.PUBLISHED;
  }

  /**
   * Whether it is overdue: a due date passed before its first publication.
   *
   * @param today the day
   * @return true when the due date has passed unpublished, or it was published after it
   */
  public boolean overdue(LocalDate today) {
    return overdue(dueDate, versions.isEmpty() ? null : versions.get(0).windowStart(), today);
  }

  /**
   * Whether a due date was missed: passed unpublished, or published after it.
   *
   * @param dueDate the due date, or null when there is none
   * @param firstPublished the first version's window start, or null while a draft
   * @param today the day
   * @return true when overdue
   */
  public static boolean overdue(LocalDate dueDate, LocalDate firstPublished, LocalDate today) {
    if (dueDate == null) {
      return false;
    }
    return firstPublished == null ? today.isAfter(dueDate) : firstPublished.isAfter(dueDate);
  }

  /**
   * Returns the current (latest) version.
   *
   * @return the version
   * @throws DomainException {@code disclosure.not-published} for a draft
   */
  public DisclosureVersion current() {
    if (versions.isEmpty()) {
      throw new DomainException(
          "disclosure.not-published", "disclosure " + id + " is a draft", Map.of("disclosure", id));
    }
    return versions.get(versions.size() - 1);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public DisclosureKind kind() {
    return kind;
  }

  /**
   * Returns the publisher.
   *
   * @return the publisher
   */
  public Publisher publisher() {
    return publisher;
  }

  /**
   * Returns the subject of the obligation it meets.
   *
   * @return the subject, or null
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the due date.
   *
   * @return the due date, or null
   */
  public LocalDate dueDate() {
    return dueDate;
  }

  /**
   * Returns the draft content.
   *
   * @return the draft, or null once published
   */
  public NoticeContent draftContent() {
    return draft;
  }

  /**
   * Returns the published versions, oldest first.
   *
   * @return an unmodifiable list
   */
  public List<DisclosureVersion> versions() {
    return List.copyOf(versions);
  }

  /**
   * Returns the objections, oldest first.
   *
   * @return an unmodifiable list
   */
  public List<Objection> objections() {
    return List.copyOf(objections);
  }

  /**
   * Whether it is archived.
   *
   * @return true once archived
   */
  public boolean archived() {
    return archived;
  }
}
