package org.sunshineledger.portal.sheet;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.kernel.DomainException;
import org.sunshineledger.portal.page.Language;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.shared.AccessDeniedException;
import org.sunshineledger.portal.shared.UnknownResourceException;

/**
 * The imports of every kind of list: a dry run that reports every row's errors before anything is
 * written, and an import that checks the same way, then stores the whole file in the background,
 * all or nothing, with its progress readable while it runs. Jobs are kept in memory for a day.
 */
@ApplicationScoped
public class SheetJobs {
  private static final Logger LOG = Logger.getLogger(SheetJobs.class.getName());
  private static final Duration KEPT = Duration.ofDays(1);

  @Inject @Any Instance<SheetImport<?>> kinds;

  @Resource private ManagedExecutorService executor;

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  /** Where an import stands. */
  public enum State {
    /** Checking the rows. */
    CHECKING,
    /** A dry run, checked: nothing is stored, whatever the report says. */
    CHECKED,
    /** Storing the records. */
    STORING,
    /** Stored completely. */
    DONE,
    /** Refused: rows with errors, nothing stored. */
    REFUSED,
    /** Failed while storing: nothing stored. */
    FAILED
  }

  /**
   * An import's progress.
   *
   * @param id its id
   * @param kind the kind of list
   * @param owner the account that started it
   * @param state where it stands
   * @param rowsRead data rows checked
   * @param records records in the file
   * @param stored records stored so far
   * @param report the check's report, once checked
   * @param started when it was started
   * @param failure why storing failed, when a rule refused a record: the rule and its message
   * @param parameters the values given for the kind's parameters, by name
   */
  public record Job(
      String id,
      String kind,
      String owner,
      State state,
      int rowsRead,
      int records,
      int stored,
      SheetReport report,
      Instant started,
      String failure,
      Map<String, String> parameters) {
    /**
     * Whether it still runs, so that its page refreshes.
     *
     * @return true while checking or storing
     */
    public boolean running() {
      return state == State.CHECKING || state == State.STORING;
    }

    /**
     * The share of the work done, 0 to 100, for the progress bar.
     *
     * @return the percentage
     */
    public int percent() {
      return switch (state) {
        case CHECKING -> 0;
        case STORING -> records == 0 ? 0 : (int) Math.min(99, 100L * stored / records);
        default -> 100;
      };
    }
  }

  /**
   * The kinds of list there are.
   *
   * @return the kinds, by name
   */
  public List<SheetImport<?>> kinds() {
    return kinds.stream()
        .<SheetImport<?>>map(k -> k)
        .sorted(Comparator.comparing(SheetImport::kind))
        .toList();
  }

  /**
   * The kinds an official may send.
   *
   * @param actor the official
   * @return the kinds
   */
  public List<SheetImport<?>> kindsFor(Actor actor) {
    return kinds().stream().filter(k -> k.mayImport(actor)).toList();
  }

  /**
   * A kind by its name.
   *
   * @param kind the name
   * @return the kind
   * @throws UnknownResourceException when there is none
   */
  public SheetImport<?> kind(String kind) {
    return kinds().stream()
        .filter(k -> k.kind().equals(kind))
        .findFirst()
        .orElseThrow(() -> new UnknownResourceException("import kind", kind));
  }

  /**
   * A kind an official may send.
   *
   * @param actor the official
   * @param kind its name
   * @return the kind
   */
  public SheetImport<?> kindFor(Actor actor, String kind) {
    SheetImport<?> found = kind(kind);
    if (!found.mayImport(actor)) {
      throw new AccessDeniedException(actor.username() + " may not import " + kind);
    }
    return found;
  }

  /**
   * Checks a file without writing anything, kept as a job so that a page can show its report.
   *
   * @param actor who
   * @param kind the kind of list
   * @param values the values of the kind's parameters, by name
   * @param file the file
   * @param language the report's language
   * @return the job, CHECKED
   */
  public Job dryRun(
      Actor actor, String kind, Map<String, String> values, byte[] file, Language language) {
    SheetImport<?> sheet = kindFor(actor, kind);
    SheetErrors errors = new SheetErrors(language);
    SheetParameters parameters = SheetParameters.of(sheet.parameters(actor), values, errors);
    SheetReader.Checked<?> checked = check(actor, sheet, parameters, file, errors, rows -> {});
    return keep(
        new Job(
            UUID.randomUUID().toString(),
            kind,
            actor.username(),
            State.CHECKED,
            checked.report().rows(),
            checked.report().records(),
            0,
            checked.report(),
            Instant.now(),
            null,
            parameters.values()));
  }

  /**
   * Starts an import: the file is checked now; when it is clean it is stored in the background.
   *
   * @param actor who
   * @param kind the kind of list
   * @param values the values of the kind's parameters, by name
   * @param source the file's name
   * @param file the file
   * @param language the report's language
   * @return the job; REFUSED with the report when a row has an error, else STORING
   */
  public Job start(
      Actor actor,
      String kind,
      Map<String, String> values,
      String source,
      byte[] file,
      Language language) {
    return begin(actor, kindFor(actor, kind), values, source, file, language);
  }

  private <T> Job begin(
      Actor actor,
      SheetImport<T> sheet,
      Map<String, String> values,
      String source,
      byte[] file,
      Language language) {
    SheetErrors errors = new SheetErrors(language);
    SheetParameters parameters = SheetParameters.of(sheet.parameters(actor), values, errors);
    String id = UUID.randomUUID().toString();
    keep(
        new Job(
            id,
            sheet.kind(),
            actor.username(),
            State.CHECKING,
            0,
            0,
            0,
            null,
            Instant.now(),
            null,
            parameters.values()));
    SheetReader.Checked<T> checked =
        check(
            actor,
            sheet,
            parameters,
            file,
            errors,
            rows -> update(id, State.CHECKING, rows, 0, 0, null));
    SheetReport report = checked.report();
    if (!report.clean()) {
      return update(id, State.REFUSED, report.rows(), report.records(), 0, report);
    }
    Job storing = update(id, State.STORING, report.rows(), report.records(), 0, report);
    executor.submit(
        () -> {
          try {
            sheet.store(
                actor,
                source,
                parameters,
                checked.records(),
                stored ->
                    update(id, State.STORING, report.rows(), report.records(), stored, report));
            update(id, State.DONE, report.rows(), report.records(), report.records(), report);
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "import " + id + " failed; nothing was stored", e);
            Job failed = update(id, State.FAILED, report.rows(), report.records(), 0, report);
            DomainException refusal = refusal(e);
            if (refusal != null) {
              jobs.put(
                  id,
                  new Job(
                      id,
                      failed.kind(),
                      failed.owner(),
                      State.FAILED,
                      failed.rowsRead(),
                      failed.records(),
                      0,
                      report,
                      failed.started(),
                      PageRenderer.message(
                          language, "imports.failure", refusal.rule(), refusal.getMessage()),
                      failed.parameters()));
            }
          }
        });
    return storing;
  }

  /** The domain rule that refused a record, wherever the transaction wrapped it. */
  private static DomainException refusal(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof DomainException domain) {
        return domain;
      }
    }
    return null;
  }

  private <T> SheetReader.Checked<T> check(
      Actor actor,
      SheetImport<T> sheet,
      SheetParameters parameters,
      byte[] file,
      SheetErrors errors,
      java.util.function.IntConsumer progress) {
    return SheetReader.read(
        file,
        SheetColumn.headers(sheet.columns()),
        sheet.checker(actor, parameters),
        errors,
        progress);
  }

  /**
   * The jobs an official started that still need them: being checked or stored, or refused or
   * failed (to correct and send again).
   *
   * @param actor the official
   * @return the jobs, oldest first
   */
  public List<Job> unsettledOf(Actor actor) {
    return jobs.values().stream()
        .filter(j -> j.owner().equals(actor.username()))
        .filter(j -> j.state() != State.DONE && j.state() != State.CHECKED)
        .sorted(Comparator.comparing(Job::started))
        .toList();
  }

  /**
   * An import's progress, for the account that started it (or the district admin).
   *
   * @param actor who asks
   * @param id the job
   * @return the job
   */
  public Job job(Actor actor, String id) {
    Job job = jobs.get(id);
    if (job == null) {
      throw new UnknownResourceException("import", id);
    }
    if (!job.owner().equals(actor.username()) && actor.role() != Role.DISTRICT_ADMIN) {
      throw new AccessDeniedException(actor.username() + " may not read import " + id);
    }
    return job;
  }

  private Job keep(Job job) {
    Instant oldest = Instant.now().minus(KEPT);
    jobs.values().removeIf(j -> !j.running() && j.started().isBefore(oldest));
    jobs.put(job.id(), job);
    return job;
  }

  private Job update(
      String id, State state, int rows, int records, int stored, SheetReport report) {
    return jobs.compute(
        id,
        (k, old) ->
            new Job(
                id,
                old.kind(),
                old.owner(),
                state,
                rows,
                records,
                stored,
                report,
                old.started(),
                old.failure(),
                old.parameters()));
  }
}
